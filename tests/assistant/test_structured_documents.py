"""Questions answered by the structure of a document rather than by one sentence: rules issued with a
decision, members of a board, conditions listed under a clause, a table of report forms."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

DECISION = """ỦY BAN NHÂN DÂN                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TAM NÔNG                                   Độc lập - Tự do - Hạnh phúc
Số: 905/QĐ-UBND                              Tam Nông, ngày 14 tháng 8 năm 2024
                                QUYẾT ĐỊNH
          Ban hành Quy chế hoạt động của Ban Chỉ đạo xây dựng xã hội học tập huyện Tam Nông
                   CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TAM NÔNG
Căn cứ Quyết định số 1315/QĐ-TTg ngày 09 tháng 11 năm 2023 của Thủ tướng Chính phủ;
                                 QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo xây dựng xã hội học tập huyện.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 311/QĐ-UBND ngày 02 tháng 3 năm 2020.
Nơi nhận:                                                    CHỦ TỊCH
- Như Điều 2;
- Lưu: VT.                                                Đoàn Văn Khởi

                                  QUY CHẾ
     Hoạt động của Ban Chỉ đạo xây dựng xã hội học tập huyện Tam Nông
    (Ban hành kèm theo Quyết định số 905/QĐ-UBND ngày 14/8/2024 của
               Chủ tịch Ủy ban nhân dân huyện Tam Nông)
Điều 1. Thành phần Ban Chỉ đạo
1. Trưởng ban: ông Nguyễn Hữu Tài, Phó Chủ tịch Ủy ban nhân dân huyện.
2. Phó Trưởng ban Thường trực: bà Lê Thị Ngọc Hân, Trưởng phòng Giáo dục và Đào tạo.
3. Thư ký Ban Chỉ đạo: ông Phạm Quốc Việt, chuyên viên Phòng Giáo dục và Đào tạo.
Điều 2. Khen thưởng
1. Ban Chỉ đạo đề nghị Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen cho xã đáp ứng đồng thời các điều kiện sau:
a) Được xếp loại "Cộng đồng học tập" cấp xã mức Tốt 02 năm liên tục;
b) Gửi báo cáo đúng thời hạn trong năm.
2. Mỗi năm đề nghị khen thưởng không quá 02 xã.
"""

LETTER = """| UBND HUYỆN THANH BÌNH | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| **PHÒNG GIÁO DỤC VÀ ĐÀO TẠO** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 318/PGDĐT | *Thanh Bình, ngày 20 tháng 11 năm 2024* |
| V/v báo cáo kết quả xây dựng xã hội học tập năm 2024 | |

Kính gửi: Hiệu trưởng các trường trên địa bàn huyện.

## 1. Biểu mẫu và thời hạn gửi

| TT | Biểu mẫu | Nội dung | Thời hạn gửi |
|---|---|---|---|
| 1 | Biểu 01 | Tự đánh giá "Đơn vị học tập" | Chậm nhất ngày 28/11/2024 |
| 2 | Biểu 02 | Kết quả đánh giá "Công dân học tập" | Chậm nhất ngày 28/11/2024 |
| 3 | Biểu 03 | Đăng ký chỉ tiêu năm 2025 | Trước ngày 09/12/2024 |

## 2. Hình thức gửi

Báo cáo gửi qua Hệ thống quản lý văn bản và điều hành về Phòng GD&ĐT. Các biểu mẫu được đăng trên trang thông tin điện tử của Phòng.

| **Nơi nhận:** | **KT. TRƯỞNG PHÒNG** |
|---|---|
| - Như kính gửi; | **PHÓ TRƯỞNG PHÒNG** |
| - Lưu: VT. | |
| | **Huỳnh Thị Mai** |
"""

COMMUNE_PLAN = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN HỘI                              Độc lập - Tự do - Hạnh phúc
Số: 31/KH-UBND                        Tân Hội, ngày 05 tháng 3 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn xã Tân Hội năm 2024
I. CHỈ TIÊU
1. Có 07/11 ấp đạt danh hiệu "Cộng đồng học tập" cấp ấp (năm 2023 đạt 05/11 ấp).
II. KINH PHÍ
1. Ngân sách xã hỗ trợ mỗi Trung tâm học tập cộng đồng 4.000.000 đồng; tổng kinh phí năm 2024 là 40.000.000 đồng.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("structured"), {"tam-nong_QD-UBND_2024.txt": DECISION, "thanh-binh_CV-PGDDT_2024.md": LETTER, "tan-hoi_KH-UBND_2024.txt": COMMUNE_PLAN})


def test_rules_issued_with_a_decision_are_indexed_as_their_own_document(assistant: Assistant) -> None:
    by_kind = {d.kind: d for d in assistant.library.documents if d.source == "tam-nong_QD-UBND_2024.txt"}
    assert set(by_kind) == {"Quyết định", "Quy chế"}
    assert by_kind["Quyết định"].signer == "Đoàn Văn Khởi"  # not a heading of the rules that follow
    rules = by_kind["Quy chế"]
    assert rules.attached_to == "905/QĐ-UBND" and rules.issuer == "Ủy ban nhân dân huyện Tam Nông"


def test_a_signature_laid_out_as_a_table_names_the_signer(assistant: Assistant) -> None:
    letter = next(d for d in assistant.library.documents if d.source == "thanh-binh_CV-PGDDT_2024.md")
    assert letter.signer == "Huỳnh Thị Mai" and letter.title.startswith("Báo cáo kết quả")


def test_who_holds_a_post_is_answered_with_the_name(assistant: Assistant) -> None:
    answer = assistant.ask("Phó Trưởng ban Thường trực Ban Chỉ đạo xây dựng xã hội học tập huyện Tam Nông là ai?")
    assert not answer.abstained and "Lê Thị Ngọc Hân" in answer.answer
    other = assistant.ask("con thu ky bcd la ai", history=["Phó Trưởng ban Thường trực BCĐ huyện Tam Nông là ai?"])
    assert "Phạm Quốc Việt" in other.answer.split("\n")[0]


def test_a_decision_named_by_number_answers_its_own_signer_and_date(assistant: Assistant) -> None:
    answer = assistant.ask("Quyết định số 905/QĐ-UBND của huyện Tam Nông ban hành ngày nào, do ai ký?")
    assert "Đoàn Văn Khởi" in answer.answer and "14" in answer.answer


def test_a_clause_ending_in_a_colon_brings_its_lettered_items(assistant: Assistant) -> None:
    answer = assistant.ask("Điều kiện để xã được Ban Chỉ đạo huyện Tam Nông đề nghị tặng Giấy khen là gì?")
    assert not answer.abstained and "02 năm liên tục" in answer.answer and "đúng thời hạn" in answer.answer


def test_a_list_question_is_answered_by_the_whole_table(assistant: Assistant) -> None:
    answer = assistant.ask("Công văn 318/PGDĐT của Phòng GD&ĐT Thanh Bình yêu cầu nộp những biểu mẫu nào?")
    assert all(f"Biểu 0{n}" in answer.answer for n in (1, 2, 3)), answer.answer


def test_a_form_named_by_number_is_found_or_refused(assistant: Assistant) -> None:
    found = assistant.ask("pgd thanh binh han nop bieu 03 la ngay nao")
    assert not found.abstained and "09/12/2024" in found.answer.split("\n")[0]
    missing = assistant.ask("pgd thanh binh han nop bieu 04 la ngay nao")
    assert missing.abstained and "Biểu 04" in missing.answer


def test_which_ones_is_not_answered_by_how_many(assistant: Assistant) -> None:
    answer = assistant.ask("nam 2023 xa tan hoi nhung ap nao dat cong dong hoc tap")
    assert answer.abstained and "số lượng" in answer.answer


def test_an_amount_for_each_item_is_only_read_for_that_item(assistant: Assistant) -> None:
    stated = assistant.ask("Xã Tân Hội hỗ trợ mỗi Trung tâm học tập cộng đồng bao nhiêu tiền?")
    assert not stated.abstained and "4.000.000 đồng" in stated.answer
    assert assistant.ask("Xã Tân Hội hỗ trợ mỗi lớp xóa mù chữ bao nhiêu tiền?").abstained
