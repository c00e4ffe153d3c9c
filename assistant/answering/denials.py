"""What a clause says against a yes/no question's claim: a denial of the words it asks about ("không tiếp nhận
báo cáo bằng bản giấy" against "có nhận báo cáo bằng bản giấy không"), or a target it reports not met."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.textnorm import fold_ascii
from index.vocabulary.terms import TITLES

from .understand import Query

# question words and particles, too common to tie a denial to a question
FUNCTION_WORDS = frozenset("co khong phai dung la cua va cac o thi khi nao ko k a ha".split())

# a denial, and the words after it that are not what it denies: "không tiếp nhận …", "sẽ không được xem xét …"
_NOT, _MODALS = frozenset({"khong", "chua"}), frozenset("duoc phai co the can bi".split())
_NEGATION = re.compile(r"\b(?:khong|chua|ko|k)\s+(?:(?:duoc|phai|co|the|can|bi)\s+)*$")
_BOUNDS = frozenset("qua vuot duoi it nhieu chi nhung ke phan den du".split())
# words too common to tie a denial to a question
_LIGHT = FUNCTION_WORDS | frozenset("duoc de cho voi ve tai tu theo nhu nay do se thuc hien".split())


def _denials(clause: str) -> list[list[str]]:
    """The (up to four) words each "không"/"chưa" of *clause* denies, light words left out."""
    words = re.findall(r"\w+", clause)
    out = []
    for i, w in enumerate(words):
        if w not in _NOT:
            continue
        j = i + 1
        while j < len(words) and words[j] in _MODALS:
            j += 1
        if j < len(words) and words[j] in _BOUNDS:
            continue  # "không quá 02 cá nhân", "không chỉ …", "không phân biệt …": a bound, not a denial
        span = []
        for w2 in words[j : j + 4]:
            if w2 in _NOT:
                break
            span.append(w2)
        out.append([w2 for w2 in span if w2 not in _LIGHT])
    return out


def denies(clause: str, question: str) -> bool:
    """The clause denies what the question asks: at least two of the words after a "không" stand in the
    question, where the question does not deny them itself ("Trường không gửi danh sách … có được công nhận
    …?" of "Trường không gửi danh sách … sẽ không được công nhận …": the second denial)."""
    q_words = set(re.findall(r"\w+", question))
    for denied in _denials(clause):
        shared = [w for w in denied if w in q_words]
        if len(shared) < 2:
            continue
        first = re.search(rf"\b{shared[0]}\b", question)
        if first and not _NEGATION.search(question[max(0, first.start() - 30) : first.start()]):
            return True
    return False


# "có đạt chỉ tiêu / kế hoạch không", and a result that says it did not ("chưa đạt kế hoạch", a cell "Chưa đạt") or
# gives the result over the plan ("65,7%/68%")
_MET_ASKED = re.compile(r"\b(?:dat|hoan thanh|vuot) (?:duoc )?(?:chi tieu|ke hoach|muc tieu)\b")
_UNMET = re.compile(r"\b(?:chua|khong) (?:dat|hoan thanh)\b")
_OVER_PLAN = re.compile(r"(\d+(?:,\d+)?)\s*%\s*/\s*(\d+(?:,\d+)?)\s*%")


def target_met(q: Query, readable: Sequence[str]) -> bool | None:
    """Whether the clauses (*readable*: a table row with its column headers) say the target a "có đạt chỉ tiêu …
    không" asks of was met; None when the question asks no such thing or they do not say. A "chưa đạt" counts for
    the title named last before it ("chỉ tiêu Gia đình học tập đạt 69,5%, chưa đạt kế hoạch")."""
    if not _MET_ASKED.search(q.bare):
        return None
    for said in readable:
        text = fold_ascii(said)
        for m in _OVER_PLAN.finditer(text):
            done, planned = (float(v.replace(",", ".")) for v in m.groups())
            return done >= planned
        for m in _UNMET.finditer(text):
            before = _last_title(text[: m.start()])
            if not q.titles or not before or before in q.titles:
                return False
    return None


def _last_title(folded: str) -> str:
    """The recognition title *folded* names last."""
    at = [(m.start(), t.name) for t in TITLES for m in t.regex.finditer(folded)]
    return max(at)[1] if at else ""
