"""Checks of a command line, before anything is written: a mistaken run changes nothing.

A run pointed at a folder that is not there, or at another warehouse's reports, used to load
nothing, build, and publish empty reports over good ones; each check here stops it first, with
its own exit status (etl/pipeline.py) and a line saying what to do.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from etl.pipeline import EXIT_NO_ARTICLES, EXIT_USAGE
from etl.sources import SUPPORTED_SUFFIXES


class MistakenRun(Exception):
    """The command line names what is not there, or not this warehouse's; nothing was written."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def check_warehouse_folder(db: Path) -> None:
    """A warehouse is created only in a folder that exists: a mistyped --db fails instead of
    silently starting an empty warehouse somewhere new."""
    if db.is_dir():
        raise MistakenRun(f"--db {db} is a folder; give the warehouse file, e.g. {db / 'warehouse.duckdb'}", EXIT_USAGE)
    if not db.parent.is_dir():
        raise MistakenRun(
            f"--db {db}: there is no folder {db.parent}; nothing was written. Create it first to start a warehouse there.",
            EXIT_USAGE,
        )


def check_published(db: Path) -> None:
    """Reports and queries read the published warehouse; a build makes it."""
    if not db.is_file():
        raise MistakenRun(
            f"no published warehouse at {db}; `warehouse run` (or `warehouse build` after a load) makes it",
            EXIT_USAGE,
        )


def _has_article_file(folder: Path) -> bool:
    """Whether the folder holds at least one file the loader reads (walked as the loader walks:
    hidden names and linked folders aside); stops at the first one. Raises OSError if unreadable."""
    pending = [folder]
    first = True
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            if first:
                raise  # the folder given: unreadable is an error; a subfolder the loader also skips
            continue
        first = False
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.name.lower().endswith(SUPPORTED_SUFFIXES) and os.path.isfile(entry.path):
                return True
            if entry.is_dir(follow_symlinks=False):
                pending.append(Path(entry.path))
    return False


def article_problem(path: Path) -> str | None:
    """Why `path` (an --articles argument) gives nothing to load, or None."""
    kinds = "/".join(SUPPORTED_SUFFIXES)
    if not path.exists():
        return f"{path}: no such file or folder"
    if path.is_dir():
        try:
            if not _has_article_file(path):
                return f"{path}: no article files ({kinds}) in this folder"
        except OSError as exc:
            return f"{path}: cannot read the folder: {exc.strerror or exc}"
        return None
    if not path.name.lower().endswith(SUPPORTED_SUFFIXES):
        return f"{path}: not an article file ({kinds})"
    if not os.access(path, os.R_OK):
        return f"{path}: cannot read the file"
    return None


def check_articles(paths: list[Path]) -> None:
    """Every --articles path exists, can be read and holds article files; otherwise nothing is loaded."""
    problems = [p for p in map(article_problem, paths) if p]
    if problems:
        raise MistakenRun("nothing to load, so nothing was changed: " + "; ".join(problems), EXIT_NO_ARTICLES)


def reports_owner(out: Path) -> str | None:
    """The warehouse whose reports `out` holds, as its latest manifest names it."""
    try:
        manifest = json.loads((out / "latest" / "manifest.json").read_text(encoding="utf-8"))
        return str(manifest["warehouse"]["path"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def check_reports_folder(out: Path, db: Path, default: Path) -> None:
    """Reports belong to their warehouse: never write over the reports another one published."""
    owner = reports_owner(out)
    if owner is not None and Path(owner) != db:
        raise MistakenRun(
            f"{out} holds the reports of {owner}, not of {db}; nothing was changed. "
            f"Give this warehouse's reports their own folder with --reports (its default is {default}).",
            EXIT_USAGE,
        )
