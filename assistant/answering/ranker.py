"""Score candidate units: a logistic model over the evidence features.

The weights are learned from the dev questions' evidence quotes (the unit that
holds the quote is the positive) by ``python -m evals.train_ranker`` and shipped in
``ranker.json`` with the abstention threshold chosen on the same dev split; the
score is a probability, which is what makes one threshold meaningful for every
kind of question.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from .features import FEATURES

MODEL_PATH = Path(__file__).with_name("ranker.json")


@dataclass(frozen=True)
class Ranker:
    weights: dict[str, float]
    bias: float
    threshold: float  # below it the best unit is not support enough: abstain

    def __post_init__(self) -> None:
        unknown = set(self.weights) - set(FEATURES)
        if unknown:
            raise ValueError(f"ranker weights name unknown features: {sorted(unknown)}")

    def score(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Ranker:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=dict(data["weights"]), bias=float(data["bias"]), threshold=float(data["threshold"]))

    def save(self, path: Path = MODEL_PATH, **extra: object) -> None:
        data = {"bias": self.bias, "threshold": self.threshold, "weights": self.weights, **extra}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
