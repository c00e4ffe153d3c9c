"""A signature block laid out beside the recipients, whose gap a PDF lost ("- UBND xã (b/c); KT. CHỦ TỊCH",
"- Lưu: VT. Đặng Văn Sang"), gets its gap back, so the columns are read apart as in the typed original.

Only lines of a "Nơi nhận" block are split, and only after the end of a recipient ("…;", "…(b/c)", "- Lưu: VT.")
and before what only the signer's column holds: a post in capitals ("PHÓ CHỦ TỊCH UBND XÃ"), "(Đã ký)", or the
signer's name. The signer's post or name standing below the block gets the indent it had; a page break inside the
block loses its page number, so the two columns run on across it.
"""

from __future__ import annotations

import re

from .page_numbers import looks_like_page_number, page_furniture

_RECIPIENTS = re.compile(r"^\s*Nơi nhận\s*:?", re.I)
_ITEM = re.compile(r"^\s*[-+•–]\s*\S")
# what ends a recipient ("…;", "…(b/c)", "Lưu: VT.", "Nơi nhận:") and a piece only the signer's column holds
_CAPITALS = r"(?:(?:TM|KT|TL|TUQ|Q)\.\s*)?[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ&.,\s-]*[A-ZĐÀ-Ỹ]"
_SIGNED = r"\((?:[Đđ]ã ký|[Kk]ý[^()]{0,25})\)"
# a person's name: two to five words, each a capital then small letters ("Đinh Thị Hà Phương", "Ksor H'Bian")
_WORD = r"[A-ZĐÀ-Ỹ](?:[a-zà-ỹđ]+|'[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)?"  # "A Thuấn", "Y Bhin" too
_NAME = rf"{_WORD}(?:\s+{_WORD}){{1,4}}"
# a post in capitals names who signs ("KT. CHỦ TỊCH", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"), not a recipient ("VT, BCĐ")
_POST = re.compile(r"\b(?:TM|KT|TL|TUQ)\.|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|BÍ THƯ|THƯ KÝ|ỦY BAN|UỶ BAN|CHÁNH")
# split after the last recipient's end, or before a signing prefix ("Nơi nhận: TM. BAN GIÁM ĐỐC")
_SPLIT_AT_PREFIX = re.compile(rf"^(.*?[;:.)])\s+((?:TM|KT|TL|TUQ)\.\s*{_CAPITALS})\s*$")
_SPLIT = re.compile(rf"^(.*[;:.)])\s+({_CAPITALS}|{_SIGNED})\s*$")
_NAME_AFTER = re.compile(rf"^(.*[;.)])\s+({_NAME})\s*$")
# … or glued to the recipient's ";" when the gap went with all its spaces ("- Các chi hội;Nguyễn Văn Quảng")
_NAME_GLUED = re.compile(rf"^(.*;)({_NAME})\s*$")
_BELOW = re.compile(rf"^\s*(?:{_CAPITALS}|{_SIGNED}|{_NAME})\s*$")
_GAP = " " * 8
# the signer's lines stand at most this many lines below the last recipient (empty paragraphs aside)
MAX_BELOW = 4
_INDENT = " " * 40


def restore_signature_gaps(lines: list[str]) -> list[str]:
    """*lines* with each collapsed recipients-and-signature line split at its lost gap."""
    out = list(lines)
    i = 0
    while i < len(out):
        if not _RECIPIENTS.match(out[i]):
            i += 1
            continue
        j = i
        while j < len(out) and (j == i or _ITEM.match(out[j]) or _break_before_item(out, j)
                                or out[j - 1].rstrip().endswith(",") and out[j].strip()):  # an item's rest
            # a page break inside the block: its page number goes, so the two columns run on across it
            out[j] = "" if looks_like_page_number(out[j]) else _split(out[j])
            j += 1
        for k in range(j, min(len(out), j + 2 * MAX_BELOW)):
            below = out[k].strip()
            if not below and k + 1 < len(out) and out[k + 1].strip():
                continue  # a word processor's empty paragraph between two lines
            if not below or out[k].startswith(" ") or not _BELOW.match(below):
                break
            if not (_POST.search(below) or re.fullmatch(_SIGNED, below) or re.fullmatch(_NAME, below)):
                break
            out[k] = _INDENT + below  # the signer's post or name below the recipients, as typed
            if re.fullmatch(_NAME, below):
                break
        i = j
    return out


def _break_before_item(lines: list[str], j: int) -> bool:
    """Line *j* is an empty line or a page number, and the recipients go on after the page break."""
    k = j
    while k < len(lines) and k < j + MAX_BELOW and page_furniture(lines[k]):
        k += 1
    return k > j and k < len(lines) and bool(_ITEM.match(lines[k]))


def _split(line: str) -> str:
    if re.search(r"\S {4,}\S|\t", line):
        return line  # the gap is there
    m = _SPLIT_AT_PREFIX.match(line) or _SPLIT.match(line)
    if m and not (_POST.search(m.group(2)) or re.fullmatch(_SIGNED, m.group(2))):
        m = None
    m = m or _NAME_AFTER.match(line) or _NAME_GLUED.match(line)
    if not m or not re.search(r"[^\W\d_]", m.group(1)):
        return line
    return f"{m.group(1)}{_GAP}{m.group(2)}"
