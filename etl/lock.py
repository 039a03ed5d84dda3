"""Who may touch a warehouse, and waiting for whoever holds it.

Two kinds of lock stand between a command and its files:
- ours: one warehouse command at a time per warehouse, a lock file beside the warehouse held
  for the whole command. It is the kernel's (flock), so a killed process never leaves it stuck,
  and every process forked while it is held (the loader's extraction workers) drops its copy
  of the descriptor and dies with its parent: a killed command leaves no orphan holding it.
- DuckDB's own: a process with a file open read-write excludes every other process, and a
  reader excludes writers. A program outside the pipeline (a DuckDB shell, a notebook) can hold
  one; DuckDB then names it ("Conflicting lock is held in /usr/bin/duckdb (PID 42)"), and that
  becomes one line, or, with `--wait`, a line saying what is waited for, and a wait.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import fcntl
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

POLL_SECONDS = 0.5  # how often a wait for DuckDB's lock tries again (DuckDB offers no blocking wait)
_DUCKDB_LOCK = re.compile(
    r'Could not set lock on file "(?P<file>[^"]+)"(?:: Conflicting lock is held in (?P<holder>.+?)\.(?: See also|$))?'
)
_PR_SET_PDEATHSIG = 1  # prctl(2)
_LIBC = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)

_held: dict[int, int] = {}  # descriptor of each lock this process holds -> the pid that took it


def to_stderr(line: str) -> None:
    """Where a command says what it waits for, unless told otherwise (the scheduler logs it)."""
    print(line, file=sys.stderr, flush=True)


class WarehouseBusy(Exception):
    """Another process holds the warehouse, or one of its files, and the command does not wait."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _holder(fd: int) -> str:
    """'pid 42, warehouse run', from what the holder wrote into the lock file."""
    pid, _, command = os.pread(fd, 256, 0).decode(errors="replace").strip().partition(" ")
    if not pid:
        return "another warehouse process"
    return f"another warehouse process (pid {pid}{', ' + command if command else ''})"


@contextmanager
def exclusive(
    db_path: Path, wait: bool = False, echo: Callable[[str], None] = to_stderr, command: str = ""
) -> Iterator[None]:
    """Hold the warehouse's lock for the block; fail at once if it is taken, or with `wait`,
    say who holds it and queue behind them. `command` is what others are told holds it."""
    path = lock_path(db_path)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    owner = os.getpid()
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            if not wait:
                raise WarehouseBusy(
                    f"{holder} is using {db_path}; nothing was changed. "
                    "Run again when it has finished, or add --wait to queue behind it."
                ) from None
            echo(f"waiting for {holder} to finish with {db_path} ...")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{owner} {command}\n".encode(), 0)
        _held[fd] = owner
        yield
    finally:
        if os.getpid() == owner:  # a forked child already closed its copy
            _held.pop(fd, None)
            os.close(fd)  # closing releases the lock


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel kill this process when `parent_pid` (its parent) dies; exit now if it already has.

    For processes started by a command that holds a lock: killed with -9, the command cannot
    stop them, and an orphan would go on writing, or hold the lock's descriptor, forever.
    """
    _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:
        os._exit(1)


def _after_fork_in_child() -> None:
    """In a process forked while a lock is held: let go of the lock's descriptor, die with the parent."""
    if not _held:
        return
    parent = next(iter(_held.values()))
    for fd in _held:
        with contextlib.suppress(OSError):
            os.close(fd)  # the parent's copy keeps the lock; this copy would outlive it
    _held.clear()
    die_with_parent(parent)


os.register_at_fork(after_in_child=_after_fork_in_child)


def busy_message(error: str) -> str | None:
    """One line for DuckDB's 'Could not set lock' error (naming the holder when DuckDB does), else None."""
    found = _DUCKDB_LOCK.search(error)
    if found is None:
        return None
    holder = found["holder"] or "another program"
    return (
        f"{found['file']} is open in {holder}; nothing was changed. Close it there "
        "(open the published warehouse read-only: duckdb -readonly FILE), or add --wait to wait for it."
    )


def open_duckdb(
    path: Path,
    read_only: bool,
    wait: bool = False,
    echo: Callable[[str], None] = to_stderr,
    config: dict[str, Any] | None = None,
) -> duckdb.DuckDBPyConnection:
    """Connect to `path`; when another program's DuckDB holds the file, fail with one line naming
    it, or with `wait`, say so once and try again until it lets go."""
    import duckdb

    announced = False
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config or {})
        except duckdb.IOException as exc:
            found = _DUCKDB_LOCK.search(str(exc))
            if found is None:
                raise
            if not wait:
                raise WarehouseBusy(busy_message(str(exc))) from None
            if not announced:
                echo(f"waiting for {found['holder'] or 'another program'}, which has {path} open ...")
                announced = True
            time.sleep(POLL_SECONDS)


def wait_until_free(
    path: Path, wait: bool = False, echo: Callable[[str], None] = to_stderr, read_only: bool = False
) -> None:
    """Return once this process could open `path` (read-write, or read-only) with DuckDB.

    For a step whose DuckDB runs in another process (dbt), which would report a held file with
    a traceback: the check here names the holder, or waits for it, first.
    """
    if path.exists():
        open_duckdb(path, read_only=read_only, wait=wait, echo=echo).close()


def command_name() -> str:
    """'warehouse run': what this process tells others that wait for its lock."""
    return " ".join([Path(sys.argv[0]).name, *sys.argv[1:2]])
