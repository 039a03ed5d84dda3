-- Question: which planned events fall after the as-of date (`warehouse report --as-of`, default today)?
-- Columns: event_date, date_precision, province, region, initiative, event (the sentence stating
--   it), article, published_date (when the plan was reported).
-- Ad hoc: SET VARIABLE as_of = DATE '2026-01-01'; then run this file.
select
    m.event_date,
    m.date_precision,
    p.name_ko as province,
    r.name_ko as region,
    i.name_ko as initiative,
    m.event_text as event,
    a.file_name as article,
    a.published_date
from fct_milestone m
join dim_article a on a.article_key = m.article_key
left join dim_region r on r.region_key = m.region_key
left join dim_region p on p.region_key = r.province_key
left join dim_initiative i on i.initiative_key = m.initiative_key
where m.is_planned
  and m.event_date > coalesce(getvariable('as_of'), current_date)
order by m.event_date, province, initiative, article, m.milestone_key
