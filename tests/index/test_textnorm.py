"""Vietnamese text normalisation: tone-mark placement, diacritics fold, tokens."""

from __future__ import annotations

import unicodedata

import pytest

from index.textnorm import (
    bm25_tokens,
    fold,
    fold_ascii,
    has_diacritics,
    normalize_tone_marks,
    strip_diacritics,
    words,
)

# --- tone-mark placement ---------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Uỷ ban", "Ủy ban"),
        ("UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
        ("hoà", "hòa"),
        ("Cộng hoà", "Cộng hòa"),
        ("CỘNG HOÀ", "CỘNG HÒA"),
        ("thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("tuỳ", "tùy"),
        ("hoạ", "họa"),
        ("văn hoá", "văn hóa"),
        ("xoè", "xòe"),
    ],
)
def test_old_style_tone_placement_is_rewritten(old: str, new: str) -> None:
    assert normalize_tone_marks(old) == new


@pytest.mark.parametrize(
    "word",
    ["quý", "quỳnh", "hoàn", "hoạch", "khuya", "thuở", "giá", "Ủy", "hòa", "khỏe", "thủy", "người"],
)
def test_words_that_are_already_right_are_unchanged(word: str) -> None:
    assert normalize_tone_marks(word) == word


def test_tone_normalisation_accepts_decomposed_input_and_returns_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Uỷ ban nhân dân tỉnh Hà Nam, hoà nhập")
    out = normalize_tone_marks(decomposed)
    assert out == "Ủy ban nhân dân tỉnh Hà Nam, hòa nhập"
    assert unicodedata.is_normalized("NFC", out)


def test_tone_normalisation_keeps_everything_else() -> None:
    text = "Số: 151/KH-UBND, ngày 15/01/2024 — “Cả nước thi đua” (giai đoạn 2023-2030)."
    assert normalize_tone_marks(text) == text


# --- diacritics ------------------------------------------------------------------


def test_strip_diacritics_removes_marks_and_maps_d_bar() -> None:
    assert strip_diacritics("Đường đến trường") == "Duong den truong"
    assert strip_diacritics("Ủy ban nhân dân tỉnh Bình Dương") == "Uy ban nhan dan tinh Binh Duong"
    assert strip_diacritics("ĐÀO TẠO") == "DAO TAO"


def test_strip_diacritics_works_on_decomposed_text() -> None:
    assert strip_diacritics(unicodedata.normalize("NFD", "học tập suốt đời")) == "hoc tap suot doi"


def test_has_diacritics() -> None:
    assert has_diacritics("học")
    assert has_diacritics("đ")
    assert not has_diacritics("hoc tap 2024")


# --- fold / fold_ascii -----------------------------------------------------------


def test_fold_is_case_form_space_and_tone_placement_insensitive() -> None:
    assert fold("  Uỷ  BAN\tnhân dân  ") == "ủy ban nhân dân"
    assert fold("Uỷ ban Nhân Dân") == fold("ủy ban nhân dân")
    assert fold(unicodedata.normalize("NFD", "Hoà Bình")) == fold("HÒA BÌNH") == "hòa bình"


def test_fold_keeps_accents_but_fold_ascii_drops_them() -> None:
    assert fold("Gia đình học tập") == "gia đình học tập"
    assert fold_ascii("Gia đình học tập") == "gia dinh hoc tap"
    assert fold_ascii("Uỷ BAN nhân dân Hoà Bình") == fold_ascii("uy ban nhan dan hoa binh")
    assert fold_ascii("Uỷ BAN nhân dân Hoà Bình") == "uy ban nhan dan hoa binh"


def test_fold_distinguishes_words_that_differ_only_by_accent() -> None:
    assert fold("ban") != fold("bàn")
    assert fold_ascii("ban") == fold_ascii("bàn")


# --- words(): abbreviations and dates ---------------------------------------------


def _contains_run(tokens: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(tokens[i : i + n] == run for i in range(len(tokens) - n + 1))


def test_words_are_lowercase_tone_normalised_syllables() -> None:
    assert words("Uỷ ban Nhân dân, tỉnh HÀ NAM!") == ["ủy", "ban", "nhân", "dân", "tỉnh", "hà", "nam"]


@pytest.mark.parametrize(
    ("text", "expansion"),
    [
        ("UBND tỉnh", ["ủy", "ban", "nhân", "dân"]),
        ("ubnd xã", ["ủy", "ban", "nhân", "dân"]),
        ("Sở GD&ĐT", ["giáo", "dục", "và", "đào", "tạo"]),
        ("Sở GD & ĐT", ["giáo", "dục", "và", "đào", "tạo"]),
        ("Sở GD-ĐT", ["giáo", "dục", "và", "đào", "tạo"]),
        ("phòng GDĐT", ["giáo", "dục", "và", "đào", "tạo"]),
        ("phong gd&dt", ["giáo", "dục", "và", "đào", "tạo"]),
        ("các TT HTCĐ", ["trung", "tâm", "học", "tập", "cộng", "đồng"]),
        ("Ủy ban MTTQ", ["mặt", "trận", "tổ", "quốc"]),
        ("Hội KH và XHHT", ["xã", "hội", "học", "tập"]),
        ("HKH xã", ["hội", "khuyến", "học"]),
    ],
)
def test_words_expand_field_abbreviations(text: str, expansion: list[str]) -> None:
    tokens = words(text)
    assert _contains_run(tokens, expansion), tokens


def test_abbreviation_is_kept_next_to_its_expansion() -> None:
    tokens = words("UBND")
    assert tokens[0] == "ubnd"
    assert tokens[1:] == ["ủy", "ban", "nhân", "dân"]


def test_gd_dt_spellings_all_give_the_same_tokens() -> None:
    variants = ["GD&ĐT", "GDĐT", "gd&dt", "GD & ĐT", "gdđt"]
    assert len({tuple(words(v)) for v in variants}) == 1


def test_ordinary_words_are_not_taken_for_abbreviations() -> None:
    assert words("ban hành kế hoạch") == ["ban", "hành", "kế", "hoạch"]


def test_words_expand_day_month_dates() -> None:
    tokens = words("trước ngày 20/11 hằng năm")
    assert _contains_run(tokens, ["20", "tháng", "11"])
    assert "20/11" not in tokens


def test_words_expand_full_dates_and_spelled_out_dates_match() -> None:
    slash = words("ngày 15/01/2024")
    spelled = words("ngày 15 tháng 01 năm 2024")
    assert _contains_run(slash, ["15", "tháng", "01"])
    assert _contains_run(slash, ["năm", "2024"])
    assert set(spelled) <= set(slash)


def test_leading_zero_numbers_also_give_the_plain_number() -> None:
    tokens = words("Trước ngày 05 tháng 12")
    assert "05" in tokens and "5" in tokens
    assert words("ngày 5 tháng 12")[1] == "5"
    # a date typed without the zero meets the one written with it
    assert set(words("5/12")) <= set(words("05/12"))


def test_numbers_without_leading_zero_are_not_duplicated() -> None:
    assert words("năm 2025") == ["năm", "2025"]
    assert words("ngày 20") == ["ngày", "20"]


# --- bm25_tokens -------------------------------------------------------------------


def test_bm25_tokens_add_diacritics_free_copies() -> None:
    tokens = bm25_tokens("Bình Dương")
    for tok in ("bình", "binh", "dương", "duong", "bình_dương", "binh_duong"):
        assert tok in tokens


def test_bm25_tokens_do_not_duplicate_words_without_diacritics() -> None:
    tokens = bm25_tokens("Nam")
    assert tokens == ["nam"]


def test_bm25_tokens_include_bigrams_in_order() -> None:
    tokens = bm25_tokens("học tập suốt đời")
    for bigram in ("học_tập", "tập_suốt", "suốt_đời", "hoc_tap", "suot_doi"):
        assert bigram in tokens
    assert "học_đời" not in tokens


def test_bm25_tokens_keep_one_letter_syllables() -> None:
    tokens = bm25_tokens("ở xã, ý kiến")
    assert "ở" in tokens and "o" in tokens
    assert "ý" in tokens and "y" in tokens
    assert "ở_xã" in tokens


def test_bm25_tokens_have_no_stopword_removal() -> None:
    tokens = bm25_tokens("và của các")
    assert {"và", "của", "các"} <= set(tokens)


def test_unaccented_query_meets_accented_text() -> None:
    doc = set(bm25_tokens("Ủy ban nhân dân tỉnh Hà Nam báo cáo trước ngày 05 tháng 12"))
    query = bm25_tokens("uy ban nhan dan tinh ha nam bao cao truoc ngay 5/12")
    syllables = {t for t in query if "_" not in t}
    assert syllables <= doc
    assert {"uy_ban", "nhan_dan", "ha_nam", "bao_cao", "5_thang", "thang_12"} <= doc


def test_abbreviated_query_meets_spelled_out_text() -> None:
    doc = set(bm25_tokens("Sở Giáo dục và Đào tạo chủ trì"))
    query = set(bm25_tokens("So GD&DT"))
    assert {"giao", "duc", "dao", "tao", "giáo_dục"} <= doc & query


def test_printable_shows_control_characters_as_escapes() -> None:
    from index.textnorm import printable

    assert printable("kế hoạch\n\x1b[31mđỏ.txt") == "kế hoạch\\n\\x1b[31mđỏ.txt"
    assert printable("Bình Dương 151.pdf") == "Bình Dương 151.pdf"


# --- diacritics stripped by table, as defined ---------------------------------------


def _strip_by_definition(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").replace("đ", "d").replace("Đ", "D")


def test_every_character_of_the_basic_plane_strips_as_defined() -> None:
    text = "".join(chr(code) for code in range(0x10000))
    assert strip_diacritics(text) == _strip_by_definition(text)


@pytest.mark.parametrize("text", [
    "Ủy ban nhân dân tỉnh Đắk Nông báo cáo trước ngày 15/12",
    "Hoà Thuỷ e\u0301 ﬁ ǅ",  # combining acute, a ligature, a titlecase digraph
    "🙂 chúc mừng 𝐀 𝓍",  # beyond the basic plane
    "",
])
def test_vietnamese_and_other_text_strips_as_defined(text: str) -> None:
    assert strip_diacritics(text) == _strip_by_definition(text)


def test_folding_is_stable_when_cached() -> None:
    assert fold("  Ủy  BAN ") == fold("Ủy ban") == "ủy ban"
    assert fold_ascii("Hoà Thuỷ") == fold_ascii("hòa thủy") == "hoa thuy"


def test_an_expanded_abbreviation_gives_words_without_punctuation() -> None:
    from index.textnorm import words

    assert words("tỷ lệ cbgvnv đạt")[2:] == ["cbgvnv", "cán", "bộ", "giáo", "viên", "nhân", "viên", "đạt"]


def test_syllables_written_with_i_for_y_take_the_corpus_spelling() -> None:
    assert normalize_tone_marks("Ai kí công văn, tỉ lệ bao nhiêu, lí do, kì họp") == (
        "Ai ký công văn, tỷ lệ bao nhiêu, lý do, kỳ họp")
    # names keep their spelling
    assert normalize_tone_marks("Hồ Sỹ Lâm, Sùng Mí Chớ, kinh phí, bí thư") == "Hồ Sỹ Lâm, Sùng Mí Chớ, kinh phí, bí thư"
