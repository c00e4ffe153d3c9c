"""The curated question set is itself checked: quotes exist, gold answers hold their facts."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from evals.questions import CATEGORIES, CORE_CATEGORIES, QuestionFileError, load_questions
from evals.scoring import contains, quote_in_source
from index.loaders import load_file
from index.textnorm import has_diacritics

REPO = Path(__file__).resolve().parents[2]
QUESTIONS = REPO / "evals" / "questions.jsonl"
DOCS = REPO / "docs_src"
ABBREVIATIONS = ("UBND", "GD&ĐT", "GDĐT", "HKH", "MTTQ", "XHHT", "TTHTCĐ", "KH ", "CV ", "QĐ", "HĐND")


@pytest.fixture(scope="module")
def questions():
    return load_questions(QUESTIONS)


def test_set_size_and_categories(questions):
    assert len(questions) >= 150
    counts = Counter(q.category for q in questions)
    assert set(counts) <= set(CATEGORIES)
    for category in CORE_CATEGORIES:
        if category != "target":
            assert counts[category] >= 10, category
    assert counts["reporting"] + counts["deadline_timeline"] >= 30
    assert counts["unanswerable"] >= 15
    assert all(q.history for q in questions if q.category == "followup")


def test_typing_styles(questions):
    no_accents = sum(1 for q in questions if not has_diacritics(q.question.replace("Đ", "").replace("đ", "")))
    abbreviated = sum(1 for q in questions if any(a.lower() in q.question.lower() for a in ABBREVIATIONS))
    assert no_accents / len(questions) >= 0.20
    assert abbreviated / len(questions) >= 0.10


def test_every_document_is_covered(questions):
    covered = {s for q in questions for s in q.sources}
    assert covered == {p.name for p in DOCS.iterdir() if p.is_file()}


def test_evidence_quotes_are_in_their_sources(questions):
    texts = {p.name: load_file(p).text for p in DOCS.iterdir() if p.is_file()}
    for q in questions:
        if not q.answerable:
            assert not q.must_include and not q.evidence, q.id
            continue
        assert q.sources and q.evidence and q.must_include, q.id
        for quote in q.evidence:
            assert any(quote_in_source(quote, texts[s]) for s in q.sources), (q.id, quote)


def test_must_include_groups_hold_in_reference_answers(questions):
    for q in questions:
        for group in q.must_include:
            assert any(contains(q.answer, alt) for alt in group), (q.id, group)


def test_bad_question_file_names_line_and_field(tmp_path):
    bad = tmp_path / "q.jsonl"
    bad.write_text(json.dumps({"id": "x", "question": "?", "category": "reporting"}) + "\n", encoding="utf-8")
    with pytest.raises(QuestionFileError, match=r"q\.jsonl:1: thiếu trường 'answerable'"):
        load_questions(bad)
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(QuestionFileError, match=r"q\.jsonl:1: JSON không hợp lệ"):
        load_questions(bad)
