"""Tables typed with spaces or tabs become pipe rows that keep their column headers."""

from __future__ import annotations

from index.clean import clean_text
from index.text_tables import join_wrapped_pipe_headers, pipe_text_tables

SPACED = """Chỉ tiêu giao cho các xã:
STT  Xã              Gia đình     Dòng họ
                     học tập      học tập
1    Tam Cường       71%          64%
2    Liên Am         69%          61%
     Cộng            70%          62%
Ghi chú: tính trên tổng số hộ.""".split("\n")


def test_a_spaced_table_becomes_rows_and_its_wrapped_header_one_row() -> None:
    out = pipe_text_tables(SPACED)
    assert out[0] == "Chỉ tiêu giao cho các xã:" and out[-1] == "Ghi chú: tính trên tổng số hộ."
    assert out[1] == "STT | Xã | Gia đình học tập | Dòng họ học tập"
    assert out[2] == "1 | Tam Cường | 71% | 64%"
    assert out[4] == "… | Cộng | 70% | 62%"  # a totals row keeps its columns


def test_a_header_whose_second_line_names_years_and_units_is_one_row() -> None:
    lines = ["TT  Nội dung                    Chỉ tiêu   Kết quả    Tỷ lệ",
             "                                năm 2024   6 tháng    (%)",
             "1   Hộ đăng ký Gia đình học tập  31.000     29.870     96,4",
             "2   Dòng họ đăng ký              140        96         68,6",
             "3   Ấp đăng ký                   90         81         90,0"]
    out = pipe_text_tables(lines)
    assert out[0] == "TT | Nội dung | Chỉ tiêu năm 2024 | Kết quả 6 tháng | Tỷ lệ (%)"
    assert out[1] == "1 | Hộ đăng ký Gia đình học tập | 31.000 | 29.870 | 96,4" and len(out) == 4


def test_a_word_export_with_tabs_and_empty_lines_between_rows() -> None:
    lines = ["STT\tNội dung\tNăm 2025\tĐến năm 2030", "", "1\tGia đình học tập\t78%\t85%", "",
             "2\tDòng họ học tập\t65%\t75%", "", "Sau bảng là đoạn văn."]
    assert pipe_text_tables(lines) == ["STT | Nội dung | Năm 2025 | Đến năm 2030", "1 | Gia đình học tập | 78% | 85%",
                                       "2 | Dòng họ học tập | 65% | 75%", "", "Sau bảng là đoạn văn."]


def test_two_column_layouts_and_short_runs_are_not_tables() -> None:
    header = ["ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "HUYỆN VĨNH BẢO             Độc lập - Tự do - Hạnh phúc"]
    assert pipe_text_tables(header) == header
    two_rows = ["A  B  C", "1  2  3"]
    assert pipe_text_tables(two_rows) == two_rows


def test_cleaned_rows_are_table_rows() -> None:
    paragraphs = clean_text("\n".join(SPACED))
    assert "1 | Tam Cường | 71% | 64%" in paragraphs and "2 | Liên Am | 69% | 61%" in paragraphs


PIPED = """Chỉ tiêu đối với các huyện:

   Đơn vị            | Gia đình   | Dòng họ
                     | học tập    | học tập
   ------------------+------------+---------
   Huyện Quan Sơn    |    65%     |   55%
   Huyện Nga Sơn     |    81%     |   75%""".split("\n")


def test_a_typed_pipe_table_joins_its_wrapped_header_and_drops_its_rule() -> None:
    paragraphs = clean_text("\n".join(PIPED))
    assert paragraphs[1:] == ["Đơn vị | Gia đình học tập | Dòng họ học tập", "Huyện Quan Sơn | 65% | 55%",
                              "Huyện Nga Sơn | 81% | 75%"]


def test_a_markdown_table_keeps_its_one_line_header() -> None:
    lines = ["| STT | Nội dung |", "|---|---|", "| 1 | Báo cáo |"]
    assert join_wrapped_pipe_headers(lines) == lines


def test_a_first_cell_merged_down_its_group_names_each_row() -> None:
    rows = clean_text("""| Tiêu chí | Chỉ số | Điểm |
|---|---|---|
| **Tiêu chí 1. Lãnh đạo (20 điểm)** | 1.1. Có kế hoạch | 10 |
| | 1.2. Chi hội hoạt động thường xuyên | 10 |
| STT | Nội dung | Kinh phí |
|---|---|---|
| 6 | Văn phòng Hội | 30 |
| | Tổng cộng | 404 |""")
    assert rows[2] == "Tiêu chí 1. Lãnh đạo (20 điểm) | 1.2. Chi hội hoạt động thường xuyên | 10"
    # a row's own number is no group, and a total row is no member of the group above it
    assert rows[-1] == "… | Tổng cộng | 404"
