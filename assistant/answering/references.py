"""Documents a plan mentions without their number: "Căn cứ hướng dẫn của Sở Giáo dục và Đào tạo về …".

"Hướng dẫn của Sở mà Kế hoạch 47 căn cứ có số hiệu là gì?" is then not answered from the bases that do have
numbers: the plan names that document, but not its number.
"""

from __future__ import annotations

import re

from index.textnorm import fold_ascii
from index.vocabulary.terms import agencies_in

from .understand import Query

_KINDS = {"huong dan": "hướng dẫn", "ke hoach": "kế hoạch", "cong van": "công văn", "quyet dinh": "quyết định",
          "nghi quyet": "nghị quyết", "chi thi": "chỉ thị", "thong bao": "thông báo", "de an": "đề án",
          "chuong trinh": "chương trình"}
_KIND = "|".join(_KINDS)
# "… có số hiệu là gì", "số mấy", "số bao nhiêu"
_ASKS_NUMBER = re.compile(r"\bso (?:hieu|ky hieu|may|bao nhieu|nao|la gi)\b|\bso\s*\??$")
# "hướng dẫn nhiệm vụ … của Sở GD&ĐT mà …": the kind, not followed by a number, and whose it is
_ASKED = re.compile(rf"\b({_KIND})\b(?!\s*(?:so\s*)?\d)[^?]{{0,80}}?\bcua\s+([^?]{{3,60}})")
# what a mention ends at: the issuer is named in the words after "của"
_ISSUER_SPAN = 60


def unnumbered_reference(q: Query, text: str) -> str:
    """The document the question asks the number of ("hướng dẫn của Sở Giáo dục và Đào tạo") when *text* (the
    citing document) names it only without a number; '' when it is numbered there, or not named at all."""
    if not _ASKS_NUMBER.search(q.bare):
        return ""
    asked = _ASKED.search(q.bare)
    if not asked:
        return ""
    kind, issuers = asked.group(1), set(agencies_in(asked.group(2)))
    if not issuers:
        return ""
    folded = fold_ascii(text)
    unnumbered = numbered = False
    for m in re.finditer(rf"\b{kind}\b(?P<between>[^.;]{{0,100}}?)\bcua\s+", folded):
        if not issuers & set(agencies_in(folded[m.end() : m.end() + _ISSUER_SPAN])):
            continue
        if re.search(r"\bso\s*\d|\d+\s*/", m.group("between")):
            numbered = True
        elif not m.group("between").strip():
            unnumbered = True
    return f"{_KINDS[kind]} của {sorted(issuers)[0]}" if unnumbered and not numbered else ""
