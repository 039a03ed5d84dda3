"""Page cleaning: the article stays, the page around it goes."""

import pytest

from etl.cleaning import clean_page

ARTICLE = (
    "광주시, 인공지능 기업 유치 속도 낸다\n"
    "• 등록 2020-04-28 13:28:08\n"
    "기사 스크랩\n공유\n프린트\n"
    "광주광역시가 인공지능 중심도시 조성을 위한 기업 유치에 박차를 가한다. 광주시는 27일 회의를 개최했다.\n"
    "한편 광주시는 올해부터 2024년까지 5년 간 4116억원을 투입해 집적단지를 조성한다.\n"
    "박진표 기자 lucky@kwangju.co.kr\n"
    "ⓒ광주일보, 무단 전재-재배포 금지\n"
    "많이 본 뉴스\n"
    "1. 아름다운가게 울산본부, 750만 원 상당의 나눔보따리 전달했다.\n"
)


def test_title_and_body_are_kept() -> None:
    page = clean_page(ARTICLE)
    assert page.title == "광주시, 인공지능 기업 유치 속도 낸다"
    assert "4116억원" in page.body


def test_lists_of_other_stories_are_dropped() -> None:
    assert "나눔보따리" not in clean_page(ARTICLE).body


@pytest.mark.parametrize(
    "header",
    [
        "■ 함께 보면 좋은 기사",
        "이 기사와 관련된 뉴스",
        "[관련뉴스]",
        "화제의 뉴스",
        "오늘의 인기 기사 보기",
        "놓치면 안 될 기사",
        "함께 보면 좋은 글",
        "추천 콘텐츠",
        "이 기사와 함께 본 소식",
        "[핫 클릭]",
        "많이 클릭한 뉴스",
        "Related | 함께 보면 좋은 기사",  # one label in two languages
        "Most Read",
        "관련 보도자료",  # a government site's other press releases
        "지금 뜨는 기사",
        "급상승 뉴스",
    ],
)
def test_a_header_of_other_stories_ends_the_article_whatever_its_words(header: str) -> None:
    page = clean_page(ARTICLE.replace("많이 본 뉴스", header))
    assert "나눔보따리" not in page.body and "4116억원" in page.body


@pytest.mark.parametrize(
    "header",
    [
        "오늘의 핫이슈",
        "지역 많이 본 뉴스",
        "경제 주요뉴스",
        "이 시각 인기기사",
        "대전 주요뉴스",
        "[OBS 뉴스 인기 기사]",
    ],
)
def test_a_header_with_the_sites_word_before_it_ends_the_article(header: str) -> None:
    page = clean_page(ARTICLE.replace("많이 본 뉴스", header))
    assert "나눔보따리" not in page.body and "4116억원" in page.body


@pytest.mark.parametrize(
    "line",
    ["◆ 전력 수급이 최대 핫이슈", "■ 데이터센터 유치, 지역 핫이슈", "투자 유치 관련 기사를 모은 인기기사입니다."],
)
def test_a_subhead_or_a_sentence_ending_in_a_list_word_is_no_header(line: str) -> None:
    long_lead = "광주광역시가 인공지능 중심도시 조성을 위한 기업 유치에 박차를 가한다. 광주시는 27일 회의를 개최했다."
    page = clean_page(ARTICLE.replace(long_lead, long_lead * 2 + "\n" + line))  # past the article's first 60 letters
    assert "4116억원" in page.body


def test_links_to_other_stories_below_the_copyright_line_are_not_the_article() -> None:
    page = clean_page(
        ARTICLE.replace(
            "많이 본 뉴스\n",
            "▶ 평택 고덕 삼성 P5 라인 30조 투자 재개\n▶ 인천 송도 바이오 캠퍼스 2단계 2조 착공\n",
        )
    )
    assert "30조" not in page.body and "2조 착공" not in page.body and "4116억원" in page.body


def test_a_pointed_line_of_the_article_above_its_copyright_line_is_kept() -> None:
    page = clean_page(ARTICLE.replace("한편 광주시는", "▶ 시는 데이터센터에 3150억원을 투입한다\n한편 광주시는"))
    assert "3150억원" in page.body


def test_a_bracketed_header_with_its_stories_on_one_line_ends_the_article() -> None:
    line = "[많이 본 기사] ① 경기 용인 반도체 국가산단 용수공급 1조7천억 확정 ② 부산 북항 랜드마크 부지 재공모"
    page = clean_page(ARTICLE.replace("많이 본 뉴스", line))
    assert "1조7천억" not in page.body and "4116억원" in page.body


@pytest.mark.parametrize(
    "line",
    [
        "[포토뉴스] 울산 AI 데이터센터 착공식에서 시장과 관계자들이 기념 촬영을 하고 있다. 3150억원 규모다.",
        "[관련기사] 서울시는 AI 펀드를 3150억원 규모로 결성했다고 15일 밝혔다.",
    ],
)
def test_a_bracketed_tag_before_a_sentence_of_the_article_is_no_header(line: str) -> None:
    page = clean_page(ARTICLE.replace("한편 광주시는", line + "\n한편 광주시는"))
    assert "3150억원" in page.body and "4116억원" in page.body


@pytest.mark.parametrize("note", ["※ 관련 보도자료 참조", "(관련기사 참고)"])
def test_a_note_pointing_to_related_stories_does_not_end_the_article(note: str) -> None:
    page = clean_page(
        f"부산시 AI 허브 협약\n\n부산시는 24일 AI 허브 조성 협약을 맺었다고 밝혔다.\n{note}\n허브 조성에는 총 3,200억 원이 들어간다.\n"
    )
    assert "3,200억" in page.body


@pytest.mark.parametrize(
    "subhead",
    ["■ 주요 파트너는 구글", "◇ 함께 만드는 AI 콘텐츠", "실시간 AI 콘텐츠", "관련 기업 소식", "■ 이어지는 희소식"],
)
def test_a_subhead_ending_like_a_list_header_does_not_end_the_article(subhead: str) -> None:
    page = clean_page(ARTICLE.replace("한편 광주시는", subhead + "\n한편 광주시는"))
    assert "4116억원" in page.body


def test_a_labelled_list_of_stories_on_one_line_ends_the_article() -> None:
    line = "▲관련기사: 충북 AI 제조혁신 집적단지, 예타 대상 선정 ▲관련기사: 제천 한방바이오 특화단지 1200억 투입"
    page = clean_page(ARTICLE.replace("많이 본 뉴스", line))
    assert "1200억" not in page.body and "4116억원" in page.body


def test_a_bracketed_dateline_opening_a_paragraph_is_no_header() -> None:
    line = "[서울=한결통신] 서울시는 AI 펀드를 3150억원 규모로 결성했다고 15일 밝혔다. 시는 출자를 늘린다."
    page = clean_page(ARTICLE.replace("한편 광주시는", line + "\n한편 광주시는"))
    assert "3150억원" in page.body and "4116억원" in page.body


@pytest.mark.parametrize(
    "line",
    ["관련 기사를 모아 분석한 결과 투자가 늘었다.", "김나래 기자", "주요 내용은 다음과 같다."],
)
def test_a_line_of_the_article_that_mentions_stories_is_no_header(line: str) -> None:
    page = clean_page(ARTICLE.replace("한편 광주시는", line + "\n한편 광주시는"))
    assert "4116억원" in page.body


def test_a_line_of_tags_is_not_body() -> None:
    page = clean_page(ARTICLE.replace("박진표 기자", "#LG유플러스 #오창 #AI데이터센터 #충북\n박진표 기자"))
    assert "#" not in page.body and "오창" not in page.body


def test_buttons_bylines_and_copyright_are_not_body() -> None:
    page = clean_page(ARTICLE)
    for noise in ("스크랩", "프린트", "무단", "lucky@", "13:28"):
        assert noise not in page.body
    assert any("2020-04-28" in line for line in page.meta_lines)


def test_a_sentence_about_the_stock_index_stays() -> None:
    line = "코스피는 이날 3,097.83으로 장을 마쳤다."
    assert line in clean_page(ARTICLE.replace("한편 광주시는", line + "\n한편 광주시는")).body


def test_weather_widget_is_dropped() -> None:
    page = clean_page("• 흐림강릉 1.3℃\n• 서울 3.2℃\n• 홍성(예) 3.6℃\n기상청 제공\n" + ARTICLE)
    assert "℃" not in page.body and "강릉" not in page.body


@pytest.mark.parametrize(
    "strip",
    [
        "[오늘의 날씨] 홍성 7℃ 맑음 | 예산 6℃ | 천안 8℃ 2026년 3월 5일 목요일",
        "광주 3℃ 흐림 | 목포 5℃ | 여수 6℃ 2020년 1월 21일 화요일",
        "서울 7℃ 맑음 미세먼지 나쁨 2024.03.06 (수)",
        "광주·전남 오늘 날씨 : 흐리고 비 16℃ (강수확률 70%) | 2024년 11월 6일 수요일",
        "청주 -2.5°C 구름많음 체감 -6°C",
        # a market widget
        "코스피 3,097.83 ▼ 60.87 코스닥 1,000.65 ▼ 20.43",
        "KOSPI 2,501.20 ▲12.30 | KOSDAQ 830.11 ▼3.02",
        "원/달러 1,183.50 ▲2.30",
    ],
)
def test_a_strip_of_places_weather_or_markets_is_dropped_with_its_date(strip: str) -> None:
    page = clean_page(strip + "\n" + ARTICLE)
    assert page.title == "광주시, 인공지능 기업 유치 속도 낸다"
    assert "℃" not in page.body and "°C" not in page.body
    assert strip.split()[1] not in page.body


@pytest.mark.parametrize(
    "line",
    [
        "데이터센터 서버실은 연중 24℃를 유지한다.",  # a sentence
        "냉각수 18℃로…전력 30% 절감",  # a headline: one temperature and no word of the sky
        "체감온도 35℃…데이터센터 전력 수요 급증",
        "서늘한 날씨·연평균 10℃…강원, 데이터센터 최적지로",  # a headline's ellipsis
        "냉각수 온도 20℃→30℃ 상향…전력 40% 절감",
    ],
)
def test_a_temperature_in_prose_or_a_headline_is_kept(line: str) -> None:
    page = clean_page(ARTICLE.replace("박진표 기자", line + "\n박진표 기자"))
    assert line in page.body or line == page.title


def test_a_body_printed_twice_is_kept_once() -> None:
    body = "울산시는 오늘 계획에 서명했습니다. 추진본부를 출범시키며 속도를 냅니다.\n"
    page = clean_page("울산 AI 수도 선포\n" + body + body)
    assert page.body.count("서명했습니다") == 1


def test_reporter_dateline_is_stripped_from_the_paragraph() -> None:
    page = clean_page("[안동=뉴시스] 류상현 기자 = 경북도와 구미시가 18일 협약을 체결했다.")
    assert page.body == "경북도와 구미시가 18일 협약을 체결했다."


def test_sentence_offsets_point_into_the_body() -> None:
    page = clean_page(ARTICLE)
    for s in page.sentences:
        assert page.body[s.start : s.end] == s.text


def test_photo_captions_are_marked() -> None:
    page = clean_page(
        "제목이 있는 기사입니다\n사진\n포항시는 10일 협약을 체결했다.\n본문에서 포항시가 협약을 체결했다고 밝혔다."
    )
    zones = {s.text: s.zone for s in page.sentences}
    assert zones["포항시는 10일 협약을 체결했다."] == "caption"


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("▲ 24일 강원대학교병원에서 열린 착공식에서 참석자들이 시삽하고 있다.", "caption"),
        ("▲ 센터 조감도. 지상 5층 규모로 지어진다. /강원대병원 제공", "caption"),
        ("▲ 완주 테크노밸리 제2일반산업단지 전경. 이 일대가 특구로 지정됐다.", "caption"),
        # an interview's answer and a section's heading are the article's own
        ("▲총 1조2천억원이 들어간다. 1단계에 3400억원, 2단계에 8600억원이다.", "body"),
        ("▲ 영종: 에어포트 AI 캠퍼스 (Airport AI Campus)", "body"),
    ],
)
def test_a_line_a_triangle_opens_is_a_caption_only_when_it_says_what_a_picture_shows(line: str, zone: str) -> None:
    page = clean_page(
        "인천 AI 데이터센터 두 곳\n"
        "인천이 두 곳의 대형 AI 데이터센터를 동시에 추진하며 수도권 서부의 AI 인프라 거점으로 떠오르고 있다.\n"
        "한 곳은 영종도 공항 인근의 외국계 캠퍼스, 다른 한 곳은 송도국제도시의 국내 기업 데이터센터다.\n"
        f"{line}\n"
        "미국 인프라 투자사가 짓는 캠퍼스는 총 300MW 규모로, 1단계 120MW는 2028년 가동이 목표다.\n"
    )
    zones = {s.text: s.zone for s in page.sentences}
    first = next(text for text in zones if text.startswith(line[:8]))
    assert zones[first] == zone


STORY = (
    "광주 AI 집적단지 2단계 착수\n"
    "광주시는 5일 인공지능 집적단지 2단계 사업에 착수한다고 밝혔다. 시는 4116억원을 투입한다.\n"
)


@pytest.mark.parametrize(
    ("page_top", "stamp"),
    [
        ("영남경제 | 2026.02.10\n영남경제 > 산업 > 동남권\n", "영남경제 | 2026.02.10"),  # a masthead with its date
        ("한빛경제 | 2024년 11월 21일 (목)\n홈 > 산업 > IT·통신\n", "한빛경제 | 2024년 11월 21일 (목)"),
        ("테크월드뉴스\nIT | 과학 | 정책 | 통신 | 반도체 | 스타트업\n[2025-05-21 12:05]\n", "[2025-05-21 12:05]"),
        ("충청미래신문\nHOME > 교육 > 천안·아산\n", None),
        # a menu with the site's buttons after it, one item a place's name
        ("대전중앙신문\n뉴스 | 과학·대덕특구 | 경제 | 사회 | 인터뷰 | 오피니언    [ePaper] [구독신청]\n", None),
    ],
)
def test_mastheads_breadcrumbs_and_menus_are_no_headline(page_top: str, stamp: str | None) -> None:
    page = clean_page(page_top + STORY)
    assert page.title == "광주 AI 집적단지 2단계 착수"
    assert "과학" not in page.body
    assert stamp is None or stamp in page.meta_lines


@pytest.mark.parametrize(
    "byline",
    [
        "기자명 오태린 | 입력 2025.12.09 16:44 | 댓글 1",
        "한빛통신(HBN) 정경수 기자 | 송고 2024-10-17 14:32",  # the agency and its reporter, then the stamp
        "남도일보 광주취재본부 김하늘 기자 | 입력 2025.03.02 09:10",
        "기자명 문서진 기자   입력 2022.05.18 06:30   수정 2022.05.18 08:15",  # fields set apart by spaces
        "2024년 06월 18일 (화) 20:31:05 | 지면 2024년 06월 19일 9면",  # the print edition's date and page beside it
        "입력 2025.03.04 06:00 | 지면보기 2025.3.4 A12면",
    ],
)
def test_a_byline_with_labels_beside_its_stamp_is_metadata(byline: str) -> None:
    page = clean_page("광주 AI 집적단지 2단계 착수\n" + byline + "\n" + STORY.split("\n", 1)[1])
    assert byline in page.meta_lines


def test_a_table_of_dates_in_the_body_stays_body() -> None:
    page = clean_page(STORY + "| 2025.4.7 | 과기정통부 공모 선정 |\n| 2025.8.21 | 합작법인 출범·부지 계약 |\n")
    assert "공모 선정" in page.body and "부지 계약" in page.body


@pytest.mark.parametrize(
    "line",
    [
        "[경기 소식] 시흥 배곧 서울대병원 2029년 개원…사업비 7000억 / 파주 운정 GTX역 환승센터 착공",
        "[지역 브리핑] 창원 스마트산단 2단계 7000억 투입 / 김해 물류단지 준공 / 양산 도시철도 개통",
        "[오늘의 충북] 청주 오송 바이오 7000억 유치 / 충주 수소도시 선정",
        "[경제] 부산 센텀2지구 7000억 도시첨단산단 착공",
    ],
)
def test_a_labelled_headline_below_the_copyright_line_is_dropped(line: str) -> None:
    page = clean_page(ARTICLE.replace("많이 본 뉴스", line + "\n많이 본 뉴스"))
    assert "7000억" not in page.body and "4116억원" in page.body


@pytest.mark.parametrize(
    "line",
    [
        "[사업 개요] 총사업비 7000억",  # a subheading with its figure, in the article
        "[인터뷰] 딥실리콘 대표 / 7000억 규모 AI 반도체 설계 기업",
        "1단계 7000억 / 2단계 3000억",
    ],
)
def test_a_labelled_line_in_the_article_stays(line: str) -> None:
    page = clean_page(ARTICLE.replace("한편 광주시는", line + "\n한편 광주시는"))
    assert "7000억" in page.body


def test_a_labelled_sentence_below_the_copyright_line_is_no_headline() -> None:
    line = "[경기 소식] 시흥시는 7000억원을 들여 배곧에 병원을 짓는다고 밝혔다."
    page = clean_page(ARTICLE.replace("많이 본 뉴스", line + "\n많이 본 뉴스"))
    assert "4116억원" in page.body


def test_a_headline_with_a_label_before_the_article_is_kept() -> None:
    page = clean_page("[단독] 광주 AI 데이터센터 1조 투입 / 2단계 착공 확정\n" + ARTICLE.split("\n", 1)[1])
    assert page.title == "[단독] 광주 AI 데이터센터 1조 투입 / 2단계 착공 확정"


@pytest.mark.parametrize(
    "line",
    [
        "▶관련기사 <남부권 AI 컴퓨팅센터 밀양 나노산단에> ▶관련기사 <거제 해양플랜트 실증단지 2단계 7000억>",
        "관련뉴스 「울산 데이터센터 착공」 관련뉴스 「부산 펀드 7000억 결성」",
    ],
)
def test_a_header_repeated_before_each_story_ends_the_article(line: str) -> None:
    page = clean_page(ARTICLE.replace("박진표 기자", line + "\n박진표 기자"))
    assert "7000억" not in page.body and "4116억원" in page.body


@pytest.mark.parametrize("counter", ["댓글 2", "조회수 1,234", "좋아요 12", "공감 3", "조회 58"])
def test_a_button_with_its_count_is_no_body(counter: str) -> None:
    page = clean_page(ARTICLE.replace("공유\n", f"공유\n{counter}\n"))
    assert counter not in page.body and "4116억원" in page.body


def test_a_short_line_of_the_article_with_a_number_stays() -> None:
    page = clean_page(ARTICLE.replace("한편 광주시는", "AI 2\n한편 광주시는"))
    assert "4116억원" in page.body


@pytest.mark.parametrize(
    "label",
    [
        "[서초·강남 소식]",
        "[경기 브리핑]",
        "【지역 단신】",
        "[우리 동네 이모저모]",
        "지역IT | 대전 소식",
        "사회 > 충청 뉴스",
        "지역 › 경남 단신",
    ],
)
def test_a_section_label_alone_ends_the_article(label: str) -> None:
    page = clean_page(ARTICLE.replace("많이 본 뉴스", label + "\n강남구, 개포동에 'AI 교육센터' 120억 들여 건립"))
    assert "120억" not in page.body and "4116억원" in page.body


@pytest.mark.parametrize("line", ["연합뉴스", "지역 기업엔 반가운 소식", "KBS 뉴스", "AI 데이터센터 유치 소식"])
def test_a_credit_or_a_subheading_below_a_captions_copyright_is_no_section_label(line: str) -> None:
    page = clean_page(
        "울산시, SK와 AI 데이터센터 착공\n"
        "울산시는 SK그룹과 함께 남구 미포국가산단에 AI 데이터센터를 착공했다고 1일 밝혔다.\n"
        "착공식에서 참석자들이 기념 촬영을 하고 있다. ⓒ 뉴스1\n"
        f"{line}\n"
        "데이터센터에는 총 7조원이 투입되며 2029년 완공된다.\n"
    )
    assert "7조원" in page.body


def test_a_section_label_above_the_article_or_inside_a_roundup_keeps_what_follows() -> None:
    page = clean_page("[지역 소식]\n서초구, 양재 AI 특구 1조 투자\n" + ARTICLE.split("\n", 1)[1])
    assert page.title == "서초구, 양재 AI 특구 1조 투자"
    roundup = ARTICLE.replace(
        "한편 광주시는", "[용인시 소식]\n용인시는 AI 데이터센터를 유치해 1조원이 투입된다고 밝혔다.\n한편 광주시는"
    )
    assert "1조원" in clean_page(roundup).body


def test_a_bracketed_tag_opening_a_sentence_is_no_section_label() -> None:
    line = "[경기 소식] 시흥시는 120억원을 들여 AI 교육센터를 짓는다고 밝혔다."
    page = clean_page(ARTICLE.replace("한편 광주시는", line + "\n한편 광주시는"))
    assert "120억원" in page.body


@pytest.mark.parametrize(
    "line",
    [
        "[인기 키워드] #AI반도체 #HBM #데이터센터 #소버린AI",
        "태그: #오창 #데이터센터 #가온클라우드",
        "#LG유플러스 #오창",
    ],
)
def test_a_line_of_tags_under_a_short_label_is_not_body(line: str) -> None:
    page = clean_page(ARTICLE.replace("박진표 기자", line + "\n박진표 기자"))
    assert "#" not in page.body and "HBM" not in page.body


def test_a_sentence_with_one_hashtag_is_body() -> None:
    line = "시는 SNS에서 #AI광주 캠페인을 벌여 시민 1만명의 참여를 이끌어냈다."
    page = clean_page(ARTICLE.replace("박진표 기자", line + "\n박진표 기자"))
    assert line in page.body


@pytest.mark.parametrize("line", ["AI 반도체 | 데이터센터 | 펀드 | 인재", "주요 내용 | 사업비 4116억원"])
def test_a_line_with_bars_that_is_no_label_of_a_list_stays(line: str) -> None:
    page = clean_page(ARTICLE.replace("많이 본 뉴스", line))
    assert "나눔보따리" in page.body


@pytest.mark.parametrize(
    "line",
    [
        "이전글 | 도, 삼척 액화수소 규제자유특구 실증에 국비 등 300억원 투입",
        "다음글 | 2021 강원 관광 서포터즈 발대식 개최",
        "[이전기사] 광주 AI 집적단지 2단계 예타 통과",
        "▲ 윗글 : 전남도, 해상풍력 특구 지정에 500억 투입",
        "다음 기사 ▶ 울산시, 제조 AX 선도사업 1,200억 확보",
    ],
)
def test_a_link_to_the_story_before_or_after_is_dropped(line: str) -> None:
    page = clean_page(
        f"화천에 AI 데이터센터\n화천군은 간동면에 1조원을 들여 AI 데이터센터를 짓는다고 16일 밝혔다.\n{line}\n"
    )
    assert "억" not in page.body.replace("1조원", "") and "발대식" not in page.body
    assert "1조원" in page.body


@pytest.mark.parametrize(
    "line",
    [
        "첨부파일 ▶ 210916_데이터센터_투자협약(보도자료).hwp",
        "첨부파일 : 220125_선도사업_보도자료.hwp (48KB)",
        "210916_협약식사진.zip",
        "붙임파일 : 사업개요.pdf",
    ],
)
def test_a_files_name_attached_to_the_page_is_no_text(line: str) -> None:
    page = clean_page(
        f"화천에 AI 데이터센터\n화천군은 간동면에 1조원을 들여 AI 데이터센터를 짓는다고 16일 밝혔다.\n{line}\n"
    )
    assert [s.text for s in page.sentences if s.zone == "body"] == [
        "화천군은 간동면에 1조원을 들여 AI 데이터센터를 짓는다고 16일 밝혔다."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "이전 기사에서 보도한 것처럼 사업비는 1조원으로 늘었다.",
        "다음 달 착공하는 데이터센터는 1조원 규모다.",
        "첨부 자료에 따르면 사업비는 1조원이다.",
    ],
)
def test_a_sentence_opening_with_those_words_stays(line: str) -> None:
    assert line in clean_page(f"화천에 AI 데이터센터\n{line}\n").body


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("사 업 명 AI 헬스케어 실증지원센터 구축", "사업명 AI 헬스케어 실증지원센터 구축"),
        ("총 사 업 비 486억원 (국비 292억원, 시비 194억원)", "총사업비 486억원 (국비 292억원, 시비 194억원)"),
        ("사업기간 2022. ~ 2025. (4년)", "사업기간 2022. ~ 2025. (4년)"),  # closed up already
        ("사 업 개 요 AI 헬스케어 실증지원센터 구축", "사업개요 AI 헬스케어 실증지원센터 구축"),
        ("사 업 명: AI 헬스케어 실증지원센터 구축", "사업명: AI 헬스케어 실증지원센터 구축"),  # a colon after it
        ("총 사 업 비(국비 292억원) 486억원", "총사업비(국비 292억원) 486억원"),
        # prose whose first words are one syllable each is left alone
        ("이 중 한 곳은 광주 AI 데이터센터다.", "이 중 한 곳은 광주 AI 데이터센터다."),
        ("총 사업비는 486억원이다.", "총 사업비는 486억원이다."),
    ],
)
def test_a_letter_spaced_label_of_a_summary_table_is_closed_up(line: str, expected: str) -> None:
    page = clean_page(
        "광주시, AI 헬스케어 실증지원센터 유치 확정\n광주시는 센터를 짓는다고 12일 밝혔다.\n" + line + "\n"
    )
    assert expected in page.body.split("\n")


@pytest.mark.parametrize(
    "note",
    ["※ 이 기사는 제휴 통신사 기사를 원문 그대로 전재한 것입니다.", "※본 기사는 유료 구독자에게만 전문이 제공됩니다."],
)
def test_an_editors_note_above_the_story_leaves_the_headline_its_place(note: str) -> None:
    page = clean_page(
        "경남데일리 > 뉴스 > 경제\n"
        f"{note}\n\n"
        "경남 'AI 자율제조 특구' 지정…4년간 1128억 투입\n\n"
        "2024-11-27 09:14 | 경남데일리 온라인뉴스팀\n\n"
        "경남 창원국가산업단지 일대가 인공지능(AI) 자율제조 특구로 지정됐다.\n"
    )
    assert page.title == "경남 'AI 자율제조 특구' 지정…4년간 1128억 투입"
    assert "전재" not in page.body and "구독자" not in page.body


def test_a_summary_line_marked_above_the_story_is_no_editors_note() -> None:
    page = clean_page(
        "광주 AI 집적단지 2단계 예타 통과…2030년까지 조성\n"
        "※ 사업비 4,000억원, 2026~2030년\n\n"
        "광주시는 인공지능 집적단지 2단계 사업이 예비타당성조사를 통과했다고 밝혔다.\n"
    )
    assert "4,000억원" in page.body


def test_a_note_marked_inside_the_story_stays_in_the_body() -> None:
    page = clean_page(
        "시, AI 센터 착공…사업비 500억원 투입\n\n"
        "시는 첨단산업단지에 AI 센터를 착공했다고 밝혔다. 사업비는 모두 500억원이다.\n"
        "※ 사업비에는 부지 매입비가 포함되지 않았다.\n"
    )
    assert "부지 매입비" in page.body


def test_a_releases_contacts_and_its_headline_label_are_no_story() -> None:
    page = clean_page(
        "제목: 충북TP, 뿌리산업 AX 고도화 지원사업 올해 96억원 투입…참여기업 모집\n"
        "보도자료 충북테크노파크\n"
        "담당: AX혁신센터 제조AI팀 팀장 윤태경 (043-270-2631)\n"
        "책임 권민지 (043-270-2637)\n"
        "충북테크노파크는 도내 뿌리기업의 공정에 인공지능을 입히는 지원사업의 참여기업을 모집한다고 27일 밝혔다.\n"
    )
    assert page.title == "충북TP, 뿌리산업 AX 고도화 지원사업 올해 96억원 투입…참여기업 모집"
    assert "혁신센터" not in page.body and "권민지" not in page.body


def test_a_telephone_number_in_a_sentence_of_the_story_stays() -> None:
    page = clean_page(
        "시, AI 교육 참가자 모집…다음 달 15일까지 접수\n\n"
        "참가를 원하는 시민은 다음 달 15일까지 시 AI정책과(043-201-1234)로 신청하면 된다고 시는 밝혔다.\n"
    )
    assert "043-201-1234" in page.body


TRANSCRIPT = (
    "TBC 대구방송 | 라디오 | 다시듣기 | 방송내용 전문\n\n"
    "<시사토크 대구, 오늘> 방송 전문\n"
    "방송일시 : 2021년 11월 18일(목) 07:30 ~ 08:00  FM 99.3MHz\n"
    "진    행 : 이수현 앵커\n"
    "출    연 : 대구광역시장\n\n"
    "이수현> 오늘 아침 스튜디오에 대구시장님 모셨습니다. 안녕하십니까.\n"
    "시장> 네, 전체로 보면 4천억원대 사업입니다.\n"
)


def test_a_transcripts_air_time_and_credits_are_its_metadata() -> None:
    page = clean_page(TRANSCRIPT)
    assert "FM 99.3MHz" not in (page.title or "") + page.body
    assert "출 연" not in (page.title or "") and "출    연" not in page.body
    assert "4천억원대 사업입니다" in page.body
    assert any("2021년 11월 18일" in line for line in page.meta_lines)


@pytest.mark.parametrize(
    "line", ["진행 상황은 다음과 같다.", "출연진은 모두 12명이다.", "사회적 합의가 필요하다: 시민 의견"]
)
def test_a_line_beginning_like_a_credit_is_kept(line: str) -> None:
    page = clean_page("도, AI 센터 짓는다\n" + line + "\n도는 AI 센터를 짓는다고 밝혔다.\n")
    assert line.split()[0] in page.body


WRAPPED_RELEASE = (
    "경 상 남 도\n보 도 자 료\n\n"
    "경남 AI로봇실증센터, 창원에 짓는다\n"
    " - 총사업비 486억 원 투입, 2026년 2월 준공 목표\n\n"
    "□ 경상남도는 산업통상자원부의 '2024년 로봇 실증 인프라 구축사\n"
    "업' 공모에 선정돼 창원시 성산구 창원국가산업단지 내에 「경남 AI\n"
    "로봇실증센터」를 구축한다고 6일 밝혔다.\n"
    " ○ 이번 공모에는 전국 9개 시도가 신청했다. 공모 전체 국비 규모는 3년간\n"
    "1,200억 원이다.\n"
    "□ 센터는 총사업비 486억원을 들여 창원국가산업단지에 연면적 9,80\n"
    "0㎡ 규모로 건립되며, 2024년 4월 착공할 예정이\n"
    "다.\n"
    " ○ 센터에는 용접·도장·조립 등 제조 공정별 로봇 실증 라인과 AI \n"
    "학습데이터 수집실이 들어선다.\n"
    "□ 추진 배경\n"
    "도는 지난해부터 유치를 준비했다.\n"
    "                          - 1 -\n"
    "[붙임] 사업 개요\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "경상남도는 산업통상자원부의 '2024년 로봇 실증 인프라 구축사업' 공모에 선정돼 창원시 성산구 창원국가산업단지 내에 「경남 AI로봇실증센터」를 구축한다고 6일 밝혔다.",
        "공모 전체 국비 규모는 3년간 1,200억 원이다.",
        "센터는 총사업비 486억원을 들여 창원국가산업단지에 연면적 9,800㎡ 규모로 건립되며, 2024년 4월 착공할 예정이다.",
        "센터에는 용접·도장·조립 등 제조 공정별 로봇 실증 라인과 AI 학습데이터 수집실이 들어선다.",
        "도는 지난해부터 유치를 준비했다.",  # a heading ends its own line
    ],
)
def test_a_releases_paragraphs_wrapped_at_the_page_width_are_read_whole(sentence: str) -> None:
    page = clean_page(WRAPPED_RELEASE)
    assert sentence in [s.text for s in page.sentences]


def test_lines_of_a_story_with_one_marked_line_are_not_joined() -> None:
    page = clean_page("도, AI 센터 짓는다\n□ 사업 개요\n도는 AI 센터를 짓는다\n총사업비는 500억원이다.\n")
    assert "총사업비는 500억원이다." in [s.text for s in page.sentences]


def test_a_scripts_speaker_turns_and_a_releases_items_are_the_story() -> None:
    page = clean_page(
        "대구시, 수성알파시티 AI 데이터센터에 3천억\n"
        "앵커 : 대구시가 수성알파시티 AI 데이터센터에 3천억 원을 투입합니다.\n"
        "진행 : 그럼 사업비는 누가 댑니까?\n"
        "출연 : 국비 1,500억 원과 시비 1,500억 원입니다.\n"
        "○ 구성 : AI 연구동(300억원), 데이터센터동(200억원)\n"
    )
    for words in ("수성알파시티 AI 데이터센터에 3천억 원을", "국비 1,500억 원과", "AI 연구동(300억원)"):
        assert words in page.body


def test_a_wrap_after_a_particle_stands_at_a_space_and_a_short_heading_ends_its_line() -> None:
    page = clean_page(
        "도, AI 로봇실증센터 유치\n"
        "□ 이번 공모 선정으로 경상남도는 정부의 로봇 실증 인프라 사업에 참여해\n"
        "김해시 진영읍 일원에 AI 로봇실증센터를 짓는다.\n"
        "□ 센터 사업비는 국비와 도비를 합쳐 총 486억원으로 정해졌으며 부지는\n"
        "창원시가 제공한다.\n"
        "○ 추진 계획\n"
        "센터에는 실증동과 데이터동이 들어선다.\n"
    )
    texts = [s.text for s in page.sentences]
    assert (
        "이번 공모 선정으로 경상남도는 정부의 로봇 실증 인프라 사업에 참여해 김해시 진영읍 일원에 AI 로봇실증센터를 짓는다."
        in texts
    )
    assert "센터 사업비는 국비와 도비를 합쳐 총 486억원으로 정해졌으며 부지는 창원시가 제공한다." in texts
    assert "센터에는 실증동과 데이터동이 들어선다." in texts


@pytest.mark.parametrize("header", ["당신이 좋아할 만한 기사", "읽을 만한 뉴스", "맞춤 뉴스"])
def test_a_recommendation_widget_ends_the_article(header: str) -> None:
    page = clean_page(ARTICLE.replace("많이 본 뉴스", header))
    assert "나눔보따리" not in page.body and "4116억원" in page.body


@pytest.mark.parametrize("tag", ["[KBS 대전]", "[대전MBC]", "[TJB 대전]", "【JIBS 제주】"])
def test_a_broadcasters_desk_before_the_headline_is_no_part_of_it(tag: str) -> None:
    page = clean_page(f'{tag} 국가AI컴퓨팅센터 착공…"2028년 상반기 개소"\n' + ARTICLE)
    assert page.sentences[0].text.startswith("국가AI컴퓨팅센터 착공")
    assert "대전" not in page.sentences[0].text and "제주" not in page.sentences[0].text


def test_a_bracketed_label_of_words_alone_is_kept() -> None:
    page = clean_page("[단독] 광주 AI 집적단지 2단계 확정\n" + ARTICLE)
    assert "광주 AI 집적단지 2단계 확정" in page.sentences[0].text


def test_a_pages_headline_the_extractor_left_out_opens_the_story() -> None:
    page = clean_page(
        "GPU 공동활용센터 규모 키우고 AI 행정비서 조기 확대\n서울시가 'AX 2030'의 총사업비를 1조3050억원으로 늘린다.",
        known_title="서울 'AX 2030' 1년…총사업비 1조3050억으로 늘린다",
        main_text=True,
    )
    assert page.sentences[0].zone == "headline" and page.sentences[0].text.startswith("서울 'AX 2030' 1년")


def test_a_headline_the_extractor_kept_is_not_given_twice() -> None:
    page = clean_page(
        "서울 AX 2030 1년\n서울시가 총사업비를 1조3050억원으로 늘린다.", known_title="서울 AX 2030 1년", main_text=True
    )
    assert [s.text for s in page.sentences if s.zone == "headline"] == ["서울 AX 2030 1년"]
