"""Files under a corpus folder, and the symbolic links there that lead nowhere or back into the tree."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

LOOP = "liên kết vòng (trỏ về chính nó hoặc thư mục chứa nó)"
BROKEN = "liên kết hỏng (đích không tồn tại)"


@dataclass(frozen=True)
class Found:
    path: Path
    problem: str | None = None  # a Vietnamese reason when the entry cannot be read


def walk_files(folder: Path) -> list[Found]:
    """Regular files under *folder* and unusable links, sorted by path. Hidden names are skipped, and
    links to folders are not descended (as before), so no arrangement of links can make the walk loop."""
    found: list[Found] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue  # an unreadable folder was skipped before too
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if entry.is_symlink():
                problem = _link_problem(path)
                if problem:
                    found.append(Found(path, problem))
                elif entry.is_file():
                    found.append(Found(path))
            elif entry.is_dir(follow_symlinks=False):
                pending.append(path)
            elif entry.is_file(follow_symlinks=False):
                found.append(Found(path))
    return sorted(found, key=lambda f: f.path)


def link_problem(path: Path) -> str | None:
    """Why the symbolic link *path* cannot be followed (a loop, a missing target), else None."""
    return _link_problem(path) if path.is_symlink() else None


def _link_problem(path: Path) -> str | None:
    try:
        target = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return LOOP
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return BROKEN
        return f"không theo được liên kết ({exc.strerror})"
    if stat.S_ISDIR(target.st_mode):
        # a link to an enclosing folder would repeat the tree forever if it were ever followed
        resolved = Path(os.path.realpath(path))
        if Path(os.path.realpath(path.parent)).is_relative_to(resolved):
            return LOOP
    return None
