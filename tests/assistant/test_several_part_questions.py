"""Questions that ask several things, or ask them in words the first round did not know, over a letter and a
guidance written for this test and indexed with the real pipeline."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

LETTER = """UBND TỈNH GIA LAI                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                  Độc lập - Tự do - Hạnh phúc
Số: 1450/SGDĐT-GDTX                      Gia Lai, ngày 03 tháng 10 năm 2025
V/v báo cáo kết quả xây dựng xã hội học tập năm 2025
Kính gửi: Ủy ban nhân dân các xã, phường.
Sở Giáo dục và Đào tạo đề nghị các đơn vị báo cáo kết quả xây dựng xã hội học tập năm 2025 như sau:
1. Ủy ban nhân dân các xã, phường gửi báo cáo về Sở Giáo dục và Đào tạo chậm nhất ngày 14/11/2025.
2. Số liệu báo cáo tính đến ngày 31/10/2025.
3. Báo cáo gửi bằng văn bản qua Hệ thống quản lý văn bản của tỉnh, đồng thời gửi bản mềm qua địa chỉ email gdtx@gialai.edu.vn.
4. Đơn vị gửi báo cáo sau thời hạn sẽ được Sở nêu tên trong báo cáo gửi Ủy ban nhân dân tỉnh.
Nơi nhận:                                KT. GIÁM ĐỐC
- Như trên;                              PHÓ GIÁM ĐỐC
- Lưu: VT, GDTX.
                                         Lê Văn Thành
"""
GUIDANCE = """HỘI KHUYẾN HỌC TỈNH GIA LAI             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                         Độc lập - Tự do - Hạnh phúc
Số: 09/HD-HKH                            Gia Lai, ngày 12 tháng 3 năm 2024
HƯỚNG DẪN
Xây dựng quỹ khuyến học năm 2024 - 2025
I. CHỈ TIÊU
| Nội dung | Kết quả năm 2023 | Chỉ tiêu năm 2024 | Chỉ tiêu năm 2025 |
| Quỹ khuyến học toàn tỉnh | 9,2 tỷ đồng | 10 tỷ đồng | 11,5 tỷ đồng |
| Chi hội khuyến học xếp loại tốt | 70% | 75% | 80% |
II. TỔ CHỨC THỰC HIỆN
1. Hội Khuyến học các huyện báo cáo Hội Khuyến học tỉnh trước ngày 15/12 hằng năm.
2. Hướng dẫn này thay thế Hướng dẫn số 03/HD-HKH ngày 02/4/2021 của Hội Khuyến học tỉnh Gia Lai.
Nơi nhận:                                TM. BAN THƯỜNG VỤ
- Các huyện hội;                         CHỦ TỊCH
- Lưu: VP.
                                         Rơ Chăm Ngân
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("several-parts"), {"gia-lai_CV-SGDDT_2025.txt": LETTER, "gia-lai_HD-HKH_2024.txt": GUIDANCE})


def test_a_deadline_and_the_medium_are_both_answered(assistant: Assistant) -> None:
    a = assistant.ask("Công văn 1450 Gia Lai: các xã gửi báo cáo chậm nhất ngày nào, qua kênh gì?")
    assert not a.abstained
    assert "14/11/2025" in a.answer and "gdtx@gialai.edu.vn" in a.answer


def test_the_day_figures_are_counted_to_is_not_the_deadline(assistant: Assistant) -> None:
    a = assistant.ask("Số liệu báo cáo theo công văn 1450 được tính đến ngày nào?")
    assert not a.abstained
    assert "31/10/2025" in a.answer.splitlines()[0]


def test_being_named_in_a_report_is_a_sanction(assistant: Assistant) -> None:
    a = assistant.ask("Nếu một xã ở Gia Lai gửi báo cáo sau hạn ngày 14/11/2025 thì có bị xử lý gì không?")
    assert not a.abstained
    assert a.answer.startswith("Có.") and "nêu tên" in a.answer


def test_a_target_stated_as_an_amount_is_found_without_a_percent_sign(assistant: Assistant) -> None:
    a = assistant.ask("quy khuyen hoc toan tinh gia lai nam 2025 chi tieu bao nhieu")
    assert not a.abstained
    assert "11,5 tỷ đồng" in a.answer.splitlines()[0]


def test_the_signer_and_what_a_guidance_replaces_in_one_question(assistant: Assistant) -> None:
    a = assistant.ask("Hướng dẫn 09/HD-HKH của Hội Khuyến học tỉnh Gia Lai do ai ký và thay thế văn bản nào?")
    assert not a.abstained
    assert "Rơ Chăm Ngân" in a.answer and "03/HD-HKH" in a.answer


def test_who_signs_a_document_named_before_the_question_is_not_the_guidance_s_signer(assistant: Assistant) -> None:
    a = assistant.ask("Hướng dẫn 09/HD-HKH căn cứ quyết định nào, quyết định đó do ai ký?")
    assert "Rơ Chăm Ngân" not in a.answer
