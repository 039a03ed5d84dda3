"""A time limit on one piece of work: the last resort against an input that makes it slow.

The extractors are linear in the length of a page; this bounds what a rule nobody has
measured yet could still cost. The limit counts the process's CPU time (an ITIMER_PROF alarm,
SIGPROF), not the clock: whether an input is cut off depends on the work it needs, not on how
busy the machine is (on this shared 2-core machine a second of work can take five on the
clock), so two loads of one folder skip the same articles. The alarm interrupts Python
code and the regex engine alike, in the main thread of a process, which is where the loader's
worker processes (and the loader itself, run from the command line) extract articles.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_RING_AGAIN_S = 0.01  # how soon an alarm that went unheard rings again


class TimeLimitExceeded(BaseException):
    """The work ran past its limit. A BaseException, like KeyboardInterrupt, so that no
    `except Exception` inside the work can swallow it."""


def can_limit_time() -> bool:
    """Signals reach only the main thread: elsewhere `time_limit` cannot interrupt anything."""
    return threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `TimeLimitExceeded` inside the block once it has used `seconds` of CPU time (no
    limit outside the main thread: see `can_limit_time`)."""
    if not can_limit_time():
        yield
        return
    ringing = [True]

    def expire(_signum: int, _frame: object) -> None:
        if not ringing[0]:
            return  # the block is over: an alarm already on its way does nothing
        # Python ignores an exception raised while it runs a finaliser or a weakref callback,
        # which is where the alarm sometimes lands: it rings again until the work stops.
        signal.setitimer(signal.ITIMER_PROF, _RING_AGAIN_S)
        raise TimeLimitExceeded(f"stopped after {seconds:g} s of CPU time")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        while ringing[0]:  # the alarm may land on this very line: once it is off, it stays off
            try:
                ringing[0] = False
            except TimeLimitExceeded:
                continue
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def each_in_time(items: Iterable[T], seconds: float) -> Iterator[T]:
    """The items, each produced within `seconds` of CPU time (else `TimeLimitExceeded`): for a
    reader, a limit per article read, however many a file holds."""
    iterator = iter(items)
    while True:
        with time_limit(seconds):
            try:
                item = next(iterator)
            except StopIteration:
                return
        yield item
