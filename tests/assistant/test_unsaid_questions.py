"""Near misses the documents do not answer, asked through the real pipeline, each beside a question they do
answer: a sender the clause is not about, money for a purpose no amount is given for, a fund's balance, the
holder of a post, another year, a commune the district plan does not list, a step without a deadline."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

DISTRICT_PLAN = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TRUNG LƯƠNG                     Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND                        Trung Lương, ngày 12 tháng 3 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện Trung Lương năm 2025
Căn cứ Kế hoạch số 187/KH-UBND ngày 26/12/2024 của Ủy ban nhân dân tỉnh Hà Nam;
I. CHỈ TIÊU GIAO CHO CÁC XÃ
| TT | Đơn vị | Gia đình học tập (%) | Cộng đồng học tập cấp thôn (%) |
|---|---|---|---|
| 1 | Xã Đồng Du | 76 | 71 |
| 2 | Xã Tiêu Động | 73 | 67 |
II. NHIỆM VỤ
1. Mở 04 lớp xóa mù chữ tại các thôn vùng khó khăn, mỗi lớp từ 15 học viên trở lên.
2. Hội Khuyến học huyện tổ chức kiểm tra xác suất ít nhất 10% số thôn được công nhận "Cộng đồng học tập".
3. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện phối hợp mở các lớp bồi dưỡng nghề ngắn hạn.
III. KINH PHÍ
Tổng kinh phí từ ngân sách huyện bố trí để thực hiện Kế hoạch năm 2025 là 285.000.000 đồng.
IV. CHẾ ĐỘ BÁO CÁO
1. Cấp thôn
- Trưởng thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 05/11/2025.
2. Cấp xã
- Báo cáo năm gửi Ủy ban nhân dân huyện (qua Phòng Giáo dục và Đào tạo) trước ngày 15/11/2025.
3. Cấp huyện
- Phòng Giáo dục và Đào tạo tham mưu Ủy ban nhân dân huyện báo cáo Sở Giáo dục và Đào tạo trước ngày 05/12/2025.
"""
LETTER = """SỞ GIÁO DỤC VÀ ĐÀO TẠO                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NINH BÌNH                          Độc lập - Tự do - Hạnh phúc
Số: 1186/SGDĐT-GDTXCN                   Ninh Bình, ngày 14 tháng 5 năm 2025
V/v báo cáo xây dựng xã hội học tập 6 tháng đầu năm 2025 và tập huấn cán bộ
Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thành phố.
1. Tập huấn cán bộ quản lý Trung tâm học tập cộng đồng
- Phòng GDĐT gửi danh sách cán bộ đăng ký dự tập huấn về Sở GDĐT chậm nhất ngày 28/5/2025.
2. Thời hạn gửi báo cáo
- Báo cáo kết quả xây dựng xã hội học tập 6 tháng đầu năm 2025 gửi về Sở GDĐT trước ngày 16/6/2025.
- Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Vũ Thị Thanh Loan, chuyên viên Phòng Giáo dục thường xuyên - Chuyên nghiệp, số điện thoại 0915.284.637.
"""
FUND_PLAN = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ SÁNG TÒNG                          Độc lập - Tự do - Hạnh phúc
Số: 21/KH-UBND                        Sáng Tòng, ngày 15 tháng 1 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập xã Sáng Tòng năm 2025
I. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch năm 2025 là 148.600.000 đồng, trong đó Quỹ Khuyến học xã đóng góp 38.600.000 đồng.
II. TỔ CHỨC THỰC HIỆN
1. Trưởng bản
- Chủ trì bình xét "Gia đình học tập" của bản, gửi danh sách đề nghị về Ủy ban nhân dân xã trước ngày 31/10/2025.
2. Hội Nông dân xã vận động hội viên tham gia các lớp chuyển giao kỹ thuật.
"""
REPORT = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN PHỤNG HIỆP                      Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND                       Phụng Hiệp, ngày 05 tháng 12 năm 2024
BÁO CÁO
Kết quả xây dựng xã hội học tập năm 2024
I. KẾT QUẢ THỰC HIỆN
1. Chỉ tiêu
- Tỷ lệ "Gia đình học tập" đạt 76%; "Dòng họ học tập" đạt 73%.
2. Hạn chế
- Một số xã chưa bố trí cán bộ theo dõi.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("unsaid"), {"trung-luong.txt": DISTRICT_PLAN, "ninh-binh.txt": LETTER, "sang-tong.txt": FUND_PLAN, "phung-hiep.txt": REPORT})


def test_a_level_heading_makes_its_government_the_sender(assistant: Assistant) -> None:
    said = assistant.ask("Ủy ban nhân dân xã ở huyện Trung Lương gửi báo cáo năm lên huyện trước ngày nào?")
    assert not said.abstained and "15/11/2025" in said.answer
    other = assistant.ask("Trung tâm GDNN-GDTX huyện Trung Lương phải báo cáo kết quả bồi dưỡng nghề trước ngày nào?")
    assert other.abstained


def test_a_village_asked_as_sender_is_not_answered_by_another_bodys_report(assistant: Assistant) -> None:
    said = assistant.ask("thon o trung luong bao cao ket qua cho xa truoc ngay nao")
    assert not said.abstained and "05/11/2025" in said.answer
    other = assistant.ask("truong thcs o trung luong nop bao cao cho phong gd truoc ngay nao")
    assert other.abstained


def test_a_letters_unsaid_sender_is_its_addressee(assistant: Assistant) -> None:
    said = assistant.ask("Phòng GD&ĐT gửi báo cáo 6 tháng về Sở GD&ĐT Ninh Bình trước ngày nào?")
    assert not said.abstained and "16/6/2025" in said.answer
    other = assistant.ask("hoi khuyen hoc tinh ninh binh phai gui bao cao cho so gd truoc ngay nao theo cv 1186")
    assert other.abstained


def test_a_body_named_only_as_a_heading_sends_what_it_holds(assistant: Assistant) -> None:
    answer = assistant.ask("hoi nong dan xa sang tong phai bc ket qua cho ubnd xa truoc ngay nao")
    assert answer.abstained


def test_money_for_a_purpose_no_amount_is_given_for(assistant: Assistant) -> None:
    total = assistant.ask("Tổng kinh phí thực hiện kế hoạch năm 2025 của huyện Trung Lương là bao nhiêu?")
    assert not total.abstained and "285.000.000" in total.answer
    purpose = assistant.ask("kinh phi to chuc tuan le hoc tap suot doi o huyen trung luong duoc bao nhieu tien")
    assert purpose.abstained


def test_a_funds_balance_is_not_what_it_gives(assistant: Assistant) -> None:
    gives = assistant.ask("Quỹ Khuyến học xã Sáng Tòng đóng góp bao nhiêu tiền cho kế hoạch năm 2025?")
    assert not gives.abstained and "38.600.000" in gives.answer
    balance = assistant.ask("Quỹ Khuyến học xã Sáng Tòng hiện còn số dư bao nhiêu tiền?")
    assert balance.abstained


def test_the_holder_of_a_post_is_not_the_contact_named(assistant: Assistant) -> None:
    contact = assistant.ask("vuong mac ve bao cao 6 thang thi lien he ai o sgd ninh binh, sdt bao nhieu")
    assert not contact.abstained and "0915.284.637" in contact.answer
    post = assistant.ask("Ai là Trưởng phòng Giáo dục thường xuyên - Chuyên nghiệp của Sở GD&ĐT Ninh Bình?")
    assert post.abstained
    name = assistant.ask("ten giao vien day lop xoa mu chu o trung luong la gi")
    assert name.abstained


def test_a_clause_without_a_year_belongs_to_its_plans_year(assistant: Assistant) -> None:
    this_year = assistant.ask("Năm 2025 huyện Trung Lương mở bao nhiêu lớp xóa mù chữ?")
    assert not this_year.abstained and "04 lớp" in this_year.answer
    last_year = assistant.ask("Năm 2024 huyện Trung Lương mở bao nhiêu lớp xóa mù chữ?")
    assert last_year.abstained


def test_a_commune_the_district_plan_does_not_list(assistant: Assistant) -> None:
    listed = assistant.ask('Chỉ tiêu "Cộng đồng học tập" cấp thôn của xã Đồng Du và xã Tiêu Động (huyện Trung Lương), '
                           "xã nào cao hơn?")
    assert not listed.abstained and "71" in listed.answer and "67" in listed.answer
    unlisted = assistant.ask('Chỉ tiêu "Gia đình học tập" của xã Bình Nghĩa thuộc huyện Trung Lương là bao nhiêu?')
    assert unlisted.abstained


def test_both_deadlines_compared_are_shown(assistant: Assistant) -> None:
    answer = assistant.ask("Theo Công văn 1186 của Sở GD&ĐT Ninh Bình, hạn gửi danh sách đăng ký dự tập huấn và "
                           "hạn gửi báo cáo 6 tháng, hạn nào sớm hơn?")
    assert not answer.abstained and "28/5/2025" in answer.answer and "16/6/2025" in answer.answer


def test_the_whole_years_report_is_not_the_half_years(assistant: Assistant) -> None:
    answer = assistant.ask("Theo Công văn 1186, hạn gửi báo cáo cả năm 2025 cho Sở GD&ĐT Ninh Bình là ngày nào?")
    assert answer.abstained


def test_a_guidance_of_another_year(assistant: Assistant) -> None:
    answer = assistant.ask("Theo kế hoạch năm 2019 của UBND huyện Trung Lương, chỉ tiêu Gia đình học tập của xã Đồng Du là bao nhiêu?")
    assert answer.abstained


def test_a_step_the_plan_sets_no_deadline_for(assistant: Assistant) -> None:
    answer = assistant.ask("Hội Khuyến học huyện Trung Lương phải hoàn thành kiểm tra xác suất các thôn được công nhận "
                           "trước ngày nào?")
    assert answer.abstained


def test_a_reports_figures_belong_to_the_year_its_title_names(assistant: Assistant) -> None:
    answer = assistant.ask('Năm 2024 huyện Phụng Hiệp đạt tỷ lệ "Gia đình học tập" bao nhiêu phần trăm?')
    assert not answer.abstained and "76%" in answer.answer
    other = assistant.ask('Năm 2023 huyện Phụng Hiệp đạt tỷ lệ "Gia đình học tập" bao nhiêu phần trăm?')
    assert other.abstained
