"""Small corpora written by a test, indexed for real, and opened as the assistant a user would ask."""

from __future__ import annotations

from pathlib import Path

from assistant.answering import Assistant
from index.pipeline import Indexer
from index.settings import Settings


def indexed_assistant(root: Path, files: dict[str, str]) -> Assistant:
    """Write *files* (name -> text) under *root*/docs, index them into *root*/home and open the assistant."""
    docs = root / "docs"
    docs.mkdir()
    for name, text in files.items():
        (docs / name).write_text(text, encoding="utf-8")
    settings = Settings.from_env({"XHHT_HOME": str(root / "home"), "XHHT_DOCS": str(docs)})
    assert not Indexer(settings).run().skipped
    return Assistant.open(settings)
