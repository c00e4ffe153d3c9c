"""The real processes the scale benchmark starts: a Chroma server (`chroma run`) and `xhht serve`."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from index.errors import XhhtError
from index.settings import Settings

log = logging.getLogger(__name__)

SERVE_START_S = 900.0  # loading a 1,000-document library on 2 busy cores takes a while
CHROMA_START_S = 60.0


class ScaleBenchError(XhhtError):
    """A process the benchmark needs did not start or answer."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def peak_rss_mb(pid: int) -> float | None:
    """VmHWM (the most resident memory the process ever held) from /proc; None where there is no /proc."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        return None
    return None


def cpu_s(pid: int) -> float | None:
    """User + system CPU seconds a process has used, from /proc/<pid>/stat; None where there is no /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _tail(path: Path, lines: int = 5) -> str:
    try:
        return " | ".join(path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-lines:])
    except OSError:
        return ""


def _wait_http(urls: list[str], proc: subprocess.Popen, timeout: float, what: str, log_path: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ScaleBenchError(f"{what} dừng với mã {proc.returncode}: {_tail(log_path)}")
        for url in urls:
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except Exception:  # not listening yet
                pass
        time.sleep(0.3)
    raise ScaleBenchError(f"{what} không trả lời sau {timeout:.0f} giây: {_tail(log_path)}")


def stop_process(proc: subprocess.Popen) -> None:
    """Terminate, then kill what does not stop within 20 s."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _chroma_exe() -> str:
    beside = Path(sys.executable).with_name("chroma")
    exe = str(beside) if beside.exists() else shutil.which("chroma")
    if not exe:
        raise ScaleBenchError("không tìm thấy lệnh chroma (cài gói chromadb) để chạy máy chủ Chroma")
    return exe


class ChromaServer:
    """`chroma run` on a free local port with its data folder at *data*; stopped on exit."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.log_path = data.with_name(data.name + ".log")
        self.url = ""
        self._proc: subprocess.Popen | None = None

    def __enter__(self) -> ChromaServer:
        self.data.mkdir(parents=True, exist_ok=True)
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        with open(self.log_path, "wb") as out:
            self._proc = subprocess.Popen(
                [_chroma_exe(), "run", "--path", str(self.data), "--host", "127.0.0.1", "--port", str(port)],
                stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ, ANONYMIZED_TELEMETRY="False"),
            )
        try:
            _wait_http([self.url + "/api/v2/heartbeat", self.url + "/api/v1/heartbeat"], self._proc, CHROMA_START_S,
                       "máy chủ Chroma", self.log_path)
        except BaseException:
            stop_process(self._proc)
            raise
        log.info("chroma server on %s, data in %s", self.url, self.data)
        return self

    def peak_rss_mb(self) -> float | None:
        return peak_rss_mb(self._proc.pid) if self._proc else None

    def cpu_s(self) -> float:
        return (cpu_s(self._proc.pid) or 0.0) if self._proc else 0.0

    def __exit__(self, *exc: object) -> None:
        if self._proc is not None:
            stop_process(self._proc)


def serve_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ, XHHT_HOME=str(settings.home), XHHT_DOCS=os.pathsep.join(map(str, settings.corpus)),
               GRADIO_ANALYTICS_ENABLED="False", ANONYMIZED_TELEMETRY="False")
    if settings.chroma_url:
        env["XHHT_CHROMA_URL"] = settings.chroma_url
    else:
        env.pop("XHHT_CHROMA_URL", None)
    return env


def serve_peak_rss_mb(settings: Settings, questions: list[str], timeout: float = SERVE_START_S) -> float | None:
    """Start the real `xhht serve` on the built index, ask *questions* over HTTP (the chat endpoint, as a
    browser would), and read its peak RSS before stopping it."""
    from gradio_client import Client

    from assistant.web.chat import ALL

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = settings.home.with_name("serve.log")
    with open(log_path, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "assistant.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, env=serve_env(settings),
        )
    try:
        _wait_http([url + "/"], proc, timeout, "xhht serve", log_path)
        try:
            client = Client(url, verbose=False)
            for question in questions:
                client.predict(question, ALL, api_name="/hoi")
        except Exception as exc:  # the client raises its own and httpx's errors
            raise ScaleBenchError(f"xhht serve không trả lời qua HTTP: {type(exc).__name__}: {exc}") from None
        return peak_rss_mb(proc.pid)
    finally:
        stop_process(proc)
