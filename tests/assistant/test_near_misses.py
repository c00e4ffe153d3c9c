"""Questions one detail away from what the documents say, asked through the real pipeline: a commune or a
village the documents do not give a figure for, a year whose part of a clause speaks of something else, a level
or a named scholarship the documents do not have, a step whose deadline is never set, where money comes from,
who does a duty written under the agency's heading, and a plan named by number beside its province."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

DISTRICT_PLAN = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KỲ PHONG                        Độc lập - Tự do - Hạnh phúc
Số: 48/KH-UBND                        Kỳ Phong, ngày 14 tháng 02 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện Kỳ Phong giai đoạn 2025 - 2030
Thực hiện Kế hoạch số 176/KH-UBND ngày 20/01/2025 của UBND tỉnh Nghệ An, UBND huyện ban hành Kế hoạch như sau:
I. CHỈ TIÊU NĂM 2025
1. Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình học tập" toàn huyện đạt từ 70% trở lên.
2. Chỉ tiêu "Gia đình học tập" của từng xã, thị trấn:
- Thị trấn Kỳ Phong: 84%
- Xã Phong Thịnh: 78%
- Xã Nậm Khê: 60%
II. TỔ CHỨC THỰC HIỆN
1. Hội Khuyến học huyện
Chủ trì hướng dẫn việc đánh giá, công nhận các danh hiệu "Gia đình học tập", "Dòng họ học tập"; tổng hợp kết quả báo cáo UBND huyện trước ngày 05/12/2025.
2. Phòng Tài chính - Kế hoạch
Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách.
3. UBND các xã, thị trấn
Gửi báo cáo kết quả năm 2025 về Phòng Giáo dục và Đào tạo trước ngày 01/12/2025.
III. TRÁCH NHIỆM BÁO CÁO
1. Trách nhiệm của Hội Khuyến học huyện
Gửi báo cáo 6 tháng về Phòng Giáo dục và Đào tạo trước ngày 15/6/2025.
2. Trách nhiệm của Phòng Văn hóa và Thông tin
Tuyên truyền phong trào trên Đài Truyền thanh huyện và Trang thông tin điện tử huyện.
IV. QUỸ KHUYẾN HỌC
| Xã | Quỹ khuyến học (triệu đồng) |
|---|---|
| Phong Thịnh | 110 |
| Nậm Khê | 95 |
                                          KT. CHỦ TỊCH
                                          PHÓ CHỦ TỊCH

                                          Vi Văn Tường
"""
COMMUNE_REPORT = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ ĐẠ RƠ                                  Độc lập - Tự do - Hạnh phúc
Số: 06/BC-UBND                          Đạ Rơ, ngày 08 tháng 01 năm 2025
BÁO CÁO
Kết quả xây dựng xã hội học tập năm 2024
I. KẾT QUẢ NĂM 2024
1. "Gia đình học tập": năm 2024 có 798 hộ được công nhận; năm 2025 có 912 hộ đăng ký xây dựng danh hiệu.
2. Kết quả cụ thể từng thôn:
- Thôn Liêng Trang: 104/163 hộ, đạt 63,8%
- Thôn Păng Dung: 62/115 hộ, đạt 53,9%
3. Năm 2024, TTHTCĐ xã tổ chức 38 chuyên đề với 2.146 lượt người tham gia (năm 2023: 31 chuyên đề).
II. NHIỆM VỤ NĂM 2025
1. Tỷ lệ hộ đạt danh hiệu "Gia đình học tập" toàn xã đạt 75%.
2. Mở 01 lớp xóa mù chữ tại thôn Păng Dung, khai giảng trước ngày 15/3/2025.
3. Trao 20 suất học bổng cho học sinh vượt khó, mỗi suất 1.000.000 đồng.
"""
NOTICE = """HỘI KHUYẾN HỌC VIỆT NAM                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC TỈNH SÓC TRĂNG                   Độc lập - Tự do - Hạnh phúc
Số: 09/TB-HKH                             Sóc Trăng, ngày 24 tháng 02 năm 2025
THÔNG BÁO
Về việc tuyên dương "Cộng đồng học tập" cấp ấp tiêu biểu năm 2025
1. Tiêu chuẩn
"Cộng đồng học tập" cấp ấp xếp theo hai mức:
- Mức độ 1: đạt từ 75 điểm đến dưới 90 điểm;
- Mức độ 2: đạt từ 90 điểm trở lên.
2. Hồ sơ
Hội Khuyến học cấp huyện gửi hồ sơ về Hội Khuyến học tỉnh chậm nhất ngày 05/5/2025.
3. Khen thưởng
"Cộng đồng học tập" cấp ấp tiêu biểu được tặng Giấy khen kèm tiền thưởng 2.000.000 đồng.
Tiền thưởng được chi từ Quỹ Khuyến học tỉnh.
"""

PROVINCE_LETTER = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NGHỆ AN                          Độc lập - Tự do - Hạnh phúc
Số: 311/UBND-VX                       Nghệ An, ngày 02 tháng 3 năm 2025
V/v đôn đốc báo cáo kết quả xây dựng xã hội học tập
Kính gửi: UBND các huyện, thành phố, thị xã.
UBND các huyện gửi báo cáo năm 2025 về Sở Giáo dục và Đào tạo trước ngày 15/12/2025.
"""

LETTER = """| UBND TỈNH BÌNH ĐỊNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|:---:|:---:|
| **SỞ GIÁO DỤC VÀ ĐÀO TẠO** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 612/SGDĐT-GDTX | *Bình Định, ngày 18 tháng 3 năm 2025* |
| V/v đánh giá, xếp loại TTHTCĐ năm 2025 | |

**Kính gửi:** Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố.

1. Đánh giá, xếp loại TTHTCĐ

a) Các TTHTCĐ tự đánh giá, lập hồ sơ tự đánh giá và gửi về Phòng GD&ĐT trước 30/4/2025.

b) Phòng GD&ĐT thành lập đoàn kiểm tra, đánh giá, xếp loại TTHTCĐ trên địa bàn; tổng hợp kết quả và gửi về Sở GD&ĐT trước 31/5/2025.

2. Tổng hợp thời hạn thực hiện

| Nội dung | Đơn vị thực hiện | Thời hạn |
|---|---|---|
| Rà soát, cập nhật dữ liệu trên Phần mềm quản lý TTHTCĐ | Phòng GD&ĐT, các TTHTCĐ | Trước 15/4/2025 |
| Tự đánh giá, gửi hồ sơ tự đánh giá về Phòng GD&ĐT | Các TTHTCĐ | Trước 30/4/2025 |
| Gửi kết quả đánh giá, xếp loại TTHTCĐ về Sở GD&ĐT | Phòng GD&ĐT | Trước 31/5/2025 |
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("near"), {
        "ky-phong.txt": DISTRICT_PLAN, "da-ro.txt": COMMUNE_REPORT, "soc-trang.txt": NOTICE,
        "nghe-an.txt": PROVINCE_LETTER, "binh-dinh.md": LETTER})


def test_a_commune_the_plan_lists_is_answered_by_its_own_line(assistant: Assistant) -> None:
    answer = assistant.ask("Kế hoạch của huyện Kỳ Phong có giao xã Nậm Khê chỉ tiêu 60% hộ đạt Gia đình học tập không?")
    assert not answer.abstained
    assert "Có." in answer.answer and "60%" in answer.answer


def test_a_commune_the_plan_does_not_list_gets_no_figure(assistant: Assistant) -> None:
    answer = assistant.ask("kh huyen ky phong giao chi tieu gdht cho xa chau lam bao nhieu %?")
    assert answer.abstained and "chau lam" in answer.answer


def test_the_town_named_like_its_district_is_its_own_line(assistant: Assistant) -> None:
    answer = assistant.ask("thi tran ky phong voi xa phong thinh, noi nao duoc giao chi tieu gdht cao hon?")
    assert not answer.abstained
    assert "84%" in answer.answer and "78%" in answer.answer


def test_a_village_asked_is_not_given_the_whole_communes_rate(assistant: Assistant) -> None:
    answer = assistant.ask("Chỉ tiêu tỷ lệ Gia đình học tập năm 2025 của thôn Liêng Trang, xã Đạ Rơ là bao nhiêu?")
    assert answer.abstained and "Liêng Trang" in answer.answer


def test_a_village_named_alone_is_looked_for_in_the_report_naming_it(assistant: Assistant) -> None:
    answer = assistant.ask("lop xoa mu chu o thon pang dung khai giang truoc ngay nao?")
    assert not answer.abstained and "15/3/2025" in answer.answer
    assert assistant.ask("kinh phi mo lop xoa mu chu o thon pang dung bao nhieu?").abstained


def test_the_year_of_the_part_that_speaks_of_the_thing_asked(assistant: Assistant) -> None:
    assert assistant.ask("Năm 2024 xã Đạ Rơ có bao nhiêu hộ đăng ký xây dựng \"Gia đình học tập\"?").abstained
    answer = assistant.ask("Năm 2025 xã Đạ Rơ có bao nhiêu hộ đăng ký xây dựng \"Gia đình học tập\"?")
    assert not answer.abstained and "912" in answer.answer


def test_two_years_compared_is_not_the_date_of_the_report(assistant: Assistant) -> None:
    answer = assistant.ask("tthtcd xa da ro to chuc chuyen de nam 2024 hay 2023 nhieu hon?")
    assert not answer.abstained and "38 chuyên đề" in answer.answer
    assert "08/01/2025" not in answer.answer


def test_a_level_the_notice_does_not_have(assistant: Assistant) -> None:
    answer = assistant.ask("cong dong hoc tap cap ap muc do 3 can bao nhieu diem?")
    assert answer.abstained and "Mức độ 3" in answer.answer
    answer = assistant.ask("Cộng đồng học tập cấp ấp đạt Mức độ 2 khi được bao nhiêu điểm theo thông báo của Sóc Trăng?")
    assert not answer.abstained and "90 điểm" in answer.answer


def test_a_scholarship_named_that_no_clause_names(assistant: Assistant) -> None:
    assert assistant.ask('Xã Đạ Rơ trao mỗi suất học bổng "Vì em hiếu học" bao nhiêu tiền?').abstained
    answer = assistant.ask("Xã Đạ Rơ trao mỗi suất học bổng cho học sinh vượt khó bao nhiêu tiền?")
    assert not answer.abstained and "1.000.000" in answer.answer


def test_a_step_whose_deadline_is_never_set(assistant: Assistant) -> None:
    assert assistant.ask("han dang ky cong dong hoc tap cap ap tieu bieu o soc trang la ngay nao").abstained
    answer = assistant.ask("hkh huyen o soc trang gui ho so ve tinh han ngay nao")
    assert not answer.abstained and "05/5/2025" in answer.answer


def test_where_the_money_comes_from(assistant: Assistant) -> None:
    answer = assistant.ask("Tiền thưởng tuyên dương ở Sóc Trăng được chi từ nguồn nào?")
    assert not answer.abstained and "Quỹ Khuyến học tỉnh" in answer.answer


def test_who_does_a_duty_written_under_the_agencys_heading(assistant: Assistant) -> None:
    answer = assistant.ask("Ở huyện Kỳ Phong, cơ quan nào tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch?")
    assert not answer.abstained and "Phòng Tài chính - Kế hoạch" in answer.answer
    answer = assistant.ask("o huyen ky phong ai chu tri huong dan danh gia cong nhan gia dinh hoc tap?")
    assert not answer.abstained and "Hội Khuyến học huyện" in answer.answer


def test_a_plan_named_by_number_beside_its_province(assistant: Assistant) -> None:
    # the province also has a letter of its own; the plan named by its number is the one asked about
    answer = assistant.ask("KH 48 của Kỳ Phong thực hiện theo kế hoạch nào của UBND tỉnh Nghệ An?")
    assert not answer.abstained and "176/KH-UBND" in answer.answer


def test_a_sender_that_another_body_acts_on_sets_no_deadline(assistant: Assistant) -> None:
    # the centres send their dossiers to the Phòng; what reaches the Sở is the Phòng's summary of them
    assert assistant.ask("Các TTHTCĐ ở Bình Định gửi hồ sơ tự đánh giá cho Sở GD&ĐT trước ngày nào?").abstained
    answer = assistant.ask("Phòng GD&ĐT gửi kết quả xếp loại TTHTCĐ về Sở GD&ĐT Bình Định trước ngày nào?")
    assert not answer.abstained and "31/5/2025" in answer.answer


def test_a_report_the_letter_never_asks_for(assistant: Assistant) -> None:
    assert assistant.ask("sgd binh dinh yeu cau bao cao tong ket ca nam 2025 truoc ngay nao?").abstained


def test_the_head_asked_for_when_the_deputy_signed(assistant: Assistant) -> None:
    answer = assistant.ask("Chủ tịch UBND huyện Kỳ Phong, người ký Kế hoạch 48, tên là gì?")
    assert answer.abstained and "Phó Chủ tịch Vi Văn Tường" in answer.answer
    answer = assistant.ask("kh 48 huyen ky phong ai ky?")
    assert not answer.abstained and "Vi Văn Tường" in answer.answer


def test_a_plan_of_another_period(assistant: Assistant) -> None:
    answer = assistant.ask("Kế hoạch xây dựng xã hội học tập huyện Kỳ Phong giai đoạn 2021 - 2025 giao xã Nậm Khê chỉ tiêu Gia đình học tập bao nhiêu?")
    assert answer.abstained and "2025 - 2030" in answer.answer


def test_an_amount_asserted_is_checked(assistant: Assistant) -> None:
    answer = assistant.ask("Xã Đạ Rơ trao mỗi suất học bổng cho học sinh vượt khó 1,5 triệu đồng phải không?")
    assert answer.answer.lstrip().startswith("Không") and "1.000.000" in answer.answer
    answer = assistant.ask("Chỉ tiêu quỹ khuyến học của xã Phong Thịnh có phải là 120 triệu đồng không?")
    assert "Không phải." in answer.answer and "110" in answer.answer
    answer = assistant.ask("Chỉ tiêu quỹ khuyến học của xã Phong Thịnh có phải là 110 triệu đồng không?")
    assert "Có." in answer.answer


def test_duties_under_a_heading_of_whose_they_are(assistant: Assistant) -> None:
    question = "{} huyện Kỳ Phong gửi báo cáo 6 tháng về Phòng Giáo dục và Đào tạo trước ngày nào?"
    assert assistant.ask(question.format("Phòng Văn hóa và Thông tin")).abstained
    answer = assistant.ask(question.format("Hội Khuyến học"))
    assert not answer.abstained and "15/6/2025" in answer.answer


def test_a_report_period_no_clause_sets(assistant: Assistant) -> None:
    assert assistant.ask("han gui bao cao so ket hoc ky I cua hkh huyen ky phong la ngay nao").abstained



def test_a_department_named_by_its_new_name_that_the_plan_gives_no_report(assistant: Assistant) -> None:
    answer = assistant.ask("Phòng Văn hóa, Khoa học và Thông tin huyện Kỳ Phong gửi báo cáo 6 tháng về Phòng Giáo dục "
                           "và Đào tạo trước ngày nào?")
    assert answer.abstained


def test_a_step_another_body_takes_has_no_date_for_the_body_asked(assistant: Assistant) -> None:
    assert assistant.ask("Sở GD&ĐT Bình Định kiểm tra, đánh giá, xếp loại TTHTCĐ trước ngày nào?").abstained
    answer = assistant.ask("Phòng GD&ĐT Bình Định gửi kết quả đánh giá, xếp loại TTHTCĐ về Sở trước ngày nào?")
    assert not answer.abstained and "31/5/2025" in answer.answer
