"""Regression gate: the assistant on the curated set may not drop > 2 points below evals/baseline.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.harness import evaluate
from evals.questions import load_questions
from evals.systems import FullAssistant

REPO = Path(__file__).resolve().parents[2]
GATED = ("answer_accuracy", "abstention_accuracy", "citation_validity", "retrieval_hit_at_5")
TOLERANCE = 0.02


@pytest.mark.slow
def test_curated_set_holds_the_baseline(corpus_settings):
    baseline = json.loads((REPO / "evals" / "baseline.json").read_text(encoding="utf-8"))
    questions = load_questions(REPO / "evals" / "questions.jsonl")
    run = evaluate(FullAssistant(corpus_settings), questions, REPO / "docs_src")
    drops = {
        key: (run.summary[key], baseline[key])
        for key in GATED
        if run.summary[key] < baseline[key] - TOLERANCE
    }
    assert not drops, f"quality dropped below evals/baseline.json: {drops}"
