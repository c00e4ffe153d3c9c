"""Comparisons: the clause that says for one title what a shown clause says for another, and the clause for
each side of "X khác gì so với Y"."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii
from index.vocabulary.terms import AGENCIES, agencies_in, titles_in

from .understand import Query, content_terms
from .units import TABLE_CELL, Unit, actors, headings_above

# a clause of another title is "the same clause" for it when this share of their words (titles aside) is shared
PARALLEL_SIMILARITY = 0.4


def parallel_clauses(q: Query, shown: list[Unit], units: list[Unit]) -> list[Unit]:
    """"ngưỡng điểm Dòng họ học tập khác Gia đình học tập thế nào": for each title the question names that the
    lines shown do not, the clause of the same document that says for it what a shown clause says for another
    title ("Dòng họ … từ 85 điểm" / "Hộ gia đình … từ 80 điểm")."""
    if len(q.titles) < 2:
        return []
    shown = [*shown, *(m for s in shown for m in s.members)]  # a list shown ("Mức công nhận:") speaks by its items
    about = {id(u): _about(u, q.titles) for u in [*shown, *units]}
    out: list[Unit] = []
    for title in q.titles:
        if any(title in about[id(u)] for u in [*shown, *out]):
            continue
        shown_texts = {u.text for u in shown}
        candidates = [u for u in units if not u.header and not u.members and about[id(u)] == [title]
                      and u.text not in shown_texts]
        best, best_sim = None, PARALLEL_SIMILARITY
        for s in shown:
            own = about[id(s)]
            if len(own) != 1:
                continue
            for u in candidates:
                sim = _shape_similarity(s.text, u.text, own[0], title)
                if sim > best_sim:
                    best, best_sim = u, sim
        if best is not None:
            out.append(best)
    return out


def speaks_for(unit: Unit, title: str) -> bool:
    """Whether the clause is about *title*: the nearest heading above it that names a title names this one, or
    no heading names a title and the clause does."""
    heading = _titled_heading(unit)
    return _names(heading, title) if heading else _names(unit.full_text, title)


def _about(unit: Unit, titles: list[str]) -> list[str]:
    """The titles a clause speaks for: those its nearest titled heading names ("2. Danh hiệu Dòng họ học tập" holds
    "có 70% số hộ … đạt Gia đình học tập", a criterion of the clan), else those it names."""
    heading = _titled_heading(unit)
    return [t for t in titles if _names(heading, t)] if heading else [t for t in titles if _names(unit.full_text, t)]


def _titled_heading(unit: Unit) -> str:
    """The nearest heading above the clause that names a title (a heading cut short cannot tell its titles)."""
    return next((part for part in headings_above(unit) if not part.endswith("…") and titles_in(part)), "")


def _names(text: str, title: str) -> bool:
    """*text* names *title* in full ("Gia đình học tập", not any "gia đình")."""
    return fold_ascii(title) in fold_ascii(text)


def _shape_similarity(a: str, b: str, title_a: str, title_b: str) -> float:
    """Word overlap of two clauses once each one's title is blanked out (Jaccard over folded words)."""
    def words_of(text: str, title: str) -> set[str]:
        folded = fold_ascii(text).replace(fold_ascii(title), " ")
        return set(re.findall(r"[a-z]+", folded))
    wa, wb = words_of(a, title_a), words_of(b, title_b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


# "thời hạn báo cáo của các thành viên khác gì so với Ban Chỉ đạo các xã": the two sides of a comparison
_VERSUS = re.compile(r"^(.*?)\b(?:khac (?:gi|nhau|the nao|ra sao)?\s*(?:so )?voi|so voi|khac (?:gi|nhau|the nao))\b(.*)$")
# "hạn gửi danh sách … và hạn gửi báo cáo 6 tháng, hạn nào sớm hơn": the two sides before the question asked of both
# ("bên nào phải báo cáo về UBND xã sớm hơn": a few words of what is compared may come before the comparative)
_EITHER = re.compile(r"^(.*?)\s+\bva\b\s+(.*?),?\s+\w+(?: \w+)? nao(?:\s+(?:phai|can|duoc|se|thi))?(?:\s+[a-z]+){0,5}?"
                     r"\s+(?:som|muon|truoc|sau|cao|thap|lon|nho|nhieu|it|den truoc)\b")
# "so sánh hạn nộp báo cáo sơ kết 6 tháng và báo cáo tổng kết năm theo công văn …": the two sides after "so sánh"
_COMPARE_BOTH = re.compile(r"^(?:.*?\b)?so sanh\s+(.+)$")
# … where the last words only say which document ("theo cv Sở GD Hòa Bình")
_WHERE_SAID = re.compile(r"[,\s]+(?:theo|trong|tai|cua)\s+(?:cv|kh|hd|qd|tb|bc|ke hoach|cong van|huong dan|quyet dinh|"
                         r"thong bao|van ban|vb|bao cao)\b.*$")
# a side is shown when a clause holds this share of the words only that side has
SIDE_SHARE = 0.5


def _sides(q: Query) -> tuple[str, str] | None:
    """The two sides a comparison sets against each other ("X khác gì so với Y", "A và B, … nào trước", "hạn … của
    A và của B khác nhau thế nào")."""
    m = (_VERSUS.match(q.bare) or _EITHER.match(q.bare)) if q.has("compare") else None
    both = _COMPARE_BOTH.match(q.bare) if q.has("compare") and m is None else None
    if m is None and both is None:
        return None
    left, right = (m.group(1), m.group(2)) if m is not None else (_WHERE_SAID.sub("", both.group(1).rstrip(" ?.")), "")
    if content_terms(right):
        return left, right
    # both sides before "khác nhau": split at the last "và" outside a body's name ("Sở Giáo dục và Đào tạo")
    names = [n.span() for t in AGENCIES for n in t.regex.finditer(left)]
    joins = [j for j in re.finditer(r"\bva\b", left) if not any(a <= j.start() < b for a, b in names)]
    return (left[: joins[-1].start()], left[joins[-1].end() :]) if joins else None


def two_sided(q: Query) -> bool:
    """"hạn A và hạn B, hạn nào trước?": what one side asks (its period, its recipient) does not bind the other."""
    return _sides(q) is not None


def compared_sides(q: Query, shown: list[Unit], ranked: list[Unit], floor: float) -> list[Unit]:
    """For "X khác gì so với Y", the best clause for each side no shown clause speaks for yet: the one holding
    most of the words that side has and the other has not."""
    sides = _sides(q)
    if sides is None:
        return []
    # "Theo Quy chế …, thời hạn … của X khác gì so với Y": the clause before the last comma only says where
    first = sides[0].rsplit(",", 1)[-1]
    framed = bool(re.match(r"\s*cua\b", sides[1])) and " cua " in f" {first} "
    if framed:
        first = f" {first} ".rsplit(" cua ", 1)[-1]  # "hạn gửi của A và của B": "hạn gửi" is asked of both
    places = {w for p in q.places for w in p.split()}  # "… của xã Lũng Chinh Tây" names where, not which side
    left, right = set(content_terms(first)) - places, set(content_terms(sides[1])) - places
    out: list[Unit] = []
    for side in sides:  # "hạn … của Hội Khuyến học tỉnh và của UBND xã": a clause of each body compared
        named = set(agencies_in(side)) - set(agencies_in(f"{sides[0]} {sides[1]}".replace(side, " "))) - set(q.recipients)
        if not named or any(named & actors(u) for u in [*shown, *out]):
            continue
        taken = {u.text for u in [*shown, *out]}
        best = next((u for u in ranked if u.score >= floor and not u.header and u.text not in taken
                     and named & actors(u)), None)
        if best is not None:
            out.append(best)
    for own in (left - right, right - left):
        if len(own) < (1 if framed else 2):  # "của Chi hội … thôn và của Hội … xã": one word tells each side
            continue
        need = SIDE_SHARE * len(own)
        if any(len(own & _said(u)) >= need for u in [*shown, *out]):
            continue
        taken = {u.text for u in [*shown, *out]}
        candidates = [u for u in ranked if u.score >= floor and not u.header and u.text not in taken
                      and len(own & _said(u)) >= need]
        if candidates:
            out.append(max(candidates, key=lambda u: (len(own & _said(u)), u.score)))
    return out


def _said(unit: Unit) -> frozenset[str]:
    """The words a clause says of its own: a table row's, not its header's ("Thời hạn", "Hình thức gửi")."""
    return unit.own_terms if TABLE_CELL in unit.text else unit.terms
