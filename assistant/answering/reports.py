"""The report a question names by its own words ("báo cáo kết quả khắc phục sau đợt kiểm tra", "bc tự đánh giá")
and whether a clause is about that report: its deadline or its channel is not answered by the clause on another
report of the same document ("báo cáo theo đề cương … trước ngày kiểm tra")."""

from __future__ import annotations

import re

from index.textnorm import fold_ascii, written_out
from index.vocabulary.terms import TITLES, without_agencies

from .demands import DOCUMENT_NAMED, plain_words
from .kinds import STOPWORDS
from .understand import Query
from .units import Unit

# the words after "báo cáo" that tell one report from another: up to this many
OWN_WORDS = 2
# words after "báo cáo" that say what every report is (its result, its period, its figures), skipped
_GENERIC = re.compile(r"\b(?:quy (?:i{1,3}|iv)|ket qua|thuc hien|cong tac|tinh hinh|so lieu|dinh ky|dot xuat|nam|thang|"
                      r"quy|sau|dau|cuoi|hoc ky (?:i{1,2}|1|2)|hk ?(?:i{1,2}|1|2)|tong hop|tong ket|so ket|hang|"
                      r"chinh thuc|tom tat|chi tiet|day du|ban giay|ban mem|nhanh|rieng|chung|toan bo|(?<!tu )danh gia|"
                      r"trien khai|hoat dong|ve viec|cua|theo (?:quy dinh|mau|bieu mau)|theo)\b")
# a word that ends the report's name: its sender or recipient, its channel, its day, the document it reports on, a
# question word or the level or place it is of
_END = re.compile(r"\b(?:gui|nop|len|cho|toi|den|qua|bang|truoc|cham nhat|han|trong|thoi han|ngay|luc|nao|gi|dau|"
                  r"the nao|sao|bao nhieu|may|ubnd|uy ban|so|phong|hoi|ban|bcd|hkh|tthtcd|trung tam|truong|cap|xa|"
                  r"phuong|thi tran|huyen|quan|tinh|thanh pho|thon|ap|to dan pho|ke hoach|kh|cong van|cv|quyet dinh|qd|"
                  r"nghi quyet|chi thi|de an|huong dan|hd|thong bao|tb|la|phai|duoc|can|se|da|nhu|kem|di|ve|voi|\d+)\b")
# "xây dựng xã hội học tập", "học tập suốt đời": the campaign every report is of
_CAMPAIGN = frozenset("xay dung hoi hoc tap suot doi phong trao thi dua".split())
# "tự đánh giá", "tự kiểm tra", "tự chấm điểm": "tự" names the report, though "từ" is a stopword
_SELF_DONE = frozenset("danh kiem cham".split())
_REPORT = re.compile(r"\bbao cao\b")
# how many words after "báo cáo" its name may run to
_SPAN = 12
# a clause on every report: "Các báo cáo của UBND xã gửi qua Hệ thống …", "mọi báo cáo", "tất cả báo cáo"
_EVERY_REPORT = re.compile(r"\b(?:cac|moi|tat ca(?: cac)?|toan bo(?: cac)?) bao cao\b")


def _reports_named(folded: str, places: frozenset[str] = frozenset()) -> list[list[str]]:
    """The own words of each report *folded* text names ("khac phuc" of "báo cáo kết quả khắc phục sau đợt kiểm tra",
    "tu danh", "gia" of "bc tự đánh giá"); a report named by what every report is ("báo cáo năm") has none."""
    reports: list[list[str]] = []
    for m in _REPORT.finditer(folded):
        # an abbreviation read out ("xhht"); a title ("Gia đình học tập") and the bodies named are not the report's own
        # words: a body ends them ("báo cáo UBND huyện …", "bc … cho pgd")
        named = written_out(" ".join(folded[m.end() :].split()[:_SPAN]))
        for title in TITLES:
            named = title.regex.sub(" ", named)
        named = _GENERIC.sub(" ", without_agencies(named, " gui "))
        end = _END.search(named)
        words = re.findall(r"[a-z0-9&]+", named[: end.start()] if end else named)
        own: list[str] = []
        for i, word in enumerate(words):
            if len(own) == OWN_WORDS:
                break
            if word == "tu" and words[i + 1 : i + 2] and words[i + 1] in _SELF_DONE:
                own.append(f"tu {words[i + 1]}")  # "tự đánh giá", "tự kiểm tra": the self-assessment, not any
            elif word not in _CAMPAIGN | STOPWORDS | places and not (i and words[i - 1] == "tu" and word in _SELF_DONE):
                own.append(word)
        reports.append(own)
    return reports


def names_report(unit: Unit, q: Query) -> bool:
    """Whether the clause may be about the report the question names by its own words: it, its headings or its
    document's title name them all, or it speaks of every report ("Các báo cáo … gửi qua …") or only of reports named
    by what every report is — not of another report named by its own ("báo cáo theo đề cương" is no "báo cáo kết quả
    khắc phục"), nor of no report at all. A question naming a report by what every report is ("báo cáo năm") asks of
    any."""
    places = frozenset(w for p in q.places for w in p.split())
    own = next((r for r in _reports_named(DOCUMENT_NAMED.sub(" ", q.bare, count=1), places) if r), [])
    if not own:
        return True
    said = plain_words(fold_ascii(f"{unit.doc.title} {unit.section} {unit.lead_in} {unit.full_text}"))
    if all(re.search(rf"\b{w}\b", said) for w in own) or _EVERY_REPORT.search(said):
        return True
    named = _reports_named(plain_words(fold_ascii(f"{unit.lead_in} {unit.full_text}")))
    return bool(named) and not any(named)
