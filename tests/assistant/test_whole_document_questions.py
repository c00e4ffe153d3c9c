"""Questions about a whole document named by its number ("Công văn 312 … yêu cầu các trường gửi những nội dung
gì?") are answered with its summary, while a body's own duties in it and its addressees stay their own answers;
two documents named by number are put in the order of their dates when the question asks which came first; and of
two documents of one place, the one whose issuer the question names ("của Phòng GD&ĐT …") answers."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

LETTER = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐỨC TRỌNG                              Độc lập - Tự do - Hạnh phúc
Số: 312/PGDĐT                                Đức Trọng, ngày 02 tháng 10 năm 2024
V/v báo cáo số liệu xây dựng xã hội học tập năm 2024
Kính gửi:
- Hiệu trưởng các trường trên địa bàn huyện;
- Ủy ban nhân dân các xã, thị trấn.
Thực hiện Công văn số 1880/SGDĐT-GDTX của Sở Giáo dục và Đào tạo, Phòng GD&ĐT đề nghị các đơn vị thực hiện:
1. Số liệu phổ cập giáo dục, xóa mù chữ
Các trường cập nhật số liệu điều tra phổ cập giáo dục trên phần mềm trước ngày 25/10/2024.
2. Thống kê mô hình học tập
Ủy ban nhân dân các xã, thị trấn tổng hợp số liệu theo Biểu 02-XHHT, gửi Phòng GD&ĐT trước ngày 05/11/2024.
3. Đánh giá trung tâm học tập cộng đồng
Trung tâm học tập cộng đồng tự đánh giá, xếp loại năm 2024; Hội Nông dân huyện phối hợp kiểm tra các lớp chuyển giao khoa học kỹ thuật.
Nơi nhận:                                    KT. TRƯỞNG PHÒNG
- Như trên;                                  PHÓ TRƯỞNG PHÒNG
- Lưu: VT.                                   Lê Thị Hạnh
"""

PLAN = """ỦY BAN NHÂN DÂN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HIỆP AN                                   Độc lập - Tự do - Hạnh phúc
Số: 41/KH-UBND                               Hiệp An, ngày 15 tháng 8 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập xã Hiệp An năm 2024
I. CHỈ TIÊU
1. Phấn đấu 70% hộ gia đình đạt danh hiệu "Gia đình học tập".
II. TỔ CHỨC THỰC HIỆN
1. Hội Khuyến học xã báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30/11/2024.
                                             CHỦ TỊCH
                                             Trần Văn Lực
"""

ASSOCIATION = """HỘI KHUYẾN HỌC TỈNH LÂM ĐỒNG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC HUYỆN ĐỨC TRỌNG               Độc lập - Tự do - Hạnh phúc
Số: 18/HD-HKH                                Đức Trọng, ngày 20 tháng 9 năm 2024
HƯỚNG DẪN
Thống kê mô hình học tập năm 2024
1. Hội Khuyến học các xã, thị trấn tổng hợp số liệu thống kê mô hình học tập, gửi Hội Khuyến học huyện trước ngày 20/11/2024.
2. Chi hội khuyến học các thôn báo cáo Hội Khuyến học xã trước ngày 10/11/2024.
                                             CHỦ TỊCH
                                             Phạm Văn Tâm
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("whole"), {"duc-trong_CV-PGDDT_2024.txt": LETTER,
                                                                           "hiep-an_KH-UBND_2024.txt": PLAN,
                                                                           "duc-trong_HD-HKH_2024.txt": ASSOCIATION})


def test_what_a_numbered_letter_asks_of_its_addressees_is_its_summary(assistant: Assistant) -> None:
    answer = assistant.ask("Công văn 312/PGDĐT của Phòng GD&ĐT huyện Đức Trọng yêu cầu các trường và UBND xã "
                           "gửi những nội dung gì?")
    assert not answer.abstained
    assert answer.answer.startswith("Tóm tắt")
    for part in ("phổ cập giáo dục", "mô hình học tập", "trung tâm học tập cộng đồng"):
        assert part in answer.answer


def test_what_a_guidance_sets_out_is_its_summary(assistant: Assistant) -> None:
    answer = assistant.ask("cv 312 cua phong gd duc trong quy dinh nhung noi dung gi")
    assert answer.answer.startswith("Tóm tắt")


def test_a_body_named_first_asks_its_own_duty(assistant: Assistant) -> None:
    answer = assistant.ask("Hội Nông dân huyện Đức Trọng làm những gì trong Công văn 312?")
    assert not answer.answer.startswith("Tóm tắt")
    assert "chuyển giao khoa học kỹ thuật" in answer.answer


def test_the_places_a_letter_goes_to_are_still_its_addressees(assistant: Assistant) -> None:
    answer = assistant.ask("Công văn 312 của Phòng GD&ĐT Đức Trọng gửi những nơi nào?")
    assert "Ủy ban nhân dân các xã, thị trấn" in answer.answer
    assert not answer.answer.startswith("Tóm tắt")


def test_which_of_two_documents_came_first_orders_their_dates(assistant: Assistant) -> None:
    first = assistant.ask("CV 312 cua phong gd duc trong va KH 41 cua xa Hiep An, vb nao ban hanh truoc?")
    assert first.answer.startswith("Kế hoạch 41/KH-UBND")
    assert "15/08/2024" in first.answer and "02/10/2024" in first.answer
    later = assistant.ask("Công văn 312 của Phòng GD&ĐT Đức Trọng và Kế hoạch 41 của xã Hiệp An, văn bản nào ban hành sau?")
    assert later.answer.startswith("Công văn 312/PGDĐT")


def test_of_two_documents_of_one_place_the_named_issuers_answers(assistant: Assistant) -> None:
    answer = assistant.ask("thong ke mo hinh hoc tap theo van ban cua phong gd&dt huyen duc trong gui truoc ngay nao")
    assert "05/11/2024" in answer.answer and "20/11/2024" not in answer.answer
