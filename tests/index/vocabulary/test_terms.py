"""Agencies, titles and shorthand: one vocabulary for indexing and answering."""

from __future__ import annotations

import pytest

from index.textnorm import words
from index.vocabulary.terms import agencies_by_position, agencies_in, agency_at_start, expand_shorthand, titles_in


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
        ("so gddt binh duong", "Sở Giáo dục và Đào tạo"),
        ("UBND cấp huyện", "Ủy ban nhân dân cấp huyện"),
        ("bao cao len huyen", "Ủy ban nhân dân cấp huyện"),
        ("ub mttq xã", "Ủy ban Mặt trận Tổ quốc"),
        ("HKH tỉnh", "Hội Khuyến học"),
        ("Phòng GD-ĐT", "Phòng Giáo dục và Đào tạo"),
    ],
)
def test_agencies_however_they_are_typed(text: str, agency: str) -> None:
    assert agency in agencies_in(text)


def test_report_and_annual_are_not_the_press() -> None:
    assert agencies_in("báo cáo hằng năm") == []


def test_agencies_in_the_order_the_text_names_them() -> None:
    assert agencies_by_position("Sở Nội vụ phối hợp với Sở Giáo dục và Đào tạo") == [
        "Sở Nội vụ", "Sở Giáo dục và Đào tạo"]


def test_the_subject_is_the_agency_a_clause_opens_with() -> None:
    assert agency_at_start("Sở Nội vụ chủ trì, phối hợp với Sở Giáo dục và Đào tạo") == ["Sở Nội vụ"]
    assert agency_at_start("Chủ trì, phối hợp với Sở Giáo dục và Đào tạo hướng dẫn") == []
    assert agency_at_start("- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động") == ["Ủy ban Mặt trận Tổ quốc"]


def test_titles_and_shorthand() -> None:
    assert titles_in("chi tieu gdht 2025") == ["Gia đình học tập"]
    assert titles_in("cộng đồng học tập") == ["Cộng đồng học tập"]
    assert expand_shorthand("ubnd xa bc cho ai? ko dc j") == "ubnd xa bao cao cho ai? khong duoc gi"


def test_abbreviations_feed_the_lexical_index() -> None:
    tokens = words("TP HCM, GD&ĐT")
    assert {"thành", "phố", "giáo", "dục"} <= set(tokens)
