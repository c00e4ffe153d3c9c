"""LoginThrottle on a hand-driven clock: free tries, exponential locks, refusals without a check, logging."""

from __future__ import annotations

import logging
import threading

import pytest

from assistant.web.throttle import LoginThrottle, wait_text


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Password:
    """Counts how often the throttle let the password be looked at."""

    def __init__(self, right: bool) -> None:
        self.right = right
        self.checks = 0

    def __call__(self) -> bool:
        self.checks += 1
        return self.right


def test_three_wrong_tries_are_free_then_the_lock_doubles_up_to_the_cap() -> None:
    clock = Clock()
    throttle = LoginThrottle(clock=clock)
    waits = []
    for _ in range(12):
        attempt = throttle.attempt("10.0.0.7", Password(False))
        assert attempt.checked and not attempt.ok
        waits.append(attempt.wait_s)
        clock.now += attempt.wait_s  # wait the lock out before the next try
    assert waits == [0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300]


def test_a_locked_client_is_refused_without_its_password_being_checked() -> None:
    clock = Clock()
    throttle = LoginThrottle(clock=clock)
    for _ in range(4):
        throttle.attempt("10.0.0.7", Password(False))
    right = Password(True)
    clock.now += 1.5
    refused = throttle.attempt("10.0.0.7", right)
    assert not refused.ok and not refused.checked and refused.wait_s == pytest.approx(0.5)
    assert right.checks == 0
    clock.now += 0.5
    assert throttle.attempt("10.0.0.7", right).ok and right.checks == 1


def test_a_right_password_starts_the_count_afresh() -> None:
    clock = Clock()
    throttle = LoginThrottle(clock=clock)
    for _ in range(3):
        throttle.attempt("10.0.0.7", Password(False))
    assert throttle.attempt("10.0.0.7", Password(True)).ok
    assert [throttle.attempt("10.0.0.7", Password(False)).wait_s for _ in range(3)] == [0, 0, 0]


def test_clients_are_counted_apart() -> None:
    throttle = LoginThrottle(clock=Clock())
    for _ in range(4):
        throttle.attempt("10.0.0.7", Password(False))
    assert not throttle.attempt("10.0.0.7", Password(True)).checked
    assert throttle.attempt("10.0.0.8", Password(True)).ok


def test_parallel_guesses_from_one_client_get_no_more_checks_than_sequential_ones() -> None:
    throttle = LoginThrottle(clock=Clock())
    wrong = Password(False)
    start = threading.Barrier(20)

    def guess() -> None:
        start.wait()
        throttle.attempt("10.0.0.7", wrong)

    threads = [threading.Thread(target=guess) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong.checks == 4  # three free tries and the one that set the lock


def test_failures_locks_and_refusals_are_logged_with_the_client_never_the_password(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="assistant.web.throttle")
    throttle = LoginThrottle(clock=Clock())
    for _ in range(5):
        throttle.attempt("10.0.0.7", lambda: "mat-khau-doan" == "khac")
    lines = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert sum(level == logging.WARNING and "failed from 10.0.0.7" in text for level, text in lines) == 4
    assert any(level == logging.WARNING and "locked for 10.0.0.7 for 2 s" in text for level, text in lines)
    assert any("refused for 10.0.0.7" in text for _, text in lines)
    assert not any("mat-khau" in text for _, text in lines)


@pytest.mark.parametrize(("seconds", "shown"), [(0.2, "1 giây"), (2, "2 giây"), (59.5, "1 phút"),
                                                (64, "1 phút 4 giây"), (300, "5 phút")])
def test_wait_is_said_in_vietnamese_rounded_up(seconds: float, shown: str) -> None:
    assert wait_text(seconds) == shown
