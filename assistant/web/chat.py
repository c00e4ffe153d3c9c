"""Chat logic behind the "Hỏi đáp" tab, free of Gradio so it can be tested directly."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from index.errors import XhhtError

from ..llm import LlmAssistant
from .feedback import FeedbackStore
from .live import LiveLibrary
from .render import answer_markdown, citation_card, find_context, md_text, sources_panel
from .render import copy_text as render_copy_text

log = logging.getLogger(__name__)

ALL = "all"
EXAMPLES = [
    "UBND các huyện ở Bình Dương gửi báo cáo cho ai, trước ngày nào?",
    "Ninh Bình báo cáo kết quả trước ngày nào?",
    "Chỉ tiêu gia đình học tập năm 2025 là bao nhiêu?",
    "Khi nào sơ kết, tổng kết phong trào?",
    "Xã An Nghiệp giao ai chủ trì thực hiện kế hoạch?",
    "Kinh phí thực hiện kế hoạch lấy từ đâu?",
]
MAX_TURNS_SHOWN = 20
PENDING = "⏳ Đang tìm trong các tài liệu…"
FAILED = "Đã có lỗi khi tìm câu trả lời. Hãy thử lại sau ít phút."
STREAM_INTERVAL_S = 0.1


class ChatService:
    def __init__(self, assistant: Any, library: LiveLibrary, feedback: FeedbackStore) -> None:
        self.assistant = assistant
        self.library = library
        self.feedback = feedback

    def scope_choices(self) -> list[tuple[str, str]]:
        docs = self.library.documents()
        counts = Counter(d.locality for d in docs if d.locality)
        choices = [("Tất cả tài liệu", ALL)]
        choices += [(f"Địa phương: {loc} ({n} tài liệu)", f"loc:{loc}") for loc, n in sorted(counts.items())]
        choices += [(f"Tài liệu: {d.kind} {d.number_display} — {d.issuer}", f"doc:{d.doc_id}") for d in docs]
        return choices

    def _ask(self, question: str, history: list[str], scope: str) -> Any:
        return self.assistant.ask(question, history, **self._scope_args(scope))

    def _scope_args(self, scope: str) -> dict[str, str]:
        if scope.startswith("loc:"):
            return {"locality": scope[4:]}
        doc = self.library.document(scope[4:]) if scope.startswith("doc:") else None
        return {} if doc is None else {"doc_id": doc.doc_id}

    def turn(self, question: str, turns: Sequence[dict[str, Any]], scope: str | None) -> dict[str, Any]:
        """Answer one question in the context of the earlier turns; the turn as the session keeps it."""
        scope = scope or ALL
        number = len(turns) + 1
        try:
            answer = self._ask(question, [t["question"] for t in turns], scope)
        except Exception as exc:
            return self._failed_by(question, scope, number, exc)
        return self._turn_of(question, scope, number, answer)

    def stream_turn(self, question: str, turns: Sequence[dict[str, Any]],
                    scope: str | None) -> Iterator[str | dict[str, Any]]:
        """The pending note at once, then the answer's Markdown as it grows (LLM mode), then the turn itself.

        The grounded answer is composed in one step, so it comes whole; a language model's reply comes
        token by token: the first piece at once, then at most one partial per STREAM_INTERVAL_S, so a fast
        model does not flood the page with redraws of the whole conversation.
        """
        yield PENDING
        scope = scope or ALL
        number = len(turns) + 1
        if not isinstance(self.assistant, LlmAssistant):
            yield self.turn(question, turns, scope)
            return
        text, shown_at, answer = "", float("-inf"), None
        try:
            for piece in self.assistant.stream(question, [t["question"] for t in turns], **self._scope_args(scope)):
                if not isinstance(piece, str):
                    answer = piece
                    break
                text += piece
                if text.strip() and time.monotonic() - shown_at >= STREAM_INTERVAL_S:
                    shown_at = time.monotonic()
                    yield answer_markdown(text, number) + " …"
        except Exception as exc:
            yield self._failed_by(question, scope, number, exc)
            return
        if answer is None:
            log.error("the assistant's stream ended without an answer")
            yield self._failed(question, scope, number, FAILED)
            return
        yield self._turn_of(question, scope, number, answer)

    def _turn_of(self, question: str, scope: str, number: int, answer: Any) -> dict[str, Any]:
        citations = [dataclasses.asdict(c) for c in answer.citations]
        cards = []
        for c in citations:
            doc = self.library.document(c["doc_id"])
            context = find_context(self.library.chunks_of(c["doc_id"]), c["section"], c["quote"])
            cards.append(citation_card(c, number, doc, context))
        return {
            "question": question, "answer": answer.answer, "abstained": bool(answer.abstained),
            "citations": citations, "markdown": answer_markdown(answer.answer, number), "cards": cards,
            "scope": scope, "feedback_id": None,
        }

    def _failed_by(self, question: str, scope: str, number: int, exc: Exception) -> dict[str, Any]:
        if isinstance(exc, XhhtError):
            return self._failed(question, scope, number, f"Không trả lời được: {exc}")
        log.exception("answering failed", exc_info=exc)
        return self._failed(question, scope, number, FAILED)

    @staticmethod
    def _failed(question: str, scope: str, number: int, message: str) -> dict[str, Any]:
        return {"question": question, "answer": message, "abstained": True, "citations": [],
                "markdown": md_text(message), "cards": [], "scope": scope, "feedback_id": None}

    @staticmethod
    def messages(turns: Sequence[dict[str, Any]], pending: str | None = None, partial: str = "") -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        for t in turns[-MAX_TURNS_SHOWN:]:
            out.append({"role": "user", "content": md_text(t["question"])})
            out.append({"role": "assistant", "content": t["markdown"]})
        if pending is not None:
            out.append({"role": "user", "content": md_text(pending)})
            out.append({"role": "assistant", "content": partial or PENDING})
        return out

    @staticmethod
    def sources(turns: Sequence[dict[str, Any]]) -> str:
        shown = list(turns[-MAX_TURNS_SHOWN:])
        return sources_panel(shown, [t["cards"] for t in shown])

    @staticmethod
    def copy_text(turns: Sequence[dict[str, Any]]) -> str:
        if not turns:
            return ""
        last = turns[-1]
        return render_copy_text(last["answer"], last["citations"])

    def rate(self, turns: list[dict[str, Any]], rating: int, comment: str) -> tuple[list[dict[str, Any]], str]:
        if not turns:
            return turns, "Hãy đặt một câu hỏi trước khi đánh giá."
        last = dict(turns[-1])
        last["feedback_id"] = self.feedback.record(
            question=last["question"], history=[t["question"] for t in turns[:-1]], answer=last["answer"],
            abstained=last["abstained"], citations=last["citations"], rating=rating, comment=comment or "",
            scope=last["scope"], feedback_id=last.get("feedback_id"),
        )
        mark = "👍" if rating > 0 else "👎"
        return [*turns[:-1], last], f"Cảm ơn! Đã ghi nhận {mark} cho câu trả lời gần nhất."

