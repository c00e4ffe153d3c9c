"""evals.convert --styled: a Markdown file as typed in Word, its pipe rows a ruled table the DOCX loader reads."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from evals.convert import paragraphs, to_docx
from index.loaders import load_file

SOURCE = """## 4. Lịch thực hiện
**Các đơn vị** gửi báo cáo theo lịch sau:
| TT | Nội dung | Thời hạn |
|---|---|---|
| 1 | Gửi số liệu | Chậm nhất ngày 20/11/2024 |
| 2 | Gửi báo cáo năm | Trước ngày 05/12/2024 |
Trên đây là lịch thực hiện.
"""


def test_styled_docx_has_heading_styles_and_a_ruled_table(tmp_path: Path) -> None:
    dest = tmp_path / "lich.docx"
    to_docx(paragraphs(SOURCE), dest, styled=True)
    doc = Document(str(dest))
    assert [p.style.name for p in doc.paragraphs][:1] == ["Heading 2"]
    assert doc.paragraphs[1].text == "Các đơn vị gửi báo cáo theo lịch sau:"
    (table,) = doc.tables
    assert [cell.text for cell in table.rows[2].cells] == ["2", "Gửi báo cáo năm", "Trước ngày 05/12/2024"]
    assert "1 | Gửi số liệu | Chậm nhất ngày 20/11/2024" in load_file(dest).text.splitlines()


def test_plain_docx_keeps_each_source_line_as_a_paragraph(tmp_path: Path) -> None:
    dest = tmp_path / "lich.docx"
    to_docx(paragraphs(SOURCE), dest)
    doc = Document(str(dest))
    assert not doc.tables
    assert doc.paragraphs[2].text == "| TT | Nội dung | Thời hạn |"
