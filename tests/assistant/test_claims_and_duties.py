"""Claims checked against a table row whose title stands before its value, a basis cited with the wrong year,
counts of communes that are no commune's name, consequences written as what is lost ("không được xem xét đề
nghị khen thưởng", "hoàn trả ngân sách"), a means asked of a step no clause gives one, every duty of a body
that a letter assigns clause by clause, a deadline whose destination stands in its row's "Nơi nhận" column, and
the phone of a contact point beside the name of a head the letter never gives."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

LETTER = """ỦY BAN NHÂN DÂN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẾN HẢI                                 Độc lập - Tự do - Hạnh phúc
Số: 905/UBND-VHXH                            Bến Hải, ngày 10 tháng 9 năm 2025
V/v báo cáo kết quả xây dựng xã hội học tập năm 2025
Kính gửi:
- Sở Giáo dục và Đào tạo;
- Ủy ban nhân dân các xã, phường.
Căn cứ Kế hoạch số 412/KH-UBND ngày 27/5/2024 của Ủy ban nhân dân tỉnh về xây dựng xã hội học tập;
1. Chỉ tiêu tối thiểu năm 2025
| TT | Chỉ tiêu | Tối thiểu năm 2025 |
|---|---|---|
| 1 | Hộ gia đình đạt "Gia đình học tập" | 75% |
| 2 | Cơ quan, đơn vị đạt "Đơn vị học tập" | 88% |
2. Thời hạn báo cáo
a) Giao Sở Giáo dục và Đào tạo chủ trì xây dựng dự thảo Kế hoạch giai đoạn 2026 - 2030, trình Ủy ban nhân dân tỉnh trước ngày 31/10/2025.
b) Ủy ban nhân dân các xã, phường gửi báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 20/11/2025. Xã, phường gửi sau ngày 20/11/2025 sẽ không được xem xét đề nghị khen thưởng năm 2025.
c) Ban nhân dân các thôn gửi danh sách đăng ký "Gia đình học tập" về Ủy ban nhân dân xã trước ngày 15/10/2025.
d) Các báo cáo khác:
| TT | Đơn vị thực hiện | Nội dung | Nơi nhận | Thời hạn |
|---|---|---|---|---|
| 1 | Trung tâm học tập cộng đồng | Báo cáo hoạt động năm 2025 | Ủy ban nhân dân xã | Trước ngày 07/11/2025 |
| 2 | Hội Khuyến học tỉnh | Số liệu các danh hiệu học tập | Sở Giáo dục và Đào tạo | Trước ngày 25/11/2025 |
3. Tổ chức thực hiện
a) Sở Giáo dục và Đào tạo kiểm tra xác suất tại 10% số xã, phường từ ngày 01/12/2025 đến ngày 12/12/2025.
b) Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết năm 2025, dự kiến ngày 19/12/2025.
c) Cơ quan, đơn vị sử dụng kinh phí không đúng mục đích phải hoàn trả ngân sách và chịu trách nhiệm theo quy định.
4. Đầu mối liên hệ
Mọi vướng mắc đề nghị liên hệ bà Trần Thị Hoa, chuyên viên Sở Giáo dục và Đào tạo, điện thoại 0233.3852.117.
Nơi nhận:                                    KT. CHỦ TỊCH
- Như trên;                                  PHÓ CHỦ TỊCH
- Lưu: VT.                                   Lê Văn Minh
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("claims"), {"ben-hai_CV-UBND_2025.txt": LETTER})


def test_a_rate_claimed_of_a_title_whose_row_sets_another(assistant: Assistant) -> None:
    wrong = assistant.ask("ben hai nam 2025 chi tieu toi thieu don vi hoc tap la 85% ha?")
    assert wrong.answer.startswith("Không") and "88%" in wrong.answer
    right = assistant.ask("ben hai nam 2025 chi tieu toi thieu don vi hoc tap la 88% ha?")
    assert right.answer.startswith("Có")


def test_a_basis_claimed_with_the_wrong_year(assistant: Assistant) -> None:
    answer = assistant.ask("Công văn 905/UBND-VHXH của tỉnh Bến Hải căn cứ Kế hoạch số 412/KH-UBND năm 2023 phải ko?")
    assert answer.answer.startswith("Không")
    assert "27/5/2024" in answer.answer


def test_counts_of_communes_and_the_commune_level_name_no_commune(assistant: Assistant) -> None:
    answer = assistant.ask("so gd ben hai kiem tra xac suat 10% so xa tu 01/12 den 12/12/2025 dung ko")
    assert answer.answer.startswith("Có")
    answer = assistant.ask("Ben Hai: hkh cap xa xep loai Tot thi bao cao ve dau")
    assert "xep loai" not in answer.answer


def test_consequences_written_as_what_is_lost(assistant: Assistant) -> None:
    late = assistant.ask("Xã ở Bến Hải gửi báo cáo sau hạn thì bị xử lý thế nào?")
    assert not late.abstained and "không được xem xét đề nghị khen thưởng" in late.answer
    misuse = assistant.ask("Cơ quan ở Bến Hải dùng kinh phí không đúng mục đích thì bị xử lí ra sao?")
    assert not misuse.abstained and "hoàn trả ngân sách" in misuse.answer
    unsaid = assistant.ask("Thôn ở Bến Hải gửi danh sách đăng ký Gia đình học tập trễ hạn thì bị xử lí thế nào?")
    assert unsaid.abstained


def test_a_means_asked_of_a_step_no_clause_gives_one(assistant: Assistant) -> None:
    answer = assistant.ask("Ban nhân dân các thôn ở Bến Hải gửi danh sách đăng ký Gia đình học tập bằng hình thức nào?")
    assert answer.abstained


def test_every_duty_a_letter_assigns_a_body_clause_by_clause(assistant: Assistant) -> None:
    answer = assistant.ask("Sở GD&ĐT Bến Hải được giao những nhiệm vụ gì trong công văn 905?")
    for part in ("31/10/2025", "01/12/2025", "19/12/2025"):
        assert part in answer.answer


def test_a_rows_destination_stands_in_its_own_column(assistant: Assistant) -> None:
    answer = assistant.ask("TTHTCĐ ở Bến Hải nộp báo cáo hoạt động năm 2025 về UBND xã trước ngày nào?")
    assert not answer.abstained and "07/11/2025" in answer.answer
    claim = assistant.ask("Công văn 905 của UBND tỉnh Bến Hải yêu cầu Trung tâm học tập cộng đồng gửi báo cáo hoạt "
                          "động năm 2025 về UBND xã trước ngày 07/11/2025, đúng không?")
    assert claim.answer.startswith("Có")


def test_a_contact_points_phone_but_no_heads_name(assistant: Assistant) -> None:
    phone = assistant.ask("sdt dau moi so gd ben hai ve bc xhht la bn")
    assert not phone.abstained and "0233.3852.117" in phone.answer
    head = assistant.ask("Giám đốc Sở Giáo dục và Đào tạo tỉnh Bến Hải tên là gì?")
    assert head.abstained


def test_a_claim_opened_with_co_phai_asserts_no_obligation(assistant: Assistant) -> None:
    answer = assistant.ask("Có phải Ủy ban nhân dân các xã, phường ở Bến Hải gửi báo cáo kết quả năm 2025 về Sở GD&ĐT "
                           "trước ngày 30/11/2025 không?")
    assert answer.answer.startswith("Không") and "20/11/2025" in answer.answer
