"""A line that is only a number is a page number by its form, its place next to a page break, or its run with
other page numbers; a figure a PDF wrapped onto a line of its own stays in the text (index.page_numbers)."""

from __future__ import annotations

from pathlib import Path

from evals.convert import paragraphs, to_pdf
from index.clean import clean_text
from index.loaders import load_file
from index.page_numbers import page_number_lines

REPO = Path(__file__).resolve().parents[2]


def test_a_figure_wrapped_onto_its_own_line_stays_in_the_sentence() -> None:
    raw = ("Tổng số hội viên toàn huyện đến ngày 30/11/2024 là 13.236 người, tăng\n684\nngười so với năm 2023.\n"
           "Tuần lễ học tập suốt đời được tổ chức tại\n10/10\nxã, thị trấn. Kết quả xếp loại năm 2024:\n12/15\n"
           "TTHTCĐ xếp loại Tốt.\n15/15\nxã, thị trấn đã ban hành kế hoạch.")
    text = " ".join(clean_text(raw))
    assert "tăng 684 người so với năm 2023" in text
    assert "tại 10/10 xã, thị trấn" in text
    assert "12/15 TTHTCĐ xếp loại Tốt" in text
    assert "15/15 xã, thị trấn đã ban hành" in text


def test_page_numbers_running_in_sequence_are_dropped_mid_sentence() -> None:
    raw = ("Các xã báo cáo kết quả về Ủy ban nhân dân\n2\nhuyện trước ngày 15/12.\n"
           "Hội Khuyến học xã tổng hợp danh sách gia đình\n3\nhọc tập gửi về xã.")
    text = " ".join(clean_text(raw))
    assert "Ủy ban nhân dân huyện trước ngày 15/12" in text
    assert "danh sách gia đình học tập gửi về xã" in text


def test_a_lone_small_page_number_of_a_short_export_is_still_dropped() -> None:
    raw = "Thôn Đông Dương mới được sáp\n2\nnhập năm 2023 nên chưa giao chỉ tiêu này."
    assert clean_text(raw) == ["Thôn Đông Dương mới được sáp nhập năm 2023 nên chưa giao chỉ tiêu này."]


def test_framed_numbers_and_numbers_at_a_page_break_are_page_numbers() -> None:
    lines = ["Câu thứ nhất.", "- 14 -", "Câu thứ hai.", "", "684", "", "Trang 2/4", "Câu cuối.", "12/10", "86"]
    # "- 14 -" and "Trang 2/4" by form; "684" and the last line next to a break; "12/10" is no page of ten
    assert page_number_lines(lines) == {1, 4, 6, 9}


def test_a_report_printed_to_pdf_keeps_the_figures_its_lines_end_with(tmp_path: Path) -> None:
    source = REPO / "evals" / "docs-new" / "dev18-ha-tinh_BC-HKH_2024.txt"
    made = tmp_path / "report.pdf"
    to_pdf(paragraphs(load_file(source).text), made)
    text = " ".join(clean_text(load_file(made).text))
    assert "tại 10/10 xã, thị trấn" in text
    assert "tăng 684 người so với năm 2023" in text


def test_lines_a_pdf_broke_at_the_page_width_are_joined_back() -> None:
    raw = ("Kết quả đánh giá, xếp loại năm 2024:\n12/15\nTTHTCĐ xếp loại Tốt.\n"
           "Mục 5. Trưởng thôn\nTổng hợp danh sách hộ đạt danh hiệu “Gia đình học tập” của thôn, gửi Phòng Văn hóa\n"
           "- Xã hội trước ngày 15/11 hằng năm.\n"
           "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số\n"
           "45/QĐ-UBND ngày 10 tháng 3 năm 2020 của Ủy ban nhân dân xã Cao Kỳ.\n"
           "c) 06/08 ấp đạt danh hiệu \"Cộng đồng học tập\" cấp ấp; phấn đấu công nhận mới ấp\nBào Sen.\n")
    out = clean_text(raw)
    assert "12/15 TTHTCĐ xếp loại Tốt." in out
    assert ("Tổng hợp danh sách hộ đạt danh hiệu “Gia đình học tập” của thôn, gửi Phòng Văn hóa - Xã hội trước ngày "
            "15/11 hằng năm.") in out
    assert ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 45/QĐ-UBND ngày 10 tháng 3 "
            "năm 2020 của Ủy ban nhân dân xã Cao Kỳ.") in out
    assert 'c) 06/08 ấp đạt danh hiệu "Cộng đồng học tập" cấp ấp; phấn đấu công nhận mới ấp Bào Sen.' in out


def test_a_short_heading_keeps_its_own_line() -> None:
    raw = "3. Sở Tài chính\n- Bố trí kinh phí thực hiện Kế hoạch.\n4. Kỹ năng số\n40% người dân được phổ cập kỹ năng số."
    assert clean_text(raw) == ["3. Sở Tài chính", "- Bố trí kinh phí thực hiện Kế hoạch.", "4. Kỹ năng số",
                               "40% người dân được phổ cập kỹ năng số."]
