"""The grounded answerer: understand → scope → retrieve → gather evidence → decide → compose.

Each stage is a function of the previous one's dataclass; this module only wires
them and keeps the per-library caches.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from index.errors import QuestionTooLong
from index.settings import Settings
from index.store import Library
from index.textnorm import as_typed

from ..retrievers import SearchHit
from ..scope import Scope, ScopeResolver
from ..searcher import Searcher
from . import (
    attributes,
    coverage,
    forms,
    issued,
    outline,
    periods,
    placenames,
    relevance,
    summaries,
    tasked,
)
from .answer import Answer, doc_name
from .compose import MISSING, Draft, abstain, compose, instruction_note, not_stated
from .constraints import constraints
from .conversation import follow_up
from .counts import counted_things, only_counted
from .decide import decide
from .demands import named_from_documents
from .drafting import draft_answer, with_clause
from .duties import duties
from .evidence import UnitCatalog, gather
from .features import describe, wants_list
from .fits import meets
from .issuers import issued_by
from .lists import series_asked
from .ordering import bases_last, naming_first
from .ranker import Ranker
from .roles import asked_chair, chaired_by_another
from .supports import MAX_DOCS
from .understand import Query, about_other_documents, content_terms, understand
from .units import Unit
from .villages import asks_a_village

TOP_K = 12
# passages a follow-up's own words add to those its conversation retrieves
FOLLOW_UP_K = 6
# passages searched in each place's own documents when a question names places whose documents differ
PER_PLACE_K = 12
# longer than any real question (the web box stops at it too); a 100 KB "question" cost a minute and 400 MB
MAX_QUESTION_CHARS = 1000
_QUOTES = re.compile(r'["“]')  # a question that quotes a name
# a yes/no question about what a plan itself sets ("kế hoạch có đặt chỉ tiêu … không?")
_ABOUT_THE_PLAN = re.compile(r"\b(ke hoach|kh|du thao|van ban|cong van|cv)\b.*\b(co|dat|quy dinh|neu|de cap|giao)\b")


@dataclass
class Turn:
    """One question with its conversation resolved: what is asked and which documents."""

    query: Query
    scope: Scope


class Assistant:
    """Answers questions over the live index; thread-safe for concurrent readers."""

    def __init__(self, searcher: Searcher, ranker: Ranker | None = None) -> None:
        self.searcher = searcher
        self.ranker = ranker or Ranker.load()
        self._lock = threading.Lock()
        self._catalog: UnitCatalog | None = None

    @classmethod
    def open(cls, settings: Settings) -> Assistant:
        return cls(Searcher(settings))

    @property
    def library(self) -> Library:
        return self.searcher.library

    @property
    def scopes(self) -> ScopeResolver:
        return self.searcher.retriever.scopes

    def catalog(self) -> UnitCatalog:
        with self._lock:
            if self._catalog is None or self._catalog.library is not self.library:
                self._catalog = UnitCatalog(self.library)
            return self._catalog

    # -- entry points --------------------------------------------------------------------------

    def stream(self, question: str, history: list[str] | None = None, *, locality: str | None = None,
               doc_id: str | None = None) -> Iterator[str | Answer]:
        """Yield the answer line by line (for chat UIs), then the Answer itself."""
        answer = self.ask(question, history, locality=locality, doc_id=doc_id)
        yield from answer.answer.splitlines(keepends=True)
        yield answer

    def ask(self, question: str, history: list[str] | None = None, *, locality: str | None = None,
            doc_id: str | None = None) -> Answer:
        """Answer *question*; *history* holds the earlier questions; *locality*/*doc_id* restrict the documents."""
        if len(question) > MAX_QUESTION_CHARS:
            raise QuestionTooLong(len(question), MAX_QUESTION_CHARS)
        started = time.perf_counter()
        self.searcher.refresh()
        history = [h for h in (history or []) if h and h.strip()]
        if relevance.unreadable(question, self.library.restorer):
            return Answer(question=question, answer=relevance.UNREADABLE, abstained=True,
                          latency_ms=(time.perf_counter() - started) * 1000)
        turn = self.resolve(question, history)
        turn.scope = self.scopes.restrict(turn.scope, locality, doc_id)
        hits = self.searcher.search(turn.query.search_text, top_k=TOP_K, scope=turn.scope) if turn.scope.doc_ids != [] else []
        if hits and history and turn.query.asks and turn.query.search_text != question:
            # "cần hỏi thêm thì liên hệ ai?" after a question on the reports: the turn's own words find the clause
            # the conversation's do not (the contact line), after everything the conversation found
            seen = {h.chunk.chunk_id for h in hits}
            hits += [h for h in self.searcher.search(question, top_k=FOLLOW_UP_K, scope=turn.scope)
                     if h.chunk.chunk_id not in seen]
        hits += self._each_place_hits(turn, hits)
        answer = self.decide(turn, hits)
        answer.retrieved = [
            {"source": h.chunk.source, "section": h.chunk.section, "text": h.chunk.text, "score": round(h.score, 6)}
            for h in hits
        ]
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer

    def _each_place_hits(self, turn: Turn, hits: list[SearchHit]) -> list[SearchHit]:
        """"điểm tối thiểu … theo Sở GD Quảng Nam và HKH tỉnh Thừa Thiên Huế": the best passages of each place the
        question names, searched in its own documents (one place's guidance may fill the search over all of them)."""
        places = turn.scope.compared_places
        if not hits or not places:
            return []
        seen = {h.chunk.chunk_id for h in hits}
        allowed = set(turn.scope.doc_ids) if turn.scope.doc_ids else None
        extra: list[SearchHit] = []
        for place in places:
            docs = [d for d in place.doc_ids if allowed is None or d in allowed]
            if docs:
                extra += [h for h in self.searcher.search(turn.query.search_text, top_k=PER_PLACE_K,
                                                          scope=replace(turn.scope, doc_ids=docs))
                          if h.chunk.chunk_id not in seen]
                seen |= {h.chunk.chunk_id for h in extra}
        return extra

    # -- understand and scope -------------------------------------------------------------------------

    def resolve(self, question: str, history: list[str]) -> Turn:
        """The question with its conversation: earlier places and topics carried over where it names none."""
        typed = question
        question = self.library.restorer.correct(question)  # "doanh ngiep" → "doanh nghiep"
        scope = self.scopes.run(question)
        query = about_other_documents(understand(question, _place_words(scope), scope.numbers), scope.numbers)
        if query.doc_attribute is None and scope.doc_ids and len(scope.doc_ids) <= MAX_DOCS:
            own = issued.own_kind_named(query.bare, [self.library.documents_by_id[d] for d in scope.doc_ids])
            if own:  # "qđ công nhận … số mấy, ngày nào, ai ký" of the decision in scope, not of one it cites
                reread = about_other_documents(understand(own, _place_words(scope), scope.numbers), scope.numbers)
                query = replace(query, doc_attribute=reread.doc_attribute, doc_attributes=reread.doc_attributes,
                                asks=reread.asks) if reread.doc_attribute else query
        query.text = typed
        scope_of = cache(lambda i: self.scopes.run(history[i]))  # each earlier question resolved once
        for i in reversed(range(max(0, len(history) - 3), len(history))):
            earlier = understand(history[i], _place_words(scope_of(i)))
            query = follow_up(query, earlier)
            if not query.topic_free:
                break
        if scope.unknown and not scope.numbers:
            scope = placenames.named_in_documents(scope, self.catalog())
        if not scope.names_something:
            for i in reversed(range(len(history))):
                earlier_scope = scope_of(i)
                if earlier_scope.unknown and not earlier_scope.numbers:  # a district the province's plan lists
                    earlier_scope = placenames.named_in_documents(earlier_scope, self.catalog())
                if earlier_scope.names_something:
                    scope = Scope(doc_ids=earlier_scope.doc_ids, places=earlier_scope.places,
                                  numbers=earlier_scope.numbers, level=scope.level or earlier_scope.level)
                    break
        scope = issued_by(query, scope, self.library.documents_by_id)
        catalog = self.catalog()
        if scope.doc_ids and len(scope.doc_ids) <= MAX_DOCS:
            query.names = named_from_documents(query.bare, [catalog.named.folded_text(d) for d in scope.doc_ids])
        scope = placenames.named_villages(typed, placenames.named_without_kind(typed, scope, catalog), catalog)
        return Turn(query, placenames.named_communes(typed, scope, catalog))

    # -- decide and compose ---------------------------------------------------------------------------

    def decide(self, turn: Turn, hits: list[SearchHit]) -> Answer:
        q, scope = turn.query, turn.scope
        documents = self.library.documents
        if scope.unheld and not scope.doc_ids:  # "KH 52/KH-UBND ngày 29/01/2024" of a library whose plan 52 is of April
            return abstain(q.text, "", documents, lead=(
                f"Thư viện chưa có văn bản {', '.join(scope.unheld)}, nên các tài liệu hiện có không nêu nội dung này."))
        if scope.places and not scope.doc_ids and scope.unknown:
            names = ", ".join(p.label for p in scope.unknown)
            return abstain(q.text, "", documents,
                           lead=f"Thư viện chưa có văn bản nào của {names}, nên các tài liệu hiện có không nêu nội dung này cho {names}.")
        notes = scope.notes + [f"thư viện chưa có văn bản nào của {p.label}." for p in scope.unknown]
        catalog = self.catalog()
        by_id = self.library.documents_by_id
        scope_docs = [by_id[d] for d in scope.doc_ids or [] if d in by_id]
        listed = scope_docs or documents  # a refusal lists the documents the question is about, else the library
        issuing = issued.issuing_decision(q, scope_docs, documents)
        if issuing is not None:  # "Quy chế … được ban hành kèm theo quyết định nào?": the decision's number and day
            answer = attributes.document_attribute(
                replace(q, doc_attribute="number", doc_attributes=["number", "issued"]), [issuing], catalog, documents)
            if answer is not None:
                return answer
        if q.doc_attribute and (scope_docs or hits):
            named = [d for d in scope_docs if not issued.issued_with(d, scope_docs)]  # the decision, not its plan
            docs = named or ([*documents] if attributes.superlative(q) else [hits[0].document])
            if q.doc_attribute == "signer" and attributes.other_documents_asked(q):
                docs = attributes.signed_by_the_same(docs[0], documents)
            answer = attributes.document_attribute(
                q, docs if attributes.superlative(q) else docs[:MAX_DOCS], catalog, documents)
            if answer is not None and q.topics and len(docs) == 1 and hits:
                # "HD 04 do ai ký, ngày nào và thay thế văn bản nào?": the header, then the clause the rest asks
                rest = next((u for u in self.rank(self.evidence(turn, hits)) if not u.header
                             and u.doc.doc_id == docs[0].doc_id and u.score >= self.ranker.threshold), None)
                if rest is not None:
                    answer = with_clause(answer, rest)
            if answer is not None:
                return answer
        if not hits:
            return abstain(q.text, "nội dung này", listed)
        unstated = periods.periods_unstated(q, scope_docs, catalog)
        if unstated:  # "nhiệm vụ quý I" of a plan scheduled from quý II
            return abstain(q.text, "", listed, lead=unstated)
        if len(scope_docs) == 1 and (not relevance.labels(q.bare) or outline.names_a_part(q)):
            # "Tiêu chí 2 của …": one item, not the section; "Mục IV … nói về gì": that part
            scope_words = _scope_words(q, scope)
            answer = tasked.bodies_tasked(q, scope_docs[0], catalog, notes) or outline.section_outline(
                q, scope_docs[0], catalog, notes, scope_words)
            if answer is not None:
                return answer
            if outline.asks_whole_document(q, scope_docs[0], scope.numbers, scope_words) and not series_asked(q.bare):
                return summaries.overview(q, scope_docs[0], catalog)
        elif 2 <= len(scope_docs) <= MAX_DOCS and not relevance.labels(q.bare):
            # "các tiêu chí đánh giá Đơn vị học tập của Sở …" of a Sở with a letter and a guidance: the one
            # document with a heading over what is asked
            words = _scope_words(q, scope)
            outlined = [(d, a) for d in scope_docs if (a := outline.section_outline(q, d, catalog, notes, words))]
            if len(outlined) > 1:  # "Kế hoạch ban hành kèm QĐ 412 gồm những phần nào": the plan, not the decision
                outlined = [(d, a) for d, a in outlined if issued.kind_named(q, d)] or outlined
            if len(outlined) == 1:
                return outlined[0][1]
        # "tóm tắt các bước …": the steps of that procedure, not the document's summary
        # "cuộc họp quý II diễn ra ngày nào, do ai chủ trì và nội dung chính là gì": that meeting, not a summary
        summarized = issued.summarized(q, scope_docs, hits) if q.has("overview") and not series_asked(q.bare) and not (
            {"date", "person"} & set(q.asks)) else None
        if summarized is not None:
            return summaries.overview(q, summarized, catalog)
        # "HKH các xã phải làm những việc gì … năm 2024": a body's duties, not the year's milestones
        # "các mốc thời hạn trong công văn … gồm những mốc nào": one document's, whatever their year
        every_year = len(scope_docs) == 1 and q.has("list") and bool(_TIMES_LISTED.search(q.bare))
        if q.has("milestones") and (q.years or every_year) and not (q.has("duties_list") and q.agencies):
            answer = forms.milestones(q, catalog, scope.doc_ids, notes)
            if answer is not None:
                return answer
        legal_yes_no = q.has("yesno") and bool(q.doc_refs) and not q.doc_attribute
        which_basis = not q.doc_refs and not set(q.asks) - {"docdate"} and not q.has("yesno")
        # a decision and the plan it issues are one scope; the decision is the one that cites its bases
        citing = issued.closest_titled(q, [d for d in scope_docs if not issued.issued_with(d, scope_docs)], scope_docs)
        if "legal" in q.topics and (which_basis or legal_yes_no) and len(citing) == 1:
            answer = forms.legal_bases(q, citing[0], catalog, notes)
            if answer is not None:
                return answer
        ranked = self.rank(self.evidence(turn, hits))
        if not ranked:
            return abstain(q.text, "nội dung này", listed)
        if not relevance.names_a_subject(q, scope) and max(u.features["lex"] for u in ranked) < relevance.LEX_FLOOR:
            return Answer(question=q.text, answer=relevance.OFF_TOPIC, abstained=True)
        ranked = bases_last(q, ranked)
        ranked = naming_first(q, coverage.speaking_first(q, scope, issued.issued_first(q, scope_docs, ranked, self.ranker.threshold)))
        required = constraints(q)
        placed = coverage.figures_of_places_asked(q, scope, ranked, required)
        if not placed:  # "huyện Nậm Pồ mở bao nhiêu lớp": no clause gives that place a figure
            return abstain(q.text, MISSING.get(required[0], "nội dung này"), listed, nearest=ranked[0])
        ranked = placed
        decision = decide(q, coverage.naming_mentioned(scope, ranked), self.ranker.threshold)
        # a village the documents never name is said so, even when no clause gave it a figure
        unnamed_village = not decision.answer and decision.lead is not None and asks_a_village(q) and not q.has("yesno")
        uncovered = coverage.not_covered(q, scope, scope_docs, decision.lead, ranked, catalog) if (
            decision.answer or unnamed_village) else ""
        if uncovered:
            return abstain(q.text, "", listed, nearest=decision.lead, lead=uncovered)
        chair = asked_chair(q) if decision.answer else None
        if chair is not None and chaired_by_another([u for u in ranked if u.score >= self.ranker.threshold], chair):
            # "Phòng Dân tộc chủ trì mở lớp … thì phối hợp với ai": the clauses give another body the chair
            return abstain(q.text, "", listed, nearest=decision.lead, lead=(
                f"Các tài liệu hiện có không giao {chair.name} chủ trì nội dung này."))
        counted = only_counted(q, decision.lead) if decision.answer and q.has("list") and not _introduces_items(
            decision.lead, catalog) else ""
        if counted:  # "năm 2023 những thôn nào đạt": the plan gives how many, not which
            return abstain(q.text, "", listed, nearest=decision.lead, lead=(
                f"{doc_name(decision.lead.doc)} chỉ nêu số lượng {as_typed(q.text, counted)}, không nêu tên "
                "từng nơi, nên không trả lời được câu hỏi này."))
        if decision.lead is not None and len(scope_docs) <= MAX_DOCS and relevance.labels(q.bare):
            # (refused too: "Biểu 04" of a letter whose forms are Biểu 01–03 is said to be missing by name)
            text = " ".join(catalog.named.folded_text(d.doc_id) for d in scope_docs or [decision.lead.doc])
            absent = relevance.absent_labels(q, text)
            if absent:  # "Biểu số 06" of a letter whose forms are Biểu 01–05
                return abstain(q.text, "", listed, nearest=decision.lead, lead=(
                    f"{doc_name(decision.lead.doc)} không có {', '.join(absent)}, nên không nêu nội dung này."))
        if decision.answer and len(scope_docs) <= MAX_DOCS and "criteria" in q.topics:
            text = " ".join(catalog.named.folded_text(d.doc_id) for d in scope_docs or [decision.lead.doc])
            missing = relevance.absent_criterion(q, text)
            if missing:  # "tiêu chí ứng dụng CNTT … bao nhiêu điểm" of criteria that never name it
                return abstain(q.text, "", listed, nearest=decision.lead, lead=(
                    f"{doc_name(decision.lead.doc)} không có tiêu chí “{as_typed(q.text, missing)}”, nên không nêu nội dung này."))
        if decision.answer and _QUOTES.search(q.text):
            named = scope_docs if 1 <= len(scope_docs) <= MAX_DOCS else [decision.lead.doc]
            text = " ".join(catalog.named.folded_text(d.doc_id) for d in named)
            unnamed = relevance.absent_names(q.text, text)
            if unnamed:  # "học bổng “Vì em hiếu học”" of a report that names no such scholarship
                where = doc_name(named[0]) if len(named) == 1 else "Các văn bản này"
                return abstain(q.text, "", listed, nearest=decision.lead, lead=(
                    f"{where} không nhắc đến {', '.join(f'“{as_typed(q.text, n)}”' for n in unnamed)}, nên không nêu nội dung này."))
        if not decision.answer:
            if q.has("yesno") and _ABOUT_THE_PLAN.search(q.bare) and decision.lead is not None and (
                len(scope_docs) == 1 or decision.lead.score >= self.ranker.threshold
            ):
                return not_stated(q.text, scope_docs[0] if len(scope_docs) == 1 else decision.lead.doc,
                                  decision.missing, decision.lead)
            refused = abstain(q.text, decision.missing, listed, nearest=decision.lead)
            referred = decision.lead.deadline_of if decision.lead is not None else None
            # "…, cùng thời hạn quy định tại điểm b": no date of its own is stated, so the point it names is quoted
            # beside it for the reader to judge, not taken as the answer
            return with_clause(refused, referred) if referred is not None else refused
        if q.has("duties_list") and q.agencies and not q.asks and not q.has("yesno") and (
            len({u.doc.doc_id for u in ranked[:3]}) == 1 or scope.explicit
        ):
            answer = duties(q, ranked, catalog, scope.doc_ids, notes)
            if answer is not None:
                return answer
        eligible = [u for u in ranked if not u.header and meets(u, q, required)]
        draft = draft_answer(q, scope, decision.lead, eligible, notes, catalog, self.ranker.threshold, every=ranked)
        draft.notes += self._instruction_notes(draft)
        # a long clause is cut to the part the question wants; the turn's own words (a follow-up's "bao nhiêu
        # trưởng thôn dự họp") count twice against what the conversation asked before
        own = [t for t in content_terms(q.bare) if t in q.terms]
        return compose(q.text, draft, wanted=q.terms + own, holds=counted_things(q) if "count" in q.asks else ())

    def _instruction_notes(self, draft: Draft) -> list[str]:
        """A line for each passage next to the evidence that was left out as an instruction to a machine."""
        catalog = self.catalog()
        sections = dict.fromkeys((f.unit.doc.doc_id, f.unit.section) for f in draft.findings)
        return [instruction_note(catalog.library.documents_by_id[doc_id], passage)
                for doc_id, section in sections for passage in catalog.instructions(doc_id, section)]

    def evidence(self, turn: Turn, hits: list[SearchHit]) -> list[Unit]:
        """Candidate units of the retrieved sections (and the scope's headers), with their features."""
        catalog = self.catalog()
        by_id = self.library.documents_by_id
        scope_docs = [by_id[d] for d in turn.scope.doc_ids or [] if d in by_id]
        units = gather(catalog, hits, scope_docs, lists=wants_list(turn.query))
        for unit in units:
            unit.features = describe(unit, turn.query, catalog)
        return units

    def rank(self, units: list[Unit]) -> list[Unit]:
        for unit in units:
            unit.score = self.ranker.score(unit.features)
        return sorted(units, key=lambda u: (-u.score, u.chunk_rank))

def _place_words(scope: Scope) -> list[str]:
    return [p.name for p in scope.places]


def _introduces_items(unit: Unit, catalog: UnitCatalog) -> bool:
    """"Quý III (tháng 7 - tháng 9): 05 lớp" over "- Tháng 7: Kỹ thuật trồng rau …": the items that follow it
    name what it counts."""
    units = catalog.section_units(unit.doc.doc_id, unit.section)
    at = next((i for i, u in enumerate(units) if u.text == unit.text), None)
    return at is not None and ":" in unit.text and at + 1 < len(units) and units[at + 1].marker in ("-", "+", "•")


# "những mốc nào", "các thời hạn", "lịch …": times listed, not "những việc gì"
_TIMES_LISTED = re.compile(r"\b(?:moc|thoi han|nhung han|cac han|lich)\b")


def _scope_words(q: Query, scope: Scope) -> set[str]:
    """The words of a question that name its scope: places, their kind word ("ở xã An Nghiệp"), numbers."""
    words = {w for p in scope.places for w in p.name.split()} | set(scope.numbers)
    for p in scope.places:
        m = re.search(rf"\b(xa|phuong|huyen|quan|tinh|thanh pho|tp)\s+{re.escape(p.name)}\b", q.bare)
        if m:
            words |= set(m.group(1).split())
    return words
