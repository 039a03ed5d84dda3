"""Cleaners and extractors never raise, whatever Unicode they are given."""

import datetime as dt
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from etl.cleaning import _CAPTION_HINT, _is_caption_hint, _key, _strip_inline_noise, clean_page
from etl.extract import amounts, dates
from etl.extract.article import extract_article
from etl.extract.gazetteer import load_gazetteer
from etl.extract.initiatives import find_initiatives
from etl.extract.organisations import find_org_mentions
from etl.extract.regions import find_region_mentions
from etl.model import RawArticle
from etl.sentences import _BOUNDARY
from etl.sources import _looks_like_text

GAZ = load_gazetteer()
# Korean syllables, the punctuation of news pages, digits and anything else.
KOREANISH = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.sampled_from(list("0123456789.,()[]‘’“”'\"·•▲△-=@ \n\t조억만원년월일℃㈜")),
        st.characters(),
    ),
    max_size=400,
)


@given(KOREANISH)
def test_line_keys_keep_only_letters_and_digits_lower_cased(text: str) -> None:
    # The comparison key is defined by this regex; `_key` gets there faster and must agree.
    assert _key(text) == re.sub(r"[\s\W_]+", "", text).lower()


# Sentence ends and what stands around them: endings, stops, quotes, decimals, spaces.
SENTENCE_PIECES = st.lists(
    st.sampled_from([
        "다", "요", "죠", "까", "음", "함", "임", "됨", "면", "습", "가", "한", "AI", "81", ".", "?", "!", "”", "’",
        '"', "'", "」", "』", ")", "]", "“", "‘", "(", "[", "▲", "※", "-", " ", "  ", "\n", "\u3000", "\t",
    ]),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=300)
@given(st.one_of(SENTENCE_PIECES, KOREANISH))
@example("밝혔다.이어 81.6%를 확보했다. 무엇인가?” 그렇다")
def test_sentence_boundaries_are_the_ending_then_the_stop(text: str) -> None:
    # Written ending-first, the boundary would be tried at every position; the two must agree.
    ending_first = re.compile(
        _BOUNDARY.pattern.replace(r"\.(?<=[다요죠까음함임됨면습]\.)", r"(?<=[다요죠까음함임됨면습])\."), re.X
    )
    assert ending_first.pattern != _BOUNDARY.pattern
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in ending_first.finditer(text)]


@given(st.one_of(SENTENCE_PIECES, KOREANISH).map(lambda t: t.replace("\n", " ")))
@example("광주시는  AI\u2003 집적단지를\x0b\x0c조성한다")
def test_inline_cleaning_collapses_every_run_of_whitespace(text: str) -> None:
    # Runs are looked for only in lines with two spaces or an unprintable character: the same result.
    cleaned = _strip_inline_noise(text, [])
    assert not re.search(r"\s{2,}", cleaned)
    assert cleaned == re.sub(r"\s{2,}", " ", cleaned).strip()


# Text made of the pieces dates and amounts are written with, and the syllables their first
# letters share with ordinary words ('이', '하', '전', '대', '연', '모').
DATE_AND_MONEY_PIECES = st.lists(
    st.sampled_from([
        "지난", "오는", "오늘", "이번", "이달", "어제", "내일", "내년", "내후년", "연내", "상반기", "하반기",
        "재작년", "작년", "전년", "금년", "명년", "올", "올해", "해", "년", "도", "월", "일", "초", "말", "간",
        "'", "~", ".", "-", " ", "  ", "(", ")", "2025", "20", "12", "3", "1,200", "억", "조", "만", "원", "달러",
        "약", "대략", "총", "최대", "최소", "무려", "연간", "모두", "이", "하", "전", "대", "연", "모", "가량",
    ]),
    max_size=30,
).map("".join)  # fmt: skip


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@settings(max_examples=300)
@given(DATE_AND_MONEY_PIECES)
@example(" 3월 이번 12월 5일 하반기")  # forms that start with a space, or with a common syllable
def test_date_matcher_finds_what_its_forms_find(text: str) -> None:
    # The look-aheads only skip positions where no form can start; they never change a match.
    assert _spans(dates._DATE, text) == _spans(re.compile(f"(?:{dates._DATE_FORMS})"), text)


@settings(max_examples=300)
@given(DATE_AND_MONEY_PIECES)
@example("모두 1,200억원 대략 3조 연간 20억")
def test_money_matcher_finds_what_its_form_finds(text: str) -> None:
    assert _spans(amounts._MONEY, text) == _spans(re.compile(f"(?:{amounts._MONEY_FORM})"), text)


@given(
    st.one_of(
        KOREANISH,
        st.lists(
            st.sampled_from(["장면", "모습", "하는", "한", "▲", "왼쪽부터", "두 번째", "자료사진", "(사진=", " ", "."])
        ).map("".join),
    )
)
def test_caption_hint_marks_do_not_hide_a_caption(text: str) -> None:
    assert _is_caption_hint(text) == (_CAPTION_HINT.search(text) is not None)


@given(KOREANISH)
def test_cleaning_never_raises_and_offsets_hold(text: str) -> None:
    page = clean_page(text)
    for s in page.sentences:
        assert page.body[s.start : s.end] == s.text


@given(KOREANISH)
def test_mention_finders_never_raise(text: str) -> None:
    find_region_mentions(text, GAZ, set())
    find_org_mentions(text, GAZ, set(GAZ.region_aliases))
    find_initiatives(text)


@settings(max_examples=50)
@given(KOREANISH)
def test_whole_article_extraction_never_raises(text: str) -> None:
    raw = RawArticle("x.txt", "x.txt", "x.txt", text, "txt", content_hash="h")
    out = extract_article(raw, GAZ, dt.datetime(2026, 1, 1))
    for row in out.amounts + out.dates + out.regions + out.organisations:
        assert 0 <= row["start_offset"] <= row["end_offset"] <= len(out.article["body"])


# Pages of prose, of control bytes, of Hanja, of runs without spaces and of ASCII markup, in any mixture.
PAGE_PIECES = st.lists(
    st.sampled_from(
        [
            "정부는 ",
            "지역 AI ",
            "集積團地",
            "\x01\x02",
            "\x0b",
            "가나다라마바사",
            "\n",
            "\u3000",
            "\t",
            "漢",
            ".a{b:0}",
            "QUJD",
        ]
    ),
    max_size=400,
).map("".join)


# Words of 1 to 80 syllables, one space apart: how much of the page is whitespace varies widely.
WORD_RUNS = st.lists(st.integers(1, 80), min_size=1, max_size=60).map(lambda ns: " ".join("가" * n for n in ns))


@given(st.one_of(PAGE_PIECES, WORD_RUNS, st.text(max_size=1200)))
@example("가" * 300)  # no whitespace at all: binary that decodes to syllables
@example(("가" * 44 + " ") * 22 + "가" * 10)  # 22 spaces in 1,000 characters: one short of the bar
@example(("가" * 39 + " ") * 20 + ("가" * 39 + "\u3000") * 5)  # exactly at the bar, with ideographic spaces
@example("가나다라마바사아자차" * 20 + "\u3000" * 6)  # only the ideographic space separates words
@example("漢" * 150 + " 가" * 100)  # Hanja over 30%
@example("a{b:c}" * 200)  # minified CSS: ASCII without a space is no garbage
@example("data:image/png;base64," + "QUJD" * 300 + " 가" * 5)  # a data URI, then a little Korean
@settings(max_examples=300)
def test_text_check_agrees_with_its_plain_definition(text: str) -> None:
    # The check is defined by these three counts; `_looks_like_text` skips the ones it can.
    sample = text[:1000]
    controls = len(re.findall(r"[\x00-\x08\x0b\x0e-\x1f]", sample))
    spaces = len(re.findall(r"\s", sample))
    hanja = len(re.findall(r"[\u4e00-\u9fff\uf900-\ufaff]", sample))
    beyond_ascii = len(re.findall(r"[^\x00-\x7f]", sample))
    plain = controls <= len(sample) * 0.02 and not (len(sample) >= 200 and spaces < beyond_ascii / 40)
    assert _looks_like_text(text) == (plain and hanja <= len(sample) * 0.3)
