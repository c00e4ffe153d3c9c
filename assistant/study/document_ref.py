"""The indexed document a user names: by doc_id, by number ("151/KH-UBND", "kế hoạch 151") or by a doc_id prefix."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from index.documents import DocumentMeta
from index.errors import XhhtError
from index.textnorm import fold_ascii

if TYPE_CHECKING:
    from index.store import Library


class DocumentNotFound(XhhtError):
    """No indexed document matches what the user named."""


class AmbiguousDocument(DocumentNotFound):
    """Several indexed documents match what the user named."""

    def __init__(self, message: str, candidates: Sequence[str]) -> None:
        super().__init__(message)
        self.candidates = list(candidates)


_KIND_PREFIX = re.compile(
    r"^(?:ke hoach|cong van|quyet dinh|thong bao|bao cao|huong dan|to trinh|chi thi|nghi quyet|chuong trinh|"
    r"kh|cv|qd|tb|bc|hd)\b\s*(?:so\b\s*)?|^so\b\s*"
)
_KIND_WORDS = {"Kế hoạch": "ke hoach|kh", "Công văn": "cong van|cv", "Quyết định": "quyet dinh|qd",
               "Thông báo": "thong bao|tb", "Báo cáo": "bao cao|bc", "Hướng dẫn": "huong dan|hd"}


def _ref_key(text: str) -> str:
    return re.sub(r"\s+", "", fold_ascii(text))


def find_document(library: Library, ref: str) -> DocumentMeta:
    """The document named by *ref*: a doc_id, a number ("151/KH-UBND", "151", "kế hoạch 151") or an
    unambiguous prefix of a doc_id. Raises DocumentNotFound / AmbiguousDocument."""
    docs = list(library.documents)
    raw = (ref or "").strip()
    if not docs or not raw:
        raise document_missing(raw, docs)
    by_id = {d.doc_id.lower(): d for d in docs}
    if raw.lower() in by_id:
        return by_id[raw.lower()]
    folded = fold_ascii(raw)
    key = _ref_key(_KIND_PREFIX.sub("", folded).strip() or raw)
    exact = [d for d in docs if d.number and _ref_key(d.number) == key]
    if not exact and key:
        exact = [
            d for d in docs if d.number
            and _ref_key(d.number).startswith(key)
            and ("/" in key or _ref_key(d.number)[len(key):][:1] == "/")
        ]
    kind = next((k for k, words in _KIND_WORDS.items() if re.match(rf"(?:{words})\b", folded)), None)
    if len(exact) > 1 and kind:  # "QĐ 45" names the decision, not plan 45
        exact = [d for d in exact if d.kind == kind] or exact
    if len(exact) == 1:
        return exact[0]
    prefix = [d for d in docs if d.doc_id.lower().startswith(raw.lower())]
    if len(prefix) == 1 and not exact:
        return prefix[0]
    candidates = exact or prefix
    if candidates:
        names = "; ".join(f"{d.doc_id} ({d.kind} {d.number_display})" for d in candidates[:8])
        raise AmbiguousDocument(
            f"Có {len(candidates)} văn bản khớp «{raw}»: {names}. Hãy ghi rõ mã văn bản.",
            [d.doc_id for d in candidates],
        )
    raise document_missing(raw, docs)


def document_missing(raw: str, docs: Sequence[DocumentMeta]) -> DocumentNotFound:
    """The error for a name that matches no document (or for an empty index), with an example to follow."""
    if not docs:
        return DocumentNotFound("Chưa có văn bản nào trong chỉ mục; hãy chạy «xhht index» trước.")
    example = next((d for d in docs if d.number), docs[0])
    sample = f"«{example.doc_id}»" + (f" hoặc «{example.number}»" if example.number else "")
    return DocumentNotFound(f"Không tìm thấy văn bản «{raw}». Hãy ghi mã văn bản hoặc số hiệu (ví dụ {sample}); "
                            "xem danh sách bằng lệnh «xhht docs».")
