"""The "Báo cáo & thời hạn" tab: reporting chains per document and a sortable table of deadlines."""

from __future__ import annotations

import logging
import sqlite3

import gradio as gr

from .live import LiveLibrary
from .render import esc
from .reports import TABLE_HEADERS, DeadlineRow, clause_view, deadline_rows, reporting_diagram

log = logging.getLogger(__name__)

NO_FACTS = ("<div class='xhht-muted'>Chỉ mục này chưa có dữ liệu báo cáo và thời hạn. "
            "Hãy chạy <code>xhht index --rebuild</code> rồi tải lại trang.</div>")
PICK_ROW = "<div class='xhht-muted'>Bấm vào một dòng trong bảng để xem điều khoản gốc.</div>"


class ReportsView:
    def __init__(self, library: LiveLibrary) -> None:
        self.library = library

    def _facts(self) -> tuple[list, list] | None:
        facts = getattr(self.library.get(), "facts", None)
        if facts is None:
            return None
        try:
            return facts.reporting(), facts.milestones()
        except sqlite3.Error as exc:
            log.warning("facts unavailable: %s", exc)
            return None

    def rows(self) -> list[DeadlineRow]:
        found = self._facts()
        return deadline_rows(*found) if found else []

    def diagram(self) -> str:
        found = self._facts()
        return reporting_diagram(self.library.documents(), found[0]) if found else NO_FACTS

    def table(self) -> list[list[str]]:
        docs = {d.doc_id: d for d in self.library.documents()}
        return [row.cells(docs) for row in self.rows()]

    def clause(self, key: str) -> str:
        row = next((r for r in self.rows() if r.key == key), None)
        if row is None:
            return f"<div class='xhht-muted'>Không tìm thấy mốc {esc(key)} (chỉ mục vừa thay đổi?).</div>"
        return clause_view(row, self.library.document(row.doc_id), self.library.chunks_of(row.doc_id))


def build(view: ReportsView) -> tuple[gr.HTML, gr.Dataframe]:
    gr.Markdown("Ai báo cáo cho ai, trước ngày nào, bao lâu một lần — theo từng văn bản. "
                "Bấm vào tên mục để xem nguyên văn điều khoản.")
    diagram = gr.HTML(elem_id="xhht-chains")
    gr.Markdown("#### Thời hạn và mốc thời gian trong các văn bản\nBấm vào tiêu đề cột để sắp xếp; "
                "bấm vào một dòng để mở điều khoản.")
    table = gr.Dataframe(headers=TABLE_HEADERS, interactive=False, wrap=True, elem_classes="xhht-table",
                         elem_id="xhht-deadlines",
                         column_widths=["60px", "130px", "130px", "110px", "30%", "20%", "20%"], max_height=520)
    clause = gr.HTML(PICK_ROW, elem_id="xhht-deadline-clause")

    def pick(evt: gr.SelectData) -> str:
        row = evt.row_value or []
        return view.clause(str(row[0])) if row else PICK_ROW

    table.select(pick, None, clause, api_visibility="private")
    return diagram, table
