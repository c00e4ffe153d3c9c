"""Grounded, LLM-free answering.

The answer is built from the facts parsed at index time and from the retrieved
clauses, in the documents' own wording: a direct answer first, then the
supporting clauses quoted verbatim, every line ending in citation markers. When
the question names no document and the plans differ, the answer is given per
document. When the corpus does not hold what is asked (another province, an
amount of money, a phone number, a date that is never set), it says so and
abstains.
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field

from index.documents import DocumentMeta
from index.facts import clause_units, section_agency, strip_marker
from index.settings import Settings
from index.textnorm import fold_ascii, words

from .retrievers import SearchHit
from .searcher import Searcher
from .steering import Scope
from .understanding import Understanding, agencies_in, titles_in, understand

TOP_K = 10
MAX_POINTS = 4
_STOP = set(
    "ai la gi nao cua va cac cho ve theo tai trong de nhung do tu den hoac thi co khong duoc phai bao nhieu sao the "
    "khi nao dau voi nhu nay do o ra vao may cai viec tinh xa huyen ke hoach kh phong trao thi dua".split()
)
_PROVINCES = [
    "an giang", "ba ria", "vung tau", "bac giang", "bac kan", "bac lieu", "bac ninh", "ben tre", "binh dinh",
    "binh phuoc", "binh thuan", "ca mau", "can tho", "cao bang", "da nang", "dak lak", "dak nong", "dien bien",
    "dong nai", "dong thap", "gia lai", "ha giang", "ha noi", "ha tinh", "hai duong", "hai phong",
    "hau giang", "hoa binh", "hung yen", "khanh hoa", "kien giang", "kon tum", "lai chau", "lam dong", "lang son",
    "lao cai", "long an", "nam dinh", "nghe an", "phu tho", "phu yen", "quang binh", "quang nam",
    "quang ngai", "quang ninh", "quang tri", "soc trang", "son la", "tay ninh", "thai binh", "thai nguyen",
    "thanh hoa", "thua thien hue", "tien giang", "tra vinh", "tuyen quang", "vinh long", "vinh phuc",
    "yen bai", "ho chi minh", "tp hcm", "sai gon",
]
_HAS = {
    "money": re.compile(r"\d[\d.,]*\s*(đồng|triệu|tỷ|nghìn|VNĐ|VND)", re.I),
    "contact": re.compile(r"(\d{3,4}[ .]?\d{3}[ .]?\d{3,4}|@\w+\.)"),
    "penalty": re.compile(r"(xử lý|kỷ luật|xử phạt|chế tài)", re.I),
    "quarter": re.compile(r"\bquý\b", re.I),
}
_MISSING_TEXT = {
    "money": "số tiền cụ thể",
    "contact": "thông tin liên hệ (điện thoại, email)",
    "penalty": "hình thức xử lý",
    "quarter": "báo cáo theo quý",
    "person": "tên người giữ chức vụ này",
}
_DAY_DATE = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}|\b\d{1,2}/\d{1,2}\b", re.I)
_BARE_HEADING = re.compile(r"^(?:[IVX]+\.|[A-ZĐ]\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s+.{0,100}$")


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
    notice: str = ""

    def to_dict(self) -> dict:
        data = asdict(self)
        for c in data["citations"]:
            c.pop("label", None)
        data.pop("notice", None)
        return data


@dataclass
class Finding:
    """One supported statement: what to say, and the clause that says it."""

    doc: DocumentMeta
    section: str
    quote: str
    statement: str = ""
    score: float = 0.0


def _content_words(text: str) -> set[str]:
    return {w for w in (fold_ascii(t) for t in words(text)) if w not in _STOP and len(w) > 1}


def _doc_name(doc: DocumentMeta) -> str:
    number = doc.number or "chưa có số"
    return f"{doc.kind} {number} của {doc.issuer}".strip()


class _Citations:
    def __init__(self) -> None:
        self.items: list[Citation] = []

    def cite(self, f: Finding) -> int:
        f.quote = re.sub(r"^[-+•]\s+", "", f.quote)
        for c in self.items:
            if c.doc_id == f.doc.doc_id and c.quote == f.quote:
                return c.n
        n = len(self.items) + 1
        self.items.append(
            Citation(n=n, source=f.doc.source, doc_id=f.doc.doc_id, title=f.doc.title, number=f.doc.number_display,
                     section=f.section, quote=f.quote, label=f.doc.label)
        )
        return n


class Assistant:
    """Answers questions over the live index; thread-safe for concurrent readers."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher

    @classmethod
    def open(cls, settings: Settings) -> Assistant:
        return cls(Searcher(settings))

    @property
    def library(self):
        return self.searcher.library

    # -- scope -----------------------------------------------------------------------

    def _scope(self, question: str, history: list[str], u: Understanding) -> tuple[Scope, str]:
        steering = self.searcher.retriever.steering
        scope = steering.run(question)
        query = question
        if history and u.followup:
            query = f"{history[-1]} {question}"
        if scope.doc_ids is None and history:
            for turn in reversed(history):
                earlier = steering.run(turn)
                if earlier.doc_ids is not None:
                    scope = Scope(doc_ids=earlier.doc_ids, localities=earlier.localities, numbers=earlier.numbers,
                                  level=scope.level or earlier.level)
                    break
        return scope, query

    def _unknown_place(self, question: str) -> str | None:
        q = fold_ascii(question)
        known = {fold_ascii(loc) for loc in self.searcher.retriever.steering.localities()}
        known |= {fold_ascii(d.parent_locality) for d in self.library.documents if d.parent_locality}
        for name in _PROVINCES:
            if re.search(rf"\b{name}\b", q) and not any(name in k or k in name for k in known):
                return name
        return None

    # -- entry point ---------------------------------------------------------------------

    def stream(self, question: str, history: list[str] | None = None, *, locality: str | None = None,
               doc_id: str | None = None):
        """Yield the answer line by line (for chat UIs), then the Answer itself."""
        answer = self.ask(question, history, locality=locality, doc_id=doc_id)
        yield from answer.answer.splitlines(keepends=True)
        yield answer

    def ask(self, question: str, history: list[str] | None = None, *, locality: str | None = None,
            doc_id: str | None = None) -> Answer:
        """Answer *question*; *history* holds the earlier questions; *locality*/*doc_id* restrict the documents."""
        started = time.perf_counter()
        self.searcher.refresh()
        history = [h for h in (history or []) if h and h.strip()]
        u = understand(question, history)
        scope, query = self._scope(question, history, u)
        scope = self.searcher.retriever.steering.restrict(scope, locality, doc_id)
        hits = self.searcher.search(query, top_k=TOP_K, scope=scope)
        retrieved = [
            {"source": h.chunk.source, "section": h.chunk.section, "text": h.chunk.text, "score": round(h.score, 6)}
            for h in hits
        ]
        if len(scope.localities) >= 2:
            u.compare = True
        answer = self._answer(question, u, scope, hits)
        answer.retrieved = retrieved
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer

    def _answer(self, question: str, u: Understanding, scope: Scope, hits: list[SearchHit]) -> Answer:
        unknown = self._unknown_place(question)
        if unknown:
            return self._abstain(question, f"nội dung về tỉnh/thành {unknown.title()}")
        if not hits:
            return self._abstain(question, "nội dung này")
        evidence = " ".join(h.chunk.text for h in hits[:4])
        for slot in ("money", "contact", "penalty", "quarter"):
            if slot in u.asks and not _HAS[slot].search(evidence):
                return self._abstain(question, _MISSING_TEXT[slot], nearest=hits[0])
        if "person" in u.asks and u.intent != "doc_info":
            return self._abstain(question, _MISSING_TEXT["person"], nearest=hits[0])

        if scope.doc_ids and len(scope.doc_ids) == 1 and re.search(
            r"\b(giai doan nao|ten (?:ke hoach|chuong trinh|van ban)|trich yeu|ve viec gi|tieu de)\b", fold_ascii(question)
        ) and u.intent in ("deadline_timeline", "other", "doc_info"):
            doc = self.library.documents_by_id[scope.doc_ids[0]]
            if doc.title:
                return self._compose(question, u, scope, [
                    Finding(doc, "Phần đầu văn bản", doc.title, f"{_doc_name(doc)} có tiêu đề: “{doc.title}”.", 1.0)
                ])
        handler = {
            "doc_recipients": self._doc_recipients,
            "doc_info": self._doc_info,
            "legal_basis": self._legal_basis,
            "reporting": self._reporting,
            "target": self._targets,
            "awards": self._awards,
            "deadline_timeline": self._timeline,
        }.get(u.intent)
        findings: list[Finding] = []
        missing: str | None = None
        if handler:
            findings, missing = handler(question, u, scope, hits)
        if missing:
            return self._abstain(question, missing, nearest=findings[0] if findings else hits[0])
        if not findings:
            findings = self._extractive(question, u, scope, hits)
        if not findings:
            return self._abstain(question, "nội dung này", nearest=hits[0])
        if "date" in u.asks and u.intent != "doc_info" and not any(_DAY_DATE.search(f.quote) for f in findings):
            return self._abstain(question, "thời hạn cụ thể (ngày, tháng) cho nội dung này", nearest=findings[0])
        return self._compose(question, u, scope, findings)

    # -- abstention ----------------------------------------------------------------------

    def _abstain(self, question: str, what: str, nearest: SearchHit | Finding | None = None) -> Answer:
        docs = "; ".join(f"{_doc_name(d)} ({d.date or 'chưa rõ ngày'})" for d in self.library.documents)
        text = f"Các tài liệu hiện có không nêu {what}. Các tài liệu đang có: {docs}."
        citations: list[Citation] = []
        if nearest is not None:
            finding = nearest if isinstance(nearest, Finding) else self._finding_from_hit(nearest, question)
            if finding:
                book = _Citations()
                n = book.cite(finding)
                text += f"\nĐiều khoản gần nhất tìm được: “{finding.quote}” [{n}]"
                citations = book.items
        return Answer(question=question, answer=text, abstained=True, citations=citations)

    def _finding_from_hit(self, hit: SearchHit, question: str) -> Finding | None:
        units = self._best_units(hit, _content_words(question), limit=1)
        return Finding(hit.document, hit.chunk.section, units[0]) if units else None

    # -- handlers: each returns (findings, missing-what or None) -----------------------------

    def _docs_in_scope(self, scope: Scope, hits: list[SearchHit]) -> list[DocumentMeta]:
        by_id = self.library.documents_by_id
        if scope.doc_ids:
            ids = scope.doc_ids
            if len(ids) > 1 and hits:  # rank named documents by retrieval
                order = {h.chunk.doc_id: i for i, h in reversed(list(enumerate(hits)))}
                ids = sorted(ids, key=lambda d: order.get(d, 99))
            return [by_id[d] for d in ids]
        return [hits[0].document] if hits else []

    def _doc_info(self, question: str, u: Understanding, scope: Scope, hits: list[SearchHit]):
        q = fold_ascii(question)
        docs = self._docs_in_scope(scope, hits)
        if scope.doc_ids and len(docs) > 1 and not u.compare:
            docs = docs[:1]
        findings = []
        for doc in docs:
            if re.search(r"\b(ai ky|nguoi ky|ky ten)\b", q) and doc.signer:
                statement = f"{_doc_name(doc)} do {doc.signer_title + ' ' if doc.signer_title else ''}{doc.signer} ký."
                findings.append(Finding(doc, "Chữ ký", doc.signer, statement, 1.0))
            elif doc.date_line:
                when = f"ngày {doc.date}" if doc.date.count("/") == 2 else f"tháng {doc.date}" if "/" in doc.date else f"năm {doc.date}"
                draft = "" if doc.number else " (bản dự thảo, chưa có số và chưa ghi đủ ngày)" if doc.date.count("/") < 2 else " (chưa có số)"
                statement = f"{_doc_name(doc)} đề {when}{draft}."
                findings.append(Finding(doc, "Phần đầu văn bản", doc.date_line, statement, 1.0))
        return findings, None

    def _doc_recipients(self, question: str, u: Understanding, scope: Scope, hits: list[SearchHit]):
        docs = self._docs_in_scope(scope, hits)[:1 if not u.compare else 4]
        wants_report = bool(re.search(r"\b(b/c|bao cao)\b", fold_ascii(question)))
        findings = []
        for doc in docs:
            units = []
            for chunk in self.library.chunks_of(doc.doc_id):
                addressees = False  # the bullets right after "Kính gửi" are addressees too
                for unit in clause_units(chunk.text):
                    if re.match(r"^[-+•]?\s*Lưu\b", unit):
                        continue  # the file copy kept by the issuer is not a recipient
                    addressees = "kính gửi" in unit.lower() or (addressees and unit.startswith("-"))
                    if addressees or (chunk.section == "Nơi nhận" and not wants_report) or (
                        chunk.section == "Nơi nhận" and re.search(r"b/c|báo cáo", unit)
                    ):
                        if (chunk.section, unit) not in units:
                            units.append((chunk.section, unit))
            if not units:
                continue
            names = "; ".join(re.sub(r"^[-+•]\s*|Kính gửi\s*:?\s*-?\s*", "", x).strip(" ;.") for _, x in units)
            lead = "gửi báo cáo lên" if wants_report else "gửi tới"
            findings.append(Finding(doc, units[0][0], units[0][1], f"{_doc_name(doc)} {lead}: {names}.", 1.0))
            for section, unit in units[1:6]:
                findings.append(Finding(doc, section, unit, "", 0.9))
        return findings, None

    def _legal_basis(self, question: str, u: Understanding, scope: Scope, hits: list[SearchHit]):
        docs = self._docs_in_scope(scope, hits)
        if not scope.doc_ids:
            docs = docs[:1]
        findings = []
        wanted = _content_words(question)
        generic = bool(re.search(r"\b(can cu|van ban goc|dua tren|co so phap ly|thuc hien|trien khai)\b", fold_ascii(question)))
        for doc in docs:
            bases = self.library.facts.legal_bases([doc.doc_id])
            if not bases:
                continue
            scored = []
            for b in bases:
                preamble = b.section.split(" › ")[0] in ("Phần mở đầu", "Nội dung")
                around = b.quote[max(0, b.quote.find(b.number) - 40): b.quote.find(b.number) + 160]
                score = 0.35 * len(wanted & _content_words(around)) + (2.0 if preamble and generic else 0.3 if preamble else 0)
                scored.append((score, b))
            scored.sort(key=lambda x: -x[0])
            best = scored[0][0]
            chosen = [b for sc, b in scored if sc >= best - 0.35][:3]
            refs = "; ".join(
                f"{b.kind} số {b.number}" + (f" ngày {b.date}" if b.date else "") + (f" của {b.issuer}" if b.issuer else "")
                for b in chosen
            )
            findings.append(Finding(doc, chosen[0].section, chosen[0].quote, f"{_doc_name(doc)} nêu: {refs}.", best))
            for extra in dict.fromkeys(b.quote for b in chosen[1:]):
                if extra != chosen[0].quote:
                    findings.append(Finding(doc, chosen[0].section, extra, "", best))
        return findings, None

    def _hit_rank(self, hits: list[SearchHit], doc_id: str, quote: str) -> int | None:
        for rank, h in enumerate(hits):
            if h.chunk.doc_id == doc_id and quote[:80] in h.chunk.text:
                return rank
        return None

    def _reporting(self, question: str, u: Understanding, scope: Scope, hits: list[SearchHit]):
        facts = self.library.facts.reporting(scope.doc_ids)
        by_id = self.library.documents_by_id
        scored: list[tuple[float, object]] = []
        for f in facts:
            score = 0.0
            named = set(agencies_in(" ".join(f.reporters) + " " + f.section))
            named_to = set(agencies_in(" ".join(f.recipients + f.onward)))
            asked = set(u.agencies)
            if asked & named:
                score += 3
            if asked & named_to:
                score += 1.5
            if f.deadline:
                score += 2 if u.asks & {"date", "year"} else 1
            if f.recurrence:
                score += 0.5
            if "channel" in u.asks:
                score += 3 if f.channel else -1
            rank = self._hit_rank(hits, f.doc_id, f.quote)
            if rank is not None:
                score += 2 * (TOP_K - rank) / TOP_K
            scored.append((score, f))
        scored.sort(key=lambda x: -x[0])
        if not scored or scored[0][0] < 1.5:
            return [], None
        findings: list[Finding] = []
        per_doc = not scope.doc_ids or len(scope.doc_ids) > 1
        seen: set[str] = set()
        for score, f in scored:
            if per_doc and f.doc_id in seen:
                continue
            if findings and score < (0.5 * scored[0][0] if per_doc else 0.8 * scored[0][0]):
                break
            seen.add(f.doc_id)
            findings.append(Finding(by_id[f.doc_id], f.section, f.quote, self._reporting_statement(f), score))
            if len(findings) >= (4 if per_doc else 1):
                break
        if "date" in u.asks and not any(_DAY_DATE.search(x.quote) for x in findings):
            return findings, "thời hạn cụ thể (ngày, tháng) cho việc báo cáo này"
        return findings, None

    @staticmethod
    def _reporting_statement(f) -> str:
        who = ", ".join(f.reporters)
        parts = [f"{who[:1].upper() + who[1:]} báo cáo"]
        if f.what:
            parts.append(f.what)
        parts.append(("về " if f.what else "") + " và ".join(f.recipients))
        if f.channel:
            parts.append(f"(qua {f.channel})")
        if f.deadline_text:
            parts.append(f.deadline_text)
        if f.recurrence:
            parts.append(f.recurrence)
        text = " ".join(parts)
        if f.onward:
            text += f", để tổng hợp báo cáo {', '.join(f.onward)}"
        return text + "."

    def _targets(self, question: str, u: Understanding, scope: Scope, hits: list[SearchHit]):
        targets = self.library.facts.targets(scope.doc_ids)
        if not targets:
            return [], "chỉ tiêu tỷ lệ (%) cho nội dung này" if "percent" in u.asks or u.intent == "target" else None
        by_id = self.library.documents_by_id
        if u.years and not any(t.year in u.years for t in targets):
            years = ", ".join(str(y) for y in u.years)
            return [], f"chỉ tiêu tỷ lệ cho năm {years} trong tài liệu được hỏi"
        wanted_words = _content_words(question)
        wanted_titles = set(u.titles)
        units: dict[tuple[str, str], tuple[float, object]] = {}
        for t in targets:
            score = 1.0
            if u.years:
                score += 2 if t.year in u.years else -2
            if wanted_titles:
                score += 1 if wanted_titles & set(titles_in(t.indicator)) else 0.5 if wanted_titles & set(titles_in(t.quote)) else -1
            rank = self._hit_rank(hits, t.doc_id, t.quote)
            if rank is not None:
                score += (TOP_K - rank) / TOP_K
            score += 0.5 * len(wanted_words & _content_words(t.indicator))
            key = (t.doc_id, t.quote)
            if key not in units or units[key][0] < score:
                units[key] = (score, t)
        ranked = sorted(units.values(), key=lambda x: -x[0])
        if wanted_titles and not any(wanted_titles & set(titles_in(t.quote)) for _, t in ranked):
            return [], f"chỉ tiêu tỷ lệ cho “{', '.join(sorted(wanted_titles))}” trong tài liệu được hỏi"
        best = ranked[0][0]
        findings = []
        for score, t in ranked:
            if score < best - 0.5 or len(findings) >= 3:
                break
            year = f" đến năm {t.year}" if t.year else ""
            statement = f"Chỉ tiêu{year} theo {_doc_name(by_id[t.doc_id])}: {strip_marker(t.quote)}"
            findings.append(Finding(by_id[t.doc_id], t.section, t.quote, statement, score))
        return findings, None

    def _awards(self, question: str, u: Understanding, scope: Scope, hits: list[SearchHit]):
        q = fold_ascii(question)
        if re.search(r"\bhang nam\b", q):
            return [], None  # annual awards are prose: extractive
        awards = self.library.facts.awards(scope.doc_ids)
        if not awards:
            return [], None
        by_id = self.library.documents_by_id
        docs = [d.doc_id for d in self._docs_in_scope(scope, hits)] if scope.doc_ids else [hits[0].chunk.doc_id]
        findings = []
        for doc_id in docs:
            forms = [a for a in awards if a.doc_id == doc_id]
            if not forms:
                continue
            listed = "; ".join(dict.fromkeys(a.form for a in forms))
            statement = f"Hình thức khen thưởng ({forms[0].section.split(' › ')[-1]}): {listed}."
            quotes = list(dict.fromkeys(a.quote for a in forms))
            findings.append(Finding(by_id[doc_id], forms[0].section, quotes[0], statement, 1.0))
            for extra in quotes[1:4]:
                findings.append(Finding(by_id[doc_id], forms[0].section, extra, "", 0.5))
        return findings, None

    def _timeline(self, question: str, u: Understanding, scope: Scope, hits: list[SearchHit]):
        q = fold_ascii(question)
        phase = re.search(r"giai doan\s*(\d)", q)
        if phase:
            by_id = self.library.documents_by_id
            docs = [d.doc_id for d in self._docs_in_scope(scope, hits)]
            findings = []
            for m in self.library.facts.milestones(docs):
                if m.kind == "giai đoạn" and m.label.endswith(phase.group(1)) and m.doc_id not in {f.doc.doc_id for f in findings}:
                    statement = f"{m.label} của {_doc_name(by_id[m.doc_id])}: {m.quote.rstrip('.')}."
                    findings.append(Finding(by_id[m.doc_id], m.section, m.quote, statement, 1.0))
                    for chunk in self.library.chunks_of(m.doc_id):
                        if chunk.section == m.section:
                            for unit in clause_units(chunk.text):
                                if unit != m.quote and not unit.startswith(m.quote):
                                    findings.append(Finding(by_id[m.doc_id], m.section, unit, "", 0.9))
                    if not u.compare:
                        break
            return findings, None
        kinds = [k for k in ("sơ kết", "tổng kết") if fold_ascii(k) in q]
        if kinds and not phase:
            return self._milestones(kinds, u, scope, hits, question)
        if u.asks & {"date"} and ("bao cao" in q or "nop" in q):
            return self._reporting(question, u, scope, hits)
        return [], None

    def _milestones(self, kinds: list[str], u: Understanding, scope: Scope, hits: list[SearchHit], question: str = ""):
        by_id = self.library.documents_by_id
        docs = [d.doc_id for d in self._docs_in_scope(scope, hits)] if scope.doc_ids else None
        scored = []
        for m in self.library.facts.milestones(docs):
            if m.kind not in kinds or m.year is None:
                continue
            score = 1.0
            if u.agencies and set(u.agencies) & set(agencies_in(section_agency(m.section) or m.section)):
                score += 2
            rank = self._hit_rank(hits, m.doc_id, m.quote)
            if rank is not None:
                score += (TOP_K - rank) / TOP_K
            score += 0.3 * len(_content_words(question) & _content_words(m.quote))
            scored.append((score, m))
        if not scored:
            return [], None
        scored.sort(key=lambda x: -x[0])
        best_doc = scored[0][1].doc_id
        best_quote = scored[0][1].quote
        chosen = [m for sc, m in scored if m.doc_id == best_doc and m.quote == best_quote]
        when = ", ".join(f"{m.kind} {m.when}" for m in sorted(chosen, key=lambda m: m.sort_key))
        head = chosen[0]
        return [Finding(by_id[best_doc], head.section, head.quote, f"Theo {_doc_name(by_id[best_doc])}: {when}.", 1.0)], None

    # -- extractive fallback ------------------------------------------------------------------

    def _best_units(self, hit: SearchHit, wanted: set[str], limit: int) -> list[str]:
        """The clauses of the hit's whole section (a long item spans several chunks) that answer best."""
        texts = [c.text for c in self.library.chunks_of(hit.chunk.doc_id) if c.section == hit.chunk.section]
        units: list[str] = []
        for text in texts or [hit.chunk.text]:
            for unit in clause_units(text):
                if unit not in units and (not _BARE_HEADING.match(unit) or len(unit) > 100):
                    units.append(unit)
        if sum(len(x) for x in units) <= 1200:
            limit = max(limit, len(units))
        if not units:
            return []
        if len(units) <= limit:
            return units
        scored = sorted(range(len(units)), key=lambda i: -len(wanted & _content_words(units[i])))
        keep = sorted(scored[:limit])
        return [units[i] for i in keep]

    def _extractive(self, question: str, u: Understanding, scope: Scope, hits: list[SearchHit]) -> list[Finding]:
        wanted = _content_words(question)
        asks_who = bool(re.search(r"\b(ai|co quan nao|don vi nao|cap nao)\b", fold_ascii(question)))
        candidates = list(hits)
        per_doc = bool(scope.doc_ids) and len(scope.doc_ids) > 1 and u.compare
        if per_doc:  # each compared document gets its own best clause
            for doc_id in scope.doc_ids:
                candidates += self.searcher.search(question, top_k=3, scope=Scope(doc_ids=[doc_id]))
        rescored: list[tuple[float, SearchHit]] = []
        seen_chunks: set[str] = set()
        for rank, hit in enumerate(candidates):
            if hit.chunk.chunk_id in seen_chunks:
                continue
            seen_chunks.add(hit.chunk.chunk_id)
            score = hit.score - 0.02 * min(rank, TOP_K)
            owner_name = section_agency(hit.chunk.section)
            owner = agencies_in(owner_name or "")
            if u.agencies and set(u.agencies) & set(owner) and not asks_who:
                score += 0.6
            if asks_who and owner_name:
                score += 0.2
            section_words = _content_words(hit.chunk.section)
            score += (0.3 if u.intent == "criteria" else 0.2) * len(wanted & section_words)
            best_unit = max((len(wanted & _content_words(x)) for x in clause_units(hit.chunk.text)), default=0)
            score += 0.1 * best_unit
            if u.intent == "funding" and re.search(r"kinh phí|ngân sách", hit.chunk.text, re.I):
                score += 0.3
            if u.intent == "criteria" and "tiêu chí" in hit.chunk.section.lower():
                score += 0.3
            if u.intent == "responsibility" and "tổ chức thực hiện" in hit.chunk.section.lower():
                score += 0.2
            rescored.append((score, hit))
        rescored.sort(key=lambda x: -x[0])
        if not rescored:
            return []
        best_score = rescored[0][0]
        multi = per_doc or (not scope.doc_ids and u.compare)
        findings: list[Finding] = []
        seen_docs: set[str] = set()
        for score, hit in rescored:
            if findings and (not multi or score < 0.6 * best_score):
                break
            if hit.chunk.doc_id in seen_docs:
                continue
            seen_docs.add(hit.chunk.doc_id)
            limit = MAX_POINTS if not findings else 2
            for unit in self._best_units(hit, wanted, limit):
                findings.append(Finding(hit.document, hit.chunk.section, unit, "", score))
            if len(seen_docs) >= 4:
                break
        return findings

    # -- composition -----------------------------------------------------------------------------

    def _compose(self, question: str, u: Understanding, scope: Scope, findings: list[Finding]) -> Answer:
        book = _Citations()
        docs = list(dict.fromkeys(f.doc.doc_id for f in findings))
        lines: list[str] = []
        if len(docs) > 1 and u.compare:
            lines.append("So sánh giữa các tài liệu:")
            lines.append("")
            lines.append("| Tài liệu | Nội dung | Nguồn |")
            lines.append("| --- | --- | --- |")
            for doc_id in docs:
                group = [f for f in findings if f.doc.doc_id == doc_id]
                text = " ".join((f.statement or strip_marker(f.quote)) for f in group[:2]).replace("|", "/")
                marks = "".join(f"[{book.cite(f)}]" for f in group[:2])
                lines.append(f"| {group[0].doc.locality} — {group[0].doc.kind} {group[0].doc.number_display} | {text} | {marks} |")
            lines.append("")
            for f in findings:
                n = book.cite(f)
                lines.append(f"- “{f.quote}” [{n}]")
        elif len(docs) > 1:
            lines.append("Các tài liệu quy định như sau:")
            for doc_id in docs:
                group = [f for f in findings if f.doc.doc_id == doc_id]
                head = group[0]
                n = book.cite(head)
                lines.append(f"- {head.doc.locality} ({head.doc.kind} {head.doc.number_display}): "
                             f"{head.statement or strip_marker(head.quote)} [{n}]")
                for f in group[1:]:
                    n = book.cite(f)
                    lines.append(f"  - “{f.quote}” [{n}]")
            lines.append("")
            for f in findings:
                if f.statement:
                    n = book.cite(f)
                    lines.append(f"- “{f.quote}” [{n}]")
        else:
            head = findings[0]
            n = book.cite(head)
            if head.statement:
                lines.append(f"{head.statement} [{n}]")
                lines.append(f"- “{head.quote}” [{n}]")
            else:
                lines.append(f"Theo {_doc_name(head.doc)}, mục {head.section}:")
                lines.append(f"- {head.quote} [{n}]")
            for f in findings[1:]:
                n = book.cite(f)
                if f.statement:
                    lines.append(f"- {f.statement} [{n}]")
                lines.append(f"- “{f.quote}” [{n}]" if f.statement else f"- {f.quote} [{n}]")
        return Answer(question=question, answer="\n".join(lines).strip(), abstained=False, citations=book.items)
