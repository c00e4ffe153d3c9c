"""Turn a folder of text documents into the PDF or DOCX a user would upload, to measure the
product on the same content in another form: `python -m evals.convert SRC OUT --to pdf|docx`.

Each source line becomes a paragraph, as a word processor opens a text file. PDFs wrap long
paragraphs at the page width and print a page number at the foot of each page, so sentences
break across lines and pages as they do in real exports.

`--to docx --styled` writes the document as someone would type it in Word: Markdown headings take
heading styles, bold marks are dropped, and pipe rows ("TT | Nội dung | Thời hạn") become a ruled
table. LibreOffice then prints those to the PDF an office exports (`soffice --headless --convert-to
pdf --outdir OUT/pdf OUT/*.docx`), whose tables pypdf alone reads cell by cell.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from index.loaders import load_file
from index.text_tables import pipe_cells

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def paragraphs(text: str) -> list[str]:
    """One paragraph per source line, as a word processor opens a text file (blank lines dropped)."""
    return [line.rstrip() for line in text.splitlines() if line.strip()]


_RULE_ROW = re.compile(r"^[\s\-:|]+$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def _cells(line: str) -> list[str]:
    return [cell.replace("**", "") for cell in pipe_cells(line, outer=True)]


def _is_row(line: str) -> bool:
    return "|" in line and len(_cells(line)) >= 2 and not _RULE_ROW.match(line)


def styled_blocks(paras: list[str]) -> list[tuple[str, object]]:
    """("table", rows) for each run of two or more pipe rows (rule rows dropped), ("heading", (level, text))
    for a Markdown heading, ("paragraph", text) for the rest, bold marks dropped."""
    blocks: list[tuple[str, object]] = []
    i = 0
    while i < len(paras):
        if _is_row(paras[i]) and i + 1 < len(paras) and (_is_row(paras[i + 1]) or _RULE_ROW.match(paras[i + 1])):
            rows = []
            while i < len(paras) and (_is_row(paras[i]) or ("|" in paras[i] and _RULE_ROW.match(paras[i]))):
                if _is_row(paras[i]):
                    rows.append(_cells(paras[i]))
                i += 1
            blocks.append(("table", rows))
            continue
        heading = _HEADING.match(paras[i])
        if heading:
            blocks.append(("heading", (min(len(heading.group(1)), 3), heading.group(2).replace("**", ""))))
        else:
            blocks.append(("paragraph", paras[i].replace("**", "")))
        i += 1
    return blocks


def to_docx(paras: list[str], dest: Path, *, styled: bool = False) -> None:
    from docx import Document

    doc = Document()
    (_write_styled if styled else _write_plain)(doc, paras)
    doc.save(str(dest))


def _write_plain(doc, paras: list[str]) -> None:
    for p in paras:
        doc.add_paragraph(re.sub(r"\s{4,}", "\t", p.strip()))


def _write_styled(doc, paras: list[str]) -> None:
    for kind, value in styled_blocks(paras):
        if kind == "table":
            width = max(len(row) for row in value)
            table = doc.add_table(rows=len(value), cols=width)
            table.style = "Table Grid"
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif kind == "heading":
            doc.add_heading(value[1], level=value[0])
        else:
            doc.add_paragraph(value)


def to_pdf(paras: list[str], dest: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    width, height = A4
    margin, size, leading = 56, 11, 15
    c = canvas.Canvas(str(dest), pagesize=A4, invariant=1)
    page = 1
    y = height - margin

    def new_page() -> None:
        nonlocal page, y
        c.setFont("DejaVu", 9)
        c.drawCentredString(width / 2, margin / 2, str(page))
        c.showPage()
        page += 1
        y = height - margin

    for para in paras:
        words = para.strip().split()
        line = ""
        lines: list[str] = []
        for word in words:
            trial = f"{line} {word}".strip()
            if pdfmetrics.stringWidth(trial, "DejaVu", size) > width - 2 * margin and line:
                lines.append(line)
                line = word
            else:
                line = trial
        if line:
            lines.append(line)
        for text in lines:
            if y < margin + leading:
                new_page()
            c.setFont("DejaVu", size)
            c.drawString(margin, y, text)
            y -= leading
        y -= 4
    new_page()
    c.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--to", choices=("pdf", "docx"), required=True)
    parser.add_argument("--styled", action="store_true", help="DOCX as typed in Word: heading styles, ruled tables")
    args = parser.parse_args()
    if args.styled and args.to != "docx":
        parser.error("--styled writes DOCX only (print it to PDF with LibreOffice)")
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.src.iterdir()):
        if path.suffix.lower() not in (".txt", ".md"):
            continue
        paras = paragraphs(load_file(path).text)
        dest = args.out / f"{path.stem}.{args.to}"
        if args.to == "pdf":
            to_pdf(paras, dest)
        else:
            to_docx(paras, dest, styled=args.styled)
        print(dest)


if __name__ == "__main__":
    main()
