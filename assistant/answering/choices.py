"""The options a question offers ("buổi sáng hay buổi chiều", "qua email hay qua hệ thống quản lý văn bản") and
whether a clause names one of them: a clause naming neither does not say which."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii, written_out
from index.vocabulary.abbreviations import ABBREVIATIONS
from index.vocabulary.terms import AGENCIES, agencies_in

from .kinds import STOPWORDS
from .understand import Query
from .units import Unit

# how many words an option may run to
OPTION_WORDS = 4
# "… hay không", "… hay chưa": a yes/no question, no options
_NOT_AN_OPTION = frozenset("khong chua ko k".split())


def _words(text: str) -> list[str]:
    return written_out(text).split()


def _options_typed(q: Query) -> tuple[str, str]:
    """The two options as typed (folded), around "hay"; ("", "") when the question offers none."""
    m = re.search(r"\b([a-z0-9&\s]+?)\s+hay\s+([a-z0-9&\s]+)", q.bare)
    if m is None:
        return "", ""
    after = m.group(2).split()[:OPTION_WORDS]
    if not after or after[0] in _NOT_AN_OPTION:
        return "", ""
    before = m.group(1).split()
    if after[0] in before:  # "qua email hay qua hệ thống …": each option follows the word the two share
        before, after = before[len(before) - before[::-1].index(after[0]) :], after[1:]
    else:
        before = before[-len(after) :]
    return " ".join(before), " ".join(after)


def options(q: Query) -> list[list[str]]:
    """The words telling apart the two options of "A hay B" ([["sang"], ["chieu"]] of "buổi sáng hay buổi chiều");
    none when the question offers no choice."""
    before, after = _options_typed(q)
    first = [w for w in _words(before) if w not in STOPWORDS]
    second = [w for w in _words(after) if w not in STOPWORDS and w not in first]
    first = [w for w in first if w not in second]
    if any(all(len(w) <= 3 and w not in ABBREVIATIONS for w in option) for option in (first, second)):
        return []  # "NB hay HN": a short form no abbreviation spells out (a province's) cannot be looked for
    return [first, second] if first and second else []


def offers_choice(q: Query) -> bool:
    before, after = _options_typed(q)
    return bool(options(q)) or bool(agencies_in(before) and agencies_in(after))


def names_an_option(unit: Unit, q: Query) -> bool:
    """The clause (or its headings) names one of the options the question offers — a body ("gửi PGD hay UBND
    huyện"), or most words of one — or the question offers none."""
    said_text = fold_ascii(f"{unit.section} {unit.lead_in} {unit.full_text}")
    before, after = _options_typed(q)
    bodies = [agencies_in(before), agencies_in(after)]
    if all(bodies):
        return any(t.regex.search(said_text) for t in AGENCIES if t.name in bodies[0] + bodies[1])
    offered = options(q)
    if not offered:
        return True
    said = set(re.findall(r"[a-z0-9]+", said_text))
    return any(2 * sum(w in said for w in option) >= len(option) for option in offered)
