"""Web archives (.warc, .warc.gz: a crawl, Common Crawl's CC-NEWS), read by warcio.

Every HTML response record is a page, read as a saved .html page is (`etl.readers.html`,
where the article is extracted), keeping the record's target URI and its date: the page's own
address and date win when it states them. Requests, metadata, redirects and non-HTML responses are not articles and are
passed over; an HTML page that is not an article, or a record that cannot be read, is skipped
and named by its number in the file (1 = the first record) and its URI.
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Iterator
from pathlib import Path

from etl.model import RawArticle, SkippedInput
from etl.readers.fields import date_from, record_key, skipped
from etl.sources import MAX_FILE_BYTES, InputError, content_hash, decode_bytes

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read(path: Path, columns: dict[str, str] | None = None) -> Iterator[RawArticle | SkippedInput]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not _starts_like_warc(path):
        raise InputError("not a WARC file: it does not open with a 'WARC/1.x' record header")
    with path.open("rb") as stream:
        records = iter(ArchiveIterator(stream))
        number = 0
        while True:
            number += 1
            try:
                record = next(records)
            except StopIteration:
                return
            except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
                if number == 1:
                    raise InputError(f"not a WARC file ({exc})") from None
                yield skipped(path, number, "record", f"unreadable, and so is the rest of the file ({exc})")
                return
            item = _record_article(path, number, record)
            if item is not None:
                yield item


def _starts_like_warc(path: Path) -> bool:
    """Whether the file (gzipped or not) opens as every WARC file does. warcio itself reads
    nearly any text as records, so a stray file would load as nonsense."""
    with path.open("rb") as f:
        head = f.read(2)
    try:
        with gzip.open(path, "rb") if head == b"\x1f\x8b" else path.open("rb") as f:
            return f.read(5) == b"WARC/"
    except (OSError, EOFError):
        return False


def _record_article(path: Path, number: int, record) -> RawArticle | SkippedInput | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode()
    mime = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if status != "200" or mime not in HTML_TYPES:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    try:
        payload = record.content_stream().read(MAX_FILE_BYTES + 1)
        if len(payload) > MAX_FILE_BYTES:
            return skipped(path, number, "record", f"{uri}: a page larger than any article")
        markup = decode_bytes(payload)
    except InputError as exc:
        return skipped(path, number, "record", f"{uri}: {exc}")
    except Exception as exc:  # a broken payload (bad chunking or compression) is that record's problem
        return skipped(path, number, "record", f"{uri}: unreadable ({type(exc).__name__}: {exc})")
    return RawArticle(
        source_path=str(path),
        file_name=path.name,
        source_key=record_key(path, number),
        text=markup,
        fmt="warc",
        published_date=_record_date(record),
        url=uri,
        content_hash=content_hash(markup),
        is_page=True,
    )


def _record_date(record) -> dt.date | None:
    return date_from(record.rec_headers.get_header("WARC-Date"))
