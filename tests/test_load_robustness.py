"""One article never stops a load; keys are paths; a load reconciles with what it was given."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import etl.load
import etl.sources
from etl import migrate
from etl.load import load_paths
from etl.publish import WarehouseFiles
from etl.sources import read_articles

from .conftest import query_rows

CLI = str(Path(sys.executable).parent / "warehouse")
SENTENCE = "광주시는 올해부터 2024년까지 4116억원을 투입해 인공지능 집적단지를 조성한다고 밝혔다."


def article(extra: str = "", title: str = "광주시 AI 집적단지 조성") -> str:
    return f"{title}\n등록 2020-04-28 13:28\n{SENTENCE}{extra}\n"


def _keys(db: Path) -> set[str]:
    return {key for (key,) in query_rows(db, "select source_key from staging.articles")}


def _skips(db: Path) -> dict[str, str]:
    return dict(query_rows(db, "select source_path, reason from staging.skipped_inputs"))


@pytest.fixture(scope="module")
def empty_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty warehouse, copied by each test that needs one (migrating takes a second)."""
    db = tmp_path_factory.mktemp("empty") / "w.duckdb"
    migrate.upgrade(db)
    return db


@pytest.fixture
def db(empty_warehouse: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "w.duckdb"
    shutil.copy(empty_warehouse, copy)
    return copy


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text(article(), encoding="utf-8")
    return articles


# --- one article, one row or one value never aborts a load -------------------------------------


@pytest.mark.parametrize(
    ("amount", "stored"),
    [
        ("1.00001달러를", [Decimal("1.0000")]),  # more decimals than the column keeps: rounded
        ("99999999999999999999조원을", []),  # more than any column holds: no money
        ("$" + "9" * 38 + "를", []),
        ("0원을", []),  # not money at all
        ("0.5원을", []),  # less than a won
        ("0.00001달러를", []),  # nothing, once rounded to what is stored
    ],
)
def test_an_amount_no_column_can_hold_never_aborts_the_load(
    db: Path, folder: Path, amount: str, stored: list[Decimal]
) -> None:
    (folder / "odd.txt").write_text(article(f" 시는 별도로 {amount} 기부했다고 밝혔다."), encoding="utf-8")
    result = load_paths(db, [folder], progress=False)
    assert (result.loaded, result.skipped) == (2, [])
    odd = query_rows(db, "select m.amount from staging.amount_mentions m join staging.articles a using (article_id) "
                    "where a.file_name = 'odd.txt' and m.amount <> 411600000000")  # fmt: skip
    assert [a for (a,) in odd] == stored


def test_lone_surrogates_and_control_characters_in_jsonl_fields_load_as_text(db: Path, folder: Path) -> None:
    record = {
        "title": "제목\ud800\u0000", "publisher": "\udfff신문", "url": "https://x.kr/u\x07", "text": article("\ud800\x00 끝")
    }  # fmt: skip
    (folder / "dump.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")  # JSON escapes: \ud800, \u0000
    result = load_paths(db, [folder], progress=False)
    assert (result.loaded, result.skipped) == (2, [])
    [(title, publisher, url, body)] = query_rows(
        db, "select title, publisher, url, body from staging.articles where file_name = 'dump.jsonl'"
    )
    assert (title, publisher, url) == ("제목\ufffd", "\ufffd신문", "https://x.kr/u")
    assert "\x00" not in body and body.endswith("\ufffd 끝")


def _breaking(position: str, value: object):
    """`extract_article` with one article's rows given a value no staging column holds."""
    real = etl.load.extract_article

    def extract(raw, gaz, loaded_at):
        out = real(raw, gaz, loaded_at)
        if raw.file_name == "a07.txt":
            table, column = position.split(".")
            rows = out.amounts if table == "amounts" else [out.article]
            rows[0][column] = value
        return out

    return extract


def _many(folder: Path, n: int = 80) -> None:
    for i in range(n):  # enough for the worker processes to be used
        (folder / f"a{i:02d}.txt").write_text(article(f" {i}번째 기사입니다."), encoding="utf-8")


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize(
    ("position", "value", "reason"),
    [
        ("amounts.amount", Decimal("1e40"), "cannot be stored: ArrowInvalid"),
        ("amounts.amount_krw", 10**20, "cannot be stored"),
        ("article.title", "\ud800", "cannot be stored: UnicodeEncodeError"),
        ("article.body", None, "cannot be stored: ValueError: articles.body has no value"),
    ],
)
def test_a_row_no_column_can_hold_skips_only_its_article(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int, position: str, value: object, reason: str
) -> None:
    articles = tmp_path / "many"
    articles.mkdir()
    _many(articles)
    monkeypatch.setattr(etl.load, "extract_article", _breaking(position, value))  # forked workers see it too
    result = load_paths(db, [articles], progress=False, workers=workers, batch_size=50)
    assert result.loaded == 79
    [(path, why)] = _skips(db).items()
    assert path.endswith("/a07.txt") and why.startswith(reason)
    assert len(_keys(db)) == 79


def test_an_article_the_database_refuses_is_skipped_and_its_file_read_again(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = tmp_path / "many"
    articles.mkdir()
    _many(articles, 10)
    real = etl.load.extract_article

    def same_key_as_a06(raw, gaz, loaded_at):  # a unique key taken twice: only DuckDB can tell
        out = real(raw, gaz, loaded_at)
        if raw.file_name == "a07.txt":
            out.article["source_key"] = str(articles / "a06.txt")
        return out

    monkeypatch.setattr(etl.load, "extract_article", same_key_as_a06)
    result = load_paths(db, [articles], progress=False, workers=1)
    assert result.loaded == 9 and [s.file_name for s in result.skipped] == ["a07.txt"]
    assert "cannot be written" in result.skipped[0].reason
    recorded = {p for (p,) in query_rows(db, "select source_path from staging.input_files")}
    assert str(articles / "a07.txt") not in recorded and str(articles / "a06.txt") in recorded
    monkeypatch.undo()
    again = load_paths(db, [articles], progress=False)
    assert (again.loaded, again.unchanged, again.skipped) == (1, 9, [])


# Amounts, dates and strings as a dump may carry them: any text, any number with any unit,
# dates that do not exist, values of the wrong JSON type.
ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),  # lone surrogates
        st.characters(max_codepoint=0x1F),  # control characters, NUL among them
        st.sampled_from(list("조억만천원달러년월일$.,")),
    ),
    max_size=60,
)
AMOUNTS = st.builds(
    "{}{}{}".format,
    st.sampled_from(["", "$", "약 ", "총 "]),
    st.one_of(st.integers(0, 10**45).map(str), st.decimals(allow_nan=False, allow_infinity=False).map(str)),
    st.sampled_from(["원", "억원", "조원", "달러", "억 달러", " billion", "조 5천억원", "만원"]),
)
DATES = st.builds("{}년 {}월 {}일".format, st.integers(0, 99999), st.integers(-1, 99), st.integers(-1, 99)) | st.builds(
    "{}-{}-{}".format, st.integers(0, 99999), st.integers(0, 99), st.integers(0, 99)
)
FIELD_VALUES = st.one_of(ANY_TEXT, DATES, AMOUNTS, st.integers(), st.floats(), st.none(), st.booleans(),
                         st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=FIELD_VALUES,
    publisher=FIELD_VALUES,
    published_at=FIELD_VALUES,
    url=FIELD_VALUES,
    words=st.lists(st.one_of(ANY_TEXT, AMOUNTS, DATES), min_size=1, max_size=8),
)
@example(title="\ud800", publisher=None, published_at="9999-12-31", url=1, words=["99999999999999999999조원"])
@example(title="x", publisher="", published_at="0000-00-00", url=[], words=["$" + "9" * 38, "1.00001달러", "0원"])
def test_any_amounts_dates_and_strings_in_a_jsonl_line_never_abort_the_batch(
    empty_warehouse: Path, tmp_path_factory: pytest.TempPathFactory, title, publisher, published_at, url, words
) -> None:
    tmp = tmp_path_factory.mktemp("jsonl")
    db = tmp / "w.duckdb"
    shutil.copy(empty_warehouse, db)
    text = f"{SENTENCE} " + " ".join(words) + "을 투입한다고 밝혔다."
    odd = {"title": title, "publisher": publisher, "published_at": published_at, "url": url, "text": text}
    good = {"title": "제목", "text": article()}
    lines = [json.dumps(good), json.dumps(odd), json.dumps(good | {"text": article(" 셋째.")})]
    (tmp / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load_paths(db, [tmp / "dump.jsonl"], progress=False, workers=1)
    keys = _keys(db)
    assert {f"{tmp / 'dump.jsonl'}#1", f"{tmp / 'dump.jsonl'}#3"} <= keys
    line_2 = f"{tmp / 'dump.jsonl'}#2"
    assert (line_2 in keys) != any(s.source_path == line_2 for s in result.skipped)  # loaded, or skipped by name
    assert all(s.reason for s in result.skipped)


# --- keys: one per path (and line) ------------------------------------------------------------


@pytest.mark.parametrize("batch_size", [1000, 1])
def test_files_of_one_name_in_two_folders_are_two_articles(db: Path, tmp_path: Path, batch_size: int) -> None:
    for name, extra in (("a", " 첫째 폴더."), ("b", " 둘째 폴더.")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.txt").write_text(article(extra), encoding="utf-8")
    result = load_paths(db, [tmp_path / "a", tmp_path / "b"], progress=False, batch_size=batch_size)
    assert (result.loaded, result.replaced, result.skipped) == (2, 0, [])
    assert _keys(db) == {str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt")}
    names = [n for (n,) in query_rows(db, "select file_name from staging.articles")]
    assert names == ["x.txt", "x.txt"]  # the base name stays, for whoever reads it


def test_an_article_is_keyed_by_the_real_path_however_the_folder_is_named(db: Path, folder: Path) -> None:
    os.symlink(folder, folder.parent / "alias")
    load_paths(db, [folder.parent / "alias"], progress=False)
    again = load_paths(db, [folder / ".." / folder.name], progress=False)
    assert (again.loaded, again.unchanged, again.removed) == (0, 1, 0)
    assert _keys(db) == {str(folder / "good.txt")}


def test_migration_0010_rekeys_a_warehouse_loaded_by_base_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    def old_id(key: str) -> str:
        return hashlib.sha1(key.encode()).hexdigest()[:16]

    monkeypatch.chdir(tmp_path)  # the old loader stored paths as given: relative to where it ran
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db, "0007")
    con = duckdb.connect(str(db))
    for key, path, fmt in (("x.txt", "articles/x.txt", "txt"), ("d.jsonl#2", "articles/d.jsonl", "jsonl")):
        con.execute(
            "insert into staging.articles (article_id, source_key, file_name, source_path, source_format, "
            "content_hash, body, sentence_count, loaded_at, parser_version) values (?, ?, ?, ?, ?, 'h', 'body', 1, "
            "now(), '2')", [old_id(key), key, path.split("/")[1], path, fmt]
        )  # fmt: skip
        con.execute("insert into staging.sentences values (?, 0, 0, 4, 'body')", [old_id(key)])
    con.execute("insert into staging.input_files values ('articles/x.txt', 1, 1, '2', 1, now())")
    con.execute("insert into staging.skipped_inputs values ('articles/d.jsonl#3', 'd.jsonl', 'line 3: bad', now())")
    con.close()
    migrate.upgrade(db)
    real = tmp_path.resolve() / "articles"
    keys = {f"{real}/x.txt": f"{real}/x.txt", f"{real}/d.jsonl#2": f"{real}/d.jsonl"}
    assert dict(query_rows(db, "select source_key, source_path from staging.articles")) == keys
    assert query_rows(db, "select count(*) from staging.sentences s join staging.articles a using (article_id)") == [
        (2,)
    ]
    assert {a for (a,) in query_rows(db, "select article_id from staging.articles")} == {
        etl.load.article_id(k) for k in keys
    }
    assert query_rows(db, "select source_path from staging.input_files") == [(f"{real}/x.txt",)]
    assert query_rows(db, "select source_path from staging.skipped_inputs") == [(f"{real}/d.jsonl#3",)]
    migrate.downgrade(db, "0007")
    assert {k for (k,) in query_rows(db, "select source_key from staging.articles")} == {"x.txt", "d.jsonl#2"}
    assert {a for (a,) in query_rows(db, "select article_id from staging.sentences")} == {
        old_id("x.txt"),
        old_id("d.jsonl#2"),
    }


@pytest.mark.parametrize("batch_size", [1000, 1])
def test_an_edited_file_replaces_its_earlier_version(db: Path, folder: Path, batch_size: int) -> None:
    load_paths(db, [folder], progress=False, batch_size=batch_size)
    (folder / "good.txt").write_text(article().replace("4116억원", "4200억원"), encoding="utf-8")
    again = load_paths(db, [folder], progress=False, batch_size=batch_size)
    assert (again.loaded, again.replaced) == (0, 1)
    assert [a for (a,) in query_rows(db, "select amount_krw from staging.amount_mentions")] == [420_000_000_000]


# --- a load reconciles with its inputs ----------------------------------------------------------


def test_a_file_removed_from_the_folder_is_removed_from_the_warehouse(db: Path, folder: Path) -> None:
    (folder / "old.txt").write_text(article(" 지난 기사."), encoding="utf-8")
    load_paths(db, [folder], progress=False)
    (folder / "old.txt").unlink()
    again = load_paths(db, [folder], progress=False)
    assert (again.unchanged, again.removed) == (1, 1)
    assert _keys(db) == {str(folder / "good.txt")}
    assert query_rows(db, "select count(*) from staging.sentences s left join staging.articles a using (article_id) "
                     "where a.article_id is null") == [(0,)]  # fmt: skip
    assert [p for (p,) in query_rows(db, "select source_path from staging.input_files")] == [str(folder / "good.txt")]


def test_a_line_removed_from_a_dump_leaves_exactly_the_lines_that_remain(db: Path, folder: Path) -> None:
    dump = folder / "dump.jsonl"
    lines = [json.dumps({"text": article(f" {n}번째 줄.")}, ensure_ascii=False) for n in (1, 2, 3)]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    load_paths(db, [folder], progress=False)
    dump.write_text("\n".join(lines[1:]) + "\n", encoding="utf-8")
    again = load_paths(db, [folder], progress=False)
    assert (again.replaced, again.removed) == (2, 1)
    bodies = dict(query_rows(db, "select source_key, body from staging.articles where file_name = 'dump.jsonl'"))
    assert sorted(bodies) == [f"{dump}#1", f"{dump}#2"]
    assert "2번째 줄" in bodies[f"{dump}#1"] and "3번째 줄" in bodies[f"{dump}#2"]


def test_loading_one_file_or_another_folder_removes_nothing_else(db: Path, folder: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "y.txt").write_text(article(" 다른 폴더."), encoding="utf-8")
    (folder / "z.txt").write_text(article(" 같은 폴더."), encoding="utf-8")
    load_paths(db, [folder, other], progress=False)
    every = _keys(db)
    assert load_paths(db, [folder / "good.txt"], progress=False).removed == 0
    assert load_paths(db, [other], progress=False).removed == 0
    assert _keys(db) == every and len(every) == 3


def test_keep_missing_keeps_what_is_gone_and_says_so(db: Path, folder: Path) -> None:
    (folder / "old.txt").write_text(article(" 지난 기사."), encoding="utf-8")
    load_paths(db, [folder], progress=False)
    (folder / "old.txt").unlink()
    kept = load_paths(db, [folder], progress=False, keep_missing=True)
    assert (kept.removed, kept.missing_kept) == (0, 1) and len(_keys(db)) == 2
    assert load_paths(db, [folder], progress=False).removed == 1


def test_what_cannot_be_read_now_keeps_its_articles(db: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import etl.sources

    (folder / "sub").mkdir()
    (folder / "sub" / "in_sub.txt").write_text(article(" 하위 폴더."), encoding="utf-8")
    load_paths(db, [folder], progress=False)
    (folder / "good.txt").write_bytes(b"\x00\x01 binary now")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("/sub"):  # the suite may run as root, where chmod 000 still lists
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(etl.sources.os, "scandir", scandir)
    again = load_paths(db, [folder], progress=False)
    assert again.removed == 0 and len(_keys(db)) == 2
    assert {s.file_name: s.reason for s in again.skipped} == {
        "good.txt": "binary content (NUL bytes), not text",
        "sub": "cannot read folder: Permission denied",
    }


def test_a_folder_given_that_no_longer_exists_loses_its_articles(db: Path, folder: Path, tmp_path: Path) -> None:
    load_paths(db, [folder], progress=False)
    shutil.rmtree(folder)
    again = load_paths(db, [folder], progress=False)
    assert again.removed == 1 and _keys(db) == set()
    assert [s.reason for s in again.skipped] == ["no such file or folder"]


def test_the_skip_record_of_a_deleted_bad_file_goes_with_it(db: Path, folder: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    load_paths(db, [folder], progress=False)
    assert list(_skips(db)) == [str(folder / "empty.txt")]
    (folder / "empty.txt").unlink()
    load_paths(db, [folder], progress=False)
    assert _skips(db) == {}


@pytest.mark.e2e
def test_the_load_summary_names_what_was_removed(tmp_path: Path, folder: Path) -> None:
    (folder / "old.txt").write_text(article(" 지난 기사."), encoding="utf-8")
    load = [CLI, "load", "--db", str(tmp_path / "w.duckdb"), "--articles", str(folder)]
    assert subprocess.run(load, capture_output=True).returncode == 0
    (folder / "old.txt").unlink()
    kept = subprocess.run([*load, "--keep-missing"], capture_output=True, text=True)
    assert "0 removed" in kept.stdout and "kept 1 articles whose inputs are gone (--keep-missing)" in kept.stdout
    removed = subprocess.run(load, capture_output=True, text=True)
    assert "1 unchanged, 1 removed (gone from the inputs given)" in removed.stdout


# --- inputs that are not what they seem ----------------------------------------------------------


@pytest.mark.e2e
def test_a_fifo_hangs_neither_explain_nor_load(tmp_path: Path, folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")  # nothing ever writes to it
    explain = subprocess.run([CLI, "explain", str(folder / "pipe.txt")], capture_output=True, text=True, timeout=60)
    assert explain.returncode == 1 and "not a regular file" in explain.stderr
    for inputs in (folder, folder / "pipe.txt"):
        load = subprocess.run([CLI, "load", "--db", str(tmp_path / "w.duckdb"), "--articles", str(inputs)],
                              capture_output=True, text=True, timeout=60)  # fmt: skip
        assert load.returncode == 3 and "pipe.txt: not a regular file" in load.stderr


def test_a_file_that_becomes_a_fifo_after_discovery_is_not_waited_for(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "late.jsonl")
    with pytest.raises(etl.sources.InputError, match="not a regular file"):
        list(read_articles(tmp_path / "late.jsonl"))


def test_links_to_files_outside_the_folders_given_are_not_followed(db: Path, folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text(article(" 폴더 밖의 파일."), encoding="utf-8")
    os.symlink(outside, folder / "outside.txt")
    os.symlink(folder / "good.txt", folder / "again.txt")  # inside: the target is loaded once, as itself
    result = load_paths(db, [folder], progress=False)
    assert _keys(db) == {str(folder / "good.txt")}
    assert {s.file_name: s.reason for s in result.skipped} == {
        "outside.txt": "symbolic link to a file outside the folders given: not followed"
    }
    load_paths(db, [folder, outside], progress=False)  # named by hand, it loads
    assert str(outside) in _keys(db)


def test_a_file_name_that_is_not_utf8_is_skipped_by_name(db: Path, folder: Path) -> None:
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "w", encoding="utf-8") as f:
        f.write(article())
    result = load_paths(db, [folder], progress=False)
    assert result.loaded == 1 and [s.file_name for s in result.skipped] == ["caf\ufffd.txt"]
    assert "not valid UTF-8" in result.skipped[0].reason


@pytest.mark.parametrize(
    "head",
    [
        "<style>" + ".a{color:#333;margin:0 auto;padding:0}" * 80 + "</style>",  # minified CSS
        '<link rel="icon" href="data:image/png;base64,' + "iVBORw0KGgoAAAANSUhEUgAA" * 80 + '">',  # a data URI
    ],
)
def test_a_saved_page_that_opens_with_css_or_a_data_uri_is_a_page(db: Path, folder: Path, head: str) -> None:
    page = f"<html><head>{head}<title>광주 AI</title></head><body><article><p>{article()}</p></article></body></html>"
    (folder / "page.html").write_text(page, encoding="utf-8")
    result = load_paths(db, [folder], progress=False)
    assert (result.loaded, result.skipped) == (2, [])


# --- the build and the reports go on --------------------------------------------------------------


@pytest.mark.e2e
def test_hostile_values_never_stop_the_build_or_the_reports(tmp_path: Path, folder: Path) -> None:
    (folder / "zero.txt").write_text(article(" 광주시는 0원을 들여 조성한다고 밝혔다."), encoding="utf-8")
    records = [
        {"title": "NUL\u0000 제목", "text": article(" 본문\u0000에 NUL이 있다.")},
        {"title": "\ud800", "publisher": "\udc00", "text": article(" 1.00001달러와 99999999999999999999조원.")},
    ]
    (folder / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db, out = tmp_path / "w.duckdb", tmp_path / "reports"
    run = [CLI, "run", "--db", str(db), "--articles", str(folder), "--reports", str(out)]
    proc = subprocess.run(run, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "rows per mart: dim_article 4" in proc.stdout
    for csv_file in (out / "latest").glob("*.csv"):
        assert "\x00" not in csv_file.read_text(encoding="utf-8-sig"), csv_file.name
    # An amount of 0 stored by an older parser: left out of the marts, a warning, not a failed build.
    # (Staging is written in the work copy, as a load would; the published file is only ever replaced.)
    con = duckdb.connect(str(WarehouseFiles(db).work))
    con.execute("update staging.amount_mentions set amount = 0, amount_krw = 0 where mention_index = 0")
    con.close()
    rebuilt = subprocess.run([CLI, "build", "--db", str(db)], capture_output=True, text=True)
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    assert "warning" in rebuilt.stdout and "is_positive" in rebuilt.stdout
    assert query_rows(db, "select count(*) from fct_funding where amount <= 0 or amount_krw <= 0") == [(0,)]


@pytest.mark.e2e
def test_a_quote_and_other_odd_characters_in_the_warehouse_name_do_not_break_dbt(tmp_path: Path) -> None:
    from .conftest import SEEDS

    db = tmp_path / "it's $HOME {{ x }} 100% (copy) 한글.duckdb"
    extra = tmp_path / "extra.txt"
    run = [CLI, "run", "--db", str(db), "--reports", str(tmp_path / "out"), "--articles", str(SEEDS)]
    first = subprocess.run(run, capture_output=True, text=True)
    assert first.returncode == 0, first.stdout + first.stderr
    extra.write_text(article(" 추가 기사."), encoding="utf-8")
    second = subprocess.run([*run, str(extra)], capture_output=True, text=True)  # a replay this time
    assert second.returncode == 0, second.stdout + second.stderr
    assert "compiled SQL refilled the marts" in second.stdout
    assert query_rows(db, "select count(*) from dim_article") == [(6,)]


@pytest.mark.parametrize("name", ['say "hi".duckdb', "a#b.duckdb", "what?.duckdb"])
def test_a_warehouse_name_dbt_cannot_use_is_refused_by_name(tmp_path: Path, name: str) -> None:
    from etl.build import BuildError, check_dbt_can_build

    with pytest.raises(BuildError, match="dbt cannot build a warehouse whose path contains"):
        check_dbt_can_build(tmp_path / name)
    check_dbt_can_build(tmp_path / "it's fine.duckdb")


def test_dates_that_do_not_exist_in_metadata_are_no_date(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    values = ["0000-01-01", "2025-02-30", "2025-13-01", 20251301, None, {"y": 2025}]
    dump.write_text("\n".join(json.dumps({"published_at": v, "text": "본문"}) for v in values), encoding="utf-8")
    assert [a.published_date for a in read_articles(dump)] == [None] * len(values)
