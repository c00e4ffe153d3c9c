"""Classes of questions that documents the code had never seen got wrong, through the real pipeline: a conference's
day asserted wrongly, a review the documents do not hold, a follow-up asking a deadline, the year's report marked
"(năm)", the day figures are closed, how long a class lasts, each source of a budget, a district's purse the plan
never states, a place typed with a tone missing, two places' budgets and contacts compared, a hop that has no
deadline of its own, and points for a level the guidance does not grade."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

NOTICE = """BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÀO CAI                                       Độc lập - Tự do - Hạnh phúc
Số: 04/TB-BCĐ                                  Lào Cai, ngày 16 tháng 3 năm 2026
THÔNG BÁO
Tổ chức Hội nghị sơ kết 03 năm thực hiện Phong trào thi đua xây dựng xã hội học tập tỉnh Lào Cai
I. THỜI GIAN, ĐỊA ĐIỂM
1. Thời gian: 01 buổi, bắt đầu từ 08 giờ 00 phút, thứ Ba, ngày 21/4/2026.
2. Địa điểm: Hội trường Trung tâm Hội nghị tỉnh.
II. PHÂN CÔNG CHUẨN BỊ
1. Ủy ban nhân dân các xã, phường
- Xây dựng báo cáo sơ kết 03 năm, gửi về Sở Giáo dục và Đào tạo trước ngày 03/4/2026.
2. Sở Giáo dục và Đào tạo
- Chủ trì Hội nghị; tổng hợp, xây dựng dự thảo báo cáo sơ kết, trình Trưởng Ban Chỉ đạo trước ngày 13/4/2026.
3. Sở Nội vụ
Thẩm định hồ sơ đề nghị khen thưởng, trình Chủ tịch UBND tỉnh ban hành Quyết định khen thưởng trước ngày 14/4/2026.
III. LIÊN HỆ
Đầu mối liên hệ: bà Đỗ Thị Thu Trang, chuyên viên Sở Giáo dục và Đào tạo, điện thoại 0982 317 640.
Đề nghị các đơn vị gửi tài liệu đúng thời hạn; đại biểu dự Hội nghị có mặt trước 15 phút để ổn định tổ chức.
                                              TRƯỞNG BAN
                                              Phạm Văn Dũng
"""

WARD = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG TAM PHƯỚC                          Độc lập - Tự do - Hạnh phúc
Số: 21/KH-UBND                         Tam Phước, ngày 27 tháng 01 năm 2026
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn phường Tam Phước, tỉnh Đồng Nai năm 2026
I. CHỈ TIÊU NĂM 2026
1. Phấn đấu 78% hộ gia đình đạt danh hiệu "Gia đình học tập".
II. KINH PHÍ THỰC HIỆN
Tổng kinh phí dự kiến: 185.000.000 đồng, trong đó:
- Ngân sách phường: 120.000.000 đồng;
- Nguồn xã hội hóa, vận động doanh nghiệp: 65.000.000 đồng.
III. CHẾ ĐỘ BÁO CÁO
1. Chi hội khuyến học báo cáo Hội Khuyến học phường trước ngày 05/6/2026 (6 tháng) và trước ngày 15/11/2026 (năm).
2. Hội Khuyến học phường báo cáo UBND phường trước ngày 10/6/2026 (6 tháng) và trước ngày 20/11/2026 (năm).
3. Thời điểm chốt số liệu báo cáo năm: ngày 30/9/2026.
Mọi thông tin đề nghị liên hệ ông Lê Văn Tâm, công chức Văn hóa - Xã hội, điện thoại 0913 456 781.
                                          CHỦ TỊCH
                                          Trần Thị Mỹ Hạnh
"""

CENTRE = """ỦY BAN NHÂN DÂN XÃ MỸ HIỆP                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM HỌC TẬP CỘNG ĐỒNG                 Độc lập - Tự do - Hạnh phúc
Số: 03/KH-TTHTCĐ                         Mỹ Hiệp, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Hoạt động của Trung tâm học tập cộng đồng xã Mỹ Hiệp, tỉnh Đồng Tháp năm 2026
I. NỘI DUNG HOẠT ĐỘNG
- Khai giảng 02 lớp xóa mù chữ ngày 06/4/2026; thời gian học 9 tháng.
- Ông Lê Minh Luân, Phó Giám đốc Trung tâm: phụ trách lớp xóa mù chữ và công tác vận động người học.
II. KINH PHÍ
Tổng kinh phí: 96.000.000 đồng, gồm:
- Ngân sách xã cấp: 60.000.000 đồng;
- Quỹ Khuyến học xã hỗ trợ: 14.000.000 đồng;
- Xã hội hóa từ các doanh nghiệp: 22.000.000 đồng.
III. CHẾ ĐỘ BÁO CÁO
- Báo cáo năm 2026 gửi UBND xã trước ngày 15/11/2026, để UBND xã tổng hợp báo cáo Sở Giáo dục và Đào tạo theo quy định.
- Đầu mối liên hệ: bà Trần Thị Bích Ngọc, điện thoại 0939 418 205.
                                          GIÁM ĐỐC
                                          Nguyễn Văn Tới
"""

GUIDANCE = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 486/HD-SGDĐT                               Độc lập - Tự do - Hạnh phúc
Cà Mau, ngày 05 tháng 3 năm 2026
HƯỚNG DẪN
Đánh giá, xếp loại "Cộng đồng học tập" cấp xã năm 2026
I. XẾP LOẠI
| Xếp loại | Tổng điểm |
|---|---|
| Tốt | Từ 85 điểm trở lên |
| Khá | Từ 70 đến dưới 85 điểm |
II. QUY TRÌNH
1. UBND cấp xã tự đánh giá, gửi hồ sơ về Sở Giáo dục và Đào tạo trước ngày 10/11/2026.
                                          KT. GIÁM ĐỐC
                                          PHÓ GIÁM ĐỐC
                                          Lâm Thị Ngọc Diệp
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("unseen"), {
        "lao-cai.txt": NOTICE, "tam-phuoc.txt": WARD, "my-hiep.txt": CENTRE, "ca-mau.md": GUIDANCE})


def test_a_day_asserted_wrongly_is_denied_with_the_day_stated(assistant: Assistant) -> None:
    answer = assistant.ask("hoi nghi so ket 3 nam phong trao xhht cua lao cai to chuc ngay 22/4/2026 phai ko")
    assert answer.answer.startswith("Không") and "21/4/2026" in answer.answer


def test_a_final_review_is_not_the_mid_term_one(assistant: Assistant) -> None:
    assert assistant.ask("Hội nghị tổng kết năm 2026 về xã hội học tập của tỉnh Lào Cai tổ chức vào ngày nào?").abstained


def test_a_follow_up_asking_a_deadline_of_its_own(assistant: Assistant) -> None:
    answer = assistant.ask("Còn Sở Nội vụ được giao làm gì, hạn bao giờ?",
                           ["Ai chủ trì Hội nghị sơ kết phong trào xhht ở Lào Cai năm 2026?"])
    assert not answer.abstained and "14/4/2026" in answer.answer


def test_the_years_report_marked_in_brackets(assistant: Assistant) -> None:
    answer = assistant.ask("Hội Khuyến học phường Tam Phước gửi báo cáo năm 2026 cho UBND phường trước ngày nào?")
    assert not answer.abstained and "20/11/2026" in answer.answer.split("\n")[0]


def test_the_day_figures_are_closed_and_how_long_a_class_lasts(assistant: Assistant) -> None:
    answer = assistant.ask("phuong tam phuoc chot so lieu bao cao nam vao ngay nao")
    assert not answer.abstained and "30/9/2026" in answer.answer
    answer = assistant.ask("Lớp xóa mù chữ của TTHTCĐ xã Mỹ Hiệp khai giảng ngày nào và học trong bao lâu?")
    assert not answer.abstained and "06/4/2026" in answer.answer and "9 tháng" in answer.answer


def test_each_source_of_a_budget_and_a_purse_never_stated(assistant: Assistant) -> None:
    answer = assistant.ask("nguon kinh phi cua tthtcd xa my hiep gom nhung nguon nao, moi nguon bn")
    assert not answer.abstained and all(a in answer.answer for a in ("60.000.000", "14.000.000", "22.000.000"))
    assert assistant.ask("tinh dong thap ho tro tthtcd xa my hiep bao nhieu kinh phi nam 2026").abstained


def test_a_place_typed_with_a_tone_missing(assistant: Assistant) -> None:
    answer = assistant.ask("Chỉ tiêu gia đình học tập năm 2026 của phường Tam Phươc là bao nhiêu %?")
    assert not answer.abstained and "78%" in answer.answer


def test_two_places_budgets_and_contacts_compared(assistant: Assistant) -> None:
    answer = assistant.ask("Tổng kinh phí năm 2026 trong Kế hoạch của phường Tam Phước và của TTHTCĐ xã Mỹ Hiệp là bao nhiêu?")
    assert not answer.abstained and "185.000.000" in answer.answer and "96.000.000" in answer.answer
    answer = assistant.ask("dau moi lien he cua kh phuong tam phuoc va kh tthtcd xa my hiep la ai, sdt bn")
    assert not answer.abstained and "0913 456 781" in answer.answer and "0939 418 205" in answer.answer


def test_people_are_counted_and_a_teacher_is_no_manager(assistant: Assistant) -> None:
    assert assistant.ask("Mỗi điểm cầu xã ở Lào Cai được cử tối đa bao nhiêu đại biểu dự Hội nghị sơ kết?").abstained
    assert assistant.ask("giao vien nao day lop xoa mu chu o xa my hiep, ten gi").abstained


def test_a_hop_with_no_deadline_of_its_own(assistant: Assistant) -> None:
    assert assistant.ask("ubnd xa my hiep phai gui bc nam len so gd dt truoc ngay nao").abstained


def test_points_for_a_level_the_guidance_does_not_grade(assistant: Assistant) -> None:
    assert assistant.ask("Theo HD của Sở GD Cà Mau, Cộng đồng học tập cấp ấp, khóm đạt bao nhiêu điểm thì xếp loại Tốt?").abstained
    answer = assistant.ask('Theo HD của Sở GD Cà Mau, "Cộng đồng học tập" cấp xã đạt bao nhiêu điểm thì xếp loại Tốt?')
    assert not answer.abstained and "85" in answer.answer


DECISION = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SƠN LA                                Độc lập - Tự do - Hạnh phúc
Số: 486/QĐ-UBND                         Sơn La, ngày 17 tháng 3 năm 2025
QUYẾT ĐỊNH
Ban hành Kế hoạch xây dựng xã hội học tập năm 2025
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA
Căn cứ Quyết định số 1315/QĐ-TTg ngày 09/11/2023 của Thủ tướng Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xây dựng xã hội học tập trên địa bàn tỉnh Sơn La năm 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Giao Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.
                                          CHỦ TỊCH
                                          Cầm Thị Phượng

KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn tỉnh Sơn La năm 2025
(Ban hành kèm theo Quyết định số 486/QĐ-UBND ngày 17/3/2025 của UBND tỉnh Sơn La)
I. CHỈ TIÊU
1. 72% hộ gia đình đạt danh hiệu "Gia đình học tập".
II. NỘI DUNG THEO QUÝ
1. Quý I
- Kiện toàn Ban Chỉ đạo các cấp.
- Tổ chức 06 chuyên đề về pháp luật.
2. Quý II
- Khai giảng các lớp xóa mù chữ.
- Tổ chức Ngày hội đọc sách.
3. Quý III
- Mở các lớp "Bình dân học vụ số".
- Tổ chức 08 chuyên đề về chuyển đổi số.
4. Quý IV
- Tổ chức Tuần lễ hưởng ứng học tập suốt đời.
- Bình xét các danh hiệu học tập.
III. CHẾ ĐỘ BÁO CÁO
Sở Giáo dục và Đào tạo tổng hợp, báo cáo UBND tỉnh trước ngày 20/11/2025.
"""

UNITS_GUIDANCE = """HỘI KHUYẾN HỌC TỈNH THỪA THIÊN HUẾ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 32/HD-HKH                                Độc lập - Tự do - Hạnh phúc
Huế, ngày 08 tháng 7 năm 2024
HƯỚNG DẪN
Đánh giá, công nhận danh hiệu "Đơn vị học tập" đối với cơ quan, đơn vị, doanh nghiệp năm 2024
I. PHẠM VI, ĐỐI TƯỢNG
1. Các cơ quan, đơn vị cấp tỉnh, cấp huyện, cấp xã.
2. Các doanh nghiệp, hợp tác xã có từ 10 lao động trở lên, hoạt động trên địa bàn tỉnh từ 02 năm trở lên.
II. XẾP LOẠI
1. Đạt danh hiệu "Đơn vị học tập": tổng điểm từ 75 điểm trở lên.
2. Đạt danh hiệu "Đơn vị học tập xuất sắc": tổng điểm từ 90 điểm trở lên và đã được công nhận "Đơn vị học tập" năm 2023.
III. TỔ CHỨC THỰC HIỆN
1. Hội Khuyến học cấp huyện tổng hợp kết quả, gửi Hội Khuyến học tỉnh trước ngày 05/11/2024.
2. Đề nghị Liên đoàn Lao động tỉnh, Hiệp hội Doanh nghiệp tỉnh phối hợp vận động các doanh nghiệp tham gia xây dựng "Đơn vị học tập".
3. Hội Khuyến học tỉnh tổng hợp, báo cáo Trung ương Hội Khuyến học Việt Nam trước ngày 25/12/2024.
                                          TM. BAN THƯỜNG VỤ
                                          CHỦ TỊCH
                                          Hoàng Trọng Khiêm
"""


CONTEST = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN XUYÊN MỘC                           Độc lập - Tự do - Hạnh phúc
Số: 112/KH-UBND                         Xuyên Mộc, ngày 18 tháng 3 năm 2024
KẾ HOẠCH
Triển khai Phong trào thi đua xây dựng xã hội học tập trên địa bàn huyện Xuyên Mộc năm 2024
I. HỘI THI "GIA ĐÌNH HỌC TẬP TIÊU BIỂU"
1. Cơ cấu giải: 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích.
2. Các gia đình đạt giải Nhất, Nhì, Ba được Chủ tịch UBND huyện tặng Giấy khen.
3. Tổng tiền thưởng Hội thi là 17.700.000 đồng, chi từ nguồn xã hội hóa do Hội Khuyến học huyện vận động.
                                          CHỦ TỊCH
                                          Trương Minh Đạt
"""


REPORT = """HỘI KHUYẾN HỌC TỈNH HÀ TĨNH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC HUYỆN VŨ QUANG               Độc lập - Tự do - Hạnh phúc
Số: 46/BC-HKH                               Vũ Quang, ngày 12 tháng 12 năm 2024
BÁO CÁO
Kết quả công tác khuyến học năm 2024
I. THI ĐUA, KHEN THƯỞNG
Hội Khuyến học huyện tặng Giấy khen cho 04 tập thể và 12 cá nhân có thành tích xuất sắc,
kèm theo tiền thưởng 500.000 đồng/tập thể; đề nghị Hội Khuyến học tỉnh tặng Bằng khen cho Hội Khuyến
học xã Đức Lĩnh và 02 cá nhân.
II. KIỂM TRA
Hội Khuyến học tỉnh kiểm tra công tác khuyến học tại 03 đơn vị: huyện Vũ Quang, huyện Hương Khê và thị xã Hồng Lĩnh, từ ngày 09/12 đến ngày 13/12/2024.
                                          CHỦ TỊCH
                                          Nguyễn Đình Thuận
"""


@pytest.fixture(scope="module")
def second(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("unseen2"), {"son-la.txt": DECISION, "hue.txt": UNITS_GUIDANCE,
                                                                         "xuyen-moc.txt": CONTEST, "vu-quang.txt": REPORT})


def test_a_decision_is_summed_up_by_its_articles(second: Assistant) -> None:
    answer = second.ask("tom tat qd 486 cua ubnd tinh son la gom nhung dieu gi")
    assert not answer.abstained and "Điều 2. Quyết định này có hiệu lực kể từ ngày ký" in answer.answer


def test_a_main_part_named_by_its_numeral_with_the_first_items_of_each_group(second: Assistant) -> None:
    answer = second.ask("Phần II ke hoach cua tinh Son La nam 2025 noi ve gi?")
    assert not answer.abstained and "Quý III" in answer.answer and "Bình dân học vụ số" in answer.answer


def test_a_count_asserted_is_checked_against_the_bound_wherever_it_ranks(second: Assistant) -> None:
    answer = second.ask("doanh nghiep 8 lao dong o tt hue co dc danh gia don vi hoc tap theo hd 32 ko")
    assert "Không được." in answer.answer and "10 lao động trở lên" in answer.answer


def test_the_grade_of_a_title_and_a_deadline_typed_after_the_word_xa(second: Assistant) -> None:
    answer = second.ask("Còn loại xuất sắc thì cần đk gì?",
                        ["Theo hướng dẫn của Hội Khuyến học tỉnh Thừa Thiên Huế, bao nhiêu điểm thì đạt Đơn vị học tập?"])
    assert not answer.abstained and "90 điểm" in answer.answer
    answer = second.ask("o hue hkh huyen gui ket qua len hkh tinh truoc ngay nao")
    assert not answer.abstained and "05/11/2024" in answer.answer and "Lưu ý" not in answer.answer


def test_a_prize_or_a_source_of_money_the_clause_does_not_list_is_denied(second: Assistant) -> None:
    answer = second.ask("cac gia dinh dat giai khuyen khich hoi thi xuyen moc co duoc giay khen chu tich ubnd huyen ko")
    assert answer.answer.startswith("Không") and "giải Nhất, Nhì, Ba" in answer.answer
    answer = second.ask("Tiền thưởng Hội thi Gia đình học tập tiêu biểu huyện Xuyên Mộc có chi từ ngân sách huyện không?")
    assert answer.answer.startswith("Không") and "xã hội hóa" in answer.answer


def test_a_commune_a_district_report_names_and_what_is_done_for_it(second: Assistant) -> None:
    answer = second.ask("Năm 2024, Hội Khuyến học xã Đức Lĩnh có được đề nghị Hội Khuyến học tỉnh Hà Tĩnh tặng Bằng khen không?")
    assert "Có." in answer.answer and "Bằng khen cho Hội Khuyến học xã Đức Lĩnh" in answer.answer
    answer = second.ask("HKH tỉnh Hà Tĩnh kiểm tra công tác khuyến học vào thời gian nào, tại những đơn vị nào?")
    assert not answer.abstained and "huyện Hương Khê" in answer.answer


def test_the_decision_a_plan_was_issued_with(tmp_path: Path) -> None:
    decision = (Path(__file__).resolve().parents[2] / "evals" / "docs-new" / "dev16-son-la_QD-UBND_2025.txt").read_text()
    assistant = indexed_assistant(tmp_path, {"son-la.txt": decision})
    answer = assistant.ask("Kế hoạch xây dựng xã hội học tập năm 2025 của tỉnh Sơn La được ban hành kèm theo quyết định nào?")
    assert not answer.abstained and "486/QĐ-UBND" in answer.answer and "17/03/2025" in answer.answer
