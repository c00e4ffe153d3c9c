"""Training helpers: what counts as an answering unit, and how the abstention threshold is chosen."""

from __future__ import annotations

from evals.train_ranker import choose_threshold, is_evidence


def test_a_unit_holding_the_quote_is_evidence() -> None:
    quote = "Trước ngày 30 tháng 12 hàng năm, các sở, ban, ngành báo cáo về Sở Giáo dục và Đào tạo"
    assert is_evidence("9. " + quote + " để tổng hợp báo cáo UBND tỉnh.", [quote])
    assert not is_evidence("Tổ chức các phong trào thi đua thiết thực, hiệu quả.", [quote])


def test_threshold_keeps_abstention_precision_and_answers_the_most() -> None:
    tops = [(0.9, True), (0.8, True), (0.7, True), (0.3, False), (0.25, False), (0.2, True), (0.1, False)]
    t = choose_threshold(tops)
    abstained = [a for s, a in tops if s < t]
    assert abstained and sum(1 for a in abstained if not a) / len(abstained) >= 0.9
    assert t <= 0.7  # every confidently answerable question is still answered
    assert choose_threshold([(0.9, True), (0.8, True)]) == 0.0  # nothing to refuse: refuse nothing
