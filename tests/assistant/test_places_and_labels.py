"""Places a document names in its tables and numbered labels a guidance uses, asked through the real pipeline:
a commune the gazetteer places in another province, villages compared by their rows, a village the report
never names, a commune whose name holds another's, a level a row does not set, a criterion the guidance numbers
and one it does not have, and how the step asked sends its report when another step's clause shown beside it names a channel too."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

DISTRICT_PLAN = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN SƠN THỦY                        Độc lập - Tự do - Hạnh phúc
Số: 87/KH-UBND                        Sơn Thủy, ngày 12 tháng 4 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện Sơn Thủy năm 2024 – 2025
Căn cứ Kế hoạch số 52/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân tỉnh Thái Nguyên;
I. CHỈ TIÊU CỦA CÁC XÃ, THỊ TRẤN CHỈ ĐẠO ĐIỂM ĐẾN HẾT NĂM 2025
| STT | Đơn vị | Tỷ lệ "Gia đình học tập" (%) | Số thôn đạt "Cộng đồng học tập" | Tỷ lệ biết chữ mức độ 2 (%) | Mức "Cộng đồng học tập" cấp xã |
|---|---|---|---|---|---|
| 1 | Thị trấn Đồng Lâm | 78 | 12/14 tổ dân phố | 99,2 | Mức độ 3 |
| 2 | Xã Minh Tiến | 72 | 9/11 thôn | 98,5 | Mức độ 2 |
| 3 | Xã Kim Sơn | 68 | 10/13 thôn | 97,1 | Mức độ 2 |
II. CHẾ ĐỘ BÁO CÁO
1. Cấp thôn
Trưởng thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25/11/2024; báo cáo bằng văn bản giấy.
2. Cấp xã
Ủy ban nhân dân các xã, thị trấn báo cáo Ủy ban nhân dân huyện (qua Phòng Giáo dục và Đào tạo) trước ngày 15/12/2024.
Báo cáo gửi qua Hệ thống quản lý văn bản và điều hành của huyện.
"""
COMMUNE_REPORT = """HỘI KHUYẾN HỌC TỈNH VĨNH LONG           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC XÃ TÂN LỘC ĐIỀN           Độc lập - Tự do - Hạnh phúc
Số: 14/BC-HKH                            Tân Lộc Điền, ngày 08 tháng 7 năm 2025
BÁO CÁO
Kết quả công tác khuyến học 6 tháng đầu năm 2025
I. KẾT QUẢ
1. Xã có 03 ấp gồm: Phú Hòa, Bình Thạnh và Tân Quy.
2. Kết quả cụ thể tại các ấp
| Ấp | Hội viên | Quỹ vận động 6 tháng (đồng) |
|---|---|---|
| Phú Hòa | 1.124 | 92.300.000 |
| Bình Thạnh | 968 | 71.800.000 |
| Tân Quy | 1.036 | 68.400.000 |
"""
GUIDANCE = """HỘI KHUYẾN HỌC VIỆT NAM               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC TỈNH QUẢNG NAM          Độc lập - Tự do - Hạnh phúc
Số: 15/HD-HKH                          Quảng Nam, ngày 20 tháng 02 năm 2025
HƯỚNG DẪN
Đánh giá, công nhận danh hiệu "Đơn vị học tập" cấp xã năm 2025
I. TIÊU CHÍ VÀ THANG ĐIỂM
Việc đánh giá thực hiện theo 03 tiêu chí, tổng số điểm tối đa là 100 điểm.
Tiêu chí 1. Lãnh đạo, chỉ đạo và tổ chức phong trào học tập (tối đa 30 điểm)
1.1. Có kế hoạch xây dựng "Đơn vị học tập" được người đứng đầu ký ban hành: 15 điểm.
1.2. Tổ chức sơ kết, tổng kết phong trào học tập của đơn vị: 15 điểm.
Tiêu chí 2. Kết quả học tập của cán bộ, người lao động (tối đa 35 điểm)
2.1. Từ 70% trở lên số cán bộ, người lao động sử dụng thành thạo dịch vụ công trực tuyến: 35 điểm.
Tiêu chí 3. Hiệu quả của việc học tập (tối đa 35 điểm)
3.1. Đơn vị được xếp loại hoàn thành tốt nhiệm vụ trở lên trong năm đánh giá: 35 điểm.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("places"), {
        "son-thuy.md": DISTRICT_PLAN, "tan-loc-dien.txt": COMMUNE_REPORT, "quang-nam.txt": GUIDANCE})


def test_a_commune_the_gazetteer_places_elsewhere_is_answered_by_the_table_naming_it(assistant: Assistant) -> None:
    # the gazetteer's Đồng Lâm lies in other provinces; the district's table names this one
    answer = assistant.ask("ty le gia dinh hoc tap cua thi tran dong lam phai dat bao nhieu")
    assert not answer.abstained
    assert "78" in answer.answer and "Đồng Lâm" in answer.answer


def test_two_communes_of_a_table_compared(assistant: Assistant) -> None:
    answer = assistant.ask("xa minh tien hay xa kim son duoc giao nhieu thon dat cong dong hoc tap hon?")
    assert not answer.abstained
    assert "9/11" in answer.answer and "10/13" in answer.answer
    assert "Là “" not in answer.answer  # which is higher is a comparison of values, not a clause naming one


def test_villages_compared_show_each_ones_row(assistant: Assistant) -> None:
    answer = assistant.ask("Theo báo cáo của Hội Khuyến học xã Tân Lộc Điền, ấp Phú Hòa hay ấp Tân Quy có nhiều hội viên hơn?")
    assert not answer.abstained
    assert "1.124" in answer.answer and "1.036" in answer.answer


def test_a_village_typed_without_marks_that_the_report_never_names(assistant: Assistant) -> None:
    refused = assistant.ask("ap my hoa xa tan loc dien co bao nhieu hoi vien khuyen hoc")
    assert refused.abstained and "không nêu ấp my hoa" in refused.answer
    answer = assistant.ask("ap binh thanh xa tan loc dien co bao nhieu hoi vien khuyen hoc")
    assert not answer.abstained and "968" in answer.answer


def test_a_commune_whose_name_holds_anothers_is_read_whole(assistant: Assistant) -> None:
    answer = assistant.ask("Hội Khuyến học xã Tân Lộc Điền có bao nhiêu hội viên ở ấp Tân Quy?")
    assert not answer.abstained and "1.036" in answer.answer
    assert "xã Tân Lộc." not in answer.answer  # no note about a "Tân Lộc" the library lacks


def test_a_criterion_asked_by_its_number(assistant: Assistant) -> None:
    answer = assistant.ask("Còn Tiêu chí 2 thì tối đa bao nhiêu điểm?",
                           ['Hướng dẫn đánh giá "Đơn vị học tập" của Hội Khuyến học Quảng Nam có mấy tiêu chí?'])
    assert not answer.abstained
    assert answer.answer.splitlines()[0].count("35 điểm") == 1 and "30 điểm" not in answer.answer.splitlines()[0]


def test_a_criterion_number_the_guidance_does_not_have(assistant: Assistant) -> None:
    answer = assistant.ask("tieu chi 4 ve ung dung cntt trong danh gia don vi hoc tap quang nam duoc may diem")
    assert answer.abstained and "Tiêu chí 4" in answer.answer


def test_the_channel_of_the_step_asked_not_of_the_step_below(assistant: Assistant) -> None:
    answer = assistant.ask("xa o huyen son thuy gui bc len huyen han nao, gui qua kenh nao?")
    assert not answer.abstained
    assert "15/12/2024" in answer.answer and "Hệ thống quản lý văn bản" in answer.answer


def test_a_level_the_row_does_not_set(assistant: Assistant) -> None:
    # the column header names "mức độ 2" too: the row's own cell is what it sets
    answer = assistant.ask("thi tran dong lam phan dau dat cong dong hoc tap cap xa muc do 2 dung khong")
    assert "Không." in answer.answer and "Mức độ 3" in answer.answer
    answer = assistant.ask("xa kim son phan dau dat cong dong hoc tap cap xa muc do 2 dung khong")
    assert "Có." in answer.answer
