"""The "Tài liệu" tab: the library with its metadata, and a document's cleaned text by section."""

from __future__ import annotations

import gradio as gr

from .live import LiveLibrary
from .render import DOCUMENT_HEADERS, document_rows, document_text

PICK_DOC = "<div class='xhht-muted'>Chọn một tài liệu để xem nội dung đã làm sạch, theo từng mục.</div>"


class DocsView:
    def __init__(self, library: LiveLibrary) -> None:
        self.library = library

    def table(self) -> list[list[object]]:
        return document_rows(self.library.documents(), self.library.chunk_counts())

    def choices(self) -> list[tuple[str, str]]:
        return [(f"{d.kind} {d.number_display} — {d.issuer}", d.doc_id) for d in self.library.documents()]

    def text(self, doc_id: str | None) -> str:
        doc = self.library.document(doc_id) if doc_id else None
        return document_text(doc, self.library.chunks_of(doc.doc_id)) if doc else PICK_DOC


def build(view: DocsView) -> tuple[gr.Dataframe, gr.Dropdown]:
    gr.Markdown("Các văn bản đang có trong thư viện. Văn bản dự thảo chưa có số hiển thị “chưa có số”.")
    table = gr.Dataframe(headers=DOCUMENT_HEADERS, interactive=False, wrap=True, elem_classes="xhht-table",
                         elem_id="xhht-docs",
                         max_height=420)
    picker = gr.Dropdown(choices=[], label="Xem nội dung tài liệu", elem_id="xhht-doc-pick")
    text = gr.HTML(PICK_DOC, elem_id="xhht-doc-text")
    picker.change(view.text, picker, text, api_visibility="private")

    def pick(evt: gr.SelectData) -> str | None:
        row = [str(v) for v in (evt.row_value or [])]
        for doc, cells in zip(view.library.documents(), view.table(), strict=False):
            if [str(v) for v in cells] == row:
                return doc.doc_id
        return None

    table.select(pick, None, picker, api_visibility="private")
    return table, picker
