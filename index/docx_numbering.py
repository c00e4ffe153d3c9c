"""Word's automatic numbering: the "1.", "a)", "II." that python-docx does not return as text.

A numbered paragraph carries `w:numPr` (`w:numId`, `w:ilvl`) itself or through its style; the
number's format lives in `numbering.xml` (`w:num` → `w:abstractNum` → `w:lvl`). Counters run per
list instance and a level's counter restarts whenever a shallower level moves on, as Word does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int


@dataclass
class NumberingState:
    """Formats of every list in a document, and the running counters while reading it in order."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> ilvl -> level
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId -> (numId, ilvl)

    @classmethod
    def from_document(cls, document) -> NumberingState:
        state = cls()
        try:
            numbering = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            numbering = None
        if numbering is not None:
            abstract: dict[str, dict[int, _Level]] = {}
            for node in numbering.findall(f"{_W}abstractNum"):
                abstract[node.get(f"{_W}abstractNumId")] = _read_levels(node)
            for num in numbering.findall(f"{_W}num"):
                ref = num.find(f"{_W}abstractNumId")
                levels = dict(abstract.get(ref.get(f"{_W}val") if ref is not None else "", {}))
                for override in num.findall(f"{_W}lvlOverride"):
                    ilvl = int(override.get(f"{_W}ilvl", "0"))
                    lvl = override.find(f"{_W}lvl")
                    if lvl is not None:
                        levels.update(_read_levels_from([lvl]))
                    start = override.find(f"{_W}startOverride")
                    if start is not None and ilvl in levels:
                        old = levels[ilvl]
                        levels[ilvl] = _Level(old.fmt, old.text, int(start.get(f"{_W}val", "1")))
                state.levels[num.get(f"{_W}numId")] = levels
        try:
            for style in document.styles.element.findall(f"{_W}style"):
                found = _num_pr(style.find(f"{_W}pPr"))
                if found:
                    state.styles[style.get(f"{_W}styleId")] = found
        except AttributeError:
            pass
        return state

    def label(self, paragraph_element) -> str:
        """The number Word shows in front of this paragraph ("II.", "2.", "a)", "-"), or ''."""
        ppr = paragraph_element.find(f"{_W}pPr")
        found = _num_pr(ppr)
        if found is None and ppr is not None:
            style = ppr.find(f"{_W}pStyle")
            if style is not None:
                found = self.styles.get(style.get(f"{_W}val"))
        if not found:
            return ""
        num_id, ilvl = found
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        counts = self.counters.setdefault(num_id, {})
        level = levels[ilvl]
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else level.start
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return ""

        def fill(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lvl = levels.get(k)
            value = counts.get(k, lvl.start if lvl else 1)
            return _format(value, lvl.fmt if lvl else "decimal")

        return re.sub(r"%(\d)", fill, level.text).strip()


def _num_pr(ppr) -> tuple[str, int] | None:
    if ppr is None:
        return None
    num_pr = ppr.find(f"{_W}numPr")
    if num_pr is None:
        return None
    num_id = num_pr.find(f"{_W}numId")
    ilvl = num_pr.find(f"{_W}ilvl")
    if num_id is None:
        return None
    return num_id.get(f"{_W}val"), int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0


def _read_levels(abstract_num) -> dict[int, _Level]:
    return _read_levels_from(abstract_num.findall(f"{_W}lvl"))


def _read_levels_from(nodes) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for lvl in nodes:
        fmt = lvl.find(f"{_W}numFmt")
        text = lvl.find(f"{_W}lvlText")
        start = lvl.find(f"{_W}start")
        levels[int(lvl.get(f"{_W}ilvl", "0"))] = _Level(
            fmt=fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
            text=text.get(f"{_W}val", "") if text is not None else "",
            start=int(start.get(f"{_W}val", "1")) if start is not None else 1,
        )
    return levels


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(value: int) -> str:
    out = ""
    for amount, letters in _ROMAN:
        while value >= amount:
            out += letters
            value -= amount
    return out


def _format(value: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman") and not 0 < value < 4000:
        return str(value)  # past MMMCMXCIX Roman numerals only grow: a start of 10^9 would be a million M's
    if fmt == "upperRoman":
        return _roman(value)
    if fmt == "lowerRoman":
        return _roman(value).lower()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = "abcdefghijklmnopqrstuvwxyz"[(value - 1) % 26]
        return letter.upper() if fmt == "upperLetter" else letter
    return str(value)
