"""A load's scope, and what in the warehouse is gone from it.

A load is given files and folders: its scope is their real paths, and everything under them.
What it finds there decides what stays:
  - an article whose file is no longer under a folder given (deleted, moved away), or whose
    file given by name no longer exists, is gone;
  - an article whose line or record is no longer in a multi-article file read again (line 1
    of a .jsonl removed: lines 2 and 3 are now lines 1 and 2, and there is no line 3) is gone;
  - an input that is there but could not be read now (a file, a line, a folder) keeps its
    articles: a bad moment never loses what was loaded;
  - articles of other folders are out of scope: loading one file or one folder never removes
    anything elsewhere.
Keys are paths (see `etl.model.article_key`), so all of this is a comparison of paths.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass
class LoadScope:
    roots: list[str]  # real paths of the files and folders given
    present: set[str]  # input files found under them, read this time or not
    unreadable: set[str] = field(default_factory=set)  # inputs there but not read: their articles stay
    keys_read: dict[str, set[str]] = field(default_factory=dict)  # each file read: the keys it now holds

    def covers(self, path: str) -> bool:
        """Whether `path` is one of the roots or lies under one of them."""
        return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in self.roots)

    def is_gone(self, key: str, path: str) -> bool:
        """Whether the stored article `key`, read from the file `path`, is gone from the inputs."""
        if not self.covers(path) or self._kept_unread(path):
            return False
        if path not in self.present:
            return True
        keys = self.keys_read.get(path)
        return keys is not None and key not in keys

    def file_gone(self, path: str) -> bool:
        return self.covers(path) and path not in self.present and not self._kept_unread(path)

    def file_of(self, recorded: str) -> str:
        """The input file a skip record names: 'dump.jsonl#7' is a line of 'dump.jsonl'."""
        head, mark, record = recorded.rpartition("#")
        return head if mark and record.isdigit() and recorded not in self.present else recorded

    def _kept_unread(self, path: str) -> bool:
        if not self.unreadable:
            return False
        while True:  # the file itself, or a folder above it that could not be listed
            if path in self.unreadable:
                return True
            parent = os.path.dirname(path)
            if parent == path:
                return False
            path = parent
