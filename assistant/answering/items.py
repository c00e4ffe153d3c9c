"""A value said of one item of several ("Mẫu số 01 … trước ngày 05/6", "giải Nhất 2.000.000 đồng") answers no
question about another item of the same list ("Mẫu số 05", "giải Khuyến khích"), even in the same row or sentence;
and a table row answers a question about one of its columns ("Số hộ đăng ký", "Thời hạn") only with what that
column's cell holds ("Chưa báo cáo" holds no count)."""

from __future__ import annotations

import re
from dataclasses import replace

from index.textnorm import fold_ascii, nfc, strip_diacritics

from .counts import counted_things
from .understand import Query
from .units import TABLE_CELL, Unit
from .verdict import PRIZE_WORDS

# a form or a round named by its number, alone or in a list: "Mẫu số 05", "Biểu mẫu số 01, 02", "mẫu 03 - 04",
# "đợt 2"
_NUMBERED = {
    "form": re.compile(r"\b(?:bieu\s+mau|mau|bieu)(?:\s+so)?\s*(\d{1,2}[a-z]?(?:\s*(?:,|va|-|–|den)\s*\d{1,2}[a-z]?\b)*)"),
    "round": re.compile(r"\bdot\s*(\d{1,2}|i{1,3}|iv)\b(?!\s*/)"),
}
# a prize named by its rank: "giải Nhì", "giải Khuyến khích"
_PRIZE = re.compile(rf"\bgiai\s+({PRIZE_WORDS})\b")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
# a stretch naming its item and no more than this many other words is a list joined to the next item's stretch
# ("Mẫu số 01 và Mẫu số 02 nộp trước …")
_JOINED_WORDS = 2


def _keys(kind: str, found: str) -> list[str]:
    if kind == "prize":
        return [found]
    numbers = re.findall(r"\d{1,2}[a-z]?|\b(?:i{1,3}|iv)\b", found)
    keys = [_ROMAN.get(n, n.lstrip("0") or "0") for n in numbers]
    ranged = re.fullmatch(r"(\d{1,2})\s*(?:-|–|den)\s*(\d{1,2})", found.strip())
    if ranged and int(ranged.group(1)) < int(ranged.group(2)) <= 99:  # "Mẫu số 01 - 04": each of them
        keys = [str(n) for n in range(int(ranged.group(1)), int(ranged.group(2)) + 1)]
    return keys


def _mentions(kind: str, folded: str) -> list[tuple[int, int, list[str]]]:
    """Where *folded* names items of *kind*: (start, end, keys)."""
    pattern = _PRIZE if kind == "prize" else _NUMBERED[kind]
    return [(m.start(), m.end(), _keys(kind, m.group(1))) for m in pattern.finditer(folded)]


def _names(kind: str, folded: str, keys: set[str]) -> bool:
    """*folded* names one of the items *keys* of *kind*."""
    return any(keys & set(found) for _s, _e, found in _mentions(kind, folded))


def _rows(unit: Unit) -> list[Unit]:
    """A table's rows (its header unit over them), or the row the unit is; none for a line that is no row."""
    return [m for m in unit.members if TABLE_CELL in m.text] or ([unit] if TABLE_CELL in unit.text else [])


def items_asked(q: Query) -> dict[str, set[str]]:
    """The items the question names, by kind: {"form": {"5"}}, {"prize": {"khuyen khich"}}."""
    asked: dict[str, set[str]] = {}
    for kind in ("form", "round", "prize"):
        keys = {k for _s, _e, found in _mentions(kind, q.bare) for k in found}
        if keys:
            asked[kind] = keys
    return asked


def _stretch(text: str, folded: str, mentions: list[tuple[int, int, list[str]]], keys: set[str]) -> str:
    """The text said of the items *keys* among the items *mentions* names: from each mention of one of them to the
    next mention naming none of them (a mention followed by a few words only runs on: "01 và 02 nộp trước …")."""
    said = []
    for i, (start, end, found) in enumerate(mentions):
        if not keys & set(found):
            continue
        stop = len(folded)
        for _s2, _e2, other in mentions[i + 1:]:
            gap = folded[end:_s2]
            if keys & set(other) or len(re.findall(r"\w+", gap)) <= _JOINED_WORDS:
                end = _e2
                continue
            stop = _s2
            break
        said.append(text[start:stop])
    return " ".join(said)


def _holds_in(unit: Unit, text: str, kind: str) -> bool:
    return replace(unit, text=text, members=()).holds(kind)


# a column giving when each row's task is due
_WHEN_COLUMN = re.compile(r"\b(?:thoi han|han|ngay|thoi gian|hoan thanh)\b")
_KEY_COLUMN = re.compile(r"^\s*(?:s\s*tt|so\s+tt|tt|thu\s+tu)\.?\s*$")


def _asked_cells(unit: Unit, q: Query, kind: str) -> list[str] | None:
    """The cells of a row under the columns the question asks of it; None when no column answers to it."""
    if kind == "date" and not q.deadline:
        return None  # "họp quý II diễn ra ngày nào": the day may stand in any column, beside a "Thời gian: Quý II"
    pairs = [(fold_ascii(h), c) for h, c in unit.headed_cells()[1:] if not _KEY_COLUMN.match(fold_ascii(h))]
    if kind == "date":
        cells = [c for h, c in pairs if _WHEN_COLUMN.search(h)]
    elif kind == "count":
        things = {t.split()[0] for t in counted_things(q)}
        cells = [c for h, c in pairs if things & set(h.split())]
    else:
        return None
    return cells or None


def _row_states(unit: Unit, q: Query, kind: str) -> bool:
    """A table row states the value asked in the cells of the columns asked, or anywhere when none answers."""
    cells = _asked_cells(unit, q, kind)
    if cells is None:
        return True
    return any(_holds_in(unit, cell, kind) or kind == "count" and re.search(r"\d", cell) for cell in cells)


def states_for_item(unit: Unit, q: Query, kind: str) -> bool:
    """The clause states a value of *kind* for the item the question names, not only for others of its list, and a
    row states it under the column asked."""
    if kind not in ("date", "count", "money", "percent", "contact"):
        return True
    rows = _rows(unit)  # a table (its header over its rows) is read row by row
    heading = fold_ascii(f"{unit.section} {unit.lead_in}")
    for item_kind, keys in items_asked(q).items():
        if _names(item_kind, heading, keys):
            continue  # "Mẫu số 05 …:" over the clause: all of it is said of that item
        if rows:
            named = [r for r in rows if _mentions(item_kind, fold_ascii(r.text))]
            if not named:
                continue
            own = [r for r in named if _names(item_kind, fold_ascii(r.text), keys)]
            if not any(_holds_in(r, r.text, kind) and _row_states(r, q, kind) for r in own):
                return False  # the rows of other forms, or the form's own row without the value
            continue
        text = nfc(unit.full_text)
        folded = strip_diacritics(text.lower())
        if len(folded) != len(text):  # the stretches are cut from the text where the folded one names the items
            continue
        mentions = _mentions(item_kind, folded)
        if not mentions:
            continue
        if not any(keys & set(found) for _s, _e, found in mentions):
            return False  # "giải Nhất 2.000.000 đồng, giải Nhì …" says nothing of "giải Khuyến khích"
        others = {k for _s, _e, found in mentions for k in found} - keys
        if not others:
            continue
        own_text = _stretch(text, folded, mentions, keys)
        others_text = _stretch(text, folded, mentions, others)
        if not _holds_in(unit, own_text, kind) and _holds_in(unit, others_text, kind):
            return False  # "… giải Ba 1.000.000 đồng; giải Khuyến khích được tặng Giấy khen"
    if TABLE_CELL in unit.text and not unit.members and not _row_states(unit, q, kind):
        return False  # "Số hộ đăng ký “Gia đình học tập”: Chưa báo cáo"
    return True


def row_of_item(table: Unit, q: Query) -> Unit | None:
    """The row of *table* naming the item the question names ("Mẫu số 02"), when exactly one does."""
    rows = [m for m in table.members if TABLE_CELL in m.text]
    for item_kind, keys in items_asked(q).items():
        own = [r for r in rows if _names(item_kind, fold_ascii(r.text), keys)]
        if len(own) == 1:
            return own[0]
    return None
