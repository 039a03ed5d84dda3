"""Reading input files: .txt pages and .jsonl dumps here, other formats in `etl.readers`.

Every reader yields `RawArticle`s or raises `InputError` with a reason a user can act on;
one bad file (or one bad line, row or record) never stops the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from etl import readers
from etl.model import RawArticle, SkippedInput

SUPPORTED_SUFFIXES = (".txt", ".jsonl", *readers.SUFFIXES)
MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; anything this big is not one


class InputError(Exception):
    """An input that cannot be read as an article; the message says why."""


def file_key(path: Path) -> str:
    """The source key of a file's article; a line, row or record inside a file adds '#n'."""
    return path.name


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode_bytes(data: bytes) -> str:
    """Decode Korean text in the encodings real archives use: UTF-8 (± BOM), UTF-16 with BOM, CP949."""
    if not data.strip():
        raise InputError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        raise InputError("binary content (NUL bytes), not text")
    for encoding in ("utf-8", "cp949"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
        raise InputError(f"binary content: decodes as {encoding} but does not read as text")
    raise InputError("not valid UTF-8, UTF-16 or CP949/EUC-KR text")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_HANJA = re.compile(r"[\u4e00-\u9fff\uf900-\ufaff]")
_CONTROL_OR_HANJA = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\u4e00-\u9fff\uf900-\ufaff]")


def _looks_like_text(text: str) -> bool:
    """Prose, not bytes that happen to decode: few control characters, words separated by spaces,
    and not mostly Hanja (random high bytes decode as CP949 Hanja and rare syllables). The first
    thousand characters tell: decoded garbage is garbage throughout.

    Real articles have neither control characters nor Hanja, so one scan for either settles
    both counts; and their spaces and line breaks alone clear the whitespace bar, so the
    costlier count of every kind of whitespace runs only when they do not.
    """
    sample = text[:1000]
    if _CONTROL_OR_HANJA.search(sample):
        if len(_CONTROL.findall(sample)) > len(sample) * 0.02:
            return False
        if len(_HANJA.findall(sample)) > len(sample) * 0.3:
            return False
    if len(sample) < 200 or sample.count(" ") + sample.count("\n") >= len(sample) / 40:
        return True
    return len(sample) - len("".join(sample.split())) >= len(sample) / 40


def parse_date(value: str | None) -> dt.date | None:
    """A date from metadata in the usual forms: ISO timestamps, 2025.04.10, 2025년 4월 10일."""
    if not value:
        return None
    m = re.search(r"(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def discover(paths: list[Path]) -> tuple[list[Path], list[SkippedInput]]:
    """The input files under the given files or folders, sorted; anything unusable is reported.

    Folders are walked without following symbolic links, so a link loop cannot trap the walk;
    a link that loops or points nowhere is reported as skipped. The walk reads each folder's
    entries once (`os.scandir`): their types come with the listing, so a plain file costs no
    system call of its own, which is most of what a reload with nothing changed does.
    """
    found: list[str] = []
    skipped: list[SkippedInput] = []

    def consider(path: str, name: str, is_file: Callable[[], bool], is_symlink: Callable[[], bool]) -> None:
        if name.startswith("."):
            return
        if name.lower().endswith(SUPPORTED_SUFFIXES) and _true_unless_oserror(is_file):
            found.append(path)  # the usual case; the checks below say why a path is not
        elif is_symlink() and not os.path.exists(path):
            skipped.append(SkippedInput(path, name, "symbolic link that loops or points nowhere"))
        elif not name.lower().endswith(SUPPORTED_SUFFIXES):
            skipped.append(SkippedInput(path, name, f"unsupported file type '{Path(name).suffix}'"))

    def walk(folder: str) -> None:
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            return  # an unreadable folder holds nothing we can load
        folders, linked = [], []
        for entry in entries:
            if not _true_unless_oserror(entry.is_dir):
                consider(entry.path, entry.name, entry.is_file, entry.is_symlink)
            elif not entry.name.startswith("."):
                (linked if entry.is_symlink() else folders).append(entry)
        for entry in linked:
            skipped.append(SkippedInput(entry.path, entry.name, "symbolic link to a folder: not followed"))
        for entry in folders:
            walk(entry.path)

    for root in paths:
        if root.is_dir():
            walk(str(root))
        elif root.exists() or root.is_symlink():
            consider(str(root), root.name, root.is_file, root.is_symlink)
        else:
            skipped.append(SkippedInput(str(root), root.name, "no such file or folder"))
    # A file named twice (a folder and a file in it) loads once; the order is that of Path.
    unique = [Path(p) for p in set(found)]
    return sorted(unique, key=lambda p: p.parts), skipped


def _true_unless_oserror(check: Callable[[], bool]) -> bool:
    """A file-type test that, like pathlib's, answers False for a path it cannot stat (a loop)."""
    try:
        return check()
    except OSError:
        return False


def read_articles(path: Path, columns: dict[str, str] | None = None) -> Iterator[RawArticle | SkippedInput]:
    """The articles of one input file; a problem with the whole file raises `InputError`.

    `columns` maps article fields to a table's column names (`--columns`), for tables whose
    columns no built-in mapping knows.
    """
    try:
        if path.suffix.lower() == ".jsonl":  # a dump of many articles: streamed, never held whole
            yield from _read_jsonl(path)
            return
        if readers.reader_for(path.name):
            yield from readers.read(path, columns)
            return
        data = read_whole(path)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}") from exc
    text = decode_bytes(data)
    yield RawArticle(str(path), path.name, file_key(path), text, "txt", content_hash=content_hash(text))


def read_whole(path: Path) -> bytes:
    """The bytes of a file read at once (one article, a feed, a JSON document), within a size limit."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"file is {size / 1024 / 1024:.0f} MB; one article is never larger than "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB (put many articles in a .jsonl file)"
        )
    return path.read_bytes()


def _read_jsonl(path: Path) -> Iterator[RawArticle | SkippedInput]:
    with path.open("rb") as f:
        for line_no, raw_line in enumerate(f, start=1):
            if line_no == 1 and raw_line.startswith(b"\xef\xbb\xbf"):
                raw_line = raw_line[3:]
            if not raw_line.strip():
                continue
            item = _jsonl_record(path, line_no, raw_line)
            if item is not None:
                yield item


def _jsonl_record(path: Path, line_no: int, raw_line: bytes) -> RawArticle | SkippedInput | None:
    def skip(reason: str) -> SkippedInput:
        return SkippedInput(f"{path}#{line_no}", path.name, f"line {line_no}: {reason}")

    if len(raw_line) > MAX_FILE_BYTES:
        return skip(f"{len(raw_line) // (1024 * 1024)} MB on one line, larger than any article")
    try:
        record = json.loads(raw_line.decode("utf-8"))
    except UnicodeDecodeError:
        return skip("not UTF-8 (JSON Lines are UTF-8)")
    except json.JSONDecodeError as exc:
        return skip(f"invalid JSON ({exc.msg})")
    if not isinstance(record, dict) or not str(record.get("text") or "").strip():
        return skip("no 'text' field")
    return RawArticle(
        source_path=str(path),
        file_name=path.name,
        source_key=f"{file_key(path)}#{line_no}",
        text=str(record["text"]),
        fmt="jsonl",
        title=_str_or_none(record.get("title")),
        publisher=_str_or_none(record.get("publisher")),
        published_date=parse_date(_str_or_none(record.get("published_at"))),
        url=_str_or_none(record.get("url")),
        content_hash=hashlib.sha256(raw_line).hexdigest(),
    )


def _str_or_none(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None
