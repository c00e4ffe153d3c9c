"""The "Họp nhanh" tab: instant lookup as you type, the one-page brief, and the side-by-side comparison."""

from __future__ import annotations

import logging
import tempfile
from datetime import date, datetime
from pathlib import Path

import gradio as gr

from index.errors import XhhtError

from ..meeting.brief import build_brief
from ..meeting.compare import compare
from ..meeting.export import export_brief
from ..meeting.lookup import LookupIndex
from .live import LiveLibrary
from .render import esc
from .render_cards import brief_html, comparison_sources, lookup_html

log = logging.getLogger(__name__)

LOOKUP_LIMIT = 12
MAX_LOOKUP_CHARS = 200
BY_DOC, BY_PLACE = "doc", "place"
PICK_BRIEF = "<div class='xhht-muted'>Chọn một văn bản hoặc một địa phương rồi bấm “Tạo bản tin họp”.</div>"
PICK_COMPARE = "<div class='xhht-muted'>Chọn hai văn bản trở lên (để trống: tất cả) rồi bấm “So sánh”.</div>"


def _error(exc: Exception) -> str:
    return f"<div class='xhht-error'>{esc(exc)}</div>"


class MeetingView:
    """Gradio-free logic of the tab, so it can be tested directly."""

    def __init__(self, library: LiveLibrary) -> None:
        self.library = library

    def lookup(self, text: str) -> str:
        text = (text or "")[:MAX_LOOKUP_CHARS]
        results = LookupIndex.for_library(self.library.get()).search(text, limit=LOOKUP_LIMIT)
        return lookup_html(results, text)

    def doc_choices(self) -> list[tuple[str, str]]:
        return [(f"{d.kind} {d.number_display} — {d.issuer}", d.doc_id) for d in self.library.documents()]

    def place_choices(self) -> list[str]:
        names: dict[str, None] = {}
        for d in self.library.documents():
            for name in (d.locality, d.province):
                if name:
                    names.setdefault(name)
        return sorted(names)

    def brief(self, mode: str, doc_id: str | None, place: str | None, day: str) -> tuple[str, str | None, str | None]:
        """(HTML, DOCX path, PDF path) of the brief; the paths are None when nothing was made."""
        try:
            today = _parse_day(day)
            library = self.library.get()
            if mode == BY_PLACE:
                brief = build_brief(library, locality=place or "", today=today)
            else:
                brief = build_brief(library, doc_id=doc_id or "", today=today)
            folder = Path(tempfile.mkdtemp(prefix="xhht-brief-"))
            stem = f"hop-nhanh-{brief.today:%Y%m%d}"
            docx = export_brief(brief, folder / f"{stem}.docx")
            pdf = export_brief(brief, folder / f"{stem}.pdf")
        except XhhtError as exc:
            return _error(exc), None, None
        return brief_html(brief, self.library.chunks_of), str(docx), str(pdf)

    def comparison(self, doc_ids: list[str] | None) -> tuple[list[list[str]], list[str], str, str | None, str | None]:
        """(rows, headers, sources HTML, CSV path, XLSX path)."""
        try:
            table = compare(self.library.get(), doc_ids=list(doc_ids or []) or None)
            folder = Path(tempfile.mkdtemp(prefix="xhht-compare-"))
            csv_path = table.to_csv(folder / "so-sanh.csv")
            xlsx_path = table.to_xlsx(folder / "so-sanh.xlsx")
        except XhhtError as exc:
            return [], ["Mục"], _error(exc), None, None
        rows = table.table()
        return rows[1:], rows[0], comparison_sources(table, self.library.chunks_of), str(csv_path), str(xlsx_path)


def _parse_day(text: str) -> date:
    text = (text or "").strip()
    if not text:
        return date.today()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise XhhtError(f"ngày “{text}” không hợp lệ; hãy ghi dạng 02/12/2026")


def build(view: MeetingView) -> tuple[gr.Dropdown, gr.Dropdown, gr.Dropdown]:
    """Lay out the tab; returns the pickers the app refreshes on load and after an upload."""
    gr.Markdown("#### Tra cứu nhanh\nGõ vài chữ, có dấu hoặc không dấu — kết quả hiện ngay. "
                "Dùng phím ↓ ↑ để chọn, Enter để mở điều khoản, Esc để quay lại ô tìm.")
    box = gr.Textbox(placeholder="Ví dụ: bao cao truoc ngay, sơ kết, 151/KH", show_label=False, lines=1, max_lines=1,
                     max_length=MAX_LOOKUP_CHARS, elem_id="xhht-lookup", autofocus=False)
    results = gr.HTML(lookup_html([], ""), elem_id="xhht-lookup-results")
    box.input(view.lookup, box, results, trigger_mode="always_last", show_progress="hidden", queue=False,
              api_visibility="private")
    box.submit(view.lookup, box, results, show_progress="hidden", queue=False, api_visibility="private")

    gr.Markdown("#### Bản tin họp một trang\nHạn chót trong 3 tháng tới, chỉ tiêu giai đoạn hiện tại, cơ quan chủ trì, "
                "đợt sơ kết/tổng kết sắp tới. Tải về DOCX hoặc PDF để in.")
    with gr.Row():
        mode = gr.Radio([("Theo văn bản", BY_DOC), ("Theo địa phương", BY_PLACE)], value=BY_DOC, show_label=False,
                        elem_id="xhht-brief-mode", min_width=200)
        doc = gr.Dropdown(choices=[], label="Văn bản", elem_id="xhht-brief-doc", min_width=240)
        place = gr.Dropdown(choices=[], label="Địa phương", elem_id="xhht-brief-place", visible=False, min_width=200)
        day = gr.Textbox(value="", label="Tính từ ngày (để trống: hôm nay)", placeholder="dd/mm/yyyy",
                         elem_id="xhht-brief-day", min_width=160)
    make = gr.Button("Tạo bản tin họp", variant="primary", elem_id="xhht-brief-make")
    brief = gr.HTML(PICK_BRIEF, elem_id="xhht-brief")
    with gr.Row():
        docx = gr.DownloadButton("⬇ Tải DOCX", visible=False, elem_id="xhht-brief-docx", size="sm")
        pdf = gr.DownloadButton("⬇ Tải PDF", visible=False, elem_id="xhht-brief-pdf", size="sm")

    mode.change(lambda m: (gr.update(visible=m == BY_DOC), gr.update(visible=m == BY_PLACE)), mode, [doc, place],
                queue=False, api_visibility="private")

    def made(m: str, d: str | None, p: str | None, when: str) -> tuple:
        html, docx_path, pdf_path = view.brief(m, d, p, when)
        return (html, gr.update(value=docx_path, visible=docx_path is not None),
                gr.update(value=pdf_path, visible=pdf_path is not None))

    make.click(made, [mode, doc, place, day], [brief, docx, pdf], api_visibility="private")

    gr.Markdown("#### So sánh các văn bản\nCùng một nội dung đặt cạnh nhau: hạn báo cáo, chỉ tiêu 2025 và 2030, "
                "cơ quan chủ trì, sơ kết và tổng kết. Tải về CSV hoặc Excel.")
    picked = gr.Dropdown(choices=[], multiselect=True, label="Văn bản cần so sánh", elem_id="xhht-compare-docs")
    run = gr.Button("So sánh", elem_id="xhht-compare-run")
    table = gr.Dataframe(headers=["Mục"], interactive=False, wrap=True, elem_classes="xhht-table",
                         elem_id="xhht-compare", max_height=520)
    sources = gr.HTML(PICK_COMPARE, elem_id="xhht-compare-sources")
    with gr.Row():
        csv_file = gr.DownloadButton("⬇ Tải CSV", visible=False, elem_id="xhht-compare-csv", size="sm")
        xlsx_file = gr.DownloadButton("⬇ Tải Excel (XLSX)", visible=False, elem_id="xhht-compare-xlsx", size="sm")

    def compared(doc_ids: list[str] | None) -> tuple:
        rows, headers, html, csv_path, xlsx_path = view.comparison(doc_ids)
        return (gr.update(value=rows, headers=headers), html,
                gr.update(value=csv_path, visible=csv_path is not None),
                gr.update(value=xlsx_path, visible=xlsx_path is not None))

    run.click(compared, picked, [table, sources, csv_file, xlsx_file], api_visibility="private")
    return doc, place, picked
