"""The bodies a document gives work to, asked as a list: "Thông báo … giao nhiệm vụ cho những cơ quan nào" is
its part headed body by body ("1. Phòng Giáo dục và Đào tạo", "2. Hội Khuyến học huyện", …); "Công văn … yêu
cầu những đơn vị nào báo cáo" of a letter with no such part is the bodies it is addressed to ("Kính gửi: …")."""

from __future__ import annotations

import re

from index.clauses import section_agency, strip_marker
from index.documents import DocumentMeta
from index.sections import PATH_SEP

from .answer import Answer, doc_name
from .compose import listing
from .evidence import UnitCatalog
from .issuers import issuing_agencies
from .understand import Query

# "những cơ quan, đơn vị nào", "các đơn vị nào": bodies asked as a list …
_BODIES_ASKED = re.compile(r"\b(?:nhung|cac) (?:co quan|don vi)(?:,? (?:co quan|don vi|to chuc))?\s+nao\b")
# … as those given tasks ("giao nhiệm vụ cho những cơ quan nào"), not those who must report something
_TASKED = re.compile(r"\b(?:giao|phan cong)\b(?! duc)|\b(?:nhiem vu|trach nhiem)\b")
# … or, in a letter, those it asks to act ("Công văn … yêu cầu những đơn vị nào báo cáo")
_ASKED_OF = re.compile(r"\b(?:yeu cau|de nghi)\b")
# a part lists bodies when this many of its sub-headings name one
MIN_BODIES = 2


def bodies_tasked(q: Query, doc: DocumentMeta, catalog: UnitCatalog, notes: list[str]) -> Answer | None:
    """The bodies *doc* gives work to, each with its first clause; None unless the question asks for them."""
    if not _BODIES_ASKED.search(q.bare) or q.has("yesno") or q.doc_attribute:
        return None
    tasked, asked_of = bool(_TASKED.search(q.bare)), bool(_ASKED_OF.search(q.bare) and doc.addressees)
    if not (tasked or asked_of):
        return None
    if set(q.agencies) - set(issuing_agencies(doc)):
        return None  # "giao cho Phòng GD&ĐT những việc gì": one body's duties
    paths = [tuple(s.split(PATH_SEP)) for s in dict.fromkeys(c.section for c in catalog.library.chunks_of(doc.doc_id))]
    by_parent: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for path in paths:
        for depth in range(1, len(path)):
            child = path[: depth + 1]
            if section_agency(child[-1]) and child not in by_parent.setdefault(path[:depth], []):
                by_parent[path[:depth]].append(child)
    children = max(by_parent.values(), key=len, default=[])
    if tasked and len(children) >= MIN_BODIES:
        items = [(f"{_heading(child)} — ", units[0]) for child in children
                 if (units := [u for p in paths if p[: len(child)] == child
                               for u in catalog.section_units(doc.doc_id, PATH_SEP.join(p))
                               if not u.members and not _heading(child).lower().startswith(_heading((u.text,)).lower())]
                     or catalog.section_units(doc.doc_id, PATH_SEP.join(child)))]
        return listing(q.text, f"{doc_name(doc)} giao nhiệm vụ cho các cơ quan, đơn vị sau:", items, notes)
    if asked_of and len(children) < MIN_BODIES:
        opening = next((u for p in paths for u in catalog.section_units(doc.doc_id, PATH_SEP.join(p))
                        if u.members and strip_marker(u.text).lower().startswith("kính gửi")), None)
        if opening is not None:
            return listing(q.text, f"{doc_name(doc)} gửi đến và yêu cầu các đơn vị sau thực hiện:",
                           [("", m) for m in opening.members], notes)
    return None


def _heading(path: tuple[str, ...]) -> str:
    return strip_marker(path[-1]).rstrip(" :…")
