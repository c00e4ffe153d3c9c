from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.web.chat import ChatService
from assistant.web.feedback import FeedbackStore
from assistant.web.live import LiveLibrary
from index.errors import XhhtError
from index.settings import Settings

QUESTION = "UBND các huyện ở Bình Dương gửi báo cáo cho ai, trước ngày nào?"


class FakeAssistant:
    def __init__(self, fail: bool = False) -> None:
        self.calls: list[tuple[str, list[str], str | None]] = []
        self.fail = fail

    def ask(self, question: str, history: list[str] | None = None, *, locality: str | None = None,
            doc_id: str | None = None):
        self.calls.append((question, list(history or []), locality))
        if self.fail:
            raise XhhtError("chỉ mục đang bận")
        return SimpleNamespace(answer=f"Trả lời: {question} [1]", abstained=False, citations=[])


@pytest.fixture
def service_for(corpus_settings: Settings, tmp_path: Path):
    def make(assistant) -> ChatService:
        return ChatService(assistant, LiveLibrary(corpus_settings), FeedbackStore(tmp_path / "feedback.sqlite"))

    return make


def test_followups_pass_earlier_questions_and_scope(service_for) -> None:
    fake = FakeAssistant()
    service = service_for(fake)
    first = service.turn(QUESTION, [], "all")
    second = service.turn("còn Hà Nam thì sao?", [first], "loc:Hà Nam")
    assert fake.calls == [(QUESTION, [], None), ("còn Hà Nam thì sao?", [QUESTION], "Hà Nam")]
    assert "#xhht-cite-2-1" in second["markdown"]
    messages = service.messages([first, second])
    assert [m["role"] for m in messages] == ["user", "assistant"] * 2


def test_scope_choices_list_localities_and_documents(service_for) -> None:
    values = [value for _, value in service_for(FakeAssistant()).scope_choices()]
    assert values[0] == "all"
    assert "loc:Bình Dương" in values and "doc:binh-duong-151-kh-ubnd" in values


def test_errors_become_a_friendly_turn(service_for) -> None:
    turn = service_for(FakeAssistant(fail=True)).turn("câu hỏi", [], None)
    assert turn["abstained"] and "Không trả lời được" in turn["answer"] and turn["cards"] == []


def test_real_answer_has_openable_citation(service_for, corpus_settings: Settings) -> None:
    from assistant.answering import Assistant

    service = service_for(Assistant.open(corpus_settings))
    turn = service.turn(QUESTION, [], "all")
    assert "20 tháng 11" in turn["answer"]
    assert any(c["number"] == "151/KH-UBND" for c in turn["citations"])
    assert "](#xhht-cite-1-1)" in turn["markdown"]
    card = turn["cards"][0]
    assert "id='xhht-cite-1-1'" in card and "<mark>" in card and "15/01/2024" in card
    text = service.copy_text([turn])
    assert text.startswith(turn["answer"].strip()) and "Nguồn:" in text


def test_document_scope_keeps_citations_inside_that_document(service_for, corpus_settings: Settings) -> None:
    from assistant.answering import Assistant

    service = service_for(Assistant.open(corpus_settings))
    for doc_id in ("ha-nam-kh-ubnd-2024", "binh-duong-3853-kh-ubnd", "binh-duong-151-kh-ubnd"):
        turn = service.turn("Các đơn vị gửi báo cáo trước ngày nào?", [], f"doc:{doc_id}")
        assert turn["question"] == "Các đơn vị gửi báo cáo trước ngày nào?"
        assert turn["citations"], doc_id
        assert {c["doc_id"] for c in turn["citations"]} == {doc_id}


def test_rating_is_stored_and_replaced(service_for, tmp_path: Path) -> None:
    service = service_for(FakeAssistant())
    assert "Hãy đặt" in service.rate([], 1, "")[1]
    turns = [service.turn("q", [], "all")]
    turns, note = service.rate(turns, 1, "")
    turns, note = service.rate(turns, -1, "thiếu")
    rows = FeedbackStore(tmp_path / "feedback.sqlite").rows()
    assert len(rows) == 1 and rows[0].rating == -1 and rows[0].comment == "thiếu" and "👎" in note

