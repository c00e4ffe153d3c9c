"""The signature block of a document: who signed, in what role, on whose behalf.

"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A" — also when a PDF
interleaves it with the recipients column.
"""

from __future__ import annotations

import re

from .clean import is_upper_line

# (minutes are signed by their secretary and their chair: "THƯ KÝ … CHỦ TRÌ")
SIGNATURE_START = re.compile(r"^(Nơi nhận|TM\.|T\.M\.|KT\.|K\.T\.|Q\.|TL\.|TUQ\.|(?:THƯ KÝ|CHỦ TRÌ|CHỦ TỌA)\s*$)", re.I)
_PERSON = re.compile(r"^[\w]+(?:\s+[A-ZĐ][\w]*){1,4}$")
_TRAILING_PERSON = re.compile(r"[.;]\s+((?:[A-ZĐ][^\W\d_]*\s+){1,4}[A-ZĐ][^\W\d_]*)$")


def office_case(title: str) -> str:
    """'KT. CHỦ TỊCH' -> 'KT. Chủ tịch', 'PHÓ CHỦ TỊCH' -> 'Phó Chủ tịch'."""
    out = title.lower()
    out = re.sub(r"^(kt|tm|tl|q)\.\s*", lambda m: m.group(1).upper() + ". ", out)
    out = re.sub(r"chủ tịch", "Chủ tịch", out).replace("hội khuyến học", "Hội Khuyến học")
    return out[:1].upper() + out[1:]


# "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)": the signature place of a blank form attached after the signature
_BLANK_SIGNATURE = re.compile(r"\(\s*Ký\b[^)]*\)|ghi rõ họ(?: và)? tên", re.I)


def find_signer(lines: list[str]) -> tuple[str, str]:
    titles: list[str] = []
    blank = False
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
        blank = blank or bool(_BLANK_SIGNATURE.search(line))
        if SIGNATURE_START.match(line) and not line.lower().startswith("nơi nhận"):
            if blank:  # a form's place to sign: the document's own block is further up
                blank = False
                continue
            break  # an authority line ("TM. BAN THƯỜNG VỤ") sits above the name; "Nơi nhận" may follow the name
    return "", ""


def _signing_line(line: str) -> bool:
    """A line of a signature block above its name: "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "(Đã ký)", "(Ký, đóng dấu)"."""
    line = line.strip(" *")
    return bool(SIGNATURE_START.match(line) and not line.lower().startswith("nơi nhận")) or is_upper_line(line) or (
        line.startswith("(") and line.endswith(")"))


def _person_line(line: str) -> bool:
    candidate = line.strip(" *")
    return bool(_PERSON.match(candidate)) and not is_upper_line(candidate) and 2 <= len(candidate.split()) <= 5


def signature_blocks(block: list[str], signer: str) -> tuple[int, list[str]]:
    """Where the signer's own block starts in *block* (the lines after the body, the signer's name among them), and
    the other signatures of a joint document right above it ("TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN / BÍ THƯ / (Đã ký) /
    Hồ Sỹ Tuấn" beside the association's block), each as "Bí thư Hồ Sỹ Tuấn (TM. Ban thường vụ huyện đoàn)"."""
    named_at = next((i for i, line in enumerate(block) if line.strip(" *") == signer), len(block) - 1)

    def start_of(end: int) -> int:  # the first line of the block whose name stands at *end*
        i = end
        while i > 0 and _signing_line(block[i - 1]):
            i -= 1
        return i

    own = start = start_of(named_at)
    others: list[str] = []
    while start > 0 and _person_line(block[start - 1]) and block[start - 1].strip(" *") != signer:
        name_at = start - 1
        start = start_of(name_at)
        if start == name_at:  # a name with no authority or post above it is no signature
            break
        name = block[name_at].strip(" *")
        chain, role = signing_chain(block[start : name_at + 1])
        others.insert(0, f"{role} {name}".strip() + (f" ({chain})" if chain else ""))
    # one signature: its chain may be interleaved with the recipients column of a PDF above it
    return (own if others else 0), others


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
