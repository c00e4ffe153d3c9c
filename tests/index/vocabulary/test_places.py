"""Administrative units from the vietnamadminunits data: mentions in text, hierarchy, 2025 successors."""

from __future__ import annotations

import pytest

from index.vocabulary.places import gazetteer, place_context


@pytest.mark.parametrize(
    ("text", "name", "level", "typed"),
    [
        ("Xã Phú Mỹ báo cáo kết quả trước ngày nào?", "phu my", "xã", True),
        ("ubnd xa an nghiep co phai bao cao", "an nghiep", "xã", True),
        ("UBND huyện Tuy An", "tuy an", "huyện", True),
        ("TP HCM báo cáo trước ngày nào", "hcm", "tỉnh", True),
        ("thanh pho Hue", "hue", "tỉnh", True),
        ("Hội Khuyến học tỉnh Thừa Thiên Huế", "thua thien hue", "tỉnh", True),  # its name until 2025
        ("huong dan cua hkh tphcm so may", "tphcm", "tỉnh", False),  # a one-word short name people type
        ("Bình Dương đặt mục tiêu", "binh duong", "tỉnh", False),
        ("so sanh ha nam va ninh binh", "ha nam", "tỉnh", False),
    ],
)
def test_places_named_with_or_without_diacritics_and_kind_words(text, name, level, typed) -> None:
    found = gazetteer().mentions(text)
    assert found, text
    first = found[0]
    assert first.folded == name and level in first.levels and first.typed_kind is typed
    assert first.candidates


@pytest.mark.parametrize(
    "text",
    [
        "xây dựng xã hội học tập",
        "các xã, phường, thị trấn báo cáo",
        "huyện học tập là gì",
        "cấp xã mình phải làm gì",
        "phát triển trung tâm học tập cộng đồng",
        "Sở Tài chính tỉnh có nhiệm vụ gì",
    ],
)
def test_ordinary_words_are_not_places(text: str) -> None:
    assert gazetteer().mentions(text) == []


def test_a_commune_is_located_through_its_district_and_renamed_in_2025() -> None:
    g = gazetteer()
    commune = g.locate("An Nghiệp", "xã", ["Tuy An"])
    assert commune is not None and (commune.district, commune.province) == ("Tuy An", "Phú Yên")
    assert g.commune_now(commune).name == "Tuy An Tây"


@pytest.mark.parametrize(
    ("old", "new"),
    [("Bình Dương", "Hồ Chí Minh"), ("Hà Nam", "Ninh Bình"), ("Phú Yên", "Đắk Lắk"), ("Ninh Bình", "Ninh Bình")],
)
def test_provinces_merged_on_1_july_2025(old: str, new: str) -> None:
    assert gazetteer().province_now(old) == new


def test_place_context_of_a_commune_a_province_and_an_unknown_name() -> None:
    ctx = place_context("An Nghiệp", "xã", ["Tuy An"])
    assert (ctx.district, ctx.province, ctx.province_now, ctx.locality_now) == ("Tuy An", "Phú Yên", "Đắk Lắk", "Tuy An Tây")
    ctx = place_context("Bình Dương", "tỉnh")
    assert (ctx.province, ctx.province_now) == ("Bình Dương", "Hồ Chí Minh")
    assert place_context("Ninh Bình", "tỉnh").province_now == ""  # kept its name
    assert place_context("Xứ Sở Thần Tiên", "xã") == place_context("", "")
