"""What a rate asked is a rate of: "tỷ lệ trẻ em 6 - 14 tuổi đi học … bao nhiêu" is not answered by a clause
giving the share of households that are "Gia đình học tập", nor "tỷ lệ học viên học nghề dưới 3 tháng có việc làm"
by the sentence rating the learners of another course ("Đào tạo trình độ sơ cấp: …; tỷ lệ … có việc làm … 76%")."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii
from index.vocabulary.abbreviations import ABBREVIATIONS

from .understand import Query
from .units import Unit

# the rate asked and what it is of, up to where the question turns to whose it is, when, or how it compares
_OF_WHAT = (r"\s+(?:toi thieu\s+|toi da\s+)?(.+?)(?=\s+(?:cua|o|"
            r"tai|trong|theo|nam|la|dat|phai|can|bao nhieu|bn|toi thieu|toi da|vao|den|tinh|huyen|xa|phuong|thi tran|cao|thap|so voi|"
            r"khac|giua|ko|khong|de|nhu the|the nao|ra sao|bang(?! cap)|va)\b|[,?.;:]|$)")
_RATE_OF = re.compile(r"\b(?:ty le|bao nhieu phan tram|bao nhieu %|may phan tram|may %)" + _OF_WHAT)
# … or, asking no rate by name, the target and what it is of: "chỉ tiêu huy động Quỹ khuyến học … là bao nhiêu" (not
# "chỉ tiêu bao nhiêu …", "chỉ tiêu của xã", "chỉ tiêu giao cho …")
_TARGET_OF = re.compile(r"\bchi tieu(?: ve)?(?! (?:bao nhieu|bn|may|la|gi|nao|cua|nam|dat|den|giao|duoc)\b)" + _OF_WHAT)
# words of any target of the campaign, and of asking, that say nothing of what is rated
_FILLER = frozenset("cac nhung mot de cho va thuc hien ke hoach tong du kien chung toan bo xay dung xa hoi hoc tap "
                    "phong trao duoc so chi tieu muc tieu bao nhieu bn may cao thap nhat hon co gi j nao ve".split())
# a rate counts as one of something else when this many of the words naming what it is of, and at least half of
# them, are nowhere in the clause, its headings or its document's title
RATED_MISSING_WORDS = 2


def _words(folded: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", folded)


def rated_words(q: Query) -> list[str]:
    """The words naming what the rate asked is of ("tỷ lệ người 15-60 tuổi biết chữ" -> người, tuổi, biết, chữ),
    as typed (an abbreviation stays one word)."""
    m = _RATE_OF.search(q.bare) or (None if q.has("yesno") else _TARGET_OF.search(q.bare))
    if not m:  # (a yes/no question's target is checked by its claim: "có đặt chỉ tiêu tất cả 11 thôn đều đạt …")
        return []
    places = {w for p in q.places for w in p.split()}
    return [w for w in _words(m.group(1)) if w not in _FILLER and w not in places and not w.isdigit()]


def rates_another(unit: Unit, q: Query) -> bool:
    """The clause gives a rate of something other than what the question asks the rate of: most of the words
    naming it are missing from the clause, its headings and its document's title (an abbreviation is said when
    it or its expansion is)."""
    asked = rated_words(q)
    if len(asked) < RATED_MISSING_WORDS:
        return False
    # of a clause's sentences, those giving a rate ("Đào tạo trình độ sơ cấp: …; tỷ lệ … đạt 76%. Đào tạo nghề dưới
    # 3 tháng: 12 lớp …" rates the first course only)
    sentences: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+", unit.full_text):
        if sentences and not piece[:1].isupper():
            sentences[-1] += f" {piece}"
        else:
            sentences.append(piece)
    rating = [s for s in sentences if re.search(r"%|phần trăm", s)] or [unit.full_text]
    around = fold_ascii(f"{unit.doc.title} {unit.section} {unit.lead_in} {' '.join(rating)}")
    said = set(_words(around))
    said |= {w for t in list(said) if t in ABBREVIATIONS for w in _words(fold_ascii(ABBREVIATIONS[t]))}
    missing = [w for w in asked if w not in said and not set(_words(fold_ascii(ABBREVIATIONS.get(w, w)))) <= said]
    return len(missing) >= RATED_MISSING_WORDS and 2 * len(missing) >= len(asked)
