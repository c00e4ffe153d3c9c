from __future__ import annotations

from pathlib import Path

import pytest

from assistant.web.uploads import check_upload, ingest, safe_name
from index.settings import Settings
from index.store import current_generation


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("/abs/path/Kế hoạch 12.DOCX", "Kế_hoạch_12.docx"),
        ("<script>alert(1)</script>.txt", "script.txt"),
        ("a<b>|c?.txt", "a_b_c.txt"),
        ("..", "tai-lieu"),
        ("", "tai-lieu"),
        (".hidden.txt", "hidden.txt"),
        ("a\x00b\nc.pdf", "abc.pdf"),
        ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
    ],
)
def test_safe_name(given: str, expected: str) -> None:
    name = safe_name(given)
    assert name == expected
    assert "/" not in name and "\\" not in name and not name.startswith(".")


def test_check_upload(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("nội dung", encoding="utf-8")
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    assert check_upload(good, "a.txt", 1024) is None
    assert "định dạng .exe" in (check_upload(good, "a.exe", 1024) or "")
    assert "lưu thành .docx" in (check_upload(good, "ke-hoach.DOC", 1024) or "")  # says how to convert it
    assert "OCR" in (check_upload(good, "anh-chup.jpg", 1024) or "")
    assert "không có đuôi" in (check_upload(good, "a", 1024) or "")
    assert check_upload(empty, "e.txt", 1024) == "tệp rỗng"
    assert "quá lớn" in (check_upload(good, "a.txt", 3) or "")


def test_bad_uploads_are_reported_and_never_saved(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    settings = Settings.from_env({"XHHT_HOME": str(tmp_path / "home"), "XHHT_DOCS": str(docs)})
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 not really a docx")
    binary = tmp_path / "nhi-phan.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    script = tmp_path / "x.sh"
    script.write_text("echo", encoding="utf-8")
    results, report = ingest(settings, [(broken, "../../hong.docx"), (binary, "nhi-phan.txt"), (script, "x.sh")])
    assert report is None
    assert [r.status for r in results] == ["skipped"] * 3
    assert "DOCX" in results[0].reason
    assert "nhị phân" in results[1].reason
    assert "định dạng .sh" in results[2].reason
    assert list((docs / "uploads").iterdir()) == []
    assert current_generation(settings.index_dir) is None
