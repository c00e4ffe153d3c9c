"""Pure HTML/Markdown rendering; every piece of document or user text passes through `esc` or `md_text`."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from index.documents import DocumentMeta
from index.sections import Chunk

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$])")
_MARKER = re.compile(r"\\\[(\d{1,3})\\\]")
_WORD = re.compile(r"\w+")


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def md_text(text: str) -> str:
    """Text shown literally inside Markdown: HTML escaped, Markdown punctuation backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", esc(text))


def answer_markdown(answer: str, turn: int) -> str:
    """The answer as Markdown: text escaped, bullets kept, markers [n] linked to their citation cards."""
    lines = []
    for line in answer.splitlines():
        bullet = line.startswith("- ")
        body = md_text(line[2:] if bullet else line)
        body = _MARKER.sub(lambda m: f"[\\[{m.group(1)}\\]](#{cite_id(turn, int(m.group(1)))})", body)
        lines.append(("- " if bullet else "") + body)
    return "\n".join(lines)


def cite_id(turn: int, n: int) -> str:
    return f"xhht-cite-{turn}-{n}"


def _quote_pattern(quote: str) -> re.Pattern[str] | None:
    words = _WORD.findall(quote)
    if not words:
        return None
    return re.compile(r"\W*".join(re.escape(w) for w in words), re.IGNORECASE)


def find_context(chunks: Iterable[Chunk], section: str, quote: str) -> str | None:
    """The chunk text around a quote: same section first, then anywhere in the document."""
    pattern = _quote_pattern(quote)
    if pattern is None:
        return None
    chunks = list(chunks)
    for same_section in (True, False):
        for chunk in chunks:
            if (chunk.section == section) == same_section and pattern.search(chunk.text):
                return chunk.text
    return None


def highlight(context: str, quote: str) -> str:
    """Escaped context with the quote wrapped in <mark>; the quote alone when it is not found."""
    pattern = _quote_pattern(quote)
    match = pattern.search(context) if pattern else None
    if match is None:
        return f"<mark>{esc(quote)}</mark><br><span class='xhht-muted'>{_paragraphs(context)}</span>"
    before, found, after = context[: match.start()], match.group(0), context[match.end() :]
    return f"{_paragraphs(before)}<mark>{_paragraphs(found)}</mark>{_paragraphs(after)}"


def _paragraphs(text: str) -> str:
    return esc(text).replace("\n", "<br>")


def doc_line(doc: DocumentMeta | None, fallback: str = "") -> str:
    if doc is None:
        return esc(fallback)
    date = doc.date or "chưa rõ ngày"
    return f"<b>{esc(doc.kind)} {esc(doc.number_display)}</b> · {esc(doc.issuer)} · {esc(date)}"


def citation_card(citation: Mapping[str, Any], turn: int, doc: DocumentMeta | None, context: str | None) -> str:
    n = int(citation.get("n", 0))
    quote = str(citation.get("quote", ""))
    body = highlight(context, quote) if context else f"<mark>{esc(quote)}</mark>"
    title = f"<div class='xhht-title'>{esc(doc.title)}</div>" if doc and doc.title else ""
    return (
        f"<details class='xhht-cite' id='{cite_id(turn, n)}'>"
        f"<summary><span class='xhht-n'>[{n}]</span> {doc_line(doc, str(citation.get('label') or citation.get('number', '')))}"
        f"<div class='xhht-section'>Mục: {esc(citation.get('section', ''))}</div></summary>"
        f"{title}<div class='xhht-clause'>{body}</div>"
        f"<div class='xhht-muted'>Tệp: {esc(citation.get('source', ''))}</div></details>"
    )


def sources_panel(turns: Sequence[Mapping[str, Any]], cards: Sequence[Sequence[str]]) -> str:
    """All turns' citation cards, newest first, each closed until its marker or summary is clicked."""
    if not turns:
        return "<div class='xhht-muted'>Nguồn trích dẫn của câu trả lời sẽ hiện ở đây. Bấm vào [1], [2]… để mở điều khoản.</div>"
    blocks = []
    for i in range(len(turns) - 1, -1, -1):
        turn = turns[i]
        items = "".join(cards[i]) or "<div class='xhht-muted'>Câu trả lời này không có trích dẫn.</div>"
        heading = f"<div class='xhht-q'>Câu hỏi {i + 1}: {esc(turn.get('question', ''))}</div>"
        blocks.append(f"<div class='xhht-turn'>{heading}{items}</div>")
    return "<div class='xhht-sources'>" + "".join(blocks) + "</div>"


def copy_text(answer: str, citations: Sequence[Mapping[str, Any]]) -> str:
    """Plain text for pasting into a report: the answer, then one line per source."""
    lines = [answer.strip()]
    if citations:
        lines += ["", "Nguồn:"]
        for c in citations:
            label = c.get("label") or f"{c.get('number', '')} ({c.get('source', '')})"
            lines.append(f"[{c.get('n')}] {label} — mục {c.get('section', '')}: “{c.get('quote', '')}”")
    return "\n".join(lines)


def document_rows(documents: Sequence[DocumentMeta], chunk_counts: Mapping[str, int]) -> list[list[object]]:
    return [
        [d.kind, d.number_display, d.issuer, d.level or "?", d.locality or "?", d.date or "chưa rõ",
         chunk_counts.get(d.doc_id, 0), d.title]
        for d in documents
    ]


DOCUMENT_HEADERS = ["Loại", "Số hiệu", "Cơ quan ban hành", "Cấp", "Địa phương", "Ngày", "Số đoạn", "Trích yếu"]


def document_text(doc: DocumentMeta, chunks: Sequence[Chunk]) -> str:
    """A document's cleaned text grouped by section path (overlapping chunk paragraphs shown once)."""
    sections: dict[str, list[str]] = {}
    for chunk in sorted(chunks, key=lambda c: c.ordinal):
        paras = sections.setdefault(chunk.section, [])
        for para in chunk.text.split("\n"):
            if para.strip() and para not in paras[-3:]:
                paras.append(para)
    parts = [
        f"<div class='xhht-doc-head'>{doc_line(doc)}<div class='xhht-title'>{esc(doc.title)}</div>"
        f"<div class='xhht-muted'>Tệp: {esc(doc.source)}</div></div>"
    ]
    for section, paras in sections.items():
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        parts.append(f"<section class='xhht-doc-section'><h4>{esc(section)}</h4>{body}</section>")
    return "<div class='xhht-doc'>" + "".join(parts) + "</div>"
