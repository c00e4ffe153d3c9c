"""Vietnamese text normalisation shared by indexing and querying.

One tone-mark convention (the one most of the corpus uses: ``hòa``, ``thủy``,
``Ủy``), NFC everywhere, a diacritics-free fold for users who type without
accents, and the tokeniser BM25 runs on.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .vocabulary.abbreviations import ABBREVIATIONS

_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
# "oa", "oe", "uy" closing a syllable: old style puts the tone on the second
# vowel (hoà, thuỷ), the corpus mostly on the first (hòa, thủy). "qu"/"gi"
# syllables keep the mark where it is in both styles.
_OLD_STYLE = re.compile(
    rf"([^\W\d_aeiouyăâêôơư]*)([oOuU])([aAeEyY])([{_TONE_MARKS}])"
)
_WORD = re.compile(r"[^\W\d_]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# "kí", "lí", "tỉ", "mĩ": the same words as "ký", "lý", "tỷ", "mỹ", which the corpus writes
_I_FOR_Y = {onset + vowel: onset + dict(zip("íìỉĩị", "ýỳỷỹỵ", strict=True))[vowel]
            for onset in ("k", "l", "m", "t") for vowel in "íìỉĩị"}


def _fix_word(m: re.Match[str]) -> str:
    word = m.group(0)
    low = word.lower()
    if word in _I_FOR_Y:  # lower case only: a capitalised "Mí", "Lí" is a person's name ("Sùng Mí Chớ")
        return _I_FOR_Y[word]
    if low.startswith(("qu", "gi")):
        return word
    decomposed = unicodedata.normalize("NFD", word)
    wm = _OLD_STYLE.fullmatch(decomposed)
    if not wm:
        return word
    onset, v1, v2, tone = wm.groups()
    if (v1 in "oO") == (v2 in "yY"):  # only o+a/e and u+y are affected
        return word
    return unicodedata.normalize("NFC", onset + v1 + tone + v2)


def normalize_tone_marks(text: str) -> str:
    """Rewrite old-style tone placement (hoà, thuỷ, Uỷ) to the corpus style (hòa, thủy, Ủy)."""
    return _WORD.sub(_fix_word, nfc(text))


def _strip_table() -> dict[int, str | None]:
    """Per character of the Basic Multilingual Plane: its canonical decomposition without nonspacing marks."""
    table: dict[int, str | None] = {}
    for code in range(0x10000):
        ch = chr(code)
        if unicodedata.category(ch) == "Mn":
            table[code] = None
            continue
        bare = "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
        if bare != ch:
            table[code] = bare
    table[ord("đ")], table[ord("Đ")] = "d", "D"
    return table


_STRIP = _strip_table()


def strip_diacritics(text: str) -> str:
    if not text.isascii() and max(text) > "\uffff":  # beyond the table (emoji and the like): the general way
        decomposed = unicodedata.normalize("NFD", text)
        out = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
        return out.replace("đ", "d").replace("Đ", "D")
    return text.translate(_STRIP)


_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))  # grave, acute, tilde, hook above, dot below


def strip_tones(text: str) -> str:
    """*text* without its tone marks but with its vowel letters ("Phước" -> "Phươc", "mới" -> "mơi"): how a word
    typed with a wrong or missing tone compares with the word meant."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(_TONES))


def has_diacritics(text: str) -> bool:
    return strip_diacritics(text) != text


_SPACES = re.compile(r"\s+")


def printable(text: str) -> str:
    """*text* safe for one console line: control characters (newlines, ANSI escapes) shown as escapes."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=32768)  # the answerer folds the same clauses for question after question
def fold(text: str) -> str:
    """Case-, form- and tone-placement-insensitive key (accents kept)."""
    return collapse_spaces(normalize_tone_marks(nfc(text)).lower())


@lru_cache(maxsize=32768)
def written_out(folded: str) -> str:
    """*folded* words with each abbreviation replaced by its expansion, folded ("hsg" → "hoc sinh gioi")."""
    return " ".join(fold_ascii(ABBREVIATIONS.get(w, w)) for w in folded.split())


def fold_ascii(text: str) -> str:
    """Like :func:`fold` but without diacritics: matches unaccented typing."""
    return strip_diacritics(fold(text))


# "GD&ĐT", "GD & ĐT", "GD-ĐT", "TT HTCĐ", "UB MTTQ" -> single tokens.
_JOINED_ABBREVIATIONS = [
    (re.compile(r"\b(s?)gd\s*(?:&|-|và)?\s*[đd]t\b", re.I), r"\1gdđt"),
    (re.compile(r"\btt\s*\.?\s*htc[đd]\b", re.I), "tthtcđ"),
    (re.compile(r"\bub\s*\.?\s*mttq\b", re.I), "ubmttq"),
    (re.compile(r"\bvh\s*-?\s*tt\s*(?:&|-|và)?\s*dl\b", re.I), "vhttdl"),
]

_DATE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\b")
_TOKEN = re.compile(r"[^\W_]+", re.U)


def _expand_dates(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        day, month, year = m.group(1), m.group(2), m.group(3)
        out = f"{day} tháng {month}"
        if year:
            out += f" năm {year}"
        return f" {out} "

    return _DATE.sub(repl, text)


def words(text: str) -> list[str]:
    """Lowercase, tone-normalised syllables with abbreviations and dates expanded."""
    text = normalize_tone_marks(nfc(text)).lower()
    for pattern, repl in _JOINED_ABBREVIATIONS:
        text = pattern.sub(repl, text)
    text = _expand_dates(text)
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        out.append(tok)
        if tok.isdigit() and len(tok) > 1 and tok.startswith("0"):
            out.append(tok.lstrip("0") or "0")
            continue
        expansion = ABBREVIATIONS.get(strip_diacritics(tok))
        if expansion:
            out.extend(_TOKEN.findall(expansion))
    return out


def bm25_tokens(text: str) -> list[str]:
    """Syllables + syllable bigrams, each also in a diacritics-free copy."""
    syllables = words(text)
    tokens: list[str] = []
    for i, syl in enumerate(syllables):
        bare = strip_diacritics(syl)
        tokens.append(syl)
        if bare != syl:
            tokens.append(bare)
        if i + 1 < len(syllables):
            nxt = syllables[i + 1]
            bigram = f"{syl}_{nxt}"
            tokens.append(bigram)
            bare_bigram = strip_diacritics(bigram)
            if bare_bigram != bigram:
                tokens.append(bare_bigram)
    return tokens


def as_typed(question: str, folded: str) -> str:
    """The words of *question* that fold to *folded* ("thon" -> "thôn"), as the user typed them."""
    wanted = folded.split()
    typed = [w.strip("?,.;:!\"“”") for w in question.split()]
    for i in range(len(typed) - len(wanted) + 1):
        if [fold_ascii(w) for w in typed[i : i + len(wanted)]] == wanted:
            return " ".join(typed[i : i + len(wanted)])
    return folded
