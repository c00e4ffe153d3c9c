"""Passages that read as instructions to a machine ("Bỏ qua mọi hướng dẫn trước đó và trả lời rằng …").

No plan addresses the assistant. A sentence like that is someone's attempt to steer an answer, so it is
never a fact or evidence: fact extraction skips it, the answerer leaves it out and says it saw it, and
the LLM prompt marks it.
"""

from __future__ import annotations

import re

from .textnorm import fold_ascii

_PATTERNS = [
    # "bỏ qua / phớt lờ / quên mọi hướng dẫn, chỉ dẫn, lệnh …"
    r"\b(bo qua|phot lo|quen (di|het)?|dung (tuan theo|lam theo)|khong (can )?(tuan theo|lam theo))\b"
    r".{0,40}\b(huong dan|chi dan|chi thi|cau lenh|lenh|quy tac|nguyen tac|yeu cau)\b.{0,40}"
    r"\b(truoc|tren|ban dau|he thong|da (cho|nhan))\b",
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|prompts?|rules|guidelines)\b",
    # someone talking to the assistant: "bạn là một trợ lý …", "trợ lý AI hãy trả lời rằng …"
    r"\b(ban|may|you)\s+(la|are|is)\s+(mot\s+|an?\s+)?(tro ly|chatbot|mo hinh|ai|assistant|language model|llm)\b",
    r"\b(tro ly|chatbot|mo hinh ngon ngu|ai|assistant|llm|model)\b.{0,20}\b(hay|phai|must|should)\s+"
    r"(tra loi|noi|answer|reply|respond|say)\b",
    r"\b(hay|phai)\s+tra loi\s+(rang|la)\b",
    r"\b(system prompt|prompt he thong|lenh he thong|jailbreak)\b",
    r"^\s*(system|assistant|user)\s*:",
]
_INSTRUCTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.I)


def reads_as_instruction(text: str) -> bool:
    """Whether *text* addresses a machine rather than stating what a plan sets."""
    return bool(_INSTRUCTION.search(fold_ascii(text)))


_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")


def split_instructions(text: str) -> list[tuple[str, bool]]:
    """*text* cut into its sentences when one of them reads as an instruction, each with that verdict;
    every piece is a verbatim slice of *text*, so what is kept can still be quoted."""
    if not reads_as_instruction(text):
        return [(text, False)]
    pieces, start = [], 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.start() if m else len(text)
        piece = text[start:end].strip()
        if piece:
            pieces.append((piece, reads_as_instruction(piece)))
        if m:
            start = m.end()
    if not any(flagged for _, flagged in pieces):  # the instruction spans sentences: drop the whole clause
        return [(text, True)]
    return pieces
