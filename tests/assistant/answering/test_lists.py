"""List structure: intro lines and items, as plans write duties, criteria and award forms."""

from __future__ import annotations

from assistant.answering.lists import is_intro, list_children, list_levels

from .units import unit

SECTION = "III. Tiêu chí › 2. Hình thức khen thưởng › b) Khen thưởng sơ kết"


def test_an_intro_opens_its_bullets_and_a_bullet_opens_deeper_items() -> None:
    units = [unit(t, SECTION) for t in (
        "b) Khen thưởng trong đợt sơ kết giai đoạn 2023 - 2025",
        "- Hình thức khen thưởng",
        "+ Bằng khen của Thủ tướng Chính phủ",
        "+ Giấy khen.",
        "- Tiêu chuẩn khen thưởng: theo quy định của pháp luật về thi đua, khen thưởng.",
    )]
    levels = list_levels(units)
    assert levels == [0, 1, 2, 2, 1]
    kids = list_children(units, levels)
    assert [u.text for u in kids[1]] == ["+ Bằng khen của Thủ tướng Chính phủ", "+ Giấy khen."]
    assert len(kids[0]) == 4 and kids[2] == []


def test_a_plain_paragraph_after_the_last_bullet_is_not_an_item() -> None:
    units = [unit(t) for t in (
        "Về chỉ tiêu các mô hình học tập, phấn đấu đến năm 2025 cần đạt :",
        "- 70% gia đình được công nhận Gia đình học tập;",
        "- 25% Huyện, Thị, Thành đạt danh hiệu Huyện học tập .",
        "Cuối năm 2025 sẽ tổ chức Hội nghị sơ kết đánh giá các kết quả đạt được.",
    )]
    assert is_intro(units[0]) and not is_intro(units[3])
    kids = list_children(units, list_levels(units))
    assert [u.text[:5] for u in kids[0]] == ["- 70%", "- 25%"]
