"""Documents of forms met this round: a joint plan signed by two bodies with a budget table under "gồm các
nguồn:", a guidance whose criteria table merges its first column down the rows of each group, and a Sở of
culture's letter with a contact. Each answer is read through the assistant a user asks."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

JOINT_PLAN = """HỘI KHUYẾN HỌC HUYỆN KRÔNG NÔ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                         Độc lập - Tự do - Hạnh phúc
Số: 04/KHLT-HKH-HĐ                       Krông Nô, ngày 20 tháng 02 năm 2024

KẾ HOẠCH LIÊN TỊCH
Phối hợp xây dựng xã hội học tập trong đoàn viên, thanh niên năm 2024

I. NỘI DUNG PHỐI HỢP
1. Mở 12 lớp "Bình dân học vụ số" cho thanh niên tại các xã trong quý II/2024.
2. Cơ sở Đoàn và Hội Khuyến học các xã gửi kế hoạch phối hợp cấp xã về Huyện Đoàn trước ngày 31/3/2024.

II. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 95.000.000 đồng, gồm các nguồn:
| Nguồn kinh phí | Số tiền (đồng) | Sử dụng cho |
|---|---|---|
| Quỹ Khuyến học huyện | 50.000.000 | Học bổng, tuyên dương |
| Kinh phí hoạt động của Huyện Đoàn | 25.000.000 | Lớp "Bình dân học vụ số" |
| Nguồn xã hội hóa | 20.000.000 | Tặng sách, ngày hội |

TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN
BÍ THƯ
(Đã ký)
Y Sơn Niê

TM. BAN THƯỜNG VỤ HỘI KHUYẾN HỌC HUYỆN
CHỦ TỊCH
(Đã ký)
Lê Văn Thành

Nơi nhận:
- Hội Khuyến học tỉnh Đắk Nông (để b/c);
- Tỉnh Đoàn Đắk Nông (để b/c);
- Lưu: VP.
"""

GUIDANCE = """| **HỘI KHUYẾN HỌC TỈNH HÒA BÌNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số: 31/HD-HKH | *Hòa Bình, ngày 10 tháng 4 năm 2024* |

# HƯỚNG DẪN

## Đánh giá, công nhận "Cộng đồng học tập" cấp thôn năm 2024

## I. TIÊU CHÍ VÀ THANG ĐIỂM

| Tiêu chí | Chỉ số | Điểm tối đa |
|---|---|---|
| **Tiêu chí 1. Lãnh đạo, chỉ đạo (20 điểm)** | 1.1. Thôn có kế hoạch xây dựng "Cộng đồng học tập" | 10 |
| | 1.2. Chi hội Khuyến học thôn có từ 25% dân số là hội viên | 10 |
| **Tiêu chí 2. Quỹ khuyến học (30 điểm)** | 2.1. Quỹ khuyến học đạt từ 50.000 đồng/hộ/năm | 20 |
| | 2.2. Khen thưởng học sinh giỏi vào dịp tổng kết năm học | 10 |

## II. KHEN THƯỞNG VÀ TỔ CHỨC

1. Thôn được xếp loại Tốt 03 năm liên tục được Hội Khuyến học tỉnh tặng Giấy khen, kèm tiền thưởng 3.000.000 đồng.
2. Tổ đánh giá cấp thôn gồm 05 thành viên, do Trưởng thôn làm Tổ trưởng.

| **Nơi nhận:**<br>- Hội Khuyến học các huyện;<br>- Lưu: VP. | **TM. BAN THƯỜNG VỤ**<br>**CHỦ TỊCH**<br><br>*(Đã ký)*<br><br>**Bùi Thị Thanh** |
|---|---|
"""

LETTER = """UBND TỈNH HẬU GIANG
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH

Số: 702/SVHTTDL-TV
V/v phát triển tủ sách cộng đồng năm 2025

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hậu Giang, ngày 16 tháng 6 năm 2025

Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.

Sở Văn hóa, Thể thao và Du lịch đề nghị Ủy ban nhân dân các huyện rà soát tủ sách cộng đồng, gửi báo cáo về Sở trước ngày 20/11/2025.

Trong quá trình triển khai, nếu có vướng mắc, đề nghị liên hệ ông Phạm Văn Tâm, chuyên viên Phòng Thư viện, điện thoại 0293.3876.112, e-mail: tampv.svhttdl@haugiang.gov.vn.

Nơi nhận:
- Như trên;
- Lưu: VT, TV.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(Đã ký)
Trương Minh Khoa
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("joint"), {
        "krong-no_KHLT-HKH_2024.txt": JOINT_PLAN, "hoa-binh_HD-HKH_2024.md": GUIDANCE,
        "hau-giang_CV-SVHTTDL_2025.txt": LETTER})


def test_a_joint_plan_is_signed_by_both_bodies(assistant: Assistant) -> None:
    answer = assistant.ask("Kế hoạch liên tịch 04/KHLT-HKH-HĐ do những ai ký?")
    assert "Lê Văn Thành" in answer.answer and "Y Sơn Niê" in answer.answer


def test_a_number_with_an_unusual_symbol_names_its_document(assistant: Assistant) -> None:
    answer = assistant.ask("Tổng kinh phí thực hiện Kế hoạch liên tịch 04/KHLT-HKH-HĐ là bao nhiêu, từ những nguồn nào?")
    assert not answer.abstained
    assert {c.source for c in answer.citations} == {"krong-no_KHLT-HKH_2024.txt"}
    # the line that introduces the table lists its rows, not its header
    for amount in ("95.000.000", "50.000.000", "25.000.000", "20.000.000"):
        assert amount in answer.answer
    assert "“Nguồn kinh phí | Số tiền" not in answer.answer


def test_kh_typed_for_a_plan_is_no_province(assistant: Assistant) -> None:
    answer = assistant.ask("co so doan va hkh cac xa gui kh phoi hop cap xa ve huyen truoc ngay nao?")
    assert "31/3/2024" in answer.answer
    assert "Khánh Hòa" not in answer.answer


def test_each_row_of_a_merged_group_keeps_its_group(assistant: Assistant) -> None:
    answer = assistant.ask("Chỉ số 1.2 thuộc tiêu chí nào và được mấy điểm theo HD 31?")
    assert "Tiêu chí 1" in answer.answer and "25% dân số" in answer.answer


def test_moi_duoc_is_not_an_amount_for_each(assistant: Assistant) -> None:
    answer = assistant.ask("Thôn đạt loại Tốt mấy năm liên tục mới được Hội Khuyến học tỉnh tặng Giấy khen, tiền thưởng bao nhiêu?")
    assert not answer.abstained and "3.000.000" in answer.answer


def test_who_heads_a_team_is_answered_by_its_post(assistant: Assistant) -> None:
    answer = assistant.ask("Tổ đánh giá cấp thôn theo HD 31 do ai đứng đầu?")
    assert not answer.abstained and "Trưởng thôn" in answer.answer


def test_a_fax_number_the_letter_never_gives_is_refused(assistant: Assistant) -> None:
    assert assistant.ask("Số fax của Phòng Thư viện, Sở Văn hóa, Thể thao và Du lịch Hậu Giang là gì?").abstained
    phone = assistant.ask("Số điện thoại của Phòng Thư viện, Sở Văn hóa, Thể thao và Du lịch Hậu Giang là gì?")
    assert "0293.3876.112" in phone.answer


def test_a_culture_department_letter_gives_its_number_date_and_signer(assistant: Assistant) -> None:
    answer = assistant.ask("Công văn của Sở Văn hóa Hậu Giang về tủ sách cộng đồng số mấy, ngày nào, ai ký?")
    for part in ("702/SVHTTDL-TV", "16/06/2025", "Trương Minh Khoa"):
        assert part in answer.answer
    dated = assistant.ask("ai ky cv 702, ngay ky?")
    assert "16/06/2025" in dated.answer and "Trương Minh Khoa" in dated.answer
