"""`xhht serve`: index on first start (progress in the console), warm up, then serve the web chat."""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Callable

from index import PIPELINE_VERSION
from index.errors import XhhtError
from index.pipeline import Indexer, ProgressFn
from index.settings import Settings
from index.store import Manifest, current_generation
from index.textnorm import printable

Echo = Callable[[str], None]


def ensure_index(settings: Settings, progress: ProgressFn, echo: Echo) -> None:
    """Build the index of the docs folder when XHHT_HOME has none yet, or one an older version built."""
    live = current_generation(settings.index_dir)
    if live is not None:
        try:
            version = Manifest.load(settings.index_dir / live / "manifest.json").pipeline_version
        except (OSError, ValueError, TypeError):
            version = ""
        if version == PIPELINE_VERSION:
            return
        echo(f"Chỉ mục trong {settings.home} do phiên bản cũ tạo: đang lập lại (vector cũ được dùng lại)…")
    else:
        echo(f"Chưa có chỉ mục trong {settings.home}: đang lập chỉ mục {', '.join(map(str, settings.corpus))} "
             "(lần đầu mất vài phút)…")
    report = Indexer(settings, progress).run()
    for item in report.skipped:
        echo(f"Bỏ qua {printable(item.source)}: {printable(item.reason)}")
    echo(f"Đã lập chỉ mục {report.documents} tài liệu, {report.chunks} đoạn trong {report.seconds:.1f} giây.")


def serve(settings: Settings, host: str, port: int, progress: ProgressFn, echo: Echo) -> None:
    from assistant.llm import open_assistant

    from . import tempdir
    from .app import build_app, launch
    from .guard import trusted_hosts

    started = time.perf_counter()
    ensure_index(settings, progress, echo)
    assistant = open_assistant(settings)
    assistant.ask("Kế hoạch xây dựng xã hội học tập")  # loads the embedder and the vector store before users come
    app = build_app(settings, assistant)
    try:
        launch(app, settings, host, port, block=False, quiet=True)
    except OSError as exc:
        raise XhhtError(f"không mở được {host}:{port} ({exc}); hãy chọn cổng khác bằng --port") from None
    if threading.current_thread() is threading.main_thread():  # `docker stop`, systemd: same cleanup as Ctrl+C
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    shown = f"[{host}]" if ":" in host else host
    echo(f"Trợ lý XHHT sẵn sàng sau {time.perf_counter() - started:.1f} giây: http://{shown}:{port}  (Ctrl+C để dừng)")
    names = trusted_hosts(host, settings)
    if names is not None:
        echo(f"Chỉ nhận truy cập qua các tên: {', '.join(sorted(names))} (thêm tên khác bằng XHHT_ALLOWED_HOSTS).")
    try:
        app.block_thread()
    finally:
        app.close()
        tempdir.remove()
