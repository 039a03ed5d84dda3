-- Question: what happened, and what is planned, per region and initiative, in date order?
-- Columns: event_date, date_precision (day / month / year), event_status (happened / planned),
--   event (what: 착공, 준공, 협약 …, dim_milestone_kind), province, region, initiative, sentence
--   (the sentence stating it), source_article (file), source_title, published_date (of that article),
--   initiative_key.
select
    m.event_date,
    m.date_precision,
    case when m.is_planned then 'planned' else 'happened' end as event_status,
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
order by m.event_date, province, initiative, source_article, m.milestone_key
