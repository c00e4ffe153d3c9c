"""A table whose column gaps a PDF lost becomes pipe rows again, and only such a table (index.collapsed_tables)."""

from __future__ import annotations

from pathlib import Path

from evals.convert import paragraphs, to_pdf
from index.clean import clean_text
from index.collapsed_tables import pipe_collapsed_tables
from index.pipeline import parse_source

SOURCE = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN LONG PHÚ                     Độc lập - Tự do - Hạnh phúc

Số: 47/KH-UBND                     Long Phú, ngày 18 tháng 3 năm 2024

KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện Long Phú năm 2024

II. CHỈ TIÊU
1. Lộ trình chỉ tiêu năm 2024 - 2025

STT   Chỉ tiêu                                      Năm 2024      Năm 2025
1     Hộ gia đình đạt "Gia đình học tập"            75%           80%
2     Dòng họ đạt "Dòng họ học tập"                 60%           65%
3     Ấp, khóm đạt "Cộng đồng học tập" cấp ấp       58/74         64/74
4     TTHTCĐ xếp loại Tốt                           8/11          10/11

2. Phân bổ lớp xóa mù chữ năm 2024

STT   Xã              Số lớp     Số học viên
1     Châu Khánh      03         70
2     Long Đức        02         45
3     Song Phụng      03         68
      Cộng            08         183

III. TỔ CHỨC THỰC HIỆN
Phòng Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân huyện trước ngày 15/12/2024.
"""


def _chunk_texts(path: Path) -> list[tuple[str, str]]:
    return [(c.section, c.text) for c in parse_source(path, path.name, 10**8)[1]]


def test_a_space_typed_table_printed_to_pdf_reads_as_its_source(tmp_path: Path) -> None:
    source = tmp_path / "long-phu_KH-UBND_2024.txt"
    source.write_text(SOURCE, encoding="utf-8")
    printed = tmp_path / "long-phu_KH-UBND_2024.pdf"
    to_pdf(paragraphs(SOURCE), printed)
    texts = " ".join(text for _, text in _chunk_texts(printed))
    assert '2 | Dòng họ đạt "Dòng họ học tập" | 60% | 65%' in texts
    assert "2 | Long Đức | 02 | 45" in texts
    assert _chunk_texts(printed) == _chunk_texts(source)


def test_a_row_wrapped_at_the_page_width_and_a_bound_before_a_figure_stay_in_their_cells() -> None:
    lines = ["TT Chỉ tiêu Năm 2026 Năm 2028 Năm 2030",
             '1 Xã, phường được xếp loại "Cộng đồng học tập" từ Khá trở lên 65% (66/102) 75%',
             "(77/102) 85% (87/102)",
             "2 TTHTCĐ xếp loại Tốt 12/25 ít nhất 15/25 18/25",
             "3 Người 15 - 60 tuổi đạt chuẩn biết chữ mức 2 96,8% 97,2% 98,0%",
             "Ghi chú: chỉ tiêu 1 tính theo Thông tư số 44/2014/TT-BGDĐT."]
    assert pipe_collapsed_tables(lines) == [
        "TT | Chỉ tiêu | Năm 2026 | Năm 2028 | Năm 2030",
        '1 | Xã, phường được xếp loại "Cộng đồng học tập" từ Khá trở lên | 65% (66/102) | 75% (77/102) | 85% (87/102)',
        "2 | TTHTCĐ xếp loại Tốt | 12/25 | ít nhất 15/25 | 18/25",
        "3 | Người 15 - 60 tuổi đạt chuẩn biết chữ mức 2 | 96,8% | 97,2% | 98,0%",
        "Ghi chú: chỉ tiêu 1 tính theo Thông tư số 44/2014/TT-BGDĐT."]


def test_the_table_ends_at_a_row_whose_cells_hold_words() -> None:
    lines = ["STT Nội dung chỉ tiêu Năm 2025 Đến năm 2030",
             '1 Hộ gia đình đạt "Gia đình học tập" 78% 85%', "2", "",
             '2 Dòng họ đạt "Dòng họ học tập" 65% 75%',
             '3 Ấp, khu phố đạt "Cộng đồng học tập" 70% 80%',
             "4 Xã, thị trấn đạt cấp xã 17/21 xã, 21/21 xã,"]
    assert pipe_collapsed_tables(lines) == [
        "STT | Nội dung chỉ tiêu | Năm 2025 | Đến năm 2030",
        '1 | Hộ gia đình đạt "Gia đình học tập" | 78% | 85%',
        '2 | Dòng họ đạt "Dòng họ học tập" | 65% | 75%',
        '3 | Ấp, khu phố đạt "Cộng đồng học tập" | 70% | 80%',
        "4 Xã, thị trấn đạt cấp xã 17/21 xã, 21/21 xã,"]


def test_lines_that_are_no_such_table_stay_as_they_are() -> None:
    numbered_list = ["TT Nhiệm vụ", "1 Phát triển mới 650 hội viên", "2 Vận động Quỹ đạt 920 triệu đồng",
                     "3 Mở 06 lớp xóa mù chữ"]
    too_few_rows = ["STT Xã Số lớp Số học viên", "1 Châu Khánh 03 70", "2 Long Đức 02 45"]
    out_of_turn = ["STT Xã Số lớp Số học viên", "1 Châu Khánh 03 70", "3 Long Đức 02 45", "4 Song Phụng 03 68"]
    header_unsplit = ["STT xã số lớp số học viên", "1 Châu Khánh 03 70", "2 Long Đức 02 45", "3 Song Phụng 03 68"]
    for lines in (numbered_list, too_few_rows, out_of_turn, header_unsplit):
        assert pipe_collapsed_tables(lines) == lines


def test_a_header_second_line_in_lower_case_is_left_out_and_the_total_row_joins() -> None:
    raw = ("STT Huyện Gia đình Dòng họ Cộng đồng học tập\nhọc tập học tập cấp thôn\n1 Tràng Định 1.246 18 22\n"
           "2 Văn Lãng 985 12 17\n3 Văn Quan 1.102 15 19\nTổng cộng 3.333 45 58\n")
    assert clean_text(raw) == ["STT | Huyện | Gia đình | Dòng họ | Cộng đồng học tập",
                               "1 | Tràng Định | 1.246 | 18 | 22", "2 | Văn Lãng | 985 | 12 | 17",
                               "3 | Văn Quan | 1.102 | 15 | 19", "… | Tổng cộng | 3.333 | 45 | 58"]
