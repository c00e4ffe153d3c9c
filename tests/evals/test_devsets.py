"""The development sets that bring their own documents (evals/devsets/*): every question names documents of its own
folder, and every quote it gives as evidence is in one of them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from evals.questions import load_questions

DEVSETS = Path(__file__).resolve().parents[2] / "evals" / "devsets"
NAMES = sorted(p.name for p in DEVSETS.iterdir() if p.is_dir())


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_there_are_development_sets_with_their_own_documents() -> None:
    assert {"dev51", "dev52"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_each_question_is_backed_by_a_document_of_its_folder(name: str) -> None:
    docs = {p.name: _plain(p.read_text(encoding="utf-8")) for p in (DEVSETS / name / "docs").iterdir()}
    questions = load_questions(DEVSETS / name / "questions.jsonl")
    assert len(questions) >= 60 and sum(not q.answerable for q in questions) >= 20
    for q in questions:
        assert set(q.sources) <= set(docs), f"{q.id}: {q.sources}"
        for quote in q.evidence:
            assert any(_plain(quote) in docs[s] for s in q.sources), f"{q.id}: evidence not in its sources"
