"""Initiative mentions in one sentence: '국가 AI 컴퓨팅센터', '울산형 소버린 인공지능 집적단지'.

A name is a quoted phrase ending in a head noun, or the words before a head noun read backwards
until a word that cannot belong to a name: a particle or verb ending ('있도록', '살린'), a
determiner or time word ('이들', '올해'), an amount or a measure ('200MW급'). The head gives the
type; glosses are dropped from the name ('인공지능(AI)' → '인공지능'). What the rule tables say is in
`etl.extract.initiative_rules`; grouping mentions into an article's initiatives is
`etl.extract.article_initiatives`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.extract import initiative_rules as rules
from etl.extract.korean import PARTICLES, first_letter_guard, trie_pattern
from etl.extract.organisation_names import looks_like_person

# A quoted phrase with no quote inside, closed by a mark of its own kind: in '"올해 … 규모의 \'울산
# AX 펀드\'를 …' the double quote opens a speech, the single ones the name.
_QUOTE_PAIRS = (("‘'", "’'"), ('“"', '”"'), ("「", "」"), ("『", "』"), ("《", "》"), ("<", ">"))
_QUOTED = re.compile(
    "|".join(
        f"[{opens}](?P<q{i}>[^’'”\"」』》>\\n]{{2,60}}?)[{closes}]" for i, (opens, closes) in enumerate(_QUOTE_PAIRS)
    )
)
_HEADS_BY_LENGTH = sorted(rules.HEAD_TYPES, key=len, reverse=True)
# A head noun, followed by what may follow a noun: not more Hangul of a longer word ('사업비',
# '협약식', '센터장'), except a particle.
_HEAD = re.compile(
    first_letter_guard(rules.HEAD_TYPES) + r"(?P<head>" + trie_pattern(rules.HEAD_TYPES) + r")"
    r"(?=[^가-힣]|$|(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r"|인|만)(?:[^가-힣]|$)"
    r"|" + rules.HEAD_ENDS_SENTENCE_AS_COPULA.pattern + ")"
)
_HANGUL = re.compile(r"[가-힣]")
# A head's first letters: one scan of the sentence tells whether any head can be in it.
_QUOTED_ONLY_TYPES = {**rules.QUOTED_HEADS, **rules.QUOTED_CLOSING_HEADS}
_HEAD_KEY = re.compile(
    trie_pattern({h.split()[0][:2] for h in (*rules.HEAD_TYPES, *_QUOTED_ONLY_TYPES, *rules.AFTER_QUOTE_HEADS)})
)
# The head that ends a quoted name, maybe with a gloss after it ('플랫폼(KAMP)').
_QUOTED_HEAD = re.compile(r"(?P<head>" + "|".join(map(re.escape, _HEADS_BY_LENGTH)) + r")(?:\([^()]*\))?$")
# A head that names an initiative only in quotes, ending the quoted name (`rules.QUOTED_HEADS`).
_QUOTED_ONLY_HEAD = re.compile(
    r"(?<=[\s가-힣A-Za-z])(?P<head>" + "|".join(sorted(_QUOTED_ONLY_TYPES, key=len, reverse=True)) + r")"
    r"(?:\([^()]*\))?$"  # a gloss may close it: '‘메디컬 AI 데이터 플랫폼(GMAP)’'
)
# …or ending a word inside a programme's name, a space after it ('스마트팜 AI 통합플랫폼 구축사업').
_INNER_QUOTED_ONLY_HEAD = re.compile(
    r"(?<=[\s가-힣A-Za-z])(?P<head>" + rules.BUILT_QUOTED_HEAD_PATTERN + r")(?=[’'”\"」』]?\s)"
)  # (its quotes may close right after it: "조선해양 'AI 팩토리' 실증사업")
# One word of a name, read backwards: a run of non-space characters, where a gloss in brackets
# ('인공지능(AI)', 'AX(인공지능 전환)') or a quoted phrase counts as part of its word.
_WORD = re.compile(
    # a quoted phrase, opened where a word starts and closed by its own kind of quote (not '"보건복지부의 ''); a gloss
    # in it too ("'Jeju Digital Twin Island(디지털트윈 AI 관광섬)' 사업")
    r"(?:(?<![^\s(\[<])(?:[‘'][^’'”\"」』\n]{1,48}[’']|[“\"][^’'”\"」』\n]{1,48}[”\"]|「[^」\n]{1,48}」|『[^』\n]{1,48}』)"
    r"|\([^()\n]{0,60}\)"  # a gloss glued to its word ('(KAMP, Korea AI Manufacturing Platform)')
    r"|[^\s(‘'“\"「『…‥.]|(?<!\.)\.(?!\.))+"  # an ellipsis parts words ('출범…미포', '출범...미포')
)
_GLOSS = re.compile(r"\([^()]*\)")
_MARKS = re.compile(r"^[^가-힣A-Za-z0-9‘'“\"「『]+|[^가-힣A-Za-z0-9’'”\"」』)]+$")
_QUOTE_CHARS = re.compile(r"[‘’'“”\"「」『』《》<>]")
_AMOUNT_WORD = re.compile(r"^\d[\d,.]*\s*[조억만천]+$")  # '5000억' of '5000억 펀드'
# '2조원대' or '수천억원짜리' glued before a head: a size, not a name.
_AMOUNT_IN_WORD = re.compile(r"\d\s*[조억만]|(?<![가-힣])" + rules.SIZE_IN_WORDS)
_MAX_WORDS_BEFORE = 7
_WINDOW = 64  # characters before a head searched for its name: more than seven words of any name
_BULLETS = ("▲", "▷", "△", "○", "◆", "■", "●", "◇", "□", "-", "※")  # marks that open an item of a list
# What follows somebody's words in quotes: '"…"라며', '"…"라고 말했다', '"…"고 밝혔다'.
_SPEECH_AFTER = re.compile(r"\s*(?:이?라며|이?라면서|이?라고|고\s|며\s|면서\s)")
_MIDDLE_DOTS = re.compile(r"[·‧ㆍ・]")
# 'AI' paired with a field by a dot or slash, on either side: 'AI·데이터', '데이터·AI', 'AI/데이터', 'AI(인공지능)·데이터' are
# one pair of fields, read as 'AI' glued before the field (`_without_glued_ai`).
_AI_PAIR = re.compile(
    r"^(?P<before>[가-힣]{2,})[·‧ㆍ・/](?:AI|인공지능)$"
    r"|^(?:AI|인공지능)(?:\((?:AI|인공지능)\))?[·‧ㆍ・/](?P<after>[가-힣]{2,})$"
)


def _ai_first(word: str) -> str:
    """'데이터·AI' → 'AI데이터': a pair of AI and a field, whichever comes first, as 'AI·데이터' is read."""
    pair = _AI_PAIR.match(word)
    return "AI" + (pair.group("before") or pair.group("after")) if pair else word


# A hyphen joining a Hangul word to 'AI' or another word, as a middle dot would: '양자-AI' is '양자·AI'.
_JOINING_HYPHEN = re.compile(r"(?<=[가-힣])[-‐‑–](?=[A-Za-z가-힣])|(?<=[A-Za-z])[-‐‑–](?=[가-힣])")
_LATIN_WORD = re.compile(r"[A-Za-z0-9&\-·.]+")


@dataclass(frozen=True)
class InitiativeMention:
    start: int  # offsets of the name within the sentence
    end: int
    name: str  # as an analyst would write it: glosses and quotes dropped, single spaces
    head: str
    initiative_type: str
    quoted: bool
    is_role: bool = (
        False  # '…를 AI 거점으로 만든다': what a place becomes; it may restate a project, never introduce one
    )
    is_counted: bool = False  # '거점 4곳': several projects, each only where the sentence lists its place
    # the head inside the quotes ("'한림 그린 AI 데이터센터'"), not a quoted modifier before it ("'풍력 직거래'
    # AI데이터센터", a headline's catchphrase): the name the project is formally given
    whole_quoted: bool = False


def find_initiatives(
    sentence: str, place_names: Collection[str] = (), masked: list[tuple[int, int]] | None = None
) -> list[InitiativeMention]:
    """Every initiative named in one sentence, in order of position.

    `place_names` are region names ('김해', '해남'), which may end like a verb form but belong to a
    name; heads inside `masked` spans (organisation names such as '원주IDC') are not initiatives.
    """
    task = rules.PLACE_TASK_OPENING.match(sentence)
    if task is not None and (
        task.group("place") not in place_names
        or not rules.PLACE_TASK_CONTENT.search(sentence)
        or rules.PLACE_TASK_IS_A_CHALLENGE.search(sentence)
    ):
        task = None
    if _HEAD_KEY.search(sentence) is None and task is None:  # many sentences name no initiative: skip the scans
        return []
    quoted = [
        part
        for m in _QUOTED.finditer(sentence)
        if (q := _quoted_mention(sentence, m.start(m.lastgroup or 0), m.end(m.lastgroup or 0), place_names))
        for part in _split_bracketed_name(sentence, q)
    ]
    quoted.extend(_tasks_after_quotes(sentence, quoted))
    if task is not None:
        quoted.append(_make(sentence, task.start("place"), task.end("head"), task.group("head"), quoted=False))
    quoted.extend(_named_by_the_quote_after(sentence, quoted, place_names))
    quoted.sort(key=lambda q: q.start)
    quoted_starts = [q.start for q in quoted]
    role_ends: set[int] = {
        q.end
        for q in quoted
        if _quoted_role(sentence, q.end)
        or rules.AIM_AFTER.match(sentence, q.end)
        or (q.initiative_type in rules.BECOMING_TYPES and rules.BECOMES_HUB_AFTER.match(sentence, q.end))
    }
    # '데이터센터는 … ‘RE100 데이터센터’로 운영된다': how the project named before runs, no name of it
    operated = {q.end for q in quoted if _operated_as(sentence, q.start, q.end)}
    named: list[InitiativeMention] = []  # by their heads, in order, none overlapping another
    counted_ends: set[int] = set()
    for m in _HEAD.finditer(sentence):
        if _overlapping(quoted, quoted_starts, m.start(), m.start() + 1) or _head_not_a_name(
            sentence, m.end(), m.group("head")
        ):
            continue
        if masked and any(s <= m.start() < e for s, e in masked):
            continue
        if _glosses_a_head(sentence, m.start()):
            continue  # 'AI 데이터센터(IDC)': another name of the one before
        mention = _mention_before(sentence, m.start(), m.end(), m.group("head"), place_names)
        if (
            mention is not None
            and rules.HEAD_MODIFIES_WHEN_BARE.match(sentence, m.end())
            and not _has_name_of_its_own(mention, place_names)
        ):
            continue  # '도내 데이터센터 용량이', 'AI 비전 검사를': what it holds or does, no project
        if mention is None or _overlapping(quoted, quoted_starts, mention.start, mention.end):
            continue
        if (
            mention.head in rules.DISTRICT_HEADS
            and not mention.quoted
            and (
                mention.name.split()[-1] in place_names
                or (rules.ESTATE_AFTER.match(sentence, m.end()) and not rules.AI_TOPIC_WORDS.search(mention.name))
            )
        ):
            continue  # '포항 블루밸리에', '블루밸리 국가산업단지에': a place, an estate's name
        if rules.HEAD_ENDS_SENTENCE_AS_COPULA.match(sentence, m.end()) and (
            not _has_name_of_its_own(mention, place_names) or _opens_with_a_description(sentence, mention)
        ):
            continue  # '그곳이 세계 최대 데이터센터다', '… 처음 착공하는 대형 디지털헬스케어 사업이다': a description
        if (
            rules.HEAD_AS_SIMILE.match(sentence, m.end())
            or rules.HEAD_IS_BESIDE.match(sentence, m.end())
            or rules.HEAD_IS_LANDMARK.match(sentence, m.end())
        ) and not _has_name_of_its_own(mention, place_names):
            continue  # '실제 데이터센터처럼 돌려보는 시험장': a likeness; '…데이터센터 옆 부지에': a landmark
        if (
            (rules.HEAD_COMPETED_FOR.match(sentence, m.end()) or rules.HEAD_SITE_OR_OPERATOR.match(sentence, m.end()))
            and not _has_name_of_its_own(mention, place_names)
            and mention.name.split()[0] not in rules.NATIONAL_NAME_WORDS
        ):
            continue  # '울산, 강원 등에서도 AI 데이터센터 유치 경쟁이': places competing, no project
        inside = 0  # '데이터센터' of '데이터센터 집적단지': the earlier names the new one holds
        while inside < len(named) and named[-1 - inside].end > mention.start:
            if named[-1 - inside].start < mention.start:
                break
            inside += 1
        if inside < len(named) and named[-1 - inside].end > mention.start:
            continue  # overlaps an earlier name it does not hold
        del named[len(named) - inside :]
        named.append(mention)
        if (
            rules.HEAD_IS_ROLE.match(sentence, m.end())
            or rules.BUILT_BY_QUOTED_AFTER.match(sentence, m.end())
            or rules.AIM_AFTER.match(sentence, m.end())
            or (mention.initiative_type in rules.BECOMING_TYPES and rules.BECOMES_HUB_AFTER.match(sentence, m.end()))
        ):
            role_ends.add(mention.end)
        if mention.initiative_type == "hub" and (
            rules.DESIGNATED_AS_AFTER.match(sentence, m.end())
            or rules.BECAME_IN_HEADLINE_AFTER.match(sentence, m.end())
        ):
            named.pop()  # '전북이 … 국가 거점으로 지정됐다', '… 국가 거점 됐다': what the place now is, no project
            continue
        if _operated_as(sentence, mention.start, mention.end):
            operated.add(mention.end)
        if rules.HEAD_COUNTED.match(sentence, m.end()):
            counted_ends.add(mention.end)

    found = sorted(quoted + named, key=lambda f: f.start)
    found = sorted(found + _brands_of_plans(sentence, found), key=lambda f: f.start)
    for f in found:  # 'A 데이터센터는 … 코로케이션(서버 임대) 센터다': what the topic is, no project of its own
        if rules.HEAD_ENDS_SENTENCE_AS_COPULA.match(sentence, f.end) and any(
            g.end <= f.start and rules.TOPIC_PARTICLE.match(sentence, g.end) for g in found
        ):
            role_ends.add(f.end)
    found = [
        f
        for f in found
        if not _abbreviation_marker(sentence, f)
        and not _companys_plan(sentence, f, masked)
        and not _speaks(sentence, f, place_names)
        and f.end not in operated
        and not _lists_a_phase(sentence, f)
        and not (f.initiative_type in rules.EQUIPMENT_TYPES and rules.SUPPLIED_AFTER.match(sentence, f.end))
        and not _unit_of_organisation(sentence, f, masked)
        and not _national_competition(sentence, f, place_names)
        and not ordered_from_abroad(sentence, f.start, _ORDER_REACH)
        and not _cited_source(sentence, f)
        and not (f.quoted and rules.COMPANY_NAMED_BEFORE.search(sentence, 0, f.start))
        and not (
            not f.quoted
            and (
                rules.PLURAL_BEFORE.search(sentence, max(0, f.start - 6), f.start)
                or f.name.split()[0] in rules.PLURAL_WORDS
            )
        )  # '각종 정책펀드는 누적 …': every one of a kind
    ]
    return [
        replace(f, is_role=f.end in role_ends, is_counted=f.end in counted_ends)
        if f.end in role_ends or f.end in counted_ends
        else f
        for f in (
            part for f in found for part in _places_sharing_a_head(sentence, _about_inner_head(sentence, f), place_names)
        )
        if _is_initiative(f) and not _only_a_place(f, place_names)
    ]  # fmt: skip


_TEACHING_REACH = 20  # characters around a campus read for teaching ('…캠퍼스에서 교육을 받는다')


def data_centre_campuses(
    mentions: dict[int, list[InitiativeMention]], sentences: dict[int, str]
) -> dict[int, list[InitiativeMention]]:
    """An article about data centres calls a data centre's site its campus: when the article names a
    data centre (even as a developer's trade, '데이터센터 개발사') and no campus has teaching words
    near it, its campuses are typed data centres."""
    kinds = {m.initiative_type for ms in mentions.values() for m in ms}
    if "education" not in kinds:
        return mentions
    if "data_centre" not in kinds and not any(rules.DATA_CENTRE_WORDS.search(s) for s in sentences.values()):
        return mentions  # no data centre anywhere: '데이터센터 개발사가 짓는 AI 캠퍼스' is about one
    campus = [(i, m) for i, ms in mentions.items() for m in ms if _school_campus(m)]
    if any(
        rules.TEACHING_WORDS.search(sentences[i], max(0, m.start - _TEACHING_REACH), m.end + _TEACHING_REACH)
        for i, m in campus
    ):
        return mentions  # a campus that teaches anywhere in the article is a school everywhere in it
    return {
        i: [replace(m, initiative_type="data_centre") if _school_campus(m) else m for m in ms]
        for i, ms in mentions.items()
    }


def _school_campus(m: InitiativeMention) -> bool:
    return m.head == rules.CAMPUS_HEAD and m.initiative_type == "education"


def _after_quote(sentence: str, end: int) -> int:
    return end + 1 if end < len(sentence) and _QUOTE_CHARS.match(sentence, end) else end


def _quoted_role(sentence: str, end: int) -> bool:
    """'…를 ‘AI 거점’으로 키운다': a quoted name with a role after its closing quote."""
    return rules.HEAD_IS_ROLE.match(sentence, _after_quote(sentence, end)) is not None


def _operated_as(sentence: str, start: int, end: int) -> bool:
    """'데이터센터는 … ‘RE100 데이터센터’로 운영된다': how a project named before it runs."""
    return (
        rules.OPERATED_AS.match(sentence, _after_quote(sentence, end)) is not None
        and _HEAD.search(sentence, 0, start) is not None
    )


def _abbreviation_marker(sentence: str, m: InitiativeMention) -> bool:
    """'(이하 클러스터)': the short form a writer announces is the name before it, not a new one."""
    return sentence[max(0, m.start - 4) : m.start].rstrip().endswith(("이하", "약칭"))


def _about_inner_head(sentence: str, m: InitiativeMention) -> InitiativeMention:
    """A project or agreement named after a facility is that facility ('인공지능 집적단지 조성사업',
    '디지털 혁신거점 조성지원 시범사업', 'AI 슈퍼클러스터 허브 구축 양해각서'), and an agreement named after
    a programme is that programme ("'AI 자율제조 전환 확산사업' 2단계 협약")."""
    if m.initiative_type not in rules.WRAPPER_TYPES:
        return m
    inner = None
    heads = list(_HEAD.finditer(sentence, m.start, m.end - len(m.head)))
    if m.initiative_type == "programme":  # a project to build an AI platform is the platform ('스마트팜 AI 통합플랫폼
        heads += [  # 구축사업'), as its quoted name would be
            h
            for h in _INNER_QUOTED_ONLY_HEAD.finditer(sentence, m.start, m.end - len(m.head))
            if _names_an_ai_thing(sentence[m.start : h.start()])  # not 'AI 팩토리 구축 사업': no name
            and rules.GRANT_WORDS.search(sentence, m.start, m.end) is None
        ]
    for h in sorted(heads, key=lambda h: h.start()):
        inner_type = rules.HEAD_TYPES.get(h.group("head")) or _QUOTED_ONLY_TYPES[h.group("head")]
        if (
            (inner_type not in rules.WRAPPER_TYPES or (m.initiative_type == "mou" and inner_type == "programme"))
            and not _head_not_a_name(sentence, h.end())
            and not _glosses_a_head(sentence, h.start())
            and rules.WRAPPER_BETWEEN.fullmatch(sentence, h.end(), sentence.rfind(m.head, m.start, m.end))
        ):
            inner = h
    if inner is None:
        return m
    about = _make(sentence, m.start, inner.end(), inner.group("head"), quoted=m.quoted)
    return _about_inner_head(sentence, about) if about.initiative_type == "programme" else about


# The subject opening a sentence: '한결텔레콤은 11일 …', '[디지털데일리] 한빛클라우드가 …'.
_OPENING_SUBJECT = re.compile(r"\s*(?:\[[^\]]{0,30}\]\s*)?([^\s,.]+?)(?:은|는|이|가)\s")
# …and announces as its own: "… 전략을 발표했다", not "… 전략에 참여한다".
_ANNOUNCED = re.compile(
    r"(?:\s*20\d\d)?[’'”\"」]?\s*(?:(?:을|를)\s*(?:발표|공개|내놓|수립|제시|선포)|(?:발표회|선포식)(?:를|을)?\s)"
)


def _companys_plan(sentence: str, m: InitiativeMention, masked: list[tuple[int, int]] | None) -> bool:
    """A strategy named after a company is its own business: "SKT 'AI DC 지역 분산 전략'", 'KT 클라우드 비전';
    so is one a company announces as its sentence's subject ("한결텔레콤은 … 'AI 인프라 2030' 전략을 발표했다")."""
    if m.head not in rules.COMPANY_PLAN_HEADS or not masked:
        return False
    if any(s == m.start or (e <= m.start and not sentence[e : m.start].strip(" ‘'“\"「")) for s, e in masked):
        return True
    opening = _OPENING_SUBJECT.match(sentence)
    return (
        opening is not None
        and _ANNOUNCED.match(sentence, m.end) is not None
        and any(s == opening.start(1) and e == opening.end(1) for s, e in masked)
    )


def _speaks(sentence: str, m: InitiativeMention, place_names: Collection[str]) -> bool:
    """'HN AI 캠퍼스 울산은 4일 … 밝혔다': a facility's name as the speaker is its company's."""
    if m.head not in rules.SPEAKING_HEADS:
        return False
    before = sentence[: m.start].strip(" ‘'“\"「").split()
    if not all(_is_place_name(w, place_names) for w in before):
        return False  # the name opens the sentence, after its place at most
    topic = rules.SPEAKER_TOPIC.match(sentence, m.end)
    if topic is None or (topic.group("place") and topic.group("place") not in place_names):
        return False
    return rules.SAID_END.search(sentence) is not None and not rules.ANOTHER_TOPIC.search(sentence, topic.end())


def _head_not_a_name(sentence: str, head_end: int, head: str = "") -> bool:
    """'데이터센터 산업', '데이터센터 서밋': the head modifies the next noun; '데이터센터인 X': it describes X;
    '…집적단지 안에 …센터를': it is where the project is built."""
    if (head in rules.COMPLEX_HEADS or head.endswith("단지")) and (
        rules.INSIDE_AFTER.match(sentence, head_end) or rules.AREA_OF_AFTER.match(sentence, head_end)
    ):
        return True  # '…집적단지 안에', '김제 민간육종연구단지 일원에 …를 조성한다': where a project stands
    return bool(
        rules.HEAD_MODIFIES.match(sentence, head_end)
        or (
            rules.HEAD_IS_PREDICATE.match(sentence, head_end)
            and not rules.HEAD_ENDS_SENTENCE_AS_COPULA.match(sentence, head_end)
        )
        or rules.HEAD_IS_VENUE.match(sentence, head_end)
        or rules.HEAD_IS_LOCATION.match(sentence, head_end)
        or rules.HEAD_OF_PEOPLE.match(sentence, head_end)
    )


def _opens_with_a_description(sentence: str, m: InitiativeMention) -> bool:
    """An unquoted name opening with, or right after, a word that describes ('대형 디지털헬스케어 사업', '국내 첫
    수열에너지 데이터센터')."""
    words = [*sentence[: m.start].split()[-1:], m.name.split(" ", 1)[0]]
    return not m.quoted and any(w in rules.DESCRIPTIVE_MODIFIERS or w in rules.QUOTED_DESCRIPTION_WORDS for w in words)


def _has_name_of_its_own(m: InitiativeMention, place_names: Collection[str]) -> bool:
    """A place or a distinctive word in the name ('부산 AIDC', '수열에너지 데이터센터')."""
    return bool(distinctive_words(m.name, m.head)) or any(_is_place_name(w, place_names) for w in m.name.split()[:-1])


def _overlapping(spans: list[InitiativeMention], starts: list[int], start: int, end: int) -> bool:
    """Whether any of `spans` (ordered and apart, `starts` their starts) overlaps [start, end)."""
    before_end = bisect.bisect_left(starts, end)
    return before_end > 0 and spans[before_end - 1].end > start


def _tasks_after_quotes(sentence: str, quoted: list[InitiativeMention]) -> list[InitiativeMention]:
    """A quoted name with an AI word and no head, then a noun that makes it a project ("'농기계 AX 실증' 과제로")."""
    out = []
    for m in _QUOTED.finditer(sentence) if "과제" in sentence else ():
        group = m.lastgroup or 0
        after = rules.AFTER_QUOTE_HEAD.match(sentence, m.end())
        if (
            after is not None
            and rules.AI_TOPIC_WORDS.search(m.group(group))
            and not any(q.start <= m.start(group) < q.end for q in quoted)
        ):
            head = after.lastgroup or "head"  # the named group that matched: 'head' or 'chosen'
            out.append(_make(sentence, m.start(group), after.end(head), after.group(head), quoted=True))
    return out


# A platform or network, unquoted, right before a quote: "스마트팜 AI 통합플랫폼 '팜AI 충남'이 개통했다".
_QUOTED_ONLY_HEAD_BEFORE_QUOTE = re.compile(
    r"(?<=[\s가-힣A-Za-z])(?P<head>" + rules.BUILT_QUOTED_HEAD_PATTERN + r")\s*$"
)


def _named_by_the_quote_after(
    sentence: str, quoted: list[InitiativeMention], place_names: Collection[str]
) -> list[InitiativeMention]:
    """An AI platform or network named by the quote right after it, a brand with no head of its own
    ("스마트팜 AI 통합플랫폼 '팜AI 충남'이 어제 개통했다"): the platform is a project, its quote its name."""
    out = []
    for m in _QUOTED.finditer(sentence) if any(h in sentence for h in rules.BUILT_QUOTED_HEADS) else ():
        group = m.lastgroup or 0
        if any(q.start <= m.start(group) < q.end for q in quoted):
            continue  # the quote names a project of its own
        head = _QUOTED_ONLY_HEAD_BEFORE_QUOTE.search(sentence, max(0, m.start() - _WINDOW), m.start())
        if head is None or rules.ADOPTED_AFTER.match(sentence, m.end()):
            continue
        mention = _mention_before(sentence, head.start("head"), head.end("head"), head.group("head"), place_names)
        if mention is not None and _names_an_ai_thing(mention.name[: -len(mention.head)]):
            out.append(mention)
    return out


def _names_an_ai_thing(words: str) -> bool:
    """The words before a platform's or a lab's head say AI and something more ('스마트팜 AI 통합'), not AI alone."""
    return rules.AI_TOPIC_WORDS.search(words) is not None and bool(rules.AI_TOPIC_WORDS.sub("", words).strip())


def _split_bracketed_name(sentence: str, q: InitiativeMention) -> list[InitiativeMention]:
    """A quoted name whose bracket holds another name ("'AI 융합 클러스터(오션 AI 밸리)'"): two mentions, side by
    side as a name and its alias in brackets stand (a gloss stays inside: '플랫폼(KAMP)', '허브(AI Hub)')."""
    bracket = _TRAILING_BRACKET.search(sentence, q.start, q.end)
    if bracket is None:
        return [q]
    inner = bracket.group(1)
    inner_start = bracket.start(1) + len(inner) - len(inner.lstrip())
    inner = inner.strip()
    head = _QUOTED_HEAD.search(inner)
    if (
        head is None
        or head.end("head") != len(inner)
        or not _HANGUL.search(inner[: head.start("head")])
        or inner.startswith("이하")  # '(이하 클러스터)': how the article will call it, no other name
    ):
        return [q]
    outer = _make(sentence, q.start, bracket.start(), q.head, quoted=True)
    alias = _make(sentence, inner_start, inner_start + len(inner), head.group("head"), quoted=True)
    return [outer, alias]


_TRAILING_BRACKET = re.compile(r"\(([^()]{2,40})\)$")


def _quoted_mention(sentence: str, start: int, end: int, place_names: Collection[str] = ()) -> InitiativeMention | None:
    """A quoted name ending in a head; a quoted clause ('"오창 센터는 … 첫 AI 데이터센터"라며') is
    somebody's words, read like any other text."""
    raw = sentence[start:end]
    start += len(raw) - len(raw.lstrip())
    text = raw.strip()
    if _SPEECH_AFTER.match(sentence, end + 1) and any(
        _ends_clause(w) and not _is_place_name(w, place_names) for w in display_name(text).split()[:-1]
    ):
        return None
    core = rules.TRAILING_ACTION_WORDS.sub("", text).strip() or text
    head = _QUOTED_HEAD.search(core)
    if head is None:
        head = _QUOTED_ONLY_HEAD.search(core)
        if (
            head is not None
            and core != text
            and (head.group("head") in rules.QUOTED_CLOSING_HEADS or head.end("head") != len(core))
        ):
            head = None  # "'AI 제조 플랫폼(AMP) 구축(공모)사업'": a programme's name, its glossed platform no name
        if head is None or not _names_an_ai_thing(core[: head.start()]):
            return None  # no AI word, or "'AI 실증'": the AI word and the head alone name nothing in particular
    if any(w in rules.QUOTED_DESCRIPTION_WORDS for w in core.split(" ")[:-1]):
        return None  # '"동해안 첫 대형 데이터센터"': a description in quotes
    skip = 0  # '‘2조원대 AI 데이터센터’': its size is no part of its name
    words = core.split(" ")
    while len(words) > 1 and _is_measure(words[0]) and head.group("head") not in rules.HEADS_NAMED_BY_AMOUNT:
        skip += len(words[0]) + 1
        words = words[1:]
    return _make(sentence, start + skip, start + len(core), head.group("head"), quoted=True)


def _mention_before(
    sentence: str, head_start: int, head_end: int, head: str, place_names: Collection[str] = ()
) -> InitiativeMention | None:
    """The name ending at a head noun: the head's own word, then words before it while they fit."""
    # from the start of a word, so that no half word joins the name
    window_start = (
        max(sentence.rfind(" ", 0, head_start - _WINDOW) + 1, head_start - 2 * _WINDOW, 0)
        if head_start > _WINDOW
        else 0
    )
    words = [(w.start(), w.end()) for w in _WORD.finditer(sentence, window_start, head_end)]
    if not words:
        return None
    head_word = words[-1]
    if head_word[1] != head_end:  # the head is not the end of its word: not this head
        return None
    start = head_word[0]
    glued = sentence[head_word[0] : head_start]  # '그린' of '그린데이터센터', '있도록' of nothing
    bare_glued = _QUOTE_CHARS.sub("", glued).strip()
    if glued and (
        (_ends_clause(glued) and glued not in rules.NOUN_EXCEPTIONS)
        or _is_measure(bare_glued)
        or _AMOUNT_IN_WORD.search(bare_glued)
    ):
        start = head_start
    elif (listed := _after_listed_name(glued)) is not None:
        start = head_word[0] + listed  # '국가AI집적단지·AI규제자유특구': the second of two names
    else:
        kept = 0
        own_word = False  # a word of the name's own stands between the head and the next word
        previous = words[:-1]
        titled = rules.TITLE_AFTER_HEAD.match(sentence, head_end) is not None
        supplied_to = rules.SUPPLIED_TO_AFTER.match(sentence, head_end) is not None
        for i in range(len(previous) - 1, -1, -1):
            ws, we = previous[i]
            word = sentence[ws:we]
            if kept >= _MAX_WORDS_BEFORE or sentence[we:start].strip():
                break
            if (
                supplied_to
                and _MIDDLE_DOTS.split(word)[-1] in rules.SUPPLIED_GOODS
                and all(w in rules.GENERIC_MODIFIERS for w in sentence[start:head_start].split())
            ):
                break  # '…태양광 전력 (AI) 데이터센터에 직접 공급': what is supplied to it, no name of it
            if own_word and _is_apposition_kind(word):
                break  # '교육시설 AI랜드 조성 사업': the kind set before the name is no part of it
            if (listed := _after_listed_name(word)) is not None:
                start = ws + listed if listed < len(word) else start  # 'AI 데이터센터·수소 클러스터'
                break
            if word.startswith(_BULLETS):  # '▲인공지능 중심 … 집적단지': the bullet opens the name
                item = word.lstrip("".join(_BULLETS) + " ")
                if item and _may_join_name(item, head):
                    start = we - len(item)
                break
            if not _may_join_name(word, head) and not _is_place_name(word, place_names):
                break
            if (
                titled
                and len(word) == 3
                and looks_like_person(word)
                and word[-1]
                not in rules.DESCRIPTIVE_LAST_SYLLABLES  # '전북형', '서해안', '차세대', '고성능': no person
                and not _is_place_name(word, place_names)
            ):
                break  # '정재훈 전북 AI컴퓨팅센터 유치추진단장': the person who holds the title
            if (
                kept
                and _QUOTE_CHARS.search(word[-1:])
                and _is_place_name(sentence[start:].split(" ", 1)[0], place_names)
            ):
                break  # '"특구 석 달" 세종 AI 실증센터': a headline's quote, then the name its place opens
            if (
                i
                and not _is_place_name(word, place_names)
                and _verb_after_argument(word, sentence[previous[i - 1][0] : previous[i - 1][1]])
            ):
                break  # '2022년 문을 연 국가 AI 데이터센터': '연' is a verb, '문을' its object
            if word in ("규모", "규모의") and not (
                i and sentence[previous[i - 1][0] : previous[i - 1][1]] in ("최대", "세계")
            ):
                break  # '2조원 규모 데이터센터': the size, not the name
            start, kept = ws, kept + 1
            own_word = own_word or not rules.TRAILING_ACTION_WORDS.fullmatch(" " + word)
    while start < head_start and not (sentence[start].isalnum() or sentence[start] in "‘'“\"「『"):
        start += 1
    return _make(sentence, start, head_end, head, quoted=False)


def _verb_after_argument(word: str, before: str) -> bool:
    """A verb after its object (`_verb_after_object`) or a short word ending '고' after a subject ('금액이 적고
    센터 운영 …': the clause goes on past it)."""
    return _verb_after_object(word, before) or _linked_after_subject(word, before)


@lru_cache(maxsize=16384)
def _linked_after_subject(word: str, before: str) -> bool:
    return (
        before.endswith(("이", "가"))
        and _HANGUL_WORD.fullmatch(before) is not None
        and _ends_clause(before)
        and _HANGUL_WORD.fullmatch(word) is not None
        and 2 <= len(word) <= 3
        and word.endswith("고")
        and word not in rules.NOUN_EXCEPTIONS
    )


@lru_cache(maxsize=16384)
def _verb_after_object(word: str, before: str) -> bool:
    """A one-letter word after an object ('문을 연', '이름을 딴', '간판을 단') is the object's verb, and so is a
    short word ending as a verb's modifier does ('전환을 이끌 실증단지', '공정을 본뜬 테스트베드'), unless it is
    a noun that ends so or a kind word ('관련')."""
    if not before.endswith(("을", "를")) or not _HANGUL_WORD.fullmatch(word):
        return False
    if len(word) == 1:
        return True
    return (
        len(word) <= 3
        and ((ord(word[-1]) - _FIRST_SYLLABLE) % 28 == _RIEUL_FINAL or word[-1] in _PAST_MODIFIER_SYLLABLES)
        and word not in rules.NOUN_EXCEPTIONS
        and word not in rules.GENERIC_MODIFIERS
    )


_HANGUL_WORD = re.compile(r"[가-힣]+")
_FIRST_SYLLABLE = ord("가")
_RIEUL_FINAL = 8  # a syllable ending in ㄹ, as its offset from '가' mod 28: the prospective modifier ('이끌', '만들')
# Syllables that end a past modifier of a verb and seldom a noun ('본뜬', '이끈', '만든', '세운', '쌓아 둔'); not
# every ㄴ-final syllable: nouns end so too ('청년', '혁신', '전환').
_PAST_MODIFIER_SYLLABLES = frozenset("뜬끈든낸친춘딴단탄푼둔준운쓴쥔띤뗀")


@lru_cache(maxsize=16384)
def _may_join_name(word: str, head: str) -> bool:
    bare = _MARKS.sub("", _GLOSS.sub("", word))
    if (
        not bare
        or word.endswith((",", ".", ":", ";", "…", "]", "」", "】", "!", "?"))
        or word.startswith(("[", "【", *_BULLETS))
    ):
        return False
    if (
        bare in rules.STOP_WORDS
        or (bare in rules.ANY_CENTRE_WORDS and head.endswith("센터"))
        or rules.ORDINAL.match(bare)
        or (
            _is_measure(unquoted := _QUOTE_CHARS.sub("", bare))
            and not (head in rules.HEADS_NAMED_BY_AMOUNT and _AMOUNT_WORD.match(unquoted))
        )
    ):
        return False
    if _QUOTE_CHARS.search(word[:1]) and _QUOTE_CHARS.search(word[-1:]):
        # a quoted phrase right before the head belongs to the name ('‘투자 마중물’ 5000억 펀드'),
        # a quoted description does not ("'동해안 첫 하이퍼스케일' 강릉 AI 데이터센터"), nor a quoted clause
        # that ends as a verb's modifier ("'물로 식히는' AI 데이터센터 파크")
        quoted_words = _QUOTE_CHARS.sub("", bare).split()
        return not any(w in rules.QUOTED_DESCRIPTION_WORDS for w in quoted_words) and not (
            len(quoted_words) > 1 and _ends_clause(quoted_words[-1])
        )
    return bare in rules.NOUN_EXCEPTIONS or not _ends_clause(bare)


def _glosses_a_head(sentence: str, head_start: int) -> bool:
    """Whether a head stands in brackets right after another head ('데이터센터(IDC)', '허브(AI Hub)');
    a name of its own in the brackets ('하이퍼스케일 AI 데이터센터(영종 AIDC)') is another name, kept."""
    opening = sentence.rfind("(", max(0, head_start - 30), head_start)
    if opening < 0 or ")" in sentence[opening:head_start] or _HANGUL.search(sentence, opening, head_start):
        return False
    return _GLUED_HEAD.search(sentence, max(0, opening - 12), opening) is not None


def _only_a_place(m: InitiativeMention, place_names: Collection[str]) -> bool:
    """'충주 센터', '대구 사업': a place and a head that alone means nothing in particular (not '울산 과제', a task
    only ever found as a place's own in a list, `rules.PLACE_TASK_OPENING`)."""
    if m.head in rules.AFTER_QUOTE_HEADS:
        return False
    if "".join(m.name.split()) in place_names:
        return True  # '대덕연구단지': a place called by a head's word
    words = name_words(m.name, m.head)
    return m.head not in rules.LONE_HEADS and bool(words) and all(_is_place_name(w, place_names) for w in words)


@lru_cache(maxsize=16384)
def _after_listed_name(word: str) -> int | None:
    """Where a word's last name of a list ends: past the middle dot after a head ('국가AI집적단지·AI규제',
    'AI 데이터센터·수소'), or None when no head comes before a dot ('물·에너지', 'AI·데이터')."""
    dots = [d.start() for d in _MIDDLE_DOTS.finditer(word)]
    dot = dots[-1] if dots else -1
    if dot <= 0 or not _GLUED_HEAD.search(_QUOTE_CHARS.sub("", word[:dot])):
        return None
    return dot + 1


@lru_cache(maxsize=16384)
def _is_apposition_kind(word: str) -> bool:
    bare = _MARKS.sub("", _GLOSS.sub("", word))
    return len(bare) > 2 and bare.endswith(rules.APPOSITION_KINDS)


def _is_place_name(word: str, place_names: Collection[str]) -> bool:
    """'김해', '남해군': a place, though it ends like a verb form ('해')."""
    return word in place_names or (word[-1:] in ("시", "군", "구") and word[:-1] in place_names)


@lru_cache(maxsize=16384)
def _ends_clause(word: str) -> bool:
    bare = _QUOTE_CHARS.sub("", _GLOSS.sub("", word))
    if _LATIN_WORD.fullmatch(bare) or bare.endswith(rules.LOANWORD_ENDINGS):
        return False
    last = _MIDDLE_DOTS.split(bare)[-1]  # '공항·항만': the last of words joined by a dot ends the word
    return (
        rules.CLAUSE_ENDING.search(bare) is not None
        and bare not in rules.NOUN_EXCEPTIONS
        and last not in rules.NOUN_EXCEPTIONS
    )


@lru_cache(maxsize=16384)
def _is_measure(word: str) -> bool:
    if rules.NAME_COUNT.match(word):
        return False
    return rules.MEASURE_WORD.search(word) is not None


def _make(sentence: str, start: int, end: int, head: str, *, quoted: bool) -> InitiativeMention:
    name = display_name(sentence[start:end])
    quotes_inside = _QUOTE_CHARS.search(sentence[start:end]) is not None
    whole_quoted = quoted and not quotes_inside
    quoted = quoted or quotes_inside
    if sentence[start:end].endswith(")" + head) or ") " + head in sentence[start:end]:
        # a gloss inside the head ('초고성능컴퓨팅(HPC)센터'): the head is read without it
        longer = _GLUED_HEAD.search(name)
        if longer is not None and len(longer.group(0)) > len(head):
            head = longer.group(0)
    kind = rules.HEAD_TYPES.get(head) or _QUOTED_ONLY_TYPES.get(head) or rules.AFTER_QUOTE_HEADS[head]
    if kind in ("cluster", "education") and rules.DATA_CENTRE_WORDS.search(name[: -len(head)] or ""):
        kind = "data_centre"
    elif (
        head == rules.CAMPUS_HEAD
        and name[: -len(head)].rstrip().endswith("데이터")
        and not rules.TEACHING_WORDS.search(name)
    ):
        kind = "data_centre"  # 'AI 데이터캠퍼스': a data centre's campus
    elif kind in ("cluster", "other") and rules.COMPUTING_WORDS.search(name[: -len(head)] or ""):
        kind = "computing_centre"
    return InitiativeMention(start, end, name, head, kind, quoted, whole_quoted=whole_quoted)


@lru_cache(maxsize=16384)  # a name is written the same way in many sentences and articles
def display_name(text: str) -> str:
    """A name as an analyst writes it: no glosses, quotes or footnote marks, single spaces."""
    text = _GLOSS.sub("", text)
    text = _QUOTE_CHARS.sub("", text).replace("*", "")
    return " ".join(text.split())


def _national_competition(sentence: str, m: InitiativeMention, place_names: Collection[str]) -> bool:
    """A programme followed by '공모' that names no place, or a scheme a ministry's name opens, is the ministry's
    competition the region's project entered ("산업부의 '지역 제조 AX 선도사업' 공모에서 … '강원형 제조AI 전환 프로젝트'가 선정"),
    not a project of any place the sentence names."""
    if (
        not m.quoted
        and m.initiative_type in ("programme", "special_zone", "hub")
        and rules.MINISTRY_WORD.fullmatch(m.name.split()[0])
        and rules.SCHEME_AFTER.match(sentence, m.end)
    ):
        return True  # '국토부 자율주행 시범운행지구 신규 지정': the ministry's scheme
    if m.initiative_type != "programme":
        return False
    if not rules.COMPETITION_AFTER.match(sentence, m.end) and not (
        rules.MINISTRY_OWNS_BEFORE.search(sentence, max(0, m.start - 16), m.start)
        and rules.CHOSEN_INTO_AFTER.match(sentence, m.end)
    ):
        return False
    return not any(w.strip("‘'“\"「『’”」』") in place_names for w in m.name.split())


def _unit_of_organisation(sentence: str, m: InitiativeMention, masked: list[tuple[int, int]] | None) -> bool:
    """A centre named after an organisation, no AI word of its own, is its department: '한국개발연구원(KDI)
    공공투자관리센터가 수행한 조사' (not 'ETRI AI 연구센터', nor a company's data centre)."""
    if m.initiative_type != "other" or m.quoted or not masked:
        return False
    organisation_end = next((e for s, e in masked if s <= m.start < e), None)
    if organisation_end is None:
        return False
    return rules.AI_TOPIC_WORDS.search(sentence, organisation_end, m.end) is None


def _brands_of_plans(sentence: str, found: list[InitiativeMention]) -> list[InitiativeMention]:
    """A plan's brand, a quote right after the plan's head or the topic the plan defines, named with that head."""
    out = []
    heads: list[tuple[int, int, str]] = [(f.start, f.end, f.head) for f in found if f.head in rules.PLAN_HEADS]
    defined = rules.PLAN_DEFINED_AT_END.search(sentence)
    if defined is not None:  # '서울 AX 2030은 … 서울시의 AI 전환 종합계획이다': a description, found as no name
        heads.append((defined.start("head"), defined.end("head"), defined.group("head")))
    for head_start, head_end, head in heads:
        brand = None
        after = _QUOTED.match(sentence, _after_space(sentence, head_end))
        if after is not None:  # "AI 전환(AX) 종합계획 '서울 AX 2030'의"
            brand = (after.start(after.lastgroup or 0), after.end(after.lastgroup or 0))
        elif defined is not None and head_end == defined.end("head"):
            topic = rules.BRAND_TOPIC.match(sentence)
            if topic is not None and topic.end("brand") <= head_start:
                brand = (topic.start("brand"), topic.end("brand"))
        if brand is None or rules.PLAN_OWNED_ELSEWHERE.search(sentence, 0, head_start):
            continue
        if rules.PLAN_AS_MEANS_AFTER.match(sentence, _after_quote(sentence, brand[1])):
            continue  # "AI 전략 'AI 2.0'을 통해 … 집적단지에": the plan the money flows through, not its project
        text = sentence[brand[0] : brand[1]]
        if (
            not rules.AI_TOPIC_WORDS.search(text)
            or _QUOTED_HEAD.search(text)
            or any(g.start < brand[1] and brand[0] < g.end for g in found)
        ):
            continue  # no AI word, a name with a head of its own, or one found already
        kind = rules.HEAD_TYPES[head]
        out.append(InitiativeMention(brand[0], brand[1], f"{display_name(text)} {head}", head, kind, quoted=True))
    return out


def brands_quoted_alone(
    mentions: dict[int, list[InitiativeMention]], sentences: dict[int, str], place_names: Collection[str] = ()
) -> dict[int, list[InitiativeMention]]:
    """A plan's brand quoted again on its own ("서울 'AX 2030' 1년…", "'서울 AX 2030' 관련 예산은"), once the article
    has named the plan by it: a mention of that plan, the brand with or without its place word."""
    brands: dict[str, InitiativeMention] = {}
    for i, found in mentions.items():
        for m in found:
            brand = m.name[: -len(m.head) - 1] if m.name.endswith(" " + m.head) else ""
            if m.head in rules.PLAN_HEADS and m.quoted and brand and m.head not in sentences[i][m.start : m.end]:
                brands.setdefault(brand, m)
                first, _, rest = brand.partition(" ")
                if rest and _is_place_name(first, place_names):
                    brands.setdefault(rest, m)  # '서울 AX 2030' quoted as 'AX 2030'
    if not brands:
        return mentions
    out = {}
    for i, found in mentions.items():
        extra = []
        for q in _QUOTED.finditer(sentences[i]):
            group = q.lastgroup or 0
            start, end = q.start(group), q.end(group)
            plan = brands.get(display_name(sentences[i][start:end]))
            if plan is not None and not any(f.start < end and start < f.end for f in found):
                extra.append(replace(plan, start=start, end=end, is_role=False, is_counted=False))
        out[i] = sorted(found + extra, key=lambda f: f.start) if extra else found
    return out


def _after_space(sentence: str, at: int) -> int:
    while at < len(sentence) and sentence[at] == " ":
        at += 1
    return at


def _places_sharing_a_head(
    sentence: str, m: InitiativeMention, place_names: Collection[str]
) -> list[InitiativeMention]:
    """Two places' projects of one kind under one head ('강원 AI 재난안전·경북 AI 해양로봇 규제자유특구'): two
    mentions, the first given the shared head ('강원 AI 재난안전 규제자유특구'), each with a place of its own."""
    dot = m.name.find("·")
    if dot < 0:
        return [m]
    first, second = m.name[:dot].split(), m.name[dot + 1 :].split()
    if len(first) < 2 or len(second) < 3:
        return [m]
    if not (_is_place_name(first[0], place_names) and _is_place_name(second[0], place_names)) or first[0] == second[0]:
        return [m]
    own = [w for w in first[1:] if not _is_place_name(w, place_names) and w not in rules.GENERIC_MODIFIERS]
    if not own:
        return [m]  # '부산 강서구·울산 동구 AI 조선해양 클러스터': one project of two places
    tail = m.name[len(m.name) - len(second[-1]) :]  # the shared head word ('규제자유특구')
    dot_at = sentence.find("·", m.start, m.end)  # in the sentence, whose glosses the name dropped
    if dot_at < 0:
        return [m]
    return [
        replace(m, end=dot_at, name=" ".join([*first, tail])),
        replace(m, start=dot_at + 1, name=" ".join(second)),
    ]


def ordered_from_abroad(sentence: str, start: int, reach: int) -> bool:
    """What stands at `start` is the work or price of a client abroad's order, in the order's clause within `reach`
    characters before ('사우디아라비아 항만청이 발주하는 2억 달러 … 항만 디지털화 사업'), not what comes after the clause
    moves on ('…가 발주한 사업에 이어 현대건설은 해남에')."""
    orders = list(rules.FOREIGN_CLIENT.finditer(sentence, max(0, start - reach), start))
    return bool(orders) and not rules.CLAUSE_MOVES_ON.search(sentence, orders[-1].end(), start)


_ORDER_REACH = 60  # characters before a name searched for the order abroad it is the work of


def _cited_source(sentence: str, m: InitiativeMention) -> bool:
    """A firm or body the article cites figures from ('시장조사업체 IDC에 따르면'): a source, no project."""
    head_start = m.end - len(m.head)
    return rules.CITED_AFTER.match(sentence, m.end) is not None or (
        rules.RESEARCH_FIRM_BEFORE.search(sentence, 0, head_start) is not None
    )


def _lists_a_phase(sentence: str, m: InitiativeMention) -> bool:
    """A facility named in brackets after a phase is what the phase builds ('1단계(실증동·AI 학습데이터센터)에')."""
    opening = sentence.rfind("(", 0, m.start)
    if opening < 0 or ")" in sentence[opening : m.start]:
        return False
    return rules.PHASE_CONTENTS_OPEN.search(sentence, 0, opening + 1) is not None


_LISTED_ITEMS = re.compile(r"[\s·ㆍ,]+")


def _is_initiative(m: InitiativeMention) -> bool:
    """A lone head names nothing, and a project, centre or agreement must say what it is about."""
    if not m.name or (len(m.name.replace(" ", "")) < 3 and m.name != m.head) or m.name in rules.NOT_INITIATIVES:
        return False
    words = name_words(m.name, m.head)
    if any(w in rules.NOT_INITIATIVES for w in words):
        return False
    if any(w in rules.NOT_INITIATIVES for w in _LISTED_ITEMS.split(m.name[: len(m.name) - len(m.head)])):
        return False  # '도·청주시·모태펀드·민간 공동 출자': the backers listed, the last a fund of funds
    if not m.quoted and rules.HEADS_LISTED.search(m.name):
        return False  # 'AI 데이터센터·통합관제센터 운영 시작': two facilities listed, no one name
    if (
        words
        and words[0] in rules.NATIONWIDE_WORDS
        and (not distinctive_words(m.name, m.head) or (m.initiative_type == "programme" and not m.quoted))
    ):
        return False  # '정부는 전국 특화단지 기반시설에 …', '전국 AI 융합 확산 사업에': the country's, no one project
    if not m.quoted and words in (("지역",), ("지방",)):
        return False  # '지역 거점에 대한 후속 예산': the regions' hubs in general, no one project
    if m.initiative_type in rules.FOREIGN_SENSITIVE_TYPES and any(
        w in rules.FOREIGN_PLACES or w.removesuffix("지역") in rules.FOREIGN_PLACES for w in words
    ):  # '미국 데이터센터', '아태지역 데이터센터'
        return False
    if m.initiative_type == "fund" and rules.NATIONAL_FUND.match(m.name.lstrip("‘'“\"「『")):
        return False  # '국민성장펀드': the country's fund, no region's project
    if m.head in rules.DISTRICT_HEADS and not m.quoted and _is_district(m.name[: -len(m.head)]):
        return False
    if m.head in rules.AI_ESTATE_HEADS and rules.AI_TOPIC_WORDS.search(m.name) is None:
        return False  # '화순 백신 특화산단': an estate of another industry
    if m.name == m.head:
        return m.head in rules.LONE_HEADS
    if m.head not in rules.HEADS_NAMED_BY_AMOUNT and all(
        _is_measure(w) or _AMOUNT_WORD.match(w) for w in name_words(m.name, m.head)
    ):
        return False  # '2조 프로젝트': a project called by its size names none
    if m.head in rules.AFTER_QUOTE_HEADS:
        return True  # a task, found only after a quoted AI name or as a place's task in a list
    if m.initiative_type in rules.TOPIC_REQUIRED_TYPES and not m.quoted:
        return rules.TOPIC_WORDS.search(m.name) is not None
    if m.initiative_type in rules.INDUSTRY_SENSITIVE_TYPES and rules.OTHER_INDUSTRIES.search(m.name):
        # a cluster or fund of another industry must say AI; a centre may say robots or self-driving too
        topic = rules.TOPIC_WORDS if m.initiative_type == "other" else rules.AI_TOPIC_WORDS
        return m.quoted or topic.search(m.name) is not None
    if m.initiative_type == "other":
        return bool(distinctive_words(m.name, m.head))
    return True


def _is_district(stem: str) -> bool:
    """'G밸리', '구미하이테크밸리', '음성군 원남면 원남테크노밸리': a district where things are ('AI밸리' is
    a project). The word the head is glued to decides."""
    glued = stem.split()[-1] if stem and not stem[-1].isspace() else stem
    return rules.DISTRICT_STEM.match(glued) is not None and rules.AI_TOPIC_WORDS.search(glued) is None


_GLUED_HEAD = re.compile("(?:" + "|".join(map(re.escape, _HEADS_BY_LENGTH)) + ")$")


# For each head, what longer heads put before it: '혁신' of '혁신거점' for '거점'.
_HEAD_PREFIXES = {
    head: tuple(longer[: -len(head)] for longer in _HEADS_BY_LENGTH if longer.endswith(head) and longer != head)
    for head in rules.HEAD_TYPES
}


@lru_cache(maxsize=8192)
def name_words(name: str, head: str) -> tuple[str, ...]:
    """The words before the head, each with a head glued to its end split off ('그린데이터센터' → '그린',
    '수열에너지융복합클러스터' → '수열에너지융복합'); a word that makes the head longer ('혁신 거점') is the head's."""
    body = name[: len(name) - len(head)] if name.endswith(head) else name
    words = [
        _JOINING_HYPHEN.sub("", _MIDDLE_DOTS.sub("", _ai_first(rules.BRAND_PREFIX.sub("", w)))) for w in body.split()
    ]
    if words:
        for prefix in _HEAD_PREFIXES.get(head, ()):  # 'AI혁신 거점': '혁신' belongs to the head '혁신거점'
            if words[-1].endswith(prefix):
                words[-1] = words[-1][: -len(prefix)]
                break
    return tuple(rules.WORD_SYNONYMS.get(s, s) for s in (_GLUED_HEAD.sub("", w) for w in words) if s)


# 'AI' glued to a word of a name ('AI반도체', '제조AI'): the word it is glued to is what tells names apart.
GLUED_AI = re.compile(r"^(?:AI|AX|인공지능(?:\((?:AI|AX)\))?)(?=[가-힣]{2})|(?<=[가-힣]{2})(?:AI|AX|인공지능)$")


def _without_glued_ai(word: str) -> str:
    """'AI반도체' → '반도체', '제조AX' → '제조'; but '국가AI' stays: '국가' alone says nothing. 'AI' glued before a generic
    word is as generic as written apart: 'AI데이터' (of 'AI·데이터' or '데이터·AI', two fields) is '데이터', 'AI산업' is
    '산업', like 'AI 산업'."""
    bare = GLUED_AI.sub("", word)
    return bare if bare and (bare not in rules.GENERIC_MODIFIERS or word.endswith(bare)) else word


@lru_cache(maxsize=8192)
def distinctive_words(name: str, head: str) -> tuple[str, ...]:
    """Words that tell this initiative from others of its kind: not generic modifiers or counts,
    nor what it runs on ('재생에너지 기반 데이터센터' is a kind of data centre, not a name)."""
    # (a synonym read once its glued 'AI' is off: '퀀텀-AI' is '양자')
    words = tuple(rules.WORD_SYNONYMS.get(w, w) for w in (_without_glued_ai(w) for w in name_words(name, head)))
    agreement = rules.HEAD_TYPES.get(head) == "mou"
    return tuple(
        w for i, w in enumerate(words)
        if w not in rules.GENERIC_MODIFIERS
        and not _runs_on(words, i)
        and w.removesuffix("급") not in rules.GENERIC_MODIFIERS  # '하이퍼스케일급', '대형급': a size class
        and not _generic_pair(w)  # '학습·추론' (its dot dropped)
        and not rules.NAME_COUNT.match(w)
        and not w.isdigit()
        and not _AMOUNT_IN_WORD.search(w)  # '1350억 AX펀드': its size, which later reports revise
        and not (rules.ADDRESS_UNIT.match(w) and w not in rules.ADDRESS_UNIT_EXCEPTIONS)
        and not (agreement and rules.PURPOSE_CLAUSE_WORD.fullmatch(w))  # '… 성공 조성을 위한 업무협약': its purpose
        and not (agreement and w in rules.AGREEMENT_PARTY_WORDS)  # '민관 협약': who signed, not what about
    )  # fmt: skip


def _runs_on(words: tuple[str, ...], i: int) -> bool:
    """'재생에너지 기반 데이터센터': '재생에너지' and '기반' say what it runs on. Not when the base is what
    is built ('실증 기반 구축 사업', '산업융합 기반 조성'): there they name it."""
    at = i if words[i] in rules.BASED_ON_WORDS else i + 1
    if at >= len(words) or words[at] not in rules.BASED_ON_WORDS:
        return False
    return at + 1 < len(words) and words[at + 1] not in rules.BUILDING_VERBS


def _generic_pair(word: str) -> bool:
    """Two purposes or two kinds of service written as one word: '학습추론' of '학습·추론', '엣지코로케이션'
    of '엣지·코로케이션' (not '초거대산업', a name's own)."""
    return any(
        (word[:i] in rules.PURPOSE_WORDS and word[i:] in rules.PURPOSE_WORDS)
        or (word[:i] in rules.SERVICE_KIND_WORDS and word[i:] in rules.SERVICE_KIND_WORDS)
        for i in range(1, len(word))
    )


def initiative_key_name(name: str) -> str:
    """A comparison form: no spaces, 인공지능 written AI, trailing 조성/구축/사업 words dropped."""
    key = "".join(name.split()).replace("인공지능", "AI").replace("에이아이", "AI")
    return rules.TRAILING_ACTION_WORDS.sub("", key) or key
