"""Answers of a particular shape: a year's milestones, every legal basis, a list, "A hay B?" (a part's outline:
`outline.py`; a whole document's summary: `summaries.py`; every duty of an agency: `duties.py`).

Each takes the ranked evidence (or the facts) and returns an Answer, or None when
the evidence does not have that shape, so the general answer is given instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.documents import DocumentMeta
from index.sections import PREAMBLE
from index.textnorm import fold_ascii

from .answer import Answer, doc_name
from .claims import document_verdict
from .compose import abstain, listing
from .evidence import UnitCatalog
from .lists import list_children, list_levels
from .references import unmentioned_reference, unnumbered_reference
from .understand import Query, content_terms
from .units import Unit

MAX_LISTED = 12


_LEGAL_KIND_NAMES = {"nghi quyet": "nghị quyết", "chi thi": "chỉ thị", "thong tu": "thông tư", "nghi dinh": "nghị định",
                     "luat": "luật", "ket luan": "kết luận"}
_LEGAL_KIND = re.compile(rf"\b(?:{'|'.join(_LEGAL_KIND_NAMES)})\b")


def legal_bases(q: Query, doc: DocumentMeta, catalog: UnitCatalog, notes: Sequence[str]) -> Answer | None:
    """Every document a plan rests on ("căn cứ", "thực hiện", "tiếp theo", "theo đề nghị"), in its order;
    for "có căn cứ QĐ X không?", the verdict first."""
    quotes: list[tuple[str, str]] = []
    cited: list[tuple[str, str]] = []
    for basis in catalog.library.facts.legal_bases([doc.doc_id]):
        cited.append((basis.number.split("/")[0].strip().lstrip("0"), basis.date))
        if (basis.section, basis.quote) not in quotes:
            quotes.append((basis.section, basis.quote))
    if not quotes:
        return None
    kind = _LEGAL_KIND.search(q.bare)
    preamble = [c.text for c in catalog.library.chunks_of(doc.doc_id) if c.section.startswith(PREAMBLE)]
    if kind and not q.has("yesno") and not any(kind.group(0) in fold_ascii(t) for t in [*preamble, *(x for _, x in quotes)]):
        # "Nghị quyết … số mấy?" of a plan that cites no nghị quyết: say so, with what it does cite
        nearest = catalog.make_unit(doc, quotes[0][0], quotes[0][1])
        return abstain(q.text, "", catalog.library.documents, nearest,
                       lead=f"{doc_name(doc)} không căn cứ {_LEGAL_KIND_NAMES[kind.group(0)]} nào; "
                            "các tài liệu hiện có không nêu văn bản này.")
    text = " ".join(c.text for c in catalog.library.chunks_of(doc.doc_id))
    unnumbered = unnumbered_reference(q, text)
    if unnumbered:  # "hướng dẫn của Sở … có số hiệu là gì?" of a plan citing "hướng dẫn của Sở …" with no number
        nearest = catalog.make_unit(doc, quotes[0][0], quotes[0][1])
        return abstain(q.text, "", catalog.library.documents, nearest,
                       lead=f"{doc_name(doc)} chỉ nhắc đến {unnumbered} mà không nêu số hiệu văn bản đó; "
                            "các tài liệu hiện có không cho biết số này.")
    unmentioned = unmentioned_reference(q, text, doc.issuer)
    if unmentioned:  # "căn cứ kế hoạch số mấy của UBND tỉnh" of a guidance citing only the Prime Minister's decisions
        nearest = catalog.make_unit(doc, quotes[0][0], quotes[0][1])
        return abstain(q.text, "", catalog.library.documents, nearest,
                       lead=f"{doc_name(doc)} không nhắc đến {unmentioned}; "
                            "các tài liệu hiện có không cho biết số hiệu văn bản này.")
    items = [("", catalog.make_unit(doc, section, quote)) for section, quote in quotes[:MAX_LISTED]]
    verdict = document_verdict(q, doc, cited) if q.has("yesno") else ""
    return listing(q.text, f"{verdict} {doc_name(doc)} dựa trên các văn bản sau:".strip(), items, notes)


def milestones(q: Query, catalog: UnitCatalog, doc_ids: Sequence[str] | None, notes: Sequence[str]) -> Answer | None:
    """The milestones of the years asked, one list per document, with the yearly reporting deadlines."""
    facts = catalog.library.facts
    by_id = catalog.library.documents_by_id

    def covers(m) -> bool:
        if not q.years:  # "các mốc thời hạn trong công văn …": every one the document sets
            return True
        if m.kind == "giai đoạn":
            span = [int(y) for y in re.findall(r"\d{4}", m.when)]
            return bool(span) and any(span[0] <= y <= span[-1] for y in q.years)
        return m.year in q.years

    rows = [m for m in facts.milestones(doc_ids) if covers(m) or (m.kind == "báo cáo" and m.year is None)]
    if not any(covers(m) for m in rows):
        return None
    rows.sort(key=lambda m: (m.doc_id, m.sort_key))
    items: list[tuple[str, Unit]] = []
    seen: set[tuple[str, str]] = set()
    for m in rows:
        if (m.doc_id, m.quote) in seen or (m.doc_id, m.kind + m.when) in seen:
            continue  # one line per document for each milestone
        seen.update({(m.doc_id, m.quote), (m.doc_id, m.kind + m.when)})
        doc = by_id[m.doc_id]
        items.append((f"{doc.locality or doc.issuer} ({doc.kind} {doc.number_display}) — {m.kind} {m.when}: ",
                      catalog.make_unit(doc, m.section, m.quote)))
    years = ", ".join(str(y) for y in q.years)
    title = f"Các mốc thời gian năm {years} theo từng tài liệu:" if years else "Các mốc thời gian theo từng tài liệu:"
    return listing(q.text, title, items[: 2 * MAX_LISTED], notes)


def choice_verdict(q: Query, lead: Unit) -> str:
    """For "A hay B?": which alternative the lead clause states."""
    text = fold_ascii(lead.text)
    found = []
    for alt in q.choices:
        terms = content_terms(alt)[-4:]
        if terms and all(t in text.split() or t in text for t in terms):
            found.append(alt)
    if len(found) == 1:
        return f"Là “{found[0]}”."
    return ""


def list_members(lead: Unit, section: Sequence[Unit], wanted: bool) -> tuple[Unit, list[Unit]]:
    """The list *lead* opens or belongs to: (the line that opens it, its items).

    A block candidate carries its items; a bullet belongs to the list of the intro or
    shallower line above it, taken when a list is *wanted*.
    """
    if lead.members:
        return lead, list(lead.members)
    # "Tổng kinh phí … là 148.600.000 đồng, gồm các nguồn:" opens its block; so does "Quý III (tháng 7 - tháng 9):
    # 05 lớp" over its months when the question asks which ones
    if lead.text.rstrip().endswith(":") or wanted:
        block = next((u for u in section if u.members and u.text == lead.text and not u.outline), None)
        if block is not None:
            return block, list(block.members)
    plain = [u for u in section if not u.members]
    texts = [u.text for u in plain]
    if not wanted or lead.marker not in ("-", "+", "•") or lead.text not in texts:
        return lead, []
    levels = list_levels(plain)
    children = list_children(plain, levels)
    i = texts.index(lead.text)
    for k in range(i - 1, -1, -1):
        if lead in children[k] or any(c.text == lead.text for c in children[k]):
            return plain[k], children[k]
    return lead, []
