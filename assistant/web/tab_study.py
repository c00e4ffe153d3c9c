"""The "Học & ôn tập" tab: a summary card per document, and the quiz for new staff."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from index.errors import XhhtError
from index.settings import Settings

from ..study.quiz import QuizSession, default_store
from ..study.quiz_items import LETTERS
from ..study.summary import summary_card
from .live import LiveLibrary
from .render import esc
from .render_cards import card_html, clause_body
from .reports import reporting_diagram

log = logging.getLogger(__name__)

ALL = "all"
DEFAULT_ITEMS = 10
MAX_ITEMS = 30
START_QUIZ = "<div class='xhht-muted'>Chọn phạm vi và số câu, rồi bấm “Bắt đầu ôn tập”.</div>"
PICK_CARD = "<div class='xhht-muted'>Chọn một văn bản để xem thẻ tóm tắt: mục đích, giai đoạn, chỉ tiêu, " \
            "luồng báo cáo, phân công, mốc sơ kết/tổng kết. Bấm vào một dòng để mở điều khoản gốc.</div>"


class CardView:
    """Gradio-free logic of the summary cards."""

    def __init__(self, library: LiveLibrary) -> None:
        self.library = library

    def choices(self) -> list[tuple[str, str]]:
        return [(f"{d.kind} {d.number_display} — {d.issuer}", d.doc_id) for d in self.library.documents()]

    def card(self, doc_id: str | None) -> str:
        if not doc_id:
            return PICK_CARD
        library = self.library.get()
        try:
            card = summary_card(library, doc_id)
        except XhhtError as exc:
            return f"<div class='xhht-error'>{esc(exc)}</div>"
        chain = reporting_diagram([card.doc], library.facts.reporting([card.doc.doc_id]))
        html = card_html(card, self.library.chunks_of)
        return html + f"<h4>Sơ đồ luồng báo cáo</h4>{chain}"


def build_cards(view: CardView) -> gr.Dropdown:
    gr.Markdown("#### Thẻ tóm tắt văn bản\nMỗi dòng đều dẫn nguồn; bấm vào dòng để mở nguyên văn điều khoản.")
    picker = gr.Dropdown(choices=[], label="Văn bản", elem_id="xhht-card-doc")
    card = gr.HTML(PICK_CARD, elem_id="xhht-card")
    picker.change(view.card, picker, card, api_visibility="private")
    return picker


class QuizView:
    """Gradio-free logic of the quiz: a session per learner, answers stored in quiz.sqlite."""

    def __init__(self, library: LiveLibrary, settings: Settings) -> None:
        self.library = library
        self.store = default_store(settings)

    def choices(self) -> list[tuple[str, str]]:
        return [("Tất cả văn bản", ALL)] + [(f"{d.kind} {d.number_display} — {d.issuer}", d.doc_id)
                                            for d in self.library.documents()]

    def start(self, scope: str | None, n: float | None, learner: str | None) -> tuple[QuizSession | None, str]:
        """A new session, or None with the reason as HTML."""
        try:
            session = QuizSession.start(self.library.get(), doc=None if scope in (None, "", ALL) else scope,
                                        n=int(n or DEFAULT_ITEMS), learner=(learner or "")[:80], store=self.store)
        except XhhtError as exc:
            return None, f"<div class='xhht-error'>{esc(exc)}</div>"
        return session, ""

    def question(self, session: QuizSession, position: int) -> tuple[str, list[tuple[str, int]]]:
        item = session.items[position]
        doc = self.library.document(item.doc_id)
        name = f"{doc.kind} {doc.number_display} — {doc.issuer}" if doc else item.doc_id
        html = (f"<div class='xhht-muted'>Câu {position + 1}/{len(session)} · {esc(name)}</div>"
                f"<div class='xhht-quiz-q'>{esc(item.question)}</div>")
        return html, [(f"{LETTERS[i]}. {option}", i) for i, option in enumerate(item.options)]

    def feedback(self, session: QuizSession, position: int, choice: int) -> str:
        result = session.answer(position, int(choice))
        item, cite = result.item, result.citation
        verdict = ("<span class='xhht-right'>✔ Đúng.</span>" if result.correct else
                   f"<span class='xhht-wrong'>✘ Chưa đúng.</span> Đáp án đúng: <b>{esc(LETTERS[item.answer])}. "
                   f"{esc(item.correct)}</b>")
        chunks = self.library.chunks_of(cite.doc_id)
        return (f"<div class='xhht-quiz-feedback'>{verdict}<details class='xhht-line' open><summary>Điều khoản "
                f"gốc</summary>{clause_body(chunks, cite.section, cite.quote)}</details></div>")

    @staticmethod
    def score(session: QuizSession) -> str:
        score = session.finish()
        who = f" — {esc(session.learner)}" if session.learner else ""
        return (f"<div class='xhht-quiz-score'><b>Kết quả{who}: {score.correct}/{score.total} câu đúng "
                f"({score.percent}%).</b> Đã lưu vào sổ ôn tập.</div>")

    def export(self) -> str:
        path = Path(tempfile.mkdtemp(prefix="xhht-quiz-")) / "ket-qua-on-tap.csv"
        self.store.export_csv(path)
        return str(path)


def build_quiz(view: QuizView) -> gr.Dropdown:
    gr.Markdown("#### Ôn tập\nCâu hỏi trắc nghiệm sinh từ chính các văn bản: hạn báo cáo, cơ quan chủ trì, chỉ tiêu, "
                "mốc sơ kết… Sau mỗi câu, điều khoản gốc hiện ra để đối chiếu.")
    with gr.Row():
        scope = gr.Dropdown(choices=[("Tất cả văn bản", ALL)], value=ALL, label="Phạm vi", elem_id="xhht-quiz-scope",
                            min_width=220)
        count = gr.Slider(3, MAX_ITEMS, value=DEFAULT_ITEMS, step=1, label="Số câu", elem_id="xhht-quiz-n",
                          min_width=160)
        learner = gr.Textbox(label="Tên người học (không bắt buộc)", max_length=80, elem_id="xhht-quiz-learner",
                             min_width=160)
    start = gr.Button("Bắt đầu ôn tập", variant="primary", elem_id="xhht-quiz-start")
    session = gr.State(None)
    position = gr.State(0)
    question = gr.HTML(START_QUIZ, elem_id="xhht-quiz-question")
    options = gr.Radio(choices=[], label="Chọn đáp án", visible=False, elem_id="xhht-quiz-options")
    with gr.Row():
        answer = gr.Button("Trả lời", visible=False, elem_id="xhht-quiz-answer", size="sm")
        following = gr.Button("Câu tiếp theo ➜", visible=False, elem_id="xhht-quiz-next", size="sm")
    feedback = gr.HTML("", elem_id="xhht-quiz-feedback")
    with gr.Accordion("Sổ ôn tập", open=False):
        export = gr.Button("Xuất kết quả đã lưu (CSV)", size="sm", elem_id="xhht-quiz-export")
        exported = gr.File(label="Tệp CSV", interactive=False, elem_id="xhht-quiz-csv")

    hidden = gr.update(visible=False)

    def show(quiz: QuizSession, at: int) -> tuple:
        html, choices = view.question(quiz, at)
        return (quiz, at, html, gr.update(choices=choices, value=None, visible=True, interactive=True),
                gr.update(visible=True), hidden, "")

    def begin(scope_value: str, n: float, name: str) -> tuple:
        quiz, error = view.start(scope_value, n, name)
        if quiz is None:
            return None, 0, error, hidden, hidden, hidden, ""
        return show(quiz, 0)

    def respond(quiz: QuizSession | None, at: int, choice: Any) -> tuple:
        if quiz is None:
            return gr.update(), gr.update(), gr.update(), "<div class='xhht-error'>Hãy bấm “Bắt đầu ôn tập”.</div>"
        if choice is None:
            return gr.update(), gr.update(), gr.update(), "<div class='xhht-error'>Hãy chọn một đáp án.</div>"
        try:
            html = view.feedback(quiz, at, int(choice))
        except XhhtError as exc:
            return gr.update(), gr.update(), gr.update(), f"<div class='xhht-error'>{esc(exc)}</div>"
        last = at + 1 >= len(quiz)
        if last:
            html += view.score(quiz)
        return (gr.update(interactive=False), hidden,
                gr.update(visible=not last), html)

    def advance(quiz: QuizSession | None, at: int) -> tuple:
        if quiz is None or at + 1 >= len(quiz):
            return quiz, at, gr.update(), hidden, hidden, hidden, gr.update()
        return show(quiz, at + 1)

    shown = [session, position, question, options, answer, following, feedback]
    start.click(begin, [scope, count, learner], shown, api_visibility="private")
    answer.click(respond, [session, position, options], [options, answer, following, feedback],
                 api_visibility="private")
    following.click(advance, [session, position], shown, api_visibility="private")
    export.click(view.export, None, exported, api_visibility="private")
    return scope
