"""What a clause states, by answer type: the patterns that tell a deadline, an amount, a count, a contact,
a person, a penalty, a frequency, a threshold, a cut-off day, a channel or a medium in a clause's text."""

from __future__ import annotations

import re

DAY_MONTH = re.compile(r"\bngày\s+\d{1,2}\s*(?:tháng\s+|/|-)\s*\d{1,2}|\b\d{1,2}/\d{1,2}\b|\btrước ngày\s+\d", re.I)
# a deadline: a day and month after "trước / chậm nhất / hạn / vào", or one with no year (a yearly date);
# "Quyết định số 1315 ngày 09/11/2023" dates a document, it sets no deadline
DEADLINE = re.compile(
    r"\b(?:trước|chậm nhất(?: là)?|hạn(?: chót| cuối)?|đến hết|vào|từ|đến)\s+"
    r"(?:(?:lúc\s+)?\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?,?\s+)?(?:ngày\s+)?\d{1,2}\s*(?:tháng\s+|/)\s*\d{1,2}"
    r"|\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\b(?!\s+năm)|(?<![\d/])\d{1,2}/\d{1,2}\b(?!/\d)"
    # a day of a recurring month: "trước ngày 20 của tháng cuối quý", "trước ngày 25 hằng tháng"
    r"|\b(?:trước|chậm nhất(?: là)?|vào)\s+ngày\s+\d{1,2}\s+(?:của\s+)?(?:tháng\s+(?:cuối|đầu)\s+(?:quý|kỳ|năm)|"
    r"hằng tháng|hàng tháng|mỗi tháng|tháng\s+(?:sau|kế tiếp|tiếp theo))",
    re.I,
)
# an hour and a day: when something takes place ("vào lúc 14 giờ 00 ngày 22/4/2025"), not a deadline
EVENT_TIME = re.compile(r"\blúc\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?,?\s+(?:ngày\s+)?\d{1,2}\s*(?:tháng\s+|/)\s*\d{1,2}",
                        re.I)


def sets_deadline(text: str) -> bool:
    """The text states a day something is due by, not only the hour and day of a meeting or a training, the day
    figures count to ("Tính đến 17h00 ngày 03/01/2025, Sở đã nhận được …") or a count out of a whole ("09/12 Phòng")."""
    timed = [m.span() for m in EVENT_TIME.finditer(text)]
    counted = [m.span() for m in COUNTED.finditer(text)]
    return any(not any(a <= m.end() <= b for a, b in timed) and not any(a <= m.start() < b for a, b in counted)
               and not _COUNTED_TO.search(text[max(0, m.start() - 8) : m.start()]) for m in DEADLINE.finditer(text))


# "tính đến ngày …": the day figures count to, not one anything is due by
_COUNTED_TO = re.compile(r"\btính\s*$", re.I)


# "04/06 ấp": a count out of a whole, not the 4th of June
COUNTED = re.compile(
    r"(?<![\d/])\d{1,3}/\d{1,3}(?![\d/])\s+(?=(?:ấp|thôn|bản|làng|khu phố|tổ dân phố|xã|phường|thị trấn|huyện|"
    r"đơn vị|trường|cơ quan|hộ|gia đình|dòng họ|trung tâm|người|lớp|chi hội|câu lạc bộ|TTHTCĐ|CLB|xóm|buôn|"
    r"sóc|bon|khối phố|tổ|hội viên|học viên|thành viên|doanh nghiệp|bộ|trưởng thôn|trưởng ấp|cán bộ|giáo viên|"
    r"học sinh|phòng|sở)\b)"
    # "38/42 Trưởng thôn": out of a whole no month has
    r"|(?<![\d/])\d{1,3}/(?:1[3-9]|[2-9]\d|\d{3})(?![\d/])\s+(?=\w)",
    re.I,
)
NUMBERISH = re.compile(r"(?<![\d/.,%])\b(\d{1,3})\b(?![\d/%.,]|\s*%|\s*tháng|\s*năm)|"
                       r"(?<![\d/.,])\b\d{1,3}(?:\.\d{3})+\b(?![.,]?\d|\s*(?:đồng|%))|"  # "1.500 hội viên"
                       + COUNTED.pattern, re.I)
MONEY_UNIT_CELL = re.compile(r"^\s*(?:nghìn |triệu |tỷ |tỉ )?(?:đồng|VNĐ|VND)\s*$|^\s*(?:triệu|tỷ|tỉ)(?: đồng)?\s*$", re.I)
MONEY_COLUMN = re.compile(r"\((?:nghìn |ngàn |triệu |tỷ |tỉ )?(?:đồng|VNĐ|VND)\)", re.I)
WORD_NUMBERS = re.compile(r"\b(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:giai đoạn|nhiệm vụ|hình thức|nhóm|nội dung|cấp)\b", re.I)
MONTH = re.compile(r"\btháng\s+\d{1,2}\b|\bquý\s+(?:[IV]+|\d)\b", re.I)
MONEY = re.compile(r"\d[\d.,]*\s*(?:đồng|triệu|tỷ(?!\s+lệ)|tỉ(?!\s+lệ)|nghìn|VNĐ|VND)\b", re.I)
# "0263.3822.415", not an amount of money ("114.500.000 đồng", the "200.000.000" of "4.200.000.000")
CONTACT = re.compile(r"(?<!\d[.,])\b\d{3,4}[ .]?\d{3,4}[ .]?\d{3,4}\b(?![.,]\d)(?!\s*(?:đồng|đ\b|triệu|tỷ|nghìn))|"
                     r"@\w+\.|\bwww\.|https?://", re.I)
# sanctions of an administrative letter: besides fines and discipline, being named, criticised or left out of
# the year's emulation ("sẽ nêu tên", "phê bình", "không xét thi đua")
PENALTY = re.compile(r"\b(?:xử lý vi phạm|kỷ luật|xử phạt|chế tài|bị phạt|phạt tiền|nêu tên|phê bình|chấn chỉnh|"
                     r"trừ điểm thi đua|bị trừ điểm|hoàn trả (?:ngân sách|kinh phí|số tiền)|thu hồi (?:danh hiệu|kinh phí|giấy khen)|"
                     # "sẽ không được xem xét đề nghị khen thưởng", "không được xét công nhận trong năm 2024"
                     r"không (?:được )?(?:xem )?xét(?: đề nghị)? (?:khen thưởng|thi đua|danh hiệu|công nhận|biểu dương|tặng thưởng)|"
                     # "sẽ không được tính kết quả … vào bình xét", "không được bình xét danh hiệu"
                     r"không được (?:tính (?:kết quả|điểm|vào)|bình xét|xét chọn|đề nghị công nhận))\b", re.I)
# how often: "hằng năm", "mỗi quý một lần", "định kỳ 6 tháng", "02 lần/năm", "đột xuất" (never "hàng hóa", "mỗi xã")
FREQUENCY = re.compile(r"\b(?:hằng|hàng|mỗi|từng)\s+(?:năm|quý|tháng|tuần|kỳ|học kỳ|ngày)\b|\bđịnh kỳ\b|\bđột xuất\b|"
                       r"\b(?:\d+|một|hai|ba|sáu)\s+(?:tháng|năm|tuần|quý)\s*(?:một|1)?\s*(?:/\s*)?lần\b|"
                       r"\blần\s*/\s*(?:năm|quý|tháng|tuần)\b|\blần\s+(?:trong|mỗi|một)\s+(?:năm|quý|tháng|tuần)\b", re.I)
# "đạt từ 80 điểm", "80 điểm trở lên", a grade's band "từ 75 đến dưới 90 điểm"
THRESHOLD = re.compile(r"\b(?:từ|tối thiểu|ít nhất|đạt)\s+\d+(?:\s*(?:đến|-|–)\s*(?:dưới\s+)?\d+)?\s*điểm|\d+\s*điểm\s+trở lên",
                       re.I)
CUTOFF = re.compile(r"\btính (?:đến|tới) (?:hết )?(?:ngày|thời điểm)\s+\d|"
                    # "Thời điểm chốt số liệu: ngày 30/9/2026", "số liệu chốt đến ngày 15/11"
                    r"\bchốt số liệu\b[^.;]{0,25}?\bngày\s+\d|\bsố liệu (?:được )?chốt (?:đến|tới|tại|vào) (?:hết )?ngày\s+\d|"
                    # "số liệu báo cáo tính từ ngày 01/12/2024 đến hết ngày 31/5/2025", "Thời điểm lấy số liệu: …"
                    r"\btính từ (?:ngày\s+)?\d[^.;]{0,20}?\s(?:đến|tới) (?:hết )?(?:ngày\s+)?\d|"
                    r"\bthời điểm lấy số liệu\b[^.;]{0,40}?\bngày\s+\d",
                    re.I)
# the whole day figures are counted to ("số liệu tính đến ngày 30/11"), to be read out of a clause before its deadlines
COUNTED_TO = re.compile(r"\b(?:tính (?:từ (?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?\s+(?:đến|tới)|đến|tới)|"
                        # a results column "Kết quả đến ngày 10/6/2025", "Lũy kế đến 30/6"
                        r"(?:kết quả|thực hiện|lũy kế|luỹ kế|số liệu)\s+(?:đến|tới)) (?:hết )?(?:ngày\s+)?"
                        r"\d{1,2}\s*(?:/|tháng\s+)\s*\d{1,2}(?:\s*(?:/|năm\s+)\s*\d{4})?",
                        re.I)
# where money comes from: "chi từ Quỹ Khuyến học tỉnh", "bố trí từ nguồn ngân sách xã", "nguồn xã hội hóa"
SOURCE = re.compile(r"\b(?:từ|bằng|trích từ|trích)\s+(?:nguồn|Quỹ|quỹ|ngân sách|kinh phí)|\bnguồn\s+(?:kinh phí|ngân sách|vốn|"
                    r"xã hội hóa|Quỹ|quỹ|Chương trình|chương trình)", re.I)
CHANNEL = re.compile(r"\b(?:qua|thông qua)\s+(?:Phòng|Sở|Ủy ban|UBND|Hội|Ban|Văn phòng|cơ quan)", re.I)
MEDIUM = re.compile(r"\b(?:qua|bằng|theo)\s+(?:hệ thống|phần mềm|email|e-mail|thư điện tử|hộp thư|địa chỉ|cổng|trang|"
                    r"ứng dụng|Zalo|đường bưu điện|văn bản|bản mềm|bản điện tử|bản giấy|bản cứng|fax|bưu chính)|@\w|"
                    r"\b(?:gửi|nộp) trực tiếp\b|\btrực tuyến\b|(?:^|\|)\s*bản (?:giấy|cứng|mềm|điện tử)\b", re.I)
_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
# where something takes place: "tại Hội trường UBND huyện", "ở Nhà văn hóa thôn", a column "Địa điểm", "trực tuyến";
# not the document or article something is set out in ("tại Kế hoạch số …", "tại Điều 3")
VENUE = re.compile(r"\b(?:[Tt]ại|[Ởở])\s+(?!(?:Kế hoạch|Quyết định|Điều|Khoản|Mục|Phụ lục|Bảng|Biểu|Công văn|Thông tư|Nghị|"
                   r"Hướng dẫn|Văn bản|Tờ trình|Chỉ thị|Thông báo|Báo cáo|Chương|Phần|"
                   # an event is when something is done, not where ("xét tặng Giấy khen tại Hội nghị tổng kết")
                   r"Hội nghị|Hội thi|Hội thảo|Đại hội|Lễ|Ngày hội|Tuần lễ|Cuộc họp|Kỳ họp|Phiên họp|Buổi|Tọa đàm)\b)"
                   rf"(?:[{_UPPER}]|(?:hội trường|nhà văn hóa|trụ sở|sân|quảng trường|trường|trung tâm|thư viện|phòng|khu|"
                   r"điểm|nhà|cơ sở|địa bàn|xã|thôn|ấp|bản|huyện|tỉnh|thành phố|các (?:xã|thôn|ấp|bản|trường|điểm|trung tâm|"
                   r"TTHTCĐ|cơ sở|khu))\b)|\b[Đđ]ịa điểm\b|\b[Tt]rực tuyến\b")
PERSON = re.compile(r"\b(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+"
                    # "Đồng chí Phó Chủ tịch UBND xã …" names a post, not a person
                    r"(?!(?:Phó|Chủ|Trưởng|Giám|Bí|Chánh|Hiệu|Thủ|Tổng|Ủy|Uỷ|Thường)\b)[A-ZĐ]\w+(?:\s+[A-ZĐ]\w+){1,3}"
                    # "Trưởng ban: Lê Hoàng Nam, …": a post, then a full name of three or four capitalised words
                    r"|[:–-]\s*[A-ZĐ]\w+(?:\s+[A-ZĐ]\w+){2,3}\s*(?:[,;.(]|$)")
# a post filled by another post ("Phó Trưởng ban Thường trực là Giám đốc Sở …", "do 01 Phó Chủ tịch UBND xã làm
# Giám đốc"): who holds it, when the question does not ask for a name
POST_HOLDER = re.compile(r"\b(?:là|do)\s+(?:01\s+|một\s+|đồng chí\s+)?(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Trưởng phòng|"
                         r"Trưởng ban|Chánh Văn phòng|Bí thư|Hiệu trưởng|Thủ trưởng|Trưởng|Chi hội trưởng|"
                         r"công chức|cán bộ)\b")
NAME_ASKED = re.compile(r"\b(?:ten (?:la )?gi|ho ten|ho va ten|ten nguoi|ong nao|ba nao)\b")
QUARTER = re.compile(r"\bquý\b", re.I)
# the date of a document a clause cites ("Kế hoạch số 52/KH-UBND ngày 20/01/2026"): no day anything happens on
CITED_DOCUMENT = re.compile(r"\bsố\s+[\w/.&-]+\s+ngày\s+\d{1,2}(?:\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})",
                            re.I)
# how long one has: "trong vòng 05 ngày làm việc", "chậm nhất 10 ngày sau khi …", "không quá 03 tháng"
DURATION = re.compile(r"\b(?:trong (?:vòng|thời hạn|thời gian)|sau|chậm nhất(?: là)?|không quá|tối đa)\s+\d+\s*"
                      r"(?:ngày|tháng|tuần|giờ)(?:\s+làm việc)?\b|\b\d+\s*ngày làm việc\b|"
                      # how long a course or an activity lasts: "thời gian học 9 tháng", "kéo dài 03 ngày"
                      r"\b(?:thời gian|kéo dài)(?:\s+(?:học|học tập|đào tạo|tập huấn|bồi dưỡng|thực hiện|tổ chức))?"
                      r"(?:\s+(?:là|khoảng))?\s*:?\s+\d+\s*(?:ngày|tháng|tuần|buổi)\b", re.I)

