"""Cleaners and extractors never raise, whatever Unicode they are given."""

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.cleaning import _key, clean_page
from etl.extract.article import extract_article
from etl.extract.gazetteer import load_gazetteer
from etl.extract.initiatives import find_initiatives
from etl.extract.organisations import find_org_mentions
from etl.extract.regions import find_region_mentions
from etl.model import RawArticle

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
