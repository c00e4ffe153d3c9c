"""The document profile's data: one document's slots, each item carrying the clause it was read from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.documents import DocumentMeta
from index.facts import ReportingFact
from index.textnorm import collapse_spaces, fold


@dataclass(frozen=True)
class Cited:
    """A line to show and the clause it stands on."""

    text: str
    doc_id: str
    section: str
    quote: str
    source: str = ""


@dataclass(frozen=True)
class Phase:
    name: str  # "Giai đoạn 1"
    start: int
    end: int
    cite: Cited


@dataclass(frozen=True)
class TargetCell:
    indicator: str
    year: int | None
    value: str  # "75%", "14/19", "280 dòng họ"
    cite: Cited


@dataclass(frozen=True, eq=False)
class ReportingLine:
    fact: ReportingFact
    cite: Cited


@dataclass(frozen=True)
class Duty:
    agency: str
    line: str  # the duty clause, without the agency's name when the clause opens with it
    roles: tuple[str, ...]
    cite: Cited


@dataclass(frozen=True)
class MilestoneItem:
    kind: str  # "sơ kết" | "tổng kết"
    year: int | None
    when: str  # "năm 2025", "quý III năm 2025"
    cite: Cited


@dataclass
class DocumentProfile:
    doc: DocumentMeta
    draft: bool
    header: list[Cited] = field(default_factory=list)
    purpose: list[Cited] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    targets: list[TargetCell] = field(default_factory=list)
    reporting: list[ReportingLine] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    coordinators: list[Cited] = field(default_factory=list)  # text: the agency that chủ trì / is thường trực
    milestones: list[MilestoneItem] = field(default_factory=list)
    funding: list[Cited] = field(default_factory=list)
    awards: list[Cited] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.doc.doc_id

    def target_years(self) -> list[int | None]:
        years = {t.year for t in self.targets}
        return sorted(y for y in years if y is not None) + ([None] if None in years else [])

    def target_indicators(self) -> list[str]:
        """One name per indicator, as first worded; wordings that differ only by "đạt"/"được" are one row."""
        rows: dict[str, str] = {}
        for t in self.targets:
            rows.setdefault(indicator_key(t.indicator), t.indicator)
        return list(rows.values())

    def target(self, indicator: str, year: int | None) -> TargetCell | None:
        key = indicator_key(indicator)
        return next((t for t in self.targets if indicator_key(t.indicator) == key and t.year == year), None)

    def citations(self) -> list[Cited]:
        """Every citation of the profile, in card order."""
        out: list[Cited] = [*self.header, *self.purpose]
        out += [p.cite for p in self.phases]
        out += [t.cite for t in self.targets]
        out += [r.cite for r in self.reporting]
        out += [d.cite for d in self.duties]
        out += self.coordinators
        out += [m.cite for m in self.milestones]
        out += [*self.funding, *self.awards]
        return out


def indicator_key(indicator: str) -> str:
    return collapse_spaces(re.sub(r"\b(?:đạt|được)\b|[^\w\s]", " ", fold(indicator)))
