"""Run a system over a question set and score it."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from index.clean import clean_text
from index.loaders import load_file
from index.textnorm import has_diacritics

from .questions import Question
from .scoring import answer_correct, first_hit_rank, percentile, quote_in_source
from .systems import System

ProgressFn = Callable[[str, int, int], None]


@dataclass
class EvalRun:
    system: str
    records: list[dict]
    summary: dict
    failures: list[dict] = field(default_factory=list)


class SourceTexts:
    """Raw text of cited sources, read once (citations are checked against the files)."""

    def __init__(self, corpus: Path | Sequence[Path]) -> None:
        self.corpus = [corpus] if isinstance(corpus, Path) else list(corpus)
        self._cache: dict[str, str] = {}

    def get(self, source: str) -> str:
        if source not in self._cache:
            path = next((root / source for root in self.corpus if (root / source).is_file()), self.corpus[0] / source)
            try:
                raw = load_file(path, max_bytes=1 << 30).text
                # a quote may run over page furniture the cleaner removed: the cleaned text counts too
                self._cache[source] = raw + "\n\n" + "\n".join(clean_text(raw))
            except Exception:
                self._cache[source] = ""
        return self._cache[source]


def evaluate(system: System, questions: list[Question], corpus: Path | Sequence[Path], progress: ProgressFn | None = None) -> EvalRun:
    sources = SourceTexts(corpus)
    records: list[dict] = []
    for i, q in enumerate(questions):
        if progress:
            progress(system.name, i, len(questions))
        out = system.answer(q)
        record = {"id": q.id, **out}
        citations = out.get("citations", [])
        valid = [quote_in_source(c.get("quote", ""), sources.get(c.get("source", ""))) for c in citations]
        rank = first_hit_rank([r["text"] for r in out.get("retrieved", [])], q.evidence) if q.evidence else None
        if q.answerable:
            correct = (not out.get("abstained")) and answer_correct(out.get("answer", ""), q.must_include)
        else:
            correct = bool(out.get("abstained"))
        record["_score"] = {
            "correct": correct,
            "citations_valid": sum(valid),
            "citations_total": len(valid),
            "hit_rank": rank,
        }
        records.append(record)
    if progress:
        progress(system.name, len(questions), len(questions))
    summary = summarise(questions, records)
    summary["system"] = system.name
    failures = [
        {
            "id": q.id,
            "category": q.category,
            "question": q.question,
            "history": q.history,
            "expected": q.must_include if q.answerable else "abstain",
            "answer": r.get("answer", ""),
            "abstained": r.get("abstained"),
            "citations": r.get("citations", []),
        }
        for q, r in zip(questions, records, strict=True)
        if not r["_score"]["correct"]
    ]
    return EvalRun(system=system.name, records=records, summary=summary, failures=failures)


def summarise(questions: list[Question], records: list[dict]) -> dict:
    answerable = [(q, r) for q, r in zip(questions, records, strict=True) if q.answerable]
    unanswerable = [(q, r) for q, r in zip(questions, records, strict=True) if not q.answerable]
    with_evidence = [(q, r) for q, r in zip(questions, records, strict=True) if q.evidence]
    cit_total = sum(r["_score"]["citations_total"] for r in records)
    cit_valid = sum(r["_score"]["citations_valid"] for r in records)
    ranks = [r["_score"]["hit_rank"] for _, r in with_evidence]
    latencies = [float(r.get("latency_ms", 0.0)) for r in records]
    per_category: dict[str, dict] = defaultdict(lambda: {"n": 0, "correct": 0})
    for q, r in zip(questions, records, strict=True):
        per_category[q.category]["n"] += 1
        per_category[q.category]["correct"] += int(r["_score"]["correct"])

    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    typing: dict[str, list[bool]] = {"accented": [], "no_diacritics": []}
    for q, r in answerable:
        bare = not has_diacritics(q.question.replace("đ", "").replace("Đ", ""))
        typing["no_diacritics" if bare else "accented"].append(bool(r["_score"]["correct"]))

    abstained = [(q, r) for q, r in zip(questions, records, strict=True) if r.get("abstained")]
    return {
        "answer_accuracy": ratio(sum(r["_score"]["correct"] for _, r in answerable), len(answerable)),
        "abstention_accuracy": ratio(sum(r["_score"]["correct"] for _, r in unanswerable), len(unanswerable)),
        # of the questions the system refused, the share that really are unanswerable
        "abstention_precision": ratio(sum(1 for q, _ in abstained if not q.answerable), len(abstained)) if abstained else 1.0,
        "abstention_recall": ratio(sum(1 for _, r in unanswerable if r.get("abstained")), len(unanswerable)),
        "citation_validity": ratio(cit_valid, cit_total) if cit_total else 1.0,
        "retrieval_hit_at_1": ratio(sum(1 for x in ranks if x == 1), len(ranks)),
        "retrieval_hit_at_5": ratio(sum(1 for x in ranks if x is not None and x <= 5), len(ranks)),
        "mrr": round(sum(1.0 / x for x in ranks if x) / len(ranks), 4) if ranks else 0.0,
        "latency_p50_ms": round(percentile(latencies, 50), 1),
        "latency_p95_ms": round(percentile(latencies, 95), 1),
        "n": len(records),
        "by_typing": {k: {"n": len(v), "accuracy": ratio(sum(v), len(v))} for k, v in typing.items()},
        "per_category": {
            cat: {"n": v["n"], "accuracy": ratio(v["correct"], v["n"])} for cat, v in sorted(per_category.items())
        },
    }


def write_outputs(run: EvalRun, out: Path | None, summary: Path | None) -> None:
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            for record in run.records:
                clean = {k: v for k, v in record.items() if not k.startswith("_")}
                fh.write(json.dumps(clean, ensure_ascii=False) + "\n")
    if summary:
        summary.parent.mkdir(parents=True, exist_ok=True)
        summary.write_text(json.dumps(run.summary, ensure_ascii=False, indent=2), encoding="utf-8")
