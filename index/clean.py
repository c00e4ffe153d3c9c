"""Clean extracted text: one Unicode form, one tone convention, no layout noise,
and lines that PDF/HTML extraction broke mid-sentence joined back together.

The result is a list of paragraphs; citations quote these verbatim.
"""

from __future__ import annotations

import re

from .collapsed_signature import restore_signature_gaps
from .collapsed_tables import pipe_collapsed_tables
from .page_numbers import looks_like_page_number, page_furniture, page_number_lines
from .text_tables import fill_merged_cells, join_wrapped_pipe_headers, pipe_text_tables
from .textnorm import collapse_spaces, normalize_tone_marks, strip_diacritics
from .wrapped import join_wrapped_lines, reaches_width, wrap_width

# how a table row's cells are joined in cleaned text ("Nội dung | 2024 | 2030"); readers split on it
TABLE_CELL = " | "
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w))")
_MD_ESCAPE = re.compile(r"\\([\\_*#|\-.!()\[\]])")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_BR = re.compile(r"<br\s*/?>", re.I)
_TABLE_RULE = re.compile(r"^:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)*$")
_RULE = re.compile(r"^[\s\-–—_=*|.·•~]+$")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)

# List / heading markers a line may start with (after cleaning).
ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
# "Phần I", "Chương II", "Mục 1", "Điều 3", "Khoản 2", "PHẦN THỨ NHẤT": the named divisions of a legal text
_ORDINAL = r"(?:THỨ|[Tt]hứ)\s+(?:NHẤT|HAI|BA|TƯ|NĂM|SÁU|BẢY|nhất|hai|ba|tư|năm|sáu|bảy)"
DIVISION = re.compile(
    rf"^(PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục|ĐIỀU|Điều|KHOẢN|Khoản)\s+({_ORDINAL}|\d{{1,2}}|[IVXLC]+|[A-ZĐ])\b\s*[.:)\-–]?\s*"
)
MARKER = re.compile(
    rf"^(?:(?:{ROMAN})\.(?=\s)|[A-ZĐ]\.(?=\s)|\d{{1,2}}(?:\.\d{{1,2}})*[.)](?=\s)|[a-zđ]\)|[-+•–]\s)|{DIVISION.pattern}"
)


class HeadingLine(str):
    """A line its source marks as a heading (a Markdown '#', a line in bold, a Word heading style);
    `depth` is 1 for '#' and bold lines, 2 for '##', …"""

    depth: int = 1

    def __new__(cls, text: str, depth: int = 1) -> HeadingLine:
        line = super().__new__(cls, text)
        line.depth = depth
        return line
_TERMINAL = re.compile(r"[.;:!?…]['\"”’)]*\s*$|\./\.\s*$")
_KIND_LINE = re.compile(
    r"^(KẾ HOẠCH|CÔNG VĂN|QUYẾT ĐỊNH|THÔNG BÁO|BÁO CÁO|TỜ TRÌNH|CHỈ THỊ|HƯỚNG DẪN|NGHỊ QUYẾT|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH)$"
)
_SIGNATURE = re.compile(r"^(TM\.|T\.M\.|KT\.|K\.T\.|Q\.|TL\.|TUQ\.|Nơi nhận)", re.I)
_MOTTO = re.compile(r"(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc)", re.I)
_INCOMING_STAMP = re.compile(r"^(Đến\s*Số|ĐẾN\s*SỐ|Số\s*đến)\s*:?", re.I)
_STAMP_FOLLOWERS = re.compile(r"^(Ngày|Chuyển|Số và ký hiệu|Lưu hồ sơ|Người nhận)\b", re.I)

_VI_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
_VI_RHYME = r"[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?"
_VI_SYLLABLE = re.compile(rf"^{_VI_ONSET}{_VI_RHYME}$")


def is_vietnamese_syllable(word: str) -> bool:
    return bool(_VI_SYLLABLE.match(strip_diacritics(word.lower())))


_NAMED = re.compile(r"\b(?i:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận|thôn|buôn|bản|làng|ấp|plei|sóc|ông|bà)"
                    r"((?:\s+[A-ZĐÀ-Ỹ][^\s,;.]*)+)")


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def is_foreign_line(line: str) -> bool:
    """A short line made mostly of non-Vietnamese words (a library stamp, a watermark)."""
    # single letters ("b/c", "a)") and acronyms say nothing about the language
    # a place or person named in a minority language ("UBND tỉnh Đắk Lắk", "xã Đắk Wil") is no foreign text
    line = _NAMED.sub(" ", line)
    # an email address is where reports go, wrapped onto its own line ("… gửi qua email" / "gdtx.quanba@…")
    line = _EMAIL.sub(" ", line)
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 1 and not w.isupper()]
    if len(words) < 2 or len(line) > 80 or re.search(r"\d", line):
        return False
    foreign = sum(1 for w in words if not is_vietnamese_syllable(w))
    return foreign >= 2 and foreign / len(words) >= 0.6


def is_upper_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) / len(letters) > 0.85


_MD_HEADING_DEPTH = re.compile(r"^\s{0,3}(#{1,6})\s*\S")
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(?=\S)(.+?)(?<=\S)(?:\*\*|__)\s*:?\s*$")


def clean_line(line: str) -> str:
    """One cleaned line; a Markdown heading or a line that is all bold comes back as a HeadingLine."""
    md = _MD_HEADING_DEPTH.match(line)
    bold = _BOLD_LINE.match(line) if not md else None
    text = _clean_line(line)
    bullet = text.startswith(("-", "+", "•", "–"))  # "##### **- Hình thức**": a list item in heading dress
    if text and not bullet and (md or (bold and len(text) <= 120 and not _TERMINAL.search(text.rstrip(":")))):
        return HeadingLine(text, len(md.group(1)) if md else 1)
    return text


def _clean_line(line: str) -> str:
    line = line.translate(_INVISIBLE).replace("\u00a0", " ").replace("\t", " ")
    line = _BR.sub("; ", line)  # a line break inside a table cell keeps its two parts apart
    line = _HTML_TAG.sub("", line)
    line = _MD_HEADING.sub("", line)
    line = _MD_ESCAPE.sub(r"\1", line)
    line = _MD_EMPHASIS.sub("", line)
    line = line.strip()
    # table rows keep their cells apart ("a | b | c"); a pipe standing alone is layout
    line = line.strip("|").strip()
    line = re.sub(r"\s*\|\s*", TABLE_CELL, line) if "|" in line else line
    if line.startswith("* ") or line == "*":  # stray bullet left from emphasis
        line = line[1:].strip()
    return collapse_spaces(line)


def _is_noise(line: str) -> bool:
    return not line or bool(_RULE.match(line)) or is_foreign_line(line)


def _drop_incoming_stamps(lines: list[str]) -> list[str]:
    """Remove the 'công văn đến' stamp block (organisation, Đến số, Ngày, Chuyển, ...)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _INCOMING_STAMP.match(line):
            if out and is_upper_line(out[-1]) and not _KIND_LINE.match(out[-1]):
                out.pop()
            i += 1
            while i < len(lines) and _STAMP_FOLLOWERS.match(lines[i]) and len(lines[i]) < 60:
                i += 1
            continue
        out.append(line)
        i += 1
    return out


# a line this long ran to the page's edge: not a heading ("3. Sở Tài chính", "4. Kỹ năng số")
WRAPPED_LINE = 40
# "kinh tế - xã hội", "chính trị - xã hội" broken at their dash
_SOCIAL_BROKEN_AT_DASH = re.compile(r"\b(?:kinh tế|chính trị|văn hóa|văn hoá)\s*$")
# the first half of a unit's name that a page's width broke at its dash ("Phòng Văn hóa" / "- Xã hội")
_UNIT_BROKEN_AT_DASH = re.compile(r"\b(?:Văn hóa|Văn hoá|nghề nghiệp|Lao động|Tài chính|Kinh tế|Thể thao|Phát thanh)\s*$")
_CONNECTOR_END = re.compile(
    r"\b(và|của|với|các|cho|về|theo|tại|trong|để|là|những|do|từ|đến|hoặc|thuộc|trên|dưới|ngày)$", re.I
)
_PLACE_DATE = re.compile(r"^(?:[A-ZĐ][^\s,]*\s+){0,3}[A-ZĐ][^\s,]*\s*,?\s*ngày\b")
_SIGNER_TITLE_END = re.compile(r"(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|THỦ TRƯỞNG|TỈNH HỘI|BÍ THƯ)$")
# "Ngày 03 tháng 4 năm 2025, tại Hội trường …" opens a notice's body, never the rest of its title
_PREAMBLE_START = re.compile(r"^(Thực hiện|Căn cứ|Tiếp theo|Theo|Để|Nhằm|Trên đây|Trong quá trình"
                             r"|(?:Hôm nay,?\s+|Sáng\s+|Chiều\s+|Vào\s+)?[Nn]gày \d{1,2}(?:[/-]\d+|\s+tháng)\b)")


# a document number a printer broke after the hyphen of its symbol ("… số 756/QĐ-" / "UBND ngày …")
_SYMBOL_BROKEN_AT_HYPHEN = re.compile(r"\d/[A-ZĐ][\wĐđ&]*-$")
_SYMBOL_REST = re.compile(r"^[A-ZĐ][A-ZĐ&]*\b")
_GROUPED_AMOUNT = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?\b")


# the words that label a numbered group of items: "Tiêu chí 2. …", "Nhóm 1: …"
LABEL_WORDS = r"Tiêu chí|Tiêu chuẩn|Nhóm tiêu chí|Nhóm"
_LABELLED_ITEM = re.compile(rf"^(?:{LABEL_WORDS})\s+\d{{1,2}}[.:]\s")


def _open_parenthesis(text: str) -> bool:
    return text.count("(") > text.count(")")


def _should_join(prev: str, nxt: str, after: str | None, printed: bool = False, full: bool = False) -> bool:
    """Decide whether *nxt* continues the paragraph *prev* (a broken line). *printed*: the text's lines were broken
    at a page's width; *full*: the line before *nxt* reached that width."""
    if re.match(r"^[-–]\s*\d{4}\b", nxt) and re.search(r"\d$", prev):
        return True  # "giai đoạn 2021" / "- 2030" is a year range, not a bullet
    if len(prev.split()) == 1 and re.match(r"^[A-ZĐ]\w*,\s*ngày\b", nxt):
        return True  # "Bình" / "Dương, ngày 29 tháng 7 năm 2022"
    bare_division = DIVISION.match(prev)
    if bare_division and bare_division.end() >= len(prev.rstrip()) and not MARKER.match(nxt) and len(nxt) <= 120:
        return True  # "Chương I" / "MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU": a division and its name on two lines
    if len(prev) >= WRAPPED_LINE and _UNIT_BROKEN_AT_DASH.search(prev) and re.match(r"^[-–]\s+[A-ZĐ]", nxt):
        return True  # "… gửi Phòng Văn hóa" / "- Xã hội trước ngày 15/11": a unit's name, not a list item
    if len(prev) >= WRAPPED_LINE and _SOCIAL_BROKEN_AT_DASH.search(prev) and re.match(r"^[-–]\s+xã hội\b", nxt):
        return True  # "… phát triển kinh tế" / "- xã hội năm 2024": one word, not a list item
    if MARKER.match(nxt) or _SIGNATURE.match(nxt) or _SIGNATURE.match(prev) or _LABELLED_ITEM.match(nxt):
        return False  # "Tiêu chí 1. …" under "1. Thang điểm" opens a line of its own
    if isinstance(prev, HeadingLine) or isinstance(nxt, HeadingLine):
        return False
    if TABLE_CELL in prev or TABLE_CELL in nxt:
        return False  # table rows stay rows
    if _KIND_LINE.match(prev) or _KIND_LINE.match(nxt) or _MOTTO.search(nxt) or _MOTTO.search(prev):
        return False
    if re.search(r"\b(?:ngày|tháng|năm)\s*$", prev) and re.match(r"^\d", nxt) and not MARKER.match(nxt):
        return True  # "…, ngày 15 tháng" / "11 năm 2024": a date broken over two lines
    if re.match(r"^Số\s*:?\s*$", prev):
        return True
    if len(prev) >= WRAPPED_LINE and re.search(r"\bsố\s*$", prev) and re.match(r"^\d", nxt):
        return True  # "… thay thế Quyết định số" / "45/QĐ-UBND ngày …"
    if looks_like_page_number(prev) and not _TERMINAL.search(nxt[:1]):
        return True  # a figure a PDF left on a line of its own ("12/15" / "TTHTCĐ xếp loại Tốt") opens the sentence
    # "(Ban hành kèm theo Quyết định …)", "Kèm theo: …" open a line; "kèm theo tiền thưởng …" continues one
    if re.match(r"^(Số\s*:?|V/v|Kính gửi\b|\(\s*(?:[Bb]an hành )?[Kk]èm theo\b|(?:Ban hành )?Kèm theo\b)", nxt) or _PLACE_DATE.match(nxt):
        return False
    if _SIGNER_TITLE_END.search(prev):
        return False
    if printed and _open_parenthesis(prev) and ")" in nxt.split("(", 1)[0]:
        return True  # "… huyện (Trung tâm" / "GDNN-GDTX).": a parenthesis the line break left open
    if full and not _TERMINAL.search(prev) and not _PREAMBLE_START.match(nxt) and is_upper_line(prev) == is_upper_line(nxt):
        return True  # "… báo cáo kết quả về Hội" / "Khuyến học huyện …": a line that reached the margin goes on
    first = nxt[:1]
    if first.islower():
        return True  # a sentence never starts in lower case
    if _GROUPED_AMOUNT.match(nxt) and (not _TERMINAL.search(prev) or prev.rstrip().endswith(":")):
        return True  # "… hỗ trợ hoạt động TTHTCĐ" / "18.000.000 đồng; …": an amount never opens a paragraph
    if _TERMINAL.search(prev):
        return False
    if _CONNECTOR_END.search(prev):
        return True
    if _PREAMBLE_START.match(nxt):
        return False
    prev_upper, next_upper = is_upper_line(prev), is_upper_line(nxt)
    if prev_upper and next_upper:
        return True  # headings and header blocks broken by wrapping ("ỦY" / "BAN NHÂN DÂN")
    if prev_upper != next_upper:
        return False
    if first in "“\"(‘'":
        return True
    if MARKER.match(prev) and len(prev) >= 75 and not prev.startswith(("-", "+", "•", "–")) and (
            len(nxt) >= 20 or len(nxt.split()) <= 3):
        return True  # a numbered clause wrapped at the page width ("… báo cáo về Phòng" / "Giáo dục …", "… ấp" / "Bào Sen.")
    if MARKER.match(prev) and not prev.startswith(("-", "+", "•", "–")) and len(prev) <= 160:
        # a numbered heading: the next line is its body, unless it is the rest of
        # the heading itself (no full stop, and a list starts right after it)
        return not _TERMINAL.search(nxt) and len(nxt) < 70 and (after is None or bool(MARKER.match(after)))
    return len(prev) >= 40 or prev.rstrip().endswith(",")


_COLUMN_GAP = re.compile(r"^ *(\S.*?\S|\S)(?: {4,}|\t+ *)(\S.*)$")
_RIGHT_ONLY = re.compile(r"^ {20,}\S")


def _is_layout_column(text: str) -> bool:
    """The right column of a header or signature block: motto, place and date, authority, capitals."""
    return bool(_MOTTO.search(text) or _PLACE_DATE.match(text) or _SIGNATURE.match(text) or is_upper_line(text))


_DASHED_COLUMNS = re.compile(r"^(.*?\S)\s+[—–]\s+(\S.*)$")
_MOTTO_CELL = re.compile(r"^[*_\s]*(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA|Độc lập\s*[-–]\s*Tự do)", re.I)


def _two_cells(line: str) -> list[str] | None:
    """The two cells of a table row laid out as columns ("| UBND HUYỆN X | CỘNG HÒA … |", or a DOCX
    row "Nơi nhận: | KT. CHỦ TỊCH"), emphasis dropped; None for any other line."""
    text = line.strip()
    if "|" not in text:
        # "**UBND HUYỆN X** — **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**": a Markdown export joining the two columns
        dashed = _DASHED_COLUMNS.match(text)
        if dashed and _MOTTO_CELL.search(dashed.group(2)):
            return [dashed.group(1).strip().strip("*_").strip(), dashed.group(2).strip().strip("*_").strip()]
        return None
    text = text.removeprefix("|").removesuffix("|")
    cells = [c.strip().strip("*_").strip() for c in text.split("|")]
    return cells if len(cells) == 2 else None


def _cell_lines(cell: str) -> list[str]:
    """The lines of a table cell: a Word export breaks them with "<br>" ("Số: 12/SGDĐT<br>V/v …")."""
    return [piece.strip().strip("*_").strip() for piece in _BR.split(cell) if piece.strip().strip("*_").strip()]


# "Ia Grai, ngày 18 tháng 11 năm 2024" — not a deadline cell ("Trước ngày 20/11/2025")
_DATED_PLACE = re.compile(r"^[^,]{2,40},\s*ngày\b.*\btháng\b.*\bnăm\b")


def _is_table_layout(right: list[str]) -> bool:
    """A two-column table holds a header or a signature, not data, when its right column has the
    motto, a place-and-date line or a signing authority ("KT. CHỦ TỊCH")."""
    return any(_MOTTO.search(x) or _DATED_PLACE.match(x) or _SIGNATURE.match(x) for x in right)


# a line of the left signature block only: its post, "(Đã ký)", its signer's name
_LEFT_ONLY = re.compile(r"^(?:[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]*[A-ZĐÀ-Ỹ]|\([^)]{2,20}\))\s*$")


def _signing(column: list[str]) -> bool:
    return any(_SIGNATURE.match(line) and not line.startswith("Nơi nhận") for line in column)


def unfold_columns(lines: list[str]) -> list[str]:
    """Text laid out in two columns (a header: issuer | motto; a signature: recipients | signer),
    by spaces or as a two-column table, becomes the left column followed by the right one, as a
    reader takes it in."""
    out: list[str] = []
    run: list[str] = []
    left: list[str] = []
    right: list[str] = []
    in_table = False

    def flush() -> None:
        nonlocal in_table
        layout = _is_table_layout(right) if in_table else any(_is_layout_column(line) for line in right)
        if layout:
            out.extend(left)
            out.extend(right)
        else:
            out.extend(run)
        for part in (run, left, right):
            part.clear()
        in_table = False

    for i, line in enumerate(lines):
        following = next((lines[j] for j in range(i + 1, len(lines)) if not page_furniture(lines[j])), "") if (
            in_table and page_furniture(line)) else None
        if following is not None and _two_cells(following) is not None:
            continue  # a table typed as one paragraph per row has an empty line between its rows; a page, its number
        cells = _two_cells(line)
        if cells is not None:
            if run and not in_table:
                flush()
            in_table = True
            for cell, column in zip(cells, (left, right), strict=True):
                if cell and not _RULE.match(cell):
                    column.extend(_cell_lines(cell))
            run.append(line)
            continue
        if in_table:
            flush()
        m = _COLUMN_GAP.match(line) if "|" not in line else None
        if m and is_upper_line(m.group(1)) and any(x.startswith(("Nơi nhận", "-")) for x in left):
            flush()  # the next document's header, right after a signature block
        if m:
            left.append(m.group(1))
            right.append(m.group(2))
        elif run and _RIGHT_ONLY.match(line):
            right.append(line.strip())
        elif run and left and _signing(left + right) and _LEFT_ONLY.match(line):
            left.append(line.strip())  # "CHỦ TỊCH" under the left block of two signatures side by side
        elif run and not line.strip():
            continue
        elif left and line.lstrip().startswith(("-", "+", "•")) and left[-1].startswith(("-", "Nơi nhận")):
            left.append(line.strip())  # the recipients list goes on below the signer's column
        else:
            flush()
            out.append(line)
            continue
        run.append(line)
    flush()
    return out


# a signer's name ("Nguyễn Thị Kim Loan"), which a decision and the plan it issues both end with
_NAME_LINE = re.compile(r"^[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,4}$")


def drop_running_headers(lines: list[str], at_breaks: set[str] | None = None) -> list[str]:
    """Remove a page's running header/footer: the same short line repeated on several pages. With *at_breaks*
    (the lines found next to a page break: an empty line, a page number, the text's start or end), a line is
    only one when found there at least once: two sentences a PDF wrapped at the same words ("Ủy ban nhân dân
    xã … kính trình … xem xét, hỗ") are text, wherever they repeat."""
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    repeated = {
        line
        for line, n in counts.items()
        if n >= 2
        and (at_breaks is None or line in at_breaks)
        and 15 <= len(line) <= 120
        and not _TERMINAL.search(line)
        and not MARKER.match(line)
        and not is_upper_line(line)
        and not _MOTTO.search(line)
        and not _SIGNATURE.match(line)
        and not _PLACE_DATE.match(line)
        and not line.startswith(("Số", "V/v", "Kính gửi"))
        and not _NAME_LINE.match(line.strip())
        and " | " not in line  # two tables with the same columns ("| Chỉ tiêu | Năm 2025 | …")
    }
    return [line for line in lines if line not in repeated]


def _break_lines(lines: list[str]) -> list[str]:
    """A Word export writes a line break as "<br>": outside a table ("**KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br>…")
    it starts a new line; inside a table cell it stays for the cell's own reading."""
    return [piece for line in lines for piece in ([line] if "|" in line else _BR.split(line))]


def clean_text(raw: str) -> list[str]:
    """Return the cleaned paragraphs of *raw* (already-extracted text)."""
    text = normalize_tone_marks(raw.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [clean_line(line) for line in _break_lines(unfold_columns(restore_signature_gaps(join_wrapped_pipe_headers(
        pipe_collapsed_tables(pipe_text_tables(join_wrapped_lines(text.split("\n"))))))))]
    pages = page_number_lines(lines)
    noise = [i in pages or _is_noise(line) for i, line in enumerate(lines)]
    at_breaks = {line for i, line in enumerate(lines) if i == 0 or i == len(lines) - 1 or noise[i - 1] or noise[i + 1]}
    lines = fill_merged_cells([line for i, line in enumerate(lines) if not noise[i] and not _TABLE_RULE.match(line)])
    lines = drop_running_headers(_drop_incoming_stamps(lines), at_breaks)
    width = wrap_width(lines)
    paragraphs: list[str] = []
    for i, line in enumerate(lines):
        after = lines[i + 1] if i + 1 < len(lines) else None
        full = width is not None and i > 0 and reaches_width(lines[i - 1], width)
        if paragraphs and width is not None and _SYMBOL_BROKEN_AT_HYPHEN.search(paragraphs[-1]) and _SYMBOL_REST.match(line):
            paragraphs[-1] = f"{paragraphs[-1]}{line}"
        elif paragraphs and _should_join(paragraphs[-1], line, after, width is not None, full):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
    return paragraphs
