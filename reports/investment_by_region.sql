-- Question: how much investment has been announced per province, counting each investment once?
-- Columns: province; investments (distinct investments); total_krw (sum of each investment at its
--   most recent figure); low_krw / high_krw (the same sum at the lowest / highest figure reported);
--   articles (source files). Only 'total' amounts count: annual budgets and components are parts of
--   a total, effects are never investment; one investment restated by several articles counts once.
with investments as (
    select * from fct_investment
),

per_province as (
    select
        province_key,
        count(*) as investments,
        sum(amount_krw) as total_krw,
        sum(min_amount_krw) as low_krw,
        sum(max_amount_krw) as high_krw,
        list_sort(list_distinct(flatten(list(source_articles)))) as articles
    from investments
    group by province_key
)

select
    p.name_ko as province,
    pp.investments,
    pp.total_krw,
    pp.low_krw,
    pp.high_krw,
    array_to_string(pp.articles, '; ') as articles
from per_province pp
join dim_region p on p.region_key = pp.province_key
order by pp.total_krw desc, province
