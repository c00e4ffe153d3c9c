"""The targets slot: percentages, ratios and table cells under a "Chỉ tiêu"/"Mục tiêu" heading, each with
the year it is for."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.clauses import strip_marker
from index.documents import DocumentMeta
from index.sections import PATH_SEP
from index.textnorm import fold

from .profile_model import TargetCell
from .profile_text import Unit, cite, section_parts

_TARGET_HEAD = ("chỉ tiêu", "mục tiêu")
_YEAR_IN = re.compile(r"\b((?:19|20)\d{2})\b")
_RANGE = re.compile(r"\b(?:19|20)\d{2}\s*(?:-|–|đến)\s*(?:năm\s+)?(?:19|20)\d{2}\b")
_PERCENT = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d+)?)\s*%\s*(?!số\b)")
_RATIO = re.compile(r"^(\d{1,3}/\d{1,3})(?!/)\s+(?=\w)")
_INDICATOR_END = re.compile(r"\s*(?:[;,]\s*\d{1,3}(?:,\d+)?\s*%|[;]|\.\s|\.$|$)")
_LIST_INTRO = re.compile(r"chỉ tiêu|mục tiêu|phấn đấu|cần đạt", re.I)
_BULLET = re.compile(r"^\s*(?:[-+•–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s)")
_TERMINAL = re.compile(r"[.;:!?…”\")]\s*$")

# (indicator, year, value, unit, quote)
_Add = Callable[[str, int | None, str, Unit, str], None]


def in_targets(section: str) -> bool:
    """A section of targets (not of results: "Kết quả", "thực hiện năm …")."""
    parts = section_parts(section)
    if any("kết quả" in p or "thực hiện năm" in p for p in parts):
        return False
    return any(p.startswith(_TARGET_HEAD) or "chỉ tiêu" in p for p in parts)


def _section_year(section: str) -> int | None:
    """The year the deepest part of the section names ("Đến năm 2025", "Năm 2026", "Đến ngày 31/12/2025")."""
    for part in reversed(section.split(PATH_SEP)):
        if _RANGE.search(part):
            return None
        years = _YEAR_IN.findall(part)
        if len(set(years)) == 1:
            return int(years[0])
        if years:
            return None
    return None


def _unit_year(text: str) -> int | None:
    m = re.search(r"(?:đến|tới|trong|đến hết)\s+năm\s+((?:19|20)\d{2})", text, re.I)
    return int(m.group(1)) if m else None


def _clean_indicator(text: str) -> str:
    text = re.sub(r"^(?:có\s+)?(?:ít nhất|tối thiểu|trên|khoảng|phấn đấu|đạt)\s+", "", text.strip(), flags=re.I)
    return text.strip(" ,;:.")


def _broken(units: Sequence[Unit], i: int) -> bool:
    """A unit whose line the PDF broke: no closing punctuation and the next line of its chunk goes on."""
    u = units[i]
    if _TERMINAL.search(u.text) or i + 1 >= len(units):
        return False
    nxt = units[i + 1]
    return nxt.chunk is u.chunk and not _BULLET.match(nxt.text)


def read_targets(doc: DocumentMeta, units: Sequence[Unit]) -> list[TargetCell]:
    """Percentages and ratios under a "Chỉ tiêu"/"Mục tiêu" heading, or in the bullets after a line such as
    "phấn đấu đến năm 2025 cần đạt:"; the year from the clause, the heading or that line."""
    out: list[TargetCell] = []
    seen: set[tuple[str, int | None, str]] = set()
    intro_year: dict[str, int | None] = {}
    list_year: int | None = None

    def add(indicator: str, year: int | None, value: str, u: Unit, quote: str) -> None:
        indicator = _clean_indicator(indicator)
        if len(indicator) < 4 or len(indicator) > 200:
            return
        key = (fold(indicator), year, value)
        if key in seen:
            return
        seen.add(key)
        shown = f"{indicator}: {value}" + (f" (năm {year})" if year else "")
        out.append(TargetCell(indicator, year, value, cite(doc, u.chunk.section, shown, quote)))

    table: dict[str, list[tuple[int | None, bool, bool]]] = {}
    for i, u in enumerate(units):
        section = u.chunk.section
        text = strip_marker(u.text)
        in_list = list_year is not None and _BULLET.match(u.text) is not None
        if not in_list:
            list_year = None
        if text.endswith(":") and _LIST_INTRO.search(text) and (y := _unit_year(text)):
            list_year = y
            intro_year[section] = y
            continue
        if not (in_list or in_targets(section)):
            continue
        if "|" in u.text:
            _table_row(u, table, add)
            continue
        if _broken(units, i):
            continue
        year = _unit_year(text) or (list_year if in_list else None) or _section_year(section) or intro_year.get(section)
        if text.endswith(":"):
            if y := _section_year(text):
                intro_year[section] = y
            continue
        for clause in re.split(r";\s*", text):
            offset = u.text.find(clause)
            quote = strip_marker(u.text[offset:].split(";")[0].strip() if offset >= 0 else u.text).rstrip(" .")
            for m in _PERCENT.finditer(clause):
                if re.search(r"trong đó[^,;]{0,20}$", clause[: m.start()]):
                    continue  # a share of the share just read ("100% …, trong đó ít nhất 65% …")
                rest = clause[m.end():]
                end = _INDICATOR_END.search(rest)
                indicator = rest[: end.start()] if end else rest
                if re.match(r"[^\W\d]", indicator.strip()):
                    add(indicator, year, f"{m.group(1)}%", u, quote)
            r = _RATIO.match(clause)
            if r:
                rest = clause[r.end():]
                end = _INDICATOR_END.search(rest)
                add(rest[: end.start()] if end else rest, year, r.group(1), u, quote)
    return out


def _table_row(u: Unit, table: dict[str, list[tuple[int | None, bool, bool]]], add: _Add) -> None:
    """A pipe table of targets: a header row naming years ("Chỉ tiêu năm 2024 | Chỉ tiêu đến năm 2030"),
    then one row per indicator. Columns of results ("Kết quả", "Thực hiện") are left out."""
    cells = [c.strip() for c in u.text.strip().strip("|").split("|")]
    section = u.chunk.section
    if section not in table:
        years = [_YEAR_IN.findall(c) for c in cells]
        if any(years[1:]):
            table[section] = [
                (int(y[-1]) if y else None,
                 bool(y) and not re.search(r"kết quả|thực hiện", c, re.I),
                 fold(c) in ("đơn vị tính", "đơn vị", "đvt"))
                for c, y in zip(cells, years, strict=True)
            ]
        return
    columns = table[section]
    if len(cells) != len(columns) or not cells[0] or not re.match(r"[^\W\d]", cells[0]):
        return
    unit = next((cells[i] for i, (_, _, is_unit) in enumerate(columns) if is_unit), "")
    for i, (year, is_target, _) in enumerate(columns[1:], start=1):
        value = cells[i]
        if not is_target or not re.search(r"\d", value):
            continue
        if unit and "%" not in value and not unit.startswith("%"):
            value = f"{value} {unit.lower()}"
        add(cells[0], year, value, u, u.text.strip())
