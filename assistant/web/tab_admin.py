"""The "Thêm tài liệu" tab: password login, uploads with incremental re-index, feedback export."""

from __future__ import annotations

import hmac
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import gradio as gr

from index.settings import Settings

from .feedback import FeedbackStore
from .render import esc
from .uploads import UPLOAD_SUFFIXES, FileResult, ingest

DISABLED = """Chức năng thêm tài liệu **đang tắt**.

Để bật, người quản trị đặt mật khẩu trong biến môi trường `XHHT_ADMIN_PASSWORD` rồi khởi động lại, ví dụ:

```bash
XHHT_ADMIN_PASSWORD='mật-khẩu-của-bạn' xhht serve
```

Sau đó mở lại thẻ này và đăng nhập bằng mật khẩu đó."""
NEED_LOGIN = "Cần đăng nhập bằng mật khẩu quản trị."


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


def build(settings: Settings, feedback: FeedbackStore) -> Any:
    """Lay out the tab; returns the upload event (to chain a refresh of the other tabs), or None if disabled."""
    if not settings.admin_password:
        gr.Markdown(DISABLED, elem_id="xhht-admin-disabled")
        return None
    authed = gr.State(False)
    with gr.Column(visible=True) as login:
        password = gr.Textbox(type="password", label="Mật khẩu quản trị", elem_id="xhht-password")
        enter = gr.Button("Đăng nhập", variant="primary", elem_id="xhht-login")
    login_note = gr.Markdown(elem_id="xhht-login-note")
    with gr.Column(visible=False, elem_id="xhht-admin-panel") as panel:
        gr.Markdown(f"Tải lên văn bản ({', '.join(s[1:].upper() for s in UPLOAD_SUFFIXES)}, tối đa "
                    f"{settings.max_file_mb:g} MB mỗi tệp). Tệp được lưu vào thư mục `uploads/` của kho tài liệu "
                    "rồi lập chỉ mục lại; tệp lỗi bị bỏ qua và chỉ mục hiện tại không bị ảnh hưởng.")
        files = gr.File(file_count="multiple", file_types=list(UPLOAD_SUFFIXES), label="Chọn tệp",
                        elem_id="xhht-upload")
        upload = gr.Button("Thêm và lập chỉ mục", variant="primary", elem_id="xhht-upload-go")
        result = gr.HTML(elem_id="xhht-upload-result-box")
        gr.Markdown("#### Góp ý của người dùng\nXuất các câu hỏi đã được đánh giá 👍/👎 theo định dạng bộ câu hỏi "
                    "đánh giá (JSONL), để bổ sung vào `evals/`.")
        export = gr.Button("Xuất góp ý", elem_id="xhht-export")
        exported = gr.File(label="Tệp góp ý", interactive=False, height=90, elem_id="xhht-export-file")

    def log_in(given: str) -> tuple:
        if password_ok(given, settings.admin_password):
            return True, gr.update(visible=False), gr.update(visible=True), "Đã đăng nhập.", ""
        time.sleep(1.0)
        return False, gr.update(visible=True), gr.update(visible=False), "❌ Sai mật khẩu.", ""

    outs = [authed, login, panel, login_note, password]
    enter.click(log_in, password, outs, api_visibility="private")
    password.submit(log_in, password, outs, api_visibility="private")

    def add(paths: list[str] | None, ok: bool, progress: gr.Progress = gr.Progress()) -> str:  # noqa: B008
        if not ok:
            raise gr.Error(NEED_LOGIN)
        if not paths:
            return "<p>Chưa chọn tệp nào.</p>"
        uploads = [(Path(p), Path(p).name) for p in paths]

        def report(stage: str, done: int, total: int) -> None:
            progress(done / total if total else 0.0, desc=stage)

        results, index = ingest(settings, uploads, report)
        if index is None:
            summary = "Không có tệp nào được thêm."
        elif index.changed:
            summary = f"Đã lập chỉ mục lại: {index.documents} văn bản, {index.chunks} đoạn ({index.seconds:.1f} giây)."
        else:
            summary = f"Chỉ mục không đổi: {index.documents} văn bản, {index.chunks} đoạn."
        return results_html(results, summary)

    uploaded = upload.click(add, [files, authed], result, api_visibility="private", concurrency_limit=1)

    def export_feedback(ok: bool) -> str:
        if not ok:
            raise gr.Error(NEED_LOGIN)
        out = Path(tempfile.mkdtemp(prefix="xhht-feedback-")) / f"gop-y-{datetime.now():%Y%m%d-%H%M}.jsonl"
        feedback.export_questions(out)
        return str(out)

    export.click(export_feedback, authed, exported, api_visibility="private")
    return uploaded
