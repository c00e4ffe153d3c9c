"""What each document of one library generation names anywhere: recognition titles, agencies, places.

Read once per document and kept, so a question can ask "does this plan name Hội Cựu chiến binh at all?"
without reading the plan again.
"""

from __future__ import annotations

import re
import threading

from index.store import Library
from index.textnorm import fold_ascii
from index.vocabulary.terms import agencies_in, titles_in

from .understand import content_terms

# the kinds of a commune or district, as a clause names one before its name
UNIT_WORDS = r"(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho)\s+"
# the block listing who gets a copy of a document
_COPIES_TO = re.compile(r"\s*nơi nhận\b", re.I)


class Namings:
    def __init__(self, library: Library) -> None:
        self.library = library
        self._lock = threading.Lock()
        self._titles: dict[str, frozenset[str]] = {}
        self._agencies: dict[str, frozenset[str]] = {}
        self._words: dict[str, frozenset[str]] = {}
        self._folded: dict[str, str] | None = None
        self._folded_full: dict[str, str] = {}

    def titles_of(self, doc_id: str) -> frozenset[str]:
        """The recognition titles ("Gia đình học tập", …) a document names anywhere, its title included."""
        return self._cached(self._titles, doc_id, lambda doc, text: titles_in(f"{doc.title or ''} {text}"))

    def agencies_of(self, doc_id: str) -> frozenset[str]:
        """The agencies a document names anywhere (its headings too), its issuer included; not those it only sends
        a copy to ("Nơi nhận: … Sở Nội vụ"), which it gives nothing to do."""
        return self._cached(self._agencies, doc_id, lambda doc, text: agencies_in(f"{doc.issuer or ''} {text}"),
                            with_sections=True, skip=_COPIES_TO)

    def words_of(self, doc_id: str) -> frozenset[str]:
        """The content words (folded) a document uses anywhere, its headings too."""
        return self._cached(self._words, doc_id, lambda doc, text: content_terms(f"{doc.title or ''} {text}"),
                            with_sections=True)

    def folded_text(self, doc_id: str) -> str:
        """The document's headings and clauses, folded to ASCII, read once and kept."""
        with self._lock:
            found = self._folded_full.get(doc_id)
        if found is None:
            found = fold_ascii(" ".join(f"{c.section} {c.text}" for c in self.library.chunks_of(doc_id)))
            with self._lock:
                self._folded_full[doc_id] = found
        return found

    def mentioning(self, name: str, provinces: tuple[str, ...] = (), as_unit: bool = False) -> list[str]:
        """Documents whose clauses name the place *name* (folded), of one of *provinces* when given; *as_unit*:
        only where the name follows the kind of a commune or district ("thị trấn Đồng Lâm", "xã Kim Sơn")."""
        with self._lock:
            if self._folded is None:
                self._folded = {d.doc_id: fold_ascii(" ".join(c.text for c in self.library.chunks_of(d.doc_id)))
                                for d in self.library.documents}
        pattern = re.compile(rf"\b{UNIT_WORDS}{re.escape(name)}\b" if as_unit else rf"\b{re.escape(name)}\b")
        docs = self.library.documents_by_id
        return [d for d, text in self._folded.items() if pattern.search(text)
                and (not provinces or fold_ascii(docs[d].province or docs[d].locality) in provinces)]

    def _cached(self, cache: dict[str, frozenset[str]], doc_id: str, find, with_sections: bool = False,
                skip: re.Pattern[str] | None = None) -> frozenset[str]:
        with self._lock:
            found = cache.get(doc_id)
        if found is None:
            doc = self.library.documents_by_id[doc_id]
            chunks = [c for c in self.library.chunks_of(doc_id) if not (skip and skip.match(c.section))]
            text = " ".join(f"{c.section} {c.text}" if with_sections else c.text for c in chunks)
            found = frozenset(find(doc, text))
            with self._lock:
                cache[doc_id] = found
        return found
