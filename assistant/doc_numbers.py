"""Documents a question names by their number: "KH 45", "45/QĐ-UBND", "kế hoạch số 52/KH-UBND ngày 29/01/2024".

The symbol after the number tells a decision from a plan numbered alike; a day named with the number tells one
plan 52 from another, and a plan named with a day no document of that number has is not in the library.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from index.documents import DocumentMeta
from index.textnorm import fold_ascii

# words before a number that make it a document's ("KH 45", "công văn số 1285")
_DOC_KEYWORD = re.compile(r"(kh|ke hoach|cv|cong van|van ban|so|qd|quyet dinh|hd|huong dan|tb|thong bao)\W{0,3}$")
# … and those that make it a part of one ("Biểu số 02", "Phụ lục 1", "Điều 3")
_PART_NUMBER = re.compile(r"\b(?:bieu(?: mau)?|mau|phu luc|dieu|khoan|muc|bang|tieu chi|phan|chuong|lop|dot)\s*(?:so\s*)?\W{0,2}$")
_NUMBER = re.compile(r"(?<![\w/.,])(\d{1,5})(?![\w%]|[/.,]\d)|\b(?:kh|cv|qd|hd|tb)(\d{1,5})\b")

KIND_SYMBOLS = {"qd": "qd", "quyet dinh": "qd", "kh": "kh", "ke hoach": "kh", "cv": "cv", "cong van": "cv",
                "hd": "hd", "huong dan": "hd", "tb": "tb", "thong bao": "tb", "bc": "bc", "bao cao": "bc"}
_KIND_BEFORE = re.compile(rf"\b({'|'.join(KIND_SYMBOLS)})\s*(?:so\s*)?$")

# the kind of document a question reads from: "theo hướng dẫn của …", "trong kế hoạch …", "công văn của Sở …"
SOURCE_KIND = re.compile(r"\b(?:theo|trong)\s+(?:van ban\s+)?(huong dan|hd|cong van|cv|quyet dinh|qd|thong bao|tb|"
                         r"ke hoach|kh|bao cao|bc)\b|\b(huong dan|cong van|quyet dinh|thong bao)\s+(?:so\s+\S+\s+)?cua\b")

# the day a document named by its number was issued: "52/KH-UBND ngày 29/01/2024", "số 15 ngày 3 tháng 2 năm 2025"
_DATED = re.compile(r"\s*(?:/\s*[a-z&]+(?:\s*-\s*[a-z&]+)*)?\s*,?\s*ngay\s+(\d{1,2})\s*(?:[/.-]|\s+thang\s+)(\d{1,2})"
                    r"\s*(?:[/.-]|\s+nam\s+)(\d{4})\b")


@dataclass
class NumberedDocuments:
    """The numbers a question names that the library holds, the documents they name, and whether one was named
    with a day none of the library's documents of that number has."""

    keys: list[str] = field(default_factory=list)
    doc_ids: set[str] = field(default_factory=set)
    other_day: bool = False
    unheld: list[str] = field(default_factory=list)  # as named, folded: "52/kh-ubnd ngay 29/01/2024"


def numbered_documents(bare: str, numbers: Mapping[str, list[str]], by_id: Mapping[str, DocumentMeta]) -> NumberedDocuments:
    """The documents *bare* (a folded question) names by number; *numbers*: number key -> the library's documents."""
    out = NumberedDocuments()
    for m in _NUMBER.finditer(bare):
        key = (m.group(1) or m.group(2)).lstrip("0")
        if key not in numbers:
            continue
        before = bare[max(0, m.start() - 14) : m.start()]
        year_like = len(key) == 4 and 1900 <= int(key) <= 2100
        if _PART_NUMBER.search(before):
            continue  # "Biểu số 02", "Phụ lục 1", "Điều 3": a part of a document, not the document
        # "05/KHLT-HKH-HĐ": a number with its symbol names a document, however short
        with_symbol = bool(re.match(r"\s*/\s*[a-z]{2,}", bare[m.end():]))
        if not (m.group(2) or with_symbol or _DOC_KEYWORD.search(before) or (len(key) >= 3 and not year_like)):
            continue
        out.keys.append(key)
        found = numbers[key]
        # "45/QĐ-UBND": the symbol tells the decision from another document numbered 45
        symbol = re.match(r"\s*/\s*([a-z&]+)", bare[m.end():])
        kind = _KIND_BEFORE.search(bare[: m.start()])  # "QĐ 45", "kế hoạch số 45"
        wanted = symbol.group(1) if symbol else KIND_SYMBOLS.get(kind.group(1)) if kind else None
        if wanted:
            found = [d for d in found if symbol_kind(by_id[d]) == wanted] or found
        dated = _DATED.match(bare, m.end())
        if dated:  # "KH 52/KH-UBND ngày 29/01/2024": another plan 52 than the one of 08/04/2024
            found = [d for d in found if _same_day(by_id[d].date, dated)]
            if not found:
                out.other_day = True
                out.unheld.append(bare[m.start() : dated.end()].strip())
        out.doc_ids.update(found)
    return out


def _same_day(date: str, named: re.Match[str]) -> bool:
    """A document's date ("08/04/2024") is the day named, or is not known to the day."""
    parts = [int(x) for x in re.findall(r"\d+", date or "")]
    return len(parts) != 3 or parts == [int(x) for x in named.groups()]


def kind_of(doc: DocumentMeta) -> str:
    """'hd' for a guidance, by its number's symbol or, unnumbered, by its kind ("Hướng dẫn"); a letter's symbol
    ("3185/SGDĐT-GDTX") names its issuer, so a question naming "công văn" does not narrow to it (measured: narrowing
    by every kind cost comparisons)."""
    own = KIND_SYMBOLS.get(fold_ascii(doc.kind or ""), "")
    if doc.attached_to and not doc.number:  # the plan a decision issues is a plan, though it has the decision's number
        return own
    return symbol_kind(doc) or own


def symbol_kind(doc: DocumentMeta) -> str:
    """'qd' for 45/QĐ-UBND, 'kh' for a plan issued with decision 45 or numbered 45/KH-UBND."""
    number = doc.number or doc.attached_to
    symbol = number.split("/", 1)[1] if number and "/" in number else ""
    return fold_ascii(symbol.split("-")[0]) if symbol else ""


def number_key(number: str | None) -> str | None:
    """"45" for "45/KH-UBND" and "045/…": the number a question may name the document by."""
    if not number:
        return None
    head = number.split("/")[0].strip()
    return (head.lstrip("0") or None) if head.isdigit() else None
