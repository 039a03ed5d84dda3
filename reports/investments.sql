-- Question: which distinct investments have been announced, and how consistently were they reported?
-- Columns: province, region, initiative, amount_krw (most recent figure), amount_text (as written),
--   min_krw / max_krw (range reported), period (years covered, when stated), reports (statements),
--   first_published / latest_published, articles.
select
    p.name_ko as province,
    r.name_ko as region,
    i.name_ko as initiative,
    f.amount_krw,
    f.latest_amount_text as amount_text,
    f.min_amount_krw as min_krw,
    f.max_amount_krw as max_krw,
    case when f.period_start_year is not null or f.period_end_year is not null
        then coalesce(f.period_start_year::varchar, '') || '–' || coalesce(f.period_end_year::varchar, '')
    end as period,
    f.report_count as reports,
    f.first_published_date as first_published,
    f.latest_published_date as latest_published,
    array_to_string(f.source_articles, '; ') as articles
from fct_investment f
join dim_region p on p.region_key = f.province_key
left join dim_region r on r.region_key = f.region_key
left join dim_initiative i on i.initiative_key = f.initiative_key
order by province, f.amount_krw desc, f.investment_key
