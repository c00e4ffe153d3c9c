"""How a user may type a place's name: its initials ("ĐL" for Đắk Lắk), run into the next name ("o lam dong"),
without marks or with some tones dropped ("Tam Phươc"), or with the marks of one of several places spelt alike
("thạnh hòa"); and the short forms that are never a place ("TP.", "HD 04", "ds", "gv")."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii, has_diacritics, strip_tones
from index.vocabulary.abbreviations import ABBREVIATIONS

# "GD&ĐT", "HD 07", "KH 45": a body's short name or a kind of document and its number, never a place's initials
NOT_INITIALS = re.compile(r"\b(?:s|p)?gd\s*&?\s*dt\b|\b(?:hd|kh|cv|tb|qd|bc|ct|nq|tt|ttr)\s*(?:so\s*)?\d+")
# "TP. Hồ Chí Minh", "TX Giá Rai", "TT Phú Mỹ": the short form of a kind of place, never a place's initials
KIND_SHORT_FORMS = frozenset({"tp", "tx", "tt", "ubnd", "hkh"})
# words typed short that are no place's initials: "ds hs thi đỗ" (danh sách học sinh), "hv" (học viên)
# (nor "cb, gv, nv": cán bộ, giáo viên, nhân viên; "bb": biên bản; "bch": ban chấp hành)
TYPED_SHORT = frozenset(ABBREVIATIONS) | frozenset({"ds", "hv", "sv", "dh", "kp", "gd", "cb", "gv", "nv", "bb", "bch"})


def initials_of(name: str) -> str:
    """"bd" for Bình Dương, "hcm" for Hồ Chí Minh; '' for a one-word name."""
    parts = fold_ascii(name).replace("-", " ").split()
    return "".join(p[0] for p in parts) if len(parts) >= 2 else ""


def run_together(a: str, b: str, bare: str) -> bool:
    """Two place names that share words where one ends and the other begins ("o lam" + "lam dong" in "o lam dong")."""
    wa, wb = a.split(), b.split()
    for k in range(1, min(len(wa), len(wb))):
        if wa[-k:] == wb[:k] and re.search(rf"\b{re.escape(' '.join(wa + wb[k:]))}\b", bare):
            return True
        if wb[-k:] == wa[:k] and re.search(rf"\b{re.escape(' '.join(wb + wa[k:]))}\b", bare):
            return True
    return False


def inside(name: str, bare: str, spans: list[tuple[int, int]]) -> bool:
    """Every place *name* occurs in *bare* lies within a longer name of *spans*, or runs on from one without
    holding it ("bao quang nam 2024": Bảo Quang, then "năm")."""
    found = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", bare)]
    return bool(found) and all(any(
        a <= s and e <= b and b - a > e - s or a < s < b < e for a, b in spans) for s, e in found)


# syllables that, typed without marks, are as likely function words as a place's name ("cho moi": "cho mỗi")
FUNCTION_SYLLABLES = frozenset("cho moi cac nhung trong sau truoc tren duoi thi la va co khong de den tu ve ra vao "
                                "nay do hon nua".split())


def typed_as(typed: str, bare: str, key: str, names: set[str]) -> bool:
    """Whether some place where *key* occurs in the question was typed as one of *names*: without marks (any name
    folds to it), or with the name's own marks ("Chợ Mới", not "cho mỗi")."""
    if len(typed) != len(bare):
        return True
    for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", bare):
        span = typed[m.start() : m.end()]
        if not has_diacritics(span) or span in names or any(_tone_dropped(span, n) for n in names):
            return True
        marked = {w for w in span.split() if has_diacritics(w)}  # "TT Huế": a short form around the name's own marks
        if span.count(" ") and any(marked <= set(n.split()) for n in names):
            return True
    return not re.search(rf"(?<!\w){re.escape(key)}(?!\w)", bare)


def _tone_dropped(typed: str, name: str) -> bool:
    """*typed* is *name* with some tone marks left out ("Tam Phươc" for "Tam Phước"), never with a tone the name
    does not have ("sơn là" is no "Sơn La", "cho mỗi" no "Chợ Mới")."""
    pairs = list(zip(typed.split(), name.split(), strict=False))
    return len(typed.split()) == len(name.split()) and all(
        t == n or (t == strip_tones(t) and t == strip_tones(n)) for t, n in pairs)


def spelt_as(typed: str, bare: str, key: str, spellings: dict[str, set[str]]) -> str:
    """The one spelling of *key* the question types with its marks ("thạnh hòa"); '' when it types none."""
    if len(typed) != len(bare):
        return ""
    spans = {typed[m.start() : m.end()] for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", bare)}
    named = [s for s in spans if has_diacritics(s) and s in spellings]
    return named[0] if len(named) == 1 else ""
