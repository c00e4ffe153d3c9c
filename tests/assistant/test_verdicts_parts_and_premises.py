"""Yes/no verdicts read off the column of the role asked, the day figures count to and a span of years stated
beside the lead; parts asked by their heading ("những chỉ tiêu gì", "gồm những chương nào", "những mẫu nào");
and what a document never names (a form of award, a sanction, a grade of school) is refused."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

LETTER = """UBND HUYỆN ĐỨC THỌ                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                    Độc lập - Tự do - Hạnh phúc
Số: 318/PGDĐT-GDTX                          Đức Thọ, ngày 02 tháng 6 năm 2025
V/v báo cáo số liệu giáo dục thường xuyên 6 tháng đầu năm 2025

Kính gửi: Giám đốc Trung tâm học tập cộng đồng các xã, thị trấn.

1. Thời điểm lấy số liệu
Số liệu báo cáo tính đến ngày 31/5/2025.
Riêng số liệu về kinh phí hoạt động của Trung tâm tính đến hết ngày 31/3/2025.

2. Thời hạn gửi báo cáo
Các Trung tâm gửi báo cáo qua thư điện tử trước ngày 16/6/2025.
Đơn vị gửi báo cáo chậm sẽ bị nêu tên trong cuộc họp giao ban và trừ điểm thi đua cuối năm.

Nơi nhận:                                   KT. TRƯỞNG PHÒNG
- Như trên;                                 PHÓ TRƯỞNG PHÒNG
- Lưu: VT.                                  Lê Thị Thu Hà
"""

RULES = """ỦY BAN NHÂN DÂN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN HƯƠNG SƠN                                  Độc lập - Tự do - Hạnh phúc

QUY CHẾ
Thi đua danh hiệu "Đơn vị học tập" trên địa bàn huyện Hương Sơn
(Ban hành kèm theo Quyết định số 845/QĐ-UBND ngày 12/3/2024 của UBND huyện Hương Sơn)

Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định tiêu chí, xếp loại và khen thưởng danh hiệu "Đơn vị học tập" trên địa bàn huyện.
Điều 2. Thời hạn
Đánh giá hằng năm; danh hiệu "Đơn vị học tập" có giá trị trong 01 năm.

Chương II. KHEN THƯỞNG
Điều 3. Mức thưởng
Đơn vị xếp loại Xuất sắc được Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen kèm tiền thưởng 2.000.000 đồng.

Chương III. TỔ CHỨC THỰC HIỆN
Điều 4. Trách nhiệm
Phòng Giáo dục và Đào tạo tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 31/12 hằng năm.
"""

PLAN = """UBND XÃ SƠN KIM                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM HỌC TẬP CỘNG ĐỒNG                       Độc lập - Tự do - Hạnh phúc
Số: 03/KH-TTHTCĐ                             Sơn Kim, ngày 10 tháng 01 năm 2024

KẾ HOẠCH
Hoạt động của Trung tâm học tập cộng đồng xã Sơn Kim năm 2024

I. CHỈ TIÊU
+ Tổ chức ít nhất 24 chuyên đề, thu hút 3.000 lượt người học.
+ 06/08 thôn đạt danh hiệu "Cộng đồng học tập".
+ 72% hộ gia đình đạt danh hiệu "Gia đình học tập".

II. PHÂN CÔNG
| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
|---|---|---|---|
| 1 | Hội thi "Giám đốc TTHTCĐ giỏi" | Trung tâm GDNN-GDTX huyện | Phòng GD&ĐT |
| 2 | Tủ sách cộng đồng tại 08 thôn | Hội Khuyến học xã | Đoàn Thanh niên xã |

III. BIỂU MẪU
Các thôn đăng ký theo Mẫu số 01; Trung tâm tổng hợp theo Mẫu số 02.
- Mẫu số 01: Phiếu đăng ký thôn học tập.
- Mẫu số 02: Bảng tổng hợp kết quả.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("verdicts"), {
        "duc-tho_CV-PGDDT_2025.txt": LETTER, "huong-son_QC-UBND_2024.txt": RULES, "son-kim_KH-TTHTCD_2024.txt": PLAN})


@pytest.mark.parametrize(("month", "said"), [("6", "Không"), ("5", "Có")])
def test_the_day_figures_count_to_is_the_rule_before_its_exception(assistant: Assistant, month: str, said: str) -> None:
    answer = assistant.ask(f"cv 318 pgd duc tho: so lieu bao cao co tinh den het thang {month}/2025 ko?")
    assert answer.answer.startswith(said)


@pytest.mark.parametrize(("years", "said"), [("2", "Không"), ("1", "Có")])
def test_a_span_of_years_is_checked_against_the_clause_that_states_it(assistant: Assistant, years: str,
                                                                      said: str) -> None:
    answer = assistant.ask(f"Danh hiệu Đơn vị học tập theo quy chế huyện Hương Sơn có giá trị {years} năm phải không?")
    assert answer.answer.startswith(said)


@pytest.mark.parametrize(("body", "said"), [("Phòng GD&ĐT", "Không"), ("Trung tâm GDNN-GDTX huyện", "Có")])
def test_who_chairs_is_read_off_the_chair_column(assistant: Assistant, body: str, said: str) -> None:
    answer = assistant.ask(f"Hội thi Giám đốc TTHTCĐ giỏi ở Sơn Kim do {body} chủ trì phải không?")
    assert answer.answer.startswith(said)


def test_the_targets_asked_are_the_part_listing_them(assistant: Assistant) -> None:
    answer = assistant.ask("Nêu các chỉ tiêu năm 2024 của TTHTCĐ xã Sơn Kim.")
    for target in ("24 chuyên đề", "06/08 thôn", "72%"):
        assert target in answer.answer


def test_the_chapters_of_rules_are_listed(assistant: Assistant) -> None:
    answer = assistant.ask("Quy chế Đơn vị học tập của huyện Hương Sơn gồm những chương nào?")
    for chapter in ("Chương I", "Chương II", "Chương III"):
        assert chapter in answer.answer


def test_each_form_is_named_by_the_line_that_says_what_it_is(assistant: Assistant) -> None:
    answer = assistant.ask("Kế hoạch 03/KH-TTHTCĐ của Sơn Kim kèm theo những mẫu nào?")
    assert "Phiếu đăng ký thôn học tập" in answer.answer and "Bảng tổng hợp kết quả" in answer.answer


@pytest.mark.parametrize("question", [
    "Đơn vị xếp loại Xuất sắc được tặng Bằng khen theo quy chế Hương Sơn thì kèm tiền thưởng bao nhiêu?",
    "Đơn vị học tập ở Hương Sơn vi phạm quy chế thì bị xử lý kỷ luật thế nào?",
    "Các trường THPT ở Sơn Kim phải gửi kế hoạch tủ sách trước ngày nào?",
    "Trung tâm học tập cộng đồng xã Sơn Kim kiến nghị Bộ Giáo dục và Đào tạo những nội dung gì?",
])
def test_what_the_document_never_names_is_refused(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained


def test_the_prize_it_does_name_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("Đơn vị xếp loại Xuất sắc theo quy chế Hương Sơn được tặng Giấy khen kèm tiền thưởng bao nhiêu?")
    assert not answer.abstained and "2.000.000" in answer.answer


def test_what_follows_a_late_report_is_its_penalty(assistant: Assistant) -> None:
    answer = assistant.ask("Theo cv 318 của PGD Đức Thọ, nếu nộp trễ thì sao?")
    assert "nêu tên" in answer.answer and "trừ điểm thi đua" in answer.answer
