"""Two places compared each get their clause, whatever recipient the question gives the other; a data range is
the day figures are counted to; a list's opening line that names what is asked leads its items; what a question
sets aside ("Ngoài thời hạn báo cáo, … còn … khác") asks nothing; a deadline for what is only sent is a milestone;
a count asserted is checked against the count stated; a post or a criterion the documents never name is refused."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

LETTER = """UBND HUYỆN MƯỜNG KHOA                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                       Độc lập - Tự do - Hạnh phúc
Số: 243/PGDĐT-GDTX                              Mường Khoa, ngày 22 tháng 5 năm 2025
V/v báo cáo sơ kết 6 tháng đầu năm 2025
Kính gửi: Ủy ban nhân dân các xã, thị trấn; các trường học.
1. Nội dung báo cáo và thời điểm lấy số liệu
a) Thời điểm lấy số liệu: số liệu báo cáo tính từ ngày 01/12/2024 đến hết ngày 31/5/2025.
b) Nội dung báo cáo của UBND các xã, thị trấn gồm:
- Công tác chỉ đạo, tuyên truyền về xây dựng xã hội học tập;
- Kết quả xây dựng mô hình "Gia đình học tập", "Dòng họ học tập";
- Kết quả duy trì chuẩn xóa mù chữ, số lớp xóa mù chữ đang mở;
- Khó khăn, vướng mắc và đề xuất, kiến nghị.
2. Trách nhiệm và thời hạn gửi báo cáo
a) Các trường học: hoàn thành Phụ lục 2, gửi về Phòng GD&ĐT trước ngày 06/6/2025 qua thư điện tử.
b) UBND các xã, thị trấn: tổng hợp số liệu theo Phụ lục 1, báo cáo Phòng GD&ĐT trước ngày 10/6/2025 qua Hệ thống quản lý văn bản và điều hành.
c) Phòng GD&ĐT tổng hợp, báo cáo Sở GD&ĐT trước ngày 18/6/2025.
3. Một số yêu cầu khác
a) Hội nghị sơ kết cấp huyện dự kiến tổ chức vào sáng ngày 24/6/2025 tại Hội trường UBND huyện.
b) Đơn vị nào gửi báo cáo chậm sẽ được Phòng GD&ĐT nêu tên trong báo cáo gửi UBND huyện.
Nơi nhận:                                       KT. TRƯỞNG PHÒNG
- Như trên;                                     PHÓ TRƯỞNG PHÒNG
- Lưu: VT.                                      Sầm Văn Tư
"""

GUIDANCE = """UBND HUYỆN SƠN LÂM                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP             Độc lập - Tự do - Hạnh phúc
Số: 29/HD-BCĐ                                   Sơn Lâm, ngày 10 tháng 9 năm 2024
HƯỚNG DẪN
Đánh giá, công nhận "Cộng đồng học tập" cấp xã năm 2024
I. TIÊU CHÍ ĐÁNH GIÁ
1. Tiêu chí 1. Công tác lãnh đạo, chỉ đạo, tuyên truyền (30 điểm).
2. Tiêu chí 2. Hoạt động của Trung tâm học tập cộng đồng (25 điểm).
3. Tiêu chí 3. Kết quả phổ cập giáo dục, xóa mù chữ (45 điểm).
II. HỒ SƠ VÀ QUY TRÌNH
1. Hồ sơ gồm báo cáo tự đánh giá và biên bản họp Ban Chỉ đạo xã.
2. Hồ sơ đề nghị công nhận gửi 02 bộ bản giấy về Phòng Giáo dục và Đào tạo, đồng thời gửi bản quét qua Hệ thống quản lý văn bản và điều hành.
3. Đoàn kiểm tra của huyện do Phòng Giáo dục và Đào tạo chủ trì kiểm tra thực tế tại các xã từ ngày 18/11 đến ngày 29/11/2024.
4. Hội Khuyến học các xã báo cáo kết quả 6 tháng đầu năm gửi Hội Khuyến học huyện trước ngày 15/6/2025.
Nơi nhận:                                       TRƯỞNG BAN
- Các xã, thị trấn;                             PHÓ CHỦ TỊCH UBND HUYỆN
- Lưu: VT.                                      Lường Thị Nga
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("sides"), {
        "muong-khoa_CV-PGDDT_2025.txt": LETTER,
        "son-lam_HD-BCD_2024.txt": GUIDANCE,
    })


def test_two_places_compared_each_give_their_deadline_whatever_recipient_the_other_side_names(assistant: Assistant) -> None:
    answer = assistant.ask("So sánh hạn gửi báo cáo 6 tháng đầu năm 2025 của UBND xã ở huyện Mường Khoa (gửi Phòng GD&ĐT) "
                           "và của Hội Khuyến học xã ở huyện Sơn Lâm (gửi Hội huyện).")
    assert not answer.abstained
    assert "10/6/2025" in answer.answer and "15/6/2025" in answer.answer


def test_figures_counted_over_a_range_are_counted_to_its_last_day(assistant: Assistant) -> None:
    answer = assistant.ask("Số liệu báo cáo sơ kết của Phòng GD&ĐT Mường Khoa được chốt đến ngày nào?")
    assert not answer.abstained and "31/5/2025" in answer.answer


def test_the_line_naming_the_contents_asked_leads_its_items(assistant: Assistant) -> None:
    answer = assistant.ask("cv muong khoa yeu cau ubnd cac xa bao cao nhung noi dung gi")
    assert not answer.abstained
    for item in ("Gia đình học tập", "xóa mù chữ", "đề xuất, kiến nghị"):
        assert item in answer.answer


def test_what_the_question_sets_aside_asks_nothing(assistant: Assistant) -> None:
    answer = assistant.ask("Ngoài thời hạn báo cáo, công văn của Phòng GD&ĐT huyện Mường Khoa còn nêu những yêu cầu khác nào?")
    assert not answer.abstained
    assert "24/6/2025" in answer.answer and "nêu tên" in answer.answer


def test_a_deadline_for_what_is_only_sent_is_a_milestone(assistant: Assistant) -> None:
    answer = assistant.ask("Các mốc thời hạn gửi báo cáo trong công văn của Phòng GD&ĐT Mường Khoa gồm những mốc nào?")
    assert not answer.abstained
    for day in ("06/06", "10/06", "18/06"):
        assert day in answer.answer


def test_a_count_asserted_is_checked_against_the_count_stated(assistant: Assistant) -> None:
    answer = assistant.ask("Theo hướng dẫn của huyện Sơn Lâm, hồ sơ đề nghị công nhận CĐHT cấp xã chỉ cần gửi 01 bộ bản giấy phải không?")
    assert answer.answer.startswith("Không") and "02 bộ" in answer.answer


def test_a_post_no_clause_fills_is_not_answered_by_the_body_in_charge(assistant: Assistant) -> None:
    assert assistant.ask('Trưởng đoàn kiểm tra thực tế công nhận "Cộng đồng học tập" cấp xã của huyện Sơn Lâm là ai?').abstained


def test_a_criterion_the_guidance_never_names_has_no_points(assistant: Assistant) -> None:
    assert assistant.ask("tieu chi ung dung cntt, chuyen doi so trong danh gia cdht cap xa o son lam dc bao nhieu diem").abstained
    answer = assistant.ask("Tiêu chí hoạt động của trung tâm học tập cộng đồng trong hướng dẫn của huyện Sơn Lâm được bao nhiêu điểm?")
    assert not answer.abstained and "25" in answer.answer
