"""The answer types a supporting clause must state: those a question asks (a date, money, a phone, a person …),
and those its form implies (how often, how long, which month, where an event is held, the deadline or the channel
of the hop a yes/no question names), less those another asked type already covers."""

from __future__ import annotations

import re

from .features import HARD_TYPES
from .hops import asked_senders, unlisted_sender
from .media import media_named
from .understand import Query

# a question that sends something somewhere ("gửi hồ sơ … lên UBND cấp huyện"), a report or not
SENDING = re.compile(r"\b(?:gui|nop|trinh)\b")
_RATE_ASKED = re.compile(r"%|\bphan tram\b|\bty le\b|\bti le\b|\bbao nhieu\b|\bbn\b")
# a number of days asked ("trong bao nhiêu ngày"), and an amount asked beside it ("bao nhiêu tiền")
_DAYS_COUNTED = re.compile(r"\b(?:bao nhieu|may|bn)\s+(?:ngay|thang|tuan)\b")
_MONEY_COUNTED = re.compile(r"\b(?:bao nhieu|bn)\s+(?:tien|dong|trieu)\b")
# where an event takes place, asked ("tổ chức ở đâu", "tại địa điểm nào", "khai mạc tại tỉnh nào"); not where a
# document is kept ("lưu ở đâu"), a form is got or a file is handed in
_VENUE_ASKED = re.compile(r"(?<!luu )(?<!lay )(?<!nop )(?<!gui )\b(?:o|tai) dau\b|\bdia diem (?:nao|o dau|gi)\b|"
                          r"\b(?:to chuc|dien ra|khai mac|hop|lam viec|trao)\s+(?:o|tai)\s+(?:tinh|huyen|xa|thon|ap) nao\b")
# … of something held: an event or a class, not where figures are entered ("cập nhật dữ liệu ở đâu")
_HELD = re.compile(r"\b(?:to chuc|dien ra|khai mac|be mac|phat dong|bieu duong|tuyen duong|trao|hop|hoi nghi|hoi thi|"
                   r"cuoc thi|ngay hoi|dai hoi|tap huan|boi duong|lop|hoc)\b")


def constraints(q: Query) -> list[str]:
    """The answer types a supporting clause must state."""
    asked = [a for a in q.asks if a in HARD_TYPES]
    for kind in ("frequency", "duration", "month"):  # "họp bao lâu một lần", "mở vào tháng nào": a clause saying it
        if kind in q.asks and not q.has("yesno"):
            asked.append(kind)
    if q.has("yesno") and "frequency" in q.asks and "quarter" in asked:
        asked.remove("quarter")  # "họp định kỳ hằng quý phải không": how often, which "6 tháng một lần" answers too
    if q.has("yesno") and q.deadline and "date" not in asked and ("reporting" in q.topics or SENDING.search(q.bare)) and any(
            asked_senders(q).values()):
        asked.append("date")  # "HKH xã gửi báo cáo lên HKH huyện trước 12/6 đúng không": the deadline of that hop
    if q.has("yesno") and "medium" not in asked and media_named(q.bare) and (
            "reporting" in q.topics or SENDING.search(q.bare)) and (asked_senders(q) or unlisted_sender(q)):
        asked.append("medium")  # "báo cáo của các thôn có được gửi qua Hệ thống … không": how that hop's report goes
    if q.asks == ["medium"] and not q.has("yesno"):
        asked.append("medium")  # "gửi qua kênh nào" and nothing else: a clause naming the means (asked beside a
        # deadline, it may come from another clause of the reply)
    if _VENUE_ASKED.search(q.bare) and _HELD.search(q.bare) and not q.has("yesno") and not asked and "when" not in q.asks:
        # "lễ khai mạc tổ chức ở đâu": a clause naming where (asked beside a day or a time, the two may stand in two
        # clauses, or the place go without saying: "phối hợp với Trường THCS … mở lớp … vào tối thứ Bảy")
        asked.append("venue")
    if "duration" in asked and "count" in asked:
        asked.remove("count")  # "trong vòng bao nhiêu ngày": the days are the duration asked
    if "duration" in asked and "money" in asked and _DAYS_COUNTED.search(q.bare) and not _MONEY_COUNTED.search(q.bare):
        asked.remove("money")  # "chuyển tiền thưởng … trong bao nhiêu ngày": the days are asked, not the amount
    if "date" in asked and "percent" in asked and not _RATE_ASKED.search(q.bare):
        asked.remove("percent")  # "hội nghị … giao chỉ tiêu … trước ngày nào": the day is asked, not a rate
    if q.doc_attribute:
        asked = [a for a in asked if a not in ("date", "person", "count", "month")]
    if "count" in asked and {"percent", "money", "date", "contact"} & set(asked):
        asked.remove("count")  # "bao nhiêu %", "sđt bao nhiêu": the percentage or the phone is the number asked
    return asked
