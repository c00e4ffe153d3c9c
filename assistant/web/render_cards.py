"""HTML for the training and meeting tabs: summary cards, briefs, comparisons, lookup results, quiz feedback.

Every line shown carries its clause: a <details> whose summary is the line and whose body is the clause in its
chunk, the quoted words marked. All document and user text passes through `esc` (or arrives escaped from the
lookup index, which marks matches itself).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from index.sections import Chunk

from ..meeting.brief import Brief
from ..meeting.compare import Comparison
from ..meeting.lookup import LookupResult
from ..study.profile import Cited
from ..study.summary import SummaryCard, TargetTable
from .render import esc, find_context, highlight

ChunksOf = Callable[[str], Sequence[Chunk]]


def clause_body(chunks: Sequence[Chunk], section: str, quote: str) -> str:
    context = find_context(chunks, section, quote)
    body = highlight(context, quote) if context else f"<mark>{esc(quote)}</mark>"
    return f"<div class='xhht-section'>Mục: {esc(section)}</div><div class='xhht-clause'>{body}</div>"


def cited_line(text: str, n: int, section: str, quote: str, chunks: Sequence[Chunk], *, inner_html: bool = False) -> str:
    """One line that opens its clause; *n* is the citation number shown after it."""
    shown = text if inner_html else esc(text)
    return (f"<details class='xhht-line'><summary>{shown} <span class='xhht-n'>[{n}]</span></summary>"
            f"{clause_body(chunks, section, quote)}</details>")


def card_html(card: SummaryCard, chunks_of: ChunksOf) -> str:
    """A summary card as one screen: headline, then each section's cited lines (targets as a table)."""
    numbers: dict[tuple[str, str, str], int] = {}

    def number(cite: Cited) -> int:
        return numbers.setdefault((cite.doc_id, cite.section, cite.quote), len(numbers) + 1)

    def line(text: str, cite: Cited) -> str:
        return cited_line(text, number(cite), cite.section, cite.quote, chunks_of(cite.doc_id))

    doc = card.doc
    draft = " <span class='xhht-draft'>Dự thảo</span>" if card.draft else ""
    parts = [f"<div class='xhht-card-head'><b>{esc(card.headline)}</b>{draft}"
             f"<div class='xhht-title'>{esc(doc.title)}</div></div>"]
    for section in card.sections:
        parts.append(f"<section class='xhht-card-section' data-key='{esc(section.key)}'><h4>{esc(section.title)}</h4>")
        if section.empty:
            parts.append(f"<div class='xhht-muted'>{esc(section.empty_note)}</div>")
        elif section.table is not None:
            parts.append(_target_table(section.table, line))
        else:
            parts.extend(line(item.text, item.cite) for item in section.lines)
        parts.append("</section>")
    return "<div class='xhht-card'>" + "".join(parts) + "</div>"


def _target_table(table: TargetTable, line: Callable[[str, Cited], str]) -> str:
    head = "".join(f"<th>{esc(f'năm {y}' if y else 'không rõ năm')}</th>" for y in table.years)
    rows = []
    for indicator, cells in table.rows:
        tds = [f"<td>{line(cell.text, cell.cite)}</td>" if cell else "<td class='xhht-muted'>—</td>" for cell in cells]
        rows.append(f"<tr><th scope='row'>{esc(indicator)}</th>{''.join(tds)}</tr>")
    return (f"<div class='xhht-scroll'><table class='xhht-grid'><thead><tr><th>Chỉ tiêu</th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></div>")


def brief_html(brief: Brief, chunks_of: ChunksOf) -> str:
    """A meeting brief with every line opening its clause(s)."""
    numbers: dict[object, int] = {}
    parts = [f"<div class='xhht-card-head'><b>{esc(brief.title)}</b>"
             f"<div class='xhht-muted'>Tính đến ngày {brief.today:%d/%m/%Y}; ba tháng tới: đến "
             f"{brief.until:%d/%m/%Y}.</div></div>"]
    for section in brief.sections:
        parts.append(f"<section class='xhht-card-section' data-key='{esc(section.key)}'><h4>{esc(section.title)}</h4>")
        if not section.lines:
            parts.append(f"<div class='xhht-muted'>{esc(section.empty)}</div>")
        for line in section.lines:
            text = brief.line_text(line)
            if not line.citations:
                parts.append(f"<div class='xhht-line'>{esc(text)}</div>")
                continue
            marks = "".join(f"<span class='xhht-n'>[{numbers.setdefault(c, len(numbers) + 1)}]</span>"
                            for c in line.citations)
            bodies = "".join(clause_body(chunks_of(c.doc_id), c.section, c.quote) for c in line.citations)
            parts.append(f"<details class='xhht-line'><summary>{esc(text)} {marks}</summary>{bodies}</details>")
        parts.append("</section>")
    return "<div class='xhht-card xhht-brief'>" + "".join(parts) + "</div>"


def lookup_html(results: Sequence[LookupResult], query: str) -> str:
    """Search-as-you-type results: document, section and clause with the typed words marked; each opens."""
    if not query.strip():
        return "<div class='xhht-muted'>Gõ vài chữ (có dấu hoặc không dấu): kết quả hiện ngay khi gõ. " \
               "Phím ↓ để chọn kết quả, Enter để mở điều khoản, Esc để quay lại ô tìm.</div>"
    if not results:
        return f"<div class='xhht-muted'>Không tìm thấy điều khoản nào khớp “{esc(query)}”.</div>"
    items = []
    for r in results:
        tags = "".join(f"<span class='xhht-tag'>{esc(t)}</span>" for t in r.facts)
        items.append(
            "<li><details class='xhht-hit'>"
            f"<summary><div class='xhht-hit-doc'>{r.document_html}</div>"
            f"<div class='xhht-section'>{r.section_html}</div>"
            f"<div class='xhht-clause'>{r.snippet_html}</div>{tags}</summary>"
            f"<div class='xhht-clause xhht-full'>{r.html}</div>"
            f"<div class='xhht-muted'>Tệp: {esc(r.source)}</div></details></li>"
        )
    return f"<ol class='xhht-hits' aria-label='Kết quả tra cứu'>{''.join(items)}</ol>"


def comparison_sources(comparison: Comparison, chunks_of: ChunksOf) -> str:
    """The numbered citations of a comparison table, each opening its clause."""
    refs = comparison.references()
    if not refs:
        return ""
    names = {d.doc_id: f"{d.kind} {d.number_display}" for col in comparison.columns for d in col.documents}
    lines = [cited_line(f"{names.get(c.doc_id, c.doc_id)} — {c.section}", n, c.section, c.quote, chunks_of(c.doc_id))
             for c, n in refs.items()]
    return (f"<details class='xhht-card'><summary><b>Nguồn của từng ô ({len(lines)} điều khoản)</b> — bấm để xem"
            f"</summary>{''.join(lines)}</details>")
