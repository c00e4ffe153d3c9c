"""Near misses a careless reader answers, through the real pipeline: money for someone the clause does not name, a
date asked for a year the clauses do not date, a deadline a level's government never has, a row under the part of
another year, a sender typed short ("sở gd") whom no clause makes report, the day of an act no clause dates, an
act another body does, a budget line read as a prize for each, a penalty of another body, households and helpers
a clause names but never counts, and words that only look like "ký" (signed)."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.assistant.test_unseen_document_classes import CENTRE, NOTICE
from tests.indexed import indexed_assistant

SCHOLARSHIPS = """HỘI KHUYẾN HỌC HUYỆN QUẢNG SƠN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 14/KH-HKH                                   Độc lập - Tự do - Hạnh phúc
Quảng Sơn, ngày 10 tháng 01 năm 2024
KẾ HOẠCH
Hoạt động khuyến học, khuyến tài huyện Quảng Sơn năm 2024
I. KHEN THƯỞNG
1. Học sinh có điểm thi tốt nghiệp trung học phổ thông cao nhất huyện: 2.000.000 đồng.
2. Mỗi "Gia đình học tập" tiêu biểu được tặng Giấy khen kèm tiền thưởng 500.000 đồng.
II. KINH PHÍ
1. Ngân sách huyện hỗ trợ hoạt động của Hội: 50.000.000 đồng.
2. Quỹ Khuyến học huyện: 100.000.000 đồng.
                                          CHỦ TỊCH
                                          Hoàng Văn Bình
"""

# a plan of the next year in the same province: the year asked is the library's, its conference is not dated
NEXT_YEAR = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 61/KH-UBND                                  Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 20 tháng 12 năm 2026
KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Lào Cai năm 2027
I. CHỈ TIÊU NĂM 2027
1. Phấn đấu 80% hộ gia đình đạt danh hiệu "Gia đình học tập".
II. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo chủ trì tham mưu tổ chức các hội nghị, hội thảo về xây dựng xã hội học tập trong năm 2027.
                                          CHỦ TỊCH
                                          Trịnh Xuân Trường
"""

# a report whose title names the next year too: its table of results sits under the part of the year reported
REPORT = """HỘI KHUYẾN HỌC HUYỆN VŨ QUANG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 46/BC-HKH                                   Độc lập - Tự do - Hạnh phúc
Vũ Quang, ngày 12 tháng 12 năm 2024
BÁO CÁO
Kết quả công tác khuyến học năm 2024 và phương hướng, nhiệm vụ năm 2025
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024
1. Phát triển hội viên
| STT | Xã | Số hội viên | Số chi hội |
|---|---|---|---|
| 1 | Đức Lĩnh | 1.972 | 12 |
| 2 | Hương Điền | 1.030 | 8 |
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
1. Chỉ tiêu năm 2025: 75% hộ gia đình đạt Gia đình học tập; phát triển thêm 500 hội viên.
                                          CHỦ TỊCH
                                          Nguyễn Văn Hòa
"""

# an association's report chain: its branches and its commune units report, the province's department never does
CHAIN = """HỘI KHUYẾN HỌC TỈNH KHÁNH HÒA                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 06/BC-HKH                                   Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 20 tháng 01 năm 2026
BÁO CÁO
Kết quả công tác khuyến học năm 2025, nhiệm vụ năm 2026
I. CHẾ ĐỘ THÔNG TIN, BÁO CÁO NĂM 2026
- Chi hội, ban khuyến học báo cáo Hội Khuyến học cấp xã trước ngày 05/6/2026 (6 tháng) và trước ngày 15/11/2026 (năm).
- Hội Khuyến học cấp xã báo cáo Hội Khuyến học tỉnh trước ngày 10/6/2026 (6 tháng) và trước ngày 25/11/2026 (năm).
II. NHIỆM VỤ
- Trung tâm học tập cộng đồng các xã mở lớp xóa mù chữ cho người dân tộc thiểu số; báo cáo kết quả về UBND xã trước ngày 20/5/2026.
                                          CHỦ TỊCH
                                          Lê Văn Nam
"""

# an association's plan: who decides its prizes and by when, what the Phòng GD&ĐT proposes, and one budget line
PRIZES = """HỘI KHUYẾN HỌC HUYỆN ĐẮK SONG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 19/KH-HKH                                   Độc lập - Tự do - Hạnh phúc
Đắk Song, ngày 22 tháng 01 năm 2024
KẾ HOẠCH
Hoạt động và khen thưởng năm 2024
I. BÌNH XÉT, CÔNG NHẬN CÁC DANH HIỆU HỌC TẬP
1. Hội Khuyến học xã lập hồ sơ đề nghị Hội Khuyến học huyện trước ngày 30/11/2024.
2. Ban Thường vụ Hội Khuyến học huyện xét duyệt, ra quyết định khen thưởng trước ngày 20/12/2024.
II. HỌC BỔNG
Danh sách học sinh nhận học bổng do Phòng Giáo dục và Đào tạo phối hợp với Hội Khuyến học các xã đề xuất trước ngày 15/8/2024.
III. KINH PHÍ
Ngân sách huyện bố trí 45.000.000 đồng, gồm: hoạt động của Hội 25.000.000 đồng; khen thưởng "Gia đình học tập", "Dòng họ học tập" tiêu biểu 20.000.000 đồng.
IV. THỜI GIAN TỔ CHỨC CÁC HOẠT ĐỘNG CHÍNH
- Quý IV/2024: Hội nghị tổng kết, khen thưởng, hoàn thành trước ngày 25/12/2024.
                                          TM. BAN THƯỜNG VỤ
                                          CHỦ TỊCH
                                          Y Nhi
"""

# a commune's notice: what befalls a late village, helpers who report, and targets as shares of households
NOTICE_XA = """ỦY BAN NHÂN DÂN XÃ TÂN VĂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 57/TB-UBND                                  Độc lập - Tự do - Hạnh phúc
Tân Văn, ngày 14 tháng 10 năm 2025
THÔNG BÁO
Kết luận về công tác xây dựng xã hội học tập quý IV năm 2025
1. Mục tiêu: đến năm 2027 có 75% số hộ gia đình đạt danh hiệu "Gia đình học tập".
2. Giao trưởng các thôn
Gửi kết quả bình xét "Gia đình học tập" về UBND xã trước ngày 20/11/2025. Thôn nào chậm gửi sẽ không được xét danh hiệu Cộng đồng học tập năm 2025.
3. Giao Trung tâm học tập cộng đồng xã
Cộng tác viên tại các thôn báo cáo số lớp, số người học về Trung tâm trước ngày 10 của tháng cuối quý.
                                          TM. ỦY BAN NHÂN DÂN
                                          CHỦ TỊCH
                                          Hoàng Văn Sơn
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("near"), {
        "lao-cai.txt": NOTICE, "lao-cai-2027.txt": NEXT_YEAR, "my-hiep.txt": CENTRE, "quang-son.txt": SCHOLARSHIPS,
        "vu-quang.md": REPORT, "khanh-hoa.md": CHAIN, "dak-song.txt": PRIZES,
        "tan-van.txt": NOTICE_XA})


def test_money_for_someone_no_clause_names_is_not_stated(assistant: Assistant) -> None:
    assert assistant.ask("Tân sinh viên đỗ đại học ở huyện Quảng Sơn được Hội KH huyện hỗ trợ bao nhiêu tiền?").abstained
    answer = assistant.ask("Gia đình học tập tiêu biểu ở Quảng Sơn được thưởng bao nhiêu tiền?")
    assert not answer.abstained and "500.000" in answer.answer


def test_a_date_asked_for_a_year_the_clauses_do_not_date(assistant: Assistant) -> None:
    assert assistant.ask("Hội nghị sơ kết của Lào Cai năm 2027 tổ chức ngày nào?").abstained
    answer = assistant.ask("Hội nghị sơ kết của Lào Cai năm 2026 tổ chức ngày nào?")
    assert not answer.abstained and "21/4/2026" in answer.answer


def test_a_deadline_the_levels_government_never_has(assistant: Assistant) -> None:
    assert assistant.ask("Hạn chót các xã ở Lào Cai nộp hồ sơ đề nghị khen thưởng là ngày nào?").abstained
    answer = assistant.ask("Các xã ở Lào Cai gửi báo cáo sơ kết trước ngày nào?")
    assert not answer.abstained and "03/4/2026" in answer.answer


def test_a_word_that_only_looks_like_signed(assistant: Assistant) -> None:
    answer = assistant.ask("Lào Cai kiểm tra kỹ thuật cấp huyện lúc nào?")
    assert "16/03/2026" not in answer.answer and "đề ngày" not in answer.answer


def test_a_row_under_the_part_of_another_year(assistant: Assistant) -> None:
    assert assistant.ask("Xã Đức Lĩnh có bao nhiêu hội viên khuyến học năm 2025?").abstained
    answer = assistant.ask("Xã Đức Lĩnh có bao nhiêu hội viên khuyến học năm 2024?")
    assert not answer.abstained and "1.972" in answer.answer


def test_a_sender_typed_short_that_no_clause_makes_report(assistant: Assistant) -> None:
    assert assistant.ask("so gd khanh hoa bao cao tw hoi khuyen hoc bc 6 thang 2026 truoc ngay nao").abstained
    answer = assistant.ask("hkh cap xa o khanh hoa bao cao hkh tinh bc 6 thang 2026 truoc ngay nao")
    assert not answer.abstained and "10/6/2026" in answer.answer.split("\n")[0]


def test_the_day_of_an_act_no_clause_dates(assistant: Assistant) -> None:
    assert assistant.ask("lop xoa mu chu o khanh hoa khai giang ngay may").abstained


def test_an_act_another_body_does_and_a_total_for_a_title(assistant: Assistant) -> None:
    assert assistant.ask("Phòng GD&ĐT huyện Đắk Song ra quyết định khen thưởng các mô hình học tập tiêu biểu trước ngày nào?").abstained
    answer = assistant.ask("Ở huyện Đắk Song, ai ra quyết định khen thưởng các mô hình học tập tiêu biểu và trước ngày nào?")
    assert not answer.abstained and "20/12/2024" in answer.answer
    assert assistant.ask("moi gia dinh hoc tap tieu bieu o huyen dak song dc thuong bn tien").abstained


def test_a_penalty_of_another_body_and_counts_the_clause_never_makes(assistant: Assistant) -> None:
    assert assistant.ask("TTHTCĐ ở xã Tân Văn nộp báo cáo chậm thì bị xử lý thế nào?").abstained
    answer = assistant.ask("Thôn ở xã Tân Văn chậm gửi kết quả bình xét thì bị xử lý thế nào?")
    assert not answer.abstained and "không được xét" in answer.answer
    assert assistant.ask("Xã Tân Văn hiện có bao nhiêu hộ gia đình?").abstained
    assert assistant.ask("TTHTCĐ xã Tân Văn có bao nhiêu cộng tác viên tại các thôn?").abstained
