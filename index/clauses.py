"""The clauses of a chunk and the agency each one, or its section, is about.

A chunk's lines are cut into clauses at sentence ends (not after a list marker, and not before a short tail of the
same clause); a clause's marker ("1.", "a)", "-", "Điều 3.") is stripped off; a section heading or a clause that
opens with an agency ("Phòng Giáo dục và Đào tạo chủ trì …", "Trách nhiệm của Sở Nội vụ") names who acts.
"""

from __future__ import annotations

import re

from .clean import TABLE_CELL
from .sections import PATH_SEP

AGENCY_HEAD = (
    r"(?:Sở\s+[A-ZĐ]|Bộ\s+[A-ZĐ]|Ủy ban nhân dân|UBND|Ủy ban Mặt trận|UB\.?\s*MTTQ|Hội đồng|Hội Khuyến học|"
    r"Chủ tịch|Phòng\s+[A-ZĐ]|Ban\s+[A-ZĐ]|Văn phòng|Thủ tướng|Liên đoàn|Tỉnh Đoàn|VHTT|Văn hóa và Thông tin|"
    r"Tài chính\s*[-–]\s*Kế toán|BND|[Cc]ác trường|[Cc]ác sở|[Cc]ác [Tt]rung tâm|[Cc]ác đơn vị|[Cc]ác cơ quan|Cơ quan|Hội\s+[A-ZĐ]|"
    r"Trung tâm\s+(?:học tập|[A-ZĐ])|TTHTCĐ|Ban nhân dân|Trưởng\s+(?:các\s+)?(?:thôn|ấp|bản|khu phố|tổ dân phố)\b|"
    r"Công chức|Chi hội|Đoàn Thanh niên|Hiệu trưởng|(?:Huyện|Thành|Quận|Thị) Đoàn|Mặt trận|Công an|Đài\s+[A-ZĐ]|"
    r"Trường\s+[A-ZĐ]|Thư viện)"
)
_AGENCY_START = re.compile(rf"^\s*{AGENCY_HEAD}")
# heads strong enough to start a new item in a list ("A, B và C")
STRONG_HEAD = (
    r"(?:Sở\s+[A-ZĐ]|Bộ\s+[A-ZĐ]|Ủy ban|UBND|Hội đồng|Hội Khuyến học|Chủ tịch|Phòng\s+[A-ZĐ]|Ban\s+[A-ZĐ]|"
    r"Văn phòng|Thủ tướng|Liên đoàn|Tỉnh Đoàn|VHTT)"
)
_SUBJECT_END = re.compile(
    r"\s+(?:tổ chức (?:triển khai|thực hiện)|triển khai|thực hiện|tiến hành|xây dựng|báo cáo|gửi|chủ trì|phối hợp|"
    r"tham mưu|vận động|căn cứ|có trách nhiệm|bố trí|chỉ đạo|phản ánh|có ý kiến|kịp thời)\b"
)
_AGENCY_STOP = re.compile(
    r"\s*(?:;|:|\.(?:\s|$)|\bđể\b|\btheo\b|\bxem xét\b|\btổ chức\b|\bvà đề xuất\b|\bđề xuất\b|\btrước ngày\b|"
    r"\bhàng năm\b|\bhằng năm\b|\bđịnh kỳ\b|\bvề\b|\bcho\b|\bqua\b|\bthông qua\b|\btrong\b|\bvào\b|\bkịp thời\b|\bnếu\b|"
    r"\btổng hợp\b|\(|$)"
)


def clause_units(text: str) -> list[str]:
    """Lines of a chunk, long lines further cut at sentence ends ('. ' before a capital)."""
    units: list[str] = []
    for line in text.split("\n"):
        if TABLE_CELL in line:  # a table row is read whole with its column headers: "1.1. Thôn có …" is a cell
            units.append(line.strip())
            continue
        pieces = [p.strip() for p in re.split(r"(?<=\.)\s+(?=[A-ZĐ])", line) if p.strip()]
        merged: list[str] = []
        for piece in pieces:
            if merged and re.fullmatch(rf"{_LABEL_WORD}(?:[IVX]+|[A-ZĐ]|\d{{1,2}}(?:\.\d{{1,2}})*)\.", merged[-1]):
                merged[-1] = f"{merged[-1]} {piece}"  # a list marker, not a sentence
            elif merged and len(piece) <= _SHORT_TAIL and piece.endswith(".") and len(merged[-1]) >= 60:
                merged[-1] = f"{merged[-1]} {piece}"  # "… gồm: …. Hồ sơ lập thành 02 bộ.": a tail of the same clause
            else:
                merged.append(piece)
        units.extend(merged)
    return units


# a sentence this short after a long one on the same line completes that clause rather than starting another
_SHORT_TAIL = 45
_DIVISION_WORD = r"(?:(?:Phần|Chương|Mục|Điều|Khoản|PHẦN|CHƯƠNG|MỤC|ĐIỀU|KHOẢN)\s+)?"
# the word before a numbered label that is no sentence of its own ("Tiêu chí 2.", "Bước 1.", "Điều 3.")
_LABEL_WORD = (r"(?:(?:Phần|Chương|Mục|Điều|Khoản|Tiêu chí|Tiêu chuẩn|Bước|Nội dung|Nhóm|PHẦN|CHƯƠNG|MỤC|ĐIỀU|KHOẢN|"
               r"TIÊU CHÍ|BƯỚC)\s+)?")


def strip_marker(text: str) -> str:
    return re.sub(rf"^(?:[-+•]\s*|{_DIVISION_WORD}\d{{1,2}}(?:\.\d{{1,2}})*[.)]\s*|[a-zđ]\)\s*|{_DIVISION_WORD}[IVX]+\.\s*)",
                  "", text).strip()


def section_agency(section: str) -> str:
    """The agency a section is about ('11. Ủy ban nhân dân các huyện…' -> 'Ủy ban nhân dân các huyện…')."""
    for part in reversed(section.split(PATH_SEP)):
        name = strip_marker(part).rstrip("…").strip()
        # "Điều 3. Trách nhiệm của Phòng Giáo dục và Đào tạo", "Mục 4. Nhiệm vụ của Hội Khuyến học xã"
        # "Giao Phòng Văn hóa - Xã hội" (a notice of conclusions hands each task to its doer)
        name = re.sub(r"^(?:Đề nghị|Giao|(?:Trách nhiệm|Nhiệm vụ|Báo cáo)(?:,? (?:nhiệm vụ|quyền hạn|trách nhiệm))? của|Đối với)\s+",
                      "", name)
        if _AGENCY_START.match(name):
            name = re.split(r"\s+(?:chủ trì|phối hợp|tham mưu|vận động|xây dựng|căn cứ)\b|:", name)[0]
            return name.strip(" ,;:")
    return ""


def agency_list(text: str) -> list[str]:
    """Agencies named at the start of *text*, separated by ',' or 'và'."""
    out: list[str] = []
    rest = text.strip()
    while rest and _AGENCY_START.match(rest):
        stop = _AGENCY_STOP.search(rest, 3)
        end = stop.start() if stop else len(rest)
        head = rest[:end]
        # split "A, B và C" where each piece starts with an agency head word
        pieces = re.split(rf",\s*(?={STRONG_HEAD})|\s+và\s+(?={STRONG_HEAD})", head)
        out.extend(p.strip(" ,") for p in pieces if p.strip(" ,"))
        rest = rest[end:]
        m = re.match(rf"^\s*(?:,|và)\s*(?={STRONG_HEAD})", rest)
        if not m:
            break
        rest = rest[m.end():]
    return [a for a in out if len(a) > 3]


def subject_phrase(text: str) -> str:
    """The agency phrase a clause opens with, up to its first verb ('' if it opens otherwise)."""
    text = strip_marker(text).strip(" ,")
    if not (_AGENCY_START.match(text) or re.match(r"^các\s+\w", text)):
        return ""
    end = _SUBJECT_END.search(text, 4)
    return text[: end.start()].strip(" ,") if end else ""
