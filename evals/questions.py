"""Question files: one JSON object per line (see shared design notes)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from index.errors import XhhtError

CATEGORIES = (
    "reporting",
    "deadline_timeline",
    "responsibility",
    "target",
    "criteria",
    "awards",
    "funding",
    "legal_basis",
    "compare",
    "followup",
    "unanswerable",
    "yes_no",
    "document_info",
    "overview",
    "place",
)
# the categories every set must cover well; the later ones are question shapes added with the test split
CORE_CATEGORIES = CATEGORIES[:11]


class QuestionFileError(XhhtError):
    pass


@dataclass
class Question:
    id: str
    question: str
    category: str
    answerable: bool
    must_include: list[list[str]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    answer: str = ""
    history: list[str] = field(default_factory=list)


def load_questions(path: Path) -> list[Question]:
    """Parse and validate a question file; errors name the file, line and field."""
    if not path.exists():
        raise QuestionFileError(f"{path}: không tìm thấy tệp câu hỏi")
    questions: list[Question] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise QuestionFileError(f"{where}: JSON không hợp lệ ({exc.msg})") from None
            if not isinstance(raw, dict):
                raise QuestionFileError(f"{where}: mỗi dòng phải là một đối tượng JSON")
            for key in ("id", "question", "category", "answerable"):
                if key not in raw:
                    raise QuestionFileError(f"{where}: thiếu trường '{key}'")
            if not isinstance(raw["question"], str) or not raw["question"].strip():
                raise QuestionFileError(f"{where}: trường 'question' phải là chuỗi khác rỗng")
            if not isinstance(raw["answerable"], bool):
                raise QuestionFileError(f"{where}: trường 'answerable' phải là true/false")
            groups = raw.get("must_include", [])
            if not isinstance(groups, list) or not all(
                isinstance(g, list) and g and all(isinstance(a, str) for a in g) for g in groups
            ):
                raise QuestionFileError(f"{where}: 'must_include' phải là danh sách các danh sách chuỗi")
            for key in ("sources", "evidence", "history"):
                value = raw.get(key, [])
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise QuestionFileError(f"{where}: '{key}' phải là danh sách chuỗi")
            qid = str(raw["id"])
            if qid in seen:
                raise QuestionFileError(f"{where}: id '{qid}' bị trùng")
            seen.add(qid)
            questions.append(
                Question(
                    id=qid,
                    question=raw["question"],
                    category=str(raw["category"]),
                    answerable=raw["answerable"],
                    must_include=groups,
                    sources=raw.get("sources", []),
                    evidence=raw.get("evidence", []),
                    answer=raw.get("answer", ""),
                    history=raw.get("history", []),
                )
            )
    if not questions:
        raise QuestionFileError(f"{path}: tệp không có câu hỏi nào")
    return questions
