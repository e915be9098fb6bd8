"""time_limit counts the CPU time of its thread, so that a verdict does not depend on the machine's
load, with a wall-time backstop for a block that gets no CPU; a limit inside another never outlives
the outer one, and the outer one gets back only what is left of it.

The assertions are on the CPU time the block used (time.thread_time), not on the wall time a test
took, so that they hold on a loaded machine; a wall-time bound only says "stopped, not run to the
end" with the end far away.
"""

from __future__ import annotations

import threading
import time

import pytest

from backprop.limits import LIMITS, TimeLimitExceeded, time_limit

#: CPU seconds a limit may overrun its budget: the watchdog's wake-up and the switch to it
OVERRUN = 0.25


def spin(seconds: float) -> None:
    """Use ``seconds`` of this thread's CPU time."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def cpu_used(work) -> tuple[str, float]:
    """(how ``work`` ended, the CPU seconds this thread spent in it)."""
    started = time.thread_time()
    try:
        work()
        outcome = "finished"
    except TimeLimitExceeded:
        outcome = "stopped"
    return outcome, time.thread_time() - started


def in_thread(work):
    """cpu_used(work) run in a thread of its own (a Dask worker's)."""
    found = []
    thread = threading.Thread(target=lambda: found.append(cpu_used(work)))
    thread.start()
    thread.join(120)
    assert not thread.is_alive()
    return found[0]


def busy_under_limit(seconds):
    def work():
        with time_limit(seconds):
            spin(30)
    return work


@pytest.mark.parametrize("run", [cpu_used, in_thread], ids=["main thread", "other thread"])
def test_a_busy_block_is_stopped_once_it_has_used_its_cpu_time(run):
    outcome, used = run(busy_under_limit(0.4))
    assert outcome == "stopped" and 0.4 <= used < 0.4 + OVERRUN


def test_a_block_that_waits_is_not_stopped_by_its_cpu_limit():
    """Waiting (a process the machine does not run) is not CPU time: 0.6 s asleep under 0.2 s of CPU."""
    with time_limit(0.2, wall_seconds=60):
        time.sleep(0.6)


def test_the_cpu_time_of_other_threads_does_not_count():
    """A busy thread beside the limited one (another worker's, a library's) costs it nothing."""
    stop = threading.Event()
    busy = threading.Thread(target=lambda: [spin(0.01) for _ in iter(stop.is_set, True)])
    busy.start()
    try:
        busy_spent = time.thread_time()
        with time_limit(0.2, wall_seconds=60):
            stop.wait(0.8)
    finally:
        stop.set()
        busy.join()
    assert time.thread_time() - busy_spent < 0.2  # this thread only waited


def test_a_block_that_sleeps_is_stopped_by_the_wall_time_backstop():
    started = time.monotonic()
    outcome, used = cpu_used(lambda: _sleep_under(time_limit(5, wall_seconds=0.3), 60))
    assert outcome == "stopped" and used < 0.3
    assert 0.3 <= time.monotonic() - started < 30  # the backstop, long before the sleep's end


def test_the_backstop_is_a_multiple_of_the_cpu_time_by_default():
    started = time.monotonic()
    outcome, _ = cpu_used(lambda: _sleep_under(time_limit(0.05), 60))
    waited = time.monotonic() - started
    assert outcome == "stopped" and 0.05 * LIMITS["wall_factor"] <= waited < 30


def test_in_another_thread_a_block_that_gets_no_cpu_is_stopped_by_the_backstop():
    """(A thread's sleep is not interrupted; a block that keeps waiting is stopped between waits.)"""
    def work():
        with time_limit(5, wall_seconds=0.3):
            for _ in range(6000):
                time.sleep(0.01)
    started = time.monotonic()
    outcome, used = in_thread(work)
    assert outcome == "stopped" and used < 0.3 and time.monotonic() - started < 30


def _sleep_under(limit, seconds):
    with limit:
        time.sleep(seconds)


@pytest.mark.parametrize("run", [cpu_used, in_thread], ids=["main thread", "other thread"])
def test_an_inner_limit_cannot_extend_the_outer_one(run):
    def work():
        with time_limit(0.3):
            with time_limit(30):
                spin(10)
    outcome, used = run(work)
    assert outcome == "stopped" and 0.3 <= used < 0.3 + OVERRUN


@pytest.mark.parametrize("run", [cpu_used, in_thread], ids=["main thread", "other thread"])
def test_the_outer_limit_keeps_counting_while_an_inner_one_runs(run):
    def work():
        with time_limit(0.5):
            with time_limit(0.4):
                spin(0.3)
            spin(10)
    outcome, used = run(work)
    assert outcome == "stopped" and 0.5 <= used < 0.5 + OVERRUN


@pytest.mark.parametrize("run", [cpu_used, in_thread], ids=["main thread", "other thread"])
def test_an_inner_limit_ends_first_and_the_outer_one_goes_on(run):
    inner = []

    def work():
        with time_limit(0.8):
            try:
                with time_limit(0.2):
                    spin(10)
            except TimeLimitExceeded:
                inner.append(time.thread_time())
            spin(10)
    started = time.thread_time()
    outcome, used = run(work)
    assert outcome == "stopped" and 0.8 <= used < 0.8 + OVERRUN
    if run is cpu_used:
        assert 0.2 <= inner[0] - started < 0.2 + OVERRUN


@pytest.mark.parametrize("run", [cpu_used, in_thread], ids=["main thread", "other thread"])
def test_an_outer_limit_caught_inside_an_inner_one_is_raised_again(run):
    """A handler of the inner limit (homework's) that catches the outer one's (a claim's) exception
    does not get to run on: the outer limit is raised again once the inner one has ended."""
    def work():
        with time_limit(0.3):
            try:
                with time_limit(30):
                    spin(10)
            except TimeLimitExceeded:
                pass
            spin(10)
    outcome, used = run(work)
    assert outcome == "stopped" and 0.3 <= used < 0.3 + 2 * OVERRUN


@pytest.mark.parametrize("run", [cpu_used, in_thread], ids=["main thread", "other thread"])
def test_a_limit_whose_exception_was_swallowed_is_sent_again(run):
    """Python ignores an exception raised in a garbage collector's callback, a __del__ or a weakref's
    callback ("Exception ignored in ..."): a limit that lands there must not let the block run on."""
    swallowed = []
    def work():
        with time_limit(0.3):
            try:
                spin(10)
            except TimeLimitExceeded:
                swallowed.append(True)  # as Python does in a gc callback
            spin(10)
    outcome, used = run(work)
    assert swallowed == [True]
    assert outcome == "stopped" and 0.3 <= used < 0.3 + 2 * OVERRUN


def test_a_block_that_ends_in_time_leaves_no_timer_behind():
    with time_limit(0.2):
        pass
    with time_limit(0.2):
        with time_limit(0.1):
            pass
    spin(0.4)  # no alarm fires here
    assert not [thread for thread in threading.enumerate() if thread.name == "time_limit"]


def test_a_thread_that_ends_in_time_is_not_interrupted_later():
    def work():
        with time_limit(0.2):
            pass
        spin(0.5)
    assert in_thread(work)[0] == "finished"


def _swallowed(seconds: float) -> None:
    """What CPython's C code sometimes makes of the limit's exception when it interrupts it (the ast
    constructors, "AST constructor recursion depth mismatch"): a SystemError in its place."""
    try:
        spin(seconds)
    except TimeLimitExceeded:
        raise SystemError("error return without exception set") from None


@pytest.mark.parametrize("run", [cpu_used, in_thread], ids=["main thread", "other thread"])
def test_a_system_error_the_interruption_caused_is_the_time_limit(run):
    def work():
        with time_limit(0.2):
            _swallowed(10)
    assert run(work)[0] == "stopped"


def test_a_system_error_before_the_limit_is_not_hidden():
    with pytest.raises(SystemError):
        with time_limit(5):
            raise SystemError("a real one")
