"""Diacritics put back and slips of the thumb repaired, from the library's own words."""

from __future__ import annotations

from index.restore import DiacriticRestorer

TEXTS = [
    "Trước ngày 20 tháng 11 hàng năm, Ủy ban nhân dân các huyện gửi báo cáo về Sở Giáo dục và Đào tạo.",
    "Các doanh nghiệp được công nhận “Đơn vị học tập” theo tiêu chí do Bộ Giáo dục và Đào tạo ban hành.",
    "Hội Khuyến học tỉnh chủ trì, phối hợp với các sở, ngành tổ chức hội nghị sơ kết.",
]


def test_unaccented_words_take_the_library_s_accents() -> None:
    r = DiacriticRestorer(TEXTS)
    assert r.restore("ubnd huyen gui bao cao truoc ngay nao") == "ubnd huyện gửi báo cáo trước ngày nào"
    assert r.restore("tieu chi doanh nghiep la gi") == "tiêu chí doanh nghiệp là gì"


def test_accented_text_is_left_as_typed() -> None:
    r = DiacriticRestorer(TEXTS)
    assert r.restore("Báo cáo gửi về đâu?") == "Báo cáo gửi về đâu?"


def test_only_impossible_spellings_are_repaired() -> None:
    r = DiacriticRestorer(TEXTS)
    assert r.correct("tieu chi doanh ngiep o ninh binh") == "tieu chi doanh nghiep o ninh binh"
    # words the library lacks but Vietnamese has are not "corrected" into library words
    assert r.correct("ty le phan tram so sanh dien thoai") == "ty le phan tram so sanh dien thoai"
    assert r.correct("gddt tthtcd hyen") == "gddt tthtcd hyen"  # abbreviations and shorthand stay for later
