"""Turn a source file (.txt/.md/.pdf/.docx) into text, or say clearly why not."""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import LoadError
from .pdf_log import pdf_log_names
from .pdf_tables import find_tables, splice_tables
from .zip_limits import ZipLimits, check_zip

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class LoadedFile:
    path: Path
    text: str
    kind: str  # "text" | "pdf" | "docx"


def load_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedFile:
    """Read one file; raise :class:`LoadError` with a Vietnamese reason on bad input."""
    if not path.exists():
        raise LoadError(path, "không tìm thấy tệp")
    if not path.is_file():
        raise LoadError(path, "không phải là tệp")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(path, unsupported_reason(suffix))
    size = path.stat().st_size
    if size == 0:
        raise LoadError(path, "tệp rỗng")
    if size > max_bytes:
        raise LoadError(
            path,
            f"tệp quá lớn ({size / 1_048_576:.1f} MB, giới hạn {max_bytes / 1_048_576:.0f} MB; "
            "đặt XHHT_MAX_FILE_MB để đổi)",
        )
    if suffix == ".pdf":
        text = _load_pdf(path)
        kind = "pdf"
    elif suffix == ".docx":
        text = _load_docx(path, max_bytes)
        kind = "docx"
    else:
        text = decode_text(path.read_bytes(), path)
        kind = "text"
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise LoadError(path, "tệp không có nội dung chữ")
    return LoadedFile(path=path, text=text, kind=kind)


# what a user can do with a file of a usual form the loaders do not read
_CONVERT_HINTS = {
    (".doc", ".rtf", ".odt", ".wpd"): "mở bằng Word hoặc LibreOffice rồi lưu thành .docx (hoặc xuất PDF)",
    (".xls", ".xlsx", ".ods", ".csv"): "chép bảng vào một tệp .docx, hoặc xuất bảng tính ra PDF",
    (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".heic"): "ảnh chụp hoặc bản quét cần OCR thành PDF có lớp chữ",
}


def convert_hint(suffix: str) -> str:
    """How to turn a usual office or image file into a form that is read ("" when there is no usual way)."""
    return next((hint for suffixes, hint in _CONVERT_HINTS.items() if suffix.lower() in suffixes), "")


def unsupported_reason(suffix: str) -> str:
    """Why a file of this suffix is not read, what is read, and how to convert it when that is usual."""
    reason = f"định dạng {suffix.lower() or '(không có đuôi)'} không được hỗ trợ (chỉ nhận {', '.join(SUPPORTED_SUFFIXES)})"
    hint = convert_hint(suffix)
    return f"{reason}; {hint}" if hint else reason


def decode_text(data: bytes, path: Path | str = "<bytes>") -> str:
    """Decode text bytes: BOM-marked UTF-8/UTF-16, plain UTF-8, else Windows-1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    sample = data[:4096]
    if _looks_like_utf16_without_bom(sample):
        return data.decode("utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be")
    if b"\x00" in sample or _control_ratio(sample) > 0.05:
        raise LoadError(path, "tệp nhị phân, không phải văn bản")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1258 composes tone marks separately; NFC happens in load_file.
        return data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise LoadError(path, "không nhận ra bảng mã (không phải UTF-8, UTF-16 hay Windows-1258)") from exc


def _looks_like_utf16_without_bom(sample: bytes) -> bool:
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) / 2
    return max(zeros_even, zeros_odd) > 0.3 * half and min(zeros_even, zeros_odd) < 0.05 * half


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    bad = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(sample)


def _load_pdf(path: Path) -> str:
    with pdf_log_names(path):
        return _read_pdf(path)


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            # an empty user password (only an owner password set) opens it, RC4 or AES alike
            try:
                opened = reader.decrypt("")
            except DependencyError:
                raise
            except Exception as exc:
                raise LoadError(path, "PDF được mã hóa, không đọc được") from exc
            if not opened:
                raise LoadError(path, "tệp PDF có mật khẩu (được mã hóa); hãy lưu bản không mật khẩu rồi nạp lại")
        pages = [page.extract_text() or "" for page in reader.pages]
    except LoadError:
        raise
    except DependencyError as exc:  # pypdf already tries the empty password when it opens the file
        raise LoadError(path, "PDF mã hóa AES, cần cài thư viện cryptography (pip install cryptography)") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(path, f"PDF hỏng hoặc không đọc được ({type(exc).__name__})") from exc
    except Exception as exc:  # pypdf raises a wide range on damaged files
        raise LoadError(path, f"PDF hỏng hoặc không đọc được ({type(exc).__name__})") from exc
    text = "\n\n".join(pages)
    if len(text.strip()) < 20:
        raise LoadError(path, "PDF không có lớp chữ (bản quét), cần OCR trước khi nạp")
    pages = [unicodedata.normalize("NFC", page) for page in pages]
    return "\n\n".join(splice_tables(pages, find_tables(path)))


def _load_docx(path: Path, max_bytes: int) -> str:
    import zipfile

    from docx import Document

    from .docx_text import BodyReader

    # python-docx inflates every part in memory; its zipfile reads stop at the sizes checked here
    check_zip(path, "DOCX", ZipLimits.for_file_limit(max_bytes))
    try:
        document = Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LoadError(path, "tệp DOCX hỏng hoặc không phải DOCX") from exc
    except Exception as exc:
        raise LoadError(path, f"tệp DOCX không đọc được ({type(exc).__name__})") from exc
    return "\n".join(BodyReader(document).lines())
