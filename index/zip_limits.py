"""Refuse a zip-based document (DOCX) whose unpacked content would not fit in memory, before a parser inflates it."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import LoadError

MAX_MEMBERS = 5000  # a Word file has tens of parts; hundreds with many images
MAX_RATIO = 500  # deflate tops out near 1032:1; Word XML, even repetitive, stays well under 300:1
RATIO_FLOOR = 1024 * 1024  # small parts may compress absurdly well without harm
_BLOCK = 1 << 20


@dataclass(frozen=True)
class ZipLimits:
    total: int  # bytes every member may inflate to, together
    xml: int  # of which XML, which the parser turns into a tree of 10-30 times its size

    @classmethod
    def for_file_limit(cls, max_bytes: int) -> ZipLimits:
        """From the largest accepted file (XHHT_MAX_FILE_MB): the XML may be that large unpacked (a real plan's
        is a few MB), everything together twice that (pictures barely compress, and are not parsed)."""
        return cls(total=2 * max_bytes, xml=max_bytes)


def check_zip(path: Path, kind: str, limits: ZipLimits) -> None:
    """Raise :class:`LoadError` unless the zip at *path* unpacks within *limits*. The central directory is
    checked first (cheap); then every member is inflated block by block and counted, stopping past a limit,
    so a header that lies about sizes cannot slip through."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_directory(path, kind, members, limits)
            total = xml = 0
            for member in members:
                with archive.open(member) as stream:
                    while block := stream.read(_BLOCK):
                        total += len(block)
                        xml += len(block) if _is_xml(member) else 0
                        if total > limits.total or xml > limits.xml:
                            limit = limits.total if total > limits.total else limits.xml
                            raise LoadError(path, f"tệp {kind} giải nén quá lớn (hơn {_mb(limit)})")
    except LoadError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, ValueError, EOFError,
            OSError) as exc:
        raise LoadError(path, f"tệp {kind} hỏng hoặc không phải {kind}") from exc


def _check_directory(path: Path, kind: str, members: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    if len(members) > MAX_MEMBERS:
        raise LoadError(path, f"tệp {kind} có quá nhiều thành phần ({len(members)} > {MAX_MEMBERS})")
    declared = sum(m.file_size for m in members)
    declared_xml = sum(m.file_size for m in members if _is_xml(m))
    for size, limit, what in ((declared, limits.total, ""), (declared_xml, limits.xml, "phần XML ")):
        if size > limit:
            raise LoadError(
                path,
                f"tệp {kind} giải nén quá lớn ({what}{_mb(size)} > {_mb(limit)}; đặt XHHT_MAX_FILE_MB để đổi)",
            )
    for m in members:
        if m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            ratio = m.file_size // max(m.compress_size, 1)
            raise LoadError(path, f"tệp {kind} có tỷ lệ nén bất thường ({m.filename}: {ratio}:1), nghi là bom nén")


def _is_xml(member: zipfile.ZipInfo) -> bool:
    return member.filename.lower().endswith((".xml", ".rels"))


def _mb(n: int) -> str:
    return f"{n / 1_048_576:.1f}".removesuffix(".0") + " MB"
