"""The "Thêm tài liệu" tab: password login (throttled per client), uploads with incremental re-index, feedback export.

A login opens an admin session (sessions.py); the page trades its one-time ticket for the session's
HttpOnly cookie, which the upload gate (guard.py) asks for on every file sent to the server.
"""

from __future__ import annotations

import hmac
import logging
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import gradio as gr

from index.settings import Settings

from . import tempdir
from .feedback import FeedbackStore
from .guard import SESSION_PATH, TICKET_HEADER
from .render import esc
from .sessions import AdminSessions
from .throttle import LoginThrottle, wait_text
from .uploads import UPLOAD_SUFFIXES, FileResult, ingest

log = logging.getLogger(__name__)

DISABLED = """Chức năng thêm tài liệu **đang tắt**.

Để bật, người quản trị đặt mật khẩu trong biến môi trường `XHHT_ADMIN_PASSWORD` rồi khởi động lại, ví dụ:

```bash
XHHT_ADMIN_PASSWORD='mật-khẩu-của-bạn' xhht serve
```

Sau đó mở lại thẻ này và đăng nhập bằng mật khẩu đó."""
NEED_LOGIN = "Cần đăng nhập bằng mật khẩu quản trị; nếu đã đăng nhập từ lâu, hãy tải lại trang và đăng nhập lại."
WRONG = "❌ Sai mật khẩu."
LOCKED = "⏳ Nhập sai mật khẩu nhiều lần: đăng nhập tạm khoá, hãy thử lại sau {wait}."
# Runs in the page after a login: trades the one-time ticket for the session cookie (HttpOnly, set by guard.py).
TRADE_TICKET_JS = f"""
async (ticket) => {{
  if (ticket) {{
    await fetch(new URL('{SESSION_PATH.lstrip("/")}', document.baseURI),
                {{method: 'POST', credentials: 'same-origin', headers: {{'{TICKET_HEADER}': ticket}}}});
  }}
  return '';
}}
"""


def password_ok(given: str | None, expected: str | None) -> bool:
    if not expected or not given:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def results_html(results: Sequence[FileResult], summary: str) -> str:
    rows = []
    for r in results:
        if r.ok:
            note = f" ({esc(r.reason)})" if r.reason else ""
            state = f"✅ Đã lập chỉ mục — {r.documents} văn bản, lưu tại {esc(r.saved_as)}{note}"
        else:
            state = f"⛔ Bỏ qua: {esc(r.reason)}"
        rows.append(f"<tr><td>{esc(r.name)}</td><td>{state}</td></tr>")
    table = "<table class='xhht-results'><tr><th>Tệp</th><th>Kết quả</th></tr>" + "".join(rows) + "</table>"
    return f"<div id='xhht-upload-result'><p>{esc(summary)}</p>{table}</div>"


def build(settings: Settings, feedback: FeedbackStore, sessions: AdminSessions, throttle: LoginThrottle) -> Any:
    """Lay out the tab; returns the upload event (to chain a refresh of the other tabs), or None if disabled."""
    if not settings.admin_password:
        gr.Markdown(DISABLED, elem_id="xhht-admin-disabled")
        return None
    session = gr.State("")  # the admin session token, server-side only
    with gr.Column(visible=True) as login:
        password = gr.Textbox(type="password", label="Mật khẩu quản trị", elem_id="xhht-password")
        enter = gr.Button("Đăng nhập", variant="primary", elem_id="xhht-login")
    login_note = gr.Markdown(elem_id="xhht-login-note")
    ticket = gr.Textbox(visible="hidden", elem_id="xhht-ticket")
    with gr.Column(visible=False, elem_id="xhht-admin-panel") as panel:
        gr.Markdown(f"Tải lên văn bản ({', '.join(s[1:].upper() for s in UPLOAD_SUFFIXES)}, tối đa "
                    f"{settings.max_file_mb:g} MB mỗi tệp, {settings.upload_max_files} tệp và "
                    f"{settings.upload_max_mb:g} MB mỗi lần đăng nhập). Tệp được lưu vào thư mục `uploads/` của kho "
                    "tài liệu rồi lập chỉ mục lại; tệp lỗi bị bỏ qua và chỉ mục hiện tại không bị ảnh hưởng.")
        files = gr.File(file_count="multiple", file_types=list(UPLOAD_SUFFIXES), label="Chọn tệp",
                        elem_id="xhht-upload")
        upload = gr.Button("Thêm và lập chỉ mục", variant="primary", elem_id="xhht-upload-go")
        result = gr.HTML(elem_id="xhht-upload-result-box")
        gr.Markdown("#### Góp ý của người dùng\nXuất các câu hỏi đã được đánh giá 👍/👎 theo định dạng bộ câu hỏi "
                    "đánh giá (JSONL), để bổ sung vào `evals/`.")
        export = gr.Button("Xuất góp ý", elem_id="xhht-export")
        exported = gr.File(label="Tệp góp ý", interactive=False, height=90, elem_id="xhht-export-file")

    def log_in(given: str, request: gr.Request) -> tuple:
        client = request.client.host if request is not None and request.client else "?"
        attempt = throttle.attempt(client, lambda: password_ok(given, settings.admin_password))
        if attempt.ok:
            token, one_time = sessions.open()
            log.info("admin login from %s", client)
            return token, gr.update(visible=False), gr.update(visible=True), "Đã đăng nhập.", "", one_time
        note = LOCKED.format(wait=wait_text(attempt.wait_s)) if attempt.wait_s else WRONG
        if attempt.checked and attempt.wait_s:
            note = f"{WRONG} {note}"
        return "", gr.update(visible=True), gr.update(visible=False), note, "", ""

    outs = [session, login, panel, login_note, password, ticket]
    for trigger in (enter.click, password.submit):
        trigger(log_in, password, outs, api_visibility="private").then(
            None, ticket, ticket, js=TRADE_TICKET_JS, api_visibility="private")

    def add(paths: list[str] | None, token: str, progress: gr.Progress = gr.Progress()) -> tuple[str, Any]:  # noqa: B008
        folder = tempdir.upload_folder()
        try:
            if not sessions.live(token):
                raise gr.Error(NEED_LOGIN)
            if not paths:
                return "<p>Chưa chọn tệp nào.</p>", None
            uploads = [(Path(p), Path(p).name) for p in paths]

            def report(stage: str, done: int, total: int) -> None:
                progress(done / total if total else 0.0, desc=stage)

            results, index = ingest(settings, uploads, report)
        finally:
            tempdir.discard(folder, paths or [])
        if index is None:
            summary = "Không có tệp nào được thêm."
        elif index.changed:
            summary = f"Đã lập chỉ mục lại: {index.documents} văn bản, {index.chunks} đoạn ({index.seconds:.1f} giây)."
        else:
            summary = f"Chỉ mục không đổi: {index.documents} văn bản, {index.chunks} đoạn."
        return results_html(results, summary), None

    uploaded = upload.click(add, [files, session], [result, files], api_visibility="private", concurrency_limit=1)

    def export_feedback(token: str) -> str:
        if not sessions.live(token):
            raise gr.Error(NEED_LOGIN)
        folder = Path(tempfile.mkdtemp(prefix="gop-y-", dir=tempdir.upload_folder()))
        out = folder / f"gop-y-{datetime.now():%Y%m%d-%H%M}.jsonl"
        feedback.export_questions(out)
        return str(out)

    export.click(export_feedback, session, exported, api_visibility="private")
    return uploaded
