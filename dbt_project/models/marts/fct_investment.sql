-- One row per distinct investment: the same money restated by several articles counts once,
-- at its most recent figure (the latest article; an exact figure over a rounded one), with
-- the range of figures reported.
with reports as (
    select * from {{ ref('int_investments') }}
),

ranked as (
    select
        *,
        row_number() over (
            partition by investment_key
            order by published_date desc nulls last, is_approximate, amount_krw desc
        ) as recency
    from reports
),

summary as (
    select
        investment_key,
        min(amount_krw) as min_amount_krw,
        max(amount_krw) as max_amount_krw,
        count(*) as report_count,
        count(distinct article_id) as article_count,
        min(published_date) as first_published_date,
        max(published_date) as latest_published_date,
        list(distinct file_name order by file_name) as source_articles,
        list(distinct article_id order by article_id) as source_article_keys
    from reports
    group by investment_key
)

select
    r.investment_key,
    r.province_code as province_key,
    r.region_code as region_key,
    r.initiative_key,
    cast(r.amount_krw as bigint) as amount_krw,
    r.amount_text as latest_amount_text,
    cast(s.min_amount_krw as bigint) as min_amount_krw,
    cast(s.max_amount_krw as bigint) as max_amount_krw,
    r.period_start_year,
    r.period_end_year,
    s.report_count,
    s.article_count,
    s.first_published_date,
    s.latest_published_date,
    s.source_articles,
    s.source_article_keys
from ranked r
join summary s on s.investment_key = r.investment_key
where r.recency = 1
