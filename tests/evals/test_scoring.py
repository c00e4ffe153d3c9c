from evals.scoring import answer_correct, evidence_coverage, first_hit_rank, percentile, quote_in_source


def test_answer_correct_needs_every_group_and_ignores_case_and_accents():
    answer = "UBND cấp huyện gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 20 tháng 11 hằng năm."
    assert answer_correct(answer, [["20 tháng 11", "20/11"], ["sở giáo dục và đào tạo"]])
    assert answer_correct(answer, [["so giao duc va dao tao"]])
    assert not answer_correct(answer, [["20 tháng 11"], ["Sở Nội vụ"]])


def test_quote_in_source_ignores_whitespace_and_punctuation_but_not_words():
    source = "## **VII. TỔ CHỨC**\n- Kiểm tra, giám sát và định kỳ trước ngày\n\n20 tháng 11 hàng năm"
    assert quote_in_source("Kiểm tra giám sát và định kỳ trước ngày 20 tháng 11", source)
    assert not quote_in_source("Kiểm tra giám sát và định kỳ trước ngày 30 tháng 12", source)
    assert not quote_in_source("", source)


def test_first_hit_rank_uses_sixty_percent_coverage():
    evidence = ["một hai ba bốn năm sáu bảy tám chín mười"]
    chunks = ["không liên quan", "một hai ba bốn năm", "một hai ba bốn năm sáu bảy"]
    assert evidence_coverage(chunks[1], evidence[0]) == 0.5
    assert first_hit_rank(chunks, evidence) == 3
    assert first_hit_rank(chunks[:2], evidence) is None


def test_percentile_interpolates():
    assert percentile([10, 20, 30, 40], 50) == 25
    assert percentile([5], 95) == 5
    assert percentile([], 50) == 0.0
