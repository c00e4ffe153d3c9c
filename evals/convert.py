"""Turn a folder of text documents into the PDF or DOCX a user would upload, to measure the
product on the same content in another form: `python -m evals.convert SRC OUT --to pdf|docx`.

Each source line becomes a paragraph, as a word processor opens a text file. PDFs wrap long
paragraphs at the page width and print a page number at the foot of each page, so sentences
break across lines and pages as they do in real exports.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from index.loaders import load_file

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def paragraphs(text: str) -> list[str]:
    """One paragraph per source line, as a word processor opens a text file (blank lines dropped)."""
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def to_docx(paras: list[str], dest: Path) -> None:
    from docx import Document

    doc = Document()
    for p in paras:
        doc.add_paragraph(re.sub(r"\s{4,}", "\t", p.strip()))
    doc.save(str(dest))


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
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.src.iterdir()):
        if path.suffix.lower() not in (".txt", ".md"):
            continue
        paras = paragraphs(load_file(path).text)
        dest = args.out / f"{path.stem}.{args.to}"
        (to_pdf if args.to == "pdf" else to_docx)(paras, dest)
        print(dest)


if __name__ == "__main__":
    main()
