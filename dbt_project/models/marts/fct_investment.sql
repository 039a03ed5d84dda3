-- One row per initiative with money announced for it: the investment an analyst adds up per
-- province, counted once however many articles restate it, at the preferred figure
-- (int_investments) with the range of figures reported. Initiatives called off are not counted.
with figures as (
    select * from {{ ref('int_investments') }}
),

initiatives as (
    select * from {{ ref('dim_initiative') }}
),

chosen as (
    select * from figures where preference = 1
),

summary as (
    select
        initiative_key,
        min(amount_krw) as min_amount_krw,
        max(amount_krw) as max_amount_krw,
        count(*) as report_count,
        count(distinct article_id) as article_count,
        min(published_date) as first_published_date,
        max(published_date) as latest_published_date,
        list(distinct file_name order by file_name) as source_articles,
        list(distinct article_id order by article_id) as source_article_keys
    from figures
    group by initiative_key
)

select
    md5('investment|' || c.initiative_key) as investment_key,
    i.province_key,
    coalesce(i.region_key, i.province_key) as region_key,
    c.initiative_key,
    cast(c.amount_krw as bigint) as amount_krw,
    c.counted_role,
    c.amount_text as latest_amount_text,
    cast(s.min_amount_krw as bigint) as min_amount_krw,
    cast(s.max_amount_krw as bigint) as max_amount_krw,
    c.period_start_year,
    c.period_end_year,
    s.report_count,
    s.article_count,
    s.first_published_date,
    s.latest_published_date,
    s.source_articles,
    s.source_article_keys
from chosen c
join summary s on s.initiative_key = c.initiative_key
join initiatives i on i.initiative_key = c.initiative_key
where i.status <> 'cancelled' and i.province_key is not null
