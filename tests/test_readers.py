"""Readers: .txt in the encodings Korean archives use, saved .html pages, .jsonl dumps."""

import datetime as dt
import os
from pathlib import Path

import pytest

from etl.model import RawArticle, SkippedInput
from etl.readers.html import page_article
from etl.sources import InputError, decode_bytes, discover, read_articles

TEXT = "광주시는 27일 인공지능 집적단지 회의를 개최했다."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp949", "euc-kr"])
def test_korean_text_in_common_encodings(encoding: str) -> None:
    assert decode_bytes(TEXT.encode(encoding)) == TEXT


def test_empty_and_binary_files_are_refused_with_a_reason() -> None:
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"  \n")
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x00\x01\x02junk")


def test_html_page_gives_text_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><title>t</title><meta property='og:title' content='광주 AI 집적단지'>"
        "<meta property='article:published_time' content='2020-04-28T13:28:08+09:00'>"
        "<meta property='og:site_name' content='광주일보'></head><body><nav>메뉴</nav>"
        f"<article><p>{TEXT}</p><p>{TEXT * 5}</p></article><script>var x=1;</script></body></html>",
        encoding="utf-8",
    )
    [article] = [page_article(p) for p in read_articles(page)]
    assert article.title == "광주 AI 집적단지"
    assert article.published_date == dt.date(2020, 4, 28)
    assert article.publisher == "광주일보"
    assert "var x" not in article.text and "메뉴" not in article.text


def test_jsonl_lines_load_and_a_malformed_line_is_skipped_alone(tmp_path: Path) -> None:
    dump = tmp_path / "a.jsonl"
    dump.write_text(
        '{"url": "u1", "title": "제목", "published_at": "2025-04-10", "publisher": "중도일보", "text": "본문입니다."}\n'
        "{not json\n"
        '{"url": "u3", "text": "세 번째 본문입니다."}\n',
        encoding="utf-8",
    )
    items = list(read_articles(dump))
    assert [type(i) for i in items] == [RawArticle, SkippedInput, RawArticle]
    assert items[0].published_date == dt.date(2025, 4, 10) and items[0].source_key == f"{dump}#1"
    assert items[1].source_path == f"{dump}#2" and items[2].source_key == f"{dump}#3"
    assert "line 2" in items[1].reason


def _tree(root: Path, *files: str) -> None:
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(TEXT, encoding="utf-8")


def _reasons(skipped: list[SkippedInput]) -> dict[str, str]:
    return {s.file_name: s.reason for s in skipped}


def test_discover_finds_articles_in_every_folder_in_path_order(tmp_path: Path) -> None:
    _tree(tmp_path, "b.txt", "a/z.html", "a/b/x.jsonl", "a-b/c.htm", "a/UPPER.TXT")
    found, skipped = discover([tmp_path])
    # Path order compares folder by folder: 'a/…' before 'a-b/…', a sub-folder's files among the names.
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a/UPPER.TXT", "a/b/x.jsonl", "a/z.html", "a-b/c.htm", "b.txt",
    ]  # fmt: skip
    assert skipped == []


def test_discover_leaves_hidden_files_and_folders_alone(tmp_path: Path) -> None:
    _tree(tmp_path, "a.txt", ".draft.txt", ".git/objects/b.txt", "sub/.cache/c.txt")
    found, skipped = discover([tmp_path])
    assert [p.name for p in found] == ["a.txt"] and skipped == []


def test_discover_names_what_it_cannot_load_and_why(tmp_path: Path) -> None:
    _tree(tmp_path, "a.txt", "photo.PNG", "notes.")
    os.symlink("a.txt", tmp_path / "link.txt")  # a link to a file inside: that file, found as itself
    os.symlink("nowhere.txt", tmp_path / "broken.txt")
    os.symlink("loop.txt", tmp_path / "loop.txt")
    os.symlink(tmp_path, tmp_path / "up")
    found, skipped = discover([tmp_path, tmp_path / "missing"])
    assert [p.name for p in found] == ["a.txt"]
    assert _reasons(skipped) == {
        "broken.txt": "symbolic link that loops or points nowhere",
        "loop.txt": "symbolic link that loops or points nowhere",
        "notes.": "unsupported file type ''",
        "photo.PNG": "unsupported file type '.PNG'",
        "up": "symbolic link to a folder: not followed",
        "missing": "no such file or folder",
    }


def test_discover_loads_a_file_named_twice_once(tmp_path: Path) -> None:
    _tree(tmp_path, "a.txt", "b.txt")
    found, _ = discover([tmp_path / "b.txt", tmp_path, tmp_path / "a.txt"])
    assert found == [tmp_path / "a.txt", tmp_path / "b.txt"]


def test_a_web_page_saved_under_another_ending_is_read_as_a_page(tmp_path: Path) -> None:
    page = tmp_path / "기사.txt"
    page.write_text(
        "<!DOCTYPE html>\n<html lang='ko'><head><title>대덕 양자 연구단지 첫 삽 - 대전일보</title></head>"
        "<body><article><p>대전 유성구 둔곡지구에 양자 연구단지가 첫 삽을 떴다.</p></article></body></html>",
        encoding="utf-8",
    )
    (raw,) = list(read_articles(page))
    assert raw.fmt == "html" and raw.is_page


def test_a_text_file_that_mentions_markup_stays_text(tmp_path: Path) -> None:
    note = tmp_path / "메모.txt"
    note.write_text("기사 본문에 <html> 태그가 섞여 있다.\n두 번째 줄.", encoding="utf-8")
    (raw,) = list(read_articles(note))
    assert raw.fmt == "txt"
