"""A question draft: what is asked of one document, its right answer and the clause that states it.

Distractors are added later (quiz_generate). Drafts are made by quiz_questions (the header, legal bases,
targets, milestones, money), quiz_roles (who reports to whom, who leads or is the focal point, who does what,
what is due by which date) and quiz_tables (a table's target cells and its rows of tasks); nothing there
knows particular documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.clauses import AGENCY_HEAD, STRONG_HEAD

from .quiz_items import Citation


@dataclass(frozen=True)
class Draft:
    doc_id: str
    slot: str
    key: str
    question: str
    answer: str
    citation: Citation
    group: str = ""  # narrows the sibling pool: the milestone kind, the indicator
    near: tuple[str, ...] = ()  # the document's own values for a neighbouring question (another year's target)


AGENCY_START = re.compile(rf"^\s*(?:{AGENCY_HEAD}|Trung tâm|Trường|Đài|Báo|Thường trực|Đảng ủy|Huyện ủy|Tỉnh ủy)")
LIST_JOIN = re.compile(rf"(?:,|\bvà)\s+(?:{STRONG_HEAD}|Thường trực|Đoàn|Trung tâm|Trường|Báo|Đài|[Cc]ác\s)")
# lower-case verbs do not belong in a body's name ("Ban Chỉ đạo" is a name, "chỉ đạo" a verb)
NOT_A_NAME = re.compile(r"\b(?:tổng hợp|báo cáo|đề nghị|thời hạn|như sau|gửi|thực hiện|triển khai|là cơ quan|tham mưu|"
                         r"hướng dẫn|chỉ đạo|phổ biến|phối hợp|chủ trì|xây dựng|tổ chức|vận động|kiểm tra|hoàn thành|hoàn)\b")
NOT_AN_ISSUER = re.compile(r"\b(?:phê|duyệt|quy|định|phù|hợp|chương|trình|đề|án|hướng|dẫn|số|ngày|về|ban hành)\b")


def clean_agency(name: str) -> str | None:
    """*name* when it reads as one body's name (an option must), else None."""
    name = re.sub(r"^(?:Đề nghị|đề nghị)\s+", "", name.strip(" ,;:.-+"))
    if not name or len(name) > 90 or len(name.split()) > 14 or re.search(r"[:;()/\"“”\d]", name):
        return None
    if not AGENCY_START.match(name) or LIST_JOIN.search(name) or NOT_A_NAME.search(name):
        return None
    return name


def is_person_name(text: str) -> bool:
    """Two to five capitalised words of letters ("Nguyễn Lộc Hà"; not "guyễn Lộc Hà", a letter lost in extraction)."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(w.isalpha() and w[0].isupper() for w in words)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def clip(text: str, limit: int = 240) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text.rstrip(" .;,")
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def inner_quotes(text: str) -> str:
    """*text* ready to stand inside “…”: its own double quotes become single ones."""
    text = re.sub(r"“([^”]*)”", r"‘\1’", text)
    return re.sub(r'"([^"]*)"', r"‘\1’", text)
