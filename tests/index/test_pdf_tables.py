"""Ruled tables in a PDF come out one row per line with their cells joined by " | ", as DOCX tables do."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.clean import clean_text
from index.loaders import load_file
from index.pdf_tables import find_tables, splice_tables

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
COLUMNS = (30, 150, 140, 120)
HEADER = [["TT"], ["Nội dung công việc"], ["Đơn vị thực hiện"], ["Thời hạn"]]
ROW_1 = [["1"], ["Gửi số liệu xóa mù chữ,", "phổ cập giáo dục (Phụ", "lục 2)"], ["Phòng GD&ĐT các", "huyện, thành phố"],
         ["Chậm nhất ngày", "20/11/2024"]]
ROW_2 = [["2"], ["Hoàn thành đánh giá,", "xếp loại TTHTCĐ"], ["Phòng GD&ĐT (Phòng", "GDTrH-", "GDTX)"],
         ["Trước ngày", "30/11/2024"]]
ROW_3 = [["3"], ["Gửi báo cáo kết quả", "năm 2024"], ["UBND các huyện,", "thành phố, email", "xhht.pgdchus", "e@gialai.edu", ".vn"],
         ["Chậm nhất ngày", "05/12/2024"]]
BODY = "Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện lịch sau đây."
CLOSING = "Sở GD&ĐT đề nghị các đơn vị triển khai thực hiện./."


def _canvas(path: Path):
    if not FONT.exists():
        pytest.skip(f"{FONT} is missing (Debian package fonts-dejavu-core): cannot draw Vietnamese PDFs")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    c = canvas.Canvas(str(path))
    c.setFont("DejaVuSans", 10)
    return c


def _draw_rows(c, top: float, rows: list[list[list[str]]]) -> float:
    """Draw *rows* (cells of wrapped lines) as a ruled table, cell after cell as an office suite does;
    return the y of its bottom rule."""
    lead = 13
    x_edges = [60.0]
    for width in COLUMNS:
        x_edges.append(x_edges[-1] + width)
    y = top
    rules = [y]
    for row in rows:
        height = lead * max(len(cell) for cell in row) + 6
        for x, cell in zip(x_edges[:-1], row, strict=True):
            for i, line in enumerate(cell):
                c.drawString(x + 3, y - lead * (i + 1), line)
        y -= height
        rules.append(y)
    for ry in rules:
        c.line(x_edges[0], ry, x_edges[-1], ry)
    for x in x_edges:
        c.line(x, top, x, y)
    return y


def _table_pdf(path: Path, pages: list[list[list[list[str]]]], *, before: int = 3) -> Path:
    c = _canvas(path)
    for number, rows in enumerate(pages):
        c.setFont("DejaVuSans", 10)
        y = 800.0
        if number == 0:
            for _ in range(before):
                c.drawString(60, y, BODY)
                y -= 16
        bottom = _draw_rows(c, y - 8, rows)
        if number == len(pages) - 1:
            c.drawString(60, bottom - 20, CLOSING)
        c.showPage()
    c.save()
    return path


def _rows_of(path: Path) -> list[str]:
    return [line for line in clean_text(load_file(path).text) if " | " in line]


def test_a_ruled_table_comes_out_one_row_per_line_with_its_columns(tmp_path: Path) -> None:
    pdf = _table_pdf(tmp_path / "cong-van.pdf", [[HEADER, ROW_1, ROW_2, ROW_3]])
    assert _rows_of(pdf) == [
        "TT | Nội dung công việc | Đơn vị thực hiện | Thời hạn",
        "1 | Gửi số liệu xóa mù chữ, phổ cập giáo dục (Phụ lục 2) | Phòng GD&ĐT các huyện, thành phố"
        " | Chậm nhất ngày 20/11/2024",
        "2 | Hoàn thành đánh giá, xếp loại TTHTCĐ | Phòng GD&ĐT (Phòng GDTrH-GDTX) | Trước ngày 30/11/2024",
        "3 | Gửi báo cáo kết quả năm 2024 | UBND các huyện, thành phố, email xhht.pgdchuse@gialai.edu.vn"
        " | Chậm nhất ngày 05/12/2024",  # an address the narrow cell broke is whole again
    ]
    text = load_file(pdf).text
    assert text.index(BODY) < text.index("TT | Nội dung") < text.index(CLOSING)
    assert "20/11/2024\nPhòng" not in text  # no cell left over from pypdf's reading


def test_a_row_a_page_break_cut_is_joined_and_a_repeated_header_dropped(tmp_path: Path) -> None:
    first = [["1"], ["Gửi số liệu xóa mù chữ,", "phổ cập giáo dục (Phụ"], ["Phòng GD&ĐT các"], ["Chậm nhất ngày"]]
    rest = [[], ["lục 2)"], ["huyện, thành phố"], ["20/11/2024"]]
    pdf = _table_pdf(tmp_path / "hai-trang.pdf", [[HEADER, first], [HEADER, rest, ROW_2]], before=40)
    assert len(find_tables(pdf)) == 2
    assert _rows_of(pdf) == [
        "TT | Nội dung công việc | Đơn vị thực hiện | Thời hạn",
        "1 | Gửi số liệu xóa mù chữ, phổ cập giáo dục (Phụ lục 2) | Phòng GD&ĐT các huyện, thành phố"
        " | Chậm nhất ngày 20/11/2024",
        "2 | Hoàn thành đánh giá, xếp loại TTHTCĐ | Phòng GD&ĐT (Phòng GDTrH-GDTX) | Trước ngày 30/11/2024",
    ]


def test_a_table_whose_words_pypdf_does_not_hold_leaves_the_page_as_it_was(tmp_path: Path) -> None:
    pdf = _table_pdf(tmp_path / "bang.pdf", [[HEADER, ROW_1, ROW_2]])
    tables = find_tables(pdf)
    assert len(tables) == 1
    page = "Một trang khác hẳn, không có chữ nào của bảng.\nTT Nội dung"
    assert splice_tables([page], tables) == [page]


def test_a_file_pdfplumber_cannot_open_has_no_tables(tmp_path: Path) -> None:
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"%PDF-1.4\n not really a pdf")
    assert find_tables(broken) == []
