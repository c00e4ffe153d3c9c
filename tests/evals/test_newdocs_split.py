"""The new-document set: fixtures of forms not in docs_src and questions about them, written by
helpers who did not read the code they measure, reviewed, then frozen like the test split."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from evals.questions import load_questions
from evals.scoring import quote_in_source
from index.clean import clean_text
from index.loaders import load_file

REPO = Path(__file__).resolve().parents[2]
NEWDOCS = REPO / "evals" / "questions-newdocs.jsonl"
FOLDERS = (REPO / "docs_src", REPO / "evals" / "docs-new")
# sha256 of evals/questions-newdocs.jsonl as frozen on 2026-12-02, before the parsing work it measures
FROZEN_SHA256 = "c143784014fa7cfc4757d7093f8d643616d5ba38a73ab98456a7fc8457c429bc"


@pytest.fixture(scope="module")
def questions():
    return load_questions(NEWDOCS)


def test_the_newdocs_set_is_frozen():
    digest = hashlib.sha256(NEWDOCS.read_bytes()).hexdigest()
    assert digest == FROZEN_SHA256, "evals/questions-newdocs.jsonl changed: the set is frozen (see DEVELOPERS.md)"


def test_the_fixtures_cover_the_forms_the_set_was_written_for():
    names = {p.suffix for p in FOLDERS[1].iterdir()}
    assert {".txt", ".md", ".docx", ".pdf"} <= names
    assert len([p for p in FOLDERS[1].iterdir() if p.is_file()]) >= 8


def test_the_set_has_the_kinds_of_question_it_was_written_for(questions):
    counts = Counter(q.category for q in questions)
    assert len(questions) >= 80
    assert counts["unanswerable"] >= 10 and counts["reporting"] >= 10 and counts["document_info"] >= 10
    assert all(any(s not in {p.name for p in FOLDERS[0].iterdir()} for s in q.sources) for q in questions if q.sources)


def test_evidence_is_in_its_sources(questions):
    def texts(source: str) -> list[str]:
        path = next(folder / source for folder in FOLDERS if (folder / source).is_file())
        raw = load_file(path).text
        return [raw, "\n".join(clean_text(raw))]  # a quote may run over a page break the cleaner removed

    for q in questions:
        if not q.answerable:
            assert not q.must_include and not q.evidence, q.id
            continue
        for quote in q.evidence:
            assert any(quote_in_source(quote, t) for s in q.sources for t in texts(s)), q.id
