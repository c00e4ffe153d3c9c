"""The meeting brief on one A4 page: PDF (reportlab, DejaVu or Noto fonts) and DOCX (python-docx).

The PDF is laid out at decreasing font sizes and list lengths until it fits one page (counted in the rendered
file); the DOCX takes the same lines, sizes and margins, in a font no wider than the one measured.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from index.errors import XhhtError

from .brief import Brief, BriefLine, BriefSection
from .brief_slots import Citation, short_label, short_section

log = logging.getLogger(__name__)

MARGIN_MM = 14
FONT = "XhhtSans"
FONT_BOLD = "XhhtSans-Bold"
DOCX_FONT = "Arial"
MAX_LISTED = 6  # documents named in the header  # narrower than DejaVu Sans, which the fit is measured in
# (font size, lines kept per section and document, lines kept per section): most readable first
CANDIDATES: tuple[tuple[float, int | None, int | None], ...] = (
    (10, None, None), (9.5, None, None), (9, None, None), (9, 8, None), (8.5, 8, None), (8.5, 6, None),
    (8, 6, None), (8, 5, None), (8, 4, None), (7.5, 4, None), (7.5, 3, None), (7, 3, None), (7, 2, None),
    (6.5, 2, None), (6.5, 1, None), (6.5, 1, 12), (6, 1, 10), (6, 1, 8), (6, 1, 6), (6, 1, 4), (6, 1, 2),
)


class ExportError(XhhtError):
    """The brief cannot be written (unknown format, no usable font)."""


@dataclass
class PlacedSection:
    section: BriefSection
    lines: list[BriefLine]  # the kept lines, then a "… và N mục khác" line when some were cut


@dataclass
class Layout:
    size: float
    cap: int | None
    sections: list[PlacedSection]
    notes: dict[Citation, int]  # footnote number of each cited clause kept

    @property
    def leading(self) -> float:
        return round(self.size * 1.22, 2)

    @property
    def note_size(self) -> float:
        return max(5.5, self.size - 2)


def _more(n: int, doc_id: str = "") -> BriefLine:
    return BriefLine(f"… và {n} mục khác", [], doc_id)


def plan(brief: Brief, size: float, cap: int | None, total: int | None = None) -> Layout:
    """Which lines a page at this size shows: the deadlines nearest first, other lists per document (at most
    *cap* each), and at most *total* lines a section; what is cut is counted in a "… và N mục khác" line."""
    placed = []
    for section in brief.sections:
        if cap is None:
            kept = list(section.lines)
        elif section.key == "deadlines":
            kept = section.lines[:cap] + ([_more(len(section.lines) - cap)] if len(section.lines) > cap else [])
        else:
            kept, by_doc = [], {}
            for line in section.lines:
                by_doc.setdefault(line.doc_id, []).append(line)
            for doc_id, lines in by_doc.items():
                kept.extend(lines[:cap])
                if len(lines) > cap:
                    kept.append(_more(len(lines) - cap, doc_id))
        if total is not None and len(kept) > total:
            shown = [ln for ln in kept if ln.citations or not ln.text.startswith("… và ")][:total]
            kept = shown + [_more(len(section.lines) - len(shown))]
        placed.append(PlacedSection(section, kept))
    notes: dict[Citation, int] = {}
    for p in placed:
        for line in p.lines:
            for c in line.citations:
                notes.setdefault(c, len(notes) + 1)
    return Layout(size, cap, placed, notes)


def _refs(line: BriefLine, notes: dict[Citation, int]) -> str:
    numbers = sorted({notes[c] for c in line.citations})
    return ",".join(str(n) for n in numbers)


def note_text(brief: Brief, citation: Citation) -> str:
    doc = next((d for d in brief.documents if d.doc_id == citation.doc_id), None)
    where = short_section(citation.section, 40)
    return f"{short_label(doc) if doc else citation.doc_id}, {where}" if where else short_label(doc)


def _header_lines(brief: Brief) -> list[str]:
    return [
        f"Tính đến ngày {brief.today:%d/%m/%Y} · 3 tháng tới: đến {brief.until:%d/%m/%Y} · "
        f"Lập ngày {brief.generated:%d/%m/%Y}",
        "Văn bản: " + "; ".join(d.label for d in brief.documents[:MAX_LISTED])
        + (f"; và {len(brief.documents) - MAX_LISTED} văn bản khác" if len(brief.documents) > MAX_LISTED else ""),
    ]


# --- fonts ------------------------------------------------------------------------------------


def font_files() -> tuple[Path, Path]:
    """DejaVu Sans (regular, bold) shipped with matplotlib, else DejaVu or Noto Sans from the system."""
    dirs: list[Path] = []
    try:
        import matplotlib

        dirs.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf")
    except Exception:  # pragma: no cover - matplotlib is a dependency
        log.warning("matplotlib not importable; looking for system fonts")
    for d in dirs:
        regular, bold = d / "DejaVuSans.ttf", d / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return regular, bold
    for root in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts")):
        if not root.is_dir():
            continue
        for regular_name, bold_name in (("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
                                        ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")):
            regular = next(root.rglob(regular_name), None)
            bold = next(root.rglob(bold_name), None)
            if regular and bold:
                return regular, bold
    raise ExportError("Không tìm thấy phông DejaVu Sans hoặc Noto Sans để in tiếng Việt.")


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    regular, bold = font_files()
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


# --- PDF --------------------------------------------------------------------------------------


def _line_markup(brief: Brief, line: BriefLine, notes: dict[Citation, int], size: float) -> str:
    tag = brief.tag(line.doc_id) if line.doc_id else ""
    text = escape(line.text)
    if tag:
        text = f"<b>[{escape(tag)}]</b> {text}"
    refs = _refs(line, notes)
    if refs:
        text += f"<super><font size={max(5.0, size - 3):.1f}>[{refs}]</font></super>"
    return text


def render_pdf(brief: Brief, layout: Layout) -> bytes:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    _register_fonts()
    size, leading = layout.size, layout.leading
    base = ParagraphStyle("base", fontName=FONT, fontSize=size, leading=leading)
    title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=size + 5, leading=(size + 5) * 1.2,
                           spaceAfter=2)
    meta = ParagraphStyle("meta", parent=base, fontSize=size - 1, leading=(size - 1) * 1.22,
                          textColor=HexColor("#444444"))
    heading = ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=size + 1,
                             leading=(size + 1) * 1.22, spaceBefore=size * 0.6, spaceAfter=1)
    bullet = ParagraphStyle("bullet", parent=base, leftIndent=size * 1.2, bulletIndent=size * 0.2)
    empty = ParagraphStyle("empty", parent=bullet, textColor=HexColor("#555555"))
    notes = ParagraphStyle("notes", parent=base, fontSize=layout.note_size, leading=layout.note_size * 1.2,
                           textColor=HexColor("#333333"))
    story: list = [Paragraph(escape(brief.title), title)]
    story += [Paragraph(escape(t), meta) for t in _header_lines(brief)]
    for placed in layout.sections:
        story.append(Paragraph(escape(placed.section.title), heading))
        if not placed.lines:
            story.append(Paragraph(escape(placed.section.empty), empty, bulletText="–"))
        for line in placed.lines:
            story.append(Paragraph(_line_markup(brief, line, layout.notes, size), bullet, bulletText="•"))
    if layout.notes:
        story.append(Spacer(1, size * 0.6))
        body = "  ·  ".join(f"[{n}] {escape(note_text(brief, c))}" for c, n in layout.notes.items())
        story.append(Paragraph(f"<b>Nguồn:</b> {body}", notes))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
                            topMargin=MARGIN_MM * mm, bottomMargin=MARGIN_MM * mm, title=brief.title,
                            author="Trợ lý XHHT", subject=brief.subject)
    doc.build(story)
    return buffer.getvalue()


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def fit(brief: Brief) -> tuple[Layout, bytes]:
    """The most readable layout whose PDF is one page, with that PDF."""
    last: tuple[Layout, bytes] | None = None
    for size, cap, total in CANDIDATES:
        layout = plan(brief, size, cap, total)
        pdf = render_pdf(brief, layout)
        last = (layout, pdf)
        if page_count(pdf) == 1:
            return last
    assert last is not None
    log.warning("brief %r does not fit one page even at %.1f pt", brief.title, last[0].size)
    return last


def write_pdf(brief: Brief, path: str | Path) -> Path:
    path = Path(path)
    _, pdf = fit(brief)
    path.write_bytes(pdf)
    return path


# --- DOCX -------------------------------------------------------------------------------------


def write_docx(brief: Brief, path: str | Path, layout: Layout | None = None) -> Path:
    """The same page as the PDF: A4, the same margins, sizes and lines."""
    from docx import Document
    from docx.enum.text import WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    path = Path(path)
    layout = layout or fit(brief)[0]
    size = layout.size
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Mm(MARGIN_MM)
    normal = doc.styles["Normal"]
    normal.font.name = DOCX_FONT
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), DOCX_FONT)
    normal.font.size = Pt(size)
    doc.core_properties.title = brief.title
    doc.core_properties.author = "Trợ lý XHHT"

    def paragraph(text: str = "", *, bold: bool = False, pt: float = size, before: float = 0, after: float = 0,
                  indent: float = 0, grey: bool = False):
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(round(pt * 1.22, 2))
        if indent:
            fmt.left_indent = Pt(indent)
            fmt.first_line_indent = Pt(-indent * 0.8)
        if text:
            run = p.add_run(text)
            run.bold = bold
            run.font.size = Pt(pt)
            if grey:
                run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        return p

    paragraph(brief.title, bold=True, pt=size + 5, after=2)
    for t in _header_lines(brief):
        paragraph(t, pt=size - 1, grey=True)
    for placed in layout.sections:
        paragraph(placed.section.title, bold=True, pt=size + 1, before=size * 0.6, after=1)
        if not placed.lines:
            paragraph(f"–  {placed.section.empty}", indent=size * 1.2, grey=True)
        for line in placed.lines:
            p = paragraph(indent=size * 1.2)
            p.add_run("•  ").font.size = Pt(size)
            tag = brief.tag(line.doc_id) if line.doc_id else ""
            if tag:
                r = p.add_run(f"[{tag}] ")
                r.bold, r.font.size = True, Pt(size)
            p.add_run(line.text).font.size = Pt(size)
            refs = _refs(line, layout.notes)
            if refs:
                r = p.add_run(f"[{refs}]")
                r.font.superscript, r.font.size = True, Pt(max(5.0, size - 3))
    if layout.notes:
        p = paragraph(pt=layout.note_size, before=size * 0.6)
        r = p.add_run("Nguồn: ")
        r.bold, r.font.size = True, Pt(layout.note_size)
        body = "  ·  ".join(f"[{n}] {note_text(brief, c)}" for c, n in layout.notes.items())
        p.add_run(body).font.size = Pt(layout.note_size)
    doc.save(str(path))
    return path


def export_brief(brief: Brief, path: str | Path) -> Path:
    """Write the brief as .pdf or .docx, by the file's suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return write_pdf(brief, path)
    if suffix == ".docx":
        return write_docx(brief, path)
    raise ExportError(f"Chỉ xuất được tệp .docx hoặc .pdf (nhận “{path.name}”).")
