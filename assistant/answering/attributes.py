"""A document's own attributes: number, date of issue, signer, title, issuer, recipients.

Answered from the header and the closing of each document in scope, every attribute
the question asks ("ban hành ngày nào và trích yếu về việc gì?"); what a draft
leaves blank is said to be blank, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.clauses import strip_marker
from index.documents import DocumentMeta
from index.sections import RECIPIENTS
from index.textnorm import fold_ascii

from .answer import Answer, doc_name, doc_within
from .claims import document_verdict
from .compose import abstain, listing
from .evidence import HEADER_SECTION, UnitCatalog
from .references import KINDS, SHORT_KINDS
from .understand import ORDER_ASKED, Query, content_terms
from .units import Unit

MAX_LISTED = 12
_SUPERLATIVE = re.compile(r"\b(som nhat|muon nhat|moi nhat|cu nhat|gan day nhat|dau tien|sau cung)\b")
Items = list[tuple[str, Unit]]


def _header(catalog: UnitCatalog, doc: DocumentMeta, attribute: str) -> Unit | None:
    return next((u for u in catalog.header_units(doc) if u.header == attribute), None)


# a post the question says signed ("Chủ tịch UBND huyện …, người ký …", "Trưởng phòng …, người ký công văn")
_SIGNING_POST = re.compile(r"\b(pho )?(chu tich|truong phong|giam doc|truong ban|hieu truong)\b")
_POST_NAMES = {"chu tich": "Chủ tịch", "truong phong": "Trưởng phòng", "giam doc": "Giám đốc", "truong ban": "Trưởng ban",
               "hieu truong": "Hiệu trưởng"}


def _other_post(q: Query, doc: DocumentMeta) -> str:
    """The post the question names as the signer when the document's signer holds another (a deputy signing in
    the head's stead, or the head where a deputy is asked); '' when they agree or the question names none."""
    m = _SIGNING_POST.search(q.bare)
    if not m or q.has("yesno") or not doc.signer_title:
        return ""
    held = fold_ascii(doc.signer_title)
    deputy_asked, deputy_held = bool(m.group(1)), held.startswith("pho ")
    if m.group(2) not in held or deputy_asked == deputy_held:
        return ""
    return ("Phó " + _POST_NAMES[m.group(2)].lower()) if deputy_asked else _POST_NAMES[m.group(2)]


def document_attribute(q: Query, docs: Sequence[DocumentMeta], catalog: UnitCatalog,
                       everything: Sequence[DocumentMeta]) -> Answer | None:
    """Each attribute the question asks, for the documents in scope (one line per document and attribute)."""
    docs = _named_by_title(q, docs)
    asked = _kind_asked(q)
    if asked and docs and not any(_of_kind(d, asked) for d in docs):
        # "kế hoạch năm 2025 của UBND huyện … số mấy" where the library holds only the district's report
        held = "; ".join(f"{doc_name(d)} là {d.kind.lower()}" for d in docs)
        return abstain(q.text, "", everything, lead=f"Thư viện chưa có {_KIND_NAMES[asked]} này ({held}).")
    attributes = q.doc_attributes or ([q.doc_attribute] if q.doc_attribute else [])
    items: Items = []
    missing: list[str] = []
    for attribute in attributes:
        if attribute != "recipients":
            found, lacking = _attribute_items(q, attribute, docs, catalog)
            items += found
            missing += lacking
    sent = _recipients(q, docs, catalog) if "recipients" in attributes else None
    if not items:
        if sent is not None:
            return sent
        if missing:
            return abstain(q.text, "", everything, lead="; ".join(missing) + ".")
        return None
    if attributes[0] == "issued" and (superlative(q) or ORDER_ASKED.search(q.bare)) and len(items) > 1:
        items.sort(key=lambda item: _date_key(item[1].doc))
        late = bool(re.search(r"\b(muon nhat|moi nhat|gan day nhat|sau cung|(?:ban hanh|ky|ra doi|ra) (?:sau|muon hon))\b", q.bare))
        if late:
            items.reverse()
        first = items[0][1].doc
        if superlative(q):
            return listing(q.text, f"{doc_name(first)} ({first.date}) là văn bản đầu tiên theo thứ tự này:", items)
        return listing(q.text, f"{doc_name(first)} ({first.date}) ban hành {'sau' if late else 'trước'}:", items)
    title = "Thông tin văn bản:" if len(items) > 1 else ""
    if q.has("yesno") and len(docs) == 1:
        title = f"{document_verdict(q, docs[0], [])} {title}".strip()
    answer = listing(q.text, title, items)
    answer.answer = answer.answer.lstrip("\n")
    if missing:
        answer.answer += "\n" + "; ".join(missing) + "."
    if sent is not None:  # the recipients follow, their citations numbered on
        offset = len(answer.citations)
        for c in sent.citations:
            c.n += offset
        answer.citations += sent.citations
        answer.answer += "\n" + re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", sent.answer)
    return answer


_KIND_NAMES = {**KINDS, "bao cao": "báo cáo"}
# the document a question is about, named by its kind first and not by its number ("kế hoạch năm 2025 của …")
_LEADING_KIND = re.compile(rf"^(?:theo )?({'|'.join([*_KIND_NAMES, *SHORT_KINDS])})\b(?!\s*(?:so\s*)?\d)")


def _kind_asked(q: Query) -> str:
    m = _LEADING_KIND.match(q.bare.strip())
    return SHORT_KINDS.get(m.group(1), m.group(1)) if m else ""


def _of_kind(doc: DocumentMeta, kind: str) -> bool:
    """The document is of that kind, or issues one ("Quyết định ban hành Kế hoạch …")."""
    return kind in fold_ascii(doc.kind or "") or kind in fold_ascii(doc.title or "")


def _attribute_items(q: Query, attribute: str, docs: Sequence[DocumentMeta],
                     catalog: UnitCatalog) -> tuple[Items, list[str]]:
    """(cited lines, what the drafts leave blank) for one attribute of each document."""
    items: Items = []
    missing: list[str] = []
    for doc in docs:
        name = doc_name(doc)
        if attribute == "number":
            unit = _header(catalog, doc, "number")
            if unit:
                items.append((f"{name}: số ", unit))
            else:
                missing.append(f"{name} chưa ghi số (bản dự thảo)")
        elif attribute == "issued":
            unit = _header(catalog, doc, "issued")
            full_date = doc.date.count("/") == 2
            day_asked = "date" in q.asks or bool(re.search(r"\bngay (?:ky|ban hanh)\b|\b(?:ky|ban hanh) ngay\b", q.bare))
            if unit and (full_date or not day_asked):
                when = (f"ngày {doc.date}" if full_date else f"tháng {doc.date} (chưa ghi ngày)" if "/" in doc.date
                        else f"năm {doc.date} (chưa ghi ngày, tháng)")
                items.append((f"{name} đề {when}: ", unit))
            else:
                what = f"chỉ ghi {'tháng ' + doc.date if '/' in doc.date else 'năm ' + doc.date}" if doc.date else "chưa ghi ngày"
                missing.append(f"{name} chưa ghi ngày ban hành cụ thể ({what}, bản dự thảo)")
        elif attribute == "signer":
            unit = _header(catalog, doc, "signer")
            if unit:
                role = f"{doc.signer_title} " if doc.signer_title and not doc.signer_title.startswith("TM.") else ""
                behalf = f" ({doc.signing})" if doc.signing else ""
                post = _other_post(q, doc)
                if post:  # "Chủ tịch UBND huyện, người ký …, tên là gì": signed by the Phó Chủ tịch in the Chủ tịch's stead
                    missing.append(f"{name} do {role}{doc.signer} ký{behalf}, không phải {post} ký; "
                                   f"văn bản không nêu tên {post}")
                    continue
                # a joint plan: each body's head signs its own block, the last one beside the others
                also = "".join(f" và {other}" for other in doc.cosigners)
                items.append((f"{name} do {role}{doc.signer} ký{behalf}{also}: ", unit))
            else:
                missing.append(f"{name} chưa có chữ ký, tên người ký (bản dự thảo)")
        elif attribute == "effective":
            # "có hiệu lực (thi hành) kể từ ngày ký": the clause that says when the document takes effect
            unit = next((u for u in catalog.document_units(doc.doc_id)
                         if not u.members and re.search(r"\bcó hiệu lực\b", u.text)), None)
            if unit:
                items.append((f"{name} có hiệu lực: ", unit))
            else:
                missing.append(f"{name} không ghi thời điểm có hiệu lực")
        elif attribute == "title":
            unit = _header(catalog, doc, "title")
            if unit:
                items.append((f"{name} có tiêu đề: ", unit))
        elif attribute == "attachments":
            forms = _attachments(catalog, doc)
            items += [(f"{name} — {form}: ", unit) for form, unit in forms[:MAX_LISTED]]
            if not forms:
                missing.append(f"{name} không nêu mẫu biểu, phụ lục kèm theo")
        elif attribute == "issuer" and doc.issuer:
            unit = catalog.make_unit(doc, HEADER_SECTION, doc.issuer_block or doc.title, header="issuer")
            within = doc_within(doc)
            where = f" ({within})" if within else ""
            items.append((f"{doc.kind} {doc.number_display} do {doc.issuer}{where} ban hành: ", unit))
    return items, missing


# a form or annex a document names: "Mẫu 01", "Biểu số 03", "Phụ lục II", "mẫu số 02/ĐG"
_FORM = re.compile(r"\b(Mẫu|Biểu|Phụ lục)\s+(?:số\s+)?(\d{1,2}[a-zA-Z]?(?:[/-][A-ZĐ0-9]+)?|[IVX]{1,4})(?![\w/])", re.I)


def _attachments(catalog: UnitCatalog, doc: DocumentMeta) -> list[tuple[str, Unit]]:
    """Each form and annex the document names, in the order named, with the first clause naming it."""
    found: dict[str, tuple[str, Unit]] = {}
    defined: set[str] = set()
    for unit in catalog.document_units(doc.doc_id):
        if unit.members:
            continue
        opening = strip_marker(unit.text).lstrip()
        for m in _FORM.finditer(unit.text):
            kind, ident = m.group(1), m.group(2)
            key = f"{fold_ascii(kind).lower()} {ident.upper().lstrip('0') or '0'}"
            # "- Mẫu số 03: Biên bản họp xét …" says what the form is; a step naming it ("… theo Mẫu số 02") does not
            defines = opening.startswith(m.group(0).strip()) and bool(re.match(r"\s*[:.–-]", opening[len(m.group(0).strip()):]))
            if key not in found or (defines and key not in defined):
                found[key] = (f"{kind.capitalize()} {ident}", unit)
            if defines:
                defined.add(key)

    def order(key: str) -> tuple[str, int, str]:  # "mẫu 2" before "mẫu 10", each kind in turn
        kind, ident = key.rsplit(" ", 1)
        digits = re.match(r"\d+", ident)
        return kind, int(digits.group(0)) if digits else 0, ident
    return [found[k] for k in sorted(found, key=order)]


def _recipients(q: Query, docs: Sequence[DocumentMeta], catalog: UnitCatalog) -> Answer | None:
    """Whom the documents are addressed to ("Kính gửi") and sent to ("Nơi nhận"); the file copy ("Lưu")
    only when asked where it is filed."""
    items: Items = []
    filed = bool(re.search(r"\bluu\b", q.bare))
    for doc in docs:
        addressees = False
        for chunk in catalog.library.chunks_of(doc.doc_id):
            for unit in catalog.section_units(doc.doc_id, chunk.section):
                text = unit.text
                if unit.members or (re.match(r"^[-+•]?\s*Lưu\b", text) and not filed):
                    continue
                addressees = "kính gửi" in text.lower() or (addressees and text.startswith(("-", "+")))
                if (addressees or chunk.section == RECIPIENTS) and all(u is not unit for _, u in items):
                    items.append(("", unit))
    if not items:
        return None
    seen: set[str] = set()
    unique = [(label, u) for label, u in items if not (u.text in seen or seen.add(u.text))]
    title = f"{doc_name(unique[0][1].doc)} gửi tới:" if len(docs) == 1 else "Nơi nhận của các văn bản:"
    return listing(q.text, title, unique[:MAX_LISTED])


def _named_by_title(q: Query, docs: Sequence[DocumentMeta]) -> list[DocumentMeta]:
    """Of several documents in scope, the one whose title the question quotes ("… kh phong trào thi đua 2023-2030")."""
    # "công văn … về báo cáo năm 2025": the one whose title is about that year (its first year), not last year's
    about = [d for d in docs if len(set(q.years)) == 1 and _title_year(d) in q.years]
    docs = about if 0 < len(about) < len(docs) else list(docs)
    if len(docs) < 2:
        return docs
    overlap = sorted(((len(set(q.terms) & set(content_terms(d.title))), d) for d in docs), key=lambda x: -x[0])
    if overlap[0][0] >= 3 and overlap[0][0] >= overlap[1][0] + 2:
        return [overlap[0][1]]
    return docs


def _title_year(doc: DocumentMeta) -> int | None:
    years = re.findall(r"\b(20\d{2})\b", doc.title or "")
    return int(years[0]) if years else None


def superlative(q: Query) -> bool:
    """'sớm nhất', 'mới nhất': a question over every document of the library."""
    return bool(_SUPERLATIVE.search(q.bare))


def other_documents_asked(q: Query) -> bool:
    """"người đó còn ký văn bản nào khác?": every document with the same signer."""
    return bool(re.search(r"\b(?:nao khac|khac nua|con ky|nhung van ban nao|nhung vb nao)\b", q.bare))


def signed_by_the_same(doc: DocumentMeta, documents: Sequence[DocumentMeta]) -> list[DocumentMeta]:
    """The documents signed by *doc*'s signer (the name's last two words, robust to a dropped letter)."""
    key = " ".join(fold_ascii(doc.signer).split()[-2:])
    if not key:
        return [doc]
    return [d for d in documents if d.signer and " ".join(fold_ascii(d.signer).split()[-2:]) == key]


def _date_key(doc: DocumentMeta) -> str:
    """'2022-07-29' from '29/07/2022', '2023-12' from '12/2023': sortable, partial dates last in their year."""
    parts = doc.date.split("/")
    return "-".join(reversed(parts)) + ("-99" * (3 - len(parts)))
