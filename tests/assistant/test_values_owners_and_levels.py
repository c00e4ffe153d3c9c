"""Near misses by what a clause's value belongs to: a sum the question itself gives, a fee paid to someone else, a
figure shared by several communes, a day in another month, a post never filled by name, a fault never punished,
a number of another body or person, the deadline of another level's hop or of a village head's task, the points
of another title, a prize of other winners, the cost of another event, a count of other people; and yes/no
questions asserting how often or where something happens, a delay asked as a length of time, and the letter
about the year asked."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN LẠC SƠN ĐÔNG                              Độc lập - Tự do - Hạnh phúc
Số: 77/KH-UBND                          Lạc Sơn Đông, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện Lạc Sơn Đông năm 2024
I. CHỈ TIÊU
1. Ngân sách huyện bố trí 1.850 triệu đồng để tổ chức tập huấn, Tuần lễ hưởng ứng học tập suốt đời và Hội nghị sơ kết.
2. Năm 2024 huyện mở 06 lớp xóa mù chữ tại các xã Đồng Mai, Tân Mỹ và Yên Lạc.
3. Mỗi năm đào tạo nghề cho ít nhất 650 lao động nông thôn.
4. Thù lao báo cáo viên: 300.000 đồng/buổi.
II. CHẾ ĐỘ BÁO CÁO
1. Các TTHTCĐ báo cáo kết quả hoạt động theo quý, gửi UBND xã trước ngày 20 của tháng cuối quý.
2. Hồ sơ gửi sau ngày 30/9/2024 sẽ không được xét khen thưởng năm 2024.
3. Riêng xã Yên Lạc được gửi báo cáo chậm hơn 03 ngày làm việc so với thời hạn.
4. Thường trực Hội Khuyến học huyện phân công 01 Phó Chủ tịch theo dõi xã Tân Mỹ.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
Đầu mối theo dõi: bà Trần Thị Huệ, Phó Trưởng phòng Giáo dục và Đào tạo, điện thoại 0227.3821.456.
2. Hội Khuyến học huyện
Hội Khuyến học huyện báo cáo kết quả về Hội Khuyến học tỉnh trước ngày 15/12/2024.
3. Trưởng thôn
Tổng hợp danh sách hộ đạt danh hiệu "Gia đình học tập" của thôn, gửi UBND xã trước ngày 15/11/2024.
4. Hội Khuyến học xã
Hội Khuyến học xã báo cáo kết quả bình xét về Hội Khuyến học huyện trước ngày 10/12/2024.
IV. SỰ KIỆN
1. Cuộc họp Ban Chỉ đạo huyện ngày 09/10/2024 đã thống nhất các nội dung trên.
2. Cuộc họp Ban Chỉ đạo tiếp theo tổ chức vào tuần đầu tháng 01/2025.
3. Hội nghị tổng kết năm 2024 tổ chức ngày 26/12/2024 tại Hội trường UBND huyện.
Nơi nhận:                                       TM. ỦY BAN NHÂN DÂN
- Sở GD&ĐT (b/c);                               KT. CHỦ TỊCH
- Lưu: VT.                                      PHÓ CHỦ TỊCH
                                                Hà Văn Sơn
"""

GUIDANCE = """HỘI KHUYẾN HỌC HUYỆN LẠC SƠN ĐÔNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC XÃ ĐỒNG MAI                        Độc lập - Tự do - Hạnh phúc
Số: 05/HD-HKH                                 Đồng Mai, ngày 20 tháng 02 năm 2024
HƯỚNG DẪN
Bình xét danh hiệu học tập và khen thưởng năm 2024 trên địa bàn xã Đồng Mai
I. ĐIỂM CÔNG NHẬN
1. Danh hiệu "Gia đình học tập"
Gia đình được công nhận khi đạt từ 80 điểm trở lên.
2. Danh hiệu "Công dân học tập"
Công dân được công nhận khi đạt từ 70 điểm trở lên theo phiếu tự đánh giá.
II. KHEN THƯỞNG
1. Học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh: giải Nhất 1.000.000 đồng; giải Nhì 700.000 đồng.
2. Chi tiết kinh phí:
| TT | Nội dung | Số tiền (đồng) | Nguồn kinh phí |
|---|---|---|---|
| 1 | Tổ chức các chuyên đề tại TTHTCĐ | 105.000.000 | Ngân sách xã |
| 2 | Trang thiết bị thư viện số | 180.000.000 | Vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới |
III. CUỘC THI VIẾT
Bài dự thi gửi về Văn phòng Hội Khuyến học xã trước ngày 31/7/2024; bài dự thi gửi sau ngày 31/7/2024 sẽ không được xét khen thưởng.
Nơi nhận:                                     TM. BAN THƯỜNG TRỰC
- Hội Khuyến học huyện (b/c);                 CHỦ TỊCH
- Lưu: HKH.                                   Nguyễn Thị Lan
"""


def _letter(number: str, day: str, year: int, subject: str) -> str:
    return f"""UBND TỈNH BẮC LAM                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                         Độc lập - Tự do - Hạnh phúc
Số: {number}/SGDĐT-GDTX                     Bắc Lam, ngày {day} năm {year}
V/v {subject}
Kính gửi: Phòng Giáo dục và Đào tạo các huyện.
1. Các Phòng Giáo dục và Đào tạo gửi báo cáo về Sở trước ngày 05/12/{year}.
Nơi nhận:                                      KT. GIÁM ĐỐC
- Như trên;                                    PHÓ GIÁM ĐỐC
- Lưu: VT.                                     Lê Minh Tâm
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("owners"), {
        "lac-son-dong_KH-UBND_2024.txt": PLAN,
        "dong-mai_HD-HKH_2024.txt": GUIDANCE,
        "bac-lam_CV-SGDDT_2024.txt": _letter("2318", "28 tháng 10", 2024,
                                             "báo cáo kết quả xây dựng xã hội học tập năm 2024 và đăng ký chỉ tiêu năm 2025"),
        "bac-lam_CV-SGDDT_2025.txt": _letter("2816", "18 tháng 11", 2025, "báo cáo kết quả xây dựng xã hội học tập năm 2025"),
    })


def test_a_sum_the_question_gives_does_not_answer_how_much_of_it(assistant: Assistant) -> None:
    assert assistant.ask("Trong 1.850 triệu ngân sách huyện Lạc Sơn Đông thì bao nhiêu dành cho Tuần lễ hưởng ứng?").abstained
    total = assistant.ask("Ngân sách huyện Lạc Sơn Đông bố trí bao nhiêu kinh phí năm 2024?")
    assert not total.abstained and "1.850" in total.answer


def test_a_fee_is_paid_to_whom_the_clause_names(assistant: Assistant) -> None:
    assert assistant.ask("Giáo viên dạy lớp xóa mù chữ ở Lạc Sơn Đông được trả thù lao bao nhiêu một buổi?").abstained
    fee = assistant.ask("Báo cáo viên ở Lạc Sơn Đông được trả thù lao bao nhiêu một buổi?")
    assert not fee.abstained and "300.000" in fee.answer


def test_a_figure_of_several_communes_together_is_none_of_theirs(assistant: Assistant) -> None:
    assert assistant.ask("Năm 2024 xã Tân Mỹ huyện Lạc Sơn Đông mở bao nhiêu lớp xóa mù chữ?").abstained
    district = assistant.ask("Năm 2024 huyện Lạc Sơn Đông mở bao nhiêu lớp xóa mù chữ?")
    assert not district.abstained and "06 lớp" in district.answer


def test_a_day_asked_in_one_month_is_not_a_day_of_another(assistant: Assistant) -> None:
    assert assistant.ask("Cuộc họp Ban Chỉ đạo huyện Lạc Sơn Đông lần tới là ngày mấy tháng 1/2025?").abstained
    held = assistant.ask("Cuộc họp Ban Chỉ đạo huyện Lạc Sơn Đông đã thống nhất các nội dung trên tổ chức ngày nào?")
    assert not held.abstained and "09/10/2024" in held.answer


def test_which_holder_of_a_post_is_a_name_the_clause_must_give(assistant: Assistant) -> None:
    assert assistant.ask("Hội Khuyến học huyện Lạc Sơn Đông phân công Phó Chủ tịch nào theo dõi xã Tân Mỹ?").abstained


def test_a_penalty_answers_only_for_the_fault_it_punishes(assistant: Assistant) -> None:
    assert assistant.ask("Ở xã Đồng Mai, bài dự thi sao chép, đạo văn thì bị xử lý thế nào?").abstained
    late = assistant.ask("Ở xã Đồng Mai, bài dự thi gửi trễ hạn thì bị xử lý thế nào?")
    assert not late.abstained and "không được xét khen thưởng" in late.answer


def test_a_contact_belongs_to_the_body_and_person_it_follows(assistant: Assistant) -> None:
    assert assistant.ask("Số điện thoại đầu mối của Hội Khuyến học huyện Lạc Sơn Đông là bao nhiêu?").abstained
    assert assistant.ask("sdt cua ba do thi huong o lac son dong").abstained
    assert assistant.ask("Số di động của bà Trần Thị Huệ ở Lạc Sơn Đông là gì?").abstained
    phone = assistant.ask("Số điện thoại của bà Trần Thị Huệ ở Lạc Sơn Đông?")
    assert not phone.abstained and "0227.3821.456" in phone.answer


def test_a_deadline_is_of_the_hop_and_the_sender_asked(assistant: Assistant) -> None:
    assert assistant.ask("Hội Khuyến học xã ở Lạc Sơn Đông gửi báo cáo về Hội Khuyến học tỉnh trước ngày nào?").abstained
    assert assistant.ask("Ở Lạc Sơn Đông, chi hội khuyến học thôn gửi danh sách hộ đạt danh hiệu "
                         "“Gia đình học tập” trước ngày nào?").abstained
    head = assistant.ask("Ở Lạc Sơn Đông, trưởng thôn gửi danh sách hộ đạt danh hiệu “Gia đình học tập” trước ngày nào?")
    assert not head.abstained and "15/11/2024" in head.answer
    hop = assistant.ask("Hội Khuyến học xã ở Lạc Sơn Đông gửi báo cáo về Hội Khuyến học huyện trước ngày nào?")
    assert not hop.abstained and "10/12/2024" in hop.answer


def test_points_prizes_costs_and_counts_are_of_the_thing_asked(assistant: Assistant) -> None:
    assert assistant.ask("Thôn ở xã Đồng Mai phải đạt bao nhiêu điểm thì được công nhận “Cộng đồng học tập”?").abstained
    assert assistant.ask("Giáo viên dạy giỏi cấp tỉnh được Hội Khuyến học xã Đồng Mai thưởng bao nhiêu tiền?").abstained
    assert assistant.ask("Kinh phí tổ chức hội nghị sơ kết của xã Đồng Mai là bao nhiêu?").abstained
    assert assistant.ask("Ở huyện Lạc Sơn Đông mỗi năm đào tạo nghề cho bao nhiêu lao động nữ?").abstained
    citizen = assistant.ask("Ở xã Đồng Mai công dân phải đạt bao nhiêu điểm để được công nhận “Công dân học tập”?")
    assert not citizen.abstained and "70 điểm" in citizen.answer
    library = assistant.ask("kinh phi trang thiet bi thu vien so o xa dong mai bao nhieu, nguon nao")
    assert not library.abstained and "180.000.000" in library.answer


def test_yes_no_checks_how_often_where_and_from_which_purse(assistant: Assistant) -> None:
    assert assistant.ask("TTHTCĐ ở Lạc Sơn Đông báo cáo 6 tháng một lần phải không?").answer.startswith("Không")
    assert assistant.ask("Hội nghị tổng kết năm 2024 của Lạc Sơn Đông có tổ chức ở Nhà văn hóa thôn không?"
                         ).answer.startswith("Không")
    assert assistant.ask("Kinh phí trang thiết bị thư viện số của xã Đồng Mai có lấy từ ngân sách xã không?"
                         ).answer.startswith("Không")


def test_a_delay_is_asked_as_a_length_of_time(assistant: Assistant) -> None:
    delay = assistant.ask("Xã Yên Lạc ở Lạc Sơn Đông được gửi báo cáo chậm hơn mấy ngày so với thời hạn?")
    assert not delay.abstained and "03 ngày" in delay.answer


def test_the_letter_about_the_year_asked_is_the_one_described(assistant: Assistant) -> None:
    letter = assistant.ask("Công văn của Sở GD&ĐT Bắc Lam về báo cáo năm 2025 có số, ký hiệu là gì?")
    assert "2816" in letter.answer and "2318" not in letter.answer
