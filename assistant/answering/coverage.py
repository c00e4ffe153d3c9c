"""Whether the documents in scope speak about what the question names: a place the library has no document
of but a document names (found by `placenames`), a title a guidance mentions only inside another title's
criteria, an agency a plan never names, a level a value is never given at. Each gives the clauses that do speak
for it first, or the line that says the documents do not."""

from __future__ import annotations

import re

from index.documents import DocumentMeta
from index.textnorm import as_typed, fold_ascii
from index.vocabulary.abbreviations import ABBREVIATIONS
from index.vocabulary.terms import AGENCIES, agencies_in

from ..scope import PlaceMatch, Scope
from .answer import doc_name
from .demands import DOCUMENT_NAMED
from .evidence import UnitCatalog
from .issuers import issuing_agencies
from .parallel import speaks_for
from .periods import speaking_of_period
from .placenames import communes, named_as, small_places
from .qualifiers import expanded_terms, qualifier_unsaid
from .relevance import GRADE_ASKED
from .timeframe import YEAR_SPAN, period_years
from .understand import Query, levels_named
from .units import TABLE_CELL, Unit

# a yes/no question with this many words its documents never use asks about something they do not cover
PREMISE_WORDS = 3
# words that say how many a claim is of ("tất cả … đều"), not what it is about
_QUANTIFIERS = frozenset("tat ca deu moi toan bo nhung".split())
# a grade the answering document never gives is refused in a scope this small (documents sharing a number, a
# place's few documents)
MAX_GRADED_DOCS = 6


def _names_places(unit: Unit, places: list[PlaceMatch], every: bool = True) -> bool:
    return (all if every else any)(_names_name(unit, p.name) for p in places)


def _names_name(unit: Unit, name: str) -> bool:
    return bool(re.search(rf"\b{re.escape(name)}\b", fold_ascii(f"{unit.section} {unit.lead_in} {unit.full_text}")))


# a figure given to each place of a kind ("mỗi xã mở ít nhất …", "các huyện phấn đấu …") is each one's too
_EACH_OF = re.compile(r"\b(?:moi|tung|cac|100%)\s+(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|thon|ap|ban|khom|"
                      r"to dan pho|khu pho|don vi|dia phuong)\b")


def figures_of_places_asked(q: Query, scope: Scope, ranked: list[Unit], kinds: list[str]) -> list[Unit]:
    """"năm 2025 huyện Nậm Pồ phải mở bao nhiêu lớp" of a province's letter, "thôn 1A có bao nhiêu hộ …" of a
    commune's report: a count, an amount or a rate of a place the library holds no document of, or of a village, is
    given by a clause naming it, or by one for each place of its kind — not by the province's or commune's total."""
    below = [p for p in scope.places if p.relation in ("unknown", "mentioned", "village")]
    if not below or not scope.doc_ids or not {"count", "money", "percent"} & set(kinds):
        return ranked
    return [u for u in ranked if _names_places(u, below, every=False) or _for_each(u)]


def _for_each(unit: Unit) -> bool:
    return bool(_EACH_OF.search(fold_ascii(f"{unit.section} {unit.lead_in} {unit.full_text}")))


def _names_mentioned(unit: Unit, mentioned: list[PlaceMatch]) -> bool:
    """The clause names the one place asked, or one of several compared (a table row names one commune)."""
    return _names_places(unit, mentioned, every=len(mentioned) == 1)


def title_asked(q: Query) -> str:
    """The one title whose criteria or points the question asks ("Công dân học tập … tiêu chí 1 mấy điểm")."""
    scored = "threshold" in q.asks or re.search(r"\b(?:tieu chi|diem)\b", q.bare)
    return q.titles[0] if len(q.titles) == 1 and scored else ""


def speaking_first(q: Query, scope: Scope, ranked: list[Unit]) -> list[Unit]:
    """The clauses that name a merely mentioned place, and those about the one title asked, first."""
    mentioned = [p for p in scope.places if p.relation == "mentioned"]
    if mentioned:
        ranked = _first(ranked, lambda u: _names_mentioned(u, mentioned))
    villages = [p for p in scope.places if p.relation == "village"]
    if villages and {"percent", "count", "money"} & set(q.asks):  # "còn thôn Đạ Rơ 2?": its own line first
        ranked = _first(ranked, lambda u: _names_places(u, villages, every=False))
    title = title_asked(q)
    if title:
        ranked = _first(ranked, lambda u: speaks_for(u, title))
    return speaking_of_period(q, ranked)


def each_place(q: Query, scope: Scope, shown: list[Unit], units: list[Unit]) -> list[Unit]:
    """"xã Đồng Du và xã Tiêu Động, xã nào cao hơn", "ấp Phú Hòa hay ấp Tân Quy": for each place of several the
    library has no document of, or each village, the best clause naming it when no clause shown does (its row of
    the district's table)."""
    names = [p.name for p in scope.places if p.relation in ("mentioned", "unknown")]
    names += [fold_ascii(name) for _kind, name in small_places(q.text)]
    if len(names) < 2:
        return []
    names = list(dict.fromkeys(names))

    def speaks_of(unit: Unit, name: str) -> bool:
        # "Xã có 05 ấp gồm: Phú Hòa, …, Tân Quy" names them all and gives none its own figure
        return _names_name(unit, name) and (TABLE_CELL in unit.text or not all(_names_name(unit, n) for n in names))

    out: list[Unit] = []
    for name in names:
        if any(speaks_of(u, name) for u in [*shown, *out]):
            continue
        found = next((u for u in units if not u.header and not u.members and speaks_of(u, name)), None)
        if found is not None:
            out.append(found)
    return out


def naming_mentioned(scope: Scope, ranked: list[Unit]) -> list[Unit]:
    """Only the clauses that name a merely mentioned place, when any does: the list of "Tiêu chí 2" does not
    answer for "thôn thuộc huyện Bác Ái" when the note under it names Bác Ái."""
    mentioned = [p for p in scope.places if p.relation == "mentioned"]
    naming = [u for u in ranked if _names_mentioned(u, mentioned)] if mentioned else []
    return naming or ranked



def _mentions_year(folded: str, year: int) -> bool:
    """The text names *year*, or a period of its own that holds it ("giai đoạn 2023 - 2030"), not one in the quoted
    name of another plan ("phong trào “Cả nước thi đua … giai đoạn 2023 - 2030”")."""
    unquoted = re.sub(r'"[^"]{0,300}"|“[^”]{0,300}”', " ", folded)
    return str(year) in folded or any(int(a) <= year <= int(b) for a, b in YEAR_SPAN.findall(unquoted))




def _grades_unnamed(q: Query, folded: str) -> list[str]:
    """The grades the question names that the text never gives: not after "loại"/"mức", nor as the label of an
    item ("- Khá: từ 70 điểm …", "Hoàn thành xuất sắc (từ 90 điểm)") or the first cell of a row ("Tốt | Từ 85 …")."""
    return [g for g in dict.fromkeys(GRADE_ASKED.findall(q.bare)) if not re.search(
        rf"\b(?:xep loai|loai|muc|dat|tu|hoc tap)\s+[\"“']?{g}\b|(?:^|[-+•:;.)]\s*)[\"“']?{g}[\"”']?\s*[:(]|\b{g}[\"”']?\s*\|", folded)]


# a thing of one level: "học sinh giỏi cấp huyện", "giải cấp tỉnh" (two words before "cấp" name the thing)
_THING_OF_LEVEL = re.compile(r"\b([a-z]+ [a-z]+) (?:cap (xa|huyen|tinh|quoc gia|truong|thon)|(quoc gia))\b")
_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:dong|d\b|trieu|nghin|ngan|ty)")
_NOT_A_THING = frozenset("hoi khuyen hoc chi dao ban ubnd uy nhan dan phong so cong dong tap dat danh hieu nhan".split())


def _levels_unnamed(q: Query, folded: str, money: bool) -> tuple[str, list[str]] | None:
    """"học sinh giỏi cấp huyện … thưởng bao nhiêu" of a plan whose amounts are for "học sinh giỏi cấp tỉnh" and
    "cấp quốc gia" only: the level asked and the levels the text gives it a value at; None when a part of
    the text with a value (an amount, for money) names it at the level asked, or none names it."""
    value = _AMOUNT if money else re.compile(r"\d")
    folded = " ; ".join(p for p in re.split(r"[;\n]|\.\s", folded) if value.search(p))
    words = expanded_terms(q)
    for thing, level, national in _THING_OF_LEVEL.findall(words):
        level = level or national  # "đạt giải quốc gia"
        if set(thing.split()) & _NOT_A_THING and "giai" not in thing.split():
            continue  # "Hội Khuyến học cấp huyện", "Cộng đồng học tập cấp xã": a body or a title, read elsewhere
        stated = list(dict.fromkeys(
            a or b for a, b in re.findall(rf"\b{thing} (?:cap (xa|huyen|tinh|quoc gia|truong|thon)|(quoc gia))\b", folded)))
        if stated and level not in stated:
            return level, stated
    return None


# things a question names that a document names in these words or not at all: a form of award, a budget or fund
# of a level, a sanction, a grade of school (folded pattern, as shown)
_NAMED_THINGS = [
    (r"bang khen", "Bằng khen"), (r"giay khen", "Giấy khen"), (r"co thi dua", "Cờ thi đua"),
    (r"ky niem chuong", "Kỷ niệm chương"),
    (r"ngan sach (?:cap )?tinh", "ngân sách tỉnh"), (r"ngan sach (?:cap )?huyen", "ngân sách huyện"),
    (r"ngan sach (?:cap )?xa", "ngân sách xã"), (r"ngan sach trung uong", "ngân sách trung ương"),
    (r"ky luat", "kỷ luật"), (r"khien trach", "khiển trách"),
    (r"thpt|trung hoc pho thong", "trung học phổ thông"), (r"thcs|trung hoc co so", "trung học cơ sở"),
    (r"mam non", "mầm non"), (r"dai hoc", "đại học"),
]


_AWARD_THINGS = frozenset({"Bằng khen", "Giấy khen", "Cờ thi đua", "Kỷ niệm chương"})


def _things_unnamed(q: Query, folded: str) -> list[str]:
    """The things of `_NAMED_THINGS` the question names that the text never does (a budget's level only when an
    amount is asked: "… trong dự toán ngân sách huyện X" of "dự toán ngân sách hằng năm" names its place)."""
    words = expanded_terms(q)
    return [shown for pattern, shown in _NAMED_THINGS
            if (not shown.startswith("ngân sách") or "money" in q.asks)
            and re.search(rf"\b(?:{pattern})\b", words) and not re.search(rf"\b(?:{pattern})\b", folded)]


# the year of the document a question cites: "theo hướng dẫn năm 2019 của Hội Khuyến học tỉnh"
_DOCUMENT_YEAR = re.compile(r"\b(?:huong dan|hd|ke hoach|kh|cong van|cv|quyet dinh|qd|thong bao|tb)\s+(?:ban hanh\s+)?nam\s+"
                            r"((?:19|20)\d{2})\b(?!\s*[-–])")


# the period of the document a question names: "Quy chế phối hợp … giai đoạn 2019 - 2024"
_DOCUMENT_SPAN = re.compile(r"\b(?:quy che|ke hoach|kh|huong dan|hd|chuong trinh|de an|quyet dinh|qd)\b[^?]{0,90}?"
                            r"\bgiai doan\s+(20\d{2})\s*[-–]\s*(20\d{2})\b")


_LEVEL_NAMES = {"xa": "xã", "huyen": "huyện", "tinh": "tỉnh", "thon": "thôn", "quoc gia": "quốc gia",
                "truong": "trường", "trung uong": "trung ương"}


def _levels_shown(levels: set[str]) -> str:
    return ", ".join(_LEVEL_NAMES.get(x, x) for x in sorted(levels))


def _first(units: list[Unit], wanted) -> list[Unit]:
    return [u for u in units if wanted(u)] + [u for u in units if not wanted(u)]


def _written_out(agency: str, bare: str) -> bool:
    """The question names *agency* by a word of its own ("Bộ Giáo dục và Đào tạo", "UBND tỉnh"), not by a level a
    report goes to ("về tỉnh")."""
    term = next((t for t in AGENCIES if t.name == agency), None)
    found = term.regex.search(bare) if term else None
    return found is not None and bool(set(found.group(0).split()) - _LEVEL_ONLY)


_LEVEL_ONLY = frozenset("ve len cho toi den gui cap tinh huyen xa phuong thi tran quan thanh pho".split())

# a body named as the author of the document the question cites: "được quy chế BCĐ XHHT giao nhiệm vụ gì"
_OWNED_DOCUMENT = re.compile(r"\b(?:quy che|ke hoach|kh|huong dan|hd|quyet dinh|qd|cong van|cv|thong bao|tb|van ban|"
                             r"chuong trinh|nghi quyet|bao cao|bc)(?: (?:so )?\d+\S*)?(?: cua)?\s*$")


def _only_as_author(agency: str, bare: str) -> bool:
    """Every mention of *agency* in the question names the author of a document ("theo quy chế của Ban Chỉ đạo"),
    not a body the question asks about."""
    term = next((t for t in AGENCIES if t.name == agency), None)
    found = list(term.regex.finditer(bare)) if term else []
    return bool(found) and all(_OWNED_DOCUMENT.search(bare[: m.start()]) for m in found)


# who a question asks the duties of, outside the agency vocabulary: "Giám đốc Kho bạc Nhà nước tỉnh có trách nhiệm gì"
_DUTIES_OF = re.compile(r"^(.+?)\s+(?:co|duoc giao|phai|se)?\s*(?:trach nhiem|nhiem vu|lam gi|lam nhung gi|phai lam)\b")
# what a question asks the doer of: "tiết mục văn nghệ chào mừng do đơn vị nào biểu diễn"
_DONE_BY = re.compile(r"^(.+?)\s+(?:se\s+)?do\s+(?:ai|don vi nao|co quan nao|to chuc nao|ben nao)\b")
# words of a subject that say its post, level or place, not which body it is
_SUBJECT_FILLER = frozenset("giam doc pho chu tich truong thanh vien can bo cong chuc lanh dao dai dien cac nhung moi "
                            "tinh huyen xa phuong thi tran thon ap cap quan thanh pho theo cua trong va o tai".split())
# a subject counts as unnamed when this many of its pairs of words, and half of them, are nowhere in the documents
SUBJECT_MISSING_PAIRS = 2


def _subject_unnamed(q: Query, text: str, asked: re.Pattern[str]) -> str:
    """The body whose duties the question asks, or the thing whose doer it asks (*asked* holds it first), when the
    documents (*text*, folded) never name it and the agency vocabulary does not know it ("Kho bạc Nhà nước tỉnh",
    "tiết mục văn nghệ chào mừng"); '' otherwise."""
    m = asked.match(DOCUMENT_NAMED.sub("", q.bare, count=1).strip())
    subject = m.group(1).split(",")[-1] if m else ""  # "Trong chương trình Hội nghị …, tiết mục văn nghệ …"
    if not subject or agencies_in(subject):
        return ""
    places = {w for p in q.places for w in p.split()}
    tokens = re.findall(r"[a-z0-9]+", subject)
    # read by pairs of syllables side by side in the question ("văn nghệ" is missing where "văn bản" and "nghề" are
    # not), the first pair naming the thing itself ("tiết mục", "kho bạc")
    kept = [t for t in tokens if t not in _SUBJECT_FILLER and t not in places and t.isalpha()]
    pairs = [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False) if a in kept and b in kept]
    missing = [p for p in pairs if not re.search(rf"\b{p}\b", text)]
    if pairs and pairs[0] in missing and len(missing) >= SUBJECT_MISSING_PAIRS and 2 * len(missing) >= len(pairs):
        return as_typed(q.text, subject.strip())
    return ""


def _named_anywhere(name: str, catalog: UnitCatalog) -> bool:
    """Some document of the library names *name* (folded) in its headings or clauses — or its first two words: a
    name typed without marks may run into the question's next word ("thon pang dung khai giang …")."""
    words = name.split()
    pattern = re.compile(rf"\b{re.escape(' '.join(words[:2]))}\b")
    return any(pattern.search(catalog.named.folded_text(d.doc_id)) for d in catalog.library.documents)


def not_covered(q: Query, scope: Scope, scope_docs: list[DocumentMeta], lead: Unit, ranked: list[Unit],
                catalog: UnitCatalog) -> str:
    """Why the documents in scope do not answer, though a clause was found; '' when they do."""
    unsaid = qualifier_unsaid(q, lead, ranked, f"{fold_ascii(lead.doc.title or '')} "
                                               f"{catalog.named.folded_text(lead.doc.doc_id)}")
    if unsaid:  # "bà Đặng Thị Huệ …", "trường mầm non …", "sơ kết 2 năm …" of a clause saying it of another
        return unsaid
    mentioned = [p for p in scope.places if p.relation == "mentioned"]
    if mentioned and not _names_mentioned(lead, mentioned):  # the documents name the place, not this clause
        names = ", ".join(p.label for p in mentioned)
        return f"Thư viện chưa có văn bản nào của {names}, nên các tài liệu hiện có không nêu nội dung này cho {names}."
    if len(scope_docs) == 1 and q.titles and not q.has("yesno"):
        doc = scope_docs[0]
        unnamed = [t for t in q.titles if t not in catalog.named.titles_of(doc.doc_id)]
        if len(unnamed) == len(q.titles):  # the document never names the title asked about
            return (f"{doc_name(doc)} không đề cập danh hiệu {', '.join(f'“{t}”' for t in unnamed)}, "
                    "nên không nêu nội dung này.")
    title = title_asked(q)
    if title and not any(speaks_for(u, title) for u in ranked) and not any(
        fold_ascii(title) in fold_ascii(c.section) for c in catalog.library.chunks_of(lead.doc.doc_id)
    ):
        return (f"{doc_name(lead.doc)} chỉ nhắc đến danh hiệu “{title}” trong tiêu chí của danh hiệu khác, "
                "không nêu tiêu chí hay mức điểm riêng cho danh hiệu này.")
    if not scope_docs and not q.has("yesno"):
        text = f"{fold_ascii(lead.doc.title or '')} {catalog.named.folded_text(lead.doc.doc_id)}"
        awards = [t for t in _things_unnamed(q, text) if t in _AWARD_THINGS]
        if awards:  # "Cờ thi đua … kèm tiền thưởng bao nhiêu", asked of no place: not a guidance giving only Giấy khen
            return f"{doc_name(lead.doc)} không nêu {', '.join(f'“{t}”' for t in awards)}, nên không có nội dung này."
    if scope_docs and len(scope_docs) <= MAX_GRADED_DOCS:
        # "Hướng dẫn 21/HD-HKH … xếp loại Xuất sắc" of guidances numbered alike: the grades of the document that
        # answers; a yes/no question reads those of its few documents, one grading otherwise answering "Không"
        graded = scope_docs if q.has("yesno") else [lead.doc]
        text = " ".join(f"{fold_ascii(d.title or '')} {catalog.named.folded_text(d.doc_id)}" for d in graded)
        grades = _grades_unnamed(q, text) if len(scope_docs) <= 2 or not q.has("yesno") else []
        if grades:  # "xếp loại Khá" of a guidance whose grades are Hoàn thành xuất sắc and Hoàn thành
            return (f"{doc_name(lead.doc)} không có mức xếp loại {', '.join(f'“{as_typed(q.text, g)}”' for g in grades)}, "
                    "nên không nêu nội dung này.")
    if scope_docs and len(scope_docs) <= 2:
        text = " ".join(f"{fold_ascii(d.title or '')} {catalog.named.folded_text(d.doc_id)}" for d in scope_docs)
        unnamed = [p.label for p in scope.places if p.relation == "unknown" and not re.search(rf"\b{re.escape(p.name)}\b", text)]
        # a commune's own target that the district's plan, listing others', never gives (not a rule for every commune)
        if unnamed and any(p.relation != "unknown" for p in scope.places) and {"percent", "count", "money"} & set(q.asks):
            return f"{doc_name(lead.doc)} không nêu {', '.join(unnamed)}, nên không có nội dung này cho nơi đó."
        # a table's row names its ấp without the word ("Ấp | Phú Hòa"); a commune the gazetteer does not know
        # is named like a village ("xa chau lam" of a district plan listing Châu Lộc)
        held = any(p.relation != "unknown" for p in scope.places) and {"percent", "count", "money"} & set(q.asks)
        unnamed = [f"{kind} {name}" for kind, name in small_places(q.text)
                   if not re.search(rf"\b{re.escape(fold_ascii(name))}\b", text)]
        known = [p.name for p in scope.places if p.relation != "unknown"]
        unnamed += [f"{kind} {name}" for kind, name in (communes(q.text) if held else [])
                    if not named_as(name, text) and not any(fold_ascii(name).startswith(k) for k in known)]
        if unnamed:  # "thôn Hải Lộc" of a plan that sets targets for six other thôn
            return f"{doc_name(lead.doc)} không nêu {', '.join(unnamed)}, nên không có nội dung này cho nơi đó."
        valued = {"money", "count", "percent"} & set(q.asks)
        levels = _levels_unnamed(q, text, money="money" in valued) if valued else None
        if levels:
            asked, stated = levels
            return (f"{doc_name(lead.doc)} chỉ nêu nội dung này cho {', '.join(f'cấp {_LEVEL_NAMES.get(s, s)}' for s in stated)}, "
                    f"không nêu cho cấp {_LEVEL_NAMES.get(asked, asked)}.")
        subject = _subject_unnamed(q, text, _DUTIES_OF) if q.has("duties_list") and not q.agencies else ""
        if subject:  # "Giám đốc Kho bạc Nhà nước tỉnh có trách nhiệm gì" of a decision that never names the Kho bạc
            return f"{doc_name(lead.doc)} không nêu {subject}, nên không giao nhiệm vụ nào cho đơn vị này."
        done = _subject_unnamed(q, text, _DONE_BY) if {"agency", "person"} & set(q.asks) else ""
        if done:  # "tiết mục văn nghệ chào mừng do đơn vị nào biểu diễn" of a programme that has none
            return f"{doc_name(lead.doc)} không nêu {done}, nên không có nội dung này."
        things = _things_unnamed(q, text) if not q.has("yesno") else []
        if things:  # "Bằng khen", "ngân sách tỉnh", "kỷ luật", "trường THPT" of a document that never names them
            return f"{doc_name(lead.doc)} không nêu {', '.join(f'“{t}”' for t in things)}, nên không có nội dung này."
        dated = [int(y) for y in _DOCUMENT_YEAR.findall(fold_ascii(q.text))]
        if dated and not any(d.year in dated or any(_mentions_year(fold_ascii(d.title or ""), y) for y in dated)
                             for d in scope_docs):
            return f"{doc_name(lead.doc)} không phải văn bản năm {', '.join(map(str, dated))}, nên không nêu nội dung đó."
        spans = _DOCUMENT_SPAN.findall(fold_ascii(q.text))
        held_spans = {span for d in scope_docs for span in YEAR_SPAN.findall(fold_ascii(d.title or ""))}
        # one period named, neither the document's nor a stage inside it ("sơ kết giai đoạn 2023 - 2025")
        if len(YEAR_SPAN.findall(fold_ascii(q.text))) == 1 and spans and held_spans and not any(
            a <= spans[0][0] and spans[0][1] <= b for a, b in held_spans
        ):  # "Quy chế … giai đoạn 2019 - 2024" of the 2025 - 2030 one
            stated = ", ".join(f"{a} - {b}" for a, b in sorted(held_spans))
            return f"{doc_name(lead.doc)} là văn bản giai đoạn {stated}, không nêu nội dung của giai đoạn {' - '.join(spans[0])}."
        years = [y for y in period_years(q) if not _mentions_year(text, y)]
        if years and not q.deadline and all(d.year not in years for d in scope_docs):
            return f"{doc_name(lead.doc)} không nêu nội dung cho năm {', '.join(map(str, years))}."
    villages = small_places(q.text)
    if villages and {"percent", "count", "money"} & set(q.asks) and not q.has("compare") and not any(
        _names_name(lead, fold_ascii(name)) for _kind, name in villages
    ):  # "chỉ tiêu năm 2025 của thôn Liêng Trang": not the rate the whole commune is to reach
        shown = ", ".join(f"{kind} {name}" for kind, name in villages)
        return f"{doc_name(lead.doc)} không nêu riêng nội dung này cho {shown}."
    unknown = [f"{kind} {name}" for kind, name in small_places(q.text) if not _named_anywhere(fold_ascii(name), catalog)]
    if unknown:  # "chi hội thôn An Thạch …" where no document of the library names that village
        return f"Thư viện chưa có văn bản nào nêu {', '.join(unknown)}, nên không có nội dung này cho nơi đó."
    # "tiêu chí Cộng đồng học tập cấp xã gồm những gì" of a guidance whose criteria are for cấp thôn
    asked_levels = levels_named(q.bare) if "criteria" in q.topics else set()
    if asked_levels and scope_docs and len(scope_docs) <= 2:
        # a guidance titled "Đánh giá … “Cộng đồng học tập” cấp xã" states its level in its title
        text = " ".join(f"{fold_ascii(d.title or '')} {catalog.named.folded_text(d.doc_id)}" for d in scope_docs)
        stated = levels_named(text)
        if stated and not asked_levels & stated:
            return (f"{doc_name(lead.doc)} chỉ nêu nội dung này ở cấp {_levels_shown(stated)}, "
                    f"không nêu cho cấp {_levels_shown(asked_levels)}.")
    if q.has("yesno") and not q.asks and scope_docs and len(scope_docs) <= 2:
        used = frozenset().union(*(catalog.named.words_of(d.doc_id) for d in scope_docs))
        # the signer's name stands in the signature block, which the words of the text leave out
        used |= {w for d in scope_docs for w in fold_ascii(f"{d.signer} {d.signer_title}").split()}
        # an abbreviation stands beside its expansion in the terms: "hkh" is missing wherever "Hội Khuyến học" is written out
        missing = [t for t in q.terms if t not in used and t not in ABBREVIATIONS and t not in _QUANTIFIERS]
        if len(missing) >= PREMISE_WORDS:  # "được ưu tiên vay vốn ngân hàng không?" of a plan that never says so
            return f"{doc_name(lead.doc)} không đề cập nội dung này, nên không trả lời được câu hỏi có hay không."
    # the agencies this question itself names (not one carried from the conversation), when it asks their duties
    asked = [a for a in agencies_in(q.bare) if a in q.agencies and a not in q.recipients]
    # the issuer named ("UBND huyện Cẩm Xuyên kiến nghị Bộ GD&ĐT …") names the document; the others are asked of
    # (a body written out: "về tỉnh" is a level a report goes to, not a body the question names)
    issuers = {a for d in scope_docs for a in issuing_agencies(d)}
    asked = [a for a in asked if a not in issuers and _written_out(a, q.bare) and not _only_as_author(a, q.bare)] or asked
    if scope_docs and asked and "agency" not in q.asks and not q.has("yesno") and not any(
        set(asked) & catalog.named.agencies_of(d.doc_id) for d in scope_docs
    ):  # "Hội Cựu chiến binh có nhiệm vụ gì", "kiến nghị Bộ GD&ĐT những gì" of a document that never names it
        if q.has("duties_list"):
            return (f"{doc_name(lead.doc)} không nêu {', '.join(asked)}, nên không giao nhiệm vụ nào cho "
                    f"{'đơn vị' if len(asked) == 1 else 'các đơn vị'} này.")
        return f"{doc_name(lead.doc)} không nêu {', '.join(asked)}, nên không có nội dung này."
    return ""
