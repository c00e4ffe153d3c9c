"""Admin uploads: sanitised names, size and format checks, a trial parse, then an incremental re-index.

A file is saved under `<docs>/uploads/` only after it parsed on its own, and removed again if the
indexer skips it, so a bad upload never lingers in the corpus; the index itself is replaced
atomically by the indexer, so a failed run leaves the previous one serving.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from index.errors import IndexBusy, LoadError, XhhtError
from index.loaders import convert_hint
from index.pipeline import Indexer, IndexReport, parse_source
from index.settings import Settings

log = logging.getLogger(__name__)

UPLOAD_SUFFIXES = (".pdf", ".docx", ".txt")
UPLOAD_DIR = "uploads"
_UNSAFE = re.compile(r"[^\w.\- ]+")
_MAX_NAME = 120

ProgressFn = Callable[[str, int, int], None]


@dataclass(frozen=True)
class FileResult:
    name: str
    status: str  # "indexed" | "skipped"
    reason: str = ""
    saved_as: str = ""
    documents: int = 0

    @property
    def ok(self) -> bool:
        return self.status == "indexed"


@dataclass(frozen=True)
class _Saved:
    original: str
    dest: Path
    documents: int
    existed: bool


def safe_name(original: str) -> str:
    """A plain file name: no folders, no '..', no control or shell characters, bounded length."""
    name = unicodedata.normalize("NFC", original or "")
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE.sub("_", name).strip(" ._")
    name = re.sub(r"\s+", " ", name).replace(" ", "_")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = stem.strip("._") or "tai-lieu"
    suffix = suffix.lower()
    stem = stem[: _MAX_NAME - len(suffix) - 1]
    return f"{stem}.{suffix}" if suffix else stem


def check_upload(path: Path, name: str, max_bytes: int) -> str | None:
    """Why an uploaded file cannot be accepted, or None."""
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        shown = suffix or "(không có đuôi)"
        reason = f"định dạng {shown} không được nhận (chỉ nhận {', '.join(UPLOAD_SUFFIXES)})"
        hint = convert_hint(suffix)
        return f"{reason}; {hint}" if hint else reason
    try:
        size = path.stat().st_size
    except OSError:
        return "không đọc được tệp tải lên"
    if size == 0:
        return "tệp rỗng"
    if size > max_bytes:
        return f"tệp quá lớn ({size / 1_048_576:.1f} MB, giới hạn {max_bytes / 1_048_576:.0f} MB)"
    return None


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _destination(folder: Path, name: str, digest: str) -> tuple[Path, bool]:
    """A free path in `folder` for `name` (suffixed -2, -3… when taken); True when the same content is there."""
    stem, suffix = Path(name).stem, Path(name).suffix
    for i in range(1, 1000):
        candidate = folder / (name if i == 1 else f"{stem}-{i}{suffix}")
        if candidate.resolve().parent != folder.resolve():
            raise ValueError("unsafe upload path")
        if not candidate.exists():
            return candidate, False
        if _sha256(candidate) == digest:
            return candidate, True
    raise ValueError("too many files with the same name")


def ingest(settings: Settings, uploads: Sequence[tuple[Path, str]], progress: ProgressFn | None = None) -> tuple[list[FileResult], IndexReport | None]:
    """Check, trial-parse and save each upload, then re-index the docs folder once; one result per file."""
    folder = settings.docs / UPLOAD_DIR
    folder.mkdir(parents=True, exist_ok=True)
    results: dict[int, FileResult] = {}
    saved: dict[int, _Saved] = {}
    staging_root = settings.home / "staging"
    staging_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=staging_root) as staging:
        for i, (path, original) in enumerate(uploads):
            name = safe_name(original)
            reason = check_upload(path, name, settings.max_file_bytes)
            if reason:
                results[i] = FileResult(original, "skipped", reason)
                continue
            staged = Path(staging) / f"{i}{Path(name).suffix}"
            shutil.copyfile(path, staged)
            try:
                docs, _chunks = parse_source(staged, name, settings.max_file_bytes)
            except LoadError as exc:
                results[i] = FileResult(original, "skipped", exc.reason)
                continue
            except Exception as exc:  # a parser bug on one file must not stop the others
                log.exception("trial parse failed for %s", original)
                results[i] = FileResult(original, "skipped", f"lỗi khi đọc tệp ({type(exc).__name__})")
                continue
            dest, existed = _destination(folder, name, _sha256(staged))
            if not existed:
                shutil.move(str(staged), dest)
            saved[i] = _Saved(original, dest, len(docs), existed)
    report = _reindex(settings, saved, results, progress) if saved else None
    return [results[i] for i in range(len(uploads))], report


def _reindex(settings: Settings, saved: dict[int, _Saved], results: dict[int, FileResult],
             progress: ProgressFn | None) -> IndexReport | None:
    docs_root = settings.docs.resolve()
    sources = {i: s.dest.resolve().relative_to(docs_root).as_posix() for i, s in saved.items()}
    try:
        report = Indexer(settings, progress).run()
    except IndexBusy:
        reason = "đang có một lần lập chỉ mục khác; hãy thử lại sau ít phút"
        report, failure = None, reason
    except XhhtError as exc:
        report, failure = None, f"lập chỉ mục không thành công ({exc}); chỉ mục cũ vẫn được giữ nguyên"
    except Exception as exc:  # a bug must not leave the file behind to break every later upload
        log.exception("re-index after upload failed")
        report = None
        failure = f"lỗi khi lập chỉ mục ({type(exc).__name__}); tệp đã được gỡ ra, chỉ mục cũ vẫn được giữ nguyên"
    else:
        failure = ""
    skipped = {s.source: s.reason for s in report.skipped} if report else {}
    for i, s in saved.items():
        reason = failure or skipped.get(sources[i], "")
        if reason:
            if not s.existed:
                s.dest.unlink(missing_ok=True)
            results[i] = FileResult(s.original, "skipped", reason)
        else:
            note = "đã có sẵn tệp cùng nội dung" if s.existed else ""
            results[i] = FileResult(s.original, "indexed", note, saved_as=sources[i], documents=s.documents)
    return report
