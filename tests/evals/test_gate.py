"""Regression gate: on dev, on the frozen test split and on the frozen new-document set, the assistant may
not drop > 2 points below evals/baseline.json. The held-out sets are checked in aggregate only."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from evals.harness import evaluate
from evals.questions import load_questions
from evals.systems import FullAssistant
from index.settings import Settings

REPO = Path(__file__).resolve().parents[2]
GATED = ("answer_accuracy", "abstention_accuracy", "citation_validity", "retrieval_hit_at_5")
TOLERANCE = 0.02
SPLITS = {"dev": "questions.jsonl", "test": "questions-test.jsonl", "newdocs": "questions-newdocs.jsonl"}
CORPUS = {"dev": ("docs_src",), "test": ("docs_src",), "newdocs": ("docs_src", "evals/docs-new")}


@pytest.mark.slow
@pytest.mark.parametrize("split", sorted(SPLITS))
def test_the_assistant_holds_the_baseline(request, split: str):
    baseline = json.loads((REPO / "evals" / "baseline.json").read_text(encoding="utf-8"))[split]
    questions = load_questions(REPO / "evals" / SPLITS[split])
    home = request.getfixturevalue("newdocs_home" if split == "newdocs" else "corpus_home")
    folders = [REPO / f for f in CORPUS[split]]
    settings = Settings.from_env({"XHHT_HOME": str(home), "XHHT_DOCS": os.pathsep.join(map(str, folders))})
    run = evaluate(FullAssistant(settings), questions, folders)
    drops = {
        key: (run.summary[key], baseline[key])
        for key in GATED
        if run.summary[key] < baseline[key] - TOLERANCE
    }
    assert not drops, f"{split}: quality dropped below evals/baseline.json: {drops}"
