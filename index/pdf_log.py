"""pypdf's log lines ("Ignoring wrong pointing object 1 0") name no file; re-log them naming the PDF being read.

pdfminer (under pdfplumber, which only looks for ruled tables) complains about fonts most office PDFs carry
("Could not get FontBBox …") while pypdf reads them well: its lines are kept, named, at debug level only."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .textnorm import printable

log = logging.getLogger(__name__)


class _NamingHandler(logging.Handler):
    """Sits on a library's logger ("pypdf", "pdfminer"; it then stops propagating) and passes each record on under this
    module's logger, prefixed with the file the emitting thread is reading; threads read files in parallel
    in the web app, hence a thread-local name rather than a handler per file."""

    def __init__(self, library: str, most: int) -> None:
        super().__init__()
        self.library = library
        self.most = most  # the highest level its records keep

    def emit(self, record: logging.LogRecord) -> None:
        path = getattr(_reading, "path", None)
        prefix = f"{printable(str(path))}: " if path is not None else ""
        level = min(record.levelno, self.most)
        log.log(level, "%s%s: %s", prefix, self.library, record.getMessage(), exc_info=record.exc_info)


_reading = threading.local()
_handlers = (_NamingHandler("pypdf", logging.CRITICAL), _NamingHandler("pdfminer", logging.DEBUG))
_install_lock = threading.Lock()


def _install() -> None:
    with _install_lock:
        for handler in _handlers:
            library_log = logging.getLogger(handler.library)
            if handler not in library_log.handlers:
                library_log.addHandler(handler)
                library_log.propagate = False


@contextmanager
def pdf_log_names(path: Path) -> Iterator[None]:
    """While reading *path* in this thread, pypdf's and pdfminer's log records come out naming it."""
    _install()
    before = getattr(_reading, "path", None)
    _reading.path = path
    try:
        yield
    finally:
        _reading.path = before
