"""The signature block of a document: who signed, in what role, on whose behalf.

"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A" — also when a PDF
interleaves it with the recipients column.
"""

from __future__ import annotations

import re

from .clean import is_upper_line

SIGNATURE_START = re.compile(r"^(Nơi nhận|TM\.|T\.M\.|KT\.|K\.T\.|Q\.|TL\.|TUQ\.)", re.I)
_PERSON = re.compile(r"^[\w]+(?:\s+[A-ZĐ][\w]*){1,4}$")
_TRAILING_PERSON = re.compile(r"[.;]\s+((?:[A-ZĐ][^\W\d_]*\s+){1,4}[A-ZĐ][^\W\d_]*)$")


def office_case(title: str) -> str:
    """'KT. CHỦ TỊCH' -> 'KT. Chủ tịch', 'PHÓ CHỦ TỊCH' -> 'Phó Chủ tịch'."""
    out = title.lower()
    out = re.sub(r"^(kt|tm|tl|q)\.\s*", lambda m: m.group(1).upper() + ". ", out)
    out = re.sub(r"chủ tịch", "Chủ tịch", out)
    return out[:1].upper() + out[1:]


def find_signer(lines: list[str]) -> tuple[str, str]:
    titles: list[str] = []
    for line in reversed(lines):
        candidate = line.strip(" *")
        words = candidate.split()
        capitalised = sum(1 for w in words if w[:1].isupper())
        if (
            2 <= len(words) <= 5
            and capitalised >= len(words) - 1
            and not is_upper_line(candidate)
            and _PERSON.match(candidate)
            and not re.search(r"\d", candidate)
        ):
            for prev in reversed(lines[: lines.index(line)]):
                if is_upper_line(prev):
                    titles.append(prev)
                    break
            title = titles[0] if titles else ""
            title = re.sub(r"^.*?(KT\.\s*|TM\.\s*)", r"\1", title) if title else ""
            return candidate, office_case(title) if title else ""
        trailing = _TRAILING_PERSON.search(candidate) if candidate.startswith(("-", "+")) else None
        if trailing:  # "- Lưu: VT, VHXH. Trần Thị Mỹ Linh": the signer's column read into the last recipient
            return trailing.group(1), ""
        if SIGNATURE_START.match(line) and not line.lower().startswith("nơi nhận"):
            break  # an authority line ("TM. BAN THƯỜNG VỤ") sits above the name; "Nơi nhận" may follow the name
    return "", ""


_ROLE = (r"(?:(?:PHÓ CHỦ TỊCH|CHỦ TỊCH|PHÓ GIÁM ĐỐC|GIÁM ĐỐC|PHÓ TRƯỞNG BAN|TRƯỞNG BAN|PHÓ TRƯỞNG PHÒNG|TRƯỞNG PHÒNG|"
         r"CHÁNH VĂN PHÒNG|HIỆU TRƯỞNG|BÍ THƯ)(?: THƯỜNG TRỰC)?)")
_AUTHORITY = re.compile(rf"\b(TM|T\.M|KT|K\.T|TL|TUQ|Q)\.\s*([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]*?)(?=\s*(?:\b(?:TM|KT|TL|TUQ|Q)\.|{_ROLE}\s*$|[-;(]|$))")
_ROLE_ALONE = re.compile(rf"(?<![A-ZĐÀ-Ỹ.] )(?<!\.)\b({_ROLE})\b(?!\s+[A-ZĐÀ-Ỹ]{{2,}})")


def signing_chain(lines: list[str]) -> tuple[str, str]:
    """('TM. Ủy ban nhân dân, KT. Chủ tịch', 'Phó Chủ tịch') from a signature block, even one interleaved
    with the recipients column of a PDF."""
    chain: list[str] = []
    role = ""
    joined: list[str] = []
    for line in lines:  # "TM.ỦY" / "BAN NHÂN DÂN" on two lines is one authority
        if joined and is_upper_line(line) and is_upper_line(joined[-1]) and not _AUTHORITY.match(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    for line in joined:
        for m in _AUTHORITY.finditer(line):
            what = office_case(f"{m.group(1).replace('.', '')}. {m.group(2).strip()}")
            what = re.sub(r"^(\w+\. )(\w)", lambda x: x.group(1) + x.group(2).upper(), what)
            if what not in chain:
                chain.append(what)
        rest = _AUTHORITY.sub(" ", line)  # noqa: B020
        for m in _ROLE_ALONE.finditer(rest):
            role = office_case(m.group(1))
    return ", ".join(chain), role
