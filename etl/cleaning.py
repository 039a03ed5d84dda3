"""Page cleaning: keep the article's own text, drop everything else a saved news page carries.

Dropped: weather widgets, share/print/scrap buttons and menus, "많이 본 뉴스"-style lists of
other stories (everything after such a header once the article has begun), ads, copyright
and reporter lines, photo credits. A body printed twice is kept once. Bylines and copyright
lines are set aside as `meta_lines`: they tell the publication date and publisher, but never
produce facts.
"""

from __future__ import annotations

import re
import unicodedata

from etl.extract.dates import AIRED_KEYS, BYLINE_STAMP_LINE
from etl.model import CleanArticle, Sentence
from etl.sentences import split_spans

# The site's words before a header of its lists ('오늘의 핫이슈', '지역 많이 본 뉴스', '이 시각 인기기사'), as keys.
_LIST_HEADER_PREFIXES = frozenset(
    {
        "오늘의",
        "오늘",
        "이시각",
        "지금",
        "주간",
        "실시간",
        "지역",
        "전국",
        "경제",
        "정치",
        "사회",
        "산업",
        "금주의",
        "이번주",
    }
)
_SHORT_PREFIX = 6  # letters of a place, section or site before a list's header: '대전 주요뉴스', '[OBS 뉴스 인기 기사]'
# Headers of lists of *other* stories; what follows them is not the article.
_BLOCK_HEADERS = (
    "많이본뉴스",
    "많이본기사",
    "많이읽은뉴스",
    "많이읽은기사",
    "랭킹뉴스",
    "헤드라인뉴스",
    "포토뉴스",
    "실시간뉴스",
    "인기기사",
    "인기뉴스",
    "관련기사",
    "관련뉴스",
    "관련보도자료",  # a government site's list of its other press releases
    "추천기사",
    "추천뉴스",
    "최신기사",
    "최신뉴스",
    "주요뉴스",
    "지난기획시리즈",
    "오늘의주요뉴스",
    "핫이슈",
    "이시각주요뉴스",
    "이시각뉴스",
    "기자의다른기사",
    "다른기사보기",
    "함께볼만한뉴스",
    "이기사와함께많이본뉴스",
    "섹션별인기기사",
    "에디터추천",
    "이슈포토",
    "베스트클릭",
    "기사문의및제보",
    "당신이담은순간이뉴스입니다",
    "제보하기",
    "독자제보",
    # English labels some Korean sites give their lists
    "related",
    "relatedarticles",
    "relatednews",
    "mostread",
    "mostviewed",
    "morenews",
    "trending",
)
_LABEL_SPLIT = re.compile(r"\s+[|│/]\s+")  # one label written twice, in two languages: 'Related | 함께 보면 좋은 기사'
# Buttons, menus and widgets: whole lines that are nothing but these words.
_UI_WORDS = {
    "기사메일전송",
    "기사수정",
    "기사스크랩",
    "스크랩",
    "공유",
    "공유하기",
    "댓글",
    "댓글쓰기",
    "클린뷰",
    "프린트",
    "인쇄",
    "인쇄하기",
    "목록",
    "목록바로가기",
    "이전기사보기다음기사보기",
    "이전기사보기",
    "다음기사보기",
    "좋아요",
    "응원해요",
    "후속원해요",
    "슬퍼요",
    "화나요",
    "추천해요",
    "advertisement",
    "광고",
    "메뉴",
    "전체메뉴",
    "모바일버전바로가기",
    "pc버전",
    "페이스북",
    "트위터",
    "유튜브",
    "카카오톡",
    "카카오스토리",
    "네이버블로그",
    "밴드",
    "이메일보내기",
    "이메일",
    "프린터",
    "pdf",
    "글자크기",
    "글씨크기",
    "닫기",
    "구독",
    "구독하기",
    "검색",
    "로그인",
    "회원가입",
    "기사원문",
    "본문듣기",
    "번역",
    "url복사",
    "링크복사",
    "사진",
    "리포트",
    "앵커",
    "기자",
    "뉴스",
    "기상청제공",
    "더보기",
    "top",
    "맨위로",
    "홈",
    "home",
    "전국",
    "정치",
    "경제",
    "사회",
    "문화",
    "오피니언",
    "사람들",
    "기획연재",
    "국제",
    "스포츠",
    "연예",
    "라이프",
    "it",
    "과학",
    "지역",
    "전체기사",
    "속보",
}
# Counters beside a button: '댓글 2', '조회수 1,234', '좋아요 12' (the key drops the space and comma).
_COUNTER = re.compile(r"(\D{1,4})\d+")
_COUNTER_WORDS = _UI_WORDS | {"조회", "조회수", "공감", "추천", "댓글수"}
_NAV_WORDS = _UI_WORDS | {"트렌드", "생활정보", "international", "edition", "매체", "english", "japanese", "chinese"}
# A line of tags: '#LG유플러스 #오창 #AI데이터센터', also under a short label ('[인기 키워드] #AI반도체
# #HBM #데이터센터', '태그: #오창 #데이터센터').
_TAGS = re.compile(r"#[^\s#]+(?:\s*#[^\s#]+)*")
_TAG = re.compile(r"#[^\s#]+")
_TAG_LABEL_MAX = 15
_WEATHER = re.compile(
    r"^(?:흐림|맑음|구름많음|구름조금|비|눈|소나기|안개|황사|박무|연무)?\s*[가-힣]{1,5}(?:\([가-힣]\))?\s*-?\d+(?:\.\d+)?\s*℃$"
)
# A strip of several places' weather, often with the day the page was seen ('[오늘의 날씨] 홍성 7℃
# 맑음 | 예산 6℃ 2026년 3월 5일 목요일', '서울 7℃ 맑음 미세먼지 나쁨 2024.03.06 (수)'): on a short line
# with no sentence and no headline's ellipsis, two places' temperatures, or one beside a word of the
# sky and a separator or a date. Its date is no event and its places are no story's.
_PLACE_TEMPERATURE = re.compile(r"[가-힣]{1,5}\s*-?\d+(?:\.\d+)?\s*(?:℃|°C)")  # '홍성 7℃', '청주 -2.5°C'
_SKY_WORD = re.compile(r"맑음|맑고|흐림|흐리고|구름|소나기|미세먼지|초미세|강수|날씨|황사|안개")
_STRIP_MARK = re.compile(r"\||\d{4}\s*[.년-]\s*\d{1,2}\s*[.월-]\s*\d{1,2}")  # a separator, or the day seen
_WEATHER_STRIP_MAX = 120
_BULLET = re.compile(r"^[•·\-–—*▪◦●○■□◆◇▶▷►※]+\s*")
_LINK_MARKS = frozenset("▶▷►")  # '▶' on a line of its own: the next short line is a link to something else
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*|\[email\s*protected\]", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"무단\s*전재|재배포\s*금지|재판매|Copyright|ⓒ|©|\(c\)|저작권자|All rights reserved|DB\s*금지", re.IGNORECASE
)
_BYLINE_DATE = re.compile(
    r"^(?:기사)?\s*(?:등록|승인|입력|수정|발행|게재|업데이트|송고|작성|최종수정|방송|방영|date)\s*(?:일|일시)?\s*[:|]?\s*\d{4}\s*[-./년]",
    re.IGNORECASE,
)
_AIRED = re.compile(r"\s*(?:" + "|".join(AIRED_KEYS) + ")")
# A programme's credits above a transcript: '진    행 : 이수현 앵커', '출    연 : 대구광역시장' (not a speaker's turn,
# '앵커 : …', nor a release's '구성 : …' item: those are the story).
_CREDIT_LINE = re.compile(r"\s*(?:진\s*행|출\s*연|사\s*회|대\s*담|연\s*출)\s*[:：]\s*[^\d]{1,30}$")
_REPORTER_LINE = re.compile(
    r"^[/\[(]?\s*(?:[가-힣]{1,6}\s*=\s*)?(?:[가-힣]+\]\s*)?[가-힣]{2,4}\s*(?:선임|수석|인턴|객원)?\s*기자(?:\s|$|=)"
)
# '[안동=뉴시스] 류상현 기자 = ' at the head of a paragraph: a dateline, not content.
_DATELINE_PREFIX = re.compile(
    r"^\s*[\[(【]\s*[가-힣]{1,8}\s*=\s*[^\]\)】]{1,20}[\])】]\s*(?:[가-힣]{2,4}\s*(?:기자)?\s*=\s*)?"
)
# A broadcaster's desk before its headline or lead: '[KBS 대전] 국가AI컴퓨팅센터 착공', '[대전MBC]' (the
# station's city, not the story's place).
_DESK_TAG = re.compile(
    r"^\s*[\[【]\s*(?:[A-Z][A-Za-z0-9]{1,5}\s*[가-힣]{2,4}|[가-힣]{2,4}\s*[A-Z][A-Za-z0-9]{1,5})\s*[\]】]\s*(?=\S)"
)
# '… 있다. 수원=윤상연 기자 syyoon@hankyung.com' or '…설명했다.광주 홍행기 기자' at the tail of a paragraph.
_TRAILING_REPORTER = re.compile(
    r"(?<=[.다”\"'’])\s*(?:[가-힣]{1,6}\s*=?\s*)?[가-힣]{2,4}\s*기자(?:\s*[\w.+-]+@[\w.-]*)?\s*$"
)
_TRAILING_REPORTER_REACH = 200  # how far from the end of its line a sign-off can start
# Each form is bounded (a credit or a notice is a few dozen letters): unbounded, one '(사진='
# without its ')' made the regex read to the end of the line from every one after it.
_INLINE_NOISE = re.compile(
    r"<[^<>]{0,100}(?:저작권|무단|ⓒ|\(c\))[^<>]{0,100}>|\{[^{}\]]{0,100}자료사진[^{}\]]{0,100}[\]}]"
    r"|\(사진\s*=\s*[^)]{0,100}\)|\[사진\s*[^\]]{0,100}\]"
    r"|\(사진제공\s*[^)]{0,100}\)|\*?재판매\s*및\s*DB\s*금지|\[email\s*protected\]|\[[가-힣]{2,6}\]$"
)
# Every form of _INLINE_NOISE contains one of these; a line with none is left alone.
_INLINE_NOISE_MARKS = ("<", "{", "[", "사진", "재판매")
_PHOTO_CREDIT_TAIL = re.compile(r"(?:(?<=[.다])|^)\s*(?:/\s*)?(?:사진\s*)?[가-힣A-Za-z]{2,12}\s*제공\.?$")
_CAPTION_HINT = re.compile(
    r"(?:하는|한|하고\s*있는)\s*(?:장면|모습)\.?$|왼쪽부터|오른쪽부터|왼쪽\s*(?:두|세|네)?\s*번째|자료사진|사진제공|\(사진="
    # a line a '▲' opens is a photo's caption when it says what the picture shows; not an interview's answer
    # ('▲총 1조2천억원이 들어간다.') nor a section's heading ('▲ 영종: 에어포트 AI 캠퍼스')
    r"|^\s*▲(?=.*(?:제공|사진|조감도|투시도|전경|위치도|배치도|모습|장면|촬영|현장|시삽|DB|있다\.?\s*$))"
    r"|사진은\s*(?:기사|본문)(?:와|과|의\s*내용과)\s*(?:관계|관련|무관)"
    r"|\[[^\[\]]{0,10}(?:포토|사진|DB)\]$"  # a photo's credit closing its caption: '… 하고 있다. [중앙포토]'
    # a photo credit closing the line, perhaps with the photo's date stamp: '…[사진=사천시] 2025.04.10 |'
    r"|\[사진\s*=[^\]]{1,30}\]\s*(?:(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?)?\s*[|│]?\s*$"
)
# Every form of _CAPTION_HINT contains one of these; a line with none is no caption.
_CAPTION_MARKS = (
    "장면", "모습", "▲", "왼쪽", "오른쪽", "자료사진", "사진제공", "(사진=", "사진은", "포토]", "사진]", "DB]", "[사진",
)  # fmt: skip
_SPACE_RUN = re.compile(r"\s{2,}")
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_BYLINE_STAMP = re.compile(r"[^\d]*[\d\s:./년월일-]+")
_REPORTER_SIGN_OFF = re.compile(r"[가-힣]{2,4}\s*기자입니다\.?")
_REPORTER = re.compile(r"[가-힣]{2,4}\s*(?:선임|수석|인턴|객원)?\s*기자(?![가-힣])")  # not 기자협회, 기자회견
_HANGUL = re.compile(r"[가-힣]")
_SENTENCE_END = re.compile(r"(?:[다요죠까]\.|[?!])[”’\"')\]]*$")


_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH_RE = re.compile(f"[{_ZERO_WIDTH}]")
_OTHER_SPACES = "\u00a0\u2002\u2003\u2009\u3000\t"
_OTHER_SPACES_RE = re.compile(f"[{_OTHER_SPACES}]")


def normalise(text: str) -> str:
    """NFC, one kind of space and line break, no zero-width characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(ch in text for ch in _ZERO_WIDTH):  # a substring test per character beats a regex pass
        text = _ZERO_WIDTH_RE.sub("", text)
    if any(ch in text for ch in _OTHER_SPACES):
        text = _OTHER_SPACES_RE.sub(" ", text)
    return text


# A table drawn with box characters (a press release's header box): its borders are no text, and a
# row's cells are a label and its values ('│ 보도일시 │ 2025. 4. 8.(화) │' → '보도일시 : 2025. 4. 8.(화)').
_BOX_DRAWING = re.compile("[\u2500-\u257f]")
_BOX_CELL_SEPARATOR = re.compile(r"\s*[│┃║]\s*")
_BOX_BORDER = re.compile("[\u2500\u2501\u2504-\u2550\u2552-\u257f]")  # all but the cell separators


def _unbox(text: str) -> str:
    """The text with its box-drawn tables as lines of 'label : value'."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _BOX_DRAWING.search(line):
            cells = _BOX_CELL_SEPARATOR.split(_BOX_BORDER.sub(" ", line))
            lines[i] = " : ".join(c.strip() for c in cells if c.strip())
    return "\n".join(lines)


# A release pasted from a word processor: paragraphs open with its marks ('□ 경상남도는 …', ' ○ 이번 공모에는 …')
# and are wrapped at the page's width, mid-word as often as not ('… 인프라 구축사' / '업' 공모에 선정돼').
_RELEASE_MARKS = "□○◦"
_RELEASE_PARAGRAPH = re.compile(r"\s*[" + _RELEASE_MARKS + r"]\s")
_RELEASE_PARAGRAPHS_MIN = 3  # a page of such paragraphs, not one marked line in a story
_OPENS_A_LINE_OF_ITS_OWN = re.compile(r"\s*(?:[□○◦■●▲△▶▷◆◇※*·<\[(【\-–—]|\d{1,2}[.)]\s)")
_ENDS_A_SENTENCE = re.compile(r"(?:[.!?。…\"”’')\]]|다|요|까)\s*$")
# A wrapped line runs nearly to the page's width (its widest marked line); a heading ('□ 추진 배경') ends short.
_WRAPPED_SHARE = 0.7
_WRAPPED_LINE_MIN = 15
# A particle or ending that closes a word: the wrap stood at a space ('3년간' / '1,200억', '산업의' / '실증').
_ENDS_A_WORD = re.compile(
    r"[가-힣](?:의|간|을|를|에|와|과|는|은|로|까지|부터|에서"  # particles
    r"|며|서|고|해|면|도록|지만|는데)$"  # linking endings: '참여해' / '김해시 …'
)


def _join_wrapped_paragraphs(text: str) -> str:
    """A release's marked paragraphs as one line each: a line that ends no sentence, in a paragraph its mark
    opened, goes on in the next line unless that one opens a paragraph or an item of its own (a wrap at a
    space keeps it: 'AI ' / '학습데이터'; a wrap mid-word joins the word: '9,80' / '0㎡')."""
    lines = text.split("\n")
    marked = [ln for ln in lines if _RELEASE_PARAGRAPH.match(ln)]
    if len(marked) < _RELEASE_PARAGRAPHS_MIN:
        return text
    width = max(len(ln.strip()) for ln in marked)
    shortest = max(_WRAPPED_LINE_MIN, int(width * _WRAPPED_SHARE))
    out: list[str] = []
    in_paragraph = False  # the line before belongs to a paragraph a mark opened
    for line in lines:
        previous = out[-1] if out else ""
        if (
            in_paragraph
            and line.strip()
            and not _OPENS_A_LINE_OF_ITS_OWN.match(line)
            and len(previous.strip()) >= shortest
            and not _ENDS_A_SENTENCE.search(previous)
        ):
            space = previous.endswith(" ") or _ENDS_A_WORD.search(previous) is not None
            out[-1] = previous.rstrip() + (" " if space else "") + line.strip()
            continue
        out.append(line)
        in_paragraph = _RELEASE_PARAGRAPH.match(line) is not None or (in_paragraph and bool(line.strip()))
    return "\n".join(out)


_NOT_KEY = re.compile(r"[\s\W_]+")


def _key(line: str) -> str:
    """Letters and digits only, lower-cased: how lines and sentences are compared.

    Whitespace goes first through `str.split` (in C); the regex then meets only punctuation,
    which is rare, instead of every space. Same result as the regex alone.
    """
    key = "".join(line.split())
    if not key.isalnum():
        key = _NOT_KEY.sub("", key)
    return key.lower()


def _is_ui(line: str, key: str) -> bool:
    if len(line) > 60:
        return False  # buttons, menus and nav bars are short
    if not key or key.isdigit():
        return True
    if key in _UI_WORDS:
        return True
    counter = _COUNTER.fullmatch(key)
    if counter and counter.group(1) in _COUNTER_WORDS:
        return True
    if _BREADCRUMB.fullmatch(line) and not _SENTENCE_END.search(line):
        return True  # 'HOME > 교육 > 천안·아산'
    items = _MENU_SPLIT.split(_BUTTONS_AFTER.sub("", line))
    # 'IT | 과학 | 정책 | 통신 | 반도체', perhaps with buttons after: '… | 오피니언  [ePaper] [구독신청]'
    if len(items) >= 4 and all(0 < len(i.strip()) <= 8 for i in items):
        return True
    words = [_key(w) for w in line.split()]
    words = [w for w in words if w]
    return len(words) >= 2 and sum(w in _NAV_WORDS for w in words) >= max(2, len(words) * 0.6)


# Any other short header of a list of stories: '함께 보면 좋은 기사', '이 기사와 관련된 뉴스', '지역 뉴스 더보기'.
_STORY_LIST_HEADER = re.compile(r"(?:기사|뉴스|클릭)(?:더보기|보기|목록)?$")  # '[핫 클릭]', '많이 본 뉴스'
# …or of posts, whose noun the list word right before it modifies: '함께 보면 좋은 글', '추천 콘텐츠',
# '함께 본 소식' (not a subhead: '주요 파트너는 구글', '실시간 AI 콘텐츠', '이어지는 희소식').
_POST_LIST_HEADER = re.compile(
    r"(?:관련|추천|최신|인기|좋은|볼만한|많이\s*본|함께\s*본|읽은|읽을\s*만한|다른)\s*(?:글|소식|콘텐츠|포스트)\s*$"
)
_STORY_LIST_WORDS = re.compile(
    r"관련|함께|많이|인기|추천|최신|주요|다른|랭킹|화제|핫|베스트|실시간|좋은|볼만한|놓치|이어"
    r"|지금|뜨는|급상승|오늘의"  # '지금 뜨는 기사', '급상승 뉴스'
    r"|만한|좋아할|맞춤"  # '당신이 좋아할 만한 기사', '읽을 만한 뉴스', '맞춤 뉴스'
)


# A header in brackets with the stories on its own line: '[많이 본 기사] ① 용인 … 1조7천억 확정 ② …'.
_LIST_MARKS = re.compile(r"[①-⑳▶▷►▲△■·•|│]|\s\d{1,2}\.\s")
_BRACKETED_HEADER = re.compile(
    r"\s*(?:[\[【〔《<]\s*([^\]】〕》>]{2,20}?)\s*[\]】〕》>]"  # '[많이 본 기사] ① …'
    r"|[▲△■□●○◆◇▶►·\-]?\s*([^:：\s][^:：]{1,18}?)\s*[:：])"  # '▲관련기사: … ▲관련기사: …'
)


# Site navigation: a breadcrumb ('HOME > 교육 > 천안·아산', '홈 > 산업 > IT·통신'), and the bars
# between the items of a menu or of a byline ('IT | 과학 | 정책', '영남경제 | 2026.02.10').
_BREADCRUMB = re.compile(r"[^>›»]{1,15}(?:\s*[>›»]\s*[^>›»]{1,15}){1,5}")
_MENU_SPLIT = re.compile(r"\s*[|│]\s*")
_BUTTONS_AFTER = re.compile(r"(?:\s*\[[^\[\]]{1,10}\])+\s*$")  # '… | 오피니언    [ePaper] [구독신청]'
_WIDE_GAP = re.compile(r"\s{2,}")  # a byline's fields set apart by spaces: '기자명 문서진 기자   입력 2022.05.18 06:30'

_BYLINE_WORD = re.compile(r"기자|입력|등록|승인|송고|수정")

# A link to the site's story before or after this one ('이전글 | 도, 삼척 … 300억원 투입', '[다음기사]
# …', '▲ 윗글 : …'): another story's headline, with its own places and money.
_ADJACENT_STORY = re.compile(
    r"[\[(<▲▼△▽◀▶]?\s*(?:이전|다음|윗|아랫)\s*(?:글|기사|뉴스|게시물)\s*[\])>]?\s*(?:[|:：│▶▷]|\s)"
)
# A file attached to a page ('첨부파일 ▶ 210916_협약_보도자료.hwp', '220125_개요.pdf (48KB)'): its name
# repeats the project's words in a form no sentence has.
_ATTACHMENT = re.compile(
    r"(?:첨부\s*(?:파일|자료|문서)?|붙임\s*파일|다운로드)\s*[:：▶▷►|]"
    r"|\S+\.(?:hwpx?|pdf|zip|docx?|xlsx?|pptx?|jpe?g|png|gif)(?:\s*\(\s*[\d.,]+\s*[KMG]?B\s*\))?$",
    re.IGNORECASE,
)


def _is_labelled_headline(line: str) -> bool:
    """A bracketed label, then words that are no sentence: below the article's copyright line, a
    link to another of the site's stories, whatever the label says ('[경기 소식] 시흥 … 개원 / …')."""
    label = _BRACKETED_HEADER.match(line)
    if label is None or label.group(1) is None:
        return False
    rest = line[label.end() :].strip()
    return len(rest) >= 6 and not _SENTENCE_END.search(rest)


def _is_repeated_label(line: str) -> bool:
    """A header of other stories repeated before each of them: '관련기사 <…> ▶관련기사 <…>'."""
    head = _key(line[:12])
    if not head.startswith(_BLOCK_HEADERS):  # one C call for the many lines that open with none
        return False
    header = next(h for h in _BLOCK_HEADERS if head.startswith(h))
    return _key(line).count(header) >= 2 and not _SENTENCE_END.search(line)


# A section's label alone, in brackets ('[서초·강남 소식]', '[경기 브리핑]', '[지역 단신]') or after the
# site's section and a bar ('지역IT | 대전 소식', '사회 > 충청 뉴스': a place or field, a space, the word;
# not a credit such as '연합뉴스' or a subheading such as '반가운 소식'). Below the article's copyright
# line its stories follow; above it, it heads the article or a roundup's item.
_SECTION_WORDS = r"(?:소식|뉴스|브리핑|단신|이모저모|화제)"
_SECTION_LABEL = re.compile(
    r"[\[【〔]\s*[^\]】〕]{1,20}?" + _SECTION_WORDS + r"\s*[\]】〕]"
    r"|[^\s|>›]{1,12}\s*[|>›]\s*[가-힣A-Za-z·]{1,10}\s" + _SECTION_WORDS
)


def _is_block_header(line: str, key: str) -> bool:
    bracketed = _BRACKETED_HEADER.match(line)
    if bracketed and len(line) > 40:  # the stories follow on its line, as a list, not as a sentence
        inner, rest = bracketed.group(1) or bracketed.group(2), line[bracketed.end() :]
        listed = len(_LIST_MARKS.findall(rest)) >= 2 or not _SENTENCE_END.search(rest)
        return listed and _is_block_header(inner, _key(inner))
    if _is_repeated_label(line):
        return True
    if len(line) > 40 or not key or key.endswith(("참조", "참고")):
        return False  # '※ 관련 보도자료 참조': a note pointing elsewhere, the article goes on
    parts = _LABEL_SPLIT.split(line)
    if 1 < len(parts) <= 3 and all(parts):  # 'Related | 함께 보면 좋은 기사': a header in two languages
        return any(_is_block_header(part, _key(part)) for part in parts)
    if key.startswith(_BLOCK_HEADERS):
        return any(key.startswith(h) and len(key) <= len(h) + 6 for h in _BLOCK_HEADERS)
    if key.endswith(_BLOCK_HEADERS) and not _SENTENCE_END.search(line):
        # a header with the site's word for its list before it: '오늘의 핫이슈', '지역 많이 본 뉴스', or a place's,
        # section's or site's short name: '대전 주요뉴스' (not a subhead that ends so: '◆ 전력 수급이 최대 핫이슈')
        return any(
            key.endswith(h) and (key[: -len(h)] in _LIST_HEADER_PREFIXES or len(key) - len(h) <= _SHORT_PREFIX)
            for h in _BLOCK_HEADERS
        )
    if _POST_LIST_HEADER.search(line) is not None and len(key) <= 14 and not _SENTENCE_END.search(line):
        return True
    return (
        len(key) <= 14
        and _STORY_LIST_HEADER.search(key) is not None
        and _STORY_LIST_WORDS.search(key) is not None
        and not _SENTENCE_END.search(line)
    )


# A press release's header: '배포일시 : 2025. 3. 27.(목) 09:00 보도시점 : 즉시 보도', '보도일시 2025. 3. 27.(목) 조간',
# '엠바고 : 27일 06시'.
_RELEASE_HEADER = re.compile(
    r"^(?:(?:배포|보도|엠바고)\s*(?:일시|일자|시점|시각|해제)?\s*[:：]|(?:배포|보도)\s*(?:일시|일자)\s*\d"
    r"|(?:담당\s*부서|담\s*당\s*자?|문의|연락처|과\s*장|팀\s*장|국\s*장)\s*[:：]|사\s*진\s*[:：]\s*(?:있음|없음))"
)  # … and its contacts: '담당부서 : 디지털산업과', '담당: AX혁신센터 제조AI팀', '문의 : 044-…', '과    장 : 오세진 ☎ 061-…'
# A contact's line: a name or a post and a telephone number, no sentence ('책임 권민지 (043-270-2637)').
_PHONE = re.compile(r"(?<!\d)\(?0\d{1,2}\)?[-.\s]\d{3,4}[-.\s]\d{4}(?!\d)")


# A banner set letter by letter: '전 라 남 도   보 도 자 료' (no sentence is all one-letter words).
_LETTER_SPACED = re.compile(r"[가-힣](?:\s+[가-힣]){3,}")


def _is_meta(line: str) -> bool:
    """Bylines, reporter lines, copyright lines, a release's header: read for metadata, never for facts."""
    if _BYLINE_DATE.search(line) and len(_BYLINE_DATE.sub("", line)) < 25:
        return True
    if len(line) < 80 and (_RELEASE_HEADER.match(line) or _LETTER_SPACED.fullmatch(line)):
        return True
    if _is_stamp_line(line):
        return True
    if _REPORTER_LINE.search(line) and len(line) < 60:
        return True
    if "기자" in line and (
        _REPORTER_SIGN_OFF.fullmatch(line)
        or (len(line) < 40 and _REPORTER.search(line) and not _SENTENCE_END.search(line))
    ):
        return True
    if len(line) < 30 and not _HANGUL.search(line):
        return True  # a lone handle, code or URL
    if len(line) < 60 and _PHONE.search(line) and not _SENTENCE_END.search(line):
        return True
    if len(line) < 120 and _COPYRIGHT.search(line):
        return True
    return len(line) < 100 and _EMAIL.search(line) is not None


# An outlet's or programme's label before a stamp: '[서초투데이] 승인 …', '[뉴스데스크] 2026년 …'.
_STAMP_LABEL = re.compile(r"[\[【]\s*[^\]】\d]{1,20}[\]】]\s*(?=[^\s])")


def _is_stamp_line(line: str) -> bool:
    """A line of date stamps alone: '2026년 01월 16일(금) 17:02', '기사입력 2021.10.04. 오후 4:26', '입력 … | 수정 …',
    perhaps after the outlet's or programme's label ('[서초투데이] 승인 2025.09.10 16:25', '[뉴스데스크] 2026년 04월 22일(수)')."""
    if len(line) > 80:
        return False
    label = _STAMP_LABEL.match(line)
    return BYLINE_STAMP_LINE.fullmatch(line, label.end() if label else 0) is not None


# An editor's note above a story, not a summary line ('※ 사업비 4,000억원, 2026~2030년' stays).
_EDITORS_NOTE = re.compile(r"기사|전재|제휴|구독|편집자|독자|알려드립니다|바로잡습니다")
_TITLE_LABEL = re.compile(r"^(?:기사\s*)?제목\s*[:：]\s*")  # a page's label of its headline: '제목: 충북TP, …'
# The print edition's date and page beside the online stamp: '지면 2024년 06월 19일 9면', '지면보기 2025.3.4 A12면'.
_PRINT_EDITION = re.compile(
    r"(?:지면|신문|종이신문|지면보기)\s*(?:\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*일?\.?)\s*(?:[A-Z]?\d{1,2}면)?"
)


def _is_labelled_stamp(line: str, before_body: bool) -> bool:
    """A stamp with short labels beside it: a masthead above the story ('영남경제 | 2026.02.10') or a
    byline ('기자명 오태린 | 입력 2025.12.09 16:44 | 댓글 1', '한빛통신(HBN) 정경수 기자 | 송고 2024-10-17 14:32', its
    fields set apart by spaces alone: '기자명 문서진 기자   입력 2022.05.18 06:30   수정 2022.05.18 08:15');
    not a row of a table of dates in the body ('| 2025.4.7 | 과기정통부 공모 선정 |')."""
    if len(line) > 80 or line.startswith(("|", "│")) or not (before_body or _BYLINE_WORD.search(line)):
        return False
    items = [i.strip() for i in (_MENU_SPLIT if _MENU_SPLIT.search(line) else _WIDE_GAP).split(line)]
    stamps = [i for i in items if BYLINE_STAMP_LINE.fullmatch(i) or _PRINT_EDITION.fullmatch(i)]
    return bool(stamps) and all(
        i in stamps or ((len(i) <= 15 or _REPORTER.search(i) is not None) and not _SENTENCE_END.search(i))
        for i in items
    )


def _is_tag_line(line: str) -> bool:
    """Tags alone, or two or more under a short label: '[인기 키워드] #AI반도체 #HBM'."""
    if _TAGS.fullmatch(line):
        return True
    if "#" not in line:
        return False
    tags = _TAG.findall(line)
    return len(tags) >= 2 and len(_TAG.sub("", line).strip()) <= _TAG_LABEL_MAX


# A market widget: indices or a rate with their figures and arrows ('코스피 3,097.83 ▼ 60.87 코스닥 1,000.65 ▼ 20.43',
# '원/달러 1,183.50 ▲2.30'); its lines state nothing of the story, nor head it.
_MARKET_STRIP = re.compile(
    r"^(?:(?:코스피|코스닥|KOSPI|KOSDAQ|나스닥|다우|S&P\s?500|원/달러|환율|금값|유가)\s*:?\s*[\d,]+(?:\.\d+)?\s*"
    r"(?:[▲▼△▽↑↓+\-]\s*[\d,]+(?:\.\d+)?%?\s*)?(?:\([^()]*\)\s*)?[|·/]?\s*)+$"
)


def _is_weather_strip(line: str) -> bool:
    """Places' temperatures on a short line that states nothing ('광주 3℃ 흐림 | 목포 5℃ …')."""
    if len(line) > _WEATHER_STRIP_MAX or _SENTENCE_END.search(line):
        return False
    if "…" in line or "..." in line:  # a headline's ellipsis: '체감온도 35℃…전력 수요 급증'
        return False
    places = len(_PLACE_TEMPERATURE.findall(line))
    return places >= 2 or (places == 1 and _SKY_WORD.search(line) is not None and _STRIP_MARK.search(line) is not None)


def _sentence_like(line: str) -> bool:
    """Long enough, with a sentence-final '다.' or '요.' somewhere."""
    return len(line) >= 30 and ("다." in line or "요." in line)


# The field labels of a press release's summary table, which it letter-spaces to line them up ('사 업 명 AI 헬스케어
# 실증지원센터 구축', '총 사 업 비 486억원'): closed up, so that a label is one word, not letters that join a name.
FIELD_LABELS = (
    "사업명", "총사업비", "사업비", "사업기간", "기간", "위치", "장소", "규모", "내용", "주요내용", "주관", "주관기관",
    "참여기관", "구분", "예산", "재원", "목적", "대상", "추진일정", "기대효과", "사업개요", "사업내용", "추진기간",
    "소재지", "사업규모", "연면적", "부지면적", "주요시설", "추진경과", "시행기관", "사업기관", "사업목적",
)  # fmt: skip
_SPACED_LABEL = re.compile(
    r"^(?:" + "|".join(" ".join(label) for label in sorted(FIELD_LABELS, key=len, reverse=True)) + r")(?=[\s:：(]|$)"
)


def _close_up(label: re.Match[str]) -> str:
    return label.group(0).replace(" ", "")


def clean_page(text: str, known_title: str | None = None, main_text: bool = False) -> CleanArticle:
    """Separate the article's headline and body from the page around them.

    `main_text`: the text is already the article's own (a main-text extractor's output, a feed
    item): no headline is guessed in it, and every line that is not noise is body or caption,
    but for the known title standing above the text.
    """
    text = normalise(text)
    if any(mark in text for mark in _RELEASE_MARKS):
        text = _join_wrapped_paragraphs(text)
    lines = [ln.strip() for ln in (_unbox(text) if _BOX_DRAWING.search(text) else text).split("\n")]
    meta: list[str] = []
    kept: list[tuple[str, str]] = []  # (zone, text)
    body_chars = 0
    skipping_block = False
    after_photo_marker = after_link_marker = after_copyright = False
    for raw in lines:
        if body_chars == 0 and raw.startswith("※") and _EDITORS_NOTE.search(raw):
            meta.append(raw)  # an editor's note above the story: '※ 이 기사는 제휴 통신사 기사를 … 전재한 것입니다.'
            continue
        line = _BULLET.sub("", raw).strip()
        if body_chars == 0 and _CREDIT_LINE.match(line) and not _ENDS_A_SENTENCE.search(line):
            meta.append(line)  # above the story only
            continue
        if body_chars == 0:
            line = _TITLE_LABEL.sub("", line)  # above the story only
        if line[1:2] == " ":
            line = _SPACED_LABEL.sub(_close_up, line, count=1)
        if not line:
            after_link_marker = bool(raw) and set(raw.replace(" ", "")) <= _LINK_MARKS
            continue
        if after_link_marker:
            after_link_marker = False
            if len(line) < 60 and not _sentence_like(line):
                continue
        if _WEATHER.match(line) or _is_tag_line(line) or _is_weather_strip(line) or _MARKET_STRIP.match(line):
            continue
        key = _key(line) if len(line) <= 60 else ""  # headers, buttons and the '사진' marker are short
        if _is_block_header(line, key):
            if body_chars >= 60:
                break  # the rest of the page lists other stories
            skipping_block = True
            continue
        if after_copyright and _is_labelled_headline(line):
            continue
        if after_copyright and raw[:1] in _LINK_MARKS and not _SENTENCE_END.search(line):
            continue  # below the article's copyright line, '▶ 평택 … 30조 투자 재개': a link to another story
        if after_copyright and _SECTION_LABEL.fullmatch(line):
            break  # below the article's copyright line, a section of the site's other stories
        if skipping_block:
            if _is_stamp_line(line):
                meta.append(line)  # the article's byline, after a header of the site's menus
            if not _sentence_like(line):
                continue
            skipping_block = False
        if key == "사진":
            after_photo_marker = True
            continue
        if _is_stamp_line(line) or _is_labelled_stamp(line, body_chars == 0):
            meta.append(line)  # before the buttons: a stamp is all digits ('[2025-05-21 12:05]')
            continue
        if _is_ui(line, key):
            continue
        if (_ADJACENT_STORY.match(line) or _ATTACHMENT.match(line)) and not _SENTENCE_END.search(line):
            continue
        desk = _DESK_TAG.match(line)
        if desk:
            meta.append(desk.group(0).strip())
            line = line[desk.end() :]
        dateline = _DATELINE_PREFIX.match(line)
        if dateline and (_sentence_like(line[dateline.end() :]) or _SENTENCE_END.search(line)):
            meta.append(dateline.group(0).strip())
            line = line[dateline.end() :]
        if _is_meta(line):
            meta.append(line)
            after_copyright = after_copyright or (body_chars >= 60 and _COPYRIGHT.search(line) is not None)
            continue
        cleaned = _strip_inline_noise(line, meta)
        if not cleaned:
            continue
        if after_photo_marker or _is_caption_hint(line) or ("제공" in line and _PHOTO_CREDIT_TAIL.search(line)):
            zone = "caption"
        elif not main_text and not _sentence_like(cleaned) and body_chars == 0:
            if len(_key(cleaned)) < 8:
                continue  # a section label such as '부산/영남'
            zone = "headline"
        elif main_text and body_chars == 0 and known_title and _key(cleaned) == _key(known_title):
            zone = "headline"  # the extractor kept the page's headline above the text
        else:
            zone = "body"
        after_photo_marker = False
        if zone == "caption":
            cleaned = _PHOTO_CREDIT_TAIL.sub("", cleaned).strip()
        if zone == "body":
            body_chars += len(cleaned)
        kept.append((zone, cleaned))
    if main_text and known_title and not any(zone == "headline" for zone, _ in kept):
        # the page's headline, which the extractor left out of the text: the story's first line, as on any page
        headline = _strip_inline_noise(_DESK_TAG.sub("", known_title), meta)
        if headline:
            kept.insert(0, ("headline", headline))
    title = known_title or next((t for z, t in kept if z == "headline"), None)
    return _assemble(kept, title, meta)


def _is_caption_hint(line: str) -> bool:
    return any(mark in line for mark in _CAPTION_MARKS) and _CAPTION_HINT.search(line) is not None


def _strip_inline_noise(line: str, meta: list[str]) -> str:
    byline = _BYLINE_DATE.match(line)
    # '방송일시 : 2021년 11월 18일(목) 07:30 ~ 08:00 FM 99.3MHz': a transcript's header, its air time and channel
    if byline and _AIRED.match(line):
        meta.append(line.strip())
        return ""
    if byline:
        stamp = _BYLINE_STAMP.match(line)
        if stamp:
            meta.append(stamp.group(0).strip())
            line = line[stamp.end() :]
    m = _DATELINE_PREFIX.match(line)
    if m and m.end() < len(line):
        meta.append(m.group(0).strip())
        line = line[m.end() :]
    tail_from = max(0, len(line) - _TRAILING_REPORTER_REACH)  # it ends the line: only the tail is read
    tail = _TRAILING_REPORTER.search(line, tail_from) if "기자" in line[tail_from:] else None
    if tail:
        meta.append(tail.group(0).strip())
        line = line[: tail.start()]
    if any(mark in line for mark in _INLINE_NOISE_MARKS):
        line = _INLINE_NOISE.sub(" ", line)
    if "(" in line:
        line = _EMPTY_PARENS.sub("", line)
    if "  " in line or not line.isprintable():  # every whitespace but ' ' is unprintable
        line = _SPACE_RUN.sub(" ", line)
    return line.strip()


def _assemble(kept: list[tuple[str, str]], title: str | None, meta: list[str]) -> CleanArticle:
    """Join kept paragraphs into the body, split sentences, and keep each sentence once."""
    seen: set[str] = set()
    seen_long = _LongSentences()
    parts: list[str] = []
    sentences: list[Sentence] = []
    pos = 0
    for zone, paragraph in kept:
        spans = [(paragraph[start:end], _key(paragraph[start:end])) for start, end in split_spans(paragraph)]
        pkey = "".join(skey for _, skey in spans)  # the spans cover all but whitespace, which keys drop
        if pkey in seen:
            continue
        pieces = []
        for sent, skey in spans:
            if not skey or skey in seen or seen_long.repeated_by(skey):
                continue
            seen.add(skey)
            if zone != "headline":
                seen_long.add(skey)
            pieces.append(sent)
        seen.add(pkey)
        if not pieces:
            continue
        if parts:
            pos += 1  # the newline between paragraphs
        para_text = " ".join(pieces)
        offset = pos
        for sent in pieces:
            sentences.append(Sentence(len(sentences), offset, offset + len(sent), sent, zone))
            offset += len(sent) + 1
        parts.append(para_text)
        pos += len(para_text)
    body = "\n".join(parts)
    return CleanArticle(title=title, body=body, sentences=sentences, meta_lines=meta)


# A sentence key at least this long is compared with earlier ones for glued junk.
_LONG_KEY = 15
# Bounds on what each sentence is compared with, so a page of thousands of sentences stays
# linear: real pages (under 300 sentences) stay far inside both.
_MAX_COMPARED_CHARS = 30_000  # the earlier long sentences a sentence may be part of (~500)
_MAX_SAME_START = 50  # earlier long sentences sharing their first letters
_FEW = 64  # up to this many earlier long sentences, each is compared with every one
_SENTENCE_ENDING = re.compile(r"(?:다|니다|했다|한다|됐다)$|(?:다|요)(?=[가-힣])")


class _LongSentences:
    """Keys of the article's earlier long sentences, to tell a sentence that repeats one of them
    with a little junk glued to its front or back.

    The junk is a caption or credit ('…세리머니' + the first sentence again), never prose of its
    own: a sentence that quotes the headline and says more is a sentence.

    An article has a few dozen long sentences, each compared with every earlier one. Past
    `_FEW`, a sentence inside an earlier one is found by one search of their keys joined (keys
    hold only letters and digits, so the NUL between them is never matched), and an earlier one
    inside it by the earlier keys' first letters at each place the junk could end.
    """

    def __init__(self) -> None:
        self._first: list[str] = []  # every key, while there are no more than _FEW
        self._many = False  # past _FEW: the keys below are kept instead
        self._keys: list[str] = []
        self._chars = 0
        self._joined = ""
        self._by_start: dict[str, list[str]] = {}

    def add(self, key: str) -> None:
        if len(key) < _LONG_KEY:
            return
        if not self._many:
            self._first.append(key)
            if len(self._first) <= _FEW:
                return
            self._many = True
            for earlier in self._first:
                self._index(earlier)
            return
        self._index(key)

    def _index(self, key: str) -> None:
        if self._chars < _MAX_COMPARED_CHARS:
            self._keys.append(key)
            self._chars += len(key) + 1
            self._joined = ""
        same_start = self._by_start.setdefault(key[:_LONG_KEY], [])
        if len(same_start) < _MAX_SAME_START:
            same_start.append(key)

    def repeated_by(self, key: str) -> bool:
        if len(key) < _LONG_KEY or not self._first:
            return False
        room = max(40, len(key) * 0.4)  # junk allowed around an earlier sentence
        if not self._many:
            # `_glued_to` needs `earlier` inside `key`: that test alone rules out most pairs
            return any(key in e or (e in key and self._glued_to(key, e, room)) for e in self._first)
        if not self._joined:
            self._joined = "\0".join(self._keys)
        if key in self._joined:
            return True
        for junk_end in range(min(int(room), len(key) - _LONG_KEY) + 1):
            for earlier in self._by_start.get(key[junk_end : junk_end + _LONG_KEY], ()):
                if key.startswith(earlier, junk_end) and self._glued_to(key, earlier, room):
                    return True
        return False

    @staticmethod
    def _glued_to(key: str, earlier: str, room: float) -> bool:
        """`key` is `earlier` with at most `room` letters of junk that is no sentence of its own."""
        return (
            earlier in key
            and len(key) - len(earlier) <= room
            and not _SENTENCE_ENDING.search(key.replace(earlier, "", 1))
        )
