"""Answer or abstain: a question asking a value only a stating clause can answer, and the threshold."""

from __future__ import annotations

from dataclasses import replace

from assistant.answering.constraints import constraints
from assistant.answering.decide import decide
from assistant.answering.fits import meets
from assistant.answering.understand import understand

from .units import DOC, unit

DEADLINE = unit("Trước ngày 30 tháng 12 hàng năm, các sở, ban, ngành báo cáo về Sở Giáo dục và Đào tạo.", score=0.6)
CITED = unit("Căn cứ Kế hoạch số 87/KH-UBND ngày 26/3/2024 của UBND huyện Tuy An.", score=0.8)
YEARLY = unit("Tổng hợp báo cáo định kỳ hàng năm hoặc đột xuất về kết quả thực hiện cho UBND xã.", score=0.7)


def test_a_deadline_question_needs_a_clause_that_sets_a_deadline() -> None:
    q = understand("các trường nộp báo cáo năm trước ngày nào?")
    assert constraints(q) == ["date"]
    assert not meets(CITED, q, ["date"])  # the date a cited plan was issued is no deadline
    assert not meets(YEARLY, q, ["date"]) and meets(DEADLINE, q, ["date"])
    decision = decide(q, [CITED, YEARLY], threshold=0.3)
    assert not decision.answer and "thời hạn" in decision.missing
    decision = decide(q, [CITED, YEARLY, DEADLINE], threshold=0.3)
    assert decision.answer and decision.lead is DEADLINE  # the stating clause leads, not the best-scored one


def test_money_and_contacts_are_never_guessed() -> None:
    for question in ("Bằng khen kèm tiền thưởng bao nhiêu?", "số điện thoại của Hội Khuyến học?"):
        decision = decide(understand(question), [DEADLINE, CITED], threshold=0.1)
        assert not decision.answer


def test_a_percentage_must_be_for_the_title_and_year_asked() -> None:
    q = understand("chỉ tiêu dòng họ học tập đến 2025 là bao nhiêu %?")
    other = unit("- 70% gia đình được công nhận Gia đình học tập", "I. Mục tiêu › 2.1. Mục tiêu đến năm 2025", score=0.9)
    assert not decide(q, [other], threshold=0.1).answer
    q = understand("chỉ tiêu gia đình học tập đến 2025 là bao nhiêu %?")
    assert decide(q, [other], threshold=0.1).answer


def test_weak_support_abstains_and_names_the_nearest_clause() -> None:
    q = understand("kế hoạch nói gì về chuyển đổi số?")
    decision = decide(q, [YEARLY], threshold=0.9)
    assert not decision.answer and decision.lead is YEARLY and decision.missing == "nội dung này"


def test_a_figure_of_the_whole_district_is_not_a_communes_own() -> None:
    commune = replace(DOC, doc_id="x-bc", level="xã", locality="Pú Nhi", issuer="Ủy ban nhân dân xã Pú Nhi")
    own = unit("Tỷ lệ hộ đạt \"Gia đình học tập\" năm 2024 mới đạt 54,8%, thấp hơn chỉ tiêu huyện giao (60%).",
               "II. Kết quả", doc=commune, score=0.9)
    whole = unit("Toàn huyện có 62,5% hộ đạt \"Gia đình học tập\" năm 2024.", "II. Kết quả", doc=commune, score=0.8)
    q = understand("Tỷ lệ hộ đạt GĐHT năm 2024 của toàn huyện là bao nhiêu?")
    assert not decide(q, [own], threshold=0.1).answer
    assert decide(q, [own, whole], threshold=0.1).lead is whole
    assert decide(understand("Tỷ lệ hộ đạt GĐHT năm 2024 của xã là bao nhiêu?"), [own], threshold=0.1).answer


def test_a_sender_whose_name_holds_commas_is_the_one_asked() -> None:
    q = understand("Sở Văn hóa, Thể thao và Du lịch phải gửi báo cáo năm về Sở Giáo dục và Đào tạo trước ngày nào?")
    districts = unit("Ủy ban nhân dân cấp huyện báo cáo Ủy ban nhân dân tỉnh (qua Sở Giáo dục và Đào tạo); báo cáo năm "
                     "trước ngày 15/12 hằng năm.", score=0.9)
    culture = unit("Sở Văn hóa, Thể thao và Du lịch gửi báo cáo năm về Sở Giáo dục và Đào tạo trước ngày 10/12.", score=0.7)
    assert not decide(q, [districts], threshold=0.1).answer
    assert decide(q, [districts, culture], threshold=0.1).lead is culture


def test_the_level_asked_after_the_question_word_is_the_sender() -> None:
    q = understand("khi nào các xã phải nộp báo cáo năm")
    district = unit("Phòng GD&ĐT tổng hợp kết quả, tham mưu UBND huyện báo cáo Sở GD&ĐT trước ngày 06/12/2024.", score=0.9)
    communes = unit("UBND các xã gửi báo cáo năm về Phòng GD&ĐT trước ngày 25/11/2024.", score=0.6)
    assert not decide(q, [district], threshold=0.1).answer
    assert decide(q, [district, communes], threshold=0.1).lead is communes


def test_a_count_of_a_whole_or_of_one_grade_is_not_a_count_of_others() -> None:
    header = "TT | Nội dung | Năm 2022 | Năm 2023 | Năm 2024"
    holders = replace(unit("2 | Dòng họ đạt \"Dòng họ học tập\" | 9 | 12 | 15", "2. Kết quả xây dựng các mô hình", score=0.9),
                      lead_in=header, titles=unit("Dòng họ học tập").titles)
    assert not decide(understand("xã có tổng cộng bao nhiêu dòng họ"), [holders], threshold=0.1).answer
    assert decide(understand("năm 2024 bao nhiêu dòng họ đạt Dòng họ học tập"), [holders], threshold=0.1).answer
    failing = unit("Còn 04 đơn vị cấp xã xếp loại Chưa đạt về \"Cộng đồng học tập\" cấp xã.", "5. Hạn chế", score=0.9)
    assert not decide(understand("có bao nhiêu xã xếp loại Tốt về Cộng đồng học tập?"), [failing], threshold=0.1).answer
    assert decide(understand("có bao nhiêu xã xếp loại Chưa đạt về Cộng đồng học tập?"), [failing], threshold=0.1).answer


def test_a_target_named_is_not_answered_by_targets_of_other_things() -> None:
    targets = unit("85% gia đình đạt danh hiệu \"Gia đình học tập\"; 80% thôn, làng đạt danh hiệu \"Cộng đồng học tập\".",
                   "2. Chỉ tiêu đến năm 2030", score=0.9)
    assert not decide(understand("chỉ tiêu đào tạo nghề cho lao động nông thôn đến 2030 là bao nhiêu"), [targets],
                      threshold=0.1).answer
    assert decide(understand("chỉ tiêu gia đình học tập đến 2030 là bao nhiêu"), [targets], threshold=0.1).answer
