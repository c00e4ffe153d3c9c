"""The web server's defences, over real HTTP against a running app on a small real index: uploads only in a
live admin session, with per-session limits and temp files cleaned; throttled logins; trusted hosts and
security headers; and, in Chromium, that the page still works under those headers."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from assistant.web import tempdir
from assistant.web.sessions import AdminSessions
from assistant.web.throttle import LoginThrottle
from index.settings import Settings

from .conftest import ADMIN_PASSWORD, free_port, make_docx

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
LAN_NAME = "xhht.lan"
MAX_FILES = 3
MAX_MB = 1


@dataclass
class Server:
    url: str
    app: Any
    settings: Settings
    clock: list[float] = field(default_factory=lambda: [1000.0])

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=120, **kwargs)


@pytest.fixture(scope="module")
def small_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home indexing one plan: each server below gets a copy, so uploads never touch another's."""
    from index.pipeline import Indexer

    root = tmp_path_factory.mktemp("security")
    (root / "docs").mkdir()
    (root / "docs" / "ke-hoach.txt").write_text(PLAN, encoding="utf-8")
    Indexer(Settings.from_env({"XHHT_HOME": str(root / "home"), "XHHT_DOCS": str(root / "docs")})).run()
    return root


@contextmanager
def running(root: Path, name: str, host: str, *, password: str | None = ADMIN_PASSWORD) -> Iterator[Server]:
    from assistant.answering import Assistant
    from assistant.web.app import build_app, launch

    where = root.parent / f"{root.name}-{name}"
    shutil.copytree(root, where)
    env = {"XHHT_HOME": str(where / "home"), "XHHT_DOCS": str(where / "docs"), "XHHT_ALLOWED_HOSTS": LAN_NAME,
           "XHHT_UPLOAD_MAX_FILES": str(MAX_FILES), "XHHT_UPLOAD_MAX_MB": str(MAX_MB)}
    if password:
        env["XHHT_ADMIN_PASSWORD"] = password
    settings = Settings.from_env(env)
    clock = [1000.0]
    app = build_app(settings, Assistant.open(settings), throttle=LoginThrottle(clock=lambda: clock[0]))
    port = free_port()
    launch(app, settings, host, port, block=False, quiet=True)
    try:
        yield Server(f"http://127.0.0.1:{port}", app, settings, clock)
    finally:
        app.close()


@pytest.fixture(scope="module")
def lan_server(small_home: Path) -> Iterator[Server]:
    """Bound to every interface, as `xhht serve --host 0.0.0.0` on an office LAN."""
    with running(small_home, "lan", "0.0.0.0") as server:
        yield server


@pytest.fixture
def throttled_server(small_home: Path) -> Iterator[Server]:
    """Its own server, so the locks it collects for 127.0.0.1 bar no other test."""
    with running(small_home, f"throttle-{uuid.uuid4().hex[:6]}", "127.0.0.1") as server:
        yield server


# --- the event API, as the page speaks it ---

def event_index(client: httpx.Client, elem_id: str) -> int:
    config = client.get("/config").json()
    component = next(c["id"] for c in config["components"] if c.get("props", {}).get("elem_id") == elem_id)
    return next(i for i, d in enumerate(config["dependencies"]) if [component, "click"] in d["targets"])


def call_event(client: httpx.Client, elem_id: str, data: list[Any], session: str) -> list[Any]:
    joined = client.post("/gradio_api/queue/join", json={"data": data, "fn_index": event_index(client, elem_id),
                                                         "session_hash": session, "event_data": None})
    assert joined.status_code == 200, joined.text
    with client.stream("GET", "/gradio_api/queue/data", params={"session_hash": session}) as stream:
        for line in stream.iter_lines():
            if line.startswith("data:"):
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    assert message.get("success"), message
                    return message["output"]["data"]
    raise AssertionError("the event never completed")


def log_in(client: httpx.Client, password: str, session: str) -> tuple[str, str]:
    """(note shown under the password box, one-time ticket) from one click on Đăng nhập."""
    out = call_event(client, "xhht-login", [password], session)
    return out[3], (out[5] if len(out) > 5 else "")


@contextmanager
def admin_client(server: Server) -> Iterator[tuple[httpx.Client, str]]:
    """A client holding a live admin cookie, got the browser's way: login event, then the ticket for the cookie."""
    with server.client() as client:
        session = uuid.uuid4().hex
        note, ticket = log_in(client, ADMIN_PASSWORD, session)
        assert note == "Đã đăng nhập." and ticket
        traded = client.post("/xhht/session", headers={"X-Xhht-Ticket": ticket})
        assert traded.status_code == 204, traded.text
        yield client, session


def upload(client: httpx.Client, *files: tuple[str, bytes], cookie: str | None = None) -> httpx.Response:
    headers = {"Cookie": f"xhht_admin={cookie}"} if cookie else {}
    return client.post("/gradio_api/upload", files=[("files", f) for f in files], headers=headers)


def temp_files() -> set[Path]:
    return {p for p in tempdir.upload_folder().rglob("*")}


# --- uploads ---

def test_upload_without_login_is_refused_and_writes_nothing(lan_server: Server) -> None:
    before = temp_files()
    with lan_server.client() as client:
        plain = upload(client, ("a.txt", b"x" * 200_000))
        forged = upload(client, ("b.txt", b"y" * 1000), cookie="forged-token")
        direct = client.post("/gradio_api/upload/", content=b"--b\r\n", headers={"Content-Type": "text/plain"})
    assert plain.status_code == forged.status_code == direct.status_code == 403
    assert "đăng nhập" in plain.text
    assert temp_files() == before


def test_upload_is_refused_when_no_admin_password_is_set(small_home: Path) -> None:
    with running(small_home, f"nopass-{uuid.uuid4().hex[:6]}", "127.0.0.1", password=None) as server:
        with server.client() as client:
            assert upload(client, ("a.txt", b"x")).status_code == 403
            assert client.post("/xhht/session", headers={"X-Xhht-Ticket": "anything"}).status_code == 403


def test_admin_cookie_is_httponly_strict_and_its_ticket_works_once(lan_server: Server) -> None:
    with lan_server.client() as client:
        _, ticket = log_in(client, ADMIN_PASSWORD, uuid.uuid4().hex)
        first = client.post("/xhht/session", headers={"X-Xhht-Ticket": ticket})
        again = client.post("/xhht/session", headers={"X-Xhht-Ticket": ticket})
    cookie = first.headers["set-cookie"].lower()
    assert first.status_code == 204 and "xhht_admin=" in cookie
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert again.status_code == 403


def test_upload_with_admin_cookie_is_ingested_and_its_temp_file_removed(lan_server: Server, tmp_path: Path) -> None:
    with admin_client(lan_server) as (client, session):
        docx = make_docx(tmp_path / "ke-hoach-phu-thinh.docx").read_bytes()
        sent = upload(client, ("ke-hoach-phu-thinh.docx", docx))
        assert sent.status_code == 200, sent.text
        path = Path(sent.json()[0])
        assert path.is_file() and path.is_relative_to(tempdir.upload_folder())
        payload = [{"path": str(path), "orig_name": path.name, "meta": {"_type": "gradio.FileData"}}]
        html = call_event(client, "xhht-upload-go", [payload, None], session)[0]
    assert "Đã lập chỉ mục" in html and "ke-hoach-phu-thinh.docx" in html
    assert not path.exists() and not path.parent.exists()
    assert (lan_server.settings.docs / "uploads" / "ke-hoach-phu-thinh.docx").is_file()


def test_feedback_export_lands_in_the_app_temp_folder_and_downloads(lan_server: Server) -> None:
    with admin_client(lan_server) as (client, session):
        exported = call_event(client, "xhht-export", [None], session)[0]
        path = Path(exported["path"])
        fetched = client.get(exported["url"].removeprefix(lan_server.url))
    assert path.is_relative_to(tempdir.upload_folder()) and path.suffix == ".jsonl"
    assert fetched.status_code == 200


def test_uploads_past_the_session_file_limit_are_refused(lan_server: Server) -> None:
    with admin_client(lan_server) as (client, _):
        within = upload(client, *[(f"{i}.txt", f"tệp {i}".encode()) for i in range(MAX_FILES)])
        over = upload(client, ("thua.txt", b"one too many"))
    assert within.status_code == 200 and len(within.json()) == MAX_FILES
    assert over.status_code == 429 and "XHHT_UPLOAD_MAX_FILES" in over.text


def test_uploads_past_the_session_byte_limit_are_refused(lan_server: Server) -> None:
    half = b"a" * (MAX_MB * 1_048_576 * 6 // 10)
    with admin_client(lan_server) as (client, _):
        first = upload(client, ("mot.txt", half))
        declared = upload(client, ("hai.txt", half))
    assert first.status_code == 200
    assert declared.status_code == 413 and "XHHT_UPLOAD_MAX_MB" in declared.text


def test_an_undeclared_stream_is_cut_off_at_the_session_byte_limit(lan_server: Server) -> None:
    boundary = "xhhtboundary"

    def body() -> Iterator[bytes]:  # no Content-Length: the gate has to count as the bytes arrive
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"lon.txt\"\r\n"
               "Content-Type: text/plain\r\n\r\n").encode()
        for _ in range(MAX_MB * 4):
            yield b"b" * 524_288
        yield f"\r\n--{boundary}--\r\n".encode()

    with admin_client(lan_server) as (client, _):
        cut = client.post("/gradio_api/upload", content=body(),
                          headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert cut.status_code == 413 and "XHHT_UPLOAD_MAX_MB" in cut.text


def test_an_admin_session_expires_with_its_upload_allowance() -> None:
    clock = [0.0]
    sessions = AdminSessions(ttl_s=3600, max_files=2, max_bytes=1000, clock=lambda: clock[0])
    token, ticket = sessions.open()
    assert sessions.redeem(ticket) == token and sessions.redeem(ticket) is None
    assert sessions.charge(token, files=2, nbytes=900) is None
    assert sessions.charge(token, files=1) == "files"
    clock[0] += 3601
    assert not sessions.live(token) and sessions.left(token) is None and sessions.charge(token, nbytes=1) == "session"


def test_stale_uploads_are_swept_and_fresh_ones_kept(tmp_path: Path) -> None:
    old, new = tmp_path / "old-sha", tmp_path / "new-sha"
    for folder in (old, new):
        folder.mkdir()
        (folder / "tep.docx").write_bytes(b"x")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    assert tempdir.sweep(tmp_path, max_age_s=600) == 1
    assert not old.exists() and (new / "tep.docx").exists()


def test_temp_folder_is_removed_at_exit_and_orphans_at_next_start(tmp_path: Path) -> None:
    code = "from assistant.web import tempdir; print(tempdir.upload_folder())"
    env = {**os.environ, "GRADIO_TEMP_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.strip() and not Path(done.stdout.strip()).exists()
    orphan = tmp_path / f"{tempdir.PREFIX}{_dead_pid()}-abc"
    (orphan / "sha").mkdir(parents=True)
    tempdir.remove_orphans(tmp_path)
    assert not orphan.exists()


def _dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(child.stdout)


# --- login throttling ---

def test_wrong_logins_lock_the_client_and_a_right_password_is_refused_while_locked(
        throttled_server: Server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    session = uuid.uuid4().hex
    with throttled_server.client() as client:
        notes = [log_in(client, f"sai-{i}", session)[0] for i in range(4)]
        locked_note, locked_ticket = log_in(client, ADMIN_PASSWORD, session)
        throttled_server.clock[0] += 3  # past the 2 s lock the fourth wrong try earned
        open_note, open_ticket = log_in(client, ADMIN_PASSWORD, session)
    assert notes[:3] == ["❌ Sai mật khẩu."] * 3
    assert "tạm khoá" in notes[3] and "2 giây" in notes[3]
    assert "tạm khoá" in locked_note and "thử lại sau" in locked_note and not locked_ticket
    assert open_note == "Đã đăng nhập." and open_ticket
    logged = [r.getMessage() for r in caplog.records if r.name == "assistant.web.throttle"]
    assert sum("failed from 127.0.0.1" in line for line in logged) == 4
    assert any("locked for 127.0.0.1" in line for line in logged)
    assert any("refused for 127.0.0.1" in line for line in logged)
    assert not any(ADMIN_PASSWORD in r.getMessage() or "sai-" in r.getMessage() for r in caplog.records)


# --- hosts and headers ---

def test_unknown_host_is_refused_when_bound_beyond_loopback(lan_server: Server) -> None:
    port = lan_server.url.rsplit(":", 1)[1]
    with lan_server.client() as client:
        evil = client.get("/", headers={"Host": f"evil.example:{port}"})
        named = client.get("/", headers={"Host": f"{LAN_NAME}:{port}"})
        local = client.get("/", headers={"Host": f"localhost:{port}"})
    assert evil.status_code == 400 and "XHHT_ALLOWED_HOSTS" in evil.text
    assert named.status_code == 200 and local.status_code == 200


def test_security_headers_are_on_every_response(lan_server: Server) -> None:
    port = lan_server.url.rsplit(":", 1)[1]
    with lan_server.client() as client:
        responses = [client.get("/"), client.get("/config"), upload(client, ("a.txt", b"x")),
                     client.get("/", headers={"Host": f"evil.example:{port}"})]
    for response in responses:
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "same-origin"
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


# --- the page under those headers ---

@pytest.mark.browser
def test_chat_and_admin_upload_work_under_the_security_headers(lan_server: Server, browser: Any,
                                                                 tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # the session's one Playwright
    try:
        page = context.new_page()
        violations: list[str] = []
        page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
        response = page.goto(lan_server.url)
        assert response is not None and "frame-ancestors" in response.headers["content-security-policy"]
        box = page.locator("#xhht-question textarea")
        box.wait_for(timeout=60_000)
        box.fill("Công chức Văn hóa - Xã hội xã Thử Nghiệm báo cáo kết quả trước ngày nào?")
        box.press("Enter")
        page.wait_for_function("document.querySelectorAll('#xhht-sources .xhht-turn').length > 0",
                               timeout=60_000)
        assert "10 tháng 12" in page.locator("#xhht-chat .message.bot, #xhht-chat [data-testid='bot']").last.inner_text()

        page.get_by_role("tab", name="Thêm tài liệu").click()
        page.locator("#xhht-password input").fill(ADMIN_PASSWORD)
        page.locator("#xhht-login").click()
        page.locator("#xhht-upload-go").wait_for(state="visible")
        cookie = next(c for c in _wait_for_cookie(page) if c["name"] == "xhht_admin")
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
        assert "xhht_admin" not in page.evaluate("document.cookie")
        docx = make_docx(tmp_path / "ke-hoach-trinh-duyet.docx")
        page.locator("#xhht-upload input[type=file]").set_input_files([str(docx)])
        page.wait_for_timeout(1000)
        page.locator("#xhht-upload-go").click()
        result = page.locator("#xhht-upload-result")
        result.wait_for(timeout=180_000)
        assert "Đã lập chỉ mục" in result.inner_text() and "ke-hoach-trinh-duyet.docx" in result.inner_text()
        assert violations == []
    finally:
        context.close()


def _wait_for_cookie(page: Any) -> list[dict]:
    for _ in range(50):
        cookies = page.context.cookies()
        if any(c["name"] == "xhht_admin" for c in cookies):
            return cookies
        page.wait_for_timeout(100)
    raise AssertionError("the admin cookie was never set")
