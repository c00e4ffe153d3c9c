"""Questions about a quarter, a month or a post, asked through the real pipeline: a quarter the plan does not
schedule, the quarter a follow-up turns to, two destinations of one report, a hop whose deadline is never set,
how often something happens or how long one has, a post whose holder is not named, a scholarship named without quotes, and the
outline of a plan."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

CENTRE_PLAN = """UBND XÃ HOÀNG LONG                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM HỌC TẬP CỘNG ĐỒNG                 Độc lập - Tự do - Hạnh phúc
Số: 05/KH-TTHTCD                       Hoàng Long, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Hoạt động của Trung tâm học tập cộng đồng xã Hoàng Long năm 2026
Căn cứ Kế hoạch số 12/KH-UBND ngày 08/01/2026 của UBND huyện Kim Động về xây dựng xã hội học tập năm 2026;
I. NỘI DUNG HOẠT ĐỘNG THEO QUÝ
1. Quý II (tháng 4 - tháng 6): 02 lớp, 80 học viên
- Tháng 4: Nuôi lợn an toàn sinh học, phòng bệnh dịch tả lợn châu Phi: 01 lớp, 40 học viên.
- Tháng 5: An toàn thực phẩm cho hộ kinh doanh ăn uống: 01 lớp, 40 học viên.
2. Quý III (tháng 7 - tháng 9): 02 lớp, 90 học viên
- Tháng 7: Kỹ năng sống và phòng chống đuối nước cho thiếu nhi: 01 lớp, 50 học viên.
- Tháng 9: Kỹ thuật trồng rau an toàn vụ đông: 01 lớp, 40 học viên.
II. CHẾ ĐỘ BÁO CÁO
1. Báo cáo quý: TTHTCD báo cáo kết quả hoạt động về UBND xã trước ngày 20 của tháng cuối quý.
2. Báo cáo năm: TTHTCD báo cáo UBND xã và Phòng Giáo dục và Đào tạo huyện Kim Động trước ngày 30/11/2026.
3. Sau khi kết thúc mỗi lớp, cán bộ phụ trách lớp gửi danh sách học viên về Phó Giám đốc thường trực trong vòng 05 ngày làm việc.
III. HỌC BỔNG
1. Trao 30 suất học bổng cho học sinh nghèo vượt khó, mỗi suất 500.000 đồng.
2. Phối hợp với nhà trường trao học bổng "Tiếp sức đến trường" nhân dịp khai giảng năm học mới.
                                                  PHÓ CHỦ TỊCH UBND XÃ
                                                  Nguyễn Thị Thu Hà
"""

PROVINCE_PLAN = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH THANH HÓA                            Độc lập - Tự do - Hạnh phúc
Số: 47/KH-UBND                        Thanh Hóa, ngày 12 tháng 02 năm 2026
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn tỉnh Thanh Hóa năm 2026
I. CHỈ TIÊU
1. Tỷ lệ gia đình đạt danh hiệu "Gia đình học tập" toàn tỉnh đạt 75%.
II. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
Tổng hợp, báo cáo UBND tỉnh: báo cáo 6 tháng trước ngày 25/6/2026; báo cáo năm trước ngày 25/12/2026; đồng thời tham mưu UBND tỉnh báo cáo Bộ Giáo dục và Đào tạo theo quy định.
2. Ban Chỉ đạo xây dựng xã hội học tập tỉnh
Ban Chỉ đạo họp định kỳ 6 tháng một lần để đánh giá kết quả thực hiện.
3. Hội Khuyến học tỉnh
Chủ trì kiểm tra việc đánh giá, công nhận danh hiệu "Gia đình học tập" tại các huyện.
III. ĐẦU MỐI LIÊN HỆ
Đầu mối liên hệ: bà Trần Thị Ngọc Diễm, chuyên viên Sở Giáo dục và Đào tạo, điện thoại 0918 436 275.
                                          KT. CHỦ TỊCH
                                          PHÓ CHỦ TỊCH

                                          Lê Thị Phương Thảo
"""

GUIDANCE = """**UBND HUYỆN THẠNH HÒA**
**PHÒNG GIÁO DỤC VÀ ĐÀO TẠO**
Số: 38/HD-PGDĐT

*Thạnh Hòa, ngày 06 tháng 3 năm 2026*

**HƯỚNG DẪN**
**Đánh giá, công nhận danh hiệu "Đơn vị học tập" cấp xã năm 2026**

## 1. Tiêu chí và thang điểm đánh giá

| TT | Tiêu chí | Điểm tối đa |
|---|---|---|
| 1 | Lãnh đạo, chỉ đạo xây dựng "Đơn vị học tập" | 15 |
| 2 | Cán bộ đạt chuẩn trình độ chuyên môn theo vị trí việc làm | 20 |
| 3 | Xây dựng văn hóa đọc, duy trì tủ sách tại đơn vị | 10 |

## 2. Xếp loại và công nhận

Căn cứ tổng điểm đạt được, đơn vị được xếp loại như sau:
- Tốt: từ 85 điểm trở lên;
- Khá: từ 70 điểm đến dưới 85 điểm;
- Đạt: từ 55 điểm đến dưới 70 điểm.

Đơn vị xếp loại từ Đạt trở lên được công nhận danh hiệu "Đơn vị học tập" năm 2026.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("periods"), {
        "hoang-long.txt": CENTRE_PLAN, "thanh-hoa.txt": PROVINCE_PLAN, "thanh-hoa-ben-tre.md": GUIDANCE})


def test_a_quarter_the_plan_does_not_schedule(assistant: Assistant) -> None:
    answer = assistant.ask("Quý I TTHTCĐ xã Hoàng Long mở những lớp gì?")
    assert answer.abstained and "quý I" in answer.answer and "quý II" in answer.answer


def test_a_follow_up_turning_to_another_quarter_gets_its_classes(assistant: Assistant) -> None:
    answer = assistant.ask("còn quý III thì sao?", ["Quý II TTHTCĐ xã Hoàng Long mở những lớp gì?"])
    assert not answer.abstained
    assert "Kỹ năng sống" in answer.answer and "trồng rau" in answer.answer and "Nuôi lợn" not in answer.answer


def test_a_second_destination_of_one_report_has_its_deadline(assistant: Assistant) -> None:
    answer = assistant.ask("bc nam cua tthtcd hoang long gui pgd kim dong han nao")
    assert not answer.abstained and "30/11/2026" in answer.answer


def test_a_day_of_the_last_month_of_each_quarter_is_a_deadline(assistant: Assistant) -> None:
    answer = assistant.ask("TTHTCĐ xã Hoàng Long báo cáo quý cho cơ quan nào và hạn là khi nào?")
    assert not answer.abstained and "ngày 20 của tháng cuối quý" in answer.answer


def test_a_scholarship_named_without_quotes_is_the_one_the_plan_quotes(assistant: Assistant) -> None:
    assert assistant.ask("Mỗi suất học bổng Tiếp sức đến trường ở Hoàng Long trị giá bao nhiêu?").abstained
    answer = assistant.ask("Mỗi suất học bổng cho học sinh nghèo vượt khó ở Hoàng Long bao nhiêu tiền?")
    assert not answer.abstained and "500.000 đồng" in answer.answer


def test_a_hop_the_plan_sets_no_deadline_for(assistant: Assistant) -> None:
    assert assistant.ask("Sở GD&ĐT Thanh Hóa phải báo cáo Bộ Giáo dục và Đào tạo trước ngày nào?").abstained
    answer = assistant.ask("Sở GD&ĐT Thanh Hóa gửi báo cáo năm cho UBND tỉnh trước ngày nào?")
    assert not answer.abstained and "25/12/2026" in answer.answer


def test_how_often_needs_a_clause_saying_how_often(assistant: Assistant) -> None:
    answer = assistant.ask("Ban Chỉ đạo xây dựng xã hội học tập tỉnh Thanh Hóa họp định kỳ bao lâu một lần?")
    assert not answer.abstained and "6 tháng một lần" in answer.answer
    assert assistant.ask("hkh tinh thanh hoa kiem tra cac huyen bao lau 1 lan").abstained


def test_how_long_needs_a_clause_saying_how_long(assistant: Assistant) -> None:
    answer = assistant.ask("sau moi lop o tthtcd hoang long thi bao lau phai nop danh sach hoc vien")
    assert not answer.abstained and "05 ngày làm việc" in answer.answer
    assert assistant.ask("hkh tinh thanh hoa kiem tra xong thi trong vong bao lau phai bao cao ket qua").abstained


def test_a_post_whose_holder_the_plan_does_not_name(assistant: Assistant) -> None:
    assert assistant.ask("giam doc so gd&dt thanh hoa ten gi").abstained
    assert assistant.ask("Số điện thoại của Giám đốc Sở GD&ĐT Thanh Hóa là gì?").abstained
    answer = assistant.ask("Cần hỏi về Kế hoạch 47 của UBND tỉnh Thanh Hóa thì liên hệ ai?")
    assert not answer.abstained and "Trần Thị Ngọc Diễm" in answer.answer


def test_an_overview_gives_the_plans_outline(assistant: Assistant) -> None:
    answer = assistant.ask("Kế hoạch 47 của UBND tỉnh Thanh Hóa có những phần chính nào?")
    assert "Bố cục gồm 3 phần" in answer.answer
    assert "I. Chỉ tiêu" in answer.answer and "II. Tổ chức thực hiện" in answer.answer


def test_a_numbered_row_of_a_criteria_table_is_that_criterion(assistant: Assistant) -> None:
    answer = assistant.ask("tiêu chí 2 thì sao?", [
        "Trong hướng dẫn của Phòng GD&ĐT Thạnh Hòa, tiêu chí xây dựng văn hóa đọc được tối đa mấy điểm?"])
    assert not answer.abstained and "trình độ chuyên môn" in answer.answer and "20" in answer.answer


def test_points_asserted_are_shown_against_the_grades(assistant: Assistant) -> None:
    answer = assistant.ask("Một đơn vị ở huyện Thạnh Hòa đạt 68 điểm thì có được công nhận Đơn vị học tập không?")
    assert not answer.abstained and "Đạt: từ 55 điểm đến dưới 70 điểm" in answer.answer
    assert not answer.answer.startswith("Không")



def test_a_criterion_named_by_what_it_is_about(assistant: Assistant) -> None:
    answer = assistant.ask("Ở Thạnh Hòa, tiêu chí xây dựng văn hóa đọc được tối đa mấy điểm?")
    assert not answer.abstained and "Điểm tối đa: 10" in answer.answer
    assert assistant.ask("Ở Thạnh Hòa, tiêu chí cơ sở vật chất phục vụ học tập được tối đa bao nhiêu điểm?").abstained
