"""A summary says what each part of a letter says, a table's deadlines included; a list question gets the part
its heading names: the criteria of the title asked, a budget's items and sources, the limitations a report
lists (not the year's deadlines). A letter about the half-year report dates it in clauses that never name the
period, and a prize of one grade is not another's."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

LETTER = """UBND TỈNH NAM LÂM                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                         Độc lập - Tự do - Hạnh phúc
Số: 1407/SGDĐT-GDTX                            Nam Lâm, ngày 21 tháng 10 năm 2024
V/v báo cáo kết quả xây dựng xã hội học tập năm 2024
Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thị xã.
1. Thời điểm chốt số liệu
Số liệu báo cáo tính đến ngày 31/10/2024.
2. Các báo cáo phải gửi
| TT | Nội dung | Đơn vị gửi | Thời hạn | Hình thức gửi |
|---|---|---|---|---|
| 1 | Báo cáo kết quả xây dựng xã hội học tập | Phòng GDĐT | Trước ngày 22/11/2024 | Hệ thống quản lý văn bản |
| 2 | Số liệu thống kê TTHTCĐ | Phòng GDĐT | Trước ngày 27/11/2024 | Phần mềm cơ sở dữ liệu ngành |
| 3 | Kết quả xếp loại TTHTCĐ | Phòng GDĐT | Trước ngày 04/12/2024 | Email gdtx@namlam.edu.vn |
| 4 | Danh sách đề nghị khen thưởng | Phòng GDĐT | Trước ngày 11/12/2024 | Bản giấy |
3. Thông tin liên hệ
Mọi vướng mắc liên hệ ông Lò Văn Khánh, chuyên viên Phòng GDTX, điện thoại 0215.3826.119.
Nơi nhận:                                      KT. GIÁM ĐỐC
- Như trên;                                    PHÓ GIÁM ĐỐC
- Lưu: VT.                                     Đinh Thị Hoa
"""

NOTICE = """UBND HUYỆN MƯỜNG KHOA                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP              Độc lập - Tự do - Hạnh phúc
Số: 05/TB-BCĐ                                   Mường Khoa, ngày 22 tháng 7 năm 2024
THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại cuộc họp sơ kết 6 tháng đầu năm 2024
I. ĐÁNH GIÁ KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024
Sáu tháng đầu năm 2024, 24/24 xã, thị trấn đã ban hành kế hoạch xây dựng xã hội học tập; các Trung tâm học tập cộng đồng tổ chức 318 lớp chuyên đề.
Bên cạnh kết quả đạt được, công tác xây dựng xã hội học tập còn một số hạn chế: 05 xã chưa kiện toàn Ban Chỉ đạo cấp xã; thư viện của nhiều trường chưa mở cửa phục vụ người dân; số liệu báo cáo giữa các ngành chưa thống nhất.
II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phòng Giáo dục và Đào tạo tổng hợp báo cáo kết quả năm 2024 gửi Ủy ban nhân dân huyện trước ngày 25/11/2024.
2. Ủy ban nhân dân các xã, thị trấn gửi báo cáo năm về Phòng Giáo dục và Đào tạo trước ngày 15/11/2024.
Nơi nhận:                                       TRƯỞNG BAN
- Các thành viên BCĐ;                           PHÓ CHỦ TỊCH UBND HUYỆN
- Lưu: VT.                                      Hà Văn Dũng
"""

GUIDANCE = """UBND TỈNH NAM LÂM                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                          Độc lập - Tự do - Hạnh phúc
Số: 1622/HD-SGDĐT                               Nam Lâm, ngày 02 tháng 12 năm 2024
HƯỚNG DẪN
Đánh giá, công nhận "Đơn vị học tập" và xếp loại "Cộng đồng học tập" cấp xã
Phần I. ĐÁNH GIÁ, CÔNG NHẬN "ĐƠN VỊ HỌC TẬP"
1. Tiêu chí và thang điểm
- Tiêu chí 1. Công tác chỉ đạo, điều hành (20 điểm).
- Tiêu chí 2. Phong trào tự học của cán bộ, giáo viên (40 điểm).
- Tiêu chí 3. Cơ sở vật chất phục vụ học tập (40 điểm).
2. Mức công nhận
Đơn vị đạt từ 75 điểm trở lên được công nhận "Đơn vị học tập".
Phần II. XẾP LOẠI "CỘNG ĐỒNG HỌC TẬP" CẤP XÃ
1. Tiêu chí và thang điểm
- Tiêu chí 1. Kết quả phổ cập giáo dục, xóa mù chữ (30 điểm).
- Tiêu chí 2. Hoạt động của Trung tâm học tập cộng đồng (70 điểm).
2. Xếp loại
Xã đạt từ 85 điểm trở lên xếp loại Tốt.
Nơi nhận:                                       KT. GIÁM ĐỐC
- Như trên;                                     PHÓ GIÁM ĐỐC
- Lưu: VT.                                      Đinh Thị Hoa
"""

PLAN = """HỘI KHUYẾN HỌC TỈNH NAM LÂM                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC HUYỆN MƯỜNG KHOA                  Độc lập - Tự do - Hạnh phúc
Số: 11/KH-HKH                                    Mường Khoa, ngày 15 tháng 01 năm 2024
KẾ HOẠCH
Hoạt động khuyến học, khuyến tài năm 2024
I. CHỈ TIÊU
Năm 2024 có 72% số hộ đạt danh hiệu "Gia đình học tập".
II. KINH PHÍ
1. Tổng dự toán
Tổng dự toán năm 2024 là 310.000.000 đồng.
2. Nguồn kinh phí
a) Quỹ Khuyến học huyện: 150.000.000 đồng;
b) Ngân sách huyện hỗ trợ: 90.000.000 đồng;
c) Vận động xã hội hóa: 70.000.000 đồng.
Nơi nhận:                                        TM. BAN THƯỜNG VỤ
- Hội Khuyến học tỉnh (b/c);                     CHỦ TỊCH
- Lưu: VP.                                       Lường Thị Mai
"""


HALF_YEAR = """UBND HUYỆN MƯỜNG KHOA                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                       Độc lập - Tự do - Hạnh phúc
Số: 318/PGDĐT-GDTX                              Mường Khoa, ngày 20 tháng 5 năm 2025
V/v báo cáo sơ kết 6 tháng đầu năm 2025
Kính gửi: Ủy ban nhân dân các xã, thị trấn.
1. Ủy ban nhân dân các xã, thị trấn gửi báo cáo về Phòng GD&ĐT trước 16 giờ 00 ngày 10/6/2025 qua Hệ thống quản lý văn bản.
2. Xã được xếp loại Tốt về xây dựng xã hội học tập được Ủy ban nhân dân huyện thưởng 2.000.000 đồng.
Nơi nhận:                                       KT. TRƯỞNG PHÒNG
- Như trên;                                     PHÓ TRƯỞNG PHÒNG
- Lưu: VT.                                      Sầm Văn Tư
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("summaries"), {
        "nam-lam_CV-SGDDT_2024.txt": LETTER,
        "muong-khoa_TB-BCD_2024.txt": NOTICE,
        "nam-lam_HD-SGDDT_2024.txt": GUIDANCE,
        "muong-khoa_KH-HKH_2024.txt": PLAN,
        "muong-khoa_CV-PGDDT_2025.txt": HALF_YEAR,
    })


def test_a_summary_of_a_letter_says_what_each_part_and_table_row_gives(assistant: Assistant) -> None:
    answer = assistant.ask("tóm tắt công văn 1407 của Sở GD Nam Lâm")
    assert not answer.abstained
    for said in ("31/10/2024", "22/11/2024", "27/11/2024", "04/12/2024", "11/12/2024", "0215.3826.119"):
        assert said in answer.answer


def test_limitations_asked_are_the_report_s_limitations_not_its_deadlines(assistant: Assistant) -> None:
    answer = assistant.ask("nhung han che 6 thang dau nam 2024 cua huyen Muong Khoa la gi")
    assert not answer.abstained
    assert "05 xã chưa kiện toàn" in answer.answer
    assert "mốc thời gian" not in answer.answer


def test_the_criteria_asked_are_those_of_the_title_the_part_names(assistant: Assistant) -> None:
    answer = assistant.ask("Các tiêu chí đánh giá Đơn vị học tập của Sở GD Nam Lâm gồm những gì?")
    assert not answer.abstained
    for criterion in ("Công tác chỉ đạo, điều hành", "Phong trào tự học", "Cơ sở vật chất"):
        assert criterion in answer.answer
    assert "phổ cập giáo dục" not in answer.answer


def test_a_budget_asked_item_by_item_gives_its_sum_and_every_source(assistant: Assistant) -> None:
    answer = assistant.ask("Kinh phí năm 2024 của HKH huyện Mường Khoa gồm những khoản nào, lấy từ nguồn nào?")
    assert not answer.abstained
    for said in ("310.000.000", "Quỹ Khuyến học huyện", "Ngân sách huyện", "xã hội hóa"):
        assert said in answer.answer


def test_a_letter_about_the_half_year_report_dates_it_without_naming_the_period(assistant: Assistant) -> None:
    answer = assistant.ask("ubnd xa o muong khoa gui bc 6 thang ve pgd truoc ngay nao")
    assert not answer.abstained and "10/6/2025" in answer.answer
    assert assistant.ask("ubnd xa o muong khoa gui bc 9 thang ve pgd truoc ngay nao").abstained
    # it goes through the document system: no day is set for a paper copy
    assert assistant.ask("UBND xã ở Mường Khoa nộp bản giấy báo cáo 6 tháng về Phòng GD&ĐT trước ngày nào?").abstained


def test_a_prize_of_one_grade_is_not_the_prize_of_another(assistant: Assistant) -> None:
    assert assistant.ask("Xã ở Mường Khoa xếp loại Khá được thưởng bao nhiêu tiền?").abstained
    prize = assistant.ask("Xã ở Mường Khoa xếp loại Tốt được thưởng bao nhiêu tiền?")
    assert not prize.abstained and "2.000.000" in prize.answer
