-- The figures each initiative's money is stated as, ranked for counting it once.
--  * A total is preferred; when the articles never give one, an annual budget, else the parts they
--    give (summed within the latest article that gives them, old figures of a revision, the
--    parts of a part its sentence states with them and the sources adding up to a part another sentence states left out)
--    stand for it, unless they were linked from an earlier sentence (their own does not name the
--    initiative they went to) and the article gives another initiative of the province, before
--    them, a total at least as large: then they are its parts ('… 1486억원으로 늘었다. 재원은
--    국비 700억원, 도비 250억원 …'). Itemised parts (an
--    amount in brackets after an item, a bulleted breakdown) never stand for an investment.
--  * Among totals: not a figure its own sentence revises ('3,872억원에서 4,223억원으로'), not a round
--    figure that an exact one restates ('8000억' beside '8240억', '3조 6천억 원대' beside
--    '3조 6천313억'), then the latest article's (an exact figure a later article rounds is as recent as that
--    article: an undated broadcast's '2조5460억' beside a dated '2조5000억원 이상'), an exact figure before an
--    approximate one; a year's budget
--    by the year it is for first (the article's; in an undated article, the latest its sentence names).
with mentions as (
    select distinct article_id, sentence_index, initiative_index from {{ ref('stg_initiative_mentions') }}
),

sentence_years as (  -- the latest year each sentence names: the year a budget stated in an undated article is for
    select article_id, sentence_index, max(year(event_date)) as latest_year
    from {{ ref('stg_date_mentions') }}
    where event_date is not null
        and article_id in (select article_id from {{ ref('stg_articles') }} where published_date is null)
    group by article_id, sentence_index
),

regions as (
    select region_code, province_code from {{ ref('int_regions') }}
),

funding as (
    select
        f.*,
        a.file_name,
        a.published_date,
        m.article_id is not null as named_in_sentence,  -- its sentence names the initiative it went to
        -- a dated article's year (its sentence's years are as often a target, '2027년까지', or a start, '2019년부터');
        -- an undated one's, the latest its sentence names ('2025년 … 운영계획 … 올해 사업비로')
        coalesce(year(a.published_date), y.latest_year) as budget_year
    from {{ ref('int_funding') }} f
    join {{ ref('stg_articles') }} a on a.article_id = f.article_id
    left join sentence_years y on y.article_id = f.article_id and y.sentence_index = f.sentence_index
    left join mentions m
        on m.article_id = f.article_id and m.sentence_index = f.sentence_index and m.initiative_index = f.initiative_index
    where f.initiative_key is not null
        and f.amount_krw > 0
        and f.amount_role in ('total', 'annual', 'component')
        and not (f.amount_role = 'component' and f.is_itemised)
),

with_unit as (  -- the unit of a figure's last non-zero digit: 1000억 for '8000억', 1억 for '8240억'
    select
        *,
        pow(10, length(cast(amount_krw as varchar)) - length(rtrim(cast(amount_krw as varchar), '0')))::hugeint as last_digit_unit
    from funding
),

has_total as (
    select initiative_key, bool_or(amount_role = 'total') as has_total, bool_or(amount_role = 'annual') as has_annual
    from funding
    group by initiative_key
),

candidates as (
    select
        f.*,
        case
            when h.has_total then 'total'
            when h.has_annual then 'annual'
            else 'component'
        end as counted_role
    from with_unit f
    join has_total h on h.initiative_key = f.initiative_key
),

counted as (
    select * from candidates where amount_role = counted_role
),

roundings as (  -- a round figure within one unit of its last digit below an exact figure of the same initiative
    select
        c.article_id as round_article_id, c.mention_index as round_mention_index, c.published_date as round_date,
        exact.article_id, exact.mention_index, exact.published_date
    from counted c
    join counted exact
        on exact.initiative_key = c.initiative_key
        and exact.amount_krw > c.amount_krw
        and exact.amount_krw < c.amount_krw + c.last_digit_unit
        and exact.last_digit_unit < c.last_digit_unit
),

rounded as (  -- the round figures
    select distinct round_article_id as article_id, round_mention_index as mention_index from roundings
),

restated as (  -- an undated exact figure a dated article rounds ('2조5000억원 이상' for a broadcast's 2조5460억) is as recent
    -- as that article; a dated exact figure keeps its own date (a later revision of it stays later)
    select article_id, mention_index, max(round_date) as restated_date
    from roundings
    where published_date is null
    group by article_id, mention_index
),

sentence_wholes as (  -- a part stated with its own parts, adding up to it: '1단계 사업비 210억원(국비 126억원, 시비 84억원)'
    select article_id, initiative_key, sentence_index, max(amount_krw) as whole
    from counted
    where counted_role = 'component' and not is_superseded
    group by article_id, initiative_key, sentence_index
    having count(*) >= 3 and abs(sum(amount_krw) - 2 * max(amount_krw)) <= max(amount_krw) * 0.005
),

sentence_breakdowns as (  -- a sentence's parts adding up to a part another sentence of the article states: its sources
    -- ('2단계 사업비는 1620억원이다. 국비 810억원, 지방비 540억원, 민자 270억원으로 구성된다'), whatever they add up to among
    -- themselves (540 + 270 = 810 makes no whole of the 810)
    select s.article_id, s.initiative_key, s.sentence_index
    from (
        select article_id, initiative_key, sentence_index, sum(amount_krw) as summed
        from counted
        where counted_role = 'component' and not is_superseded
        group by article_id, initiative_key, sentence_index
        having count(*) >= 2
    ) s
    where exists (
        select 1
        from counted c
        where c.article_id = s.article_id
            and c.initiative_key = s.initiative_key
            and c.sentence_index <> s.sentence_index
            and c.counted_role = 'component' and not c.is_superseded
            and abs(c.amount_krw - s.summed) <= c.amount_krw * 0.005
    )
),

parts as (  -- an initiative told only by its parts: the latest article's parts, summed
    select
        initiative_key, article_id, file_name, published_date,
        sum(amount_krw) as amount_krw,
        string_agg(amount_text, ' + ' order by mention_index) as amount_text,
        bool_or(is_approximate) as is_approximate,
        min(period_start_year) as period_start_year,
        max(period_end_year) as period_end_year,
        min(mention_index) as mention_index,
        bool_or(named_in_sentence) as named_in_sentence,
        min(sentence_index) as first_sentence,
        min(region_code) as region_code
    from (
        select distinct on (initiative_key, article_id, amount_krw) *
        from counted c
        where counted_role = 'component' and not is_superseded  -- the old figure of a revision is no part
            and not exists (  -- nor a source of a part another sentence states
                select 1
                from sentence_breakdowns b
                where b.article_id = c.article_id
                    and b.initiative_key = c.initiative_key
                    and b.sentence_index = c.sentence_index
            )
            and not exists (  -- nor a part of a part the same sentence states
                select 1
                from sentence_wholes w
                where w.article_id = c.article_id
                    and w.initiative_key = c.initiative_key
                    and w.sentence_index = c.sentence_index
                    and c.amount_krw < w.whole
            )
    )
    group by initiative_key, article_id, file_name, published_date
),

article_totals as (  -- each article's totals, with their province
    select f.article_id, f.initiative_key, f.amount_krw, f.sentence_index, r.province_code
    from funding f
    left join regions r on r.region_code = f.region_code
    where f.amount_role = 'total'
),

own_parts as (  -- parts that are no other initiative's, told by the same article
    select p.*
    from parts p
    left join regions r on r.region_code = p.region_code
    where p.named_in_sentence or not exists (
        select 1
        from article_totals t
        where t.article_id = p.article_id
            and t.initiative_key <> p.initiative_key
            and t.province_code is not distinct from r.province_code
            and t.sentence_index < p.first_sentence
            and t.amount_krw >= p.amount_krw
    )
),

figures as (
    select
        c.initiative_key, c.article_id, c.mention_index, c.file_name, c.published_date, c.budget_year, c.amount_krw,
        c.amount_text, c.is_approximate, c.period_start_year, c.period_end_year, c.region_code, c.counted_role,
        c.is_superseded,
        r.article_id is not null as is_rounding,
        greatest(coalesce(c.published_date, s.restated_date), coalesce(s.restated_date, c.published_date)) as stated_date
    from counted c
    left join rounded r on r.article_id = c.article_id and r.mention_index = c.mention_index
    left join restated s on s.article_id = c.article_id and s.mention_index = c.mention_index
    where c.counted_role <> 'component'
    union all
    select
        initiative_key, article_id, mention_index, file_name, published_date, null::integer, amount_krw,
        amount_text, is_approximate, period_start_year, period_end_year, region_code, 'component',
        false, false, published_date
    from own_parts
)

select
    *,
    row_number() over (
        partition by initiative_key
        order by is_superseded, is_rounding,
            -- a year's budget by the year it is for: an undated article's '2025년' budget is later than a dated 2024 one's
            case when counted_role = 'annual' then budget_year end desc nulls last,
            stated_date desc nulls last, is_approximate,
            amount_krw desc, article_id, mention_index
    ) as preference
from figures
