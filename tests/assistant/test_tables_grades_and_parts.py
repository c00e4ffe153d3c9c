"""A Markdown heading numbered "1." heads the plain "1.", "2." items below it; a table answers by its cells (a
column saying "Chưa giao" says no, a header quoting a title still names what it counts, every row when its ends
are asked, each form the question names); two grades compared "về điểm" give their points; "so sánh A và B"
shows both; a part a report's title repeats is still that part; a deadline of a guidance on another title and the
day the year's figures count to answer no question about another title or the half-year report."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

LETTER = """| UBND TỈNH NAM LÂM<br>**SỞ GIÁO DỤC VÀ ĐÀO TẠO** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số: 519/SGDĐT-GDTX<br>V/v hướng dẫn chế độ báo cáo xây dựng xã hội học tập năm 2025 | *Nam Lâm, ngày 10 tháng 3 năm 2025* |

**Kính gửi:** Phòng Giáo dục và Đào tạo các huyện, thành phố.

## 1. Yêu cầu chung

1. Phòng GD&ĐT tham mưu UBND cấp huyện ban hành kế hoạch xây dựng xã hội học tập năm 2025.
2. Chỉ đạo 100% trung tâm học tập cộng đồng tự đánh giá; ít nhất 55% trung tâm được xếp loại Tốt.
3. Duy trì sĩ số các lớp xóa mù chữ, bảo đảm tỷ lệ học viên hoàn thành chương trình từ 90% trở lên.

## 2. Chế độ báo cáo

| TT | Nội dung báo cáo | Thời hạn | Hình thức gửi |
|---|---|---|---|
| 1 | Số liệu phổ cập giáo dục, xóa mù chữ (Biểu 01) | Chậm nhất ngày 25/4/2025 | Cập nhật trên phần mềm Phổ cập giáo dục |
| 2 | Kết quả tự đánh giá trung tâm học tập cộng đồng (Biểu 02) | Trước ngày 20/5/2025 | Thư điện tử gdtx@namlam.edu.vn |
| 3 | Số liệu học viên học tin học, ngoại ngữ (Biểu 03) | Trước ngày 05/6/2025 | Thư điện tử gdtx@namlam.edu.vn |
| 4 | Báo cáo sơ kết 6 tháng đầu năm 2025 | Trước ngày 12/6/2025 | Hệ thống quản lý văn bản và điều hành |
| 5 | Báo cáo tổng kết năm 2025 | Trước ngày 20/11/2025 | Hệ thống quản lý văn bản và điều hành |

## 3. Một số lưu ý

Biểu 01, Biểu 02, Biểu 03 được đăng tải trên Trang thông tin điện tử của Sở.

| **Nơi nhận:**<br>- Như Kính gửi;<br>- Lưu: VT. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br>**Đinh Công Luận** |
|---|---|
"""

PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ ĐĂK NAM                                      Độc lập - Tự do - Hạnh phúc
Số: 23/KH-UBND                             Đăk Nam, ngày 14 tháng 02 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn xã Đăk Nam năm 2025
I. CHỈ TIÊU GIAO CHO TỪNG THÔN
| TT | Thôn | Tổng số hộ | Chỉ tiêu hộ "Gia đình học tập" | "Cộng đồng học tập" cấp thôn |
|---|---|---|---|---|
| 1 | Pêng Xô | 168 | 101 | Đạt |
| 2 | Nú Kia | 98 | 49 | Chưa giao |
II. CHẾ ĐỘ BÁO CÁO
1. UBND xã tổng hợp, báo cáo UBND huyện trước ngày 15/6 đối với báo cáo sơ kết 6 tháng và trước ngày 15/12 đối với báo cáo năm.
2. Số liệu báo cáo năm tính đến ngày 30/11/2025.
Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
- UBND huyện;                                     CHỦ TỊCH
- Lưu: VT.                                        A Thuấn
"""

REPORT = """| **ỦY BAN NHÂN DÂN**<br>**HUYỆN SƠN LÂM** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số: 142/BC-UBND | *Sơn Lâm, ngày 18 tháng 6 năm 2025* |

# BÁO CÁO

## Kết quả xây dựng xã hội học tập 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025

## I. KẾT QUẢ CÁC CHỈ TIÊU

| TT | Chỉ tiêu | Kế hoạch năm 2025 | Kết quả đến ngày 10/6/2025 | Tỷ lệ so với kế hoạch (%) |
|---|---|---|---|---|
| 1 | Số chuyên đề do trung tâm tổ chức | 420 | 236 | 56,2 |
| 2 | Hộ đăng ký "Gia đình học tập" | 9.800 | 10.214 | 104,2 |
| 3 | Lớp xóa mù chữ mở mới | 12 | 9 | 75,0 |
| 4 | Cán bộ cấp xã được bồi dưỡng kỹ năng số | 320 | 144 | 45,0 |

## II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025

1. Mở 03 lớp xóa mù chữ còn lại, hoàn thành trước ngày 30/9/2025.
2. Hoàn thành bồi dưỡng kỹ năng số cho 176 cán bộ cấp xã còn lại trong quý III/2025.
3. Đánh giá, xếp loại trung tâm học tập cộng đồng năm 2025 theo Thông tư số 44/2014/TT-BGDĐT.

## III. KIẾN NGHỊ, ĐỀ XUẤT

1. Đối với Ủy ban nhân dân tỉnh: bổ sung 450.000.000 đồng kinh phí cho công tác xóa mù chữ.
2. Đối với Sở Giáo dục và Đào tạo: tổ chức tập huấn chuyển đổi số cho cán bộ quản lý trung tâm.

| **Nơi nhận:**<br>- UBND tỉnh;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br>**Trần Đình Khải** |
|---|---|
"""

GUIDANCE = """HỘI KHUYẾN HỌC TỈNH NAM LÂM               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC HUYỆN THUẬN LÂM                 Độc lập - Tự do - Hạnh phúc
Số: 13/HD-HKH                              Thuận Lâm, ngày 03 tháng 3 năm 2025
HƯỚNG DẪN
Đánh giá, công nhận danh hiệu "Dòng họ học tập" năm 2025
I. XẾP LOẠI
- Loại Xuất sắc: đạt từ 90 điểm trở lên.
- Loại Khá: đạt từ 75 đến dưới 90 điểm.
- Loại Đạt: đạt từ 60 đến dưới 75 điểm.
II. TIÊU CHÍ
| TT | Tiêu chí | Điểm tối đa |
|---|---|---|
| 1 | Quy ước khuyến học của dòng họ | 40 |
| 2 | Kết quả học tập của con cháu | 60 |
Tiêu chí 2 (60 điểm) gồm: 100% trẻ em trong độ tuổi đi học được đến trường (30 điểm); có con cháu đạt học sinh giỏi cấp huyện trở lên (30 điểm).
III. QUY TRÌNH
Bước 1. Dòng họ tự chấm điểm, gửi chi hội khuyến học trước ngày 15/10/2025.
Bước 2. Hội Khuyến học xã gửi hồ sơ đề nghị biểu dương về Hội Khuyến học huyện trước ngày 15/11/2025.
IV. HỒ SƠ ĐỀ NGHỊ BIỂU DƯƠNG GỬI HỘI KHUYẾN HỌC HUYỆN THUẬN LÂM
1. Tờ trình của Hội Khuyến học xã.
2. Biên bản họp xét của Hội Khuyến học xã.
3. Bảng tự chấm điểm của dòng họ.
Nơi nhận:                                      TM. BAN THƯỜNG VỤ
- Hội Khuyến học tỉnh;                                 CHỦ TỊCH
- Lưu: VP.                                           Lò Văn Phanh
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("tables"), {
        "nam-lam_CV-SGDDT_2025.md": LETTER,
        "dak-nam_KH-UBND_2025.txt": PLAN,
        "son-lam_BC-UBND_2025.md": REPORT,
        "thuan-lam_HD-HKH_2025.txt": GUIDANCE,
    })


def test_a_numbered_markdown_heading_heads_the_numbered_items_below_it(assistant: Assistant) -> None:
    answer = assistant.ask("Công văn 519 của Sở GD&ĐT Nam Lâm nêu những yêu cầu chung gì?")
    assert not answer.abstained
    for said in ("ban hành kế hoạch", "55%", "90%"):
        assert said in answer.answer


def test_a_table_of_reports_is_the_list_of_reports_asked(assistant: Assistant) -> None:
    answer = assistant.ask("cv so gd nam lam yeu cau gui nhung bc, bieu nao?")
    assert not answer.abstained
    for said in ("Biểu 01", "Biểu 02", "sơ kết", "tổng kết"):
        assert said in answer.answer


def test_each_form_compared_gives_its_own_row(assistant: Assistant) -> None:
    answer = assistant.ask("Trong công văn Sở GD&ĐT Nam Lâm, Biểu 01 và Biểu 03 gửi qua kênh nào, khác nhau ra sao?")
    assert not answer.abstained
    assert "phần mềm" in answer.answer and "gdtx@namlam.edu.vn" in answer.answer


def test_so_sanh_a_va_b_shows_both_sides(assistant: Assistant) -> None:
    answer = assistant.ask("so sanh han nop bc so ket 6 thang va bc tong ket nam theo cv so gd nam lam")
    assert not answer.abstained
    assert "12/6/2025" in answer.answer and "20/11/2025" in answer.answer


def test_a_column_saying_not_set_answers_no(assistant: Assistant) -> None:
    answer = assistant.ask("Xã Đăk Nam có giao chỉ tiêu Cộng đồng học tập năm 2025 cho thôn Nú Kia không?")
    assert answer.answer.startswith("Không")


def test_a_header_quoting_the_title_names_what_its_column_counts(assistant: Assistant) -> None:
    answer = assistant.ask("Thôn Pêng Xô được giao chỉ tiêu bao nhiêu hộ gia đình học tập năm 2025?")
    assert not answer.abstained and "101" in answer.answer


def test_the_day_the_years_figures_count_to_is_not_the_half_years(assistant: Assistant) -> None:
    assert assistant.ask("Báo cáo sơ kết 6 tháng của xã Đăk Nam gửi huyện thì số liệu tính đến ngày nào?").abstained
    answer = assistant.ask("Báo cáo năm của xã Đăk Nam thì số liệu tính đến ngày nào?")
    assert not answer.abstained and "30/11/2025" in answer.answer


def test_the_ends_of_a_table_asked_show_every_row(assistant: Assistant) -> None:
    answer = assistant.ask("Trong báo cáo 6 tháng của Sơn Lâm, chỉ tiêu nào đạt tỷ lệ cao nhất và thấp nhất so với kế hoạch?")
    assert not answer.abstained
    assert "104,2" in answer.answer and "45,0" in answer.answer


def test_a_part_the_reports_title_repeats_is_that_part(assistant: Assistant) -> None:
    answer = assistant.ask("nhiem vu 6 thang cuoi nam 2025 cua huyen son lam gom nhung gi")
    assert not answer.abstained
    for said in ("03 lớp xóa mù chữ", "176 cán bộ", "Thông tư số 44/2014"):
        assert said in answer.answer


def test_a_results_column_dated_is_no_deadline(assistant: Assistant) -> None:
    assert assistant.ask("Theo báo cáo của huyện Sơn Lâm, việc đánh giá, xếp loại trung tâm học tập cộng đồng năm 2025 "
                         "phải xong trước ngày nào?").abstained
    answer = assistant.ask("Theo báo cáo của huyện Sơn Lâm, việc mở lớp xóa mù chữ còn lại phải xong trước ngày nào?")
    assert not answer.abstained and "30/9/2025" in answer.answer


def test_two_grades_compared_by_points_give_each_grades_points(assistant: Assistant) -> None:
    answer = assistant.ask("loai xuat sac va loai kha cua dong ho hoc tap thuan lam khac nhau the nao ve diem?")
    assert not answer.abstained
    assert "90 điểm" in answer.answer and "75" in answer.answer


def test_a_long_heading_naming_the_dossier_is_the_dossier(assistant: Assistant) -> None:
    answer = assistant.ask('Hồ sơ đề nghị biểu dương "Dòng họ học tập" gửi Hội Khuyến học huyện Thuận Lâm gồm những gì?')
    assert not answer.abstained
    for said in ("Tờ trình", "Biên bản", "Bảng tự chấm điểm"):
        assert said in answer.answer


def test_a_deadline_of_a_guidance_on_another_title_answers_nothing_about_this_one(assistant: Assistant) -> None:
    assert assistant.ask('Hồ sơ đề nghị công nhận "Gia đình học tập" gửi Hội Khuyến học huyện Thuận Lâm trước ngày nào?').abstained
    answer = assistant.ask("Hồ sơ đề nghị biểu dương dòng họ phải gửi về Hội Khuyến học huyện Thuận Lâm trước ngày nào?")
    assert not answer.abstained and "15/11/2025" in answer.answer


def test_what_a_report_proposes_and_to_whom_is_its_part_on_proposals(assistant: Assistant) -> None:
    answer = assistant.ask("Huyện Sơn Lâm kiến nghị những gì, với những cơ quan nào?")
    assert not answer.abstained
    assert "450.000.000" in answer.answer and "tập huấn chuyển đổi số" in answer.answer


def test_a_criterion_asked_by_its_row_is_spelled_out_by_its_own_clause(assistant: Assistant) -> None:
    answer = assistant.ask("Tiêu chí kết quả học tập của con cháu trong hướng dẫn của Thuận Lâm tối đa bao nhiêu điểm, "
                           "gồm những nội dung gì?")
    assert not answer.abstained
    assert "60" in answer.answer and "học sinh giỏi" in answer.answer


def test_at_least_asks_one_row_not_the_ends_of_the_table(assistant: Assistant) -> None:
    # "ít nhất" is "at least": the row asked answers, without the table's other rows beside it
    answer = assistant.ask("Báo cáo của huyện Sơn Lâm đặt kế hoạch năm 2025 ít nhất bao nhiêu hộ đăng ký Gia đình học tập?")
    assert not answer.abstained and "9.800" in answer.answer
    assert "56,2" not in answer.answer and "45,0" not in answer.answer
