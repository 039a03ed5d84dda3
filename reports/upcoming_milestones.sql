-- Question: which planned events fall after the as-of date (`warehouse report --as-of`, default today)?
-- Columns: event_date, date_precision, event_status (always planned), event (착공, 준공 …),
--   province, region, initiative, sentence (the sentence stating it), source_article (file),
--   source_title, published_date (when the plan was reported), initiative_key.
-- Ad hoc: SET VARIABLE as_of = DATE '2026-01-01'; then run this file.
select
    m.event_date,
    m.date_precision,
    'planned' as event_status,
    k.label_ko as event,
    p.name_ko as province,
    r.name_ko as region,
    i.name_ko as initiative,
    m.event_text as sentence,
    a.article_name as source_article,
    a.title as source_title,
    a.published_date,
    m.initiative_key
from fct_milestone m
join dim_milestone_kind k on k.event_kind = m.event_kind
join dim_article a on a.article_key = m.article_key
left join dim_region r on r.region_key = m.region_key
left join dim_region p on p.region_key = r.province_key
left join dim_initiative i on i.initiative_key = m.initiative_key
where m.is_planned
  and m.event_date > coalesce(getvariable('as_of'), current_date)
order by m.event_date, province, initiative, source_article, m.milestone_key
