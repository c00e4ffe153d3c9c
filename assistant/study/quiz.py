"""Ôn tập: multiple-choice quiz sessions over the indexed documents, for new Hội Khuyến học staff.

Public API::

    build = quiz_items(library)                      # QuizBuild: valid items and dropped ones with reasons
    session = QuizSession.start(library, doc="151", n=10, seed=1, learner="Lan", store=default_store(settings))
    feedback = session.answer(0, "B")                # right/wrong, the correct option, the cited clause
    score = session.finish()                         # Score(correct, answered, total)
    default_store(settings).export_csv(Path("ket-qua.csv"))

Items are generated from each document's header, facts and clauses (quiz_questions), given distractors from
sibling documents (quiz_generate) and checked (quiz_items.item_problems) before anything is shown.
"""

from __future__ import annotations

import logging
import random
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from weakref import WeakKeyDictionary

from index.errors import XhhtError
from index.settings import Settings
from index.store import Library

from . import quiz_values as qv
from .document_ref import find_document
from .quiz_generate import DocCount, DroppedItem, QuizBuild, build_items
from .quiz_items import LETTERS, Citation, QuizItem, QuizSource, item_problems
from .quiz_store import Attempt, QuizStore, QuizStoreError

__all__ = [
    "Citation", "DocCount", "DroppedItem", "Feedback", "QuizBuild", "QuizError", "QuizItem", "QuizSession",
    "QuizStore", "QuizStoreError", "Score", "default_store", "item_problems", "quiz_items",
]

log = logging.getLogger(__name__)


class QuizError(XhhtError):
    """A quiz cannot be started or answered as asked (the message is shown to the user)."""


@dataclass(frozen=True)
class Feedback:
    position: int
    item: QuizItem
    chosen: int
    correct: bool

    @property
    def correct_index(self) -> int:
        return self.item.answer

    @property
    def correct_option(self) -> str:
        return self.item.correct

    @property
    def citation(self) -> Citation:
        return self.item.citation


@dataclass(frozen=True)
class Score:
    correct: int
    answered: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


_CACHE: WeakKeyDictionary[Library, QuizBuild] = WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()


def quiz_items(library: Library, doc_id: str | None = None) -> QuizBuild:
    """The checked items of every document (built once per library), or of one document."""
    with _CACHE_LOCK:
        build = _CACHE.get(library)
        if build is None:
            build = build_items(QuizSource(library))
            _CACHE[library] = build
            log.info("quiz: %d items, %d dropped", len(build.items), len(build.dropped))
    if doc_id is None:
        return build
    return QuizBuild([i for i in build.items if i.doc_id == doc_id],
                     [d for d in build.dropped if d.item.doc_id == doc_id],
                     {doc_id: build.doc_kinds.get(doc_id, "")})


def default_store(settings: Settings) -> QuizStore:
    return QuizStore(settings.home / "quiz.sqlite")


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class QuizSession:
    """N items answered one by one; each answer is stored at once, the score when the session finishes."""

    def __init__(self, items: Sequence[QuizItem], *, learner: str | None = None, scope: str = "all",
                 seed: int | None = None, store: QuizStore | None = None, session_id: str | None = None) -> None:
        if not items:
            raise QuizError("Không có câu hỏi nào để ôn tập.")
        self.items = list(items)
        self.learner = (learner or "").strip() or None
        self.scope = scope
        self.seed = seed
        self.store = store
        self.session_id = session_id or uuid.uuid4().hex[:16]
        self.started = _now()
        self.finished: str | None = None
        self._answers: dict[int, Feedback] = {}
        if store is not None:
            store.start_session(self.session_id, learner=self.learner, scope=scope, seed=seed,
                                n_items=len(self.items), started=self.started)

    @classmethod
    def start(cls, library: Library, *, doc: str | None = None, n: int = 10, seed: int | None = None,
              learner: str | None = None, store: QuizStore | None = None) -> QuizSession:
        """A session of *n* items drawn at random (reproducibly with *seed*) from one document or all of them."""
        if n < 1:
            raise QuizError("Số câu hỏi phải từ 1 trở lên.")
        meta = find_document(library, doc) if doc else None
        pool = quiz_items(library, meta.doc_id if meta else None).items
        if not pool:
            where = f"văn bản {meta.doc_id}" if meta else "thư viện"
            raise QuizError(f"Chưa tạo được câu hỏi nào cho {where}.")
        chosen = _draw(pool, n, random.Random(seed))
        return cls(chosen, learner=learner, scope=meta.doc_id if meta else "all", seed=seed, store=store)

    def __len__(self) -> int:
        return len(self.items)

    def answer(self, position: int, choice: int | str) -> Feedback:
        """Answer item *position* (0-based) with an option index or letter A–D."""
        if not 0 <= position < len(self.items):
            raise QuizError(f"Không có câu số {position + 1} (phiên có {len(self.items)} câu).")
        if position in self._answers:
            raise QuizError(f"Câu {position + 1} đã được trả lời.")
        if self.finished:
            raise QuizError("Phiên ôn tập đã kết thúc.")
        item = self.items[position]
        index = _choice_index(choice, len(item.options))
        feedback = Feedback(position, item, index, index == item.answer)
        if self.store is not None:
            self.store.record(Attempt(self.session_id, position, item.id, item.doc_id, item.slot, item.question,
                                      item.options, index, item.answer, item.citation.section, item.citation.quote,
                                      _now()))
        self._answers[position] = feedback
        return feedback

    @property
    def answers(self) -> list[Feedback]:
        return [self._answers[i] for i in sorted(self._answers)]

    @property
    def score(self) -> Score:
        return Score(sum(f.correct for f in self._answers.values()), len(self._answers), len(self.items))

    def finish(self) -> Score:
        score = self.score
        if self.finished is None:
            self.finished = _now()
            if self.store is not None:
                self.store.finish_session(self.session_id, finished=self.finished, n_correct=score.correct)
        return score


def _draw(pool: Sequence[QuizItem], n: int, rng: random.Random) -> list[QuizItem]:
    """*n* items at random, never two that ask the same thing of different documents (the same decision's date)."""
    order = rng.sample(list(pool), len(pool))
    chosen: list[QuizItem] = []
    asked: set[tuple[str, str, str]] = set()
    for item in order:
        what = (item.slot, qv.text_key(item.key), qv.option_key(item.kind, item.correct))
        if what in asked:
            continue
        asked.add(what)
        chosen.append(item)
        if len(chosen) == n:
            break
    return chosen


def _choice_index(choice: int | str, n_options: int) -> int:
    if isinstance(choice, str):
        letter = choice.strip().upper()
        if len(letter) != 1 or letter not in LETTERS[:n_options]:
            raise QuizError(f"Lựa chọn “{choice}” không hợp lệ; hãy chọn một trong {', '.join(LETTERS[:n_options])}.")
        return LETTERS.index(letter)
    if not 0 <= choice < n_options:
        raise QuizError(f"Lựa chọn {choice} không hợp lệ.")
    return choice
