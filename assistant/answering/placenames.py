"""Places a question names that the gazetteer may not place: a unit the library has no document of but a
document names ("ở huyện Tu Mơ Rông"), a village ("thôn Păng Dung"), a commune a district's plan lists, places
named with no kind word ("ở Vĩnh Thuận Tây và Vị Bình"). Each becomes a place of the scope, with the documents
that name it."""

from __future__ import annotations

import re
from dataclasses import replace

from index.issuer import geographic_level
from index.textnorm import as_typed, fold_ascii, has_diacritics

from ..scope import PlaceMatch, Scope
from .evidence import UnitCatalog
from .villages import CAPITAL

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
    for kind, name in small_places(question):
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


def named_without_kind(question: str, scope: Scope, catalog: UnitCatalog) -> Scope:
    """"lớp xóa mù chữ ở Vĩnh Thuận Tây và Vị Bình": places named with no kind word, in a question naming no other
    place, that few documents name as a commune or district ("xã Vĩnh Thuận Tây"): those documents are the scope,
    and only a clause naming the place answers."""
    if scope.names_something or not has_diacritics(question):
        return scope
    places, ids = [], set()
    for group in _AT_NAMES.findall(question):
        for name in re.split(r"\s*(?:,|\bvà\b|\bvới\b|\bhay\b|\bhoặc\b)\s*", group):
            if not name or name.split()[0] in _NOT_PLACE_HEADS or any(w.isupper() and len(w) > 1 for w in name.split()):
                return scope
            folded = fold_ascii(name)
            found = catalog.named.mentioning(folded, as_unit=True)
            if not 0 < len(found) <= MAX_UNIT_DOCS:
                return scope
            places.append(PlaceMatch(folded, name, found, "mentioned", (
                f"thư viện chưa có văn bản riêng của {name}; câu trả lời theo văn bản có nêu {name}.")))
            ids.update(found)
    return replace(scope, doc_ids=sorted(ids), places=places) if places else scope


_NAME = rf"[{CAPITAL}][^\s,.;:?!()]*(?:\s+[{CAPITAL}][^\s,.;:?!()]*){{1,3}}"
# names after "ở"/"tại", and those joined to them ("ở Vĩnh Thuận Tây và Vị Bình")
_AT_NAMES = re.compile(rf"(?<!\w)(?:[Ởở]|[Tt]ại)\s+({_NAME}(?:\s*(?:,|và|với|hay|hoặc)\s+{_NAME})*)")
# first words of a body, a title or an event, not of a place
_NOT_PLACE_HEADS = frozenset("Hội Ủy Phòng Sở Ban Trung Trường Đoàn Cộng Gia Dòng Công Tuần Ngày Quỹ Kế Hướng Thông Quyết "
                             "Báo Đơn Mặt Liên Chi Bộ Tổ Đài Văn Lễ Chương Câu".split())


def named_communes(question: str, scope: Scope, catalog: UnitCatalog) -> Scope:
    """"xã Nậm Khê" of a district plan whose table lists it, when the gazetteer does not know the commune: a
    place the documents in scope mention, answered only by a clause naming it (as a known commune would be)."""
    if not scope.doc_ids or len(scope.doc_ids) > MAX_UNIT_DOCS:
        return scope
    added = []
    for kind, name in communes(question):
        typed = fold_ascii(name)
        if any(typed.startswith(p.name) or p.name.startswith(typed) for p in scope.places if p.name != typed):
            continue  # "xa tan hung dong": the held Tân Hưng Đông, read on
        folded = next(filter(None, (named_as(typed, catalog.named.folded_text(d)) for d in scope.doc_ids)), typed)
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


# a place below the commune, named with capitals: "thôn Hải Lộc", "ấp Bào Sen", "tổ dân phố Số 3"
_SMALL_PLACE = re.compile(rf"(?<![\w])(?<!văn )(?<!Văn )((?i:thôn|ấp|xóm|bản|buôn|làng|khu phố|tổ dân phố|thon|ap|xom|"
                          rf"buon|khu pho|to dan pho))\s+"
                          rf"([{CAPITAL}][^\s,.;:?!()]*(?:\s+[{CAPITAL}0-9][^\s,.;:?!()]*){{0,2}})")


def small_places(question: str) -> list[tuple[str, str]]:
    """The villages named ("thôn Hải Lộc", or typed "ap my hoa"), never a title's initials ("thôn CĐHT")."""
    found = [(kind, name) for kind, name in _SMALL_PLACE.findall(question)
             if not any(w.isupper() and len(w) > 1 for w in name.split())]
    if found or has_diacritics(question):
        return found
    for kind, name in _TYPED_SMALL_PLACE.findall(_ASKED_AFTER.sub(" , ", question.lower())):
        kept = _name_words(name)
        if len(kept) >= 2:  # a village's name has two syllables or more; one left is likely a common word
            found.append((_KIND_MARKED[kind], " ".join(kept)))
    return found


# a village typed without marks: the kind, then up to three words ("ap my hoa xa tan loc dien")
_TYPED_SMALL_PLACE = re.compile(r"\b(thon|ap|xom|buon|khu pho|to dan pho)\s+(?!dung\b)((?:[a-z]+\s+){0,2}(?:[a-z]+|\d{1,2}\b))")
_KIND_MARKED = {"thon": "thôn", "ap": "ấp", "xom": "xóm", "buon": "buôn", "khu pho": "khu phố", "to dan pho": "tổ dân phố"}
# what the question asks right after a typed name ("ap bau tre chi tieu …": "Chi" may begin a name, "chỉ tiêu" not)
_ASKED_AFTER = re.compile(r"\s+(?:chi tieu|muc tieu|tieu chi)\b")
# words that end a typed village name: the level of the unit above, and the question's own words
_NOT_A_NAME = frozenset("xa phuong thi tran huyen quan tinh tp co la duoc hay va voi nam bao nhieu dat cua o tai trong "
                        "thuoc gui bc chua khong the nao thi sao con nhu da se phai can dang ke hoach kh hoi vien "
                        "so ty le lang ban len ve nop cho den hkh ubnd pgd sgd "
                        "muon de khi moi tung cac nhung nay do kia tren duoi ma neu truoc sau han ngay thang quy luc".split())


# the question's own words that are syllables of names too ("thôn Đồng Sim", "xã Gia Phú"): a name ends before them
# only where the next word makes them the phrase ("dòng họ", "gia đình học tập", "cộng đồng")
_NOT_A_NAME_BEFORE = {"gia": "dinh", "dinh": "", "dong": "ho", "ho": "", "cong": "dong", "hoc": "tap", "tap": ""}


def _name_words(typed: str, more_stops: frozenset[str] = frozenset()) -> list[str]:
    """The words of a name typed without marks, up to the first that is the question's own (or a number of a year)."""
    kept: list[str] = []
    words = typed.split()
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if word in _NOT_A_NAME_BEFORE:
            if kept or not after or _NOT_A_NAME_BEFORE[word] in ("", after):
                break
            kept.append(word)  # "thon dong sim": the name's first syllable, not "dòng họ"
            continue
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


def communes(question: str) -> list[tuple[str, str]]:
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


def named_as(name: str, folded_text: str) -> str:
    """The longest head of a commune's name, two syllables or more, that the text names: a name typed without
    marks runs on into the question ("xa oc eo loa truyen thanh" is Óc Eo's); '' when none."""
    words = fold_ascii(name).split()
    for n in range(len(words), 1, -1):
        head = " ".join(words[:n])
        if re.search(rf"\b{re.escape(head)}\b", folded_text):
            return head
    return ""
