"""Parse the outline of a plan (I. / A. / 1. / 2.1. / a) / bullets) and cut it into chunks.

Every chunk carries its section path ("VII. Tổ chức thực hiện › 11. Ủy ban nhân
dân các huyện, thị xã, thành phố"); chunks never cross a numbered item, and a
long item is split at sentence boundaries with one sentence of overlap.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .clean import DIVISION, LABEL_WORDS, HeadingLine, is_upper_line
from .documents import Document

PATH_SEP = " › "
PREAMBLE = "Phần mở đầu"
FULL_TEXT = "Nội dung"
CLOSING = "Đoạn kết"
RECIPIENTS = "Nơi nhận"

_ROMAN = re.compile(r"^((?:X{0,3})(?:IX|IV|V?I{0,3}))\.\s+(.+)$")
_PART = re.compile(r"^([A-ZĐ])\.\s+(.+)$")
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+(.+)$")
_LETTER = re.compile(r"^([a-zđ])\)\s+(.+)$")
_CLOSING = re.compile(
    r"^(Trên đây là|Trong quá trình (?:tổ chức |triển khai )?(?:thực hiện|triển khai)|"
    r"(?:Ủy ban nhân dân|UBND) (?:tỉnh|huyện|xã) yêu cầu)"
)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-ZĐ\-+“\"(])")


@dataclass(frozen=True)
class Heading:
    level: float  # smaller is higher: Phần 1, Chương 2, Mục 3, I./A. 4, Điều 5, 1. 6, 1.1. 7, a) 10
    label: str
    numbered: bool = True  # False for a heading only its formatting marks (bold, '#'): placed under the last numbered one
    depth: int = 0  # for those: 1 for '#' and bold lines, 2 for '##', …


@dataclass
class Chunk:
    chunk_id: str
    doc_id: str
    source: str
    section: str
    ordinal: int
    text: str
    index_text: str

    def to_dict(self) -> dict:
        return dict(self.__dict__)  # flat fields: asdict's deep copy costs seconds at 45,000 chunks


def _shorten(text: str, limit: int = 80) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;: ")
    return cut + "…"


def _nice_heading(marker: str, text: str) -> str:
    if is_upper_line(text):
        text = text.lower()
        text = text[:1].upper() + text[1:]
    return f"{marker} {text}"


# a numbered heading its source marks as one sits this much above plain lines numbered alike
FORMATTED_LIFT = 0.5
_DIVISION_LEVELS = {"phần": 1, "chương": 2, "mục": 3, "điều": 5, "khoản": 6}


_ADDRESSEE_LABEL = re.compile(r"^\s*-?\s*Kính gửi\b", re.IGNORECASE)


def heading_of(paragraph: str) -> Heading | None:
    """Classify a paragraph as an outline heading, or None for body text."""
    heading = _numbered_heading(paragraph)
    if heading is not None and isinstance(paragraph, HeadingLine):
        # "## 1. Yêu cầu chung" over plain "1. …", "2. …": the items its source marks as a heading numbers below it
        return Heading(heading.level - FORMATTED_LIFT, heading.label)
    if heading is not None:
        return heading
    if isinstance(paragraph, HeadingLine) and not _ADDRESSEE_LABEL.match(paragraph):
        # "**Kính gửi:**" in bold labels the addressees; it heads none of the body that follows them
        return Heading(0.5 + paragraph.depth / 10, _nice_heading("", paragraph.rstrip(":")).strip(), numbered=False,
                       depth=paragraph.depth)
    return None


def _numbered_heading(paragraph: str) -> Heading | None:
    m = DIVISION.match(paragraph)
    if m and len(paragraph) > m.end():
        word = m.group(1).lower()
        rest = paragraph[m.end():].strip()
        number = m.group(2).lower() if m.group(2).upper().startswith("THỨ") else m.group(2)  # "Phần thứ hai."
        return Heading(_DIVISION_LEVELS[word], _item_label(f"{word.capitalize()} {number}.", rest))
    m = _ROMAN.match(paragraph)
    if m and m.group(1):
        return Heading(4, _nice_heading(f"{m.group(1)}.", m.group(2)))
    m = _PART.match(paragraph)
    if m and is_upper_line(m.group(2)):
        return Heading(4, _nice_heading(f"{m.group(1)}.", m.group(2)))
    m = _NUMBERED.match(paragraph)
    if m:
        depth = m.group(1).count(".") + 6
        return Heading(depth, _item_label(f"{m.group(1)}.", m.group(2)))
    m = _LETTER.match(paragraph)
    if m:
        return Heading(10, _item_label(f"{m.group(1)})", m.group(2)))
    return None


def _item_label(marker: str, text: str) -> str:
    """A heading keeps its words; a content item is named by its first words."""
    head, sep, _rest = text.partition(":")
    if sep and len(head) <= 70 and not re.search(r"[.;]", head):
        return f"{marker} {head.strip()}"
    if len(text) <= 100 and not re.search(r"[.;:]\s*$", text):
        return _nice_heading(marker, text)
    return f"{marker} {_shorten(text, 70)}"


# "Tiêu chí 2. Kết quả học tập … (35 điểm)" over its items "a) …", "b) …": a group named by its label
_LABELLED = re.compile(rf"^({LABEL_WORDS})\s+(\d{{1,2}})\.\s+(\S.{{0,118}})$")
_ITEM_START = re.compile(r"^(?:[a-zđ]\)|[-+•–]\s|\d{1,2}\.\d{1,2}\.?\s)")


def _labelled_group(para: str, following: str, stack: list[Heading]) -> Heading | None:
    """A labelled group ("Tiêu chí 2. …") whose items follow it heads them. It sits beside the last group of the
    same label, else right under the heading it follows — its level depends on where the document puts it
    ("III. Tiêu chí" › "Tiêu chí 1." or "1. Thang điểm" › "Tiêu chí 1."), so no fixed level fits."""
    m = _LABELLED.match(para)
    if m is None or not _ITEM_START.match(following):
        return None
    word = m.group(1).lower()
    same = next((h for h in reversed(stack) if h.label.lower().startswith(f"{word} ")), None)
    above = max((h.level for h in stack if h.level < 10), default=0.0)
    level = same.level if same else above + 0.5
    return Heading(level, _item_label(f"{m.group(1)} {m.group(2)}.", m.group(3)))


def outline(doc: Document) -> list[tuple[tuple[str, ...], list[str]]]:
    """Group the body into (section path, paragraphs) blocks in reading order."""
    body = doc.body
    last_heading = max((i for i, p in enumerate(body) if heading_of(p)), default=-1)
    has_headings = last_heading >= 0
    blocks: list[tuple[tuple[str, ...], list[str]]] = []
    stack: list[Heading] = []
    current: list[str] = []
    path: tuple[str, ...] = (PREAMBLE if has_headings else FULL_TEXT,)

    def flush() -> None:
        if current:
            blocks.append((path, list(current)))
            current.clear()

    for i, para in enumerate(body):
        heading = heading_of(para) or _labelled_group(para, body[i + 1] if i + 1 < len(body) else "", stack)
        if heading is not None:
            flush()
            if not heading.numbered:
                # a sibling of the last heading marked the same way ("**Mục đích**" / "**Yêu cầu**"), else
                # under the last numbered one ("I. MỤC ĐÍCH, YÊU CẦU" › "**Mục đích**")
                same = next((h for h in reversed(stack) if not h.numbered and h.depth == heading.depth), None)
                above = max((h.level for h in stack if h.numbered), default=0.0)
                level = same.level if same else above + heading.level
                heading = Heading(level, heading.label, numbered=False, depth=heading.depth)
            while stack and stack[-1].level >= heading.level:
                stack.pop()
            stack.append(heading)
            path = tuple(h.label for h in stack)
            current.append(para)
            continue
        if i > last_heading and has_headings and _CLOSING.match(para) and path[-1] != CLOSING:
            flush()
            top = stack[0].label if stack else PREAMBLE
            stack = []
            path = (top, CLOSING)
        current.append(para)
    flush()
    if doc.closing:
        blocks.append(((RECIPIENTS,), list(doc.closing)))
    return blocks


def _sentences(para: str) -> list[str]:
    """Sentences of a paragraph; a list marker ("1.", "a)") stays with its sentence."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(para):
        if out and re.fullmatch(r"(?:(?:Phần|Chương|Mục|Điều|Khoản|Tiêu chí|Tiêu chuẩn|Bước|Nội dung|Nhóm)\s+)?(?:[IVX]+|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})*)\.", out[-1], re.I):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _split_paragraph(para: str, max_chars: int) -> list[str]:
    """Cut a long paragraph into sentence groups; each group repeats the previous one's last sentence."""
    pieces: list[str] = []
    current: list[str] = []
    for sentence in _sentences(para):
        if current and len(" ".join(current)) + 1 + len(sentence) > max_chars:
            pieces.append(" ".join(current))
            last = current[-1]
            current = [last] if len(last) <= max_chars // 2 else []
        current.append(sentence)
    if current:
        pieces.append(" ".join(current))
    return pieces


def _split_long(paragraphs: list[str], max_chars: int) -> list[list[str]]:
    """Pack paragraphs into pieces <= max_chars; split a long paragraph by sentences with overlap."""
    units: list[str] = []
    for para in paragraphs:
        units.extend([para] if len(para) <= max_chars else _split_paragraph(para, max_chars))
    pieces: list[list[str]] = []
    current: list[str] = []
    size = 0
    for unit in units:
        if current and size + len(unit) > max_chars:
            pieces.append(current)
            overlap = current[-1] if len(current[-1]) <= max_chars // 3 else None
            current = [overlap] if overlap else []
            size = len(overlap) if overlap else 0
        current.append(unit)
        size += len(unit) + 1
    if current:
        pieces.append(current)
    return pieces


# a heading that states a value of its own: its points or share ("(tối đa 20 điểm)", "(35 điểm)", "30%")
_STATES_POINTS = re.compile(r"\d+\s*(?:điểm|%)")


def chunk_document(doc: Document, *, max_chars: int = 900) -> list[Chunk]:
    meta = doc.meta
    prefix = f"{meta.kind} {meta.number_display} {meta.issuer}"
    chunks: list[Chunk] = []
    used: set[str] = set()
    for path, paragraphs in outline(doc):
        section = PATH_SEP.join(path)
        content = [p for p in paragraphs]
        # a bare heading (its items follow as their own blocks) makes no chunk;
        # a short numbered clause that is a full sentence ("2. Kinh phí ... xã hội hóa.") does
        if (
            len(content) == 1
            and heading_of(content[0])
            and len(content[0]) <= 100
            and not content[0].rstrip().endswith((".", ";", "!", "?"))
            and not _STATES_POINTS.search(content[0])  # "Tiêu chí 2. Kết quả học tập (35 điểm)" says its points
        ):
            continue
        table_head = next((p for p in content if " | " in p), None)
        for piece in _split_long(content, max_chars):
            if table_head and " | " in piece[0] and table_head not in piece:
                piece = [table_head, *piece]  # a table cut in two keeps its column headers
            text = "\n".join(piece)
            digest = hashlib.sha1(f"{section}\n{text}".encode()).hexdigest()[:16]
            if digest in used:  # a paragraph repeated in one section: same text, its own id
                digest = hashlib.sha1(f"{section}\n{text}\n{len(chunks)}".encode()).hexdigest()[:16]
            used.add(digest)
            chunks.append(
                Chunk(
                    chunk_id=f"{meta.doc_id}:{digest}",
                    doc_id=meta.doc_id,
                    source=meta.source,
                    section=section,
                    ordinal=len(chunks),
                    text=text,
                    index_text=f"{prefix}{PATH_SEP}{section}\n{text}",
                )
            )
    return chunks
