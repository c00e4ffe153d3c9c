"""Single claims a yes/no question makes, each read off one place: the role an agency holds in a clause or in a
task table's role column, the day figures are counted to, a table cell that says "Chưa"/"Không", and the issuer,
signer, date and bases of a document's own header. Each gives True, False, or nothing to check."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.documents import DocumentMeta
from index.textnorm import fold_ascii
from index.vocabulary.terms import agencies_by_position, agencies_in

from .understand import CUTOFF_ASSERTED, Query
from .units import TABLE_CELL, Unit

YES, NO = "Có.", "Không."
_FULL_DATE = re.compile(r"(\d{1,2})\s*(?:/|tháng|thang)\s*(\d{1,2})\s*(?:/|năm|nam)\s*(\d{4})")
_ROLES = ("chu tri", "phoi hop", "tham muu", "huong dan", "bao cao", "de xuat")


def full_dates(text: str) -> set[tuple[int, int, int]]:
    """The (day, month, year) of each date *text* writes in full ("15/12/2025", "15 tháng 12 năm 2025")."""
    return {(int(d), int(m), int(y)) for d, m, y in _FULL_DATE.findall(text)}


_COUNTED_TO = re.compile(r"\btinh den (?:het )?(?:ngay )?(\d{1,2})\s*/\s*(\d{1,2})")


def counted_to(q: Query, units: Sequence[Unit]) -> bool | None:
    """"số liệu có tính đến hết tháng 6/2025 không" of "số liệu tính đến ngày 31/5/2025": the month (or day)
    figures count to, asserted and said (the general rule before an exception: "Riêng số liệu kinh phí …");
    None when either is not."""
    asked = CUTOFF_ASSERTED.search(q.bare)
    stating = [fold_ascii(u.full_text) for u in units if _COUNTED_TO.search(fold_ascii(u.full_text))]
    stating.sort(key=lambda t: bool(re.match(r"\W*(?:rieng|doi voi)\b", t)))
    said = _COUNTED_TO.search(stating[0]) if stating else None
    if asked is None or said is None:
        return None
    if asked.group(2):  # "tính đến ngày 31/5"
        return (int(asked.group(1)), int(asked.group(2))) == (int(said.group(1)), int(said.group(2)))
    return int(asked.group(1)) == int(said.group(2))  # "tính đến hết tháng 6": a day of June


def role_cell(q: Query, lead: Unit) -> list[bool]:
    """"… do Phòng GD&ĐT chủ trì phải không?" of a row "Cơ quan chủ trì: Trung tâm GDNN-GDTX; Cơ quan phối hợp:
    Phòng GD&ĐT": the column of the role asked says who holds it."""
    role = next((r for r in _ROLES if re.search(rf"\b{r}\b", q.bare)), None)
    if role is None or TABLE_CELL not in lead.text:
        return []
    m = re.search(rf"\b{role}\b", q.bare)
    who = agencies_in(q.bare[max(0, m.start() - 50) : m.start()])[-1:]  # "do Phòng GD&ĐT chủ trì", "giao Sở GDĐT chủ trì"
    cells = [cell for head, cell in lead.headed_cells() if role in fold_ascii(head) and cell.strip()]
    return [who[0] in agencies_in(cells[0])] if who and cells else []


def role_checks(q: Query, lead: Unit) -> list[bool]:
    """"X chủ trì … phải không?" against a clause where X only "phối hợp"."""
    asked = [r for r in _ROLES if re.search(rf"\b{r}\b", q.bare)]
    if not asked:
        return []
    opening = fold_ascii(lead.text)[:25]
    stated = [r for r in _ROLES if r in opening]
    return [bool(set(asked) & set(stated))] if stated else []


# a cell that says something was not done or not set: "Chưa giao", "Không", "Chưa đạt"
_DENYING_CELL = re.compile(r"^\s*(?:chua|khong)\b")
# a column is the one asked when its header shares this many of the question's words
CELL_WORDS = 2


def denied_cell(q: Query, unit: Unit) -> bool:
    """"Xã có giao chỉ tiêu Cộng đồng học tập cho thôn Nú Vai không?" of the row "Thôn: Nú Vai; … "Cộng đồng học
    tập" cấp thôn: Chưa giao": the column the question names says no."""
    asked = set(q.terms)
    overlap = [(len(asked & set(re.findall(r"[a-z]+", fold_ascii(h)))), c) for h, c in unit.headed_cells()]
    best, cell = max(overlap, key=lambda pair: pair[0], default=(0, ""))
    return best >= CELL_WORDS and bool(_DENYING_CELL.match(fold_ascii(cell)))


def document_verdict(q: Query, doc: DocumentMeta, cited: Sequence[tuple[str, str]]) -> str:
    """Yes/no about a document's own attributes: its issuer, signer, date, or what it rests on
    (*cited*: the (number, date) of each document it cites)."""
    checks: list[bool] = []
    # the party asserted is the last one named: "CV 09 của Hội Khuyến học có phải do UBND tỉnh ký?"
    ordered = agencies_by_position(q.text)[-1:]
    if q.doc_attribute == "issuer" and ordered and doc.issuer:
        checks.append(ordered[0] in agencies_in(f"{doc.issuer} {doc.level}"))
    if q.doc_attribute == "signer":
        who = fold_ascii(f"{doc.signer} {doc.signer_title} {doc.signing}")
        if re.search(r"\bpho chu tich\b", q.bare):
            checks.append("pho chu tich" in who)
        elif re.search(r"\bchu tich\b", q.bare):
            checks.append("pho chu tich" not in who and "chu tich" in who and "kt" not in who.split())
        if ordered and ordered[0] and doc.signing:
            checks.append(ordered[0] in agencies_in(f"{doc.signing} {doc.issuer}"))
    if q.doc_attribute == "issued" and doc.year:
        if q.years:
            checks.append(doc.year in q.years)
        q_full = full_dates(q.bare)
        if q_full and doc.date.count("/") == 2:
            checks.append(bool(full_dates(doc.date) & q_full))
    if q.doc_refs and cited:
        named = [(n, d) for n, d in cited if n in q.doc_refs]
        checks.append(bool(named))
        q_full = full_dates(q.bare)
        stated = full_dates(" ; ".join(d for _, d in named))
        if named and q_full and stated:
            checks.append(bool(q_full & stated))
        years = {int(y) for _, d in named for y in re.findall(r"\b(?:19|20)\d\d\b", d)}
        if named and q.years and years and not q_full:  # "căn cứ Kế hoạch số 3542 năm 2023" of one dated 27/5/2024
            checks.append(bool(set(q.years) & years))
    if not checks:
        return ""
    return YES if all(checks) else NO
