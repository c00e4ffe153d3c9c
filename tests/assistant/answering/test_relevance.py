"""Meaningless questions are refused in plain words instead of being answered with whatever clause ranked first."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant.answering import Assistant
from assistant.answering.relevance import OFF_TOPIC, UNREADABLE
from assistant.cli import main
from index.settings import Settings


@pytest.fixture(scope="module")
def assistant(corpus_home) -> Assistant:
    return Assistant.open(Settings.from_env({"XHHT_HOME": str(corpus_home)}))


@pytest.mark.parametrize("question", [
    "🙂🙂🙂",
    "???",
    "<script>alert(1)</script>",
    "SELECT * FROM users; DROP TABLE documents;--",
    "What is the reporting deadline for the province?",
    "asdfgh qwerty zxcv",
])
def test_a_question_with_no_vietnamese_words_is_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained
    assert answer.answer == UNREADABLE
    assert answer.citations == []


@pytest.mark.parametrize("question", ["con mèo ăn cá ngoài vườn", "thời tiết hôm nay thế nào", "cảm ơn"])
def test_vietnamese_about_nothing_a_plan_deals_with_is_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained
    assert answer.answer == OFF_TOPIC
    assert answer.citations == []


@pytest.mark.parametrize("question", [
    "bc ket qua cho ai truoc ngay nao o binh duong",  # typed fast, no accents, shorthand
    "deadline báo cáo của Ninh Bình là ngày nào?",  # one English word among Vietnamese ones
    "UBND xã An Nghiệp giao ai chủ trì?",
])
def test_real_questions_typed_loosely_are_still_answered(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.citations


def test_the_cli_refuses_emoji_in_json(corpus_home, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XHHT_HOME", str(corpus_home))
    result = CliRunner().invoke(main, ["ask", "🙂🙂🙂", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["abstained"] is True and data["citations"] == []
