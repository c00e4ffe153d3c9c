"""Questions the library cannot be about: no Vietnamese words at all ("🙂🙂🙂", "<script>", SQL, English), or
Vietnamese that names nothing a plan deals with and matches no clause well ("con mèo ăn cá ngoài vườn").

Both are refused plainly instead of being answered with whichever clause ranked first.
"""

from __future__ import annotations

import re

from index.restore import DiacriticRestorer
from index.textnorm import fold_ascii, has_diacritics

from ..scope import Scope
from .demands import plain_words, quoted_names, word_pairs
from .understand import Query
from .units import TABLE_CELL, Unit

_WORD = re.compile(r"[^\W\d_]+")
# a question mostly in another language: at least this many unknown words, and twice as many as Vietnamese ones
MIN_FOREIGN = 3
FOREIGN_RATIO = 2
# share of the question's informative words (idf-weighted) the best clause must contain when nothing in the
# question names a topic, an agency, a document, a place or a year; every dev question names one of these
LEX_FLOOR = 0.5

UNREADABLE = ("Trợ lý chưa hiểu câu hỏi này. Hãy hỏi bằng tiếng Việt (có dấu hoặc không dấu) về các kế hoạch "
              "xây dựng xã hội học tập, ví dụ: “Hội Khuyến học xã báo cáo kết quả cho ai, trước ngày nào?”")
OFF_TOPIC = ("Câu hỏi này không nói đến nội dung nào mà các văn bản trong thư viện đề cập (báo cáo, thời hạn, "
             "nhiệm vụ, chỉ tiêu, khen thưởng, kinh phí…), nên trợ lý không trả lời. Ví dụ câu hỏi: "
             "“Ủy ban nhân dân xã giao ai chủ trì thực hiện kế hoạch?”")


def unreadable(question: str, known: DiacriticRestorer) -> bool:
    """No Vietnamese word in *question*, or mostly words of another language."""
    words = _WORD.findall(question)
    vietnamese = sum(1 for w in words if has_diacritics(w) or known.knows(w))
    foreign = len(words) - vietnamese
    return vietnamese == 0 or (foreign >= MIN_FOREIGN and foreign >= FOREIGN_RATIO * vietnamese)


def names_a_subject(q: Query, scope: Scope) -> bool:
    """Whether the question names anything the answerer can steer by."""
    return bool(q.asks or q.topics or q.forms or q.agencies or q.titles or q.doc_refs or q.years or q.doc_attribute
                or scope.names_something)


# a form, appendix, article, criterion or level named by its number ("Biểu 06", "mẫu số 3", "Phụ lục II", "Điều 12",
# "mức độ 2")
_LABEL = re.compile(r"\b(bieu|mau|phu luc|dieu|tieu chi|muc do)\s*(?:mau\s*)?(?:so\s*)?(\d{1,2}|[ivx]{1,4})\b")
_LABEL_NAMES = {"bieu": "Biểu", "mau": "Mẫu", "phu luc": "Phụ lục", "dieu": "Điều", "tieu chi": "Tiêu chí",
                "muc do": "Mức độ"}
# criteria are as often numbered "(1)", "a)" as "Tiêu chí 1": a document not saying "Tiêu chí 5" may still have it
_ALWAYS_NAMED = frozenset({"bieu", "mau", "phu luc", "dieu"})
_ROMAN = {"i": 1, "v": 5, "x": 10}


def _number(token: str) -> str:
    """"06" -> "6", "iv" -> "4": Phụ lục II and Phụ lục 2 are one appendix."""
    if token.isdigit():
        return token.lstrip("0") or "0"
    values = [_ROMAN[c] for c in token]
    return str(sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)))


def labels(text: str) -> set[tuple[str, str]]:
    """The numbered forms, appendices and articles *text* (folded, without diacritics) names."""
    return {(kind, _number(number)) for kind, number in _LABEL.findall(text)}


def unit_labels(unit: Unit) -> set[tuple[str, str]]:
    """The labels a clause names, and a table row's own: "2 | Trình độ chuyên môn | 20" under "TT | Tiêu chí |
    Điểm tối đa" is Tiêu chí 2."""
    named = labels(fold_ascii(unit.full_text))
    pairs = unit.headed_cells()
    if pairs and fold_ascii(pairs[0][0]) in ("tt", "stt") and pairs[0][1].isdigit():
        heads = [fold_ascii(h) for h, _ in pairs]
        named |= {(kind, _number(pairs[0][1])) for kind in _LABEL_NAMES if kind in heads}
    return named


def each_label(q: Query, shown: list[Unit], units: list[Unit], kinds: list[str]) -> list[Unit]:
    """"Biểu 01 và Biểu 03 gửi qua kênh nào, khác nhau ra sao": for each form or article the question names that no
    clause shown names, its best clause, one stating what is asked (*kinds*) and about it alone first."""
    asked = labels(q.bare)
    if len(asked) < 2:
        return []
    out: list[Unit] = []
    for label in sorted(asked):
        if any(label in unit_labels(u) for u in [*shown, *out]):
            continue
        named = [(i, u) for i, u in enumerate(units) if not u.header and label in unit_labels(u)]
        if named:
            out.append(min(named, key=lambda p: (not all(p[1].holds(k, with_heading=True) for k in kinds),
                                                 len(unit_labels(p[1])) > 1, p[0]))[1])
    return out


def absent_labels(q: Query, document_text: str) -> list[str]:
    """Forms or articles the question names by number that the document never names ("Biểu 06" when it has
    Biểu 01–05): asking their deadline is asking about something the document does not have."""
    held = labels(document_text)
    numbered = {kind for kind, _ in held}  # a document naming "Tiêu chí 1" … "Tiêu chí 4" numbers them all so
    return [f"{_LABEL_NAMES[kind]} {number.upper()}" for kind, number in _LABEL.findall(q.bare)
            if (kind in _ALWAYS_NAMED or kind in numbered) and (kind, _number(number)) not in held]


def heads_label(unit: Unit, q: Query) -> bool:
    """The clause opens with the one numbered label the question names ("Tiêu chí 2. Kết quả học tập …")."""
    wanted = labels(q.bare)
    return len(wanted) == 1 and labels(fold_ascii(unit.text)[:16]) == wanted



def absent_names(question: str, document_text: str) -> list[str]:
    """Names the question quotes that the documents (folded, without diacritics) never write: a scholarship,
    a contest or a prize they do not have is not what any of their clauses is about."""
    text = f" {plain_words(document_text)} "
    return [n for n in quoted_names(question) if f" {n} " not in text]


# a criterion named by what it is about ("tiêu chí ứng dụng CNTT, chuyển đổi số … được bao nhiêu điểm"), up to the
# words that say where it is or what is asked of it
_CRITERION_NAMED = re.compile(r"\btieu chi\s+(?:ve\s+)?(?!(?:deu|dat|duoc|phai|nao|co|khong|chua|nay|tren|duoi|cua)\b)"
                              r"((?:[a-z]+,?\s+){2,8}?)(?=(?:trong|cua|o|tai|duoc|dc|bao nhieu|bn|"
                              r"la|co|thi|khi|may|toi da|gom|danh gia)\b)")
_FILLER_WORDS = frozenset("va hoac cac nhung cua cho ve voi the nao gi".split())


def absent_criterion(q: Query, document_text: str) -> str:
    """The criterion the question names by its subject when fewer than half of the pairs of its words stand together
    anywhere in the documents ("ứng dụng CNTT, chuyển đổi số" of a guidance whose five criteria never mention it); ''
    otherwise."""
    m = _CRITERION_NAMED.search(re.sub(r"[\"“”]", " ", q.bare))  # "tiêu chí “ứng dụng CNTT …”" names it too
    if m is None:
        return ""
    pairs = word_pairs(re.findall(r"[a-z]+", m.group(1)), _FILLER_WORDS)
    text = f" {plain_words(document_text)} "
    found = sum(f" {p} " in text for p in pairs)
    # "tham gia hiến máu tình nguyện": a common pair ("tham gia") said elsewhere does not name the criterion; a
    # yes/no question is answered "Không" where any of it is said
    if len(pairs) < 2 or 2 * found >= len(pairs) or (found and q.has("yesno")):
        return ""
    return m.group(1).strip(" ,")


# a grade a question names ("xếp loại Khá", "loại giỏi", "mức Hoàn thành tốt"): the longest reading first
GRADE_WORDS = (r"chua hoan thanh|khong hoan thanh|chua dat|khong dat|hoan thanh xuat sac|hoan thanh tot|hoan thanh|"
               r"xuat sac|kha|gioi|tot|trung binh|yeu|kem|dat(?! duoc\b)")
GRADE_ASKED = re.compile(rf"\b(?:xep loai|loai|muc)\s+({GRADE_WORDS})\b")
# an item a grade labels: "- Khá: từ 75 đến dưới 90 điểm", "b) Hoàn thành tốt (từ 80 điểm …)"
# "- Khá: …", "b) Loại Tốt (…)", and a table row whose first cell is the grade ("Tốt | Từ 85 điểm …")
_GRADE_LABEL = re.compile(rf"^\s*(?:[-+•]\s*|[a-zđ]\)\s*|\d{{1,2}}\.\s*)?(?:(?:xep loai|loai|muc)\s+)?[\"“']?({GRADE_WORDS})[\"”']?\s*(?:[:(]|\|)")


def grade_asked(q: Query) -> str:
    """The one grade the question names, '' when it names none or several."""
    grades = set(GRADE_ASKED.findall(q.bare))
    return grades.pop() if len(grades) == 1 else ""


def label_spelled_out(lead: Unit, units: list[Unit]) -> Unit | None:
    """"Tiêu chí hoạt động của TTHTCĐ … gồm những nội dung gì" led by the row "Tiêu chí 3 | Hoạt động của TTHTCĐ |
    25": the clause that opens with that label and says what it holds ("2. Tiêu chí 3 (25 điểm) gồm: …")."""
    if TABLE_CELL not in lead.text:
        return None
    own = unit_labels(lead)
    return next((u for u in units if own and TABLE_CELL not in u.text and u.text != lead.text
                 and labels(fold_ascii(u.text)[:24]) & own), None)


def each_grade(q: Query, shown: list[Unit], units: list[Unit]) -> list[Unit]:
    """"loại Xuất sắc và loại Khá khác nhau thế nào về điểm": the item of each grade named that no clause shown is."""
    grades = set(GRADE_ASKED.findall(q.bare))
    if len(grades) < 2:
        return []
    held = {labelled_grade(u) for u in shown}
    found = (next((u for u in units if not u.header and labelled_grade(u) == g), None) for g in sorted(grades - held))
    return [u for u in found if u is not None]


def labelled_grade(unit: Unit) -> str:
    """The grade that labels the clause ("- Khá: …" -> "kha"), '' when none does."""
    m = _GRADE_LABEL.match(fold_ascii(unit.text))
    return m.group(1) if m else ""

