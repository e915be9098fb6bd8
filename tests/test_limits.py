"""time_limit: a limit inside another never outlives the outer one, and the outer one gets back
only what is left of it."""

from __future__ import annotations

import time

import pytest

from backprop.limits import TimeLimitExceeded, time_limit


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_an_inner_limit_cannot_extend_the_outer_one():
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.3):
            with time_limit(30):
                spin(10)
    assert time.monotonic() - started < 2  # the 30 s inner limit did not replace the 0.3 s outer one


def test_the_outer_limit_keeps_counting_while_an_inner_one_runs():
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.5):
            with time_limit(0.4):
                spin(0.3)
            spin(10)
    assert time.monotonic() - started < 2


def test_a_block_that_ends_in_time_leaves_no_timer_behind():
    with time_limit(0.2):
        pass
    spin(0.4)  # no alarm fires here


def test_a_limit_in_another_thread_stops_the_work_of_that_thread():
    import threading

    outcome = []

    def work():
        try:
            with time_limit(0.3):
                spin(10)
            outcome.append("finished")
        except TimeLimitExceeded:
            outcome.append("stopped")

    thread = threading.Thread(target=work)
    started = time.monotonic()
    thread.start()
    thread.join(5)
    assert outcome == ["stopped"] and time.monotonic() - started < 3


def test_a_thread_that_ends_in_time_is_not_interrupted_later():
    import threading

    outcome = []

    def work():
        with time_limit(0.2):
            pass
        spin(0.5)
        outcome.append("finished")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(5)
    assert outcome == ["finished"]


def _swallowed(seconds: float) -> None:
    """What CPython's C code sometimes makes of the limit's exception when it interrupts it (the ast
    constructors, "AST constructor recursion depth mismatch"): a SystemError in its place."""
    try:
        spin(seconds)
    except TimeLimitExceeded:
        raise SystemError("error return without exception set") from None


def test_a_system_error_the_interruption_caused_is_the_time_limit():
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.2):
            _swallowed(10)


def test_a_system_error_before_the_limit_is_not_hidden():
    with pytest.raises(SystemError):
        with time_limit(5):
            raise SystemError("a real one")


def test_in_another_thread_too_a_system_error_the_interruption_caused_is_the_time_limit():
    import threading

    outcome = []

    def work():
        try:
            with time_limit(0.2):
                _swallowed(10)
        except TimeLimitExceeded:
            outcome.append("stopped")
        except SystemError:
            outcome.append("system error")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(5)
    assert outcome == ["stopped"]
