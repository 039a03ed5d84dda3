-- Question: how much investment has been announced per province?
-- Columns: province (official name), investments (distinct total amounts), total_krw (sum of
--   distinct total amounts in won), min_krw / max_krw (range of those amounts), articles
--   (source files). Only 'total' amounts count: annual budgets and components are parts of a
--   total and effects are never investment. An amount repeated in one article counts once.
with totals as (
    select distinct r.province_key, f.amount_krw, a.file_name
    from fct_funding f
    join dim_region r on r.region_key = f.region_key
    join dim_article a on a.article_key = f.article_key
    where f.amount_role = 'total' and f.amount_krw is not null
),

per_province as (
    select
        province_key,
        count(distinct amount_krw) as investments,
        sum(distinct amount_krw) as total_krw,
        min(amount_krw) as min_krw,
        max(amount_krw) as max_krw,
        string_agg(distinct file_name, '; ' order by file_name) as articles
    from totals
    group by province_key
)

select p.name_ko as province, investments, total_krw, min_krw, max_krw, articles
from per_province pp
join dim_region p on p.region_key = pp.province_key
order by total_krw desc, province
