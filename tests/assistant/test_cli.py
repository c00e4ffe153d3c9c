"""The `xhht` command line: summaries, exit codes, JSON contracts, one-line errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from index.pipeline import Indexer
from index.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SEARCH_KEYS = {"source", "doc_id", "title", "number", "section", "text", "score"}

AN_PHU = """ỦY BAN NHÂN DÂN
HUYỆN AN PHÚ
Số: 12/KH-UBND
An Phú, ngày 01 tháng 3 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện An Phú năm 2024
I. MỤC ĐÍCH
1. Nâng cao nhận thức
Nâng cao nhận thức của cán bộ và nhân dân về học tập suốt đời trên địa bàn huyện.
II. CHỈ TIÊU
1. Gia đình học tập
Phấn đấu 70% gia đình trong huyện đạt danh hiệu gia đình học tập vào năm 2025.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15 tháng 11 hằng năm.
"""

AN_BINH = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 34/KH-UBND
An Bình, ngày 05 tháng 4 năm 2024
KẾ HOẠCH
Khuyến học, khuyến tài trên địa bàn xã An Bình năm 2024
I. MỤC TIÊU
1. Xóa mù chữ
Mở lớp xóa mù chữ cho người lớn tuổi tại các thôn của xã.
II. TỔ CHỨC THỰC HIỆN
1. Hội Khuyến học xã
Tổng hợp báo cáo gửi Hội Khuyến học huyện trước ngày 20 tháng 12 hằng năm.
2. Trung tâm học tập cộng đồng
Duy trì sinh hoạt chuyên đề về trồng lúa và nuôi cá mỗi tháng một lần.
"""


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "an-phu.txt").write_text(AN_PHU, encoding="utf-8")
    (folder / "an-binh.txt").write_text(AN_BINH, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tiny_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(XHHT_HOME, docs folder) of a tiny indexed corpus shared by the read-only tests."""
    root = tmp_path_factory.mktemp("cli-index")
    docs = write_corpus(root / "docs")
    home = root / "home"
    Indexer(Settings.from_env({"XHHT_HOME": str(home), "XHHT_DOCS": str(docs)})).run()
    return home, docs


@pytest.fixture
def use_tiny_index(tiny_index: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    home, docs = tiny_index
    monkeypatch.setenv("XHHT_HOME", str(home))
    monkeypatch.setenv("XHHT_DOCS", str(docs))
    return home


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


def nonempty_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# --- xhht index -------------------------------------------------------------------


def test_index_prints_a_summary_then_reports_no_change(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    docs = write_corpus(tmp_path / "docs")
    monkeypatch.setenv("XHHT_DOCS", str(docs))

    first = runner.invoke(main, ["index", "-q"])
    assert first.exit_code == 0, first.output
    no_traceback(first)
    assert "Đã lập chỉ mục 2 tài liệu" in first.stdout
    assert "2 tệp mới/đổi" in first.stdout
    assert first.stderr == ""

    second = runner.invoke(main, ["index", "-q"])
    assert second.exit_code == 0, second.output
    assert "Không có thay đổi: 2 tài liệu" in second.stdout


def test_index_with_bad_files_exits_1_and_names_each(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    docs = write_corpus(tmp_path / "docs")
    (docs / "rong.txt").write_bytes(b"")
    (docs / "hong.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf body\n%%EOF")
    (docs / "so-lieu.xlsx").write_bytes(b"PK\x03\x04")
    monkeypatch.setenv("XHHT_DOCS", str(docs))

    result = runner.invoke(main, ["index", "-q"])

    assert result.exit_code == 1, result.output
    no_traceback(result)
    skipped = [line for line in result.stderr.splitlines() if line.startswith("Bỏ qua ")]
    assert len(skipped) == 3, result.stderr
    by_file = {line.split(":", 1)[0].removeprefix("Bỏ qua "): line.split(":", 1)[1] for line in skipped}
    assert set(by_file) == {"rong.txt", "hong.pdf", "so-lieu.xlsx"}
    assert "rỗng" in by_file["rong.txt"]
    assert "PDF" in by_file["hong.pdf"]
    assert ".xlsx" in by_file["so-lieu.xlsx"] and "xuất bảng tính ra PDF" in by_file["so-lieu.xlsx"]
    assert "Đã lập chỉ mục 2 tài liệu" in result.stdout  # the good files still went in


def test_a_file_name_with_a_newline_and_an_ansi_escape_stays_on_one_line(runner: CliRunner, tmp_path: Path,
                                                                         monkeypatch) -> None:
    docs = write_corpus(tmp_path / "docs")
    (docs / "a\nb\x1b[31m.pdf").write_bytes(b"%PDF-1.4\nnot a pdf\n%%EOF")
    monkeypatch.setenv("XHHT_DOCS", str(docs))

    result = runner.invoke(main, ["index", "-q"])

    skipped = [line for line in result.stderr.splitlines() if line.startswith("Bỏ qua ")]
    assert skipped == [line for line in skipped if "a\\nb\\x1b[31m.pdf" in line] and len(skipped) == 1, result.stderr
    assert "\x1b" not in result.stderr


def test_index_of_a_missing_folder_fails_with_a_clear_line(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder"
    result = runner.invoke(main, ["index", "-q", str(missing)])
    assert result.exit_code != 0
    no_traceback(result)
    lines = nonempty_lines(result.output)
    assert len(lines) == 1, result.output
    assert str(missing) in lines[0] and "không tồn tại" in lines[0]


def test_index_of_given_files(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    docs = write_corpus(tmp_path / "docs")
    monkeypatch.setenv("XHHT_DOCS", str(tmp_path / "elsewhere"))
    result = runner.invoke(main, ["index", "-q", str(docs / "an-phu.txt")])
    assert result.exit_code == 0, result.output
    assert "Đã lập chỉ mục 1 tài liệu" in result.stdout
    listed = json.loads(runner.invoke(main, ["docs", "--json"]).stdout)
    assert [d["source"] for d in listed] == ["an-phu.txt"]


# --- xhht docs --------------------------------------------------------------------


def test_docs_json_lists_documents_with_metadata(runner: CliRunner, use_tiny_index: Path) -> None:
    result = runner.invoke(main, ["docs", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 2
    for row in rows:
        assert {"doc_id", "source", "number", "issuer", "locality", "level", "date", "title"} <= set(row)
    by_source = {r["source"]: r for r in rows}
    an_phu = by_source["an-phu.txt"]
    assert an_phu["number"] == "12/KH-UBND"
    assert an_phu["issuer"] == "Ủy ban nhân dân huyện An Phú"
    assert (an_phu["locality"], an_phu["level"], an_phu["date"]) == ("An Phú", "huyện", "01/03/2024")
    an_binh = by_source["an-binh.txt"]
    assert (an_binh["locality"], an_binh["level"], an_binh["date"]) == ("An Bình", "xã", "05/04/2024")
    assert an_binh["number"] == "34/KH-UBND"
    assert all(r["chunks"] > 0 for r in rows)


def test_docs_text_listing(runner: CliRunner, use_tiny_index: Path) -> None:
    result = runner.invoke(main, ["docs"])
    assert result.exit_code == 0, result.output
    assert "số 12/KH-UBND — Ủy ban nhân dân huyện An Phú" in result.stdout
    assert "Tệp: an-binh.txt" in result.stdout


# --- xhht search ------------------------------------------------------------------


def test_search_json_follows_the_contract(runner: CliRunner, use_tiny_index: Path) -> None:
    result = runner.invoke(main, ["search", "phòng giáo dục báo cáo trước ngày nào", "--json", "--k", "3"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert isinstance(hits, list) and len(hits) == 3
    for hit in hits:
        assert set(hit) == SEARCH_KEYS
        assert isinstance(hit["score"], float)
        assert hit["source"] in {"an-phu.txt", "an-binh.txt"}
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert "15 tháng 11" in hits[0]["text"]
    assert hits[0]["number"] == "12/KH-UBND"
    assert hits[0]["section"].endswith("Phòng Giáo dục và Đào tạo")


def test_search_with_locality(runner: CliRunner, use_tiny_index: Path) -> None:
    result = runner.invoke(main, ["search", "báo cáo", "--json", "--locality", "An Bình"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert hits and {h["source"] for h in hits} == {"an-binh.txt"}


def test_search_text_output(runner: CliRunner, use_tiny_index: Path) -> None:
    result = runner.invoke(main, ["search", "xóa mù chữ", "--k", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("[1] Kế hoạch 34/KH-UBND")
    assert "xóa mù chữ" in result.stdout


def test_empty_query_is_a_usage_error(runner: CliRunner, use_tiny_index: Path) -> None:
    result = runner.invoke(main, ["search", "   "])
    assert result.exit_code == 2
    no_traceback(result)


def test_an_overlong_question_is_refused_in_one_line_before_any_work(runner: CliRunner, use_tiny_index: Path) -> None:
    result = runner.invoke(main, ["ask", "báo cáo " * 20_000])
    assert result.exit_code == 1
    no_traceback(result)
    lines = nonempty_lines(result.output)
    assert len(lines) == 1 and "vượt giới hạn 1000 ký tự" in lines[0]


def test_search_before_any_index_is_a_one_line_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["search", "ai báo cáo", "--json"])
    assert result.exit_code == 1
    no_traceback(result)
    lines = nonempty_lines(result.output)
    assert len(lines) == 1 and "xhht index" in lines[0]
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("name", "value"),
    [("XHHT_FUSION", "banana"), ("XHHT_FUSION_ALPHA", "1.5"), ("XHHT_FUSION_ALPHA", "nửa"), ("XHHT_CHROMA_URL", "localhost:8000")],
)
def test_invalid_setting_is_a_clear_configuration_error(
    runner: CliRunner, use_tiny_index: Path, monkeypatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    for args in (["search", "báo cáo", "--json"], ["index", "-q"], ["docs"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 1, (args, result.output)
        no_traceback(result)
        lines = nonempty_lines(result.output)
        assert len(lines) == 1, result.output
        assert "Cấu hình không hợp lệ" in lines[0] and name in lines[0]


# --- the installed console script ---------------------------------------------------


def xhht_script() -> str:
    path = shutil.which("xhht")
    if path is None:
        pytest.skip("the xhht console script is not installed (pip install -e .)")
    return path


def test_console_script_search_json(tiny_index: tuple[Path, Path]) -> None:
    home, docs = tiny_index
    env = dict(os.environ, XHHT_HOME=str(home), XHHT_DOCS=str(docs))
    proc = subprocess.run(
        [xhht_script(), "search", "hội khuyến học xã gửi báo cáo trước ngày nào", "--json", "--k", "2"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    hits = json.loads(proc.stdout)
    assert len(hits) == 2 and all(set(h) == SEARCH_KEYS for h in hits)
    assert "20 tháng 12" in hits[0]["text"]


def test_console_script_index_and_error(tmp_path: Path) -> None:
    docs = write_corpus(tmp_path / "docs")
    (docs / "rong.txt").write_bytes(b"")
    env = dict(os.environ, XHHT_HOME=str(tmp_path / "home"), XHHT_DOCS=str(docs))

    missing = subprocess.run(
        [xhht_script(), "search", "báo cáo"], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert missing.returncode == 1
    assert "Traceback" not in missing.stderr
    assert len(nonempty_lines(missing.stderr)) == 1 and "xhht index" in missing.stderr

    proc = subprocess.run([xhht_script(), "index"], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "Đã lập chỉ mục 2 tài liệu" in proc.stdout
    assert [line for line in proc.stderr.splitlines() if line.startswith("Bỏ qua")] == ["Bỏ qua rong.txt: tệp rỗng"]
