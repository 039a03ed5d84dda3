"""Reading input files: .txt pages and .jsonl dumps here (each line an article object, read as
`etl.readers.json_articles` reads one), other formats in `etl.readers`.

Every reader yields `RawArticle`s or raises `InputError` with a reason a user can act on;
one bad file (or one bad line, row or record) never stops the others.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from etl import readers
from etl.model import RawArticle, SkippedInput, article_key

SUPPORTED_SUFFIXES = (".txt", ".jsonl", *readers.SUFFIXES)
MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; anything this big is not one
# Reading a file (decoding it, splitting a feed, a table or an archive into articles) takes
# milliseconds; feedparser's HTML sanitiser takes minutes on some malformed items (a few hundred
# kilobytes of unclosed '<!--'). A file that has used this much CPU time is not read
# (etl.timelimit.each_in_time). Pages are parsed later, under the extraction limit.
READING_TIME_LIMIT_S = 8.0
TOO_SLOW_TO_READ = "reading stopped after {limit:g} s of CPU time (a malformed file?)"


class InputError(Exception):
    """An input that cannot be read as an article; the message says why."""


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
    """Prose, not bytes that happen to decode: few control characters, not mostly Hanja (random
    high bytes decode as CP949 Hanja and rare syllables), and letters beyond ASCII separated by
    whitespace. The first thousand characters tell: decoded garbage is garbage throughout.

    Only letters beyond ASCII call for whitespace: a saved page may open with a kilobyte of
    minified CSS or a base64 data URI, ASCII without a space, and is still a page; what decodes
    from garbage is nearly all Hangul and Hanja with no space at all.

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
    if len(sample) < 200:
        return True
    bar = (len(sample) - len(sample.encode("ascii", "ignore"))) / 40  # a space per 40 letters beyond ASCII
    if sample.count(" ") + sample.count("\n") >= bar:
        return True
    return len(sample) - len("".join(sample.split())) >= bar


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


NO_SUCH_INPUT = "no such file or folder"


def input_root(path: Path) -> str:
    """How a file or folder given to a load is named: its absolute path, symbolic links resolved.

    Articles are keyed by the real path of their file (see `etl.model.article_key`), so the
    same file is one article however it is reached, and a load's scope is the real paths of
    what it was given.
    """
    return os.path.realpath(path)


def discover(paths: list[Path]) -> tuple[list[Path], list[SkippedInput]]:
    """The input files under the given files or folders, by their real paths, sorted; anything
    unusable is reported.

    Folders are walked without following symbolic links, so a link loop cannot trap the walk;
    a link that loops or points nowhere is reported as skipped. A link to a file inside the
    folders given is not read through the link: the walk finds its target, one article; a link
    to a file outside them is reported and not read (a folder of articles cannot pull in any
    file of the machine). A file or folder given by name is read wherever its links lead. The
    walk reads each folder's entries once (`os.scandir`): their types come with the listing, so
    a plain file costs no system call of its own, which is most of what a reload with nothing
    changed does.
    """
    found: list[str] = []
    skipped: list[SkippedInput] = []
    folders_given = [root for root in map(input_root, paths) if os.path.isdir(root)]

    def skip(path: str, name: str, reason: str) -> None:
        skipped.append(SkippedInput(_displayable(path), _displayable(name), reason))

    def inside_folders_given(path: str) -> bool:
        real = os.path.realpath(path)
        return any(real.startswith(folder.rstrip(os.sep) + os.sep) for folder in folders_given)

    def consider(path: str, name: str, is_file: Callable[[], bool], is_symlink: Callable[[], bool]) -> None:
        if name.startswith("."):
            return
        supported = name.lower().endswith(SUPPORTED_SUFFIXES)
        if supported and not is_symlink() and _true_unless_oserror(is_file):
            if _displayable(path) == path:
                found.append(path)  # the usual case; the checks below say why a path is not
            else:
                skip(path, name, "file name is not valid UTF-8: rename the file to load it")
        elif is_symlink() and not os.path.exists(path):
            skip(path, name, "symbolic link that loops or points nowhere")
        elif not supported:
            skip(path, name, f"unsupported file type '{Path(name).suffix}'")
        elif is_symlink():
            if not inside_folders_given(path):
                skip(path, name, "symbolic link to a file outside the folders given: not followed")
        else:
            skip(path, name, "not a regular file (a FIFO, socket or device): not read")

    def walk(folder: str) -> None:
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            skip(folder, os.path.basename(folder), f"cannot read folder: {exc.strerror or exc}")
            return
        folders: list[os.DirEntry[str]] = []
        linked: list[os.DirEntry[str]] = []
        for entry in entries:
            if not _true_unless_oserror(entry.is_dir):
                consider(entry.path, entry.name, entry.is_file, entry.is_symlink)
            elif not entry.name.startswith("."):
                (linked if entry.is_symlink() else folders).append(entry)
        for entry in linked:
            skip(entry.path, entry.name, "symbolic link to a folder: not followed")
        for entry in folders:
            walk(entry.path)

    for given in paths:
        root = input_root(given)
        if os.path.isdir(root):
            walk(root)
        elif os.path.lexists(root):
            consider(root, os.path.basename(root), functools.partial(os.path.isfile, root), lambda: False)
        elif os.path.islink(given):
            skip(str(given), given.name, "symbolic link that loops or points nowhere")
        else:
            skip(root, given.name, NO_SUCH_INPUT)
    # A file named twice (a folder and a file in it) loads once; the order is that of Path.
    unique = [Path(p) for p in set(found)]
    return sorted(unique, key=lambda p: p.parts), skipped


def _displayable(path: str) -> str:
    """A path as text that can be stored and printed: bytes that are not UTF-8 become U+FFFD."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


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
            with _open_input(path) as f:
                yield from _read_jsonl(path, f)
            return
        if readers.reader_for(path.name):
            yield from readers.read(path, columns)
            return
        data = read_whole(path)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}") from exc
    text = decode_bytes(data)
    if _HTML_DOCUMENT.match(text):  # a page saved under another ending ('기사.txt' holding the page's markup)
        yield RawArticle(
            str(path), path.name, article_key(str(path)), text, "html", content_hash=content_hash(text), is_page=True
        )
        return
    yield RawArticle(str(path), path.name, article_key(str(path)), text, "txt", content_hash=content_hash(text))


# A whole web page, whatever the file is called: it opens with a doctype or the html element.
_HTML_DOCUMENT = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE | re.DOTALL)


def read_whole(path: Path) -> bytes:
    """The bytes of a regular file read at once (one article, a feed, a JSON document), within a size limit."""
    with _open_input(path) as f:
        size = os.fstat(f.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"file is {size / 1024 / 1024:.0f} MB; one article is never larger than "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB (put many articles in a .jsonl file)"
            )
        return f.read()


def _open_input(path: Path) -> BinaryIO:
    """The file opened for reading, if it is a regular file.

    A FIFO would block its reader until something writes to it, forever in an articles folder;
    opened without waiting and refused here, it is one more skipped input.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # no effect on a regular file
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError("not a regular file (a FIFO, socket or device): not read")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_jsonl(path: Path, f: BinaryIO) -> Iterator[RawArticle | SkippedInput]:
    from etl.readers.json_articles import line_article  # imports this module: read lazily, as readers are

    for line_no, raw_line in enumerate(f, start=1):
        if line_no == 1 and raw_line.startswith(b"\xef\xbb\xbf"):
            raw_line = raw_line[3:]
        if not raw_line.strip():
            continue
        item = _jsonl_record(path, line_no, raw_line, line_article)
        if item is not None:
            yield item


def _jsonl_record(
    path: Path,
    line_no: int,
    raw_line: bytes,
    line_article: Callable[[Path, int, object, str], RawArticle | SkippedInput],
) -> RawArticle | SkippedInput | None:
    def skip(reason: str) -> SkippedInput:
        return SkippedInput(article_key(str(path), line_no), path.name, f"line {line_no}: {reason}")

    if len(raw_line) > MAX_FILE_BYTES:
        return skip(f"{len(raw_line) // (1024 * 1024)} MB on one line, larger than any article")
    try:
        record = json.loads(raw_line.decode("utf-8"))
    except UnicodeDecodeError:
        return skip("not UTF-8 (JSON Lines are UTF-8)")
    except json.JSONDecodeError as exc:
        return skip(f"invalid JSON ({exc.msg})")
    return line_article(path, line_no, record, hashlib.sha256(raw_line).hexdigest())
