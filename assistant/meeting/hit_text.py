"""What a lookup hit shows: short tags of the facts its clause states ("Hạn báo cáo: trước ngày 15/12 (hằng năm)",
"Chỉ tiêu 2025: 70% …"), and the clause cut around its densest run of matches, the matched words marked."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from index.facts import Milestone, ReportingFact, Target

_SNIPPET_CHARS = 240
_TAG_CHARS = 90


def _short(text: str, limit: int = _TAG_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def fact_tags(reporting: Iterable[ReportingFact], targets: Iterable[Target],
              milestones: Iterable[Milestone]) -> dict[tuple[str, str, str], list[str]]:
    """Short Vietnamese tags of the facts, keyed by (doc_id, section, quote)."""
    tags: dict[tuple[str, str, str], list[str]] = {}

    def add(fact: ReportingFact | Target | Milestone, tag: str) -> None:
        found = tags.setdefault((fact.doc_id, fact.section, fact.quote), [])
        if tag and tag not in found:
            found.append(tag)

    for r in reporting:
        if r.deadline_text:
            extra = f" ({r.recurrence})" if r.recurrence and r.recurrence not in r.deadline_text else ""
            add(r, f"Hạn báo cáo: {r.deadline_text}{extra}")
        elif r.recipients:
            add(r, _short(f"Báo cáo gửi {', '.join(r.recipients)}"))
    for t in targets:
        year = f" {t.year}" if t.year else ""
        add(t, _short(f"Chỉ tiêu{year}: {t.value} {t.indicator}"))
    for m in milestones:
        if m.kind == "báo cáo":
            continue  # the reporting fact of the same clause says it better
        if m.kind == "giai đoạn":
            add(m, f"{m.label} ({m.when})")
        elif m.when:
            add(m, f"{m.kind.capitalize()}: {m.when}")
    return tags


def marked(text: str, spans: Sequence[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
    """*text* from *start* to *end*, HTML-escaped, with each span inside wrapped in <mark>."""
    end = len(text) if end is None else end
    out: list[str] = []
    at = start
    for a, b in spans:
        if b <= start or a >= end:
            continue
        a, b = max(a, start), min(b, end)
        out.append(html.escape(text[at:a]))
        out.append(f"<mark>{html.escape(text[a:b])}</mark>")
        at = b
    out.append(html.escape(text[at:end]))
    return "".join(out)


def snippet(text: str, spans: Sequence[tuple[int, int]], width: int = _SNIPPET_CHARS) -> str:
    """The clause around its densest run of matches, cut at spaces, "…" where cut."""
    if len(text) <= width:
        return marked(text, spans)
    best_start, best_count = 0, -1
    for a, _ in spans:
        count = sum(1 for s, e in spans if a <= s and e <= a + width * 2 // 3)
        if count > best_count:
            best_start, best_count = a, count
    start = max(0, best_start - width // 4)
    if start:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space > 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    body = marked(text, spans, start, end)
    return ("…" if start else "") + body + ("…" if end < len(text) else "")
