"""Question understanding: what kind of fact is asked, about which agency, year or title."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.textnorm import fold_ascii

# canonical agency -> pattern over the diacritics-free, lower-case text
AGENCIES: dict[str, str] = {
    "Sở Giáo dục và Đào tạo": r"\bs(?:o)? ?(?:giao duc va dao tao|gd ?& ?dt|gddt|gd-dt|gd ?dt)\b",
    "Sở Nội vụ": r"\bso noi vu\b",
    "Sở Tài chính": r"\bso tai chinh\b",
    "Sở Thông tin và Truyền thông": r"\bso (?:thong tin va truyen thong|tt ?& ?tt|tttt)\b",
    "Sở Văn hóa, Thể thao và Du lịch": r"\bso (?:van hoa|vhttdl|vh,? ?tt ?& ?dl)\b",
    "Ủy ban nhân dân cấp huyện": r"\b(?:ubnd|uy ban nhan dan)(?: cap| cac)? (?:huyen|quan|thi xa)\b",
    "Ủy ban nhân dân tỉnh": r"\b(?:ubnd|uy ban nhan dan) tinh\b",
    "Ủy ban nhân dân xã": r"\b(?:ubnd|uy ban nhan dan) xa\b",
    "Hội Khuyến học": r"\b(?:hoi khuyen hoc|hkh)\b",
    "Ủy ban Mặt trận Tổ quốc": r"\b(?:mttq|mat tran to quoc|ubmttq)\b",
    "Tỉnh Đoàn": r"\b(?:tinh doan|doan thanh nien)\b",
    "Liên đoàn Lao động": r"\b(?:lien doan lao dong|ldld|cong doan)\b",
    "trường học": r"\b(?:truong hoc|cac truong|nha truong)\b",
    "Ban nhân dân thôn": r"\b(?:bnd|ban nhan dan)(?: cac)? thon\b",
    "Văn phòng UBND xã": r"\bvan phong (?:ubnd|uy ban nhan dan)\b",
    "Tài chính - Kế toán xã": r"\btai chinh ?-? ?ke toan\b|\bke toan xa\b",
    "Văn hóa và Thông tin": r"\b(?:van hoa va thong tin|vhtt)\b",
    "Ban Tuyên giáo": r"\btuyen giao\b",
    "Hội đồng Thi đua - Khen thưởng": r"\bhoi dong thi dua\b",
    "Phòng Giáo dục và Đào tạo": r"\bphong (?:giao duc va dao tao|gd ?& ?dt|gddt)\b",
}
_AGENCY_RE = {name: re.compile(p) for name, p in AGENCIES.items()}

TITLES = {
    "Gia đình học tập": r"\bgia dinh hoc tap\b|\bgdht\b",
    "Dòng họ học tập": r"\bdong ho\b",
    "Cộng đồng học tập": r"\bcong dong hoc tap\b|\bcdht\b|\bcong dong (?:khu|ap)\b",
    "Đơn vị học tập": r"\bdon vi hoc tap\b|\bdvht\b",
    "Công dân học tập": r"\bcong dan hoc tap\b",
    "Huyện học tập": r"\bhuyen hoc tap\b",
    "Trung tâm học tập cộng đồng": r"\btrung tam (?:hoc tap cong dong|htcd)\b|\btthtcd\b",
}
_TITLE_RE = {name: re.compile(p) for name, p in TITLES.items()}

_INTENTS: list[tuple[str, re.Pattern[str]]] = [
    ("doc_recipients", ASKS_RECIPIENTS := re.compile(r"\b(kinh gui|noi nhan|gui (?:cho|den|toi) (?:nhung |cac )?"
                                                     r"(?:don vi|co quan|noi) nao|gui (?:bao cao )?(?:\(?b/c\)? )?len nhung noi nao)\b")),
    ("doc_info", re.compile(r"\b(ban hanh ngay|ky ngay|de ngay|ngay ban hanh|ngay ky|ai ky|nguoi ky|ky ten|so hieu|"
                            r"so ky hieu|ban hanh (?:vao )?(?:ngay|thang|nam) nao|ngay thang nao)\b|"
                            r"\b(?:ky|ban hanh|de)\b[^?]{0,25}\bngay (?:nao|may|thang nao)\b")),
    ("responsibility", re.compile(r"\b(ai|co quan nao|don vi nao|cap nao)\b.{0,30}\b(chu tri|tham muu|huong dan|lo |"
                                  r"phu trach|bo tri|de xuat|trien khai|thuc hien|dam nhiem)|"
                                  r"\b(chu tri|tham muu|huong dan|phu trach)\b.{0,30}\b(la ai|ai|co quan nao)\b")),
    ("legal_basis", re.compile(r"\b(can cu|van ban goc|theo quyet dinh|quyet dinh (?:nao|so may)|"
                               r"ke hoach (?:nao|so may)|so may|thuc hien (?:quyet dinh|ke hoach|chuong trinh) nao|"
                               r"trien khai (?:quyet dinh|van ban) nao|van ban nao|co so phap ly)\b")),
    ("awards", re.compile(r"\b(hinh thuc khen|bang khen|giay khen|hinh thuc (?:nao|gi)|khen thuong (?:bang|nhung|gi))\b")),
    ("target", re.compile(r"(%|\bphan tram\b|\bty le\b|\bchi tieu\b|\bmuc tieu\b)")),
    ("criteria", re.compile(r"\b(tieu chi|tieu chuan|dieu kien)\b")),
    ("funding", re.compile(r"\b(kinh phi|ngan sach|nguon von|nguon tien|du toan|tai tro)\b")),
    ("reporting", re.compile(r"\b(bao cao|phan anh|vuong mac|gui ve|nop ve|gui cho)\b")),
    ("deadline_timeline", re.compile(r"\b(truoc ngay|han|khi nao|bao gio|nam nao|giai doan|so ket|tong ket|quy|"
                                     r"moc|thoi gian|ngay nao|ngay may|lich)\b")),
    ("responsibility", re.compile(r"\b(lam gi|nhiem vu|trach nhiem|chu tri|phoi hop|tham muu|giao|ai lo|"
                                  r"phu trach|duoc giao|vai tro|viec gi|de nghi)\b")),
]
_COMPARE = re.compile(r"\b(so sanh|khac nhau|giong nhau|lan luot|tung tinh|moi tinh|cac tinh|cac dia phuong|"
                      r"tung ke hoach|ca hai|ca ba)\b")
ASKS = {
    "date": re.compile(r"\b(ngay nao|ngay may|han chot|truoc ngay|thoi han|han nop|han cuoi|ngay bao nhieu)\b"),
    "year": re.compile(r"\b(nam nao|nam may|bao gio|khi nao|luc nao)\b"),
    "quarter": re.compile(r"\b(theo quy|hang quy|bao cao quy|moi quy|quy nao)\b"),
    "percent": re.compile(r"(%|\bphan tram\b|\bty le\b|\bbao nhieu phan\b|\bchi tieu\b)"),
    "money": re.compile(r"\b(bao nhieu tien|bao nhieu dong|trieu dong|ty dong|vnd|muc ho tro|muc chi|muc thuong|"
                        r"tien thuong|so tien|bao nhieu ty|bao nhieu trieu)\b"),
    "contact": re.compile(r"\b(so dien thoai|dien thoai|email|hotline|dia chi lien he|so dt|sdt|website|trang web)\b"),
    "person": re.compile(r"\b(la ai|ten gi|ho ten|ong nao|ba nao)\b"),
    "channel": re.compile(r"\b(qua ai|qua co quan nao|qua don vi nao|qua dau|thong qua ai|thong qua co quan nao)\b"),
    "recipients": re.compile(r"\b(gui (?:cho|den|toi|len) (?:nhung |cac )?(?:ai|don vi nao|co quan nao|noi nao|dau)|"
                             r"kinh gui|noi nhan|gui (?:bao cao )?(?:\(b/c\) )?len nhung noi nao)\b"),
    "penalty": re.compile(r"\b(xu ly|ky luat|xu phat|phat|che tai|tre han|cham tre|nop muon|bi gi)\b"),
}
_FOLLOWUP = re.compile(
    r"^(con|the|vay|nhu vay|the con|neu|xong roi)\b|\b(thi sao|the nao|ra sao|nua khong)\s*\??$|"
    r"\b(so|co quan|don vi|ban|hoi|uy ban|cap|han|viec) (do|nay|ay|tren)\b"
)


@dataclass
class Understanding:
    intent: str
    asks: set[str] = field(default_factory=set)
    agencies: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    compare: bool = False
    followup: bool = False


def agencies_in(text: str) -> list[str]:
    folded = fold_ascii(text)
    return [name for name, pattern in _AGENCY_RE.items() if pattern.search(folded)]


def titles_in(text: str) -> list[str]:
    folded = fold_ascii(text)
    return [name for name, pattern in _TITLE_RE.items() if pattern.search(folded)]


def understand(question: str, history: list[str] | None = None) -> Understanding:
    history = history or []
    q = fold_ascii(question)
    intent = next((name for name, pattern in _INTENTS if pattern.search(q)), "other")
    asks = {name for name, pattern in ASKS.items() if pattern.search(q)}
    followup = bool(history) and (bool(_FOLLOWUP.search(q)) or len(q.split()) <= 6)
    if followup and history:
        earlier = understand(history[-1])
        if intent == "other":
            intent = earlier.intent
        if not asks:
            asks = earlier.asks
    years = [int(y) for y in re.findall(r"\b(20[2-4]\d)\b", q)]
    agencies = agencies_in(question)
    if followup and not agencies and history:
        agencies = agencies_in(history[-1])  # "Sở đó", "cơ quan này"
    return Understanding(
        intent=intent,
        asks=asks,
        agencies=agencies,
        titles=titles_in(question),
        years=years,
        compare=bool(_COMPARE.search(q)),
        followup=followup,
    )
