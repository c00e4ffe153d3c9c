"""Where a document lies: the parent of its locality (a district or a province) and its province, then and now.

The header names the issuer's unit ("UỶ BAN NHÂN DÂN XÃ HÒA THẮNG"); the gazetteer places it, helped by what the
document says around it: the parent its opening lines name ("… huyện Kim Động"), a province printed over the
issuer, the province its text keeps naming, and last the file's name.
"""

from __future__ import annotations

import re
from pathlib import Path

from .issuer import header_places
from .textnorm import fold_ascii
from .vocabulary.places import PlaceContext, gazetteer, place_context

_PARENT_RE = re.compile(r"\b(huyện|thị xã|quận|tỉnh)\s+([A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})")


def locate(locality: str, geo_level: str, header: list[str], body: list[str], tail: list[str], place: str,
           title: str, current: bool, source: str) -> tuple[str, PlaceContext]:
    """The parent named for *locality* and where it lies; *header*: the lines above the number (the issuer's
    block), *tail*: the signature and recipients; *current*: dated after the reorganisation of 1/7/2025."""
    parent = ""
    parent_provinces: list[str] = []  # "… huyện Sơn Hà Đông, tỉnh Quảng Ngãi": the parent is a province
    if geo_level in ("xã", "huyện"):
        for p in body[:4]:
            pm = _PARENT_RE.search(p)
            if pm and pm.group(2) != locality:
                parent = pm.group(2)
                if pm.group(1) == "tỉnh":
                    parent_provinces.append(parent)
                break
    above = [p for p in header_places(header) if p != locality]  # "TỈNH HẢI DƯƠNG" over the issuer
    if not parent and above and geo_level in ("xã", "huyện"):
        parent = above[-1]
    # "Sở GD&ĐT thành phố Cần Thơ" in the opening lines tells which of two huyện Phong Điền issued it
    provinces = [c.name for p in body[:4] for m in gazetteer().mentions(p) for c in m.candidates if c.level == "tỉnh"]
    where = place_context(locality, geo_level, [parent, place, title, *above, *provinces], current=current)
    if locality and where.district and geo_level == "xã":
        # "xã Hoàng Long … huyện Kim Động" is not the Hoàng Long the gazetteer holds in another district
        districts = [m.group(2) for p in body[:UNLISTED_LINES] for m in _PARENT_RE.finditer(p)
                     if m.group(1) in ("huyện", "thị xã", "quận")]
        if districts and fold_ascii(where.district) not in {fold_ascii(d) for d in districts}:
            elsewhere = _unlisted_place_context(districts, provinces, current, [])
            if elsewhere.province:
                where = elsewhere
    if locality and not where.province and geo_level in ("xã", "huyện"):
        # the parents its opening names, else any its text names ("… báo cáo UBND huyện Lục Ngạn" near the end)
        named = [m.group(2) for p in body[:UNLISTED_LINES] for m in _PARENT_RE.finditer(p)
                 if m.group(1) != "tỉnh" and m.group(2) != locality] or [
                 m.group(2) for p in body for m in _PARENT_RE.finditer(p) if m.group(1) != "tỉnh" and m.group(2) != locality]
        header_provinces = header_places(header, ("TỈNH",))
        where = _unlisted_place_context([parent, *named] if parent else named, provinces, current,
                                        parent_provinces + [p for p in above if p in header_provinces or geo_level == "huyện"])
        if not where.province:  # the province its text keeps naming ("… UBND tỉnh Hải Dương", "Sở GD&ĐT tỉnh Hải Dương")
            where = _named_province([*body, *tail], current) or _filed_province(
                source, current) or where
    return parent, where


# how far into the body a commune the gazetteer does not know looks for its district ("Kế hoạch … của UBND huyện Tam Đường")
UNLISTED_LINES = 12


def _unlisted_place_context(parents: list[str], provinces: list[str], current: bool,
                            header_provinces: list[str]) -> PlaceContext:
    """A unit the gazetteer does not know (new, renamed, or invented in a training file) lies where the document
    says: in the district named beside it, or in the one province its opening lines name. A province over the
    issuer ("UBND TỈNH QUẢNG NGÃI / UBND HUYỆN …") is no district, even where a city shares its name."""
    for parent in dict.fromkeys(parents):
        if parent in header_provinces:
            above = place_context(parent, "tỉnh", current=current)
            if above.province:
                return above
            continue
        above = place_context(parent, "huyện", provinces, current=current)
        if above.province:
            return PlaceContext(district=parent, province=above.province, province_now=above.province_now)
    named = list(dict.fromkeys(provinces))
    if len(named) == 1:
        return PlaceContext(province=named[0])
    return PlaceContext()


# a province the text names with its kind word
_PROVINCE_NAMED = re.compile(r"\btỉnh\s+((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,3})")
# it names that province at least this often, and more often than any other
PROVINCE_MENTIONS = 1


def _named_province(lines: list[str], current: bool) -> PlaceContext | None:
    """The province a document's text names most ("… UBND tỉnh Hải Dương", and no other as often): the province
    of a unit the gazetteer does not know and whose opening names none."""
    counts: dict[str, int] = {}
    for line in lines:
        for m in _PROVINCE_NAMED.finditer(line):
            where = place_context(m.group(1), "tỉnh", current=current)
            if where.province:
                counts[where.province] = counts.get(where.province, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < PROVINCE_MENTIONS or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return place_context(ranked[0][0], "tỉnh", current=current)


def _filed_province(source: str, current: bool) -> PlaceContext | None:
    """The province a file's name holds, the first from its start ("vinh-phuc_KH-HKH_2025.txt", "Gia Lai - KH
    xa.pdf", "2025-binh-phuoc_KH-HKH.txt"): the last hint for a unit the gazetteer does not know in a text that
    names no province."""
    words = [w for w in re.split(r"[\s_\-.]+", Path(source).stem) if w]
    for start in range(len(words)):
        for size in (3, 2, 1):
            name = " ".join(words[start : start + size])
            if start + size <= len(words) and len(name) >= 4:
                where = place_context(name, "tỉnh", current=current)
                if where.province and fold_ascii(where.province) == fold_ascii(name).replace("-", " "):
                    return where
    return None
