"""The "Hỏi đáp" tab: chat with streamed answers, openable citations, scope filter, copy and feedback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import gradio as gr

from ..answering.pipeline import MAX_QUESTION_CHARS
from .chat import ALL, EXAMPLES, ChatService
from .feedback import MAX_COMMENT_CHARS

# A chat event spends much of its life streaming to a slow client or waiting on an LLM: several per core
# keep the cores busy without one slow chat holding the rest behind it.
CHAT_CONCURRENCY = max(8, 4 * (os.cpu_count() or 1))
EVENT_CONCURRENCY = max(2, os.cpu_count() or 1)
QUEUE_MAX_SIZE = 200

COPY_JS = """
(text) => {
  if (text) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).catch(() => {});
    } else {
      const area = document.createElement('textarea');
      area.value = text; area.style.position = 'fixed'; area.style.opacity = '0';
      document.body.appendChild(area); area.select();
      try { document.execCommand('copy'); } catch (e) {}
      area.remove();
    }
  }
  return [text];
}
"""


def build(service: ChatService) -> gr.Dropdown:
    """Lay out the tab inside the current Blocks; returns the scope dropdown (refreshed on load)."""
    turns = gr.State([])
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=300):
            scope = gr.Dropdown(choices=[("Tất cả tài liệu", ALL)], value=ALL, label="Phạm vi tài liệu",
                                info="Chỉ trả lời theo một địa phương hoặc một văn bản", elem_id="xhht-scope")
            chatbot = gr.Chatbot(label="Trò chuyện", height=460, latex_delimiters=[], elem_id="xhht-chat",
                                 feedback_options=None, buttons=["copy"],
                                 placeholder="Hãy đặt câu hỏi về các kế hoạch xây dựng xã hội học tập.")
            with gr.Row(elem_classes="xhht-ask-row"):
                message = gr.Textbox(placeholder="Nhập câu hỏi, nhấn Enter", show_label=False, scale=5,
                                     min_width=180, max_length=MAX_QUESTION_CHARS, autofocus=True,
                                     elem_id="xhht-question", lines=1, max_lines=4)
                send = gr.Button("Gửi", variant="primary", scale=1, min_width=70, elem_id="xhht-send")
            examples = gr.Dataset(components=[message], samples=[[q] for q in EXAMPLES],
                                  label="Câu hỏi mẫu — bấm để hỏi", elem_id="xhht-examples")
        with gr.Column(scale=2, min_width=300):
            gr.Markdown("#### Nguồn trích dẫn")
            sources = gr.HTML(ChatService.sources([]), elem_id="xhht-sources")
            with gr.Row():
                copy = gr.Button("📋 Sao chép câu trả lời kèm nguồn", size="sm", elem_id="xhht-copy")
                new_chat = gr.Button("🗑 Cuộc trò chuyện mới", size="sm", elem_id="xhht-new")
            with gr.Accordion("Văn bản để dán vào báo cáo", open=False):
                copy_box = gr.Textbox(show_label=False, lines=6, interactive=False, elem_id="xhht-copy-text",
                                      buttons=["copy"])
            gr.Markdown("#### Câu trả lời có đúng không?")
            comment = gr.Textbox(placeholder="Góp ý thêm (không bắt buộc), rồi bấm 👍 hoặc 👎", show_label=False,
                                 lines=1, max_length=MAX_COMMENT_CHARS, elem_id="xhht-comment")
            with gr.Row():
                up = gr.Button("👍 Đúng, hữu ích", size="sm", elem_id="xhht-up")
                down = gr.Button("👎 Chưa đúng", size="sm", elem_id="xhht-down")
            status = gr.Markdown(elem_id="xhht-feedback-status")

    def respond(question: str, scope_value: str, history: list[dict[str, Any]]) -> Iterator[tuple]:
        question = (question or "").strip()[:MAX_QUESTION_CHARS]
        if not question:
            yield gr.update(), ChatService.messages(history), history, gr.update(), gr.update(), gr.update()
            return
        box: Any = ""  # emptied once: the user may type the next question while this answer streams
        for step in service.stream_turn(question, history, scope_value):
            if isinstance(step, str):  # the pending note, then the answer as it is written
                yield box, ChatService.messages(history, question, step), history, gr.update(), gr.update(), ""
            else:
                done = [*history, step]
                yield box, ChatService.messages(done), done, ChatService.sources(done), ChatService.copy_text(done), ""
            box = gr.update()

    outputs = [message, chatbot, turns, sources, copy_box, status]
    chat = {"concurrency_id": "chat", "concurrency_limit": CHAT_CONCURRENCY}  # one shared pool for all three
    message.submit(respond, [message, scope, turns], outputs, api_name="hoi", **chat)
    send.click(respond, [message, scope, turns], outputs, api_visibility="private", **chat)
    examples.click(lambda sample: sample[0], examples, message, api_visibility="private", queue=False).then(
        respond, [message, scope, turns], outputs, api_visibility="private", **chat)

    def clear() -> tuple:
        return [], [], ChatService.sources([]), "", ""

    cleared = [chatbot, turns, sources, copy_box, status]
    new_chat.click(clear, None, cleared, api_visibility="private", queue=False)
    chatbot.clear(clear, None, cleared, api_visibility="private", queue=False)

    def copied(text: str) -> None:
        if text:
            gr.Info("Đã sao chép câu trả lời kèm nguồn.")
        else:
            gr.Warning("Chưa có câu trả lời để sao chép.")

    copy.click(copied, copy_box, None, js=COPY_JS, api_visibility="private")

    def rate_up(history: list[dict[str, Any]], text: str) -> tuple:
        history, note = service.rate(history, 1, text)
        return history, note, ""

    def rate_down(history: list[dict[str, Any]], text: str) -> tuple:
        history, note = service.rate(history, -1, text)
        return history, note, ""

    up.click(rate_up, [turns, comment], [turns, status, comment], api_visibility="private")
    down.click(rate_down, [turns, comment], [turns, status, comment], api_visibility="private")
    return scope
