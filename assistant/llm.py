"""Optional LLM mode (XHHT_LLM=ollama:MODEL | openai:MODEL) through LangChain chat models.

Passages go in as numbered, delimited data; the output's citation markers are
checked against the passages actually given. No valid citation, an error, a
timeout or an unreachable server: the grounded answer is returned instead,
with a visible notice.
"""

from __future__ import annotations

import html
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from index.errors import ConfigError
from index.injection import reads_as_instruction

from .answering import Answer, Assistant, Citation

log = logging.getLogger(__name__)

PROMPTS_DIR = Path(__file__).resolve().parents[1] / "prompts"
MAX_PASSAGES = 6
NO_ANSWER = "Các tài liệu hiện có không nêu nội dung này."
_MARKER = re.compile(r"\[(\d{1,2})\]")


def load_prompt(name: str, prompts_dir: Path = PROMPTS_DIR) -> str:
    path = prompts_dir / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError("prompts", f"không đọc được mẫu câu lệnh {path}: {exc.strerror}") from None


def build_chat_model(spec: str, timeout_s: float = 60.0) -> Any:
    """A LangChain chat model for 'ollama:MODEL' or 'openai:MODEL' (OPENAI_BASE_URL for any compatible server)."""
    provider, _, model = spec.partition(":")
    if not model:
        raise ConfigError("XHHT_LLM", f"'{spec}' thiếu tên mô hình (ví dụ ollama:qwen2.5:7b)")
    if provider == "ollama":
        try:
            from langchain_ollama import ChatOllama
        except ImportError:
            raise ConfigError("XHHT_LLM", "cần cài thêm: pip install -e '.[llm]'") from None
        base_url = os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434")
        return ChatOllama(model=model, base_url=base_url, temperature=0, client_kwargs={"timeout": timeout_s})
    if provider == "openai":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError:
            raise ConfigError("XHHT_LLM", "cần cài thêm: pip install -e '.[llm]'") from None
        return ChatOpenAI(
            model=model,
            base_url=os.environ.get("OPENAI_BASE_URL"),
            api_key=os.environ.get("OPENAI_API_KEY", "not-needed"),
            temperature=0,
            timeout=timeout_s,
            max_retries=0,
        )
    raise ConfigError("XHHT_LLM", f"nhà cung cấp '{provider}' không được hỗ trợ (ollama hoặc openai)")


INSTRUCTION_FLAG = 'canh_bao="co_cau_doc_nhu_chi_dan"'


def format_passages(passages: list[dict]) -> str:
    """Numbered passages inside <tai_lieu> tags; their text is escaped so it cannot close a tag, and a
    passage holding a sentence addressed to a machine carries a warning attribute."""
    blocks = []
    for i, p in enumerate(passages, start=1):
        attrs = f'so="{i}" nguon="{html.escape(p["label"])}" muc="{html.escape(p["section"])}"'
        if p.get("instruction"):
            attrs += f" {INSTRUCTION_FLAG}"
        blocks.append(f"<tai_lieu {attrs}>\n{html.escape(p['text'], quote=False)}\n</tai_lieu>")
    return "\n\n".join(blocks)


class LlmAssistant:
    """Wraps the grounded Assistant: same API, answers phrased by an LLM when it cites properly."""

    def __init__(self, grounded: Assistant, model: Any, prompts_dir: Path = PROMPTS_DIR) -> None:
        self.grounded = grounded
        self.model = model
        self.system_prompt = load_prompt("system.vi.md", prompts_dir)
        self.user_prompt = load_prompt("answer.vi.md", prompts_dir)

    @property
    def library(self):
        return self.grounded.library

    def _passages(self, answer: Answer) -> list[dict]:
        by_source = {d.source for d in self.library.documents}
        chunks = {(c.source, c.text): c for c in self.library.chunks if c.source in by_source}
        out = []
        for r in answer.retrieved[:MAX_PASSAGES]:
            chunk = chunks.get((r["source"], r["text"]))
            doc = self.library.documents_by_id.get(chunk.doc_id) if chunk else None
            out.append({
                "label": doc.label if doc else r["source"],
                "section": r["section"],
                "text": r["text"],
                "source": r["source"],
                "doc_id": doc.doc_id if doc else "",
                "title": doc.title if doc else "",
                "number": doc.number_display if doc else "",
                "instruction": reads_as_instruction(r["text"]),
            })
        # a passage that reads as an instruction is never the first one the model sees
        return sorted(out, key=lambda p: p["instruction"])

    def messages(self, question: str, history: list[str], passages: list[dict]) -> list[Any]:
        from langchain_core.messages import HumanMessage, SystemMessage

        user = self.user_prompt.format(
            history="\n".join(f"- {h}" for h in history) or "(không có)",
            passages=format_passages(passages),
            question=question,
        )
        return [SystemMessage(content=self.system_prompt), HumanMessage(content=user)]

    def _finish(self, question: str, text: str, passages: list[dict], grounded: Answer) -> Answer:
        text = text.strip()
        used = [int(n) for n in _MARKER.findall(text)]
        valid = [n for n in used if 1 <= n <= len(passages)]
        if text == NO_ANSWER:
            return grounded if grounded.abstained else Answer(
                question=question, answer=text, abstained=True, retrieved=grounded.retrieved
            )
        if not valid or len(valid) != len(used):
            reason = "trích dẫn số đoạn không tồn tại" if used else "không có trích dẫn hợp lệ"
            return self._fallback(grounded, reason)
        citations = []
        for n in sorted(set(valid)):
            p = passages[n - 1]
            citations.append(Citation(n=n, source=p["source"], doc_id=p["doc_id"], title=p["title"],
                                      number=p["number"], section=p["section"], quote=p["text"], label=p["label"]))
        return Answer(question=question, answer=text, abstained=False, citations=citations,
                      retrieved=grounded.retrieved)

    @staticmethod
    def _fallback(grounded: Answer, reason: str) -> Answer:
        grounded.notice = f"Mô hình ngôn ngữ không dùng được ({reason}); đây là câu trả lời trích dẫn trực tiếp."
        grounded.answer = f"({grounded.notice})\n{grounded.answer}"
        return grounded

    def ask(self, question: str, history: list[str] | None = None, *, locality: str | None = None,
            doc_id: str | None = None) -> Answer:
        history = list(history or [])
        grounded = self.grounded.ask(question, history, locality=locality, doc_id=doc_id)
        if grounded.abstained:
            return grounded  # never let a model fill a gap the documents leave
        passages = self._passages(grounded)
        try:
            reply = self.model.invoke(self.messages(question, history, passages))
        except Exception as exc:  # unreachable server, timeout, bad model name...
            log.warning("LLM call failed: %s", exc)
            return self._fallback(grounded, f"{type(exc).__name__}")
        answer = self._finish(question, str(reply.content), passages, grounded)
        answer.latency_ms = grounded.latency_ms
        return answer

    def stream(self, question: str, history: list[str] | None = None, *, locality: str | None = None,
               doc_id: str | None = None) -> Iterator[str | Answer]:
        """Yield text pieces as the model writes them, then the final (validated) Answer."""
        history = list(history or [])
        grounded = self.grounded.ask(question, history, locality=locality, doc_id=doc_id)
        if grounded.abstained:
            yield grounded.answer
            yield grounded
            return
        passages = self._passages(grounded)
        parts: list[str] = []
        try:
            for chunk in self.model.stream(self.messages(question, history, passages)):
                piece = chunk.text  # a string even where a provider sends a list of content blocks
                if piece:
                    parts.append(piece)
                    yield piece
        except Exception as exc:  # before or after some tokens: the grounded answer replaces them
            log.warning("LLM stream failed: %s", exc)
            yield self._fallback(grounded, type(exc).__name__)
            return
        answer = self._finish(question, "".join(parts), passages, grounded)
        answer.latency_ms = grounded.latency_ms
        yield answer


def open_assistant(settings) -> Assistant | LlmAssistant:
    """The product's assistant: grounded by default, LLM-phrased when XHHT_LLM is set."""
    grounded = Assistant.open(settings)
    if not settings.llm:
        return grounded
    return LlmAssistant(grounded, build_chat_model(settings.llm))
