"""Which files a run reads: files and folders expanded, named relative to their corpus folder, hashed."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .folder_walk import link_problem, walk_files


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


@dataclass
class SourceFile:
    source: str
    path: Path | None  # None: kept as indexed before, not read again


def inside(path: Path, roots: Sequence[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved.is_relative_to(root.resolve()) for root in roots)


def discover(paths: Sequence[Path], roots: Sequence[Path]) -> tuple[list[SourceFile], list[Skipped]]:
    """Expand files and folders into source files named relative to their corpus folder (else to the
    folder given); report what cannot be read at all."""
    files: list[SourceFile] = []
    skipped: list[Skipped] = []
    anchors = [root.resolve() for root in roots]

    def source_name(path: Path, base: Path | None, follow: bool = True) -> str:
        resolved = path.resolve() if follow else path.parent.resolve() / path.name  # a looping link has no target
        for anchor in (*anchors, base):
            if anchor is not None:
                try:
                    return resolved.relative_to(anchor).as_posix()
                except ValueError:
                    continue
        return path.name

    for given in paths:
        if not given.exists():
            skipped.append(Skipped(str(given), link_problem(given) or "không tồn tại (kiểm tra lại đường dẫn)"))
            continue
        if given.is_dir():
            for found in walk_files(given):
                if found.problem:
                    skipped.append(Skipped(source_name(found.path, given.resolve(), follow=False), found.problem))
                else:
                    files.append(SourceFile(source_name(found.path, given.resolve()), found.path))
        else:
            files.append(SourceFile(source_name(given, given.parent.resolve()), given))
    seen: set[str] = set()
    unique = []
    for f in files:
        if f.source not in seen:
            seen.add(f.source)
            unique.append(f)
    return unique, skipped


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
