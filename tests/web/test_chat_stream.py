"""Streaming and concurrency of the chat: a pending note at once, the answer as it is composed (token by
token from a language model), sessions that neither wait for nor see each other, and the load test's
own helpers."""

from __future__ import annotations

import importlib.util
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AIMessageChunk

from assistant.answering import Assistant
from assistant.llm import LlmAssistant
from assistant.web import chat as chat_module
from assistant.web.chat import PENDING, ChatService
from assistant.web.feedback import FeedbackStore
from assistant.web.live import LiveLibrary
from assistant.web.tab_chat import CHAT_CONCURRENCY, EVENT_CONCURRENCY
from index.settings import Settings
from tests.web.conftest import free_port

QUESTION = "UBND các huyện ở Bình Dương gửi báo cáo cho ai, trước ngày nào?"
OTHER = "Ninh Bình báo cáo kết quả trước ngày nào?"
LLM_REPLY = "UBND cấp huyện gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 20 tháng 11 hằng năm [1]."
LOAD_TEST = Path(__file__).resolve().parents[2] / "scripts" / "load_test.py"


class Recording:
    """The real assistant, with a note of each question it is asked."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.asked: list[str] = []

    def ask(self, question: str, history: list[str] | None = None, **scope: Any) -> Any:
        self.asked.append(question)
        return self.inner.ask(question, history, **scope)


class Meeting:
    """The real assistant, whose answers wait until two questions are being answered at the same time."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.together = threading.Barrier(2, timeout=20)

    def ask(self, question: str, history: list[str] | None = None, **scope: Any) -> Any:
        self.together.wait()  # BrokenBarrierError, and a failed turn, if the other chat queued behind this one
        return self.inner.ask(question, history, **scope)


class _Failing(GenericFakeChatModel):
    """A model server that sends a few tokens and then drops the connection."""

    def _stream(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        from langchain_core.outputs import ChatGenerationChunk

        yield ChatGenerationChunk(message=AIMessageChunk(content="UBND cấp huyện "))
        raise ConnectionError("connection reset")


@pytest.fixture(scope="module")
def grounded(corpus_home: Path) -> Assistant:
    return Assistant.open(Settings.from_env({"XHHT_HOME": str(corpus_home)}))


@pytest.fixture
def service_for(corpus_settings: Settings, tmp_path: Path):
    def make(assistant: Any) -> ChatService:
        return ChatService(assistant, LiveLibrary(corpus_settings), FeedbackStore(tmp_path / "feedback.sqlite"))

    return make


@pytest.fixture(scope="module")
def web_settings(web_root: Path) -> Settings:
    return Settings.from_env({"XHHT_HOME": str(web_root / "home"), "XHHT_DOCS": str(web_root / "docs")})


def chat_fns(app: Any) -> list[Any]:
    """The events that answer a question in the chat window."""
    return [fn for fn in app.fns.values() if fn.fn is not None and fn.fn.__module__ == "assistant.web.tab_chat"
            and any(getattr(c, "elem_id", None) == "xhht-chat" for c in fn.outputs) and fn.inputs]


def load_test() -> Any:
    """scripts/load_test.py, a script rather than a package module, loaded once."""
    if "load_test" not in sys.modules:
        spec = importlib.util.spec_from_file_location("load_test", LOAD_TEST)
        module = importlib.util.module_from_spec(spec)
        sys.modules["load_test"] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules["load_test"]


# -- streaming -------------------------------------------------------------------------------------


def test_the_pending_note_comes_before_the_answer_is_composed(service_for, grounded: Assistant) -> None:
    assistant = Recording(grounded)
    steps = service_for(assistant).stream_turn(QUESTION, [], "all")
    assert next(steps) == PENDING and assistant.asked == []
    final = next(steps)
    assert assistant.asked == [QUESTION] and "20 tháng 11" in final["answer"]
    assert next(steps, None) is None


def test_the_grounded_answer_comes_whole_right_after_the_pending_note(web_settings: Settings) -> None:
    from assistant.web.app import build_app

    app = build_app(web_settings, Assistant.open(web_settings))
    respond = chat_fns(app)[0].fn
    steps = list(respond(QUESTION, "all", []))
    assert len(steps) == 2  # nothing paced out between the note and the answer
    box, messages, turns, *_ = steps[0]
    assert box == "" and turns == [] and messages[-1] == {"role": "assistant", "content": PENDING}
    _, messages, turns, sources, copy_text, _ = steps[-1]
    service = ChatService(Assistant.open(web_settings), LiveLibrary(web_settings),
                          FeedbackStore(web_settings.home / "feedback.sqlite"))
    assert turns == [service.turn(QUESTION, [], "all")]
    assert messages == ChatService.messages(turns) and "20 tháng 11" in copy_text and "xhht-cite-1-1" in sources


def test_a_language_model_answer_streams_token_by_token(service_for, grounded: Assistant, monkeypatch) -> None:
    monkeypatch.setattr(chat_module, "STREAM_INTERVAL_S", 0.0)
    model = GenericFakeChatModel(messages=iter([AIMessage(content=LLM_REPLY)]))
    steps = list(service_for(LlmAssistant(grounded, model)).stream_turn(QUESTION, [], "all"))
    assert steps[0] == PENDING
    partials, final = steps[1:-1], steps[-1]
    assert len(partials) >= 10 and all(isinstance(p, str) for p in partials)
    assert [len(p) for p in partials] == sorted(len(p) for p in partials)  # each one longer: the reply growing
    assert partials[0].startswith("UBND") and partials[-1].startswith("UBND cấp huyện gửi báo cáo")
    assert final["answer"] == LLM_REPLY and [c["n"] for c in final["citations"]] == [1]
    assert "](#xhht-cite-1-1)" in final["markdown"] and final["cards"]


def test_partials_are_paced_so_a_fast_model_does_not_flood_the_page(service_for, grounded: Assistant) -> None:
    model = GenericFakeChatModel(messages=iter([AIMessage(content=LLM_REPLY)]))
    steps = list(service_for(LlmAssistant(grounded, model)).stream_turn(QUESTION, [], "all"))
    assert len(steps) <= 6 and steps[0] == PENDING and steps[-1]["answer"] == LLM_REPLY  # not one per token


def test_a_model_that_fails_mid_stream_gives_way_to_the_grounded_answer(service_for, grounded: Assistant,
                                                                        monkeypatch) -> None:
    monkeypatch.setattr(chat_module, "STREAM_INTERVAL_S", 0.0)
    steps = list(service_for(LlmAssistant(grounded, _Failing(messages=iter([])))).stream_turn(QUESTION, [], "all"))
    assert steps[0] == PENDING and steps[1].startswith("UBND cấp huyện")  # the tokens that came before the failure
    final = steps[-1]
    assert final["answer"].startswith("(Mô hình ngôn ngữ không dùng được") and "ConnectionError" in final["answer"]
    assert "20 tháng 11" in final["answer"] and final["citations"] and final["cards"]


# -- concurrency -----------------------------------------------------------------------------------


def test_chat_events_share_one_pool_sized_for_many_chats(web_settings: Settings) -> None:
    from assistant.web.app import build_app

    app = build_app(web_settings, Assistant.open(web_settings))
    fns = chat_fns(app)
    assert len(fns) == 3  # Enter, the send button, a sample question
    assert {fn.concurrency_id for fn in fns} == {"chat"}
    assert {fn.concurrency_limit for fn in fns} == {CHAT_CONCURRENCY}
    assert CHAT_CONCURRENCY >= 8 and EVENT_CONCURRENCY >= 2
    assert all(fn.concurrency_id != "chat" for fn in app.fns.values() if fn not in fns)


def test_two_sessions_are_answered_at_the_same_time_each_with_its_own_answer(web_settings: Settings) -> None:
    from assistant.web.app import build_app, launch

    lt = load_test()
    grounded = Assistant.open(web_settings)
    alone = {q: ChatService(grounded, LiveLibrary(web_settings), FeedbackStore(web_settings.home / "f.sqlite")
                            ).turn(q, [], "all") for q in (QUESTION, OTHER)}
    app = build_app(web_settings, Meeting(grounded))
    port = free_port()
    launch(app, web_settings, "127.0.0.1", port, block=False, quiet=True)
    try:
        assert app._queue.default_concurrency_limit == EVENT_CONCURRENCY and app._queue.max_size == 200
        client = lt.HttpClient(f"http://127.0.0.1:{port}")
        # its own thread: the session's Playwright browser may keep an event loop running in this one
        with ThreadPoolExecutor(1) as pool:
            replies = pool.submit(client.run, [QUESTION, OTHER], 60).result()
    finally:
        app.close()
    for reply in replies:
        assert not reply.error
        assert lt.unescape_md(reply.user_message) == reply.question  # its own question, not the other's
        assert reply.answer.startswith(alone[reply.question]["answer"].strip())  # and its own answer
    assert replies[0].answer != replies[1].answer


# -- the load test's helpers -----------------------------------------------------------------------


def test_load_test_reads_server_sent_events_and_percentiles() -> None:
    lt = load_test()
    stream = ['data: {"msg": "estimation", "rank": 0}', "", ": a comment", 'data: {"msg": "process_generating",',
              'data:  "output": {"data": [1]}}', "", 'data: {"msg": "process_completed", "success": true}']
    assert [m["msg"] for m in lt.sse_events(stream)] == ["estimation", "process_generating", "process_completed"]
    assert list(lt.sse_events(stream))[1]["output"] == {"data": [1]}
    values = [float(v) for v in range(1, 21)]
    assert lt.percentile(values, 0.5) == 11.0 and lt.percentile(values, 0.95) == 19.0
    assert lt.percentile(values, 1.0) == 20.0 and lt.percentile([3.0], 0.95) == 3.0
    questions = lt.questions_for(45)
    assert len(set(questions)) == 45 and questions[20].endswith("(lần 2)")
