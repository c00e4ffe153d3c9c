"""The event a question asks about ("Hội nghị sơ kết …", "Hội thi vẽ tranh theo sách", "Lễ khai mạc Tuần lễ …") and
whether a clause is about that event: a count or an amount is of the event named with a word that tells it from
others of its kind; a day asked is given in the part of the clause that names the event."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii, written_out

from .demands import DOCUMENT_NAMED, plain_words
from .kinds import STOPWORDS
from .understand import YEAR, Query
from .units import Unit
from .values import CITED_DOCUMENT, COUNTED_TO, DAY_MONTH

# an event a question counts something at or asks the day of: "Lễ khai mạc Tuần lễ …", "Hội nghị sơ kết …", "Đại hội
# …", "Hội thi …", a class ("lớp nghề may công nghiệp", "lớp tập huấn …"; not classes counted: "bao nhiêu lớp …")
_EVENT = re.compile(r"\b(?:le (?:khai mac|be mac|phat dong|trao thuong|tuyen duong|ky niem|tong ket|huong ung)|"
                    r"hoi nghi(?: (?:so ket|tong ket|trien khai))?|hop (?:so ket|tong ket)|"
                    r"dai hoi|hoi thi|cuoc thi|ngay hoi|hoi thao|toa dam|"
                    r"dien dan|(?<!bao nhieu )(?<!may )(?<!bn )(?<!so )(?<!cac )(?<!nhung )(?<!moi )lop)\b")
# the words after an event's kind that tell it from the others of its kind ("Hội thi vẽ tranh theo sách"): up to
# this many, before a word that asks, places or dates it
OWN_WORDS = 2
_OWN_WORDS_END = frozenset("nao gi dau ngay thang nam luc vao duoc do co la se tai o cua trong theo cho cap bao bn".split())
# words after an event's kind that name its place, level or the campaign, not which event it is
_NOT_OWN = frozenset("xa phuong thi tran huyen quan tinh thanh pho thon ap toan xay dung hoi hoc tap".split())


def _asked_events(q: Query) -> list[tuple[str, list[str]]]:
    """Each event the question names, with the words that tell it apart ("hoi thi", ["ve", "tranh"])."""
    bare = DOCUMENT_NAMED.sub(" ", q.bare, count=1)
    places = {w for p in q.places for w in p.split()}
    out: list[tuple[str, list[str]]] = []
    for m in _EVENT.finditer(bare):
        own: list[str] = []
        for word in re.findall(r"[a-z0-9]+", bare[m.end():])[:OWN_WORDS]:
            if word in _OWN_WORDS_END or YEAR.fullmatch(word) or word.isdigit():
                break
            if word not in _NOT_OWN and word not in places and word not in STOPWORDS:
                # "lớp xmc" is a "lớp xóa mù chữ" (of an abbreviation's words, those that tell it apart)
                own += [w for w in written_out(word).split() if w not in _NOT_OWN | STOPWORDS]
        out.append((m.group(0), own))
    return out


def day_of_event(unit: Unit, q: Query) -> bool:
    """"Đại hội … tổ chức vào ngày nào": the part of the clause naming the event gives a day ("Tổ chức Đại hội … trong
    quý III năm 2026; cấp xã hoàn thành trước ngày 30/6" gives none); a question naming no event, any part."""
    events = {kind for kind, _own in _asked_events(q)}
    parts = re.split(r";|\.\s", CITED_DOCUMENT.sub(" ", unit.full_text))
    if events and not q.deadline:  # "họp sơ kết ngày nào": the day the meeting is held, not a day something is due by
        parts = [_DUE_BY.sub(" ", p) for p in parts]
    naming = [p for p in parts if any(re.search(rf"\b{e}\b", plain_words(fold_ascii(p))) for e in events)]
    if not naming:
        return bool(DAY_MONTH.search(" ".join(parts)))
    # of the parts naming it, the one sharing most of the question's words ("Đại hội … tỉnh …, nhiệm kỳ 2026 - 2031")
    best = max(naming, key=lambda p: len(set(q.terms) & set(re.findall(r"[a-z0-9]+", fold_ascii(p)))))
    return bool(DAY_MONTH.search(best))


def names_event(unit: Unit, q: Query) -> bool:
    """"Lễ khai mạc Tuần lễ … có bao nhiêu đại biểu": not the delegates of the Hội nghị sơ kết or of the Đại hội a
    clause counts; "giải thưởng của Hội thi vẽ tranh …": not the prizes of the contest "Đại sứ Văn hóa đọc". The event
    asked, and one of the words that tell it from others of its kind, must be named by the clause, its headings or
    its document's title."""
    asked = _asked_events(q)
    if not asked:
        return True
    said = plain_words(fold_ascii(f"{unit.doc.title} {unit.section} {unit.lead_in} {unit.full_text}"))
    words = set(said.split())
    # a class is named by its own words alone ("12 buổi Bình dân học vụ số" of "lớp Bình dân học vụ số")
    return any((kind == "lop" or re.search(rf"\b{kind}\b", said)) and (not own or any(w in words for w in own))
               for kind, own in asked)


# a day something is due by ("trước ngày 10/4/2026", "chậm nhất ngày 15 tháng 6", "trước 16h00 ngày 10/01/2025"), not
# the day it happens
_DUE_BY = re.compile(r"\b(?:trước|chậm nhất(?: là)?|hạn(?: chót| cuối)?|đến hết)\s+"
                     r"(?:\d{1,2}\s*(?:h|giờ)\s*(?:\d{2})?(?:\s*phút)?,?\s+)?(?:ngày\s+)?\d{1,2}\s*(?:tháng\s+|/)\s*"
                     r"\d{1,2}(?:\s*(?:/|năm\s+)\s*\d{4})?", re.I)


def states_day(unit: Unit) -> bool:
    """The clause dates something that happens on a day: not a deadline, the day figures count to, or the date
    of a document it cites."""
    text = _DUE_BY.sub(" ", COUNTED_TO.sub(" ", CITED_DOCUMENT.sub(" ", unit.full_text)))
    return bool(DAY_MONTH.search(text.replace("trước ngày", " ")))


# the end of something asked ("kết thúc khóa học", "bế mạc") and its start ("khai giảng", "khai mạc", "bắt đầu")
_ENDS = re.compile(r"\b(?:ket thuc|be mac|be giang|ket khoa)\b")
_STARTS = re.compile(r"\b(?:khai giang|khai mac|bat dau|phat dong)\b")
# "từ ngày 01/10 đến ngày 07/10": both the start and the end
_SPAN = re.compile(r"\btu (?:ngay )?\d{1,2}\s*/\s*\d{1,2}.{0,20}?\bden (?:het )?(?:ngay )?\d{1,2}\s*/\s*\d{1,2}")


def same_end(unit: Unit, q: Query) -> bool:
    """"lớp … kết thúc khóa học vào ngày nào" is not answered by the day it opened ("Khai giảng lớp … ngày
    07/10/2024"), nor "khai mạc ngày nào" by the day it closes; a span ("từ ngày … đến ngày …") gives both."""
    asked_end, asked_start = bool(_ENDS.search(q.bare)), bool(_STARTS.search(q.bare))
    if asked_end == asked_start:
        return True
    said = fold_ascii(f"{unit.lead_in} {unit.full_text}")
    if _SPAN.search(said):
        return True
    own, other = (_ENDS, _STARTS) if asked_end else (_STARTS, _ENDS)
    return bool(own.search(said)) or not other.search(said)


# a day something was done asked ("đã gửi báo cáo … vào ngày nào"): what happened, not the day it was due by
_DONE_ASKED = re.compile(r"\bda (?:gui|nop|to chuc|ban hanh|trinh|bao cao|khai giang|khai mac|hop|tong ket|so ket|"
                         r"trao|tang|ky|phe duyet)\b")


def done_on_a_day(unit: Unit, q: Query) -> bool:
    """"Phòng GD&ĐT … đã gửi báo cáo … vào ngày nào" is not answered by the day the report is due ("chậm nhất
    trước 16h00 ngày 10/01/2025"): the clause must date something done."""
    return not _DONE_ASKED.search(q.bare) or states_day(unit)
