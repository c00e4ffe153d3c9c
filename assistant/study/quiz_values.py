"""The kinds of value a quiz option can hold, how two of them compare, and well-formed variations of one.

A quiz item's options are all of one kind (a date, a year, a span of years, a percentage, an amount of
money, a count such as "45 dòng họ", an agency, a person, a document number, plain text). Comparing options, checking the right one
against its clause and rejecting a distractor that is also true all go through :func:`same_value` and
:func:`value_in_text`, so "15/12" matches "15 tháng 12" and "UBND tỉnh" matches "Ủy ban nhân dân tỉnh".
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from index.textnorm import fold, strip_diacritics, words
from index.vocabulary.abbreviations import ABBREVIATIONS
from index.vocabulary.terms import AGENCIES

DATE = "date"
YEAR = "year"
SPAN = "span"
PERCENT = "percent"
AMOUNT = "amount"
COUNT = "count"
AGENCY = "agency"
PERSON = "person"
NUMBER = "number"
TEXT = "text"

_DATE_IN_TEXT = re.compile(
    r"\b(\d{1,2})\s*(?:/|-|\s+tháng\s+)\s*(\d{1,2})(?:\s*(?:/|-|\s+năm\s+)\s*(\d{4}))?\b", re.I
)
_YEAR = re.compile(r"(?<![\d/.,])(19\d{2}|20\d{2})(?![\d/])")
_SPAN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:-|–|—|đến(?:\s+năm)?)\s*((?:19|20)\d{2})(?!\d)", re.I)
_PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")
_AMOUNT = re.compile(r"(\d{1,3}(?:[.,]\d{3})+|\d+(?:,\d+)?)\s*(triệu đồng|tỷ đồng|nghìn đồng|đồng|triệu|tỷ)", re.I)
# "45", "43.000", "7,5": Vietnamese groups thousands with "." and writes decimals with ","
_COUNT = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d/%]|[.,]\d)")
_UNITS = {"đồng": 1, "nghìn đồng": 1_000, "triệu": 1_000_000, "triệu đồng": 1_000_000, "tỷ": 10**9, "tỷ đồng": 10**9}
# agency patterns too broad to say that two names are the same body ("Hội Khuyến học" of any level)
_BROAD_AGENCIES = frozenset({"hkh", "van_phong", "bcd", "truong_hoc", "thon", "tthtcd", "hd_tdkt", "bao_dai", "cong_an"})
_LEVEL_WORDS = re.compile(r"\b(tinh|huyen|xa|thanh pho|thi xa|quan|phuong|thi tran|trung uong)\b")


# --- dates -------------------------------------------------------------------------


def parse_date(text: str) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) of the first date in *text*: "15/12", "ngày 15 tháng 12 năm 2024"."""
    m = _DATE_IN_TEXT.search(text)
    if not m:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return day, month, int(m.group(3)) if m.group(3) else None


def dates_in(text: str) -> list[tuple[int, int, int | None]]:
    out = []
    for m in _DATE_IN_TEXT.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            out.append((day, month, int(m.group(3)) if m.group(3) else None))
    return out


# a date something is due by: "trước ngày 15/3/2024", "chậm nhất ngày 06/6/2025", "Trước 30/5/2024" (a table cell)
DUE_DATE = re.compile(
    r"\b(?:trước|chậm nhất(?:\s+là)?|hạn chót(?:\s+là)?|không quá)\s+(?:ngày\s+)?"
    r"(?P<date>\d{1,2}\s*(?:/|\s+tháng\s+)\s*\d{1,2}(?:\s*(?:/|\s+năm\s+)\s*\d{4})?)(?![\d/])", re.I)


def due_dates(text: str) -> list[tuple[int, int, int | None]]:
    return [d for m in DUE_DATE.finditer(text) if (d := parse_date(m.group("date")))]


def show_date(day: int, month: int, year: int | None = None) -> str:
    return f"{day:02d}/{month:02d}" + (f"/{year}" if year else "")


def _same_date(a: str, b: str) -> bool:
    da, db = parse_date(a), parse_date(b)
    if not da or not db:
        return False
    return da[:2] == db[:2] and (da[2] is None or db[2] is None or da[2] == db[2])


# --- numbers -----------------------------------------------------------------------


def parse_span(text: str) -> tuple[int, int] | None:
    m = _SPAN.search(text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def show_span(start: int, end: int) -> str:
    return f"{start} - {end}"


def parse_percent(text: str) -> float | None:
    m = _PERCENT.search(text)
    return float(m.group(1).replace(",", ".")) if m else None


def parse_amount(text: str) -> int | None:
    """An amount in đồng: "180.000.000 đồng" -> 180000000, "7,5 tỷ đồng" -> 7500000000."""
    m = _AMOUNT.search(text)
    if not m:
        return None
    raw, unit = m.group(1), m.group(2).lower()
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
        number = float(re.sub(r"[.,]", "", raw))
    else:
        number = float(raw.replace(",", "."))
    return int(round(number * _UNITS.get(unit, 1)))


def show_amount(value: int, like: str) -> str:
    """*value* đồng written the way *like* is written ("180.000.000 đồng" or "7,5 tỷ đồng")."""
    m = _AMOUNT.search(like)
    unit = m.group(2) if m else "đồng"
    scale = _UNITS.get(unit.lower(), 1)
    number = value / scale
    if scale == 1 or re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", m.group(1) if m else ""):
        return f"{int(round(number)):,}".replace(",", ".") + f" {unit}"
    text = f"{number:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} {unit}"


def _counts(text: str) -> list[tuple[float, str]]:
    """Every count in *text* with the words that follow it."""
    out = []
    for m in _COUNT.finditer(text):
        number = float(m.group(1).replace(".", "") + (f".{m.group(2)}" if m.group(2) else ""))
        out.append((number, text[m.end():]))
    return out


def parse_count(text: str) -> tuple[float, str] | None:
    """(number, unit) of a count written alone: "45 dòng họ" -> (45.0, "dòng họ"), "7,5" -> (7.5, "")."""
    m = _COUNT.match(text.strip())
    if not m or re.search(r"[\d%]", text.strip()[m.end():]):
        return None
    number = float(m.group(1).replace(".", "") + (f".{m.group(2)}" if m.group(2) else ""))
    return number, text.strip()[m.end():].strip()


def show_count(number: float, like: str) -> str:
    """*number* written the way *like* is: its unit, thousands grouped with "." when *like* groups them."""
    parsed = parse_count(like)
    unit = parsed[1] if parsed else ""
    if number != int(number):
        text = f"{number:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    elif re.match(r"\d{1,3}\.\d{3}", like.strip()) or number >= 10000:
        text = f"{int(number):,}".replace(",", ".")
    else:
        text = str(int(number))
    return f"{text} {unit}".strip()


def _count_variations(value: str) -> list[str]:
    parsed = parse_count(value)
    if not parsed:
        return []
    n = parsed[0]
    if n != int(n):
        candidates = [round(n * f, 1) for f in (0.8, 1.2, 0.6, 1.4, 1.5)]
    elif n < 20:
        candidates = [n + d for d in (2, -2, 3, -3, 5, 1)]
    else:
        step = 5 if n < 200 else 10 if n < 2000 else 100 if n < 20000 else 1000
        candidates = [round(n * f / step) * step for f in (0.8, 1.2, 0.6, 1.4, 1.5, 0.5)]
    return [show_count(c, value) for c in dict.fromkeys(candidates) if c > 0 and c != n]


# --- names -------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A name with its abbreviations spelled out, folded, without diacritics: 'UBND tỉnh' == 'Ủy ban nhân dân tỉnh'."""
    tokens = [t for t in words(text) if strip_diacritics(t) not in ABBREVIATIONS]
    return strip_diacritics(" ".join(tokens))


@lru_cache(maxsize=65536)
def agency_keys(text: str) -> frozenset[str]:
    folded = strip_diacritics(fold(text))
    return frozenset(t.key for t in AGENCIES if t.regex.search(folded))


def _level(text: str) -> str:
    m = _LEVEL_WORDS.search(name_key(text))
    return m.group(1) if m else ""


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def same_agency(a: str, b: str) -> bool:
    """Whether two names may be the same body: one contains the other, or the same specific agency at one level."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if _contains(ka, kb) or _contains(kb, ka):
        return True
    shared = (agency_keys(a) & agency_keys(b)) - _BROAD_AGENCIES
    return bool(shared) and _level(a) == _level(b)


def agency_in_text(name: str, text: str) -> bool:
    """Whether *text* names the body *name* (spelled out or abbreviated, or the same specific agency)."""
    if _contains(name_key(text), name_key(name)):
        return True
    return bool((agency_keys(name) & agency_keys(text)) - _BROAD_AGENCIES)


@lru_cache(maxsize=65536)
def text_key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", strip_diacritics(fold(text))).strip()


# --- one interface over the kinds ---------------------------------------------------


def option_key(kind: str, value: str) -> str:
    """What two options must differ in to be distinct."""
    if kind == DATE and (d := parse_date(value)):
        return show_date(*d)
    if kind == YEAR and (m := _YEAR.search(value)):
        return m.group(1)
    if kind == SPAN and (s := parse_span(value)):
        return show_span(*s)
    if kind == PERCENT and (p := parse_percent(value)) is not None:
        return f"{p:g}%"
    if kind == AMOUNT and (a := parse_amount(value)) is not None:
        return str(a)
    if kind == COUNT and (c := parse_count(value)):
        return f"{c[0]:g}"
    if kind == AGENCY:
        return name_key(value)
    if kind == NUMBER and (n := doc_number(value)):
        return n
    return text_key(value)


_DOC_NUMBER = re.compile(r"\d+(?:/\d{4})?\s*[/-]\s*[A-ZĐa-zđ][\wĐđ&]*(?:\s*[-/]\s*[\wĐđ&]+)*")


def doc_number(text: str) -> str:
    """The number and symbol a text names ("Quyết định số 1315/QĐ-TTg" -> "1315 qd ttg"), '' if none."""
    m = _DOC_NUMBER.search(text)
    return text_key(m.group(0)) if m else ""


def same_value(kind: str, a: str, b: str) -> bool:
    if kind == DATE:
        return _same_date(a, b)
    if kind == AGENCY:
        return same_agency(a, b)
    if kind == PERSON:
        # a dropped letter in an extracted name must not hide that it is the same person
        return " ".join(text_key(a).split()[-2:]) == " ".join(text_key(b).split()[-2:])
    return option_key(kind, a) == option_key(kind, b)


def value_in_text(kind: str, value: str, text: str) -> bool:
    """Whether *text* states *value* (the check that the right answer is in its cited clause)."""
    if kind == DATE:
        d = parse_date(value)
        return bool(d) and any(x[:2] == d[:2] and (d[2] is None or x[2] in (None, d[2])) for x in dates_in(text))
    if kind == YEAR:
        return option_key(YEAR, value) in _YEAR.findall(text)
    if kind == SPAN:
        s = parse_span(value)
        return bool(s) and any((int(a), int(b)) == s for a, b in _SPAN.findall(text))
    if kind == PERCENT:
        p = parse_percent(value)
        return p is not None and any(float(x.replace(",", ".")) == p for x in _PERCENT.findall(text))
    if kind == AMOUNT:
        a = parse_amount(value)
        return a is not None and any(parse_amount(m.group(0)) == a for m in _AMOUNT.finditer(text))
    if kind == COUNT:
        c = parse_count(value)
        unit = text_key(c[1]) if c else ""
        return bool(c) and any(n == c[0] and text_key(after).startswith(unit) for n, after in _counts(text))
    if kind == AGENCY:
        return _contains(name_key(text), name_key(value))
    return _contains(text_key(text), text_key(value))


def mentioned_in(kind: str, value: str, text: str) -> bool:
    """Whether *text* mentions *value* at all (a distractor a clause mentions may play a part in it)."""
    if kind == AGENCY:
        return agency_in_text(value, text)
    if kind == PERSON:
        return _contains(text_key(text), " ".join(text_key(value).split()[-2:]))
    return value_in_text(kind, value, text)


# --- well-formed variations -----------------------------------------------------------


def variations(kind: str, value: str) -> list[str]:
    """Values of the same form near *value*, for when sibling documents give too few distractors."""
    if kind == DATE and (d := parse_date(value)):
        day, month, year = d
        out = []
        for dd, dm in ((5, 0), (-5, 0), (0, 1), (0, -1), (10, 0), (-10, 0), (0, 2)):
            nd, nm = day + dd, (month + dm - 1) % 12 + 1
            try:
                date(year or 2024, nm, nd)
            except ValueError:
                continue
            out.append(show_date(nd, nm, year))
        return out
    if kind == YEAR and (m := _YEAR.search(value)):
        y = int(m.group(1))
        return [str(y + d) for d in (1, -1, 2, -2, 3, 5)]
    if kind == SPAN and (s := parse_span(value)):
        a, b = s
        return [show_span(a + da, b + db) for da, db in ((0, 1), (1, 1), (-1, 0), (0, -1), (1, 0), (-1, -1)) if a + da < b + db]
    if kind == PERCENT and (p := parse_percent(value)) is not None:
        steps = (-10, -5, -15, -20, 5, 10) if p >= 90 else (10, -10, 5, -5, 15, -15, 20)
        return [f"{p + s:g}%" for s in steps if 0 < p + s <= 100]
    if kind == AMOUNT and (a := parse_amount(value)) is not None:
        return [show_amount(int(a * f), value) for f in (0.5, 1.5, 2, 0.75, 3)]
    if kind == COUNT:
        return _count_variations(value)
    if kind == NUMBER and (m := re.fullmatch(r"(\d+)(/.+)", value.strip())):
        # a document number: the same symbol with a neighbouring number, as wide as the original ("09" -> "08")
        n, width = int(m.group(1)), len(m.group(1))
        return [f"{n + d:0{width}d}{m.group(2)}" for d in (1, -1, 2, 10, -2) if n + d > 0]
    return []
