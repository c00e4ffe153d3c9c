"""Answer or abstain: a question asking a value only a stating clause can answer, and the threshold."""

from __future__ import annotations

from assistant.answering.constraints import constraints
from assistant.answering.decide import decide
from assistant.answering.fits import meets
from assistant.answering.understand import understand

from .units import unit

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
