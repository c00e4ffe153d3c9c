"""Which documents a question is about: the places, document numbers and level it names.

Places resolve through the administrative-units vocabulary, so any place a user
names is recognised — old or new name, short form, parent unit — and then matched
against the library: a document's own place first, then the units it lies in, then
the province or commune it became part of on 1/7/2025 (with a note saying so).
A real place the library holds nothing about is reported, so the answerer can refuse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from index.clean import is_vietnamese_syllable
from index.documents import DocumentMeta
from index.issuer import geographic_level
from index.textnorm import as_typed, fold, fold_ascii
from index.vocabulary.places import REORGANISED_ON, Mention, gazetteer

from .doc_numbers import KIND_SYMBOLS, SOURCE_KIND, kind_of, number_key, numbered_documents
from .place_typing import (
    FUNCTION_SYLLABLES,
    KIND_SHORT_FORMS,
    NOT_INITIALS,
    TYPED_SHORT,
    initials_of,
    inside,
    run_together,
    spelt_as,
    typed_as,
)

_LEVELS = {
    "xã": re.compile(r"\b(cap xa|ubnd xa|uy ban nhan dan xa|xa minh|o xa|phuong|cac xa)\b"),
    "huyện": re.compile(r"\b(cap huyen|huyen minh|ubnd huyen|uy ban nhan dan huyen|quan|thi xa)\b"),
    "tỉnh": re.compile(r"\b(cap tinh|tinh minh|ubnd tinh|uy ban nhan dan tinh)\b"),
}
# words before "Hồ Chí Minh" that make it a person's name, not the city
_PERSON_BEFORE = ("cong san", "tu tuong", "bac", "chu tich", "tam guong", "dao duc", "phong cach", "lang")


@dataclass
class PlaceMatch:
    """A place the question names and the documents it leads to."""

    name: str  # as the user wrote it, folded
    label: str  # display name ("Thành phố Hồ Chí Minh")
    doc_ids: list[str]
    relation: str  # "own" | "within" | "merged" | "unknown"
    note: str = ""
    parents: tuple[str, ...] = ()  # for an unknown place: the folded districts/provinces it may lie in
    lies_in: tuple[str, ...] = ()  # for a known place: the folded places its own documents say it lies in


@dataclass
class Scope:
    """What a question is about; doc_ids is None when it names no document."""

    doc_ids: list[str] | None = None
    places: list[PlaceMatch] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    unheld: list[str] = field(default_factory=list)  # documents named by number and day that the library lacks
    level: str | None = None

    @property
    def explicit(self) -> bool:
        return self.doc_ids is not None

    @property
    def unknown(self) -> list[PlaceMatch]:
        return [p for p in self.places if p.relation == "unknown"]

    @property
    def notes(self) -> list[str]:
        return [p.note for p in self.places if p.note]

    @property
    def localities(self) -> list[str]:
        return [p.name for p in self.places if p.relation != "unknown"]

    @property
    def compared_places(self) -> list[PlaceMatch]:
        """The known places named, when there are several and each holds documents none of the others holds ("xã A,
        huyện B" naming one plan twice is no comparison); none otherwise."""
        places = [p for p in self.places if p.doc_ids and p.relation != "unknown"]
        if len(places) < 2 or any(set(a.doc_ids) & set(b.doc_ids) for i, a in enumerate(places) for b in places[i + 1:]):
            return []
        if any(a.name in b.lies_in for a in places for b in places):
            return []  # "huyện Thạnh Long hỗ trợ xã Tân Lộc Đông …": a commune and its district, not two places compared
        return places

    @property
    def names_something(self) -> bool:
        return bool(self.places or self.numbers)


# "HD 04/HD-HKH", "137/TB-UBND": a document's kind and number, never a place
_DOC_NUMBER = re.compile(r"\b(?:[A-Za-zĐđ]{2,4}\s*(?:số\s*)?)?\d+\s*/\s*[\wĐđ&]+(?:-[\wĐđ&]+)*")


def _display_name(name: str, relation: str, doc: DocumentMeta) -> str:
    """'Thành phố Hồ Chí Minh', 'tỉnh Đắk Lắk', 'xã Tuy An Tây' for a place of a document."""
    own = geographic_level(doc.issuer, doc.level) if relation == "own" else ""
    level = "xã" if name in (doc.locality_now,) or own == "xã" else (
        "huyện" if name in (doc.district,) or own == "huyện" else "tỉnh")
    # "Thạnh Hòa" is not "Thanh Hóa", which folds alike
    for place in [p for p in gazetteer().named(name, (level,)) if fold(p.name) == fold(name)]:
        return f"{place.kind} {place.name}" if place.kind.startswith("Thành phố") else f"{place.kind.lower()} {place.name}"
    return name


class ScopeResolver:
    """Maps a question to the documents it names; built once per library generation."""

    def __init__(self, documents: Sequence[DocumentMeta]) -> None:
        self.documents = list(documents)
        self._by_id = {d.doc_id: d for d in self.documents}
        self._numbers: dict[str, list[str]] = {}
        for doc in self.documents:
            for number in (doc.number, doc.attached_to):  # a plan issued with a decision goes by its number
                key = number_key(number)
                if key:
                    self._numbers.setdefault(key, []).append(doc.doc_id)
        # folded place name -> relation -> doc ids
        self._places: dict[str, dict[str, list[str]]] = {}
        self._labels: dict[str, str] = {}
        self._names: dict[str, str] = {}  # folded key -> the name with its marks, lower case
        # folded key -> each way its places are spelt with marks -> their documents ("Thạnh Hòa", "Thanh Hóa")
        self._spellings: dict[str, dict[str, set[str]]] = {}
        self._spelt_labels: dict[str, str] = {}
        for doc in self.documents:
            for name, relation in (
                (doc.locality, "own"),
                (doc.district, "within"),
                (doc.parent_locality, "within"),
                (doc.province if doc.province != doc.locality else "", "within"),
                (doc.province_now, "merged"),
                (doc.locality_now, "merged"),
            ):
                if name:
                    key = fold_ascii(name)
                    self._places.setdefault(key, {}).setdefault(relation, [])
                    if doc.doc_id not in self._places[key][relation]:
                        self._places[key][relation].append(doc.doc_id)
                    self._labels.setdefault(key, _display_name(name, relation, doc))
                    self._names.setdefault(key, fold(name))
                    self._spellings.setdefault(key, {}).setdefault(fold(name), set()).add(doc.doc_id)
                    self._spelt_labels.setdefault(fold(name), _display_name(name, relation, doc))
        initials: dict[str, set[str]] = {}
        for key in self._places:
            ini = initials_of(key)
            if ini and not is_vietnamese_syllable(ini):
                initials.setdefault(ini, set()).add(key)
        self._initials = {ini: next(iter(keys)) for ini, keys in initials.items() if len(keys) == 1}
        # longest first, compiled once: "an nghiep" is matched before a shorter name inside it
        self._name_patterns = [(key, re.compile(rf"(?<!\w){re.escape(key)}(?!\w)"))
                               for key in sorted(self._places, key=lambda k: -len(k)) if len(key.split()) >= 2]

    def localities(self) -> list[str]:
        return sorted({d.locality for d in self.documents if d.locality})

    def docs_for_locality(self, name: str) -> list[str]:
        key = fold_ascii(name)
        found = self._places.get(key)
        if found:
            for relation in ("own", "within", "merged"):
                if found.get(relation):
                    return sorted(found[relation])
        return sorted({d for loc, rel in self._places.items() if key in loc or loc in key for ids in rel.values() for d in ids})

    # -- places -------------------------------------------------------------------------------

    def _library_mentions(self, bare: str) -> list[tuple[str, str]]:
        """(place key, initials or '') of library places named bare ("an nghiep", "tuy an") or by initials ("BD")."""
        found: list[tuple[str, str]] = []
        taken = bare
        # the longest names first; of two as long that overlap, the one typed first ("bao quang nam 2024" is
        # Bảo Quang in năm 2024, not Quảng Nam)
        spans = sorted(((-len(key), m.start(), key, m.end()) for key, pattern in self._name_patterns
                        if key in bare for m in pattern.finditer(bare)))
        for _, start, key, end in spans:
            if taken[start:end] != key:
                continue  # part of a longer or earlier name already read
            if (key, "") not in found:
                found.append((key, ""))
            taken = taken[:start] + " " * (end - start) + taken[end:]
        # "GD&ĐT" and "HD 07", "KH 45" (a kind of document and its number) are not province initials
        taken = NOT_INITIALS.sub(" ", taken)
        for mention in gazetteer().mentions(taken):  # "TT Huế" is a province's short name, not "TT" and "Huế"
            if " " in mention.folded:
                taken = re.sub(rf"(?<!\w){re.escape(mention.folded)}(?!\w)", " ", taken)
        named = bool(found)
        for token in re.findall(r"[a-z]+", taken):
            if token in KIND_SYMBOLS and (named or not re.search(rf"\b(?:tinh|o|tai)\s+{token}\b", taken)):
                # "hd của hkh hòa bình", "gửi kh phối hợp": a kind of document; only "tỉnh KH", "ở KH" name a place
                continue
            if token in self._initials and token not in KIND_SHORT_FORMS and token not in TYPED_SHORT:
                found.append((self._initials[token], token))
        return found

    def _match(self, key: str, label: str) -> PlaceMatch | None:
        found = self._places.get(key)
        if not found:
            return None
        for relation in ("own", "within", "merged"):
            ids = found.get(relation)
            if not ids:
                continue
            note = ""
            if relation == "within":
                docs = [self._by_id[d] for d in ids]
                if all(fold_ascii(d.locality) != key for d in docs):
                    held = "; ".join(sorted({f"{d.kind} của {d.issuer}" for d in docs}))
                    note = f"trong thư viện, văn bản thuộc {self._labels.get(key, label)} là: {held}."
            if relation == "merged":
                olds = sorted({self._old_name(self._by_id[d], key) for d in ids})
                note = (f"{', '.join(olds)} đã được sắp xếp vào {self._labels.get(key, label)} từ {REORGANISED_ON}; "
                        f"câu trả lời theo văn bản ban hành trước đó, dùng tên cũ.")
            lies_in = tuple(sorted({fold_ascii(name) for d in ids for name in (
                self._by_id[d].district, self._by_id[d].parent_locality, self._by_id[d].province) if name} - {key}))
            return PlaceMatch(key, self._labels.get(key, label), sorted(ids), relation, note, lies_in=lies_in)
        return None

    def _spelt_at_level(self, bare: str, key: str, spellings: dict[str, set[str]]) -> str:
        """The one spelling of *key* whose documents are of the level the question names it with ("tinh thanh
        hoa": Thanh Hóa's, not huyện Thạnh Hòa's); '' when the level word is missing or does not decide."""
        m = re.search(rf"\b(xa|phuong|thi tran|huyen|quan|thi xa|tinh)\s+{re.escape(key)}\b", bare)
        if not m:
            return ""
        level = {"phuong": "xa", "thi tran": "xa", "quan": "huyen", "thi xa": "huyen"}.get(m.group(1), m.group(1))
        fits = [s for s, ids in spellings.items() if any(
            fold_ascii(self._by_id[d].locality) == key
            and fold_ascii(geographic_level(self._by_id[d].issuer, self._by_id[d].level)) == level for d in ids)]
        return fits[0] if len(fits) == 1 else ""

    @staticmethod
    def _old_name(doc: DocumentMeta, new_key: str) -> str:
        if doc.locality_now and fold_ascii(doc.locality_now) == new_key:
            return f"xã {doc.locality}"
        return f"tỉnh {doc.province or doc.locality}"

    def places(self, text: str) -> list[PlaceMatch]:
        text = _DOC_NUMBER.sub(" ", text)  # "137/TB-UBND" names a document, not Thái Bình
        bare = fold_ascii(text)
        out: list[PlaceMatch] = []
        seen: set[str] = set()
        typed = fold(text)
        library_keys = self._library_mentions(bare)
        for key, initials in library_keys:
            match = self._match(key, key)
            spellings = self._spellings.get(key, {})
            if initials == "" and not typed_as(typed, bare, key, set(spellings) or {key}):
                continue  # "cho mỗi TTHTCĐ" is no "Chợ Mới"
            if initials == "" and typed == bare and set(key.split()) <= FUNCTION_SYLLABLES and not re.search(
                    rf"\b(?:huyen|xa|tinh|phuong|quan|thi tran|thi xa|thanh pho|tp)\s+{re.escape(key)}\b", bare):
                continue  # typed without marks, "cho moi dong ho" is "cho mỗi dòng họ" as likely as "Chợ Mới"
            spelling = spelt_as(typed, bare, key, spellings) if match and len(spellings) > 1 else ""
            if not spelling and match and len(spellings) > 1:  # "tinh thanh hoa": the spelling of that level
                spelling = self._spelt_at_level(bare, key, spellings)
            if spelling:  # "huyện Thạnh Hòa" typed with its marks is not the province of Thanh Hóa
                spelt = spellings[spelling]
                match = replace(match, doc_ids=sorted(set(match.doc_ids) & spelt) or sorted(spelt),
                                label=self._spelt_labels.get(spelling, match.label))
            if match and key not in seen and not self._is_person(bare, key):
                seen.update({key, initials})
                if initials:  # say how a short form was read: "HN" could have meant another province
                    read = f"“{initials.upper()}” được hiểu là {match.label}."
                    match.note = f"{read} {match.note}".strip()
                out.append(match)
        # "xã Tân Lộc Điền": the library's place, not the gazetteer's "Tân Lộc" read inside its name
        held_spans = [m.span() for key, initials in library_keys if not initials
                      for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", bare)]
        for mention in gazetteer().mentions(text):
            if self._is_person(bare, mention.folded):
                continue
            if inside(mention.folded, bare, held_spans):
                continue
            if not typed_as(typed, bare, mention.folded, {fold(c.name) for c in mention.candidates}):
                continue
            # the words as typed, the unit's own name ("hcm" -> "ho chi minh"), or a library initialism
            keys = [mention.folded, *dict.fromkeys(fold_ascii(p.name) for p in mention.candidates)]
            if mention.folded in self._initials:
                keys.insert(0, self._initials[mention.folded])
            key = next((k for k in keys if k in self._places), mention.folded)
            if key in seen or mention.folded in seen:
                continue
            seen.update({key, mention.folded})
            match = self._match(key, mention.text)
            if match is None and mention.candidates:
                parents = {fold_ascii(c.province) for c in mention.candidates if c.province}
                parents |= {fold_ascii(c.district) for c in mention.candidates if c.district}
                match = PlaceMatch(key, self._display(mention), [], "unknown", parents=tuple(sorted(parents)))
            if match:
                out.append(match)
        return out

    @staticmethod
    def _display(mention: Mention) -> str:
        kinds = {p.kind for p in mention.candidates}
        kind = next(iter(kinds)) if len(kinds) == 1 else ("Xã" if mention.levels == ("xã",) else "")
        name = mention.candidates[0].name
        return f"{kind.lower()} {name}".strip() if kind else name

    @staticmethod
    def _is_person(bare: str, name: str) -> bool:
        at = bare.find(name)
        before = bare[max(0, at - 14) : at].strip()
        return name == "ho chi minh" and before.endswith(_PERSON_BEFORE)

    # -- the whole scope -------------------------------------------------------------------------

    def run(self, text: str) -> Scope:
        bare = fold_ascii(text)
        places = self.places(text)
        known = [p.name for p in places if p.relation != "unknown"]
        # "ubnd xa o lam dong": "Ô Lâm" read across "Lâm Đồng" is a misreading of the province held
        scope = Scope(places=[p for p in places if p.relation != "unknown"
                              or not any(run_together(p.name, k, bare) for k in known)])
        by_place: set[str] = set()
        places_held = _narrowest(scope.places, comparing="so sanh" in bare)
        for p in places_held:
            if not self._addressed_province(p, places_held, bare):
                by_place.update(p.doc_ids)
        named = numbered_documents(bare, self._numbers, self._by_id)
        scope.numbers += named.keys
        by_number, other_day = named.doc_ids, named.other_day
        # "huyện Tuy Phước (Bình Định)": a unit the library lacks, inside one it holds other documents of
        inside_known = [u for u in scope.unknown
                        if any(p.name in u.parents for p in scope.places if p.relation != "unknown")]
        if inside_known and not by_number:
            by_place = set()
        chosen: set[str] = set()
        if by_place and by_number:
            for p in scope.places:
                ids = set(p.doc_ids)
                if not ids & by_number and any(fold_ascii(self._by_id[d].province or "") == p.name for d in by_number):
                    continue  # "KH 142 của Phù Cát … theo kế hoạch của UBND tỉnh Bình Định": the plan's province
                chosen |= (ids & by_number) or ids
            if not by_place & by_number:  # "QĐ 1315 và kế hoạch của tỉnh X": two things named
                chosen |= by_number  # "HD 15 của huyện Lương Tài" is Lương Tài's 15, not another place's
        else:
            chosen = by_place | by_number
        if chosen and not by_number:  # "theo hướng dẫn của HKH tỉnh Lâm Đồng": its guidance, not the Sở's letter
            named_kinds = {KIND_SYMBOLS[m.group(1) or m.group(2)] for m in SOURCE_KIND.finditer(bare)}
            # each place keeps its own: "theo kế hoạch của tỉnh A và của xã B" narrows A's documents and B's apart
            groups = [ids for p in scope.places if (ids := set(p.doc_ids) & chosen)] or [chosen]
            chosen = set().union(*({d for d in ids if kind_of(self._by_id[d]) in named_kinds} or ids for ids in groups))
        if other_day and not by_number:
            scope.doc_ids = []  # the plan asked is not in the library, whatever else its place has issued
            scope.unheld = [as_typed(text, n) for n in named.unheld]
        elif chosen:
            scope.doc_ids = sorted(chosen)
        elif scope.places and (inside_known or all(p.relation == "unknown" for p in scope.places)):
            scope.doc_ids = []
        for level, pattern in _LEVELS.items():
            if pattern.search(bare):
                scope.level = level
                break
        return scope

    def _addressed_province(self, place: PlaceMatch, places: list[PlaceMatch], bare: str) -> bool:
        """"UBND huyện Cẩm Xuyên kiến nghị UBND tỉnh Hà Tĩnh …": a province named only as where a report or
        proposal goes, while another place named lies in it, is no document asked."""
        if not re.search(rf"{_ADDRESSED.pattern}\s*{re.escape(place.name)}\b", bare):
            return False
        return any(other is not place and other.doc_ids
                   and all(fold_ascii(self._by_id[d].province or "") == place.name for d in other.doc_ids)
                   for other in places)

    def restrict(self, scope: Scope, locality: str | None, doc_id: str | None = None) -> Scope:
        """Narrow a scope to an explicit filter (--locality, the web's locality or document filter)."""
        if doc_id:
            return replace(scope, doc_ids=[doc_id])
        if not locality:
            return scope
        chosen = self.docs_for_locality(locality)
        ids = sorted(set(chosen) & set(scope.doc_ids)) if scope.doc_ids else chosen
        return replace(scope, doc_ids=ids or chosen)


# a body a report or proposal goes to, named with its province: "kiến nghị UBND tỉnh", "báo cáo Sở GD&ĐT tỉnh"
_ADDRESSED = re.compile(r"\b(?:kien nghi|de nghi|de xuat|bao cao|gui|trinh)\s+(?:len\s+|ve\s+|cho\s+)?"
                        r"(?:ubnd|uy ban nhan dan|so gd&dt|so giao duc va dao tao|hoi khuyen hoc|hkh)\s+(?:tinh|thanh pho)")


def _narrowest(places: list[PlaceMatch], comparing: bool) -> list[PlaceMatch]:
    """"huyện Lai Vung (Đồng Tháp)": a place named with the province it lies in is scoped to the place; the
    province only says which Lai Vung. Two places compared keep their own documents each."""
    if comparing:
        return places
    held = [p for p in places if p.doc_ids]
    return [p for p in places if not any(q is not p and set(q.doc_ids) < set(p.doc_ids) for q in held)]
