"""The order of the ranked clauses where the ranker cannot see what decides it: a document's bases ("Căn cứ …")
after the clauses that act, and the clause naming the form or article the question names by number first."""

from __future__ import annotations

import re

from . import relevance
from .understand import Query
from .units import Unit

# a clause naming the form the question names by number leads when it scores at least this share of the best one
NAMING_SHARE = 0.5
# a clause citing what a document is based on or asked for: "Căn cứ Công văn số …", "Theo đề nghị của …"
_BASIS = re.compile(r"^\s*(?:Căn cứ|Theo đề nghị|Xét đề nghị)\b")


def bases_last(q: Query, ranked: list[Unit]) -> list[Unit]:
    """The clauses naming a document's bases after the others, unless the question asks about documents: "Lễ khai
    mạc Tuần lễ … diễn ra vào thời gian nào" is not answered by "Căn cứ Công văn … về việc tổ chức Tuần lễ …"."""
    if "legal" in q.topics or q.doc_attribute or q.doc_refs or not {"when", "date"} & set(q.asks):
        return ranked  # a basis's date is a document's, never the day of what a question asks the time of
    return [u for u in ranked if not _BASIS.match(u.text)] + [u for u in ranked if _BASIS.match(u.text)]


def naming_first(q: Query, ranked: list[Unit]) -> list[Unit]:
    """Clauses naming the form or article the question names by number ("Biểu 05", "Điều 7") first: the number
    is what tells "Biểu 05" from "Biểu 03", and it is no content word, so the ranker barely sees it."""
    wanted = relevance.labels(q.bare)
    if q.has("yesno"):  # "tự chấm 82 điểm nhưng Tiêu chí 4 chỉ được 6 điểm thì có được …": a premise, not the subject
        wanted = {(kind, n) for kind, n in wanted if kind != "tieu chi"}
    if not wanted or not ranked:
        return ranked
    naming = [u for u in ranked if wanted <= relevance.unit_labels(u)]
    # "Tiêu chí 2. Kết quả học tập … (tối đa 35 điểm)": the clause the label heads is what it names
    # (a value asked of it: "Tiêu chí 2 tối đa bao nhiêu điểm", not "Phụ lục 1 gồm những gì")
    headed = [u for u in naming if relevance.heads_label(u, q)] if q.asks and not q.has("yesno") else []
    if headed:
        naming = headed + [u for u in naming if u not in headed]
    elif not naming or naming[0].score < NAMING_SHARE * ranked[0].score:
        return ranked
    return naming + [u for u in ranked if u not in naming]
