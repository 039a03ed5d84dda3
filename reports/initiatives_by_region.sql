-- Question: which initiatives does each province have, how far along are they, who takes part,
--   and which articles report them?
-- Columns: province, initiative, initiative_type, initiative_status (completed / under way /
--   planned / announced: the furthest stage among its events that happened, by
--   dim_milestone_kind, else planned when it has planned events), article_count,
--   first_published_date / latest_published_date, first_article / latest_article,
--   participants ('name (role)'), source_titles and source_articles (the articles mentioning
--   it, oldest first; an article is its file, '#line' within a .jsonl file), name_variants (every way articles wrote it), initiative_key.
with milestones as (
    select
        m.initiative_key,
        bool_or(not m.is_planned and k.stage = 'completed') as completed,
        bool_or(not m.is_planned and k.stage = 'under_way') as started,
        bool_or(m.is_planned) as planned
    from fct_milestone m
    join dim_milestone_kind k on k.event_kind = m.event_kind
    where m.initiative_key is not null
    group by m.initiative_key
)

select
    p.name_ko as province,
    i.name_ko as initiative,
    i.initiative_type,
    case
        when m.completed then 'completed'
        when m.started then 'under way'
        when m.planned then 'planned'
        else 'announced'
    end as initiative_status,
    s.article_count,
    s.first_published_date,
    s.latest_published_date,
    s.first_article,
    s.latest_article,
    s.participants,
    s.source_titles,
    s.source_articles,
    i.name_variants,
    i.initiative_key
from dim_initiative i
left join dim_region p on p.region_key = i.province_key
left join milestones m on m.initiative_key = i.initiative_key
join dim_initiative_profile s on s.initiative_key = i.initiative_key
order by province, article_count desc, initiative, i.initiative_key
