-- Question: what happened, and what is planned, per region and initiative, in date order?
-- Columns: event_date, date_precision, status (planned / happened), province, region,
--   initiative, event (the sentence stating it), article.
select
    m.event_date,
    m.date_precision,
    case when m.is_planned then 'planned' else 'happened' end as status,
    p.name_ko as province,
    r.name_ko as region,
    i.name_ko as initiative,
    m.event_text as event,
    a.file_name as article
from fct_milestone m
left join dim_region r on r.region_key = m.region_key
left join dim_region p on p.region_key = r.province_key
left join dim_initiative i on i.initiative_key = m.initiative_key
join dim_article a on a.article_key = m.article_key
order by m.event_date, province, initiative, article, m.milestone_key
