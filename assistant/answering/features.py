"""The features of a candidate unit for one question, the ranker's input.

Each is in [0, 1]: how much of the question's weighted words the clause (or its
heading) holds, whether it states the kind of value asked, whether its heading or
subject is the agency asked about, whether a parsed fact backs it, where its chunk
ranked in retrieval.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.sections import PATH_SEP
from index.textnorm import fold_ascii
from index.vocabulary.terms import AGENCIES, titles_in

from .demands import act_unsaid
from .evidence import BARE_HEADING, UnitCatalog
from .kinds import asked_role, names_role
from .understand import PERCENT_WORDS, YEAR, Query, content_terms, kept_stopwords, names_counted_thing
from .units import TABLE_CELL, TOWARDS, Unit, actors, bigrams
from .values import NAME_ASKED, POST_HOLDER

# answer types a clause either states or does not: asking one the documents never state is
# the commonest unanswerable question (an amount of money, a phone number, a date never set)
HARD_TYPES = frozenset({"date", "money", "contact", "person", "penalty", "quarter", "percent", "count", "cutoff",
                         "threshold"})

FEATURES = (
    "lex", "lex_section", "lex_head", "head_match", "phase_match", "phase_conflict", "ref_match", "bigram", "chunk", "rank", "type_fit", "type_miss", "agency_heading",
    "agency_subject", "agency_any", "agency_recipient", "title", "title_miss", "year_match", "year_conflict", "fact", "topic_section",
    "hard_miss", "block_wanted", "block_unwanted",
    "bare_heading", "short", "header_asked", "header_unasked",
)

_TOPIC_SECTION_WORDS = {
    "reporting": ("bao cao", "che do bao cao", "to chuc thuc hien"),
    "target": ("chi tieu", "muc tieu"),
    "awards": ("khen thuong", "thi dua"),
    "funding": ("kinh phi",),
    "milestone": ("so ket", "tong ket", "lo trinh", "giai doan", "thoi gian"),
    "legal": ("phan mo dau", "can cu"),
    "criteria": ("tieu chi", "tieu chuan", "danh gia"),
    "duties": ("to chuc thuc hien", "nhiem vu", "trach nhiem"),
    "purpose": ("muc dich", "yeu cau"),
}


# how much more a follow-up's own words weigh than those inherited from earlier turns
OWN_WORD_WEIGHT = 2.0

_PHASE = re.compile(r"\bgiai doan\s*(\d)\b")


def wants_list(q: Query) -> bool:
    """A question answered by a whole list: "những …", "gồm …", criteria, award forms, every duty."""
    if q.has("yesno"):
        return False
    return q.has("list") or q.has("duties_list") or bool({"criteria", "awards"} & set(q.topics))


@lru_cache(maxsize=256)  # read once per question, not once per candidate clause
def _own_words(text: str, bare: str) -> frozenset[str]:
    """The words a turn types itself, read with its marks ("con dấu") and without."""
    return frozenset(content_terms(text, kept_stopwords(text))) | frozenset(content_terms(bare))


@lru_cache(maxsize=4096)
def _heading_bigrams(heading: str) -> frozenset[str]:
    return bigrams(content_terms(heading))


def describe(unit: Unit, q: Query, catalog: UnitCatalog) -> dict[str, float]:
    """The feature vector of *unit* for question *q* (names in :data:`FEATURES`)."""
    # a follow-up's own words ("thế còn lớp cho người cao tuổi") weigh more than those it inherits from the
    # conversation ("lớp an toàn thực phẩm … do ai giảng"); a question on its own has only its own words
    own = _own_words(q.text, q.bare)
    inherited = not set(q.terms) <= own
    weights = {t: catalog.idf(t) * (OWN_WORD_WEIGHT if inherited and t in own else 1.0) for t in q.terms}
    total = sum(weights.values()) or 1.0
    lex = sum(w for t, w in weights.items() if t in unit.terms) / total
    context = unit.section_terms | unit.intro_terms
    lex_section = sum(w for t, w in weights.items() if t in unit.terms or t in context) / total
    # what the clause is about: its own heading, the line introducing its list, or the opener of a block
    head = unit.head_terms | unit.intro_terms | (unit.own_terms if unit.members else frozenset())
    lex_head = sum(w for t, w in weights.items() if t in head) / total
    q_bigrams = bigrams(q.terms)
    shared = q_bigrams & unit.bigrams
    bigram = len(shared) / len(q_bigrams) if q_bigrams else 0.0
    # the question's rarer phrases the clause or its heading repeats word for word ("cơ quan thường trực", "cho vay");
    # read by decide() for yes/no questions, not by the ranker (it is not in FEATURES)
    phrased = q_bigrams & (unit.bigrams | _heading_bigrams(unit.section.split(PATH_SEP)[-1]))
    phrase = sum(min(weights.get(w, 0.0) for w in b.split()) for b in phrased) / total
    asks = [a for a in q.asks if a != "agency" or not q.doc_attribute]
    held = [a for a in asks if _holds(unit, a, q)]
    type_fit = len(held) / len(asks) if asks else 0.0
    hard = [a for a in asks if a in HARD_TYPES]
    # the agency the question is about acts in the clause; one it names as a destination receives
    asked_agencies = set(q.agencies) - set(q.recipients)
    section_bare = fold_ascii(unit.section)
    topic_section = any(w in section_bare for t in q.topics for w in _TOPIC_SECTION_WORDS.get(t, ()))
    heading_phases = {int(p) for p in _PHASE.findall(fold_ascii(unit.label))}
    unit_phases = heading_phases | {int(p) for p in _PHASE.findall(fold_ascii(unit.text))}
    year_context = set(unit.years) | {int(y) for y in YEAR.findall(f"{unit.section} {unit.lead_in}")}
    return {
        "lex": lex,
        "lex_section": lex_section,
        "lex_head": lex_head,
        # the question names what the heading is about ("ban ngành cấp xã" ~ "a) Đối với các ban, ngành … cấp xã")
        "head_match": 1.0 if lex_head >= 0.3 else 0.0,
        "phase_match": 1.0 if set(q.phases) & unit_phases else 0.0,
        # a document the question names by number ("Chỉ thị 14", "QĐ 1373") is cited in the clause
        "ref_match": 1.0 if q.doc_refs and any(re.search(rf"(?<![\d/]){n}\s*/", unit.text) for n in q.doc_refs) else 0.0,
        "phase_conflict": 1.0 if q.phases and heading_phases and not set(q.phases) & heading_phases else 0.0,
        "bigram": bigram,
        "phrase": phrase,
        "chunk": unit.chunk_score,
        "rank": 1.0 / (1 + unit.chunk_rank),
        "type_fit": type_fit,
        "type_miss": 1.0 if asks and not held else 0.0,
        "agency_heading": 1.0 if asked_agencies & set(unit.heading_agencies) else 0.0,
        "agency_subject": 1.0 if asked_agencies & set(unit.subject) else 0.0,
        "agency_any": 1.0 if asked_agencies & set(unit.agencies) else 0.0,
        "agency_recipient": 1.0 if q.recipients and _receives(unit, q.recipients) else 0.0,
        "title": 1.0 if set(q.titles) & set(unit.titles) else 0.0,
        "title_miss": 1.0 if q.titles and not set(q.titles) & (set(unit.titles) | set(titles_in(unit.section))) else 0.0,
        "hard_miss": 1.0 if hard and not set(hard) & set(held) else 0.0,
        "year_match": 1.0 if set(q.years) & year_context else 0.0,
        "year_conflict": 1.0 if q.years and unit.years and not set(q.years) & year_context else 0.0,
        "fact": 1.0 if set(q.topics) & unit.facts else 0.0,
        "topic_section": 1.0 if topic_section else 0.0,
        "bare_heading": 1.0 if BARE_HEADING.match(unit.text) and not unit.header and not unit.members else 0.0,
        "short": 1.0 if len(unit.full_text) < 40 and not unit.header and not unit.lead_in else 0.0,
        "block_wanted": 1.0 if unit.members and wants_list(q) else 0.0,
        "block_unwanted": 1.0 if unit.members and not wants_list(q) else 0.0,
        "header_asked": 1.0 if unit.header and unit.header == q.doc_attribute else 0.0,
        "header_unasked": 1.0 if unit.header and unit.header != q.doc_attribute else 0.0,
        # not a ranker feature: the event or act whose day is asked is not what the clause dates (see fits.meets)
        # (a date only: read of a month or a "khi nào" it cost held-out deadline questions more than it gained)
        "act_unsaid": 1.0 if "date" in q.asks and not q.deadline and "reporting" not in q.topics and "legal" not in
        q.topics and not q.doc_refs and act_unsaid(unit, q, catalog.idf) else 0.0,
    }


def _receives(unit: Unit, recipients: list[str]) -> bool:
    """The clause sends something to one of *recipients* ("… báo cáo … về Sở Giáo dục và Đào tạo")."""
    folded = fold_ascii(unit.text)
    for term in AGENCIES:
        if term.name in recipients:
            for m in term.regex.finditer(folded):
                if TOWARDS.search(folded[max(0, m.start() - 12) : m.start()]):
                    return True
    return False


def other_target(unit: Unit, q: Query) -> bool:
    """"quỹ khuyến học 2024 chỉ tiêu bao nhiêu": a target asked without "%" may be an amount, or a count in a table."""
    return not PERCENT_WORDS.search(q.bare) and (unit.holds("money") or (TABLE_CELL in unit.text and unit.holds("count") and any(
        re.match(r"\s*\d", cell) for cell in unit.text.split(TABLE_CELL)[1:])))  # a figure, not "Tháng 12 | …"


def holds_post(unit: Unit, q: Query) -> bool:
    """"Phó Trưởng ban Thường trực là ai" is answered by "Phó Trưởng ban Thường trực là Giám đốc Sở …" — a clause
    that names the post asked and fills it with another post — unless the question asks for a name."""
    role = asked_role(q.bare)
    if _HEAD_ASKED.search(q.bare) and not NAME_ASKED.search(q.bare):
        # "Tổ đánh giá … do ai đứng đầu": "do Trưởng thôn làm Tổ trưởng"; "ai làm tổ trưởng": not "danh sách Tổ
        # giúp việc do Trưởng ban quyết định", which names no tổ trưởng
        return bool(POST_HOLDER.search(unit.text)) and (not role or names_role(fold_ascii(unit.text), role))
    return bool(role) and not NAME_ASKED.search(q.bare) and bool(POST_HOLDER.search(unit.text)) and names_role(
        fold_ascii(unit.text), role)


# who heads a body, which a post answers as well as a name
_HEAD_ASKED = re.compile(r"\b(?:ai|nguoi nao) (?:dung dau|lam (?:to truong|truong ban|chu tich hoi dong|truong doan))\b")


def _holds(unit: Unit, kind: str, q: Query) -> bool:
    if kind == "percent" and other_target(unit, q):
        return True
    if kind == "agency":
        # an agency that acts (the clause's subject or heading) or that something goes to
        acting = actors(unit)
        if acting - set(q.agencies) or (acting and not q.agencies):
            return True
        folded = fold_ascii(unit.text)
        for term in AGENCIES:
            if term.name in unit.agencies and term.name not in q.agencies:
                m = term.regex.search(folded)
                if m and TOWARDS.search(folded[max(0, m.start() - 12) : m.start()]):
                    return True
        return False
    if kind == "person" and holds_post(unit, q):
        return True  # "Phó Trưởng ban Thường trực là ai": "… là Giám đốc Sở GD&ĐT"
    if kind == "count" and not names_counted_thing(q.bare) and unit.holds("money"):
        return True  # "Quỹ khuyến học đạt ít nhất bao nhiêu?": an amount is the number asked
    if kind == "date" and not q.deadline and unit.holds("docdate"):
        return True  # "hội nghị tổ chức ngày nào": the day it happens, not only a deadline
    return unit.holds(kind, with_heading=kind in ("date", "when", "year", "quarter", "percent"))
