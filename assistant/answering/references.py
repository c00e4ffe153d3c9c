"""Documents a plan mentions without their number ("Căn cứ hướng dẫn của Sở Giáo dục và Đào tạo về …"), or
does not mention at all.

"Hướng dẫn của Sở mà Kế hoạch 47 căn cứ có số hiệu là gì?" is then not answered from the bases that do have
numbers: the plan names that document, but not its number — or names no document of that Sở.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.textnorm import fold_ascii, written_out
from index.vocabulary.terms import agencies_in

from .understand import Query

KINDS = {"huong dan": "hướng dẫn", "ke hoach": "kế hoạch", "cong van": "công văn", "quyet dinh": "quyết định",
          "nghi quyet": "nghị quyết", "chi thi": "chỉ thị", "thong bao": "thông báo", "de an": "đề án",
          "chuong trinh": "chương trình"}
SHORT_KINDS = {"hd": "huong dan", "kh": "ke hoach", "cv": "cong van", "qd": "quyet dinh", "nq": "nghi quyet",
               "ctr": "chuong trinh"}
_KIND = "|".join(KINDS)
_ANY = ("van ban", "vb")
# "… có số hiệu là gì", "số mấy", "số bao nhiêu", "có số và ngày ban hành là gì"
_ASKS_NUMBER = re.compile(r"\bso (?:hieu|ky hieu|may|bao nhieu|nao|la gi)\b|\bso(?:\s+va|\s*,)\s+ngay\b|\bso\s*\??$")
# "hướng dẫn nhiệm vụ … của Sở GD&ĐT mà …", "căn cứ văn bản số mấy của Sở GD&ĐT": the kind (any, for "văn bản"), not
# followed by a number, and whose it is
_ASKED = re.compile(rf"\b({_KIND}|{'|'.join(SHORT_KINDS)}|{'|'.join(_ANY)})\b(?!\s*(?:so\s*)?\d)[^?]{{0,80}}?\b(?:cua|do)\s+"
                    r"([^?]{3,60})")
# a document a clause names: a kind, or a number ("1315/QĐ-TTg")
_A_DOCUMENT = re.compile(rf"\b(?:{_KIND}|van ban)\b|\d+\s*/\s*[a-z]")
# what a mention ends at: the issuer is named in the words after "của"
_ISSUER_SPAN = 60
# an owner that is no agency of the vocabulary ("Ban Chấp hành Đảng bộ huyện") is matched on its first words
_OWNER_WORDS = 4
_OWNER_END = re.compile(r"\b(?:ve|ma|de|nam|theo|tai|o|co|la|so|duoc|thi|trong)\b")


@dataclass(frozen=True)
class _Asked:
    kind: str  # the kind's folded name; "" for any document
    issuers: frozenset[str]
    owner: str  # the owner's first words when it is no known agency

    def owns(self, after: str) -> bool:
        """Whether the words after a "của" name the owner asked."""
        if self.issuers:
            return bool(self.issuers & set(agencies_in(after[:_ISSUER_SPAN])))
        return after.startswith(self.owner)

    @property
    def label(self) -> str:
        kind = KINDS.get(self.kind, "văn bản")
        return f"{kind} của {sorted(self.issuers)[0]}" if self.issuers else f"{kind} này"


def _asked(q: Query) -> _Asked | None:
    if not _ASKS_NUMBER.search(q.bare):
        return None
    m = _ASKED.search(q.bare)
    if not m:
        return None
    kind = "" if m.group(1) in _ANY else SHORT_KINDS.get(m.group(1), m.group(1))
    issuers = frozenset(agencies_in(m.group(2)))
    owner = " ".join(written_out(_OWNER_END.split(m.group(2))[0]).split()[:_OWNER_WORDS])  # "hđnd xã" as written
    if not issuers and len(owner.split()) < 2:
        return None
    return _Asked(kind, issuers, owner)


def unnumbered_reference(q: Query, text: str) -> str:
    """The document the question asks the number of ("hướng dẫn của Sở Giáo dục và Đào tạo") when *text* (the
    citing document) names it only without a number; '' when it is numbered there, or not named at all."""
    asked = _asked(q)
    if asked is None:
        return ""
    folded = fold_ascii(text)
    unnumbered = numbered = False
    kind = asked.kind
    for m in re.finditer(rf"\b(?P<kind>{asked.kind or _KIND})\b(?P<between>[^.;]{{0,100}}?)\bcua\s+", folded):
        if not asked.owns(folded[m.end():]):
            continue
        if re.search(r"\bso\s*\d|\d+\s*/", m.group("between")):
            numbered = True
        elif not m.group("between").strip():
            unnumbered = True
            kind = m.group("kind")
    return _Asked(kind, asked.issuers, asked.owner).label if unnumbered and not numbered else ""


def unmentioned_reference(q: Query, text: str, own_issuer: str = "") -> str:
    """The document the question asks the number of ("kế hoạch … của UBND tỉnh", "văn bản … của Sở GD&ĐT") when
    *text* (the citing document) names no document of that kind and issuer at all; '' when it does, or when the
    question asks no such number. The citing document's own issuer ("KH của UBND huyện căn cứ …") is not asked."""
    asked = _asked(q)
    if asked is None or not asked.issuers or asked.issuers & set(agencies_in(fold_ascii(own_issuer))):
        return ""
    names = re.compile(rf"\b{asked.kind}\b") if asked.kind else _A_DOCUMENT
    for clause in re.split(r"[.;\n]", fold_ascii(text)):
        if names.search(clause) and asked.issuers & set(agencies_in(clause)):
            return ""
    return f"{KINDS.get(asked.kind, 'văn bản')} nào của {sorted(asked.issuers)[0]}"
