"""Yes/no questions answered from the clause that states the claim, through the real pipeline: the clause of the
year asked rather than one framed by the year before, and the clause whose heading repeats the role asserted."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

CENTRE = """ỦY BAN NHÂN DÂN XÃ MỸ HIỆP                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM HỌC TẬP CỘNG ĐỒNG                 Độc lập - Tự do - Hạnh phúc
Số: 03/KH-TTHTCĐ                         Mỹ Hiệp, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Hoạt động của Trung tâm học tập cộng đồng xã Mỹ Hiệp năm 2026
I. ĐÁNH GIÁ KHÁI QUÁT NĂM 2025
Năm 2025, TTHTCĐ xã tổ chức 28 chuyên đề với 8.960 lượt người tham gia; mở 03 lớp kỹ thuật trồng xoài và 01 lớp xóa mù chữ (18 học viên).
II. MỤC TIÊU, CHỈ TIÊU NĂM 2026
1. Mục tiêu
Đa dạng hóa nội dung, hình thức học tập, đáp ứng nhu cầu học tập thường xuyên của người dân.
2. Chỉ tiêu
- Tổ chức 30 chuyên đề với 9.000 lượt người tham gia.
- Mở 02 lớp xóa mù chữ cho 30 học viên tại ấp Mỹ Phú và ấp Mỹ Lợi.
III. NỘI DUNG HOẠT ĐỘNG
- Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam: tổ chức "Phiên chợ sách" tại TTHTCĐ ngày 21/4/2026.
                                          GIÁM ĐỐC
                                          Nguyễn Văn Tới
"""

WARD = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG TAM PHƯỚC                          Độc lập - Tự do - Hạnh phúc
Số: 21/KH-UBND                         Tam Phước, ngày 27 tháng 01 năm 2026
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn phường Tam Phước năm 2026
I. KẾT QUẢ NĂM 2025
Trung tâm học tập cộng đồng phường tổ chức 31 chuyên đề với 6.420 lượt người tham gia.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội phường (cơ quan thường trực)
- Chủ trì lập hồ sơ tự đánh giá, xếp loại "Cộng đồng học tập" cấp xã năm 2026, gửi Sở Giáo dục và Đào tạo trước ngày 31/10/2026.
- Tổng hợp báo cáo 6 tháng đầu năm, trình UBND phường trước ngày 08/6/2026.
2. Trung tâm học tập cộng đồng phường
- Xây dựng chương trình hoạt động năm 2026, hoàn thành trước ngày 28/02/2026.
3. Các trường học trên địa bàn
Trường Tiểu học Tam Phước và Trường THCS Tam Phước phối hợp với Trung tâm học tập cộng đồng mở lớp kỹ năng số.
                                          CHỦ TỊCH
                                          Trần Thị Mỹ Hạnh
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("claims"), {"my-hiep.txt": CENTRE, "tam-phuoc.txt": WARD})


def test_the_clause_of_the_year_asked(assistant: Assistant) -> None:
    answer = assistant.ask("tthtcd xa my hiep nam 2026 co mo lop xoa mu chu ko")
    assert not answer.abstained and "02 lớp" in answer.answer.split("\n")[0]


def test_the_clause_whose_heading_repeats_the_role_asserted(assistant: Assistant) -> None:
    answer = assistant.ask("o phuong tam phuoc trung tam hoc tap cong dong la co quan thuong truc ke hoach xhht 2026 dung ko")
    assert answer.answer.startswith("Không") and "Phòng Văn hóa" in answer.answer
