"""Whether the documents in scope speak about what the question names: a place the library has no document
of but a document names, a title a guidance mentions only inside another title's criteria, an agency a plan
never names. Each gives the clauses that do speak for it first, or the line that says the documents do not."""

from __future__ import annotations

import re
from dataclasses import replace

from index.documents import DocumentMeta
from index.issuer import geographic_level
from index.textnorm import as_typed, fold_ascii, has_diacritics
from index.vocabulary.abbreviations import ABBREVIATIONS
from index.vocabulary.terms import agencies_in

from ..scope import PlaceMatch, Scope
from .answer import doc_name
from .evidence import UnitCatalog
from .parallel import speaks_for
from .periods import speaking_of_period
from .relevance import GRADE_ASKED
from .timeframe import YEAR_SPAN, period_years
from .understand import Query, levels_named
from .units import TABLE_CELL, Unit
from .villages import CAPITAL

# a yes/no question with this many words its documents never use asks about something they do not cover
PREMISE_WORDS = 3
# a place named in few enough units (its district and province, or up to four such) to be placed by its parents
MAX_PARENTS = 8
# at most this many documents naming a unit the gazetteer places elsewhere may speak for it
MAX_UNIT_DOCS = 2


def named_in_documents(scope: Scope, catalog: UnitCatalog) -> Scope:
    """"ở huyện Tu Mơ Rông …" when the library has no document of Tu Mơ Rông but its province's guidance names
    it: those documents are the scope (relation "mentioned"), and only a clause that names the place answers.
    "xã Kiến Thiết của huyện Tiên Lãng": a unit the library lacks inside one it holds is looked for in the
    held unit's documents only; when they never name it, the scope stays empty."""
    held = [p for p in scope.places if p.relation != "unknown"]
    places, ids = [], set()
    for p in scope.places:
        found: list[str] = []
        if p.relation == "unknown" and held:
            # "xã Bình Nghĩa thuộc huyện Trung Lương": a held place the gazetteer does not make its parent is
            # taken at the question's word (a namesake elsewhere, a unit since renamed)
            within = sorted({d for h in held if h.name in p.parents for d in h.doc_ids}
                            or {d for h in held for d in h.doc_ids})
            found = [d for d in catalog.named.mentioning(p.name) if d in within]
            if not found:  # "xã Đức Lĩnh … tỉnh Hà Tĩnh": a district's report of that province names it
                by_id = catalog.library.documents_by_id
                found = [d for d in catalog.named.mentioning(p.name) if d in by_id and any(
                    h.name in (fold_ascii(by_id[d].province or ""), fold_ascii(by_id[d].district or "")) for h in held)]
        elif p.relation == "unknown" and 0 < len(p.parents) <= MAX_PARENTS:
            # a name borne by units of many provinces ("Tân Thành") cannot be told apart by what a document mentions
            found = catalog.named.mentioning(p.name, p.parents)
        if p.relation == "unknown" and not held and not found:
            # an invented or renamed unit the gazetteer places elsewhere: the few documents naming it as a unit
            # ("Thị trấn Đồng Lâm" in a district's table of targets)
            found = catalog.named.mentioning(p.name, as_unit=True)
            found = found if len(found) <= MAX_UNIT_DOCS else []
        if found:
            p = replace(p, doc_ids=found, relation="mentioned", note=(
                f"thư viện chưa có văn bản riêng của {p.label}; câu trả lời theo văn bản có nêu {p.label}."))
            ids.update(found)
        places.append(p)
    if not ids or any(p.relation == "unknown" for p in places):
        return scope
    # a held place that is not the parent of a mentioned one is asked about in its own right ("… và thôn Tô Xá
    # (xã Quảng Phương)" beside "xã Tống Phan (huyện Phù Cừ)"): its documents stay in scope
    parents = {name for p in places if p.relation == "mentioned" for name in p.parents}
    ids.update(d for h in held if h.name not in parents for d in h.doc_ids)
    return replace(scope, doc_ids=sorted(ids), places=places)


def named_villages(question: str, scope: Scope, catalog: UnitCatalog) -> Scope:
    """"lớp xóa mù chữ ở thôn Păng Dung" naming no commune: the documents that name the village (with its kind,
    or as a table's row) are the scope, when few enough do to tell where it is."""
    places, ids = [], set()
    for kind, name in _small_places(question):
        folded = fold_ascii(name)
        found = catalog.named.mentioning(f"{fold_ascii(kind)} {folded}") or catalog.named.mentioning(folded)
        if scope.doc_ids is not None:  # "thôn Đạ Rơ 2, xã Đạ Rơ": the village of the commune named
            found = [d for d in found if d in scope.doc_ids]
        if not 0 < len(found) <= MAX_UNIT_DOCS:
            return scope
        places.append(PlaceMatch(folded, f"{kind} {name}", found, "village", ""))
        ids.update(found)
    if not places:
        return scope
    if scope.names_something:
        return replace(scope, places=[*scope.places, *places])
    return replace(scope, doc_ids=sorted(ids), places=places)


def named_communes(question: str, scope: Scope, catalog: UnitCatalog) -> Scope:
    """"xã Nậm Khê" of a district plan whose table lists it, when the gazetteer does not know the commune: a
    place the documents in scope mention, answered only by a clause naming it (as a known commune would be)."""
    if not scope.doc_ids or len(scope.doc_ids) > MAX_UNIT_DOCS:
        return scope
    added = []
    for kind, name in _communes(question):
        typed = fold_ascii(name)
        if any(typed.startswith(p.name) or p.name.startswith(typed) for p in scope.places if p.name != typed):
            continue  # "xa tan hung dong": the held Tân Hưng Đông, read on
        folded = next(filter(None, (_named_as(typed, catalog.named.folded_text(d)) for d in scope.doc_ids)), typed)
        label = f"{kind} {as_typed(question, folded) if not has_diacritics(question) else name}"
        same = [p for p in scope.places if folded == p.name]
        if same and not all(p.relation == "own" and all(  # the plan of a district, or of its Hội Khuyến học
            geographic_level(d.issuer, d.level) in ("huyện", "tỉnh")
            for d in map(catalog.library.documents_by_id.get, p.doc_ids) if d
        ) for p in same):
            continue
        if same:  # "thị trấn Kỳ Phong" of the plan of huyện Kỳ Phong: a unit of its own, named with its kind
            folded = f"{fold_ascii(kind)} {folded}"
        found = [d for d in scope.doc_ids if re.search(rf"\b{re.escape(folded)}\b", catalog.named.folded_text(d))]
        if found:
            added.append(PlaceMatch(folded, label, found, "mentioned", (
                f"thư viện chưa có văn bản riêng của {label}; câu trả lời theo văn bản có nêu {label}.")))
    return replace(scope, places=[*scope.places, *added]) if added else scope


def _names_places(unit: Unit, places: list[PlaceMatch], every: bool = True) -> bool:
    return (all if every else any)(_names_name(unit, p.name) for p in places)


def _names_name(unit: Unit, name: str) -> bool:
    return bool(re.search(rf"\b{re.escape(name)}\b", fold_ascii(f"{unit.section} {unit.lead_in} {unit.full_text}")))


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
    names += [fold_ascii(name) for _kind, name in _small_places(q.text)]
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


# a place below the commune, named with capitals: "thôn Hải Lộc", "ấp Bào Sen", "tổ dân phố Số 3"
_SMALL_PLACE = re.compile(rf"(?<![\w])(?<!văn )(?<!Văn )((?i:thôn|ấp|xóm|bản|buôn|làng|khu phố|tổ dân phố|thon|ap|xom|"
                          rf"buon|khu pho|to dan pho))\s+"
                          rf"([{CAPITAL}][^\s,.;:?!()]*(?:\s+[{CAPITAL}0-9][^\s,.;:?!()]*){{0,2}})")


def _small_places(question: str) -> list[tuple[str, str]]:
    """The villages named ("thôn Hải Lộc", or typed "ap my hoa"), never a title's initials ("thôn CĐHT")."""
    found = [(kind, name) for kind, name in _SMALL_PLACE.findall(question)
             if not any(w.isupper() and len(w) > 1 for w in name.split())]
    if found or has_diacritics(question):
        return found
    for kind, name in _TYPED_SMALL_PLACE.findall(question.lower()):
        kept = _name_words(name)
        if len(kept) >= 2:  # a village's name has two syllables or more; one left is likely a common word
            found.append((_KIND_MARKED[kind], " ".join(kept)))
    return found


# a village typed without marks: the kind, then up to three words ("ap my hoa xa tan loc dien")
_TYPED_SMALL_PLACE = re.compile(r"\b(thon|ap|xom|buon|khu pho|to dan pho)\s+(?!dung\b)((?:[a-z]+\s+){0,2}(?:[a-z]+|\d{1,2}\b))")
_KIND_MARKED = {"thon": "thôn", "ap": "ấp", "xom": "xóm", "buon": "buôn", "khu pho": "khu phố", "to dan pho": "tổ dân phố"}
# words that end a typed village name: the level of the unit above, and the question's own words
_NOT_A_NAME = frozenset("xa phuong thi tran huyen quan tinh tp co la duoc hay va voi nam bao nhieu dat cua o tai trong "
                        "thuoc gui bc chua khong the nao thi sao con nhu da se phai can dang ke hoach kh hoi vien "
                        "hoc tap gia dinh dong ho cong dong so ty le lang ban len ve nop cho den hkh ubnd pgd sgd "
                        "muon de khi moi tung cac nhung nay do kia tren duoi ma neu truoc sau han ngay thang quy luc".split())


def _name_words(typed: str, more_stops: frozenset[str] = frozenset()) -> list[str]:
    """The words of a name typed without marks, up to the first that is the question's own (or a number of a year)."""
    kept = []
    for word in typed.split():
        if word in _NOT_A_NAME or word in more_stops or (word.isdigit() and (len(word) > 2 or word.startswith("0"))):
            break
        kept.append(word)
    return kept


# a commune or town named in the question: "xã Châu Lâm", or typed "xa chau lam" (not "xã hội", "xã có …")
_COMMUNE = re.compile(rf"(?<![\w])(?<!cấp )(?<![Tt]hị )((?i:xã|thị trấn))\s+([{CAPITAL}][^\s,.;:?!()]*(?:\s+[{CAPITAL}0-9][^\s,.;:?!()]*){{0,2}})")
_NOT_A_COMMUNE = frozenset("cap vao ai gi bo tu xep loai".split())
_COMMUNE_PAIR = re.compile(rf"(?<![\w])((?i:xã|thị trấn))\s+[{CAPITAL}][^\s,.;:?!()]*(?:\s+[{CAPITAL}][^\s,.;:?!()]*){{0,2}}"
                           rf"\s+(?:và|với|hay|hoặc)\s+(?!(?:Hội|Ủy|UBND|Phòng|Sở|Ban|Trung|Trường|Đoàn|Mặt|Công|Chi|Bộ)\b)"
                           rf"([{CAPITAL}][^\s,.;:?!()]*(?:\s+[{CAPITAL}][^\s,.;:?!()]*){{1,2}})")
# "cap xa xep loai tot" is the commune level, "so xa tu 02/12" a count of communes, not communes named
_TYPED_COMMUNE = re.compile(r"(?<!thi )(?<!cap )\b(xa|thi tran)\s+((?:[a-z0-9]+\s+){0,2}[a-z0-9]+)")


def _communes(question: str) -> list[tuple[str, str]]:
    """The communes and towns the question names by kind and name, typed with or without marks."""
    if has_diacritics(question):
        found = [(kind.lower(), name) for kind, name in _COMMUNE.findall(question)]
        # "hai xã An Lương và Cát Thịnh": one kind word for both names
        found += [(kind.lower(), name) for kind, name in _COMMUNE_PAIR.findall(question)]
        return list(dict.fromkeys(found))
    found = []
    for kind, name in _TYPED_COMMUNE.findall(question.lower()):
        kept = _name_words(name, _NOT_A_COMMUNE)
        if len(kept) >= 2:
            found.append(({"xa": "xã", "thi tran": "thị trấn"}[kind], " ".join(kept)))
    return found


def _named_as(name: str, folded_text: str) -> str:
    """The longest head of a commune's name, two syllables or more, that the text names: a name typed without
    marks runs on into the question ("xa oc eo loa truyen thanh" is Óc Eo's); '' when none."""
    words = fold_ascii(name).split()
    for n in range(len(words), 1, -1):
        head = " ".join(words[:n])
        if re.search(rf"\b{re.escape(head)}\b", folded_text):
            return head
    return ""


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


def not_covered(q: Query, scope: Scope, scope_docs: list[DocumentMeta], lead: Unit, ranked: list[Unit],
                catalog: UnitCatalog) -> str:
    """Why the documents in scope do not answer, though a clause was found; '' when they do."""
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
    if scope_docs and len(scope_docs) <= 2:
        text = " ".join(f"{fold_ascii(d.title or '')} {catalog.named.folded_text(d.doc_id)}" for d in scope_docs)
        unnamed = [p.label for p in scope.places if p.relation == "unknown" and not re.search(rf"\b{re.escape(p.name)}\b", text)]
        # a commune's own target that the district's plan, listing others', never gives (not a rule for every commune)
        if unnamed and any(p.relation != "unknown" for p in scope.places) and {"percent", "count", "money"} & set(q.asks):
            return f"{doc_name(lead.doc)} không nêu {', '.join(unnamed)}, nên không có nội dung này cho nơi đó."
        # a table's row names its ấp without the word ("Ấp | Phú Hòa"); a commune the gazetteer does not know
        # is named like a village ("xa chau lam" of a district plan listing Châu Lộc)
        held = any(p.relation != "unknown" for p in scope.places) and {"percent", "count", "money"} & set(q.asks)
        unnamed = [f"{kind} {name}" for kind, name in _small_places(q.text)
                   if not re.search(rf"\b{re.escape(fold_ascii(name))}\b", text)]
        known = [p.name for p in scope.places if p.relation != "unknown"]
        unnamed += [f"{kind} {name}" for kind, name in (_communes(q.text) if held else [])
                    if not _named_as(name, text) and not any(fold_ascii(name).startswith(k) for k in known)]
        if unnamed:  # "thôn Hải Lộc" of a plan that sets targets for six other thôn
            return f"{doc_name(lead.doc)} không nêu {', '.join(unnamed)}, nên không có nội dung này cho nơi đó."
        grades = _grades_unnamed(q, text)
        if grades:  # "xếp loại Khá" of a guidance whose grades are Hoàn thành xuất sắc and Hoàn thành
            return f"{doc_name(lead.doc)} không có mức xếp loại {', '.join(f'“{as_typed(q.text, g)}”' for g in grades)}, nên không nêu nội dung này."
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
    villages = _small_places(q.text)
    if villages and {"percent", "count", "money"} & set(q.asks) and not q.has("compare") and not any(
        _names_name(lead, fold_ascii(name)) for _kind, name in villages
    ):  # "chỉ tiêu năm 2025 của thôn Liêng Trang": not the rate the whole commune is to reach
        shown = ", ".join(f"{kind} {name}" for kind, name in villages)
        return f"{doc_name(lead.doc)} không nêu riêng nội dung này cho {shown}."
    # "tiêu chí Cộng đồng học tập cấp xã gồm những gì" of a guidance whose criteria are for cấp thôn
    asked_levels = levels_named(q.bare) if "criteria" in q.topics else set()
    if asked_levels and scope_docs and len(scope_docs) <= 2:
        text = " ".join(catalog.named.folded_text(d.doc_id) for d in scope_docs)
        stated = levels_named(text)
        if stated and not asked_levels & stated:
            return (f"{doc_name(lead.doc)} chỉ nêu nội dung này ở cấp {_levels_shown(stated)}, "
                    f"không nêu cho cấp {_levels_shown(asked_levels)}.")
    if q.has("yesno") and not q.asks and scope_docs and len(scope_docs) <= 2:
        used = frozenset().union(*(catalog.named.words_of(d.doc_id) for d in scope_docs))
        # the signer's name stands in the signature block, which the words of the text leave out
        used |= {w for d in scope_docs for w in fold_ascii(f"{d.signer} {d.signer_title}").split()}
        # an abbreviation stands beside its expansion in the terms: "hkh" is missing wherever "Hội Khuyến học" is written out
        missing = [t for t in q.terms if t not in used and t not in ABBREVIATIONS]
        if len(missing) >= PREMISE_WORDS:  # "được ưu tiên vay vốn ngân hàng không?" of a plan that never says so
            return f"{doc_name(lead.doc)} không đề cập nội dung này, nên không trả lời được câu hỏi có hay không."
    # the agencies this question itself names (not one carried from the conversation), when it asks their duties
    asked = [a for a in agencies_in(q.bare) if a in q.agencies and a not in q.recipients]
    if scope_docs and asked and q.has("duties_list") and "agency" not in q.asks and not q.has("yesno") and not any(
        set(asked) & catalog.named.agencies_of(d.doc_id) for d in scope_docs
    ):  # "Hội Cựu chiến binh có nhiệm vụ gì" in a plan that never names it
        return (f"{doc_name(lead.doc)} không nêu {', '.join(asked)}, nên không giao nhiệm vụ nào cho "
                f"{'đơn vị' if len(asked) == 1 else 'các đơn vị'} này.")
    return ""
