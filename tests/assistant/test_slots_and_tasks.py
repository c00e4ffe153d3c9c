"""What a value is said of must be what the question asks: the year, the payer, the purpose, the village, the
hop and the report; the parts a question names by their heading ("đề xuất gì", "giao nhiệm vụ cho những cơ
quan nào", "gồm những phần nào" of a plan issued with a decision); a quarter held only in a table's column; an
exception to what is said of all; two tables with the same columns; a place typed beside "năm"."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

PLAN = """UBND HUYỆN ĐỨC QUANG                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
Số: 52/KH-UBND                            Đức Quang, ngày 14 tháng 3 năm 2025

KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện Đức Quang năm 2025

I. CHỈ TIÊU
1. Chỉ tiêu đối với các cấp học
| Chỉ tiêu | Năm 2025 | Năm 2027 |
|---|---|---|
| Tỷ lệ trường mầm non đạt chuẩn quốc gia | 55% | 63% |
| Tỷ lệ trường trung học cơ sở đạt chuẩn quốc gia | 68% | 76% |
2. Chỉ tiêu "Công dân học tập"
| Chỉ tiêu | Năm 2025 | Năm 2027 |
|---|---|---|
| Tỷ lệ người lao động đạt "Công dân học tập" | 40% | 52% |

II. NHIỆM VỤ VÀ PHÂN CÔNG
1. Phòng Giáo dục và Đào tạo
Tham mưu Ủy ban nhân dân huyện tổ chức sơ kết; tổng hợp, báo cáo Sở Giáo dục và Đào tạo trước ngày 15/12/2025.
2. Huyện Đoàn
Chủ trì phong trào "Bình dân học vụ số" trong đoàn viên, thanh niên, hoàn thành trước ngày 30/9/2025.
3. Ủy ban nhân dân các xã, thị trấn
Xây dựng kế hoạch thực hiện của địa phương, gửi về Ủy ban nhân dân huyện trước ngày 10/4/2025.

III. CHẾ ĐỘ BÁO CÁO
1. Báo cáo năm 2025 thực hiện theo trình tự sau:
| Cấp báo cáo | Nơi nhận | Thời hạn | Hình thức gửi |
|---|---|---|---|
| Ban nhân dân thôn | UBND xã, thị trấn | Trước ngày 10/11/2025 | Bản giấy theo Biểu mẫu số 01 |
| UBND xã, thị trấn | UBND huyện | Trước ngày 20/11/2025 | Qua Hệ thống quản lý văn bản và điều hành |
2. Báo cáo sơ kết 6 tháng: UBND các xã, thị trấn gửi báo cáo sơ kết 6 tháng đầu năm 2025 về UBND huyện trước ngày 18/6/2025 qua thư điện tử.
3. Sở Giáo dục và Đào tạo tổ chức tập huấn trực tuyến về biểu mẫu báo cáo vào lúc 14 giờ 00 ngày 22/4/2025.

IV. KINH PHÍ
Tổng kinh phí năm 2025 từ ngân sách huyện là 300.000.000 đồng, bố trí cho các nhiệm vụ sau:
- Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025: 60.000.000 đồng;
- Tập huấn cán bộ quản lý Trung tâm học tập cộng đồng: 40.000.000 đồng.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Lâm
"""

REPORT = """HỘI KHUYẾN HỌC HUYỆN PHÚ NINH               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC XÃ TAM AN                     Độc lập - Tự do - Hạnh phúc
Số: 27/BC-HKH                               Tam An, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác khuyến học năm 2024 của Hội Khuyến học xã Tam An, tỉnh Quảng Nam

I. ĐẶC ĐIỂM TÌNH HÌNH
Xã Tam An có 05 thôn gồm: Phú Lộc, Trà Cai, Thạnh Mỹ, Đồng Lâm, Hòa Tây; toàn xã có 1.860 hộ.

II. KẾT QUẢ
1. Xây dựng Quỹ khuyến học
Tổng số tiền vận động vào Quỹ khuyến học năm 2024 là 218.500.000 đồng.
Tổng số hội viên đến ngày 30/11/2024 là 1.862 người, tăng 117 hội viên so với năm 2023.
Trao 30 suất học bổng "Tiếp sức đến trường", mỗi suất 500.000 đồng; tặng quà và Giấy khen cho tân sinh viên đỗ đại học.
Chi hội gửi danh sách học sinh đề nghị khen thưởng về Hội Khuyến học xã trước ngày 05/8/2024.
2. Họp Ban Chấp hành
Chủ tịch Hội chủ trì các cuộc họp Ban Chấp hành, trừ cuộc họp quý III do Phó Chủ tịch thường trực chủ trì.
| Quý | Thời gian | Nội dung chính | Chủ trì |
|---|---|---|---|
| I | Ngày 14/3/2024 | Triển khai kế hoạch năm | Chủ tịch Hội |
| II | Ngày 13/6/2024 | Sơ kết 6 tháng | Chủ tịch Hội |
| III | Ngày 12/9/2024 | Trao học bổng | Phó Chủ tịch thường trực |
| IV | Ngày 12/12/2024 | Tổng kết năm | Chủ tịch Hội |

3. Phương hướng năm 2025
Phối hợp mở 08 lớp tin học cơ bản, trong đó khai giảng 04 lớp trong quý I năm 2025.
Phối hợp mở 04 lớp xóa mù chữ tại các thôn vùng cao.

III. KIẾN NGHỊ, ĐỀ XUẤT
- Đối với Hội Khuyến học huyện: đề nghị tổ chức tập huấn sử dụng phần mềm quản lý dữ liệu cho cán bộ Hội xã.
- Đối với UBND xã: đề nghị nâng mức kinh phí hoạt động của Hội lên 20.000.000 đồng/năm.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Trần Văn Phúc
"""

NOTICE = """BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐẠI SƠN                                 Độc lập - Tự do - Hạnh phúc
Số: 08/TB-BCĐ                                 Đại Sơn, ngày 14 tháng 5 năm 2025

THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại cuộc họp ngày 09/5/2025

I. ĐÁNH GIÁ CHUNG
Công tác xây dựng xã hội học tập đạt nhiều kết quả.

II. NHIỆM VỤ TRỌNG TÂM VÀ PHÂN CÔNG THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
Tổng hợp báo cáo sơ kết 6 tháng đầu năm 2025 gửi Ban Chỉ đạo trước ngày 04/7/2025.
2. Hội Khuyến học huyện
Chỉ đạo Hội Khuyến học các xã rà soát danh hiệu "Công dân học tập".
3. Liên đoàn Lao động huyện
Vận động doanh nghiệp đăng ký xây dựng "Đơn vị học tập".

TL. TRƯỞNG BAN CHỈ ĐẠO
Nguyễn Thị Mai
"""


LETTER = """UBND HUYỆN HƯƠNG VÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                      Độc lập - Tự do - Hạnh phúc
Số: 742/PGDĐT-GDTX                           Hương Vân, ngày 22 tháng 11 năm 2024
V/v báo cáo số liệu xây dựng xã hội học tập năm 2024

Kính gửi:
- Hiệu trưởng các trường tiểu học, trung học cơ sở trên địa bàn huyện;
- Giám đốc 16 Trung tâm học tập cộng đồng các xã, thị trấn.

Các trường báo cáo các nội dung: số giáo viên được công nhận "Công dân học tập"; kết quả xếp loại "Đơn vị học tập".

Trung tâm học tập cộng đồng báo cáo các nội dung: số chuyên đề đã tổ chức; số lớp xóa mù chữ và số học viên.

Trung tâm học tập cộng đồng nhập số liệu vào phần mềm chậm nhất ngày 11/12/2024.

Nơi nhận:                                     KT. TRƯỞNG PHÒNG
- Như trên;                                   PHÓ TRƯỞNG PHÒNG
- Lưu: VT.                                    Tôn Thất Bảo Long
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("slots"), {
        "duc-quang_KH-UBND_2025.txt": PLAN, "tam-an_BC-HKH_2024.txt": REPORT, "dai-son_TB-BCD_2025.txt": NOTICE,
        "huong-van_CV-PGDDT_2024.txt": LETTER})


def test_two_tables_with_the_same_columns_keep_their_header(assistant: Assistant) -> None:
    answer = assistant.ask("chi tieu truong thcs dat chuan quoc gia nam 2027 o duc quang la bao nhieu %")
    assert not answer.abstained and "76%" in answer.answer


def test_a_place_typed_beside_nam_is_not_read_as_another_province(assistant: Assistant) -> None:
    answer = assistant.ask("ubnd duc quang nam 2025 bo tri bao nhieu tien cho tuan le hoc tap suot doi")
    assert "60.000.000" in answer.answer and "Quảng Nam" not in answer.answer


def test_an_amount_under_the_budget_heading_answers_its_purpose(assistant: Assistant) -> None:
    answer = assistant.ask("Kinh phí tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025 của huyện Đức Quang là bao nhiêu?")
    assert not answer.abstained and "60.000.000" in answer.answer


def test_a_body_headed_by_its_own_name_is_given_its_task(assistant: Assistant) -> None:
    answer = assistant.ask("huyen doan duc quang duoc giao viec gi, han khi nao")
    assert not answer.abstained and "30/9/2025" in answer.answer


@pytest.mark.parametrize("question", [
    # the day of a training is no deadline for a report
    "Phòng GD&ĐT huyện Đức Quang phải báo cáo Sở GD&ĐT kết quả tập huấn trước ngày nào?",
    # the thôn's report has a deadline; its plan has none
    "Ban nhân dân thôn ở Đức Quang phải xây dựng kế hoạch của thôn và gửi lên xã trước ngày nào?",
    # the fund's 2024 amount is not 2023's
    "quy khuyen hoc nam 2023 cua xa tam an van dong duoc bao nhieu",
    # one of the villages listed is given no figure of its own
    "Thôn Trà Cai có bao nhiêu hộ?",
    # proposals go to the district's association and the commune, none to the ministry
    "Hội Khuyến học xã Tam An kiến nghị Bộ Giáo dục và Đào tạo những gì?",
    # the sum is the scholarships'; the students who passed get a gift of no stated worth
    "Tân sinh viên đỗ đại học ở xã Tam An được Hội Khuyến học tặng quà trị giá bao nhiêu tiền?",
])
def test_a_value_said_of_something_else_is_refused(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained


def test_the_fund_of_the_year_stated_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("quy khuyen hoc nam 2024 cua xa tam an van dong duoc bao nhieu")
    assert not answer.abstained and "218.500.000" in answer.answer


def test_the_deadline_of_the_hop_asked_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("UBND các xã ở Đức Quang xây dựng kế hoạch và gửi về huyện trước ngày nào?")
    assert "10/4/2025" in answer.answer


@pytest.mark.parametrize(("medium", "said"), [("email", "Không"), ("bản giấy", "Có")])
def test_the_channel_of_a_villages_report_is_its_rows(assistant: Assistant, medium: str, said: str) -> None:
    answer = assistant.ask(f"kh 52 duc quang: bao cao nam cua thon gui len xa la gui qua {medium} phai khong?")
    lead = answer.answer.split("\n")[0]
    assert lead.startswith(said) and "Ban nhân dân thôn" in lead and "Bản giấy" in lead


def test_proposals_are_the_part_headed_by_them(assistant: Assistant) -> None:
    answer = assistant.ask("hkh xa tam an de xuat gi voi hkh huyen va ubnd xa")
    assert "phần mềm" in answer.answer and "20.000.000" in answer.answer


def test_an_exception_to_what_is_said_of_all_makes_it_false(assistant: Assistant) -> None:
    answer = assistant.ask("Có phải tất cả các cuộc họp Ban Chấp hành của HKH xã Tam An đều do Chủ tịch Hội chủ trì không?")
    assert answer.answer.startswith("Không")


def test_a_quarter_held_in_a_tables_column_is_stated(assistant: Assistant) -> None:
    answer = assistant.ask("Cuộc họp Ban Chấp hành Hội Khuyến học xã Tam An quý II năm 2024 diễn ra ngày nào, do ai chủ trì?")
    assert not answer.abstained and "13/6/2024" in answer.answer


def test_the_bodies_given_tasks_are_listed(assistant: Assistant) -> None:
    answer = assistant.ask("Thông báo kết luận số 08/TB-BCĐ giao nhiệm vụ cho những cơ quan, đơn vị nào?")
    for body in ("Phòng Giáo dục và Đào tạo", "Hội Khuyến học huyện", "Liên đoàn Lao động huyện"):
        assert body in answer.answer


def test_who_signs_a_decision_of_recognition_is_no_signer_of_the_document(assistant: Assistant) -> None:
    answer = assistant.ask("hkh xa tam an: ai ky quyet dinh cong nhan gia dinh hoc tap?")
    assert "Trần Văn Phúc" not in answer.answer


def test_the_address_block_answers_nothing_of_what_a_letter_asks(assistant: Assistant) -> None:
    answer = assistant.ask("Công văn 742 của Phòng GD&ĐT huyện Hương Vân yêu cầu Trung tâm học tập cộng đồng báo cáo những nội dung gì?")
    assert answer.answer.split("\n")[0].count("chuyên đề") == 1 and "Kính gửi" not in answer.answer


def test_a_part_is_found_by_either_word_of_its_heading(assistant: Assistant) -> None:
    answer = assistant.ask("Báo cáo của Hội Khuyến học xã Tam An nêu những đề xuất gì?")
    assert "Kiến nghị, đề xuất" in answer.answer.split("\n")[0] and "phần mềm" in answer.answer


def test_a_short_word_is_no_places_initials(assistant: Assistant) -> None:
    answer = assistant.ask("hkh xa tam an: han nop ds hs de nghi khen thuong la ngay nao")
    assert not answer.abstained and "05/8/2024" in answer.answer and "Đại Sơn" not in answer.answer


def test_the_classes_given_a_time_are_answered(assistant: Assistant) -> None:
    answer = assistant.ask("lop tin hoc co ban nam 2025 cua xa tam an khai giang khi nao")
    assert not answer.abstained and "quý I" in answer.answer


def test_a_report_sent_is_not_a_plan_sent(assistant: Assistant) -> None:
    answer = assistant.ask("UBND xã gửi báo cáo năm 2025 lên huyện Đức Quang hạn chót ngày nào, qua kênh nào?")
    lead = answer.answer.split("\n")[0]
    assert "20/11/2025" in lead and "10/4/2025" not in lead
