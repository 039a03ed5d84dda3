-- Question: which distinct investments have been announced, who takes part, and where was each reported?
-- Columns: province, region, initiative, amount_krw (most recent figure), amount_text (as
--   written), min_amount_krw / max_amount_krw (range reported), period_start_year /
--   period_end_year (years covered, when stated), report_count (statements), article_count,
--   first_published_date / latest_published_date, participants (organisations named with the
--   initiative, 'name (role)'), source_titles and source_articles (the articles stating it;
--   an article is its file, '#line' within a .jsonl file),
--   initiative_key.
with sources as (
    select
        f.investment_key,
        list(coalesce(a.title, a.article_name) order by a.published_date nulls last, a.source_key) as source_titles,
        list(a.article_name order by a.published_date nulls last, a.source_key) as source_articles
    from fct_investment f, unnest(f.source_article_keys) as s(article_key)
    join dim_article a on a.article_key = s.article_key
    group by f.investment_key
)

select
    p.name_ko as province,
    r.name_ko as region,
    i.name_ko as initiative,
    f.amount_krw,
    f.latest_amount_text as amount_text,
    f.min_amount_krw,
    f.max_amount_krw,
    f.period_start_year,
    f.period_end_year,
    f.report_count,
    f.article_count,
    f.first_published_date,
    f.latest_published_date,
    ip.participants,
    s.source_titles,
    s.source_articles,
    f.initiative_key
from fct_investment f
join dim_region p on p.region_key = f.province_key
left join dim_region r on r.region_key = f.region_key
left join dim_initiative i on i.initiative_key = f.initiative_key
left join dim_initiative_profile ip on ip.initiative_key = f.initiative_key
left join sources s on s.investment_key = f.investment_key
order by province, f.amount_krw desc, f.investment_key
