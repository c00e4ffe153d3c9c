"""Fixtures for the web tests: a running app over a private copy of the corpus index, and a Chromium."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from index.settings import Settings
from tests.conftest import DOCS_SRC

ADMIN_PASSWORD = "mat-khau-kiem-thu"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


@dataclass
class WebServer:
    url: str
    settings: Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(settings: Settings) -> tuple[WebServer, object]:
    from assistant.answering import Assistant
    from assistant.web.app import build_app, launch

    app = build_app(settings, Assistant.open(settings))
    port = free_port()
    launch(app, settings, "127.0.0.1", port, block=False, quiet=True)
    return WebServer(f"http://127.0.0.1:{port}", settings), app


@pytest.fixture(scope="session")
def web_root(corpus_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private XHHT_HOME (copied from the session index) and docs folder the app may change."""
    root = tmp_path_factory.mktemp("web")
    shutil.copytree(corpus_home, root / "home", ignore=shutil.ignore_patterns("index.lock"))
    shutil.copytree(DOCS_SRC, root / "docs")
    return root


@pytest.fixture(scope="session")
def web_server(web_root: Path) -> Iterator[WebServer]:
    settings = Settings.from_env({"XHHT_HOME": str(web_root / "home"), "XHHT_DOCS": str(web_root / "docs"),
                                  "XHHT_ADMIN_PASSWORD": ADMIN_PASSWORD})
    server, app = start_server(settings)
    yield server
    app.close()  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (apt-get install -y chromium)")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def make_docx(path: Path, extra: str = "") -> Path:
    """A small commune plan as DOCX, with a reporting clause and a deadline."""
    from docx import Document

    doc = Document()
    for line in [
        "ỦY BAN NHÂN DÂN", "XÃ PHÚ THỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 27/KH-UBND", "Phú Thịnh, ngày 10 tháng 3 năm 2024", "KẾ HOẠCH",
        "Triển khai xây dựng xã hội học tập trên địa bàn xã Phú Thịnh năm 2024",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
        "Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về học tập suốt đời trong gia đình, dòng họ.",
        "II. TỔ CHỨC THỰC HIỆN", "1. Công chức Văn hóa - Xã hội xã",
        "Định kỳ trước ngày 15 tháng 10 hằng năm, báo cáo kết quả thực hiện về Ủy ban nhân dân xã Phú Thịnh "
        "để tổng hợp báo cáo Ủy ban nhân dân huyện.",
        *([extra] if extra else []),
    ]:
        doc.add_paragraph(line)
    doc.save(str(path))
    return path
