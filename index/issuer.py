"""Who issued a document: the organisation lines of its header ("UBND TỈNH QUẢNG NGÃI / SỞ GIÁO DỤC VÀ
ĐÀO TẠO"), or for a note with no header the body that speaks in its first sentence, and the level
(tỉnh, huyện, xã) of the place it governs."""

from __future__ import annotations

import re

from .clean import is_upper_line
from .vocabulary.places import gazetteer

MOTTO = re.compile(
    r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s*lập\s*-\s*Tự\s*do\s*-\s*Hạnh\s*phúc", re.I
)
ORG_NAMES = [
    (r"ỦY BAN NHÂN DÂN|UBND", "Ủy ban nhân dân"),
    (r"HỘI ĐỒNG NHÂN DÂN|HĐND", "Hội đồng nhân dân"),
    (r"HỘI KHUYẾN HỌC|HKH", "Hội Khuyến học"),
    (r"SỞ GIÁO DỤC VÀ ĐÀO TẠO|SỞ GD\s*&\s*ĐT|SỞ GDĐT", "Sở Giáo dục và Đào tạo"),
    (r"PHÒNG GIÁO DỤC VÀ ĐÀO TẠO|PHÒNG GD\s*&\s*ĐT", "Phòng Giáo dục và Đào tạo"),
    (r"BAN CHỈ ĐẠO", "Ban Chỉ đạo"),
    (r"SỞ NỘI VỤ", "Sở Nội vụ"),
    # a board under the Sở Nội vụ: "SỞ NỘI VỤ TỈNH BẾN TRE / BAN THI ĐUA - KHEN THƯỞNG"
    (r"BAN THI ĐUA\s*[-–]\s*KHEN THƯỞNG", "Ban Thi đua - Khen thưởng"),
    # the youth union, one of the bodies a joint plan is issued by ("… / BAN CHẤP HÀNH TỈNH ĐOÀN TÂY NINH")
    (r"(?:BAN CHẤP HÀNH\s+|BAN THƯỜNG VỤ\s+)?(?:TỈNH ĐOÀN|HUYỆN ĐOÀN|THÀNH ĐOÀN|ĐOÀN TNCS HỒ CHÍ MINH)",
     "Đoàn Thanh niên"),
    # a centre under a commune's or district's UBND: "UBND XÃ HOÀNG LONG / TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"
    (r"TRUNG TÂM HỌC TẬP CỘNG ĐỒNG|TTHTCĐ", "Trung tâm học tập cộng đồng"),
    (r"TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP\s*-\s*GIÁO DỤC THƯỜNG XUYÊN|TRUNG TÂM GDNN\s*-\s*GDTX",
     "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"),
]
SYMBOL_ORGS = {"UBND": "Ủy ban nhân dân", "HKH": "Hội Khuyến học", "HĐND": "Hội đồng nhân dân", "SGDĐT": "Sở Giáo dục và Đào tạo"}
_LEVEL_WORDS = r"TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN"
LEVELS = {
    "tỉnh": "tỉnh",
    "thành phố": "tỉnh",
    "huyện": "huyện",
    "quận": "huyện",
    "thị xã": "huyện",
    "xã": "xã",
    "phường": "xã",
    "thị trấn": "xã",
}
_ORG_RE = re.compile("|".join(f"(?:{p})" for p, _ in ORG_NAMES))
_AGENCY_LINE = re.compile(r"(?:^|(?<=\s))(?:(?:SỞ|PHÒNG)\s+[A-ZĐÀ-Ỹ]|TRƯỜNG\s+(?:MẦM NON|TIỂU HỌC|TRUNG HỌC|THCS|THPT|"
                          r"MN|TH|PTDT)\b).*$")
# a school's name: its grade (kept as written when an abbreviation), then its own name ("TRƯỜNG THCS EA KLY")
_SCHOOL = re.compile(r"TRƯỜNG\s+((?:TIỂU HỌC VÀ |TH VÀ |TH&)?(?:MẦM NON|TIỂU HỌC|TRUNG HỌC CƠ SỞ|TRUNG HỌC PHỔ THÔNG|"
                     r"THCS|THPT|MN|TH|PTDTBT(?:\s*-\s*THCS|\s*-\s*TH)?|PTDTNT(?:\s*THCS|\s*THPT)?))\s+(.+)$")
# a name may end in a numeral ("PHƯỜNG HÀ GIANG 1") or be one ("PHƯỜNG 3")
_LOCALITY_RE = re.compile(rf"\b({_LEVEL_WORDS})(?<!XÃ(?= HỘI))\s+((?:[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ]*\s?)+(?:\d{{1,2}}\b)?|\d{{1,2}}\b)")
_BODY_ISSUER = re.compile(
    r"^(Ủy ban nhân dân|UBND|Hội Khuyến học|HKH)\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+"
    r"((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,3})"
)
def title_case(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in words.split())


def city_level(name: str) -> str:
    """A 'thành phố' is a province (Hải Phòng) or a city within one (Chí Linh)."""
    return "tỉnh" if any(p.level == "tỉnh" for p in gazetteer().named(name, ("tỉnh",))) else "huyện"


def header_places(header_lines: list[str], kinds: tuple[str, ...] = ()) -> list[str]:
    """Every place the issuer lines name ("HỘI KHUYẾN HỌC TỈNH HẢI DƯƠNG / … THÀNH PHỐ CHÍ LINH"), or only
    those named with one of *kinds* ("TỈNH")."""
    text = " ".join(MOTTO.sub(" ", line) for line in header_lines if is_upper_line(MOTTO.sub(" ", line) or "x"))
    text = _ORG_RE.sub(" | ", re.sub(r"\s+", " ", text).upper())
    return [title_case(_ORG_RE.split(m.group(2))[0].split("|")[0].strip()) for m in _LOCALITY_RE.finditer(text)
            if not kinds or m.group(1) in kinds]


def agency_case(name: str) -> str:
    """'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH' -> 'Sở Văn hóa, Thể thao và Du lịch': each field named after "Sở"/"Phòng",
    a comma, "và" or a dash starts with a capital."""
    words = name.lower().split()
    out, capital = [], True
    for w in words:
        out.append(w[:1].upper() + w[1:] if capital and w not in ("và", "-", "–") else w)
        capital = w.endswith(",") or w in ("sở", "phòng", "và", "-", "–")
    return " ".join(out)


def school_case(name: str) -> str:
    """'TRƯỜNG THCS EA KLY' -> 'Trường THCS Ea Kly', 'TRƯỜNG TIỂU HỌC HÒA AN' -> 'Trường Tiểu học Hòa An'."""
    m = _SCHOOL.match(name)
    if not m:
        return agency_case(name)
    grade = m.group(1)
    if grade.startswith(("TIỂU", "MẦM", "TRUNG")):  # written out: "Tiểu học", "Trung học cơ sở"
        grade = grade[:1] + grade[1:].lower().replace("thcs", "THCS")
    return f"Trường {grade} {title_case(m.group(2))}"


def _named_agencies(header_lines: list[str]) -> list[tuple[str, str]]:
    """An agency line the list above does not know ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "PHÒNG VĂN HÓA VÀ
    THÔNG TIN"): the whole line is its name."""
    out = []
    for line in header_lines:
        line = re.sub(r"\s+", " ", MOTTO.sub(" ", line)).strip(" *")
        m = _AGENCY_LINE.search(line) if is_upper_line(line) else None
        # a line cleaning joined to the one above ("UBND TỈNH TÂY NINH SỞ VĂN HÓA, …") holds it at its end
        name = re.split(rf"\s+(?:{_LEVEL_WORDS})\s(?!HỘI\b)", m.group(0))[0].rstrip(" -–") if m else ""
        if name and not _ORG_RE.match(name):
            out.append((re.escape(name), school_case(name) if name.startswith("TRƯỜNG") else agency_case(name)))
    return out


def parse_issuer(header_lines: list[str], joint: bool = False) -> tuple[str, str, str]:
    """(issuer, locality, level) from the organisation lines of a header: the last body named, under those above
    it; of a *joint* document ("…/KHLT-…"), whose bodies stand side by side, the first."""
    text = " ".join(MOTTO.sub(" ", line) for line in header_lines if is_upper_line(MOTTO.sub(" ", line) or "x"))
    text = re.sub(r"\s+", " ", text).strip().upper()
    names = _named_agencies(header_lines) + ORG_NAMES
    org_re = re.compile("|".join(f"(?:{p})" for p, _ in names))
    # fence each organisation name so a locality never runs into the next one
    # ("HỘI KHUYẾN HỌC HUYỆN ĐÔNG ANH HỘI KHUYẾN HỌC XÃ VÂN NỘI")
    text = org_re.sub(lambda m: f"| {m.group(0)} |", text)
    orgs = [(m.start(), m.end(), m.group(0)) for m in org_re.finditer(text)]
    if not orgs:
        return "", "", ""
    localities = [(m.start(), m.group(1), m.group(2).strip()) for m in _LOCALITY_RE.finditer(text)]
    start, end, raw_org = orgs[0] if joint else orgs[-1]
    org = next(name for pattern, name in names if re.fullmatch(pattern, raw_org))
    after = next((s for s, _e, _o in orgs if s > start), len(text)) if joint else len(text)
    own = [loc for loc in localities if end <= loc[0] < after]
    parent = [loc for loc in localities if loc[0] < start]
    loc = own[0] if own else (parent[-1] if parent else None)
    if loc is None:
        return org, "", ""
    raw_name = org_re.split(loc[2])[0].strip()
    level_word, name = loc[1].lower(), title_case(raw_name)
    # "BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP TỈNH …": what the body is for stays in its name
    middle = text[end : loc[0]] if loc in own else re.sub(rf"\b(?:{_LEVEL_WORDS})\s*$", "", text[end:])
    middle = middle.strip(" |")
    purpose = f" {middle.lower()}" if middle and len(middle.split()) <= 8 and "|" not in middle else ""
    issuer = f"{org}{purpose} {level_word} {name}"
    level = LEVELS.get(level_word, "")
    if level_word == "thành phố":
        level = city_level(name)
    level = "Hội Khuyến học" if org == "Hội Khuyến học" else level
    return issuer, name, level


def geographic_level(issuer: str, level: str) -> str:
    """'tỉnh', 'huyện' or 'xã' of the issuing body, also for a Hội or a Sở."""
    if level in ("tỉnh", "huyện", "xã"):
        return level
    m = re.search(r"\b(thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường)\b\s*(.*)$", issuer)
    if m:
        return city_level(m.group(2)) if m.group(1) == "thành phố" else LEVELS.get(m.group(1), "")
    return "tỉnh" if issuer.startswith("Sở ") else ""


def issuer_in_sentences(paragraphs: list[str]) -> tuple[str, str, str]:
    """(issuer, locality, level) of the body a note's first sentences name ("UBND xã Hòa Thắng giao …")."""
    for p in paragraphs:
        om = _BODY_ISSUER.search(p)
        if om:
            org = next(name for pattern, name in ORG_NAMES if re.fullmatch(pattern, om.group(1), re.I))
            level_word, locality = om.group(2).lower(), om.group(3)
            level = city_level(locality) if level_word == "thành phố" else LEVELS.get(level_word, "")
            level = "Hội Khuyến học" if org == "Hội Khuyến học" else level
            return f"{org} {level_word} {locality}", locality, level
    return "", "", ""
