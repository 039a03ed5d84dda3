-- Question: how much investment has been announced per province, counting each investment once,
--   and which investments and initiatives is that total made of?
-- Columns: province; total_krw (sum of each investment at its most recent figure);
--   min_total_krw / max_total_krw (the same sum at the lowest / highest figure reported);
--   investment_count; investments (each one as 'initiative: amount as written', largest first);
--   initiatives (their names); source_articles (the articles stating them: file, '#line' within a .jsonl file).
-- Only 'total' amounts count: annual budgets and components are parts of a total, effects are
-- never investment; one investment restated by several articles counts once (fct_investment).
with investments as (
    select
        f.*,
        coalesce(i.name_ko, '(사업명 미상)') as initiative
    from fct_investment f
    left join dim_initiative i on i.initiative_key = f.initiative_key
),

sources as (
    select f.province_key, list_sort(list_distinct(list(a.article_name))) as source_articles
    from fct_investment f, unnest(f.source_article_keys) as s(article_key)
    join dim_article a on a.article_key = s.article_key
    group by f.province_key
),

per_province as (
    select
        province_key,
        cast(sum(amount_krw) as bigint) as total_krw,
        cast(sum(min_amount_krw) as bigint) as min_total_krw,
        cast(sum(max_amount_krw) as bigint) as max_total_krw,
        count(*) as investment_count,
        list(initiative || ': ' || coalesce(latest_amount_text, amount_krw::varchar) order by amount_krw desc, investment_key)
            as investments,
        coalesce(list_sort(list_distinct(list(initiative) filter (where initiative_key is not null))), []) as initiatives
    from investments
    group by province_key
)

select
    p.name_ko as province,
    pp.total_krw,
    pp.min_total_krw,
    pp.max_total_krw,
    pp.investment_count,
    pp.investments,
    pp.initiatives,
    s.source_articles
from per_province pp
join dim_region p on p.region_key = pp.province_key
left join sources s on s.province_key = pp.province_key
order by pp.total_krw desc, province
