"""Questions the library cannot be about: no Vietnamese words at all ("🙂🙂🙂", "<script>", SQL, English), or
Vietnamese that names nothing a plan deals with and matches no clause well ("con mèo ăn cá ngoài vườn").

Both are refused plainly instead of being answered with whichever clause ranked first.
"""

from __future__ import annotations

import re

from index.restore import DiacriticRestorer
from index.textnorm import has_diacritics

from ..scope import Scope
from .understand import Query

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
