"""Answers chosen by what a question asks of a clause, through the real pipeline: the day of an act or event
the documents do not date, a grade's band of points, a half-year report under its heading, the money of a fund
or of each village, a count of what a table does not count, a contact line deep in a letter with no numbered
parts, whose email is asked, attendees counted in a long clause, and when an act happens."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

GUIDANCE = """HỘI KHUYẾN HỌC TỈNH QUẢNG TRỊ            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 17/HD-HKH                              Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 15 tháng 9 năm 2025
HƯỚNG DẪN
Đánh giá, công nhận danh hiệu "Cộng đồng học tập" cấp thôn năm 2025
I. XẾP LOẠI
1. Căn cứ tổng điểm, thôn được xếp loại như sau:
- Tốt: từ 90 đến 100 điểm và không có tiêu chí nào đạt dưới 70% số điểm tối đa của tiêu chí đó.
- Khá: từ 75 đến dưới 90 điểm.
- Đạt: từ 60 đến dưới 75 điểm.
II. QUY TRÌNH
1. Thôn họp bình xét, tự chấm điểm, hoàn thành trước ngày 31/10/2025.
2. Hội đồng đánh giá cấp xã thẩm định hồ sơ và kiểm tra thực tế tại thôn từ ngày 06/11 đến ngày 20/11/2025.
3. Hội Khuyến học xã tổng hợp kết quả, báo cáo Hội Khuyến học tỉnh trước ngày 10/12/2025.
4. Hồ sơ gửi Hội Khuyến học tỉnh qua địa chỉ thư điện tử hoikhuyenhoc.quangtri@gmail.com.
III. KHEN THƯỞNG
1. Lễ trao thưởng cấp tỉnh tổ chức kết hợp với Hội nghị tổng kết công tác khuyến học của tỉnh.
2. Mỗi thôn xếp loại Tốt tiêu biểu được tặng Giấy khen kèm tiền thưởng 3.000.000 đồng.
                                              TM. BAN THƯỜNG VỤ
                                              CHỦ TỊCH
                                              Lê Văn Hòa
"""

PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH TUYÊN QUANG                          Độc lập - Tự do - Hạnh phúc
Số: 48/KH-UBND                         Tuyên Quang, ngày 23 tháng 01 năm 2026
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn tỉnh Tuyên Quang năm 2026
I. KINH PHÍ
1. Ngân sách tỉnh giao Sở Giáo dục và Đào tạo 1.320 triệu đồng và Hội Khuyến học tỉnh 480 triệu đồng.
2. Ngân sách xã hỗ trợ xây dựng điểm đọc sách tại nhà văn hóa thôn, mức 03 triệu đồng/thôn.
II. CHẾ ĐỘ BÁO CÁO
1. Báo cáo 6 tháng đầu năm
- UBND các xã, phường gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 10/6/2026.
2. Báo cáo năm 2026
- UBND các xã, phường gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 30/11/2026; Hội Khuyến học tỉnh gửi báo cáo trước ngày 05/12/2026.
III. TỔ CHỨC THỰC HIỆN
Các thôn hoàn thành xây dựng điểm đọc sách tại nhà văn hóa thôn trước ngày 30/6/2026.
                                          KT. CHỦ TỊCH
                                          PHÓ CHỦ TỊCH
                                          Nguyễn Văn Sơn
"""

# a letter with no numbered parts: one long section, the contact line at its end
_LETTER_BODY = "\n\n".join(
    f"Nội dung {i}: các đơn vị rà soát số liệu về học tập suốt đời của năm 2025, đối chiếu với số liệu đã báo cáo "
    f"trong đợt {i}, bảo đảm thống nhất giữa các biểu và thuyết minh rõ nguyên nhân khi có chênh lệch giữa các kỳ "
    f"báo cáo; trường hợp cần thiết, đơn vị gửi kèm văn bản giải trình có chữ ký của thủ trưởng đơn vị."
    for i in range(1, 31))
LETTER = f"""SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÂM ĐỒNG
Số: 3185/SGDĐT-GDTX
V/v báo cáo tổng kết năm 2025 Phong trào xây dựng xã hội học tập

Lâm Đồng, ngày 27 tháng 10 năm 2025

Kính gửi: Ủy ban nhân dân các xã, phường.

Các đơn vị gửi báo cáo tổng kết năm 2025 về Sở Giáo dục và Đào tạo trước ngày 28/11/2025.

{_LETTER_BODY}

Thông tin chi tiết, đề nghị liên hệ bà Nguyễn Thị Bích Thủy, chuyên viên Sở Giáo dục và Đào tạo; điện thoại: 0263.3822.415.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


NOTICE = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HÀM YÊN                                Độc lập - Tự do - Hạnh phúc
Số: 27/TB-UBND                         Hàm Yên, ngày 16 tháng 3 năm 2026
THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp Ban Chỉ đạo xây dựng xã hội học tập xã Hàm Yên quý I năm 2026
Ngày 12/3/2026, đồng chí Ma Văn Tuấn, Chủ tịch UBND xã, Trưởng Ban Chỉ đạo chủ trì cuộc họp Ban Chỉ đạo.
Tham dự cuộc họp có: đồng chí Hoàng Thị Thu, Phó Chủ tịch UBND xã, Phó Trưởng ban Thường trực Ban Chỉ đạo, kiêm Giám đốc Trung tâm học tập cộng đồng xã; bà Lý Thị Hạnh, Chủ tịch Hội Khuyến học xã; ông Đặng Văn Hùng, Trưởng Phòng Văn hóa - Xã hội; đại diện Đoàn Thanh niên, Hội Liên hiệp Phụ nữ và 38/42 Trưởng thôn.
I. NHIỆM VỤ
1. Phòng Văn hóa - Xã hội tổng hợp báo cáo 6 tháng đầu năm, trình UBND xã trước ngày 05/6/2026.
2. Các thôn họp bình xét "Gia đình học tập" từ ngày 01/11 đến ngày 15/11/2026.
                                          CHỦ TỊCH
                                          Ma Văn Tuấn
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("acts"), {
        "quang-tri.txt": GUIDANCE, "tuyen-quang.txt": PLAN, "lam-dong.txt": LETTER, "ham-yen.txt": NOTICE})


def test_an_event_the_documents_do_not_date_is_refused(assistant: Assistant) -> None:
    assert assistant.ask("Lễ trao thưởng cấp tỉnh của Hội Khuyến học Quảng Trị năm 2025 diễn ra vào ngày nào?").abstained
    assert assistant.ask("Ngày khai giảng lớp xóa mù chữ ở tỉnh Tuyên Quang là ngày nào?").abstained


def test_an_act_the_documents_date_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("QT: bước thẩm định, kiem tra thuc te tai thon cua hoi dong cap xa lam tu ngay nao")
    assert not answer.abstained and "06/11" in answer.answer and "20/11/2025" in answer.answer
    answer = assistant.ask("Các thôn ở Tuyên Quang phải hoàn thành điểm đọc sách trước ngày nào?")
    assert not answer.abstained and "30/6/2026" in answer.answer


def test_the_band_of_the_grade_asked(assistant: Assistant) -> None:
    answer = assistant.ask('Thôn ở Quảng Trị phải đạt bao nhiêu điểm thì được xếp loại Khá về "Cộng đồng học tập"?')
    assert not answer.abstained and answer.answer.split("\n")[0].count("từ 75 đến dưới 90") == 1
    answer = assistant.ask("Còn mức Đạt thì sao?", ["Thôn ở Quảng Trị được xếp loại Tốt khi đạt bao nhiêu điểm?"])
    assert not answer.abstained and "từ 60 đến dưới 75" in answer.answer.split("\n")[0]


def test_a_half_year_report_under_its_own_heading(assistant: Assistant) -> None:
    answer = assistant.ask("Theo Kế hoạch 48 của tỉnh Tuyên Quang, UBND các xã gửi báo cáo 6 tháng đầu năm 2026 trước ngày nào?")
    assert not answer.abstained and "10/6/2026" in answer.answer.split("\n")[0]


def test_money_of_each_village_and_of_a_fund(assistant: Assistant) -> None:
    answer = assistant.ask("tuyen quang ho tro xay diem doc sach bao nhieu tien 1 thon")
    assert not answer.abstained and "03 triệu đồng/thôn" in answer.answer
    assert assistant.ask("quỹ khuyến học tỉnh Tuyên Quang năm 2026 đạt bao nhiêu tỷ đồng?").abstained


def test_a_count_no_column_of_the_table_counts(assistant: Assistant) -> None:
    assert assistant.ask("Chỉ tiêu số lớp xóa mù chữ năm 2026 của tỉnh Tuyên Quang là bao nhiêu lớp?").abstained


def test_the_contact_line_deep_in_a_letter_without_numbered_parts(assistant: Assistant) -> None:
    answer = assistant.ask("cần hỏi thêm về cv 3185 của sở gd lâm đồng thì liên hệ ai, sđt bao nhiêu")
    assert not answer.abstained and "0263.3822.415" in answer.answer and "Bích Thủy" in answer.answer
    answer = assistant.ask("can hoi them thi lien he ai, sdt bn", ["cv 3185 so gd lam dong yeu cau bao cao nhung gi"])
    assert not answer.abstained and "0263.3822.415" in answer.answer


def test_a_meeting_the_notice_does_not_date_is_not_the_report_it_assigns(assistant: Assistant) -> None:
    assert assistant.ask("hop so ket 6 thang bcd xhht xa ham yen vao ngay may").abstained
    answer = assistant.ask("Phòng Văn hóa - Xã hội xã Hàm Yên trình báo cáo 6 tháng đầu năm trước ngày nào?")
    assert not answer.abstained and "05/6/2026" in answer.answer


def test_when_an_act_happens_leads_with_the_clause_dating_it(assistant: Assistant) -> None:
    answer = assistant.ask("các thôn ở xã Hàm Yên họp bình xét Gia đình học tập trong khoảng thời gian nào?")
    assert not answer.abstained and "01/11" in answer.answer.split("\n")[0]


def test_a_follow_up_counting_attendees_gets_the_piece_with_the_count(assistant: Assistant) -> None:
    answer = assistant.ask("Có bao nhiêu trưởng thôn dự họp?",
                           ["Ai chủ trì cuộc họp Ban Chỉ đạo xây dựng xã hội học tập xã Hàm Yên ngày 12/3/2026?"])
    assert not answer.abstained and "38/42 Trưởng thôn" in answer.answer


def test_whose_email_is_asked(assistant: Assistant) -> None:
    answer = assistant.ask("email của Hội Khuyến học tỉnh Quảng Trị để gửi hồ sơ là gì?")
    assert not answer.abstained and "hoikhuyenhoc.quangtri@gmail.com" in answer.answer
    assert assistant.ask("email của hkh xã để nộp hồ sơ cdht thôn ở quảng trị là gì").abstained

