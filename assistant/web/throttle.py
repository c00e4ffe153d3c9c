"""Per-client throttling of admin password guesses: a few free tries, then an exponential lock.

The password is checked under the throttle's lock, so parallel sessions from one client cannot slip
extra guesses in between the check and the count; a locked client is refused without a check.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

FREE_TRIES = 3
MAX_WAIT_S = 300.0
FORGET_AFTER_S = 3600.0  # a client quiet this long after its last wrong try starts afresh
_MAX_CLIENTS = 10_000


@dataclass(frozen=True)
class Attempt:
    ok: bool
    checked: bool  # False: refused during a lock, the password was not looked at
    wait_s: float = 0.0  # how long the client is locked out now (after this attempt)


@dataclass
class _Client:
    failures: int = 0
    locked_until: float = 0.0
    last_failure: float = 0.0


class LoginThrottle:
    def __init__(self, free_tries: int = FREE_TRIES, max_wait_s: float = MAX_WAIT_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.free_tries = free_tries
        self.max_wait_s = max_wait_s
        self._clock = clock
        self._clients: dict[str, _Client] = {}
        self._lock = threading.Lock()

    def lock_for(self, failures: int) -> float:
        """Seconds of lock after `failures` wrong tries in a row: none for the free ones, then 2, 4, 8… capped."""
        over = failures - self.free_tries
        return 0.0 if over <= 0 else min(self.max_wait_s, 2.0 ** min(over, 62))

    def attempt(self, client: str, check: Callable[[], bool]) -> Attempt:
        """Run `check` (the password comparison) unless `client` is locked out, and count the outcome."""
        with self._lock:
            now = self._clock()
            state = self._clients.get(client)
            if state and now - state.last_failure > FORGET_AFTER_S and now >= state.locked_until:
                state = None
                del self._clients[client]
            if state and now < state.locked_until:
                wait = state.locked_until - now
                log.info("admin login refused for %s: locked for %.0f more s", client, wait)
                return Attempt(ok=False, checked=False, wait_s=wait)
            if check():
                self._clients.pop(client, None)
                return Attempt(ok=True, checked=True)
            if state is None:
                self._prune(now)
                state = self._clients[client] = _Client()
            state.failures += 1
            state.last_failure = now
            wait = self.lock_for(state.failures)
            log.warning("admin login failed from %s (%d wrong in a row)", client, state.failures)
            if wait:
                state.locked_until = now + wait
                log.warning("admin login locked for %s for %.0f s after %d wrong tries", client, wait, state.failures)
            return Attempt(ok=False, checked=True, wait_s=wait)

    def _prune(self, now: float) -> None:
        if len(self._clients) < _MAX_CLIENTS:
            return
        for key in [k for k, c in self._clients.items() if now >= c.locked_until]:
            del self._clients[key]
        if len(self._clients) >= _MAX_CLIENTS:  # all locked: drop the oldest half rather than grow without bound
            oldest = sorted(self._clients, key=lambda k: self._clients[k].last_failure)
            for key in oldest[: len(oldest) // 2]:
                del self._clients[key]


def wait_text(seconds: float) -> str:
    """'45 giây', '2 phút 5 giây', '5 phút' — rounded up, never 0."""
    total = max(1, int(-(-seconds // 1)))
    minutes, secs = divmod(total, 60)
    if not minutes:
        return f"{secs} giây"
    return f"{minutes} phút {secs} giây" if secs else f"{minutes} phút"
