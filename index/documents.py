"""Split cleaned text into documents and read each one's administrative header.

Vietnamese administrative documents open with a fixed header: the issuing body
(often under its parent), the national motto, "Số: 151/KH-UBND", the place and
date, the kind ("KẾ HOẠCH") and the title. These patterns are general; nothing
here knows about particular files.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from .clean import is_upper_line
from .doc_places import locate
from .doc_titles import ATTACHED, KIND_WORDS, is_kind_line, read_kind_and_title, sentence_case
from .issuer import (
    LEVELS,
    MOTTO,
    SYMBOL_ORGS,
    geographic_level,
    issuer_in_sentences,
    parse_issuer,
)
from .signature import SIGNATURE_START, find_signer, signature_blocks, signing_chain
from .textnorm import fold_ascii

_NUMBER_LINE = re.compile(
    # "Số: 12/2024/QĐ-UBND": a normative act's number carries its year
    r"^Số\s*:?\s*(?P<num>\d*(?:\s*/\s*(?:19|20)\d\d(?=\s*/))?)\s*/\s*(?P<symbol>[A-ZĐ][A-Za-zĐđ&]*(?:\s*-\s*[A-ZĐ][A-Za-zĐđ&]*)*)"
)
_DATE = re.compile(
    r"(?:(?P<place>[A-ZĐ][\w\s]*?)\s*,\s*)?ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})"
)
_SYMBOL_KINDS = {
    "KH": "Kế hoạch",
    "CV": "Công văn",
    "QĐ": "Quyết định",
    "TB": "Thông báo",
    "BC": "Báo cáo",
    "TTR": "Tờ trình",
    "CT": "Chỉ thị",
    "HD": "Hướng dẫn",
    "NQ": "Nghị quyết",
    "BB": "Biên bản",
    "CTR": "Chương trình",
    "GM": "Giấy mời",
}
_TITLE_LOCALITY = re.compile(
    r"trên địa bàn\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+([A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})"
)

NO_NUMBER = "chưa có số"
_ADDRESSEES = re.compile(r"^-?\s*Kính gửi\s*:?\s*(.*)$")
# items run together on one line ("- Phòng GD&ĐT các huyện; - Các Trung tâm GDNN - GDTX")
_ITEM_BREAK = re.compile(r";\s*[-+•]\s+")


def _listed(lines: list[str]) -> list[str]:
    """The items of an addressee or recipient list, one each, without their bullets and end punctuation."""
    items = [item for line in lines for item in _ITEM_BREAK.split(line)]
    return [re.sub(r"^[-+•]\s*", "", item).rstrip(" ;.,") for item in items if item.strip(" -;")]


@dataclass
class DocumentMeta:
    doc_id: str
    source: str
    kind: str
    number: str | None
    symbol: str
    issuer: str
    locality: str
    level: str
    date: str
    year: int | None
    title: str
    signer: str = ""
    signer_title: str = ""
    parent_locality: str = ""
    place: str = ""
    date_line: str = ""
    district: str = ""  # the legacy district of a commune
    province: str = ""  # the legacy province of the locality (itself, for a province)
    province_now: str = ""  # the province it belongs to since the 2025 reorganisation, when renamed
    locality_now: str = ""  # a commune's name since the 2025 reorganisation, when renamed
    issuer_block: str = ""  # the header lines naming the issuer, as they stand (what an issuer citation quotes)
    signing: str = ""  # on whose behalf it is signed: "TM. Ủy ban nhân dân, KT. Chủ tịch"
    # who else signs a joint document, each as it is said: "Bí thư Hồ Sỹ Tuấn (TM. Ban thường vụ huyện đoàn)"
    cosigners: list[str] = field(default_factory=list)
    attached_to: str = ""  # the decision that issues this plan: "1234/QĐ-UBND"
    addressees: list[str] = field(default_factory=list)  # "Kính gửi"
    recipients: list[str] = field(default_factory=list)  # "Nơi nhận"

    @property
    def number_display(self) -> str:
        if not self.number and self.attached_to:
            return f"kèm theo Quyết định {self.attached_to}"
        return self.number or NO_NUMBER

    @property
    def label(self) -> str:
        """Short human label used in citations: kind, number, issuer, date."""
        number = self.number or f"{NO_NUMBER} ({self.symbol})" if self.symbol else self.number_display
        parts = [f"{self.kind} {number}", self.issuer]
        if self.date:
            parts.append(self.date)
        return ", ".join(p for p in parts if p)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["number_display"] = self.number_display
        data["label"] = self.label
        return data

    @classmethod
    def from_dict(cls, data: dict) -> DocumentMeta:
        names = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Document:
    meta: DocumentMeta
    header: list[str]
    body: list[str]
    closing: list[str] = field(default_factory=list)  # recipients ("Nơi nhận")


def split_documents(paragraphs: list[str]) -> list[tuple[int, int]]:
    """Return (start, end) paragraph ranges, one per document found: a header with its "Số:" line,
    or a second header after a signature with no number (a plan issued with a decision)."""
    anchors = [i for i, p in enumerate(paragraphs) if _NUMBER_LINE.match(p) and len(p) < 140]
    signed = [i for i, p in enumerate(paragraphs) if SIGNATURE_START.match(p)]
    for i, p in enumerate(paragraphs):
        if is_kind_line(p) and i > 0:
            opens_header = any(MOTTO.search(q) for q in paragraphs[max(0, i - 4) : i])
            after_signature = any(s < i and not any(s < a < i for a in anchors) for s in signed)
            # a plan or rules issued with a decision may open with no header, only its kind and title
            # and "(Ban hành kèm theo Quyết định số …)"
            attached = any(ATTACHED.search(q) for q in paragraphs[i + 1 : i + 5])
            if (opens_header or attached) and after_signature and not any(i - 6 <= a <= i for a in anchors):
                anchors.append(i)
    anchors.sort()
    if not anchors:
        return [(0, len(paragraphs))] if paragraphs else []
    starts: list[int] = []
    for idx in anchors:
        start = idx
        while start > 0 and (is_upper_line(paragraphs[start - 1]) or MOTTO.search(paragraphs[start - 1])):
            if starts and start - 1 < starts[-1]:
                break
            start -= 1
        if not starts:
            start = 0  # whatever precedes the first header belongs to it
        starts.append(start)
    bounds = [(s, starts[i + 1] if i + 1 < len(starts) else len(paragraphs)) for i, s in enumerate(starts)]
    return [(s, e) for s, e in bounds if e > s]


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_ascii(text)).strip("-")


def parse_document(paragraphs: list[str], source: str) -> Document:
    """Read the header of one document and separate header, body and closing."""
    number = None
    symbol = ""
    date = ""
    year: int | None = None
    place = ""
    date_line = ""
    header_end = 0
    number_idx = next((i for i, p in enumerate(paragraphs) if _NUMBER_LINE.match(p)), None)
    if number_idx is not None:
        m = _NUMBER_LINE.match(paragraphs[number_idx])
        symbol = re.sub(r"\s+", "", m.group("symbol"))
        num = re.sub(r"\s+", "", m.group("num"))
        number = f"{num}/{symbol}" if num else None
        header_end = number_idx + 1
    # date line: the first "..., ngày .. tháng .. năm ...." near the top
    for i, p in enumerate(paragraphs[: (number_idx or 0) + 6]):
        dm = _DATE.search(p) if not ATTACHED.match(p) else None
        if dm and (i <= (number_idx or 0) + 5):
            d, mth, y = dm.group("d"), dm.group("m"), dm.group("y")
            year = int(y)
            if d and mth:
                date = f"{int(d):02d}/{int(mth):02d}/{y}"
            elif mth:
                date = f"{int(mth):02d}/{y}"
            else:
                date = y
            place = (dm.group("place") or "").strip()
            date_line = p
            place = re.sub(r"^(?:[A-ZĐ]{2,}\s+)+", "", place)
            header_end = max(header_end, i + 1)
            break
    kind, title, header_end = read_kind_and_title(paragraphs, header_end)
    header = paragraphs[:header_end]
    # move motto/date lines that sit after V/v into the header too
    while header_end < len(paragraphs) and (
        MOTTO.search(paragraphs[header_end]) or _DATE.match(paragraphs[header_end].split(",")[-1].strip())
        and len(paragraphs[header_end]) < 80
    ):
        header_end += 1
        header = paragraphs[:header_end]

    if not kind:
        head = symbol.split("-")[0].upper() if symbol else ""
        # no kind word: the symbol names it (KH-, QĐ-), else a "V/v" subject marks a công văn
        has_vv = any(re.search(r"(?:^|\s)V/v\b", p) for p in header)
        kind = _SYMBOL_KINDS.get(head) or ("Công văn" if has_vv else "Văn bản")

    kind_idx = next((i for i, p in enumerate(paragraphs[:8]) if p.strip().upper() in KIND_WORDS), 0)
    issuer_end = number_idx if number_idx is not None else kind_idx
    # a joint document's symbol says so: "05/KHLT-HKH-HĐ", "07/QĐLT-HKH-TĐTN"
    joint = bool(re.match(r"[A-ZĐ]+LT\b", symbol or ""))
    issuer, locality, level = parse_issuer(paragraphs[:issuer_end], joint=joint)
    attached_to = ""
    for p in paragraphs[kind_idx : kind_idx + 6] if number is None else []:
        am = ATTACHED.search(p)
        if am:
            attached_to = am.group("num")
            if am.group("y") and not date.count("/") == 2:
                date = f"{int(am.group('d')):02d}/{int(am.group('m')):02d}/{am.group('y')}"
                year = int(am.group("y"))
                date_line = date_line or p  # its date is the decision's: this line says so
            header_end = max(header_end, paragraphs.index(p) + 1)
            break
    if not issuer or not locality:
        org_code = symbol.split("-")[-1].upper() if symbol else ""
        org = issuer or SYMBOL_ORGS.get(org_code, "")
        tm = _TITLE_LOCALITY.search(title)
        if tm and org:
            level_word, name = tm.group(1), tm.group(2)
            issuer = f"{org} {level_word} {name}"
            locality, level = name, LEVELS.get(level_word, "")
        elif org and place:
            issuer, locality = f"{org} {place}", place
    if not issuer and not attached_to:  # a note with no header: the body names who speaks ("UBND xã Hòa Thắng giao …")
        issuer, locality, level = issuer_in_sentences(paragraphs[header_end : header_end + 3])
    if is_upper_line(title):
        title = sentence_case(title, [locality])
    else:  # "KẾT LUẬN CỦA PHÓ CHỦ TỊCH … tại Hội nghị …": the capitals of a kind line run into the next line
        caps = re.match(r"(?:[A-ZĐÀ-Ỹ0-9&/-]{2,}\s+)+(?=[a-zđà-ỹ])", title)
        if caps and len(caps.group(0).split()) >= 2:
            title = sentence_case(caps.group(0), [locality]) + title[caps.end() :]

    # body ends where the signature block / recipients start
    body_end = len(paragraphs)
    for i in range(header_end, len(paragraphs)):
        if SIGNATURE_START.match(paragraphs[i]):
            body_end = i
            break
    body = paragraphs[header_end:body_end]
    tail = paragraphs[body_end:]
    closing: list[str] = []
    # "Nơi nhận" opens the tail, or follows the signatures (a joint plan's two blocks stand above it)
    receiving = next((i for i, line in enumerate(tail) if line.lower().startswith("nơi nhận")), None)
    if receiving is not None:
        for line in tail[receiving + 1 :]:
            if not line.startswith(("-", "+", "•")):
                break
            closing.append(line)
    addressees: list[str] = []
    for i, p in enumerate(paragraphs[: header_end + 8]):
        am = _ADDRESSEES.match(p)
        if am:
            addressees = [am.group(1)] if am.group(1) else []
            for line in paragraphs[i + 1 : i + 12]:
                if not line.startswith(("-", "+", "•")):
                    break
                addressees.append(line)
            addressees = _listed(addressees)
            break
    recipients = _listed(closing)
    block = tail or paragraphs[-6:]
    signer, signer_title = find_signer(block)
    # the chain above the name: a form attached after it has its own blank "TM. …" to sign
    named_at = next((i for i, line in enumerate(block) if line.strip(" *") == signer), len(block) - 1)
    own_start, cosigners = signature_blocks(block, signer) if signer else (0, [])
    signing, role = signing_chain(block[own_start : named_at + 1]) if signer else ("", "")
    if role and (not signer_title or signer_title.startswith(("KT.", "TM.", "TL."))):
        signer_title = role

    geo_level = geographic_level(issuer, level)
    after_2025 = bool(year and (year > 2025 or (year == 2025 and date.count("/") >= 1 and int(date.split("/")[-2]) >= 7)))
    parent, where = locate(locality, geo_level, paragraphs[:issuer_end], body, paragraphs[body_end:], place, title,
                           after_2025, source)

    number_part = number.split("/")[0] if number else ""
    id_parts = [locality or issuer, number_part, symbol or kind]
    if not number:
        id_parts.append(date.split("/")[-2] + "-" + date.split("/")[-1] if date.count("/") >= 1 else date)
    # with no issuer and no number the kind alone ("van-ban") would name nothing: use the file
    named = bool(locality or issuer or number)
    doc_id = (slugify(" ".join(p for p in id_parts if p)) if named else "") or slugify(source)
    meta = DocumentMeta(
        doc_id=doc_id,
        source=source,
        kind=kind,
        number=number,
        symbol=symbol,
        issuer=issuer,
        locality=locality,
        level=level,
        date=date,
        year=year,
        title=title,
        signer=signer,
        signer_title=signer_title,
        cosigners=cosigners,
        parent_locality=parent,
        place=place,
        date_line=date_line,
        district=where.district,
        province=where.province,
        province_now=where.province_now,
        locality_now=where.locality_now,
        issuer_block=" ".join(paragraphs[:number_idx])[:300] if number_idx else "",
        signing=signing,
        attached_to=attached_to,
        addressees=addressees,
        recipients=recipients,
    )
    return Document(meta=meta, header=header, body=body, closing=closing)


def parse_file(paragraphs: list[str], source: str) -> list[Document]:
    docs = [parse_document(paragraphs[s:e], source) for s, e in split_documents(paragraphs)]
    for doc in docs:  # a plan issued with a decision lies where the decision does
        parent = next((d.meta for d in docs if doc.meta.attached_to and d.meta.number == doc.meta.attached_to), None)
        if parent is not None and not doc.meta.issuer:  # no header of its own: the decision's issuer issues it
            for name in ("issuer", "locality", "level"):
                if not getattr(doc.meta, name):
                    setattr(doc.meta, name, getattr(parent, name))
            doc.meta.doc_id = slugify(f"{parent.doc_id} {doc.meta.kind}")
        if parent is not None and not doc.meta.signer:  # rules issued by a decision are signed with it
            for name in ("signer", "signer_title", "signing", "signing_role"):
                if hasattr(doc.meta, name) and not getattr(doc.meta, name):
                    setattr(doc.meta, name, getattr(parent, name))
        if parent is not None and parent.locality == doc.meta.locality:
            for name in ("parent_locality", "district", "province", "province_now", "locality_now"):
                if not getattr(doc.meta, name):
                    setattr(doc.meta, name, getattr(parent, name))
    seen: dict[str, int] = {}
    for doc in docs:
        base = doc.meta.doc_id
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            doc.meta.doc_id = f"{base}-{seen[base]}"
    return docs
