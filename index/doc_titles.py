"""The kind line and the title under a document's header.

"KẾ HOẠCH" / "Xây dựng xã hội học tập năm 2025", "THÔNG BÁO KẾT LUẬN CỦA …" (the kind and the title's first words on
one line), "V/v báo cáo …" under a letter's number: where the title starts, and where it stops before the body
("Thực hiện …", "Căn cứ …", a sentence, a heading, "(Ban hành kèm theo Quyết định …)").
"""

from __future__ import annotations

import re

from .clean import MARKER, HeadingLine, is_upper_line
from .issuer import MOTTO

# how far below the header a kind line ("QUYẾT ĐỊNH", "QUY CHẾ") is looked for
KIND_LINE_WINDOW = 8
KIND_WORDS = {
    "KẾ HOẠCH": "Kế hoạch",
    "CÔNG VĂN": "Công văn",
    "QUYẾT ĐỊNH": "Quyết định",
    "THÔNG BÁO": "Thông báo",
    "BÁO CÁO": "Báo cáo",
    "TỜ TRÌNH": "Tờ trình",
    "CHỈ THỊ": "Chỉ thị",
    "HƯỚNG DẪN": "Hướng dẫn",
    "NGHỊ QUYẾT": "Nghị quyết",
    "CHƯƠNG TRÌNH": "Chương trình",
    "QUY CHẾ": "Quy chế",
    "QUY ĐỊNH": "Quy định",
    "BIÊN BẢN": "Biên bản",
    "GIẤY MỜI": "Giấy mời",
}
_PREAMBLE = re.compile(r"^(Thực hiện|Căn cứ|Tiếp theo|Theo|Để|Nhằm|Kính gửi|-\s*Kính gửi)\b")
ATTACHED = re.compile(
    r"\(?\s*(?:Ban hành )?kèm theo (?:Quyết định|QĐ)(?:\s+liên tịch)?\s*(?:số)?\s*(?P<num>\d+/[\wĐđ-]+)"
    r"(?:\s*ngày\s*(?P<d>\d{1,2})(?:\s*tháng\s*|/)(?P<m>\d{1,2})(?:\s*năm\s*|/)(?P<y>\d{4}))?",
    re.I,
)
# a line past the title: a body that opens on the day something happened, or a paragraph no title is as long as
_BODY_OPENING = re.compile(r"(?:Ngày|Hôm nay|Sáng|Chiều|Vào ngày|Vào lúc|Vào hồi)\s+(?:ngày\s+)?\d{1,2}\b")
# … and the same words inside a line that a title runs into (minutes open "Vào lúc 14 giờ 00 phút, ngày …")
_BODY_INSIDE = re.compile(r"(?<=\S)\s+(?:Vào lúc|Vào hồi)\s+\d{1,2}\s*(?:giờ|h)\b")
MAX_TITLE_WORDS = 45
_KIND_QUALIFIERS = frozenset({"PHỐI HỢP", "LIÊN TỊCH", "LIÊN NGÀNH", "LIÊN TỊCH PHỐI HỢP"})


def _is_sentence(line: str) -> bool:
    return not is_upper_line(line) and bool(re.search(r"[.;!?]\s*$", line)) and len(line.split()) >= 6


def is_kind_line(line: str) -> bool:
    """"QUY CHẾ", "QUY CHẾ PHỐI HỢP", "KẾ HOẠCH LIÊN TỊCH": a line naming only a kind of document."""
    upper = line.strip().upper()
    return is_upper_line(line) and (upper in KIND_WORDS or any(
        upper == f"{kind} {qualifier}" for kind in KIND_WORDS for qualifier in _KIND_QUALIFIERS))


def sentence_case(text: str, keep: list[str]) -> str:
    """Lower an ALL-CAPS title but keep proper names (localities) capitalised."""
    out = text.lower()
    out = out[:1].upper() + out[1:]
    out = re.sub(r"([“\"])(\w)", lambda m: m.group(1) + m.group(2).upper(), out)
    for name in keep:
        if name:
            out = re.sub(re.escape(name.lower()), name, out)
    return out


def read_kind_and_title(paragraphs: list[str], header_end: int) -> tuple[str, str, int]:
    """The kind its kind line names ('' if none), the title, and where the header now ends."""
    kind = ""
    title = ""
    # kind line and title (the window moves down past the motto lines, which may follow an issuer's last line:
    # "… BAN CHỈ ĐẠO XÂY DỰNG" / motto / "XÃ HỘI HỌC TẬP" / "QUY CHẾ")
    for i in range(header_end, min(len(paragraphs), header_end + KIND_LINE_WINDOW)):
        if i >= header_end + 4:  # four lines below the header, which each motto line moves down
            break
        p = paragraphs[i]
        if MOTTO.fullmatch(p.strip()) or MOTTO.search(p) and is_upper_line(p):
            header_end = i + 1
            continue
        kind_word = KIND_WORDS.get(p.strip().upper()) if is_upper_line(p) else None
        # "THÔNG BÁO KẾT LUẬN CỦA …", "BÁO CÁO SƠ KẾT …": the kind and the title's first words on one line
        joined = None if kind_word else next(
            (w for w in KIND_WORDS if p.strip().startswith(f"{w} ") and is_upper_line(p.strip()[len(w) :].split()[0])),
            None)
        if kind_word or joined:
            kind = kind_word or KIND_WORDS[joined]
            header_end = i + 1
            rest = p.strip()[len(joined) :].strip() if joined else ""
            # "KẾ HOẠCH PHỐI HỢP", "KẾ HOẠCH LIÊN TỊCH": a kind of plan, its title on the lines below
            # ("QUY CHẾ PHỐI HỢP" / "giữa Hội … và …": the qualifier opens the title the next line goes on with)
            goes_on = i + 1 < len(paragraphs) and paragraphs[i + 1][:1].islower()
            title_lines: list[str] = [rest[:1] + rest[1:].lower() if goes_on and rest.upper() in _KIND_QUALIFIERS else rest] \
                if rest and (rest.upper() not in _KIND_QUALIFIERS or goes_on) else []
            j = i + 1
            while j < len(paragraphs) and not MARKER.match(paragraphs[j]) and not (
                _PREAMBLE.match(paragraphs[j])
                # "Thực hiện Phong trào … năm 2024" right under the kind line is the title; a preamble ends in ':'
                and (title_lines or re.search(r"[.;:]\s*$", paragraphs[j]) or not paragraphs[j].startswith("Thực hiện"))
            ):
                opening = _BODY_INSIDE.search(paragraphs[j])
                if opening and not title_lines:  # a title run into the body's first words ("… Vào lúc 14 giờ …")
                    title_lines.append(paragraphs[j][: opening.start()].strip())
                    break  # the line stays the body's first, its opening sentence with it
                if _is_sentence(paragraphs[j]) or re.match(r"\(?\s*(?:Ban hành )?kèm theo", paragraphs[j], re.I):
                    break  # a title never ends in a full stop: this is already the body
                if title_lines and (_BODY_OPENING.match(paragraphs[j]) or len(paragraphs[j].split()) > MAX_TITLE_WORDS):
                    break  # "Ngày 05/3/2026, đồng chí … chủ trì Hội nghị …:" opens a notice's body
                if title_lines and isinstance(paragraphs[j], HeadingLine) and not isinstance(title_lines[-1], HeadingLine):
                    break  # a heading of the body ("# Tổ chức thực hiện") under a plain title
                if title_lines and isinstance(title_lines[-1], HeadingLine) and not isinstance(paragraphs[j], HeadingLine):
                    break  # "## Kết quả …" as the title: the plain line under it is the body
                if title_lines and re.search(r"\bnhư sau\s*:\s*$", paragraphs[j]):
                    break  # "Ban Chấp hành … báo cáo kết quả … như sau:" opens the body
                if title_lines and is_upper_line(paragraphs[j]) != is_upper_line(title_lines[0]):
                    break  # "ỦY BAN NHÂN DÂN TỈNH …" after a decision's title opens its preamble
                title_lines.append(paragraphs[j])
                j += 1
                if len(title_lines) >= 2:
                    break
            title = " ".join(title_lines)
            if ATTACHED.search(title):  # "(Ban hành kèm theo Quyết định …)" closes the title, not part of it
                title = title[: title.index("(")].strip() if "(" in title else title
            header_end = j
            break
        if p.startswith("V/v"):
            title = re.sub(r"^V/v\s*:?\s*", "", p)
            title = title[:1].upper() + title[1:]
            header_end = i + 1
    for i in range(header_end):
        vv = re.search(r"(?:^|\s)V/v\b\s*:?\s*(.+)$", paragraphs[i])  # its own line, or after "Số: …"
        if vv and not title:
            title = vv.group(1).strip()
            title = title[:1].upper() + title[1:]  # "V/v báo cáo …" is titled "Báo cáo …"
    return kind, title, header_end
