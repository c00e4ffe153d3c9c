"""The held-out new-document sets (evals/heldout/h3 … h19): documents and questions written by helpers who read
neither the code nor the other sets, frozen before they were first measured, and read in aggregate only."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from evals.questions import load_questions

HELDOUT = Path(__file__).resolve().parents[2] / "evals" / "heldout"
# sha256 of each questions.jsonl as frozen on 2026-12-02, before any code was measured against it
FROZEN_SHA256 = {
    "h3": "2b9d045a42a2d166f7c1d9689880ad09ca89f6b36a67abf7a21432001cc6ee4b",
    "h4": "247dbf2e1e4fc747c174182ed2cdc4cf271930c12fe640daa2702c6a0263d727",
    "h5": "f2a64ba603772b2063fa03786023107a4bd6385a629eb1076bcefe75deec8d48",
    "h6": "537c723f8a03bbe754474cf950e9c569fe39805b824daaec92f04f2b53febfbf",
    "h7": "d56420bdb9aadbd0de513fc9246eb0ca9328b3fc6370266827292e657bbde5f7",  # frozen on 2026-12-03
    "h8": "5b94a978776a4e5d4ef162979f19fa6bbc607e345b532bc7ae1fb4ca82097c32",  # frozen on 2026-12-03
    "h9": "46c52d9addc6b710e9d0d34dfbdef37af38bd14e78218cfa9e5680dbaabd068e",  # frozen on 2026-12-03
    "h10": "0353fadf22fee4bc367297fdae687cbbd2144a01964bb1d72033894ce6445820",  # frozen on 2026-12-04
    "h11": "9809e11fa542bad52365a775c9663959361e675c6b97b4a41ba192bf59eaaa17",  # frozen on 2026-12-04
    "h12": "53bc08bfe562fe1fc748e670b3a3bfe13488829494a7c441e770377b50a5658e",  # frozen on 2026-12-04 (evening)
    "h13": "1cac4e56ad1fed015853225f7748e5bfc81d20d188027076b3a72e18874b589f",  # frozen on 2026-12-04 (evening)
    "h14": "a9e1584f513bec510190f4a3f6e3d8ad0b3458ede24ac4822b4c1cfbcc5d0bb2",  # frozen on 2026-12-04 (late)
    "h15": "77936a0e81b590dbfd1366d69d451ce80c33c6ca1e242b89c36af32d2a439740",  # frozen on 2026-12-05
    "h16": "e9b96b48d5607b653c515b9f39e73b9abae49d90f958fccdcffe28c355aefa28",  # frozen on 2026-12-05 (second)
    "h17": "0c5fb51397269068055dccc488343c554dc9ffd05ef1ee8a12f2dff456905489",  # frozen on 2026-12-05 (third)
    "h18": "28e83ceabe2bc7e115742e293e3ffcedd7307a3228c72daa633a6f0c0b33fb90",  # frozen on 2026-12-05 (fourth)
    "h19": "a66c33d95e442a8102779ce74b25db17d111c5d809857fd0cce033029c94c2ef",  # frozen on 2026-12-05 (fifth)
}


@pytest.mark.parametrize("name", sorted(FROZEN_SHA256))
def test_each_heldout_set_is_frozen(name: str) -> None:
    digest = hashlib.sha256((HELDOUT / name / "questions.jsonl").read_bytes()).hexdigest()
    assert digest == FROZEN_SHA256[name], f"evals/heldout/{name}/questions.jsonl changed: the set is frozen"


@pytest.mark.parametrize("name", sorted(FROZEN_SHA256))
def test_each_heldout_question_names_a_document_of_its_own_folder(name: str) -> None:
    docs = {p.name for p in (HELDOUT / name / "docs").iterdir()}
    questions = load_questions(HELDOUT / name / "questions.jsonl")
    assert len(questions) >= 70 and len(docs) >= 4
    assert all(set(q.sources) <= docs for q in questions)
    assert sum(not q.answerable for q in questions) >= 9
