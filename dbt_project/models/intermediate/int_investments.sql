-- Total amounts grouped into investments.
--  * Within one article, a round figure that truncates a more exact one ('1조원 투입' in the
--    headline, '1조637억원' in the body; '3조원' and '3조6000억 원') restates it and is left out.
--  * Across articles, outlets and years restate one investment with slightly different figures
--    (4,000억 / 4,061억 / 4,116억 / 4,119억): within a province, amounts sorted by size start a
--    new investment where one is more than 10% above the previous, where both come from different
--    sentences of one article (two projects of equal size), or where they belong to two different
--    initiatives. Totals in one sentence are one investment ('100억 달러로 시작해 최대 350억 달러').
with funding as (
    select * from {{ ref('int_funding') }}
    where amount_role = 'total' and amount_krw is not null
),

regions as (
    select * from {{ ref('int_regions') }}
),

articles as (
    select article_id, file_name, published_date from {{ ref('stg_articles') }}
),

totals as (
    select
        f.*,
        r.province_code,
        a.file_name,
        a.published_date,
        -- the unit of the leading digit: 1조 for 1조, 100억 for 700억
        pow(10, floor(log10(f.amount_krw)))::hugeint as leading_unit
    from funding f
    join regions r on r.region_code = f.region_code
    join articles a on a.article_id = f.article_id
),

restatements as (
    select t.article_id, t.mention_index
    from totals t
    join totals exact
        on exact.article_id = t.article_id
        and exact.amount_krw > t.amount_krw
        and exact.amount_krw < t.amount_krw + t.leading_unit
    where t.amount_krw % t.leading_unit = 0
),

kept as (
    select t.*
    from totals t
    anti join restatements r on r.article_id = t.article_id and r.mention_index = t.mention_index
),

gaps as (
    select
        *,
        case
            when lag(amount_krw) over w is null then 1
            when lag(article_id) over w = article_id and lag(sentence_index) over w = sentence_index then 0
            when amount_krw > lag(amount_krw) over w * 1.10 then 1
            when lag(article_id) over w = article_id and lag(sentence_index) over w <> sentence_index then 1
            when lag(initiative_key) over w <> initiative_key then 1
            else 0
        end as starts_investment
    from kept
    window w as (partition by province_code order by amount_krw, article_id, mention_index)
),

numbered as (
    select
        *,
        sum(starts_investment) over (
            partition by province_code
            order by amount_krw, article_id, mention_index
            rows between unbounded preceding and current row
        ) as investment_number
    from gaps
)

select
    md5(province_code || '|' || investment_number) as investment_key,
    * exclude (starts_investment, investment_number, leading_unit)
from numbered
