"""Grounded, LLM-free answering: retrieve, pick the sentences that answer, cite them.

This first answerer is extractive: every sentence of an answer is a clause quoted
from a document, followed by its citation marker. It abstains when the question
names a place the corpus does not cover, or asks for a kind of fact (an amount of
money, a phone number, a percentage, a date) that the retrieved clauses do not hold.
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field

from index.settings import Settings
from index.textnorm import fold_ascii, words

from .retrievers import SearchHit
from .searcher import Searcher
from .steering import Scope

TOP_K = 10
MAX_POINTS = 3
_SENTENCE = re.compile(r"(?<=[.;!?])\s+|\n+")
_STOP = set(
    "ai là gì nào của và các cho về theo tại trong để những do từ đến hoặc thì có không được phải bao nhiêu "
    "sao thế nào khi nao đâu với như này đó ở ra vào mấy những cái việc".split()
)
_PROVINCES = [
    "an giang", "ba ria", "vung tau", "bac giang", "bac kan", "bac lieu", "bac ninh", "ben tre", "binh dinh",
    "binh phuoc", "binh thuan", "ca mau", "can tho", "cao bang", "da nang", "dak lak", "dak nong", "dien bien",
    "dong nai", "dong thap", "gia lai", "ha giang", "ha noi", "ha tinh", "hai duong", "hai phong",
    "hau giang", "hoa binh", "hung yen", "khanh hoa", "kien giang", "kon tum", "lai chau", "lam dong", "lang son",
    "lao cai", "long an", "nam dinh", "nghe an", "phu tho", "phu yen", "quang binh", "quang nam",
    "quang ngai", "quang ninh", "quang tri", "soc trang", "son la", "tay ninh", "thai binh", "thai nguyen",
    "thanh hoa", "thua thien hue", "hue", "tien giang", "tra vinh", "tuyen quang", "vinh long", "vinh phuc",
    "yen bai", "ho chi minh", "tp hcm", "sai gon",
]
_ASKS_MONEY = re.compile(r"\b(bao nhieu tien|bao nhieu dong|trieu dong|ty dong|vnd|muc ho tro|muc chi|muc thuong|tien thuong)\b")
_ASKS_CONTACT = re.compile(r"\b(so dien thoai|dien thoai|email|hotline|dia chi lien he|so dt|sdt)\b")
_ASKS_PERCENT = re.compile(r"(%|\bphan tram\b|\bty le\b|\bchi tieu\b|\bbao nhieu phan\b)")
_ASKS_DATE = re.compile(r"\b(truoc ngay nao|ngay nao|han chot|thoi han|han nop|bao gio|khi nao|luc nao)\b")
_HAS_MONEY = re.compile(r"\d[\d.,]*\s*(đồng|triệu|tỷ|nghìn|VNĐ|VND)", re.I)
_HAS_PERCENT = re.compile(r"\d+\s*%")
_HAS_DATE = re.compile(r"(ngày\s+\d{1,2}|\d{1,2}\s*/\s*\d{1,2}|tháng\s+\d{1,2}|quý\s+[IV\d]+|năm\s+\d{4})", re.I)
_HAS_CONTACT = re.compile(r"(\d{3,4}[ .]?\d{3}[ .]?\d{3,4}|@\w+\.)")
_FOLLOWUP = re.compile(r"^(còn|thế|vậy|con|the|vay|còn ở|nếu)\b|\b(thì sao|thi sao|thế nào|the nao)\??$", re.I)


@dataclass
class Citation:
    n: int
    source: str
    doc_id: str
    title: str
    number: str
    section: str
    quote: str
    label: str = ""


@dataclass
class Answer:
    question: str
    answer: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    retrieved: list[dict] = field(default_factory=list)
    latency_ms: float = 0.0

    def to_dict(self) -> dict:
        data = asdict(self)
        for c in data["citations"]:
            c.pop("label", None)
        return data


def _content_words(text: str) -> set[str]:
    return {fold_ascii(w) for w in words(text) if fold_ascii(w) not in _STOP and len(w) > 1}


class Assistant:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher

    @classmethod
    def open(cls, settings: Settings) -> Assistant:
        return cls(Searcher(settings))

    # -- understanding ----------------------------------------------------------

    def _scope(self, question: str, history: list[str]) -> tuple[Scope, str]:
        steering = self.searcher.retriever.steering
        scope = steering.run(question)
        query = question
        is_followup = bool(history) and (_FOLLOWUP.search(question.strip()) or len(question.split()) <= 6)
        if history and is_followup:
            query = f"{history[-1]} {question}"
        if scope.doc_ids is None and history:
            for turn in reversed(history):
                earlier = steering.run(turn)
                if earlier.doc_ids is not None:
                    scope = Scope(doc_ids=earlier.doc_ids, localities=earlier.localities,
                                  numbers=earlier.numbers, level=scope.level or earlier.level)
                    break
        return scope, query

    def _unknown_place(self, question: str) -> str | None:
        q = fold_ascii(question)
        known = {fold_ascii(loc) for loc in self.searcher.retriever.steering.localities()}
        for name in _PROVINCES:
            if re.search(rf"\b{name}\b", q) and not any(name in k or k in name for k in known):
                return name
        return None

    # -- answering ----------------------------------------------------------------

    def ask(self, question: str, history: list[str] | None = None, *, locality: str | None = None) -> Answer:
        started = time.perf_counter()
        history = list(history or [])
        scope, query = self._scope(question, history)
        hits = self.searcher.search(query, top_k=TOP_K, locality=locality, scope=scope)
        retrieved = [
            {"source": h.chunk.source, "section": h.chunk.section, "text": h.chunk.text, "score": round(h.score, 6)}
            for h in hits
        ]
        q_ascii = fold_ascii(question)
        unknown = self._unknown_place(question)
        answer: Answer
        if unknown:
            answer = self._abstain(question, f"tỉnh/thành {unknown.title()}", retrieved)
        elif not hits:
            answer = self._abstain(question, "nội dung này", retrieved)
        else:
            top_text = " ".join(h.chunk.text for h in hits[:3])
            missing = None
            if _ASKS_MONEY.search(q_ascii) and not _HAS_MONEY.search(top_text):
                missing = "số tiền cụ thể"
            elif _ASKS_CONTACT.search(q_ascii) and not _HAS_CONTACT.search(top_text):
                missing = "thông tin liên hệ (điện thoại, email)"
            elif _ASKS_PERCENT.search(q_ascii) and not _HAS_PERCENT.search(top_text):
                missing = "chỉ tiêu tỷ lệ phần trăm"
            elif _ASKS_DATE.search(q_ascii) and not _HAS_DATE.search(top_text):
                missing = "thời hạn cụ thể"
            if missing:
                answer = self._abstain(question, missing, retrieved)
            else:
                answer = self._compose(question, query, hits, scope, retrieved)
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer

    def _abstain(self, question: str, what: str, retrieved: list[dict]) -> Answer:
        covered = ", ".join(
            f"{d.kind} {d.number_display} ({d.issuer})" for d in self.searcher.library.documents
        )
        text = (
            f"Các tài liệu hiện có không nêu {what} cho câu hỏi này. "
            f"Các tài liệu đang có: {covered}."
        )
        return Answer(question=question, answer=text, abstained=True, citations=[], retrieved=retrieved)

    def _compose(self, question: str, query: str, hits: list[SearchHit], scope: Scope, retrieved: list[dict]) -> Answer:
        wanted = _content_words(query)
        candidates: list[tuple[float, int, str, SearchHit]] = []
        for rank, hit in enumerate(hits[:6]):
            for sentence in _SENTENCE.split(hit.chunk.text):
                sentence = sentence.strip()
                if len(sentence) < 15:
                    continue
                overlap = len(wanted & _content_words(sentence))
                score = overlap / (1 + 0.15 * rank) + hit.score
                candidates.append((score, rank, sentence, hit))
        candidates.sort(key=lambda c: -c[0])
        chosen: list[tuple[str, SearchHit]] = []
        seen_docs: set[str] = set()
        multi_doc = scope.doc_ids is None or len(scope.doc_ids) > 1
        best = candidates[0][0] if candidates else 0.0
        for score, _rank, sentence, hit in candidates:
            if chosen and score < 0.6 * best:
                break  # weaker points would dilute a clear answer
            if any(sentence == s for s, _ in chosen):
                continue
            if multi_doc and hit.chunk.doc_id in seen_docs and len(chosen) < MAX_POINTS - 1:
                continue
            chosen.append((sentence, hit))
            seen_docs.add(hit.chunk.doc_id)
            if len(chosen) >= MAX_POINTS:
                break
        citations: list[Citation] = []
        parts: list[str] = []
        for sentence, hit in chosen:
            d = hit.document
            n = len(citations) + 1
            citations.append(
                Citation(n=n, source=hit.chunk.source, doc_id=d.doc_id, title=d.title, number=d.number_display,
                         section=hit.chunk.section, quote=sentence, label=d.label)
            )
            parts.append(f"Theo {d.kind} {d.number_display} ({d.issuer}), mục {hit.chunk.section}: {sentence} [{n}]")
        return Answer(question=question, answer="\n".join(parts), abstained=False, citations=citations,
                      retrieved=retrieved)
