from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import main
from assistant.web.server import ensure_index
from assistant.web.tab_admin import password_ok, results_html
from assistant.web.uploads import FileResult
from index.settings import Settings
from index.store import Library, current_generation

PLAN = """ỦY BAN NHÂN DÂN
XÃ THỬ NGHIỆM
Số: 5/KH-UBND
Thử Nghiệm, ngày 02 tháng 3 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn xã Thử Nghiệm
I. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội
Trước ngày 10 tháng 12 hằng năm báo cáo kết quả về Ủy ban nhân dân xã.
"""


def test_serve_command_defaults_to_localhost() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output and "7860" in result.output


def test_gradio_analytics_off_once_the_package_loads() -> None:
    import assistant.web  # noqa: F401

    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"


def test_ensure_index_builds_only_when_missing(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(PLAN, encoding="utf-8")
    settings = Settings.from_env({"XHHT_HOME": str(tmp_path / "home"), "XHHT_DOCS": str(docs)})
    lines: list[str] = []
    ensure_index(settings, lambda *_: None, lines.append)
    generation = current_generation(settings.index_dir)
    assert generation and any("Đã lập chỉ mục" in line for line in lines)
    lines.clear()
    ensure_index(settings, lambda *_: None, lines.append)
    assert lines == [] and current_generation(settings.index_dir) == generation


def test_an_index_an_older_version_built_is_named_and_rebuilt_on_start(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(PLAN, encoding="utf-8")
    settings = Settings.from_env({"XHHT_HOME": str(tmp_path / "home"), "XHHT_DOCS": str(docs)})
    ensure_index(settings, lambda *_: None, lambda line: None)
    old = current_generation(settings.index_dir)
    manifest = settings.index_dir / old / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps(dict(data, pipeline_version="1")), encoding="utf-8")

    result = CliRunner().invoke(main, ["ask", "Ai báo cáo kết quả?"],
                                env={"XHHT_HOME": str(settings.home), "XHHT_DOCS": str(docs)})
    assert result.exit_code != 0 and "phiên bản cũ" in result.output and "xhht index" in result.output
    assert "Traceback" not in result.output

    lines: list[str] = []
    ensure_index(settings, lambda *_: None, lines.append)
    assert any("phiên bản cũ" in line for line in lines)
    assert current_generation(settings.index_dir) not in (None, old)
    library = Library.open(settings)
    assert "10 tháng 12" in " ".join(c.text for c in library.chunks)
    library.close()


def test_build_app_without_launching(corpus_settings: Settings) -> None:
    from assistant.web.app import build_app

    class Silent:
        def ask(self, question, history=None, *, locality=None):  # pragma: no cover - never asked here
            raise AssertionError

    app = build_app(corpus_settings, Silent())
    config = app.get_config_file()
    labels = {c.get("props", {}).get("label") for c in config["components"]}
    assert {"Hỏi đáp", "Báo cáo & thời hạn", "Tài liệu", "Thêm tài liệu"} <= labels
    api_names = {d.get("api_name") for d in config["dependencies"] if d.get("api_visibility", "public") == "public"}
    assert "hoi" in api_names


def test_password_and_results_are_safe() -> None:
    assert password_ok("bí mật", "bí mật")
    assert not password_ok("", "x") and not password_ok("x", None) and not password_ok("bí", "bí mật")
    html = results_html([FileResult("<b>a</b>.docx", "skipped", "<script>x</script>"),
                         FileResult("b.docx", "indexed", saved_as="uploads/b.docx", documents=1)], "<i>tóm tắt</i>")
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "⛔ Bỏ qua" in html and "✅ Đã lập chỉ mục" in html
