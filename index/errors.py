"""Small exception hierarchy; entry points turn these into one friendly line."""

from __future__ import annotations

from pathlib import Path


class XhhtError(Exception):
    """Base class of every error the library raises on purpose."""


class ConfigError(XhhtError):
    """A setting has an invalid value."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class LoadError(XhhtError):
    """A source file cannot be turned into text."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class IndexNotFound(XhhtError):
    """No index has been built yet under XHHT_HOME."""


class IndexOutdated(IndexNotFound):
    """The live index was built by another version of the pipeline, whose files this one cannot read."""


class IndexBusy(XhhtError):
    """Another indexing run holds the lock."""


class EmbedderError(XhhtError):
    """The embedding model cannot be loaded or used."""


class StoreError(XhhtError):
    """The vector store cannot be reached or used."""


class QuestionTooLong(XhhtError):
    """A question longer than any real one; refused before it costs time and memory."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"câu hỏi dài {length} ký tự, vượt giới hạn {limit} ký tự; hãy hỏi ngắn gọn hơn")
        self.length = length
        self.limit = limit
