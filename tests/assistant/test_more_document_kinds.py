"""Kinds of documents beyond plans and letters (minutes, a request for funds, an event plan, a report to a
ministry): each answers what it says and refuses what it says of something else — another person, level, grade
of school, span of years, quarter, payer or village; a question opening with the document's kind asks about it."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from assistant.answering.understand import understand
from tests.indexed import indexed_assistant

MINUTES = """HỘI KHUYẾN HỌC HUYỆN MỘ LINH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC XÃ ĐỨC THẠNH                      Độc lập - Tự do - Hạnh phúc

Số: 11/BB-HKH                              Đức Thạnh, ngày 18 tháng 7 năm 2025

BIÊN BẢN
Họp Ban Chấp hành Hội Khuyến học xã Đức Thạnh
(Phiên họp thường kỳ quý III năm 2025)

Vào lúc 14 giờ 00 phút, ngày 18 tháng 7 năm 2025, tại Hội trường xã, Ban Chấp hành Hội Khuyến học xã họp thường kỳ.

Thành phần tham dự: có mặt 13 ủy viên; vắng bà Đặng Thị Huyền, ủy viên Ban Chấp hành (vắng có lý do).
Chủ trì cuộc họp: ông Nguyễn Văn Thịnh, Chủ tịch Hội Khuyến học xã.
Thư ký cuộc họp: bà Phan Thị Bích Ngân.

Mức thưởng từ Quỹ khuyến học xã: học sinh đạt giải cấp tỉnh 1.000.000 đồng/em; học sinh đạt giải cấp huyện 500.000 đồng/em.

Chủ trì cuộc họp kết luận, giao nhiệm vụ như sau:
1. Chi hội khuyến học thôn Lâm Thạnh lập danh sách học sinh đạt giải, gửi Thường trực Hội trước ngày 05/8/2025.
2. Thư ký Hội (bà Phan Thị Bích Ngân) tổng hợp kết quả 6 tháng đầu năm, gửi báo cáo về Hội Khuyến học huyện Mộ Linh qua email trước ngày 10/8/2025.

Cuộc họp kết thúc vào lúc 16 giờ 45 phút cùng ngày.

THƯ KÝ                                              CHỦ TRÌ
(Đã ký)                                             (Đã ký)
Phan Thị Bích Ngân                                  CHỦ TỊCH HỘI KHUYẾN HỌC XÃ
                                                    Nguyễn Văn Thịnh
"""

REQUEST = """ỦY BAN NHÂN DÂN HUYỆN LỤC KHÊ            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN XÃ TRÚC KHÊ                    Độc lập - Tự do - Hạnh phúc

Số: 52/TTr-UBND                           Trúc Khê, ngày 20 tháng 10 năm 2025

TỜ TRÌNH
Về việc đề nghị hỗ trợ kinh phí hoạt động của Trung tâm học tập cộng đồng xã Trúc Khê năm 2026

Kính gửi: Ủy ban nhân dân huyện Lục Khê.

1. Tình hình năm 2025
Năm 2025, Trung tâm học tập cộng đồng được UBND huyện hỗ trợ 35.000.000 đồng.

2. Đề nghị
Đề nghị UBND huyện hỗ trợ 96.500.000 đồng; Trường Trung học cơ sở Trúc Khê phối hợp mở 02 lớp tin học cơ bản cho cán bộ thôn.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Thái
"""

EVENT_PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TAM LẠC                                 Độc lập - Tự do - Hạnh phúc

Số: 91/KH-UBND                             Tam Lạc, ngày 18 tháng 9 năm 2025

KẾ HOẠCH
Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025

Căn cứ Công văn số 1472/SGDĐT-GDTX ngày 05/9/2025 của Sở Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025 và lễ khai mạc Tuần lễ;

I. CÁC HOẠT ĐỘNG
1. Lễ khai mạc Tuần lễ
- Thời gian: 07 giờ 30 phút, thứ Tư, ngày 01/10/2025.
- Địa điểm: Hội trường Trung tâm Văn hóa huyện.
2. Kiểm tra liên ngành
Đoàn kiểm tra liên ngành kiểm tra việc tổ chức Tuần lễ tại các xã; thời gian kiểm tra trong quý IV năm 2025.
3. Sơ kết
Hội nghị sơ kết 03 năm thực hiện Phong trào tổ chức ngày 22/11/2025.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Bích
"""

REPORT = """# BÁO CÁO
## Tổng kết giai đoạn 2021 - 2025 xây dựng xã hội học tập trên địa bàn tỉnh Hà Linh

**ỦY BAN NHÂN DÂN TỈNH HÀ LINH**

Số: 415/BC-UBND

*Hà Linh, ngày 10 tháng 12 năm 2025*

## I. KẾT QUẢ
Giai đoạn 2021 - 2025, tỷ lệ hộ gia đình đạt danh hiệu "Gia đình học tập" đạt 71,3%.

## II. KIẾN NGHỊ, ĐỀ XUẤT

1. Đối với Bộ Giáo dục và Đào tạo:
- Sớm ban hành bộ chỉ số đánh giá xây dựng xã hội học tập cấp tỉnh;
- Biên soạn tài liệu xóa mù chữ song ngữ.

2. Đối với Bộ Tài chính: nâng định mức hỗ trợ kinh phí hoạt động cho Trung tâm học tập cộng đồng.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nông Thị Hằng
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("kinds"), {
        "duc-thanh_BB-HKH_2025.txt": MINUTES, "truc-khe_TTr-UBND_2025.txt": REQUEST,
        "tam-lac_KH-UBND_2025.txt": EVENT_PLAN, "ha-linh_BC-UBND_2025.md": REPORT})


def test_minutes_are_titled_and_signed_by_their_chair(assistant: Assistant) -> None:
    answer = assistant.ask("Biên bản họp Ban Chấp hành Hội Khuyến học xã Đức Thạnh có số hiệu gì, ngày nào, do ai ký?")
    assert not answer.abstained and "11/BB-HKH" in answer.answer and "Nguyễn Văn Thịnh" in answer.answer


def test_a_question_opening_with_the_kind_asks_about_that_document(assistant: Assistant) -> None:
    answer = assistant.ask("to trinh ho tro kinh phi tthtcd truc khe so may, ngay nao, ai ky")
    assert not answer.abstained and "52/TTr-UBND" in answer.answer and "Hoàng Văn Thái" in answer.answer


def test_the_secretary_of_the_association_sends_its_report(assistant: Assistant) -> None:
    answer = assistant.ask("hkh xa duc thanh gui bc 6 thang dau nam ve hkh huyen truoc ngay nao")
    assert not answer.abstained and "10/8/2025" in answer.answer


def test_the_place_of_an_event_is_shown_beside_its_time(assistant: Assistant) -> None:
    answer = assistant.ask("Lễ khai mạc Tuần lễ ở huyện Tam Lạc diễn ra vào thời gian nào, tại địa điểm nào?")
    assert "01/10/2025" in answer.answer and "Trung tâm Văn hóa huyện" in answer.answer
    assert not answer.answer.split("\n")[0].split(": ", 1)[-1].startswith("Căn cứ")


def test_proposals_to_one_ministry_are_its_part(assistant: Assistant) -> None:
    answer = assistant.ask("UBND tỉnh Hà Linh kiến nghị Bộ GD&ĐT những gì?")
    assert "bộ chỉ số" in answer.answer and "song ngữ" in answer.answer


@pytest.mark.parametrize(("question", "said"), [
    ("Theo kế hoạch của huyện Tam Lạc, thời gian kiểm tra liên ngành trong quý III phải không?", "Không"),
    ("Theo kế hoạch của huyện Tam Lạc, thời gian kiểm tra liên ngành trong quý IV phải không?", "Có"),
])
def test_a_quarter_asserted_is_checked_against_the_clause(assistant: Assistant, question: str, said: str) -> None:
    assert assistant.ask(question).answer.startswith(said)


@pytest.mark.parametrize("question", [
    # a person the clause answering gives no task
    "Bà Đặng Thị Huyền được cuộc họp Hội Khuyến học xã Đức Thạnh phân công nhiệm vụ gì?",
    # the prizes are for provincial and district awards
    "hs dat giai quoc gia o duc thanh dc thuong bn tien",
    # the district pays, not the commune
    "nam 2025 xa truc khe doi ung bn tien cho tthtcd",
    # a lower secondary school opens the classes, not a primary one
    "Trường Tiểu học Trúc Khê mở mấy lớp tin học cơ bản cho cán bộ thôn?",
    # a review of three years, not two
    "Hội nghị sơ kết 02 năm thực hiện Phong trào ở huyện Tam Lạc tổ chức ngày nào?",
    # a village no document names
    "chi hoi thon an thach o duc thanh phai nop danh sach hoc sinh truoc ngay nao",
])
def test_a_value_said_of_another_is_refused(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained


@pytest.mark.parametrize(("question", "said"), [
    ("hs dat giai cap tinh o duc thanh dc thuong bn tien", "1.000.000"),
    ("nam 2025 tthtcd truc khe duoc huyen ho tro bn tien", "35.000.000"),
    ("Hội nghị sơ kết 03 năm thực hiện Phong trào ở huyện Tam Lạc tổ chức ngày nào?", "22/11/2025"),
    ("chi hoi thon lam thanh o duc thanh phai nop danh sach hoc sinh truoc ngay nao", "05/8/2025"),
])
def test_the_twin_that_the_document_answers_is_answered(assistant: Assistant, question: str, said: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and said in answer.answer


@pytest.mark.parametrize(("question", "attribute", "asks"), [
    ("kh phong trao thi dua cua tinh so may ngay nao", "number", ["date"]),
    ("du toan tthtcd 2026: lop tin hoc co ban, ky nang so may lop, don gia bn", None, ["count"]),
])
def test_so_may_asks_a_number_unless_a_counted_thing_follows(question: str, attribute: str | None,
                                                              asks: list[str]) -> None:
    q = understand(question)
    assert q.doc_attribute == attribute and q.asks[:1] == asks
