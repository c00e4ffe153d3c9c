"""The text a reader sees in a Word body, as lines the cleaner reads.

python-docx's ``Paragraph.text`` reads only a paragraph's own runs and hyperlinks, and its body iteration only
paragraphs and tables. Word files carry text in more places: a draft's tracked insertions (``w:ins``), content
controls of a template (``w:sdt``, around a paragraph or inside one), smart tags and simple fields (a date, a
place), custom XML, text boxes and tables nested in a cell. All of it is read here; deleted and moved-away text
(``w:del``, ``w:moveFrom``) and a table of contents, which repeats the headings with page numbers, are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from .docx_numbering import NumberingState

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# a run below one of these is not read as part of the paragraph: removed text, the VML copy Word keeps of a
# drawing for old readers, and a text box (read as lines of its own)
_NOT_READ = {f"{W}del", f"{W}moveFrom", f"{_MC}Fallback", f"{W}txbxContent"}
_TOC_STYLE = re.compile(r"^(?:toc|mục lục) ?\d", re.I)


class BodyReader:
    """Lines of one Word document's body: a paragraph per line (with its automatic number and heading marks),
    a table row per line with its cells joined by " | ", a blank line after each block of the body."""

    def __init__(self, document) -> None:
        self._document = document
        self._numbering = NumberingState.from_document(document)
        self._style_of = _paragraph_style_names(document)

    def lines(self) -> list[str]:
        lines: list[str] = []
        for block in _blocks(self._document.element.body):
            lines.extend(self._block_lines(block))
            lines.append("")
        return lines

    def _block_lines(self, block) -> list[str]:
        if block.tag == f"{W}tbl":
            return [self._row_line(row) for row in Table(block, self._document).rows]
        style = self._style_of(block.style)
        if _TOC_STYLE.match(style):
            return []
        paragraph = Paragraph(block, self._document)
        runs = [Run(r, paragraph) for r in _runs(block)]
        text = "".join(run.text for run in runs)
        label = self._numbering.label(block) if text.strip() else ""
        line = f"{label} {text.lstrip()}" if label else text
        return [_marked_heading(line, style, runs), *self._text_box_lines(block)]

    def _row_line(self, row) -> str:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a cell merged across columns comes once per column it spans
                continue
            seen.add(id(cell._tc))
            value = "\n".join(_cell_lines(cell._tc, self._document)).strip()
            if value:
                cells.append(value)
        # one line per row: a bare number in a cell ("70") is data, not a page number
        return " | ".join(cells)

    def _text_box_lines(self, paragraph_element) -> list[str]:
        lines: list[str] = []
        for box in paragraph_element.iter(f"{W}txbxContent"):
            if _below(box, paragraph_element, {f"{_MC}Fallback", f"{W}txbxContent"}):
                continue
            for block in _blocks(box):
                lines.extend(line for line in self._block_lines(block) if line.strip())
        return lines


def _paragraph_style_names(document) -> Callable[[str | None], str]:
    """Style id -> name, read once: python-docx's `paragraph.style` scans every style on each call, which made
    a DOCX of many short paragraphs take minutes. Unknown ids fall back to the default style, as Word does."""
    from docx.enum.style import WD_STYLE_TYPE

    names = {s.style_id: s.name or "" for s in document.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    default_name = (default.name or "") if default is not None else ""
    return lambda style_id: names.get(style_id, default_name) if style_id is not None else default_name


def _blocks(container) -> Iterator:
    """The paragraphs and tables of a body, cell or text box, in order, through content controls and custom XML."""
    for child in container.iterchildren():
        tag = child.tag
        if tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif tag == f"{W}sdt" and not _is_table_of_contents(child):
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif tag == f"{W}customXml":
            yield from _blocks(child)


def _is_table_of_contents(sdt) -> bool:
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and "contents" in (gallery.get(f"{W}val") or "").lower()


def _runs(paragraph_element) -> list:
    """Every run a reader sees in the paragraph, in order, at any depth below it."""
    return [r for r in paragraph_element.iter(f"{W}r") if not _below(r, paragraph_element, _NOT_READ)]


def _below(element, top, tags: set[str]) -> bool:
    """Whether an element between ``element`` and ``top`` (both excluded) has one of ``tags``."""
    node = element.getparent()
    while node is not None and node is not top:
        if node.tag in tags:
            return True
        node = node.getparent()
    return False


def _cell_lines(cell_element, document) -> list[str]:
    """A cell's paragraphs as lines; a table nested in it gives one line per row, its cells joined by "; "."""
    lines: list[str] = []
    for block in _blocks(cell_element):
        if block.tag == f"{W}tbl":
            for row in Table(block, document).rows:
                cells = [c for c in ("\n".join(_cell_lines(cell._tc, document)).strip() for cell in row.cells) if c]
                lines.append("; ".join(dict.fromkeys(cells)))
        else:
            paragraph = Paragraph(block, document)
            lines.append("".join(Run(r, paragraph).text for r in _runs(block)))
    return lines


def _marked_heading(line: str, style: str, runs: list[Run]) -> str:
    """A Word heading style or an all-bold paragraph, written as Markdown marks the cleaner reads."""
    if not line.strip():
        return line
    m = re.match(r"(?:Heading|Tiêu đề)\s*(\d)", style)
    if m:
        return f"{'#' * int(m.group(1))} {line}"
    shown = [r for r in runs if r.text.strip()]
    if shown and all(r.bold for r in shown) and len(line) <= 120:
        return f"**{line.strip()}**"
    return line
