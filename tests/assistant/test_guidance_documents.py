"""A province guidance on recognising learning titles, asked through the real pipeline: criteria by number,
thresholds, titles mentioned only inside another title's criteria, districts the guidance names though the
library has no document of their own, amounts and abbreviated counts."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

GUIDANCE = """HỘI KHUYẾN HỌC VIỆT NAM
HỘI KHUYẾN HỌC TỈNH KON TUM
Số: 21/HD-HKH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 22 tháng 7 năm 2024
HƯỚNG DẪN
Đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Đơn vị học tập”
I. TIÊU CHÍ VÀ THANG ĐIỂM
1. Danh hiệu “Gia đình học tập”
a) Tiêu chí 1 - Các thành viên trong gia đình có kế hoạch học tập và học tập thường xuyên: 30 điểm.
b) Tiêu chí 2 - Trẻ em trong độ tuổi đi học được đến trường đầy đủ, không có con em bỏ học: 40 điểm.
c) Tiêu chí 3 - Gia đình tham gia đóng góp Quỹ khuyến học của thôn: 30 điểm.
Gia đình được công nhận “Gia đình học tập” khi đạt từ 80 điểm trở lên.
Đối với gia đình ở các xã đặc biệt khó khăn thuộc huyện Tu Mơ Rông, mức công nhận là từ 70 điểm trở lên.
2. Danh hiệu “Dòng họ học tập”
a) Tiêu chí 1 - Có từ 60% số hộ trong dòng họ trở lên đạt danh hiệu “Gia đình học tập”: 40 điểm.
b) Tiêu chí 2 - Ban khuyến học dòng họ hoạt động thường xuyên, có quy ước khuyến học: 30 điểm.
c) Tiêu chí 3 - Không có con em trong độ tuổi đi học bỏ học: 30 điểm.
Dòng họ được công nhận “Dòng họ học tập” khi đạt từ 85 điểm trở lên.
3. Danh hiệu “Đơn vị học tập”
a) Tiêu chí 1 - Tỷ lệ cán bộ, công chức, viên chức đạt danh hiệu “Công dân học tập” từ 80% trở lên: 40 điểm.
b) Tiêu chí 2 - Đơn vị có kế hoạch bồi dưỡng hằng năm cho cán bộ, công chức, viên chức: 60 điểm.
Đơn vị được công nhận “Đơn vị học tập” khi đạt từ 85 điểm trở lên.
II. HỒ SƠ VÀ KINH PHÍ
1. Hồ sơ đề nghị công nhận “Dòng họ học tập” gồm: bản tự đánh giá của dòng họ; danh sách các hộ đạt danh hiệu; biên bản họp Ban khuyến học dòng họ. Hồ sơ lập thành 02 bộ.
2. Chi hội khuyến học vận động Quỹ khuyến học của thôn đạt ít nhất 20.000.000 đồng mỗi năm.
3. Đến năm 2026, ít nhất 15/20 TTHTCĐ được xếp loại Tốt.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Phạm Thị Hồng Nhung
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("guidance"), {"kon-tum_HD-HKH_2024.txt": GUIDANCE})


def _lead(answer) -> str:
    return answer.answer.split("\n")[0]


def test_a_criterion_asked_by_number_is_that_criterion_of_that_title(assistant: Assistant) -> None:
    answer = assistant.ask("Tiêu chí 2 của danh hiệu Dòng họ học tập theo HD 21 Kon Tum là gì, được mấy điểm?")
    assert not answer.abstained and "Ban khuyến học dòng họ hoạt động thường xuyên" in _lead(answer)


def test_points_of_a_criterion_about_a_rate_are_points_not_a_percentage(assistant: Assistant) -> None:
    answer = assistant.ask("tieu chi ty le cbccvc dat cong dan hoc tap cua don vi hoc tap toi da may diem (hd 21 kon tum)")
    assert not answer.abstained and "40 điểm" in _lead(answer)


def test_a_title_named_only_inside_another_titles_criteria_has_no_criteria_of_its_own(assistant: Assistant) -> None:
    answer = assistant.ask("hd 21 kon tum cham diem cong dan hoc tap tieu chi 1 duoc may diem")
    assert answer.abstained and "Công dân học tập" in answer.answer
    # the title that does have its own section is answered
    answer = assistant.ask("Theo HD 21 Kon Tum, Dòng họ học tập cần đạt bao nhiêu điểm?")
    assert not answer.abstained and "85 điểm" in _lead(answer)


def test_two_titles_compared_when_one_is_named_in_the_others_criteria(assistant: Assistant) -> None:
    answer = assistant.ask("hd 21 kon tum nguong diem cong nhan dong ho hoc tap khac gia dinh hoc tap the nao")
    assert not answer.abstained and "85 điểm" in answer.answer and "80 điểm" in answer.answer


def test_a_district_the_guidance_names_is_answered_from_the_clause_naming_it(assistant: Assistant) -> None:
    answer = assistant.ask("o huyen tu mo rong, gia dinh hoc tap can may diem")
    assert not answer.abstained and "70 điểm" in answer.answer and "Tu Mơ Rông" in _lead(answer) + answer.answer
    # no clause says anything about the district's reports: the library has no document of it
    answer = assistant.ask("huyện Tu Mơ Rông báo cáo kết quả trước ngày nào?")
    assert answer.abstained and "Tu Mơ Rông" in answer.answer


def test_a_short_sentence_ending_a_clause_comes_with_it(assistant: Assistant) -> None:
    answer = assistant.ask("Hồ sơ đề nghị công nhận Dòng họ học tập theo HD 21 Kon Tum gồm những gì, lập mấy bộ?")
    assert not answer.abstained and "02 bộ" in _lead(answer) and "bản tự đánh giá" in _lead(answer)


def test_a_bare_how_much_is_answered_by_an_amount(assistant: Assistant) -> None:
    answer = assistant.ask("Theo HD 21 Kon Tum, Quỹ khuyến học của thôn phải vận động đạt ít nhất bao nhiêu?")
    assert not answer.abstained and "20.000.000" in _lead(answer)


def test_an_abbreviated_count_answers_how_many_of_the_full_name(assistant: Assistant) -> None:
    answer = assistant.ask("Theo HD 21 Kon Tum, đến năm 2026 bao nhiêu Trung tâm học tập cộng đồng xếp loại Tốt?")
    assert not answer.abstained and "15/20" in _lead(answer)
