"""Every question kind and answer type the assistant knows, registered in one place.

A cue is a phrase of the question. Cues are matched on word boundaries over the
folded question: with diacritics when the user typed them, without when not.
A cue whose folded form is also an unrelated word ("phạt" / "phát") is listed
under ``accented`` and only counts when the question carries diacritics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from index.textnorm import fold, strip_diacritics

# the posts whose holder a question asks for ("Phó Trưởng ban Thường trực … là ai", "ai làm thư ký")
_POST = (r"(?:truong ban|pho truong ban|chu tich|pho chu tich|giam doc|pho giam doc|bi thu|truong phong|pho truong phong|"
         r"hieu truong|thu truong|thu ky|uy vien|chanh van phong|to truong|to pho|truong doan|pho truong doan|"
         r"giao vien|giang vien|bao cao vien)")
# "đầu mối liên hệ là ai" asks a person; "ai là đầu mối tham mưu" may be answered by a post ("công chức Văn hóa - Xã hội")
_ROLE = rf"(?:{_POST[3:-1]}|can bo dau moi|nguoi dau moi|dau moi)"
_ROLE_RE = re.compile(rf"\b(?:pho truong ban thuong truc|{_ROLE[3:-1]})\b")


def names_role(folded: str, role: str) -> bool:
    """The folded text names the post itself, not its deputy's ("Phó Trưởng ban là …" names no Trưởng ban)."""
    return any(role.startswith("pho ") or not folded[: m.start()].endswith("pho ")
               for m in re.finditer(rf"\b{role}\b", folded))


# a post of a named board or council: "Trưởng Ban Giám khảo", "Chủ tịch Hội đồng thẩm định", "Tổ trưởng Tổ kiểm tra"
_BOARD_RE = re.compile(r"\b(?:pho )?(?:truong ban|chu tich hoi dong|to truong to|truong doan)\s+"
                       r"(giam khao|to chuc|chi dao|tham dinh|kiem tra|thi dua|dieu hanh|bien tap|van dong|"
                       r"tuyen truyen|xet duyet|tu danh gia)\b")


def asked_board(bare: str) -> str:
    """The named board whose post the question asks of ("giam khao" of "Trưởng Ban Giám khảo"); '' when none."""
    m = _BOARD_RE.search(bare)
    return m.group(1) if m else ""


def asked_role(bare: str) -> str:
    """The post whose holder the question asks for ("pho truong ban thuong truc"), folded; '' when none."""
    m = _ROLE_RE.search(bare)
    return m.group(0) if m else ""

@dataclass(frozen=True)
class Cues:
    """Phrases that signal one answer type, topic or form."""

    name: str
    plain: tuple[str, ...] = ()  # safe with or without diacritics
    accented: tuple[str, ...] = ()  # only when the question has diacritics
    patterns: tuple[str, ...] = field(default=())  # regexes over the diacritics-free text
    # read with their marks when the question has them ("quý nào" is no "quỹ nào"), bare when it has none
    marked: tuple[str, ...] = ()

    def found(self, accented_text: str, bare_text: str, has_marks: bool) -> bool:
        for cue in self.plain:
            if _bare_phrase(cue).search(bare_text):
                return True
        for cue in self.marked:
            if _accented_phrase(cue).search(accented_text) if has_marks else _bare_phrase(cue).search(bare_text):
                return True
        if has_marks:
            for cue in self.accented:
                if _accented_phrase(cue).search(accented_text):
                    return True
        return any(_regex(p).search(bare_text) for p in self.patterns)


@cache
def _phrase(cue: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w&/]){re.escape(cue)}(?![\w&])")


@cache
def _bare_phrase(cue: str) -> re.Pattern[str]:
    return _phrase(strip_diacritics(fold(cue)))


@cache
def _accented_phrase(cue: str) -> re.Pattern[str]:
    return _phrase(fold(cue))


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# -- what is asked: the type of the answer ------------------------------------------------------
ANSWER_TYPES: list[Cues] = [
    Cues("date", plain=("ngày nào", "ngày mấy", "ngày bao nhiêu", "mấy giờ", "ngày cụ thể")),
    Cues("deadline", plain=("hạn chót", "thời hạn", "hạn nộp", "hạn cuối", "trước ngày", "hạn báo cáo", "hạn gửi",
                            "deadline", "hạn là", "hạn nào", "chậm nhất"),
         # "hạn chế" is a limit, "ngắn hạn", "dài hạn" a length, "hạn mức" a ceiling: none of them a deadline
         patterns=(r"(?<!ngan )(?<!dai )(?<!trung )\bhan\b(?! che| muc)",
                   # "khi nào các xã phải nộp bc …", "phải gửi báo cáo … bao giờ": when something is due
                   r"\b(?:khi nao|bao gio|luc nao)\b(?:\s+\S+){0,6}\s+phai\s+(?:nop|gui|bao cao|bc|hoan thanh)\b",
                   r"\bphai\s+(?:nop|gui|bao cao|bc|hoan thanh)\b(?:\s+\S+){0,10}\s+(?:khi nao|bao gio|luc nao)\b")),
    Cues("month", plain=("tháng nào", "tháng mấy")),
    Cues("when", plain=("khi nào", "bao giờ", "lúc nào", "thời gian nào", "thời điểm nào", "vào lúc nào", "mốc",
                        "hồi nào", "thời gian")),
    Cues("year", plain=("năm nào", "năm mấy", "năm bao nhiêu", "giai đoạn nào", "đến năm nào"),
         patterns=(r"\bvao nam\b(?!\s+\d)",)),  # "vào năm 2030" gives the year, "vào năm nào" asks it
    Cues("quarter", marked=("quý nào", "quý mấy", "hằng quý", "mỗi quý", "báo cáo quý"), accented=("theo quý", "hàng quý")),
    Cues("agency", accented=("ban nào",),
         plain=("ai", "cơ quan nào", "đơn vị nào", "sở nào", "bộ nào", "hội nào", "cấp nào",
                          "phòng nào", "hội đồng nào", "về đâu", "lên đâu", "cho ai", "gửi đâu", "gửi về đâu",
                          "nơi nào", "những đâu", "chỗ nào", "bên nào", "tổ chức nào", "những ai", "với ai",
                          "qua ai", "thông qua ai", "đơn vị gì", "cơ quan gì", "những cơ quan nào",
                          "những đơn vị nào", "những nơi nào", "bộ phận nào", "ngành nào", "bên nào", "ai lo",
                          "do ai", "người nào lo")),
    Cues("percent", plain=("bao nhiêu phần trăm", "phần trăm", "tỷ lệ", "tỉ lệ", "bao nhiêu %", "chỉ tiêu"),
         patterns=(r"%",)),
    Cues("count", plain=("số lượng", "bao nhiêu người", "bao nhiêu đơn vị"),
         patterns=(r"\bbao nhieu\b(?!\s*(?:%|phan tram|tien|ty\b|trieu|dong\b(?!\s+ho\b)|lau|nam\b))",
                   r"\bmay\s+(?:giai doan|nhiem vu|hinh thuc|don vi|lan|tieu chi|noi dung|nhom|cap|so|co quan|trung tam|diem|"
                   r"ho|nguoi|xa|thon|ap|ban|lop|bo|thanh vien|dong ho|buoi|chuyen de|truong|hoc vien|dot)\b",
                   # "số ấp đạt … là bao nhiêu": a count of communities, whichever word asks it
                   r"\bso (?:ap|thon|xa|ho|nguoi|truong|lop|dong ho|hoc vien|trung tam|tthtcd)\b.*\b(?:bao nhieu|bn|may)\b",
                   # "khác nhau ra sao về số suất …": the count compared
                   r"\bve so (?:suat|lop|nguoi|hoc vien|thon|xa|ap|ho|dong ho|truong|chuyen de)\b")),
    Cues("money", plain=("bao nhiêu tiền", "công tác phí", "tiền ăn", "tiền ăn trưa", "triệu đồng", "trị giá bao nhiêu", "giá trị bao nhiêu", "tỷ đồng", "mức hỗ trợ", "mức chi",
                         "mức thưởng", "tiền thưởng", "số tiền", "bao nhiêu tỷ", "bao nhiêu triệu", "vnđ", "vnd",
                         "mức kinh phí", "kinh phí bao nhiêu", "dự toán bao nhiêu", "được thưởng bao nhiêu",
                         "tổng số kinh phí", "bao nhiêu kinh phí", "số kinh phí", "tổng kinh phí", "mỗi suất", "mức mỗi suất"),
         patterns=(r"\b(?:kinh phi|kp|ngan sach|tien thuong|le phi|hoc phi|hoi phi|chi phi|muc phi)\b(?:\s+\w+){0,14}?\s+(?:la\s+)?(?:bao nhieu|bn)\b"
                   r"(?!\s+(?:nguoi|hoc sinh|hoc vien|lop|ho|xa|thon|ap|suat|don vi|truong|lan|ngay|thang|tuan|%|phan tram)\b)",
                   r"\bbao nhieu dong\b(?!\s+ho\b)",  # "bao nhiêu đồng", never "bao nhiêu dòng họ"
                   # "thưởng bao nhiêu cho …", "số dư Quỹ … là bao nhiêu": an amount of money
                   r"\bthuong (?:bao nhieu|bn)\b",
                   r"\b(?:thu lao|phu cap|cong tac phi|tien an|boi duong)\b(?:\s+\w+){0,4}?\s+(?:la\s+)?(?:bao nhieu|bn)\b",
                   r"\b(?:so du|ton quy)\b(?:\s+\w+){0,6}\s+(?:la\s+)?(?:bao nhieu|bn)\b",
                   # "quỹ khuyến học năm 2023 vận động được bao nhiêu": what a fund raised is money
                   r"\bquy khuyen (?:hoc|tai)\b(?:\s+\w+){0,8}?\s+(?:van dong|huy dong|thu|dat)(?:\s+duoc)?\s+(?:bao nhieu|bn)\b"
                   r"(?!\s+(?:nguoi|hoi vien|ho|thon|ap|xa|lan|%|phan tram)\b)")),
    Cues("contact", plain=("số điện thoại", "điện thoại", "số di động", "email", "hotline", "địa chỉ liên hệ", "sđt", "sdt",
                           "website", "trang web", "liên hệ với ai", "zalo số", "số zalo", "fax", "thư điện tử", "địa chỉ email",
                           "số đt", "đt liên hệ", "liên lạc", "số tài khoản", "stk", "gọi ai", "gọi cho ai"),
         # "Zalo của Phòng GD số mấy": an account; "gửi qua Zalo được không" is how a report travels (medium)
         patterns=(r"\bzalo\b(?:\s+\w+){0,4}\s+(?:so may|so bao nhieu|la gi|la so)\b",)),
    Cues("person", plain=("tên là gì", "họ tên", "ông nào", "bà nào", "tên gì", "người nào", "ai đứng đầu",
                          "trưởng ban là ai", "ai làm trưởng ban", "hiện là ai", "hiện nay là ai",
                          "chuyên viên nào", "liên hệ ai", "hỏi ai"),
         patterns=(rf"\b{_ROLE}\b(?:\W+\w+){{0,16}}\W+(?:la ai|ten (?:la )?gi)\b",  # words, quotes between
                   # "Trưởng BCĐ huyện …?", "ai là trưởng BCĐ" — not "báo cáo Trưởng Ban Chỉ đạo" (whom a report goes to)
                   r"^\W*truong (?:bcd|ban chi dao)\b(?!.*\b(?:gi|nao|bao nhieu|may|khi nao|dau)\b)",
                   r"\b(?:ai|nguoi nao) (?:la|lam) truong (?:bcd|ban chi dao)\b|\btruong (?:bcd|ban chi dao)\b.*\b(?:la ai|ten gi)\b",
                   # "đại diện Hội Nông dân huyện trong Ban Chỉ đạo là ai": the member who represents it
                   r"\bdai dien\b(?:\s+\S+){1,20}?\s+(?:la ai|ten (?:la )?gi)\b",
                   # "tên giáo viên dạy lớp … là gì": a person's name
                   r"^(?:ho )?ten\s+(?:cua\s+)?(?:giao vien|can bo|nguoi|ong|ba|chuyen vien|cong chuc|hoc vien|truong)\b"
                   r"(?:\s+\w+){0,12}\s+la (?:gi|ai)\b",
                   rf"\bai (?:la|lam|giu|dam nhiem)\s+(?:chuc\s+)?{_POST}\b",
                   # "phân công Phó Chủ tịch nào theo dõi": which holder of the post, by name
                   r"\b(?:(?:pho )?(?:chu tich|truong ban|giam doc)|dong chi) nao\b")),
    Cues("penalty", plain=("xử phạt", "kỷ luật", "chế tài", "bị phạt", "phạt tiền", "nộp muộn", "chậm trễ", "trễ hạn",
                           "không nộp", "không báo cáo thì", "bị xử lý", "xử lý vi phạm", "bị gì", "hình thức xử lý"),
         accented=("phạt",),
         # "nếu nộp trễ thì sao", "gửi chậm thì thế nào": what follows a late report
         patterns=(r"\b(?:nop|gui|bao cao)\s+(?:tre|cham|muon|qua han)\b(?:\s+\w+){0,3}\s+thi\s+(?:sao|the nao|ra sao|bi gi)\b",)),
    # how long one has to do something: "sau mỗi lớp bao lâu phải nộp", "trong vòng mấy ngày"
    Cues("duration", plain=("bao lâu phải", "trong bao lâu", "trong vòng bao lâu", "trong vòng mấy ngày",
                            "trong vòng bao nhiêu ngày", "trong mấy ngày", "thời hạn bao nhiêu ngày",
                            "trong bao nhiêu ngày"),
         # "được gửi chậm hơn mấy ngày", "gia hạn thêm bao nhiêu ngày": a length of time, not a day
         patterns=(r"\b(?:cham|som|gia han|them|keo dai)\s+(?:hon\s+)?(?:may|bao nhieu|bn)\s+ngay\b",)),
    Cues("frequency", plain=("bao lâu một lần", "mấy lần một năm", "bao lâu 1 lần", "định kỳ", "mấy lần",
                             "thường xuyên không", "hằng năm không", "hàng năm không")),
    # the score a title needs ("cần bao nhiêu điểm", "bao nhiêu điểm thì được công nhận"), not one criterion's points
    Cues("threshold", plain=("điểm tối thiểu", "điểm chuẩn", "điểm sàn", "tối thiểu bao nhiêu điểm",
                             "ít nhất bao nhiêu điểm", "ngưỡng điểm", "mức điểm công nhận", "điểm công nhận",
                             "mức công nhận", "ngưỡng công nhận", "điểm xét công nhận"),
         patterns=(r"\b(?:can|phai|phai dat|dat)\b(?:\s+\w+){0,3}\s+(?:bao nhieu|bn|may)\s+diem\b",
                   r"\b(?:bao nhieu|bn|may)\s+diem\b(?:\s+\w+){0,4}\s+(?:thi|moi|de|se)\s+(?:duoc\s+)?"
                   r"(?:cong nhan|dat|xet)\b",
                   r"\bdiem\b(?:\s+\w+){0,3}\s+(?:de|thi)\s+(?:duoc\s+)?cong nhan\b",
                   # "cần (đạt) điều kiện gì để được xếp loại Tốt", "… xếp loại Hoàn thành xuất sắc cần những điều kiện gì"
                   r"\bdieu kien (?:gi|nao)\b(?:\s+\w+){0,3}\s+(?:duoc\s+)?xep loai\b",
                   r"\bxep loai\b(?:\s+\w+){1,4}\s+(?:can|phai)\s+(?:dat\s+)?(?:nhung |cac )?dieu kien\b",
                   # "loại Xuất sắc và loại Khá khác nhau thế nào về điểm": the points of each grade
                   r"\b(?:loai|muc|xep loai)\s+\w+(?:\s+\w+){0,12}\s+(?:khac|giong)\s+\w+(?:\s+\w+){0,3}\s+ve\s+(?:so\s+)?diem\b")),
    # the day the figures are counted to ("số liệu tính đến ngày 31/10"), not a deadline
    Cues("cutoff", plain=("tính đến ngày nào", "tính đến ngày", "tính đến thời điểm", "chốt số liệu", "số liệu tính đến",
                          "tính tới ngày", "số liệu đến ngày"),
         patterns=(r"\bso lieu\b(?:\W+\w+){0,8}\s+(?:(?:duoc\s+)?(?:chot|tinh|lay)\s+)?(?:den|toi)\s+(?:het\s+)?(?:ngay|thoi diem)\b",
                   r"\bthoi diem lay so lieu\b")),
    # how a report travels (a system, email, on paper), not through whom
    Cues("medium", plain=("qua kênh", "kênh gì", "kênh nào", "gửi qua đâu", "gửi bằng hình thức nào", "hình thức gửi",
                          "gửi bằng cách nào", "bằng cách nào", "qua hệ thống nào", "qua phần mềm nào", "qua email nào", "email nào",
                          "gửi bằng gì", "bản mềm", "bản điện tử", "bằng hình thức gì", "gửi bằng hình thức",
                          "nộp bằng hình thức", "gửi theo hình thức", "phương thức gửi", "cách gửi", "cách nộp",
                          "nộp qua đâu", "gửi qua kênh", "nộp bằng gì", "qua zalo", "nhóm zalo", "bằng hình thức nào",
                          "qua hình thức nào", "qua hình thức gì", "gửi dưới hình thức nào", "nộp theo hình thức nào")),
    Cues("source", plain=("nguồn nào", "nguồn gì", "từ nguồn", "lấy từ đâu", "từ quỹ nào", "quỹ nào chi",
                          "nguồn kinh phí nào", "chi từ đâu")),
    Cues("channel", plain=("qua ai", "qua cơ quan nào", "qua đơn vị nào", "qua đâu", "thông qua ai",
                           "thông qua cơ quan nào", "thông qua đơn vị nào")),
]

# -- what it is about: topics that facts and sections carry ------------------------------------
TOPICS: list[Cues] = [
    Cues("reporting", plain=("báo cáo", "gửi về", "nộp về", "gửi lên", "nộp", "phản ánh", "vướng mắc", "bc",
                             "gửi kết quả", "tổng hợp")),
    Cues("target", plain=("chỉ tiêu", "mục tiêu", "phấn đấu", "tỷ lệ", "tỉ lệ", "phần trăm", "đạt bao nhiêu"),
         patterns=(r"%",)),
    Cues("awards", plain=("khen thưởng", "bằng khen", "giấy khen", "cờ thi đua", "danh hiệu", "tôn vinh", "biểu dương",
                          "khen")),
    Cues("funding", plain=("kinh phí", "ngân sách", "nguồn vốn", "nguồn tiền", "dự toán", "tài trợ", "xã hội hóa",
                           "nguồn lực", "tiền thưởng", "bao nhiêu tiền", "số tiền"), accented=("tiền",)),
    Cues("milestone", plain=("sơ kết", "tổng kết", "giai đoạn", "lộ trình", "mốc")),
    Cues("legal", plain=("căn cứ", "văn bản gốc", "cơ sở pháp lý", "quyết định nào",
                         "thực hiện quyết định", "triển khai quyết định", "quyết định số", "văn bản nào",
                         "kế hoạch nào", "nghị quyết", "theo đề nghị", "tờ trình", "dẫn chiếu", "trích dẫn",
                         "viện dẫn", "nhắc tới", "nhắc đến", "văn bản số"), accented=("chỉ thị",),
         # "theo quyết định nào", not "… thành tích gì theo Quyết định 1185" (the document the question names)
         patterns=(r"\bchi thi (?:so )?\d", r"\btheo quyet dinh\b(?!\s+(?:so\s+)?\d)")),
    Cues("criteria", plain=("tiêu chí", "tiêu chuẩn", "điều kiện", "thang điểm", "chấm điểm", "đánh giá",
                            "được công nhận", "công nhận danh hiệu"), accented=("công nhận",)),
    Cues("duties", plain=("nhiệm vụ", "trách nhiệm", "làm gì", "làm những gì", "phải làm", "chủ trì", "phối hợp",
                          "tham mưu", "được giao", "giao cho", "phụ trách", "vai trò", "đảm nhiệm", "việc gì",
                          "hướng dẫn", "lo việc", "triển khai")),
    Cues("purpose", plain=("mục đích", "yêu cầu", "để làm gì", "nhằm", "ý nghĩa", "tại sao", "vì sao")),
]

# -- how the answer should be shaped -------------------------------------------------------------
FORMS: list[Cues] = [
    Cues("overview", plain=("tóm tắt", "giới thiệu", "tổng quan", "nội dung chính", "tóm lược", "khái quát",
                            "nói qua về", "điểm chính", "phần chính", "bố cục", "nội dung cơ bản")),
    Cues("compare", plain=("so sánh", "khác nhau", "giống nhau", "khác gì", "giống gì", "lần lượt", "từng tỉnh",
                           "mỗi tỉnh", "các tỉnh", "các địa phương", "từng kế hoạch", "cả hai", "cả ba", "sớm hơn",
                           "muộn hơn", "cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "lớn hơn", "nhỏ hơn", "chênh lệch", "chênh nhau", "khác biệt",
                           "mỗi nơi", "từng nơi", "mỗi địa phương", "từng địa phương", "mỗi huyện", "từng huyện",
                           "mỗi xã", "từng xã", "mỗi văn bản", "từng văn bản", "hai nơi", "hai văn bản"),
         # "hạn A và hạn B, hạn nào trước?"
         patterns=(r"\b(?:han|ngay|xa|huyen|noi|ben|cai|muc|ti le|ty le|viec|buoc|hoat dong) nao"
                   r"(?: (?:phai|can|duoc|se|thi))?(?: hoan thanh)? (?:truoc|sau|den truoc)\b",
                   # "có nhiều hội viên hơn", "được giao nhiều thôn … hơn"
                   r"\b(?:nhieu|it|cao|thap|som|muon|lon|nho)\s+(?:[a-z]+\s+){1,6}hon\b(?!\s+\d)")),
    Cues("milestones", plain=("những mốc", "các mốc", "mốc thời gian", "cần nhớ", "những việc gì",
                              "lịch trình", "mốc", "có gì", "diễn ra những gì",
                              "những sự kiện", "việc gì diễn ra"),
         # a calendar, not "du lịch" or "lịch sử"; "những hạn", not "những hạn chế"
         patterns=(r"(?<!\bdu )(?<![\w&/])lich(?! su\b)(?![\w&])", r"\b(?:nhung|cac) han\b(?! (?:che|muc)\b)")),
    Cues("list", plain=("những", "gồm", "bao gồm", "liệt kê", "các hình thức", "hình thức nào", "hình thức gì",
                        "tiêu chí gì", "tiêu chí nào", "điều kiện gì", "nội dung gì", "nhiệm vụ gì", "giải pháp gì",
                        "danh hiệu gì", "danh hiệu nào", "mấy hình thức", "các tiêu chí", "các nhiệm vụ",
                        "nêu các", "nêu những", "kể tên", "kể ra", "các chỉ tiêu", "chỉ tiêu gì", "chỉ tiêu nào")),
    Cues("duties_list", plain=("nhiệm vụ gì", "làm gì", "làm những gì", "trách nhiệm gì", "những nhiệm vụ nào",
                               "những việc gì", "vai trò gì", "phải làm gì", "được giao những gì", "được giao gì",
                               "nhiệm vụ của", "trách nhiệm của", "gồm những nhiệm vụ", "nhiệm vụ như thế nào",
                               "làm những việc gì", "có nhiệm vụ", "có trách nhiệm", "giao nhiệm vụ gì",
                               "nhiệm vụ là gì", "trách nhiệm là gì", "lo việc gì", "lo những việc gì")),
    Cues("yesno", plain=("có phải", "phải không", "đúng không", "có đúng", "hay không", "hay ko", "hay chưa",
                         "được không", "có cần", "có được", "có bắt buộc", "đúng ko", "phải ko", "có ... không"),
         patterns=(r"\bco\b(?:\s+\w+){1,14}\s+(?:khong|ko|k|hong|hok|khg|kg|chua)\s*\??\s*$",
                   r"\b(?:khong|ko|k|hong|hok|chua)\s*\?\s*$",
                   r"\b(?:ha|a|ah|ak|chu|thoi ha|dung k|phai k|dung ko|phai ko|dung chua|chua nhi)\s*\??\s*$")),
]

# -- which attribute of a document is asked ------------------------------------------------------
DOC_ATTRIBUTES: list[Cues] = [
    Cues("signer", plain=("ai ký", "người ký", "ký tên", "ai là người ký", "do ai ký", "người ký là ai",
                          "chữ ký của ai", "đứng tên ký", "ký thay", "thay mặt ai", "ký với tư cách", "ai đứng tên",
                          "chức vụ người ký", "ký thay mặt", "chức danh người ký", "ký với chức danh"),
         patterns=(r"\bdo\b(?:\s+\w+){1,5}\s+ky\b(?!\s+(?:ket|hieu|niem))",)),
    # "ký" typed bare is also "kỳ" ("định kỳ khi nào"), "ra" also "diễn ra": bare, only the patterns below read them
    Cues("issued", plain=("ban hành ngày", "ngày ban hành", "ban hành vào ngày",
                          "ban hành khi nào", "ban hành năm nào", "ban hành năm", "ra đời khi nào",
                          "ban hành lúc nào", "ngày tháng nào", "ban hành ngày nào",
                          "ghi ngày", "ban hành tháng", "soạn năm", "soạn tháng",
                          "ban hành vào", "lập tháng", "lập ngày", "lập năm", "lập khi nào",
                          "soạn thảo khi nào"),
         accented=("ký ngày", "ngày ký", "ký khi nào", "ký vào ngày", "ký tháng", "ký năm", "ngày ra"),
         # "diễn ra khi nào" asks when an event takes place, "định kỳ" is a period, "kỹ thuật"/"kỳ họp" no signing
         patterns=(r"(?<!dien )(?<!xay )(?<!dinh )(?<!hoc )(?<!nhiem )\b(?:ban hanh|ky(?!\s+(?:thuat|nang|hop|thi)\b)|ra|de|phat hanh|lap|soan)\b"
                   r"(?:\s+(?!truoc\b|han\b|cham\b|sau\b)\w+){0,3},?\s+(?:vao\s+)?(?:ngay|thang|nam|khi|luc)\s+"
                   r"(?:nao|may|bao nhieu)\b",
                   r"\bban hanh (?:som|muon|moi) nhat\b",
                   # "QĐ 486 và KH 27, văn bản nào ban hành trước?": the dates of issue compared
                   r"\b(?:van ban|vb|cai|ben|qd|kh|ke hoach|quyet dinh|cong van|cv|huong dan) nao (?:duoc )?"
                   r"(?:ban hanh|ky|ra doi|ra) (?:truoc|sau|som hon|muon hon)\b",
                   # "đề ngày …" is the date a document bears; "chuyên đề năm 2024", "vấn đề" are not
                   r"(?<!chuyen )(?<!van )\bde (?:ngay|thang|nam)\b")),
    Cues("number", plain=("số hiệu", "số ký hiệu", "ký hiệu", "mang số", "số văn bản",
                          "số của kế hoạch", "kế hoạch số mấy", "số kế hoạch", "số kh", "số vb", "số cv"),
         accented=("có số",),
         # "số mấy" of the document, not of one of its parts ("gửi biểu số mấy", "Điều số mấy")
         patterns=(r"(?<!bieu )(?<!mau )(?<!phu luc )(?<!dieu )(?<!tieu chi )(?<!buoc )(?<!muc )(?<!khoan )"
                   # "kỹ năng số mấy lớp": "số" ends a name, "mấy lớp" asks a count
                   r"\bso (?:may|bao nhieu)\b(?!\s+(?:lop|nguoi|hoc vien|ho|thon|xa|buoi|ngay(?!\s+(?:nao|may|ky|ban hanh))|lan|suat|"
                   r"dot|trieu|dong)\b)",)),
    Cues("effective", plain=("hiệu lực khi nào", "hiệu lực từ", "có hiệu lực", "hiệu lực thi hành", "hiệu lực từ ngày nào",
                             "hiệu lực kể từ")),
    Cues("title", plain=("tên kế hoạch", "tên văn bản", "trích yếu", "về việc gì", "tiêu đề", "tên gọi", "tên đầy đủ",
                         "tên của kế hoạch", "v/v")),
    Cues("issuer", plain=("ai ban hành", "cơ quan ban hành", "do ai ban hành", "đơn vị ban hành", "của ai ban hành",
                          "ai phát hành", "cơ quan nào ban hành", "là của xã nào", "là của huyện nào",
                          "là của tỉnh nào", "của địa phương nào", "địa phương nào ban hành"),
         patterns=(r"\bai ra\b(?!\s+(?:quyet dinh|qd|thong bao))",)),
    # the forms and annexes that come with the document: "kèm theo những mẫu biểu, phụ lục nào"
    Cues("attachments", patterns=(r"\bkem theo\b(?:\s+\w+){0,3}?\s+(?:mau|bieu|phu luc)\b",
                                  r"\b(?:co|gom) (?:nhung|cac|may) (?:mau bieu|bieu mau|mau|phu luc)\b",
                                  r"\b(?:nhung|cac|may) phu luc (?:nao|gi)\b")),
    Cues("recipients", plain=("kính gửi", "nơi nhận", "gửi cho những ai", "gửi tới những ai", "gửi đến những ai",
                              "gửi cho những đơn vị nào", "gửi đến những đơn vị nào", "gửi những nơi nào",
                              "gửi tới đâu", "gửi những ai", "nhận văn bản", "nhận công văn", "nhận kế hoạch",
                              "gửi những đâu", "lưu ở đâu", "lưu tại đâu", "lưu ở", "lưu tại", "được lưu", "gửi ai",
                              "gửi cho ai", "gửi đến ai"),
         # "gửi những nơi nào", not "gửi những nội dung gì" (both fold to "noi")
         patterns=(r"\bgui (?:toi |den |cho |di |ve )?(?:nhung|cac) (?:co quan|noi(?! dung)|dau|don vi|ai|so)\b",)),
]

# words of the question that carry no topic (question words, discourse, generic nouns of the field)
STOPWORDS = frozenset(
    """ai la gi nao cua va cac cho ve theo tai trong de nhung do tu den hoac thi co khong duoc phai nhieu sao the
    khi dau voi nhu nay o ra vao may cai viec con vay nua roi a ah nhe nhi oi u ha nhung hay ko k j minh chung toi
    em anh chi oi xin hoi cho biet giup tra loi muon duoc hien nay hien mot mot so gom co the can se da dang
    chua cung nen vi ma lai neu thi vay nao bang qua luc nhieu it lam them sau truoc tren duoi ngoai trong
    ke hoach kh phong trao van ban tai lieu cu the noi dung dinh""".split()
) - {"trao"}  # "trao thưởng", "trao giấy công nhận": an act, though "phong trào" is no topic
# stopwords whose syllable, written with its marks, is also a content word: "con dấu" is no "còn", "tài chính" no
# "tại", "đề án" no "để"; typed with marks, only these forms are stopwords
STOP_FORMS = {"dau": ("đâu",), "con": ("còn",), "tai": ("tại",), "de": ("để",), "ma": ("mà",)}
# question phrases whose syllables are also content words elsewhere ("bao nhiêu" / "báo cáo", "quy định" / "quỹ")
STOP_PHRASES = ("bao nhieu", "bao gio", "bao lau", "the nao", "nhu the nao", "ra sao", "la gi", "o dau", "quy dinh")
DISCOURSE = frozenset("con the vay sao thi nao ra roi nua nhi nhe a ha oi ok uh vang".split())


def detected(cues: list[Cues], accented_text: str, bare_text: str, has_marks: bool) -> list[str]:
    return [c.name for c in cues if c.found(accented_text, bare_text, has_marks)]
