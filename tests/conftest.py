"""Shared fixtures: every test gets its own XHHT_HOME; the real corpus is indexed once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from index.settings import Settings

REPO = Path(__file__).resolve().parents[1]
DOCS_SRC = REPO / "docs_src"
DOCS_NEW = REPO / "evals" / "docs-new"
ARTIFACTS = REPO / "tests" / "artifacts"


@pytest.fixture(autouse=True)
def xhht_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point XHHT_HOME (and the docs folder) at a fresh temporary directory."""
    home = tmp_path / "home"
    monkeypatch.setenv("XHHT_HOME", str(home))
    monkeypatch.setenv("XHHT_DOCS", str(DOCS_SRC))
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    for name in ("XHHT_CHROMA_URL", "XHHT_EMBED_MODEL", "XHHT_LLM", "XHHT_ADMIN_PASSWORD", "XHHT_FUSION", "XHHT_FUSION_ALPHA"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(scope="session")
def corpus_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An XHHT_HOME holding the index of docs_src/, built once for the whole session."""
    from index.pipeline import Indexer

    home = tmp_path_factory.mktemp("corpus-home")
    cache = os.environ.get("XHHT_TEST_EMBED_CACHE")  # optional warm vectors for local runs
    if cache and Path(cache).exists():
        (home / "embeddings").mkdir(parents=True, exist_ok=True)
        shutil.copy(cache, home / "embeddings" / Path(cache).name)
    settings = Settings.from_env({"XHHT_HOME": str(home), "XHHT_DOCS": str(DOCS_SRC)})
    Indexer(settings).run()
    return home


@pytest.fixture
def corpus_settings(corpus_home: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings pointing at the shared corpus index (read-only use)."""
    monkeypatch.setenv("XHHT_HOME", str(corpus_home))
    return Settings.from_env()


@pytest.fixture(scope="session")
def newdocs_home(corpus_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An XHHT_HOME indexing docs_src/ and evals/docs-new/ together (the new-document set's corpus);
    the seeds' vectors come from the corpus index's cache."""
    from index.pipeline import Indexer

    home = tmp_path_factory.mktemp("newdocs-home")
    shutil.copytree(corpus_home / "embeddings", home / "embeddings")
    settings = Settings.from_env({"XHHT_HOME": str(home), "XHHT_DOCS": os.pathsep.join(map(str, (DOCS_SRC, DOCS_NEW)))})
    Indexer(settings).run()
    return home


@pytest.fixture(scope="session")
def corpus_library(corpus_home: Path):
    """The Library of the session's docs_src index, shared read-only."""
    from index.store import Library

    library = Library.open(Settings.from_env({"XHHT_HOME": str(corpus_home), "XHHT_DOCS": str(DOCS_SRC)}))
    yield library
    library.close()


@pytest.fixture(scope="session")
def newdocs_library(newdocs_home: Path):
    """The Library of docs_src + evals/docs-new, shared read-only."""
    from index.store import Library

    docs = os.pathsep.join(map(str, (DOCS_SRC, DOCS_NEW)))
    library = Library.open(Settings.from_env({"XHHT_HOME": str(newdocs_home), "XHHT_DOCS": docs}))
    yield library
    library.close()


@pytest.fixture(scope="session")
def corpus_searcher(corpus_home: Path):
    from assistant.searcher import Searcher

    return Searcher(Settings.from_env({"XHHT_HOME": str(corpus_home), "XHHT_DOCS": str(DOCS_SRC)}))


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
