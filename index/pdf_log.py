"""pypdf's log lines ("Ignoring wrong pointing object 1 0") name no file; re-log them naming the PDF being read."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .textnorm import printable

log = logging.getLogger(__name__)


class _NamingHandler(logging.Handler):
    """Sits on the "pypdf" logger (which then stops propagating) and passes each record on under this
    module's logger, prefixed with the file the emitting thread is reading; threads read files in parallel
    in the web app, hence a thread-local name rather than a handler per file."""

    def __init__(self) -> None:
        super().__init__()
        self.reading = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        path = getattr(self.reading, "path", None)
        prefix = f"{printable(str(path))}: " if path is not None else ""
        log.log(record.levelno, "%spypdf: %s", prefix, record.getMessage(), exc_info=record.exc_info)


_handler = _NamingHandler()
_install_lock = threading.Lock()


def _install() -> None:
    with _install_lock:
        pypdf_log = logging.getLogger("pypdf")
        if _handler not in pypdf_log.handlers:
            pypdf_log.addHandler(_handler)
            pypdf_log.propagate = False


@contextmanager
def pdf_log_names(path: Path) -> Iterator[None]:
    """While reading *path* in this thread, pypdf's log records come out naming it."""
    _install()
    before = getattr(_handler.reading, "path", None)
    _handler.reading.path = path
    try:
        yield
    finally:
        _handler.reading.path = before
