"""One writer per warehouse: a lock file beside the DuckDB file, held for a whole command.

DuckDB allows one writing process per file and reports a second one with a cryptic error
midway; this lock turns that into a clear message before anything starts, or a queue with
`--wait`. The lock is the kernel's (flock), so a killed process never leaves it stuck.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class WarehouseBusy(Exception):
    """Another warehouse process holds the warehouse."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


@contextmanager
def exclusive(db_path: Path, wait: bool = False) -> Iterator[None]:
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            raise WarehouseBusy(
                f"another warehouse process (pid {holder}) is using {db_path}; nothing was changed. "
                "Run again when it has finished, or add --wait to queue behind it."
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock
