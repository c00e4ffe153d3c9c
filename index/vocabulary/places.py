"""Vietnamese administrative units, before and after the 2025 reorganisation.

The data is the `vietnamadminunits` package's: the 63 provinces with their
districts and communes (legacy), the 34 provinces and their communes from
1 July 2025, and which legacy units each new one absorbed. This module finds
the places a text names (with or without diacritics, short forms included) and
locates a document's own place in the hierarchy. It knows nothing of the library.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..textnorm import fold_ascii

log = logging.getLogger(__name__)

LEGACY = "legacy"
NEW = "2025"
REORGANISED_ON = "1/7/2025"

# kind word (folded) -> level; "thành phố" is a province or a district-level city
KIND_LEVELS: dict[str, tuple[str, ...]] = {
    "tinh": ("tỉnh",),
    "thanh pho": ("tỉnh", "huyện"),
    "tp": ("tỉnh", "huyện"),
    "huyen": ("huyện",),
    "quan": ("huyện",),
    "thi xa": ("huyện",),
    "tx": ("huyện",),
    "xa": ("xã",),
    "phuong": ("xã",),
    "thi tran": ("xã",),
    "dac khu": ("xã",),  # an island district made a commune-level unit in 2025
}
# extra short names people type for provinces, by folded province name
PROVINCE_ALIASES: dict[str, tuple[str, ...]] = {
    "ho chi minh": ("hcm", "tphcm", "tp hcm", "sai gon", "saigon", "sg"),
    "ha noi": ("hn", "tphn"),
    "ba ria - vung tau": ("ba ria vung tau", "brvt", "vung tau", "ba ria"),
    "hue": ("thua thien hue", "thua thien - hue", "tt hue"),  # Thừa Thiên Huế until 2025
    "dak lak": ("daklak", "dac lac"),
    "dak nong": ("daknong",),
}
_ONE_WORD_ALIASES = frozenset(a for aliases in PROVINCE_ALIASES.values() for a in aliases if " " not in a)
_WORD = re.compile(r"[a-z0-9]+")
_BOUNDARY = re.compile(r"[,.;:!?()\[\]\"“”/|]+")


@dataclass(frozen=True)
class Place:
    name: str  # short name as written: "An Nghiệp", "Tuy An", "Phú Yên"
    kind: str  # "Xã", "Huyện", "Tỉnh", "Thành phố", ...
    level: str  # "xã" | "huyện" | "tỉnh"
    era: str  # LEGACY or NEW
    key: str  # unique within its era
    province: str = ""  # short name of the province it lies in ("" for a province)
    district: str = ""  # short name of the district (legacy communes only)

    @property
    def full_name(self) -> str:
        return f"{self.kind.lower()} {self.name}"


@dataclass(frozen=True)
class Mention:
    """A place a text names: the words as typed, the level the kind word gave, the candidates."""

    text: str
    folded: str
    levels: tuple[str, ...]
    candidates: tuple[Place, ...] = field(default_factory=tuple)
    typed_kind: bool = False  # "xã Phú Mỹ" rather than a bare "Phú Mỹ"


def _data_dir() -> Path | None:
    try:
        import vietnamadminunits
    except ImportError:  # pragma: no cover - a declared dependency
        log.warning("vietnamadminunits is not installed: places are not resolved")
        return None
    return Path(vietnamadminunits.__file__).parent / "data"


def _level_of(kind: str) -> str:
    k = fold_ascii(kind)
    if k in ("tinh",) or k == "thanh pho":
        return "tỉnh"
    if k in ("huyen", "quan", "thi xa"):
        return "huyện"
    return "xã"


class Gazetteer:
    """Every province, district and commune, legacy and 2025, indexed by folded name."""

    def __init__(self, data_dir: Path | None) -> None:
        self.places: list[Place] = []
        self.by_name: dict[str, list[Place]] = {}
        self._province_successor: dict[str, str] = {}  # legacy province name -> 2025 province name
        self._ward_successor: dict[tuple[str, str, str], Place] = {}
        self._max_words = 1
        if data_dir is None:
            return
        self._load(data_dir)

    # -- loading ---------------------------------------------------------------------------

    def _add(self, place: Place, *aliases: str) -> None:
        self.places.append(place)
        for name in {fold_ascii(place.name), *aliases}:
            if name:
                self.by_name.setdefault(name, []).append(place)
                self._max_words = max(self._max_words, len(name.split()))

    def _load(self, data_dir: Path) -> None:
        conn = sqlite3.connect(f"file:{data_dir / 'dataset.db'}?mode=ro", uri=True)
        try:
            legacy = conn.execute(
                "SELECT province, provinceShort, provinceKey, district, districtShort, districtType, districtKey, "
                "ward, wardShort, wardType, wardKey FROM admin_units_legacy"
            ).fetchall()
            new = conn.execute(
                "SELECT province, provinceShort, provinceKey, ward, wardShort, wardType, wardKey FROM admin_units"
            ).fetchall()
        finally:
            conn.close()
        provinces: dict[str, Place] = {}
        districts: set[tuple[str, str]] = set()
        legacy_wards: dict[str, Place] = {}
        for prov, prov_short, prov_key, _dist, dist_short, dist_type, dist_key, _ward, ward_short, ward_type, ward_key in legacy:
            if prov_key not in provinces:
                kind = "Thành phố" if prov.startswith("Thành phố") else "Tỉnh"
                place = Place(prov_short, kind, "tỉnh", LEGACY, prov_key)
                provinces[prov_key] = place
                self._add(place, *PROVINCE_ALIASES.get(fold_ascii(prov_short), ()))
            if dist_short and (prov_key, dist_key) not in districts:
                districts.add((prov_key, dist_key))
                self._add(Place(dist_short, dist_type or "Huyện", "huyện", LEGACY, f"{prov_key}_{dist_key}", prov_short))
            if ward_short:
                place = Place(ward_short, ward_type or "Xã", "xã", LEGACY, f"{prov_key}_{dist_key}_{ward_key}",
                              prov_short, dist_short or "")
                legacy_wards[place.key] = place
                self._add(place)
        new_provinces: dict[str, Place] = {}
        new_wards: dict[tuple[str, str], Place] = {}
        for prov, prov_short, prov_key, _ward, ward_short, ward_type, ward_key in new:
            if prov_key not in new_provinces:
                kind = "Thành phố" if prov.startswith("Thành phố") else "Tỉnh"
                place = Place(prov_short, kind, "tỉnh", NEW, prov_key)
                new_provinces[prov_key] = place
                self._add(place, *PROVINCE_ALIASES.get(fold_ascii(prov_short), ()))
            if ward_short:
                place = Place(ward_short, ward_type or "Xã", "xã", NEW, f"{prov_key}_{ward_key}", prov_short)
                new_wards[(prov_key, ward_key)] = place
                self._add(place)
        try:
            mapping = json.loads((data_dir / "converter_2025.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:  # pragma: no cover - shipped with the package
            log.warning("no 2025 conversion table: %s", exc)
            return
        for new_key, old_keys in mapping.get("DICT_PROVINCE", {}).items():
            if new_key in new_provinces:
                for old in old_keys:
                    if old in provinces:
                        self._province_successor[provinces[old].name] = new_provinces[new_key].name
        for new_prov, wards in mapping.get("DICT_PROVINCE_WARD_NO_DIVIDED", {}).items():
            for new_ward, old_keys in wards.items():
                successor = new_wards.get((new_prov, new_ward))
                for old in old_keys:
                    if successor and old in legacy_wards:
                        self._ward_successor[self._ward_id(legacy_wards[old])] = successor
        for new_prov, wards in mapping.get("DICT_PROVINCE_WARD_DIVIDED", {}).items():
            for old, options in wards.items():
                chosen = next((o for o in options if o.get("isDefaultNewWard")), options[0] if options else None)
                successor = new_wards.get((new_prov, chosen["newWardKey"])) if chosen else None
                if successor and old in legacy_wards:
                    self._ward_successor[self._ward_id(legacy_wards[old])] = successor

    @staticmethod
    def _ward_id(place: Place) -> tuple[str, str, str]:
        return (fold_ascii(place.province), fold_ascii(place.district), fold_ascii(place.name))

    # -- lookups -----------------------------------------------------------------------------

    def named(self, name: str, levels: tuple[str, ...] = ("tỉnh", "huyện", "xã")) -> list[Place]:
        return [p for p in self.by_name.get(fold_ascii(name), ()) if p.level in levels]

    def province_now(self, province: str) -> str:
        """The 2025 province a legacy province became part of ('' if unknown)."""
        key = fold_ascii(province)
        for old, new in self._province_successor.items():
            if fold_ascii(old) == key:
                return new
        return ""

    def commune_now(self, commune: Place) -> Place | None:
        return self._ward_successor.get(self._ward_id(commune))

    def locate(self, name: str, level: str, hints: list[str] | tuple[str, ...] = (), *, current: bool = False) -> Place | None:
        """The unit called *name* at *level*, disambiguated by parent names among *hints*: a legacy unit,
        or with *current* (a document issued after the 2025 reorganisation) one of the 2025 units first."""
        eras = (NEW, LEGACY) if current else (LEGACY, NEW)
        found = [p for p in self.named(name, (level,)) if p.era == eras[0]] or [
            p for p in self.named(name, (level,)) if p.era == eras[1]
        ]
        if len(found) <= 1:
            return found[0] if found else None
        spelled = [p for p in found if p.name.lower() == name.strip().lower()]
        if len(spelled) == 1 and name != fold_ascii(name):  # "Tam Đường" written out is not "Tam Dương"
            return spelled[0]
        folded_hints = {fold_ascii(h) for h in hints if h} - {fold_ascii(name)}  # its own name says nothing
        narrowed = [p for p in found if fold_ascii(p.district) in folded_hints or fold_ascii(p.province) in folded_hints]
        if len(narrowed) >= 1:
            both = [p for p in narrowed if fold_ascii(p.district) in folded_hints and fold_ascii(p.province) in folded_hints]
            return (both or narrowed)[0] if len(both or narrowed) == 1 else None
        # "xã Kiên Thành" of a text naming "huyện Lục Ngạn", which the gazetteer's commune lists under a newer parent:
        # the one candidate in the province of a district the hints name
        provinces = {fold_ascii(d.province) for h in folded_hints for d in self.named(h, ("huyện",))}
        in_province = [p for p in found if fold_ascii(p.province) in provinces]
        return in_province[0] if len(in_province) == 1 else None

    # -- finding places in text -------------------------------------------------------------------

    def mentions(self, text: str) -> list[Mention]:
        """Places named with a kind word ('xã Phú Mỹ', 'tp hcm') or provinces named bare ('Bình Dương')."""
        out: list[Mention] = []
        for segment in _BOUNDARY.split(fold_ascii(text)):
            words = _WORD.findall(segment)
            i = 0
            while i < len(words):
                found = self._mention_at(words, i)
                if found is None:
                    i += 1
                    continue
                mention, used = found
                out.append(mention)
                i += used
        return out

    def _mention_at(self, words: list[str], i: int) -> tuple[Mention, int] | None:
        for kind_len in (2, 1):
            kind = " ".join(words[i : i + kind_len])
            if kind not in KIND_LEVELS or (kind == "xa" and words[i + 1 : i + 2] == ["hoi"]):
                continue
            levels = KIND_LEVELS[kind]
            named = self._name_at(words, i + kind_len, levels, min_words=2 if kind not in ("tinh", "tp", "thanh pho") else 1)
            if named:
                name, used, places = named
                return Mention(name, name, levels, tuple(places), typed_kind=True), kind_len + used
        named = self._name_at(words, i, ("tỉnh",), min_words=1, bare=True)
        if named:
            name, used, places = named
            return Mention(name, name, ("tỉnh",), tuple(places)), used
        return None

    def _name_at(
        self, words: list[str], start: int, levels: tuple[str, ...], min_words: int, bare: bool = False
    ) -> tuple[str, int, list[Place]] | None:
        for n in range(min(self._max_words, len(words) - start), min_words - 1, -1):
            name = " ".join(words[start : start + n])
            places = [p for p in self.by_name.get(name, ()) if p.level in levels]
            if not places:
                continue
            if bare and n == 1 and len(name) > 3 and name not in _ONE_WORD_ALIASES:
                continue  # a bare one-word name is an alias ("hcm", "tphcm") or nothing
            if bare and n == 1 and name == "hue":
                continue  # "huệ" is a word as well; "Huế" needs its kind word
            return name, n, places
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(_data_dir())


@dataclass(frozen=True)
class PlaceContext:
    """Where a document's own place sits: its parents then, and its names since the 2025 reorganisation."""

    district: str = ""
    province: str = ""
    province_now: str = ""
    locality_now: str = ""


def place_context(locality: str, level: str, hints: list[str] | tuple[str, ...] = (), *,
                  current: bool = False) -> PlaceContext:
    """Parents and 2025 names of the unit *locality* at *level* ('tỉnh', 'huyện', 'xã'); *current* for a
    document issued after the 2025 reorganisation, whose places are the new units."""
    if not locality or level not in ("tỉnh", "huyện", "xã"):
        return PlaceContext()
    g = gazetteer()
    place = g.locate(locality, level, hints, current=current)
    if place is None:
        return PlaceContext()
    if place.level == "tỉnh":
        province = place.name if place.era == LEGACY or current else ""
        now = g.province_now(place.name) if place.era == LEGACY else place.name
        return PlaceContext(province=province, province_now=now if now != province else "")
    now = g.province_now(place.province) if place.era == LEGACY else place.province
    ctx = PlaceContext(
        district=place.district if place.level == "xã" else "",
        province=place.province,  # a 2025 unit lies in a 2025 province
        province_now=now if now and now != place.province else "",
    )
    if place.level == "xã" and place.era == LEGACY:
        successor = g.commune_now(place)
        if successor and fold_ascii(successor.name) != fold_ascii(place.name):
            ctx = PlaceContext(ctx.district, ctx.province, ctx.province_now, successor.name)
    return ctx
