"""Admin sessions: a random token per login, kept server-side with an expiry and an upload allowance.

The browser gets the token as an HttpOnly cookie through a one-time ticket (see guard.py), so the
token itself never passes through page scripts. Without an admin password no session is ever opened.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from index.settings import Settings

TICKET_TTL_S = 60.0
_MAX_SESSIONS = 1000


@dataclass
class _Session:
    expires: float
    files: int = 0
    bytes: int = 0


@dataclass(frozen=True)
class Allowance:
    files: int
    bytes: int


class AdminSessions:
    def __init__(self, ttl_s: float, max_files: int, max_bytes: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self.max_files = max_files
        self.max_bytes = max_bytes
        self._clock = clock
        self._sessions: dict[str, _Session] = {}
        self._tickets: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> AdminSessions:
        return cls(settings.admin_session_minutes * 60, settings.upload_max_files,
                   int(settings.upload_max_mb * 1024 * 1024))

    def open(self) -> tuple[str, str]:
        """A new session after a successful login: (token, one-time ticket that redeems to it)."""
        with self._lock:
            now = self._clock()
            self._prune(now)
            token, ticket = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            self._sessions[token] = _Session(expires=now + self.ttl_s)
            self._tickets[ticket] = (token, now + TICKET_TTL_S)
            return token, ticket

    def redeem(self, ticket: str | None) -> str | None:
        """The token for a ticket, once; None for an unknown, used or expired one."""
        with self._lock:
            entry = self._tickets.pop(ticket or "", None)
            if entry is None or self._clock() >= entry[1] or not self._live(entry[0]):
                return None
            return entry[0]

    def live(self, token: str | None) -> bool:
        with self._lock:
            return self._live(token)

    def close(self, token: str | None) -> None:
        with self._lock:
            self._sessions.pop(token or "", None)

    def left(self, token: str | None) -> Allowance | None:
        """What the session may still upload; None when it is not live."""
        with self._lock:
            if not self._live(token):
                return None
            s = self._sessions[token]  # type: ignore[index]
            return Allowance(self.max_files - s.files, self.max_bytes - s.bytes)

    def charge(self, token: str | None, files: int = 0, nbytes: int = 0) -> str | None:
        """Count an upload against the session: None while within its allowance, else 'files' or 'bytes'."""
        with self._lock:
            if not self._live(token):
                return "session"
            s = self._sessions[token]  # type: ignore[index]
            s.files += files
            s.bytes += nbytes
            if s.files > self.max_files:
                return "files"
            if s.bytes > self.max_bytes:
                return "bytes"
            return None

    def _live(self, token: str | None) -> bool:
        session = self._sessions.get(token or "")
        return session is not None and self._clock() < session.expires

    def _prune(self, now: float) -> None:
        for key in [k for k, s in self._sessions.items() if now >= s.expires]:
            del self._sessions[key]
        for key in [k for k, (_, until) in self._tickets.items() if now >= until]:
            del self._tickets[key]
        while len(self._sessions) >= _MAX_SESSIONS:
            del self._sessions[min(self._sessions, key=lambda k: self._sessions[k].expires)]
