"""Lines a PDF printer broke at the page width inside Markdown marks are joined back (index.wrapped), and a
Markdown document printed to PDF or saved as DOCX reads like its source (real files made by evals.convert)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.convert import paragraphs, to_docx, to_pdf
from index.loaders import load_file
from index.pipeline import parse_source
from index.wrapped import join_wrapped_lines

REPO = Path(__file__).resolve().parents[2]
DOCS_NEW = REPO / "evals" / "docs-new"


def test_a_header_row_broken_inside_a_bold_cell_is_one_row() -> None:
    lines = ["| UBND TỈNH THÁI NGUYÊN<br>**SỞ GIÁO DỤC VÀ ĐÀO TẠO** | **CỘNG HÒA XÃ HỘI",
             "CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |", "|---|---|"]
    assert join_wrapped_lines(lines) == [
        "| UBND TỈNH THÁI NGUYÊN<br>**SỞ GIÁO DỤC VÀ ĐÀO TẠO** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
        "**Độc lập - Tự do - Hạnh phúc** |", "|---|---|"]


def test_a_row_broken_at_a_cell_end_takes_as_many_cells_as_its_rule() -> None:
    lines = ["| TT | Đơn vị | Nội dung còn thiếu | Ghi chú |", "|---|---|---|---|",
             "| 1 | Phòng GD&ĐT huyện Cẩm Giàng | Báo cáo bằng văn bản |", "Chưa gửi |",
             "| 4 | Phòng GD&ĐT huyện Ninh Giang | Biểu số 02 (kết quả đánh giá)", "| Đã gửi nhưng thiếu biểu |",
             "| 5 | Phòng GD&ĐT huyện Nam Sách | Biểu số 01 | Gửi lại |"]
    assert join_wrapped_lines(lines)[2:] == [
        "| 1 | Phòng GD&ĐT huyện Cẩm Giàng | Báo cáo bằng văn bản | Chưa gửi |",
        "| 4 | Phòng GD&ĐT huyện Ninh Giang | Biểu số 02 (kết quả đánh giá) | Đã gửi nhưng thiếu biểu |",
        "| 5 | Phòng GD&ĐT huyện Nam Sách | Biểu số 01 | Gửi lại |"]


def test_a_row_broken_across_two_pages_leaves_the_page_number_out() -> None:
    lines = ["| TT | Thời gian | Hoạt động | Địa điểm |", "|---|---|---|---|",
             '| 3 | 14 giờ 00 ngày 03/10/2024 | Hội thi "Kỹ năng số cho người dân" (mỗi xã, thị trấn', "1", "", "",
             "01 đội, 03 thành viên) | Hội trường Trung tâm GDNN-GDTX huyện |", "| 4 | Ngày 04/10/2024 | Tập huấn | Các xã |"]
    assert join_wrapped_lines(lines)[2:] == [
        '| 3 | 14 giờ 00 ngày 03/10/2024 | Hội thi "Kỹ năng số cho người dân" (mỗi xã, thị trấn 01 đội, 03 thành '
        'viên) | Hội trường Trung tâm GDNN-GDTX huyện |', "| 4 | Ngày 04/10/2024 | Tập huấn | Các xã |"]


def test_a_table_without_a_rule_takes_the_width_of_its_whole_rows() -> None:
    lines = ["| TT | Chỉ tiêu | Năm 2025 | Năm 2026 | Năm 2030 |",
             "| 1 | Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình học tập\" | 68% | 72% | 82% |",
             "| 2 | Tỷ lệ thôn đạt danh hiệu \"Cộng đồng học tập\" | 61% | 66% |", "80% |",
             "| 3 | Tỷ lệ cơ quan, đơn vị đạt danh hiệu \"Đơn vị học tập\" | 74% | 80% | 92% |"]
    assert join_wrapped_lines(lines)[2] == "| 2 | Tỷ lệ thôn đạt danh hiệu \"Cộng đồng học tập\" | 61% | 66% | 80% |"


def test_a_signature_row_whose_first_cell_ends_a_line_goes_on_to_the_signer() -> None:
    lines = ["| ***Nơi nhận:***<br>- Như trên;<br>- UBND các huyện,", "thị xã (p/h chỉ đạo);<br>- Lưu: VT. |",
             "**KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br>**Trần Thị", "Bích Ngọc** |", "|---|---|", "2"]
    assert join_wrapped_lines(lines)[0] == (
        "| ***Nơi nhận:***<br>- Như trên;<br>- UBND các huyện, thị xã (p/h chỉ đạo);<br>- Lưu: VT. | "
        "**KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br>**Trần Thị Bích Ngọc** |")


def test_a_row_closed_by_a_lone_pipe_and_a_broken_rule() -> None:
    lines = ["| TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN | TM. BAN THƯỜNG VỤ HỘI KHUYẾN HỌC HUYỆN", "|", "|---|---|",
             "| STT | Biểu mẫu | Nội dung | Thời hạn |", "|---|---|---|-", "--|"]
    assert join_wrapped_lines(lines) == [
        "| TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN | TM. BAN THƯỜNG VỤ HỘI KHUYẾN HỌC HUYỆN |", "|---|---|",
        "| STT | Biểu mẫu | Nội dung | Thời hạn |", "|---|---|---|---|"]


def test_headings_and_bold_spans_broken_at_the_page_edge() -> None:
    lines = ["# HƯỚNG DẪN", "## Đánh giá, công nhận danh hiệu \"Công dân học tập\" trên địa bàn huyện Bảo Yên",
             "năm 2025", "## Đánh giá, công nhận \"Cộng đồng học tập\" cấp xã năm 2024 trên địa bàn huyện",
             "Than Uyên", "**Nguyễn Thị Kim", "Loan**"]
    assert join_wrapped_lines(lines) == [
        "# HƯỚNG DẪN", "## Đánh giá, công nhận danh hiệu \"Công dân học tập\" trên địa bàn huyện Bảo Yên năm 2025",
        "## Đánh giá, công nhận \"Cộng đồng học tập\" cấp xã năm 2024 trên địa bàn huyện Than Uyên",
        "**Nguyễn Thị Kim Loan**"]


@pytest.mark.parametrize("lines", [
    ["| a | b", "| c | d |"],  # Markdown lets a row leave its last pipe out: the next row is no rest of it
    ["| STT | Nội dung |", "|---|---|", "| 1 | Tuyên truyền |", "Sau bảng là một đoạn văn."],
    ["| STT | Nội dung |", "|---|---|", "| 1 | Tuyên truyền", "", "2", "", "Sau bảng là một đoạn văn."],
    ["## 1. Mục đích", "a) Nâng cao nhận thức của người dân."],  # an item under a heading
    ["## Tổ chức thực hiện các nhiệm vụ của Trung tâm học tập cộng đồng năm 2025",
     "Trung tâm học tập cộng đồng xã tổ chức các lớp chuyên đề theo nhu cầu của người dân trong năm 2025."],
    ["**Lưu ý** các đơn vị", "gửi đúng hạn"],  # bold closed on its own line
])
def test_lines_that_are_whole_stay_apart(lines: list[str]) -> None:
    assert join_wrapped_lines(lines) == lines


FIELDS = ("number", "kind", "issuer", "level", "locality", "date", "title", "signer", "signer_title")
MARKDOWN_LETTERS = ["dev4-thai-nguyen_CV-SGDDT_2025.md", "dev9-ninh-binh_CV-SGDDT_2025.md",
                    "dev24-quang-ngai_CV-SGDDT_2024.md", "dev33-lao-cai_HD-UBND_2025.md",
                    "dev32-nghe-an_KHLT-HKH_2024.md", "dev41-hai-duong_CV-SGDDT_2025.md"]


@pytest.mark.parametrize("form", ["pdf", "docx"])
@pytest.mark.parametrize("name", MARKDOWN_LETTERS)
def test_a_markdown_document_printed_or_saved_in_word_reads_like_its_source(tmp_path: Path, name: str,
                                                                             form: str) -> None:
    source = DOCS_NEW / name
    made = tmp_path / f"{source.stem}.{form}"
    (to_pdf if form == "pdf" else to_docx)(paragraphs(load_file(source).text), made)
    original, original_chunks = parse_source(source, source.name, 10**8)
    printed, printed_chunks = parse_source(made, made.name, 10**8)
    assert [[getattr(m, f) for f in FIELDS] for m in printed] == [[getattr(m, f) for f in FIELDS] for m in original]
    # the words of every cell and sentence keep their order: no row or line is cut apart
    original_pairs = _word_pairs(original_chunks)
    assert len(original_pairs & _word_pairs(printed_chunks)) >= 0.995 * len(original_pairs)


def _word_pairs(chunks) -> set[tuple[str, str]]:
    return {pair for c in chunks for words in [c.text.split()] for pair in zip(words, words[1:], strict=False)}
