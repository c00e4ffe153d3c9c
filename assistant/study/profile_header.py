"""The header slot: number, issuer, date, title, signer and draft status, quoted from the header lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.documents import DocumentMeta
from index.textnorm import fold

from .profile_model import Cited
from .profile_text import Unit, cite

HEADER_SECTION = "Phần đầu văn bản"

_FULL_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")


def is_draft(doc: DocumentMeta) -> bool:
    """A draft has no number (and is not issued by an attached decision) or a blank day in its date."""
    return (not doc.number and not doc.attached_to) or not _FULL_DATE.match(doc.date or "")


def read_header(doc: DocumentMeta, units: Sequence[Unit], draft: bool) -> list[Cited]:
    out: list[Cited] = []

    def add(text: str, quote: str) -> None:
        out.append(cite(doc, HEADER_SECTION, text, quote))

    number_quote = doc.number or doc.date_line
    if doc.number:
        add(f"{doc.kind} số {doc.number}", doc.number)
    elif doc.attached_to and doc.date_line:
        add(f"{doc.kind} {doc.number_display}", doc.date_line)
    elif number_quote:
        add(f"{doc.kind} chưa có số", number_quote)
    issuer_quote = doc.issuer_block
    if (not issuer_quote and doc.attached_to and doc.date_line and doc.locality
            and fold(doc.locality) in fold(doc.date_line)):
        issuer_quote = doc.date_line
    if not issuer_quote and doc.locality:
        for u in units:
            if u.chunk.ordinal > 2:
                break
            m = re.search(rf"[^,;.]*{re.escape(doc.locality)}[^,;.]*ban hành[^,;.]*", u.text)
            if m:
                issuer_quote = m.group(0).strip()
                break
    if doc.issuer and issuer_quote:
        add(f"Cơ quan ban hành: {doc.issuer}", issuer_quote)
    if doc.date and doc.date_line:
        day = doc.date if _FULL_DATE.match(doc.date) else f"{doc.date} (chưa ghi đủ ngày)"
        add(f"Ngày ban hành: {day}", doc.date_line)
    if doc.title:
        add(f"Trích yếu: {doc.title}", doc.title)
    if doc.signer:
        title = f", {doc.signer_title}" if doc.signer_title else ""
        add(f"Người ký: {doc.signer}{title}", doc.signer)
    if draft and number_quote:
        add("Tình trạng: Dự thảo (chưa có số hoặc chưa ghi ngày ban hành)", number_quote)
    return out
