"""`build_app(settings, assistant)`: the Gradio Blocks of the web chat, and how to launch it.

Imported through the package, whose __init__ turns Gradio analytics off before gradio loads.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from index.settings import Settings

from . import guard, tab_admin, tab_chat, tab_docs, tab_meeting, tab_reports, tab_study, tempdir
from .chat import ChatService
from .feedback import FeedbackStore
from .live import LiveLibrary
from .reports import TABLE_HEADERS
from .sessions import AdminSessions
from .tab_docs import DocsView
from .tab_meeting import MeetingView
from .tab_reports import ReportsView
from .tab_study import CardView, QuizView
from .throttle import LoginThrottle

TITLE = "Trợ lý XHHT"

CSS = """
.gradio-container { max-width: 1280px !important; }
.xhht-muted { color: var(--body-text-color-subdued); font-size: 0.9em; }
.xhht-cite { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 6px 10px; margin: 6px 0; }
.xhht-cite summary { cursor: pointer; }
.xhht-cite.xhht-flash { outline: 3px solid var(--color-accent); }
.xhht-n { font-weight: 700; color: var(--color-accent); }
.xhht-section { font-size: 0.9em; margin-top: 2px; }
.xhht-title { font-style: italic; margin: 4px 0; }
.xhht-clause { margin: 6px 0; line-height: 1.5; overflow-wrap: anywhere; }
.xhht-clause mark, .xhht-doc mark { background: #fde68a; color: #111; padding: 0 2px; }
.xhht-q { font-weight: 600; margin-top: 10px; overflow-wrap: anywhere; }
.xhht-doc-section h4 { margin: 14px 0 4px; }
.xhht-doc p { margin: 4px 0; overflow-wrap: anywhere; }
.xhht-doc-chain { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px; margin: 8px 0; }
.xhht-doc-chain > summary { cursor: pointer; }
.xhht-chain { border-top: 1px dashed var(--border-color-primary); padding: 8px 0; }
.xhht-flow { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.xhht-node { list-style: none; margin: 0; padding: 6px 10px; border: 2px solid var(--color-accent);
  border-radius: 8px; background: var(--background-fill-secondary); max-width: 320px; }
.xhht-node li { margin: 0; overflow-wrap: anywhere; }
.xhht-arrow { display: flex; align-items: center; font-size: 0.85em; text-align: center; }
.xhht-arrow::after { content: "➜"; font-size: 1.6em; margin-left: 4px; color: var(--color-accent); }
.xhht-what { font-size: 0.9em; margin-top: 4px; }
.xhht-table, .xhht-table * { font-family: var(--font) !important; }
.xhht-results td, .xhht-results th { padding: 4px 8px; text-align: left; vertical-align: top; }
.xhht-card-head { border-bottom: 1px solid var(--border-color-primary); padding-bottom: 6px; margin-bottom: 6px; }
.xhht-card-section h4 { margin: 12px 0 4px; }
.xhht-line { margin: 3px 0; overflow-wrap: anywhere; }
.xhht-line > summary { cursor: pointer; }
.xhht-line[open] { background: var(--background-fill-secondary); border-radius: 6px; padding: 4px 6px; }
.xhht-draft { background: #fde68a; color: #111; border-radius: 4px; padding: 0 6px; font-size: 0.85em; }
.xhht-error { color: var(--error-text-color, #b91c1c); font-weight: 600; }
.xhht-scroll { overflow-x: auto; max-width: 100%; }
.xhht-grid { border-collapse: collapse; }
.xhht-grid th, .xhht-grid td { border: 1px solid var(--border-color-primary); padding: 4px 6px; vertical-align: top;
  text-align: left; min-width: 90px; }
.xhht-hits { list-style: none; padding: 0; margin: 0; }
.xhht-hit { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 6px 10px; margin: 6px 0; }
.xhht-hit > summary { cursor: pointer; list-style: none; }
.xhht-hit > summary:focus { outline: 3px solid var(--color-accent); outline-offset: 2px; }
.xhht-hit-doc { font-weight: 600; }
.xhht-hit mark, .xhht-line mark { background: #fde68a; color: #111; padding: 0 2px; }
.xhht-tag { display: inline-block; font-size: 0.8em; border: 1px solid var(--color-accent); border-radius: 10px;
  padding: 0 6px; margin: 2px 4px 0 0; }
.xhht-quiz-q { font-weight: 600; font-size: 1.05em; overflow-wrap: anywhere; }
.xhht-right { color: #15803d; font-weight: 700; }
.xhht-wrong { color: #b91c1c; font-weight: 700; }
@media (max-width: 480px) {
  .gradio-container { padding: 4px !important; }
  #xhht-intro h2 { font-size: 1.25em; }
  #xhht-intro p { font-size: 0.9em; }
  #xhht-chat { height: 360px !important; }
  .xhht-node { max-width: 100%; }
  .xhht-flow { flex-direction: column; align-items: stretch; }
  .xhht-arrow { justify-content: center; }
  .xhht-arrow::after { content: "⬇"; }
}
"""

HEAD = """
<script>
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('a[href^="#xhht-cite-"]');
  if (!link) { return; }
  event.preventDefault();
  event.stopPropagation();
  var card = document.getElementById(link.getAttribute('href').slice(1));
  if (!card) { return; }
  card.open = true;
  card.classList.add('xhht-flash');
  setTimeout(function () { card.classList.remove('xhht-flash'); }, 1500);
  card.scrollIntoView({behavior: 'smooth', block: 'center'});
}, true);
// "Tra cứu nhanh" from the keyboard: ↓/↑ move through the results, Enter opens one, Esc goes back to the box
document.addEventListener('keydown', function (event) {
  var box = document.querySelector('#xhht-lookup input, #xhht-lookup textarea');
  if (!box) { return; }
  var hits = Array.prototype.slice.call(document.querySelectorAll('#xhht-lookup-results .xhht-hit > summary'));
  var at = hits.indexOf(document.activeElement);
  if (event.target === box && event.key === 'ArrowDown' && hits.length) {
    event.preventDefault(); hits[0].focus();
  } else if (at >= 0 && event.key === 'ArrowDown') {
    event.preventDefault(); hits[Math.min(at + 1, hits.length - 1)].focus();
  } else if (at >= 0 && event.key === 'ArrowUp') {
    event.preventDefault(); if (at === 0) { box.focus(); } else { hits[at - 1].focus(); }
  } else if (at >= 0 && event.key === 'Escape') {
    event.preventDefault(); box.focus();
  }
}, true);
</script>
"""

INTRO = ("## Trợ lý XHHT — hỏi đáp về các kế hoạch xây dựng xã hội học tập\n"
         "Trả lời dựa trên văn bản của tỉnh, xã và Hội Khuyến học; mỗi ý đều dẫn đúng điều khoản. "
         "Bấm vào số [1], [2]… để xem nguyên văn.")


def theme() -> gr.themes.Base:
    return gr.themes.Default(font=["system-ui", "Segoe UI", "Roboto", "Arial", "sans-serif"],
                             font_mono=["ui-monospace", "Consolas", "monospace"])


def build_app(settings: Settings, assistant: Any, *, throttle: LoginThrottle | None = None) -> gr.Blocks:
    """The whole web app; every piece of state lives in this call or in a user's session."""
    tempdir.upload_folder()  # before any component is made: each one keeps the cache folder it was born with
    sessions = AdminSessions.from_settings(settings)
    library = LiveLibrary(settings)
    feedback = FeedbackStore(settings.home / "feedback.sqlite")
    chat = ChatService(assistant, library, feedback)
    reports = ReportsView(library)
    docs = DocsView(library)
    cards = CardView(library)
    quiz = QuizView(library, settings)
    meeting = MeetingView(library)
    with gr.Blocks(title=TITLE, analytics_enabled=False) as app:
        gr.Markdown(INTRO, elem_id="xhht-intro")
        with gr.Tabs():
            with gr.Tab("Hỏi đáp", id="chat"):
                scope = tab_chat.build(chat)
            with gr.Tab("Báo cáo & thời hạn", id="reports"):
                chains, deadlines = tab_reports.build(reports)
            with gr.Tab("Học & ôn tập", id="study"):
                card_doc = tab_study.build_cards(cards)
                quiz_scope = tab_study.build_quiz(quiz)
            with gr.Tab("Họp nhanh", id="meeting"):
                brief_doc, brief_place, compare_docs = tab_meeting.build(meeting)
            with gr.Tab("Tài liệu", id="docs"):
                doc_table, doc_picker = tab_docs.build(docs)
            with gr.Tab("Thêm tài liệu", id="admin"):
                uploaded = tab_admin.build(settings, feedback, sessions, throttle or LoginThrottle())

        def refresh() -> tuple:
            doc_choices = docs.choices()
            return (
                gr.update(choices=chat.scope_choices()),
                reports.diagram(),
                gr.update(value=reports.table(), headers=TABLE_HEADERS),
                docs.table(),
                gr.update(choices=doc_choices),
                gr.update(choices=doc_choices),
                gr.update(choices=doc_choices),
                gr.update(choices=meeting.place_choices()),
                gr.update(choices=doc_choices),
                gr.update(choices=quiz.choices()),
            )

        targets = [scope, chains, deadlines, doc_table, doc_picker, card_doc, brief_doc, brief_place, compare_docs,
                   quiz_scope]
        app.load(refresh, None, targets, api_visibility="private")
        if uploaded is not None:
            uploaded.then(refresh, None, targets, api_visibility="private")
    app.xhht_sessions = sessions  # type: ignore[attr-defined]  # read by launch() for the upload gate
    return app


def launch(app: gr.Blocks, settings: Settings, host: str = "127.0.0.1", port: int = 7860, *, block: bool = True,
           quiet: bool = False) -> None:
    sessions = getattr(app, "xhht_sessions", None) or AdminSessions.from_settings(settings)
    app.queue(default_concurrency_limit=tab_chat.EVENT_CONCURRENCY, max_size=tab_chat.QUEUE_MAX_SIZE)
    app.launch(
        server_name=host, server_port=port, prevent_thread_lock=not block, quiet=quiet, show_error=False,
        ssr_mode=False, max_file_size=settings.max_file_bytes, theme=theme(), css=CSS, head=HEAD,
        footer_links=["api"], share=False, inbrowser=False, enable_monitoring=False, mcp_server=False, pwa=False,
        app_kwargs={"middleware": guard.middleware(settings, host, sessions)},
    )

