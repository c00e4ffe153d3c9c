"""The field's words: agencies, recognition titles, abbreviations, and chat shorthand.

One list for indexing and answering alike. Patterns run over :func:`fold_ascii`
text (lower case, no diacritics), so they match however a user types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..textnorm import fold_ascii

# Chat shorthand and common typos of officers typing on a phone, by folded token.
SHORTHAND: dict[str, str] = {
    "bc": "bao cao",
    "b/c": "bao cao",
    "dc": "duoc",
    "đc": "duoc",
    "ko": "khong",
    "k": "khong",
    "kg": "khong",
    "khg": "khong",
    "hok": "khong",
    "hk": "khong",
    "j": "gi",
    "ntn": "nhu the nao",
    "nhiu": "nhieu",
    "bn": "bao nhieu",
    "bnhieu": "bao nhieu",
    "ng": "nguoi",
    "vs": "voi",
    "hyen": "huyen",
    "huyn": "huyen",
    "trc": "truoc",
    "r": "roi",
    "z": "vay",
    "v": "vay",
    "s": "sao",
    "mk": "minh",
    "mik": "minh",
    "oy": "roi",
    "cx": "cung",
    "cg": "cung",
    "nx": "nua",
    "tgian": "thoi gian",
    "tg": "thoi gian",
    "nv": "nhiem vu",
    "nvu": "nhiem vu",
    "tn": "trach nhiem",
    "kp": "kinh phi",
    "ngun": "nguon",
    "pt": "phong trao",
    "ptr": "phong trao",
    "xd": "xay dung",
    "nd": "noi dung",
    "cq": "co quan",
    "dvi": "don vi",
    "fai": "phai",
    "thg": "thuong",
    "ktra": "kiem tra",
    "bcao": "bao cao",
    "baocao": "bao cao",
    "gd1": "giai doan 1",
    "gd2": "giai doan 2",
    "sdt": "so dien thoai",
    "bcđ": "ban chi dao",
}


@dataclass(frozen=True)
class Term:
    """A named thing of the field: its display name and the folded patterns that name it."""

    key: str
    name: str
    pattern: str

    @property
    def regex(self) -> re.Pattern[str]:
        return _compiled(self.pattern)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_UB = r"(?:ubnd|uy ban nhan dan|uy ban|ub)"
AGENCIES: list[Term] = [
    Term("so_gddt", "Sở Giáo dục và Đào tạo",
         r"\b(?<!\bco )(?:so |s)(?:giao duc(?: va dao tao)?|gd ?(?:&|va|-)? ?dt|gddt)\b|\bsgd\b|\b(?<!\bco )so gd\b(?! ?dt)"),
    Term("phong_gddt", "Phòng Giáo dục và Đào tạo",
         r"\bphong (?:giao duc(?: va dao tao)?|gd ?(?:&|va|-)? ?dt|gddt|gd)\b|\bpgd(?:dt)?\b"),
    Term("bo_gddt", "Bộ Giáo dục và Đào tạo", r"\bbo (?:giao duc(?: va dao tao)?|gd ?(?:&|va|-)? ?dt|gddt)\b|\bbgd(?:dt)?\b|\bbo gd\b(?! ?dt)"),
    Term("bo_vhttdl", "Bộ Văn hóa, Thể thao và Du lịch", r"\bbo (?:van hoa|vhttdl|vh,? ?tt ?(?:&|va)? ?dl)\b"),
    Term("bo_tai_chinh", "Bộ Tài chính", r"\bbo tai chinh\b|\bbtc\b"),
    Term("bo_noi_vu", "Bộ Nội vụ", r"\bbo noi vu\b"),
    Term("bo_ldtbxh", "Bộ Lao động - Thương binh và Xã hội", r"\bbo (?:lao dong|ldtbxh)\b"),
    Term("so_noi_vu", "Sở Nội vụ", r"\bso noi vu\b"),
    Term("phong_noi_vu", "Phòng Nội vụ", r"\bphong noi vu\b"),
    Term("so_tai_chinh", "Sở Tài chính", r"\bso tai chinh\b"),
    Term("phong_tckh", "Phòng Tài chính - Kế hoạch", r"\bphong tai chinh(?: ?-? ?(?:va )?ke hoach)?\b|\bphong tc ?-? ?kh\b"),
    Term("phong_dan_toc", "Phòng Dân tộc", r"\bphong dan toc\b"),
    Term("phong_ldtbxh", "Phòng Lao động - Thương binh và Xã hội", r"\bphong (?:lao dong|ldtbxh)\b"),
    Term("so_tttt", "Sở Thông tin và Truyền thông", r"\bso (?:thong tin(?: va truyen thong)?|tt ?(?:&|va)? ?tt|tttt)\b"),
    Term("so_vhttdl", "Sở Văn hóa, Thể thao và Du lịch", r"\bso (?:van hoa|vhttdl|vh,? ?tt ?(?:&|va)? ?dl)\b"),
    Term("so_ldtbxh", "Sở Lao động - Thương binh và Xã hội", r"\bso lao dong\b|\bso ldtbxh\b"),
    Term("ubnd_tinh", "Ủy ban nhân dân tỉnh",
         rf"\b{_UB} (?:cap )?(?:tinh|thanh pho truc thuoc)\b|\b(?:len|ve|cho|toi) (?:cap )?tinh\b"),
    Term("ubnd_huyen", "Ủy ban nhân dân cấp huyện",
         rf"\b{_UB}(?: cap| cac)? (?:huyen|quan|thi xa)\b|\b(?:len|ve|cho|toi) (?:cap )?(?:huyen|quan)\b"),
    Term("ubnd_xa", "Ủy ban nhân dân cấp xã",
         rf"\b{_UB}(?: cap| cac)? (?:xa|phuong|thi tran)\b|\b(?:len|ve|cho|toi) (?:cap )?xa\b(?! hoi)"),
    # "Chi hội, ban khuyến học thôn": the village's branch, and its name in a dòng họ or a school
    # … and its officers by the short name a Hội's own papers use ("Thư ký Hội", "Thường trực Hội")
    Term("hkh", "Hội Khuyến học", r"\b(?:hoi khuyen hoc|hkh|chi hoi,? (?:va )?ban khuyen hoc|ban khuyen hoc|"
                                   r"(?:thu ky|thuong truc|van phong) hoi(?! (?:dong|lien hiep|nong dan|cuu|phu nu)))\b"),
    Term("mttq", "Ủy ban Mặt trận Tổ quốc", r"\b(?:ub ?mttq|mttq|mat tran(?: to quoc)?)\b"),
    Term("doan", "Đoàn Thanh niên", r"\b(?:tinh doan|huyen doan|doan thanh nien|doan tn|xa doan)\b"),
    Term("ldld", "Liên đoàn Lao động", r"\b(?:lien doan lao dong|ldld|cong doan)\b"),
    Term("phu_nu", "Hội Liên hiệp Phụ nữ", r"\b(?:hoi lien hiep phu nu|hoi phu nu|phu nu|(?:hoi )?lhpn)\b"),
    Term("nong_dan", "Hội Nông dân", r"\bhoi nong dan\b"),
    Term("ccb", "Hội Cựu chiến binh", r"\b(?:hoi )?cuu chien binh\b"),
    Term("truong_hoc", "trường học", r"\b(?:truong hoc|cac truong|nha truong|co so giao duc)\b"),
    Term("thon", "Ban nhân dân thôn", r"\b(?:bnd|ban nhan dan)(?: cac)? (?:thon|ap|khu pho|to dan pho)\b"),
    Term("van_phong", "Văn phòng", rf"\bvan phong(?: {_UB})?\b"),
    Term("tai_chinh_ke_toan", "Tài chính - Kế toán", r"\btai chinh ?-? ?ke toan\b|\bke toan xa\b"),
    Term("van_hoa_thong_tin", "Văn hóa và Thông tin",
         # "Phòng Văn hóa, Khoa học và Thông tin" is its name since 2025
         r"\b(?:(?:phong )?van hoa,? khoa hoc va thong tin|van hoa ?(?:va|-)? ?thong tin|vhtt|van hoa ?-? ?xa hoi|phong van hoa)\b"),
    Term("tuyen_giao", "Ban Tuyên giáo", r"\b(?:ban )?tuyen giao\b"),
    Term("hd_tdkt", "Hội đồng Thi đua - Khen thưởng", r"\bhoi dong thi dua\b|\bhd ?tdkt\b"),
    Term("bcd", "Ban Chỉ đạo", r"\bban chi dao\b|\bbcd\b"),
    Term("bao_dai", "Báo, Đài Phát thanh - Truyền hình", r"\b(?:dai phat thanh|dai truyen thanh|dai ptth|bao chi)\b"),
    Term("cong_an", "Công an", r"\bcong an\b"),
    Term("tu_phap", "Tư pháp", r"\b(?:so|phong|cong chuc) tu phap\b|\btu phap(?: -)? ho tich\b"),
    Term("y_te", "Y tế", r"\b(?:so|phong|tram|trung tam) y te\b"),
    Term("nguoi_cao_tuoi", "Hội Người cao tuổi", r"\bhoi nguoi cao tuoi\b"),
    Term("gdnn_gdtx", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
         r"\btrung tam (?:giao duc nghe nghiep|gdnn)(?: ?-? ?(?:giao duc thuong xuyen|gdtx))?\b|\bgdnn ?-? ?gdtx\b"),
    Term("tthtcd", "Trung tâm học tập cộng đồng", r"\btrung tam (?:hoc tap cong dong|htcd)\b|\btthtcd\b"),
    Term("thu_tuong", "Thủ tướng Chính phủ", r"\bthu tuong\b|\bchinh phu\b"),
]

TITLES: list[Term] = [
    Term("gia_dinh", "Gia đình học tập", r"\bgia dinh hoc tap\b|\bgdht\b|\bgia dinh\b"),
    Term("dong_ho", "Dòng họ học tập", r"\bdong ho\b|\bdhht\b"),
    Term("cong_dong", "Cộng đồng học tập", r"\bcong dong hoc tap\b|\bcdht\b|\bcong dong (?:khu|ap|thon)\b"),
    Term("don_vi", "Đơn vị học tập", r"\bdon vi hoc tap\b|\bdvht\b"),
    Term("cong_dan", "Công dân học tập", r"\bcong dan hoc tap\b"),
    Term("huyen_ht", "Huyện học tập", r"\b(?:huyen|quan|thi xa) hoc tap\b"),
    Term("tinh_ht", "Tỉnh học tập", r"\b(?:tinh|thanh pho) hoc tap\b"),
    Term("tthtcd", "Trung tâm học tập cộng đồng", r"\btrung tam (?:hoc tap cong dong|htcd)\b|\btthtcd\b"),
]
# titles that are also bodies doing things ("phối hợp với Trung tâm học tập cộng đồng"): rated, not conferred, so a
# clause naming one may be about the body rather than about its rating
BODY_TITLES = frozenset({"Trung tâm học tập cộng đồng"})


_TOKEN = re.compile(r"[\w/]+")


def expand_shorthand(text: str) -> str:
    """Replace chat shorthand tokens ("bc", "ko", "dc") by their full words (diacritics-free)."""
    return _TOKEN.sub(lambda m: SHORTHAND.get(m.group(0).lower(), m.group(0)), text)


# an address names no body: "gdtx.sgddt@phutho.gov.vn" is where reports go, not the Sở that owns it
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+")


def without_addresses(folded: str) -> str:
    return _ADDRESS.sub(" ", folded)


def _find(terms: list[Term], text: str) -> list[str]:
    folded = without_addresses(fold_ascii(text))
    return [t.name for t in terms if t.regex.search(folded)]


def agencies_in(text: str) -> list[str]:
    """Canonical names of the agencies *text* names, in list order."""
    return _find(AGENCIES, text)


def without_agencies(folded: str, mark: str = " ") -> str:
    """*folded* (diacritics-free) with each agency it names replaced by *mark*."""
    for t in AGENCIES:
        folded = t.regex.sub(mark, folded)
    return folded


def titles_in(text: str) -> list[str]:
    """Canonical names of the recognition titles *text* names."""
    return _find(TITLES, text)


def agencies_by_position(text: str) -> list[str]:
    """Canonical names of the agencies *text* names, in the order they first appear."""
    folded = without_addresses(fold_ascii(text))
    found = []
    for t in AGENCIES:
        m = t.regex.search(folded)
        if m:
            found.append((m.start(), t.name))
    return [name for _, name in sorted(found)]


_SUBJECT_LEAD = re.compile(r"^(?:(?:đề nghị|giao|các|để|do|và)\s+)*", re.I)


def agency_at_start(text: str) -> list[str]:
    """The agency a clause opens with (its grammatical subject, usually): 'Sở Nội vụ chủ trì…'."""
    rest = _SUBJECT_LEAD.sub("", text.strip(" -+•*"))
    folded = fold_ascii(rest)
    return [t.name for t in AGENCIES if (m := t.regex.search(folded)) and folded[: m.start()].strip() in _NAME_HEADS]


# words an agency's name may open with before the part a pattern matches ("Ủy ban Mặt trận …")
_NAME_HEADS = frozenset({"", "uy ban", "ban", "cac", "hoi", "chu tich", "thuong truc", "lanh dao"})
