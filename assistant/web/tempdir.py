"""Gradio's temp folder (GRADIO_TEMP_DIR): one private folder per server process, under our control.

Uploads land there; they are discarded after ingest, stale ones are swept, and the folder goes at exit.
Gradio reads GRADIO_TEMP_DIR on every call, so it is set once per process and never changed after.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "xhht-web-"
_lock = threading.Lock()
_folder: Path | None = None


def upload_folder() -> Path:
    """This process's folder for Gradio's uploads and cache, created (and exported) on first use."""
    global _folder
    with _lock:
        if _folder is None:
            base = Path(os.environ.get("GRADIO_TEMP_DIR") or tempfile.gettempdir())
            base.mkdir(parents=True, exist_ok=True)
            remove_orphans(base)
            _folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base)).resolve()
            os.environ["GRADIO_TEMP_DIR"] = str(_folder)
            atexit.register(remove)
        return _folder


def remove() -> None:
    """Delete the whole folder (at shutdown); Gradio recreates it if the process serves again."""
    if _folder is not None:
        shutil.rmtree(_folder, ignore_errors=True)


def remove_orphans(base: Path) -> None:
    """Delete folders left by our server processes that died without cleaning up."""
    for folder in base.glob(f"{PREFIX}*"):
        pid = folder.name[len(PREFIX):].split("-", 1)[0]
        try:
            if not pid.isdigit() or folder.stat().st_uid != os.getuid() or _alive(int(pid)):
                continue
        except OSError:
            continue
        log.info("removing the temp folder of a stopped server: %s", folder)
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(folder: Path, max_age_s: float, now: float | None = None) -> int:
    """Delete entries of `folder` untouched for more than `max_age_s`; how many went."""
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for entry in entries:
        try:
            if now - entry.lstat().st_mtime <= max_age_s:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed += 1
        except OSError:
            continue
    if removed:
        log.info("swept %d stale upload(s) from %s", removed, folder)
    return removed


def discard(folder: Path, paths: Iterable[str | Path]) -> None:
    """Delete uploaded files once ingested, and the per-file folder Gradio made for each; nothing outside `folder`."""
    root = folder.resolve()
    for raw in paths:
        path = Path(raw).resolve()
        if not path.is_relative_to(root) or path == root:
            continue
        path.unlink(missing_ok=True)
        parent = path.parent
        if parent != root and parent.parent == root:
            try:
                parent.rmdir()
            except OSError:
                pass  # not empty: another upload with the same content is still there
