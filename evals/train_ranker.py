"""Learn the unit ranker and the abstention threshold from the dev questions.

    python -m evals.train_ranker [--questions F ...] [--out assistant/answering/ranker.json]

Every candidate unit the assistant gathers for a dev question is one example: it
is positive when it holds one of the question's evidence quotes; every unit of an
unanswerable question is negative, which is what makes the top score usable as
the evidence for answering at all. A logistic regression (scikit-learn, the
``dev`` extra) gives weights and bias; the threshold is the lowest top score that
keeps abstention precision ≥ 90 % on the same dev questions. The test split is
never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from index.settings import Settings
from index.textnorm import fold_ascii

from .questions import Question, load_questions
from .scoring import answer_correct, evidence_coverage

DEV_FILES = [Path("evals/questions.jsonl")]
ABSTENTION_PRECISION = 0.90


def is_evidence(text: str, evidence: list[str]) -> bool:
    """The unit holds an evidence quote (or is wholly inside one that spans several units)."""
    for ev in evidence:
        if evidence_coverage(text, ev) >= 0.6:
            return True
        if len(text) >= 40 and evidence_coverage(ev, text) >= 0.85 and fold_ascii(text)[:30] in fold_ascii(ev):
            return True
    return False


def answers(unit, q: Question) -> bool:
    """The unit (with its heading and intro) would make a correct answer, and it is about the evidence."""
    facts = [g for g in q.must_include if g not in (["Có"], ["Không"])]
    context = " ".join([unit.label, unit.lead_in, unit.full_text])
    if not facts or not answer_correct(context, facts):
        return is_evidence(unit.text, q.evidence)
    return any(evidence_coverage(unit.full_text, ev) >= 0.3 for ev in q.evidence)


def collect(assistant, questions: list[Question]) -> tuple[list[list[float]], list[int], list[tuple[Question, list]]]:
    from assistant.answering.features import FEATURES

    rows: list[list[float]] = []
    labels: list[int] = []
    per_question = []
    for q in questions:
        turn = assistant.resolve(q.question, q.history)
        hits = assistant.searcher.search(turn.query.search_text, top_k=12, scope=turn.scope) if turn.scope.doc_ids != [] else []
        units = assistant.evidence(turn, hits)
        marked = []
        for unit in units:
            positive = q.answerable and answers(unit, q)
            rows.append([unit.features[name] for name in FEATURES])
            labels.append(int(positive))
            marked.append((unit, positive))
        per_question.append((q, marked))
    return rows, labels, per_question


def fit(X, y, groups: list[int], objective: str, C: float):
    """Raw weights (no intercept for pairwise) from unit features X, labels y, question sizes *groups*."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    if objective == "pointwise":
        model = LogisticRegression(C=C, max_iter=4000)
        model.fit(X, y)
        return model.coef_[0], float(model.intercept_[0])
    diffs, signs = [], []
    start = 0
    for size in groups:  # every answering unit against every other unit of its question
        idx = np.arange(start, start + size)
        start += size
        pos, neg = idx[y[idx] == 1], idx[y[idx] == 0]
        for p_i in pos:
            for n_i in neg:
                diffs += [X[p_i] - X[n_i], X[n_i] - X[p_i]]
                signs += [1, 0]
    model = LogisticRegression(C=C, max_iter=4000, fit_intercept=False)
    model.fit(np.asarray(diffs), np.asarray(signs))
    return model.coef_[0], 0.0


def top_is_positive(X, y, groups: list[int], w) -> float:
    """Share of questions with a positive unit whose best-scored unit is positive."""
    hits = total = 0
    start = 0
    for size in groups:
        xs, ys = X[start : start + size], y[start : start + size]
        start += size
        if size and ys.any():
            total += 1
            hits += int(ys[int((xs @ w).argmax())] == 1)
    return hits / max(1, total)


def choose_threshold(tops: list[tuple[float, bool]]) -> float:
    """The threshold that answers most answerable questions while abstentions stay ≥ 90 % right."""
    best_t, best_kept = 0.0, -1
    for t in sorted({s for s, _ in tops} | {0.0}):
        abstained = [(s, answerable) for s, answerable in tops if s < t]
        if abstained:
            precision = sum(1 for _, a in abstained if not a) / len(abstained)
            if precision < ABSTENTION_PRECISION:
                continue
        correct = sum(1 for s, a in tops if (s >= t) == a)
        if correct > best_kept:
            best_t, best_kept = t, correct
    return round(best_t, 4)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, nargs="*", default=DEV_FILES)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument("--objective", choices=["pointwise", "pairwise"], default="pointwise")
    parser.add_argument("--cv", action="store_true", help="2-fold cross-validation on the dev questions, no model written")
    args = parser.parse_args(argv)
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("scikit-learn is needed: pip install -e '.[dev]'", file=sys.stderr)
        return 2
    from assistant.answering import Assistant
    from assistant.answering.features import FEATURES
    from assistant.answering.ranker import MODEL_PATH, Ranker

    questions = [q for path in args.questions if path.exists() for q in load_questions(path)]
    if any(path.name == "questions-test.jsonl" for path in args.questions):
        print("refusing to train on the frozen test split", file=sys.stderr)
        return 2
    assistant = Assistant.open(Settings.from_env())
    rows, labels, per_question = collect(assistant, questions)
    import numpy as np

    X = np.asarray(rows, dtype=float)
    y = np.asarray(labels)
    groups = [len(marked) for _, marked in per_question]
    if args.cv:
        fold = np.asarray([int(hashlib.sha1(q.id.encode()).hexdigest(), 16) % 2 for q, _ in per_question])
        unit_fold = np.repeat(fold, groups)
        for objective in ("pointwise", "pairwise"):
            scores = []
            for k in (0, 1):
                tr = [g for g, f in zip(groups, fold, strict=True) if f != k]
                te = [g for g, f in zip(groups, fold, strict=True) if f == k]
                w, _ = fit(X[unit_fold != k], y[unit_fold != k], tr, objective, args.C)
                scores.append(top_is_positive(X[unit_fold == k], y[unit_fold == k], te, w))
            print(f"{objective}: held-out top-unit-answers {np.mean(scores):.3f}")
        return 0
    raw, intercept = fit(X, y, groups, args.objective, args.C)
    # Platt scaling: the best unit's raw score -> probability that the question is answerable
    tops_raw = []
    start = 0
    for size in groups:
        scores = X[start : start + size] @ raw
        start += size
        tops_raw.append([float(scores.max()) if size else -10.0])
    platt = LogisticRegression(C=args.C, max_iter=2000)
    platt.fit(np.asarray(tops_raw), np.asarray([int(q.answerable) for q, _ in per_question]))
    scale, offset = float(platt.coef_[0][0]), float(platt.intercept_[0])
    weights = {name: round(float(w * scale), 4) for name, w in zip(FEATURES, raw, strict=True)}
    ranker = Ranker(weights=weights, bias=round(offset, 4), threshold=0.0)
    tops = []
    found = 0
    for q, marked in per_question:
        scored = sorted(((ranker.score({n: u.features[n] for n in FEATURES}), pos) for u, pos in marked), reverse=True)
        top = scored[0][0] if scored else 0.0
        tops.append((top, q.answerable))
        found += int(bool(scored) and scored[0][1])
    threshold = choose_threshold(tops)
    ranker = Ranker(weights=weights, bias=ranker.bias, threshold=threshold)
    answerable = sum(1 for q, _ in per_question if q.answerable)
    meta = {
        "trained": datetime.now(UTC).strftime("%Y-%m-%d"),
        "questions": len(questions),
        "units": len(rows),
        "positives": sum(labels),
        "top_unit_is_evidence": round(found / max(1, answerable), 3),
        "files": [str(p) for p in args.questions if p.exists()],
    }
    ranker.save(args.out or MODEL_PATH, training=meta)
    print(json.dumps({"threshold": threshold, **meta}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
