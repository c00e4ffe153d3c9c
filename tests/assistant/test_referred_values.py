"""Values a clause takes from elsewhere or says of something else, asked through the real pipeline: a deadline
"as set in point b" (quoted, not asserted), the day figures are counted to (no deadline), a prize given by another body, a balance on
the same day of another year, last year's figure in a follow-up, a grade "from Khá upwards", a duty to issue a plan (not who issued the document), and two tasks of a schedule compared."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

PROVINCE_PLAN = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐẮK LẮK                          Độc lập - Tự do - Hạnh phúc
Số: 287/KH-UBND                       Đắk Lắk, ngày 24 tháng 9 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Đắk Lắk giai đoạn 2025 – 2030
I. CHỈ TIÊU
| TT | Chỉ tiêu | Năm 2026 | Năm 2030 |
|---|---|---|---|
| 1 | Xã, phường được xếp loại "Cộng đồng học tập" từ Khá trở lên | 65% | 85% |
| 2 | Trung tâm học tập cộng đồng xếp loại Tốt | 45 | 75 |
II. NHIỆM VỤ
1. Ủy ban nhân dân các xã, phường ban hành kế hoạch xây dựng xã hội học tập của địa phương, hoàn thành trước ngày 31/10/2025.
2. Tổ chức tập huấn cán bộ quản lý Trung tâm học tập cộng đồng, hoàn thành trong tháng 8/2026.
3. Rà soát số liệu người biết chữ mức độ 2, hoàn thành trong tháng 7/2026.
III. KHEN THƯỞNG
1. Hằng năm, Hội Khuyến học tỉnh lựa chọn các "Đơn vị học tập" tiêu biểu để tặng Giấy khen, kèm theo tiền thưởng 1.500.000 đồng/đơn vị.
2. Đơn vị đạt "Đơn vị học tập" xếp loại Tốt được Chủ tịch Ủy ban nhân dân xã xem xét tặng Giấy khen theo quy định.
IV. CHẾ ĐỘ BÁO CÁO
1. Kỳ báo cáo
Báo cáo năm: số liệu tính đến ngày 30/11 hằng năm.
2. Thời hạn và hình thức gửi báo cáo
a) Trưởng thôn, buôn gửi báo cáo về Ủy ban nhân dân xã, phường bằng bản giấy trước ngày 03/12 hằng năm.
b) Ủy ban nhân dân các xã, phường gửi báo cáo về Sở Giáo dục và Đào tạo qua Hệ thống quản lý văn bản và điều hành của tỉnh trước ngày 10/12 hằng năm.
c) Các sở, ban, ngành gửi báo cáo kết quả thực hiện nhiệm vụ được giao về Sở Giáo dục và Đào tạo qua thư điện tử gdtx.sgddt@daklak.gov.vn, cùng thời hạn quy định tại điểm b khoản này.
"""
COMMUNE_REPORT = """HỘI KHUYẾN HỌC TỈNH VĨNH LONG           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC XÃ TÂN LỘC ĐIỀN           Độc lập - Tự do - Hạnh phúc
Số: 14/BC-HKH                            Tân Lộc Điền, ngày 08 tháng 7 năm 2025
BÁO CÁO
Kết quả công tác khuyến học 6 tháng đầu năm 2025
I. KẾT QUẢ
1. Quỹ khuyến học
Tổng chi 6 tháng là 214.600.000 đồng, gồm:
+ Trao 126 suất học bổng cho học sinh vượt khó học tốt, mỗi suất 1.000.000 đồng (cùng kỳ năm 2024 trao 104 suất);
+ Khen thưởng 112 học sinh giỏi, tổng số tiền 50.400.000 đồng.
Số dư quỹ khuyến học của Hội đến ngày 30/6/2025 là 248.300.000 đồng.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("referred"), {
        "dak-lak.md": PROVINCE_PLAN, "tan-loc-dien.txt": COMMUNE_REPORT})


def test_a_deadline_set_as_in_another_point_is_quoted_not_asserted(assistant: Assistant) -> None:
    # "…, cùng thời hạn quy định tại điểm b": the clause states no date of its own, and another body's clause is
    # no answer for the departments; both are quoted for the reader
    answer = assistant.ask("Các sở, ngành ở Đắk Lắk gửi báo cáo năm cho Sở GD&ĐT bằng cách nào, hạn khi nào?")
    assert answer.abstained
    assert "gdtx.sgddt@daklak.gov.vn" in answer.answer and "10/12" in answer.answer
    quotes = [c.quote for c in answer.citations]
    assert len(quotes) == 2 and "điểm b" in quotes[0] and "10/12" in quotes[1]


def test_the_day_figures_count_to_is_no_deadline_for_a_sender_never_named(assistant: Assistant) -> None:
    answer = assistant.ask("Theo Kế hoạch 287/KH-UBND tỉnh Đắk Lắk, Hội Khuyến học xã, phường phải gửi báo cáo năm "
                           "về Hội Khuyến học tỉnh trước ngày nào?")
    assert answer.abstained


def test_a_grade_from_kha_upwards(assistant: Assistant) -> None:
    answer = assistant.ask('Đến năm 2030, tỉnh Đắk Lắk đặt mục tiêu bao nhiêu phần trăm xã, phường được xếp loại '
                           '"Cộng đồng học tập" từ loại Khá trở lên?')
    assert not answer.abstained and "85%" in answer.answer
    # a count of communes the row never gives (only their share): refused, the row quoted for the reader
    counted = assistant.ask('Đến năm 2030, tỉnh Đắk Lắk đặt mục tiêu bao nhiêu xã, phường được xếp loại "Cộng đồng '
                            'học tập" từ loại Khá trở lên?')
    assert counted.abstained and "85%" in counted.answer


def test_a_prize_given_by_another_body(assistant: Assistant) -> None:
    assert assistant.ask('"Đơn vị học tập" xếp loại Tốt được Chủ tịch UBND xã thưởng bao nhiêu tiền theo kế hoạch '
                         'của tỉnh Đắk Lắk?').abstained
    answer = assistant.ask('Hội Khuyến học tỉnh Đắk Lắk thưởng mỗi "Đơn vị học tập" tiêu biểu bao nhiêu tiền?')
    assert not answer.abstained and "1.500.000" in answer.answer


def test_a_balance_on_the_same_day_of_another_year(assistant: Assistant) -> None:
    assert assistant.ask("Số dư quỹ khuyến học của Hội Khuyến học xã Tân Lộc Điền tại thời điểm 30/6/2024 là bao "
                         "nhiêu?").abstained
    answer = assistant.ask("Số dư quỹ khuyến học của Hội Khuyến học xã Tân Lộc Điền đến ngày 30/6/2025 là bao nhiêu?")
    assert not answer.abstained and "248.300.000" in answer.answer


def test_last_years_figure_in_a_follow_up(assistant: Assistant) -> None:
    answer = assistant.ask("So với cùng kỳ năm ngoái thì sao?", [
        "Hội Khuyến học xã Tân Lộc Điền trao bao nhiêu suất học bổng trong 6 tháng đầu năm 2025?"])
    assert not answer.abstained and "104" in answer.answer


def test_a_duty_to_issue_a_plan_by_a_date_is_not_who_issued_the_document(assistant: Assistant) -> None:
    answer = assistant.ask("ubnd xa phuong o dak lak co phai ban hanh ke hoach xhht cua dia phuong truoc 31/12/2025 khong")
    assert "31/10/2025" in answer.answer
    assert "Thông tin văn bản" not in answer.answer


def test_two_tasks_of_a_plan_which_first(assistant: Assistant) -> None:
    answer = assistant.ask("Trong Kế hoạch của tỉnh Đắk Lắk, việc tập huấn cán bộ quản lý Trung tâm học tập cộng đồng "
                           "và việc rà soát số liệu biết chữ mức độ 2, việc nào phải hoàn thành trước?")
    assert not answer.abstained
    assert "8/2026" in answer.answer and "7/2026" in answer.answer
