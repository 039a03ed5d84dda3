-- Question: which initiatives does each province have, and how far along are they?
-- Columns: province, initiative, initiative_type, status (completed / under way / planned /
--   announced, from its milestones), articles (mentioning it), first_article / latest_article
--   (file and date), name_variants (every way articles wrote it).
with milestones as (
    select
        initiative_key,
        bool_or(not is_planned and regexp_matches(event_text, '완공|준공|개소|개원|개교|가동|완료|문을 열|오픈')) as completed,
        bool_or(not is_planned and regexp_matches(event_text, '착공|착수|공사|구축 중|조성 중|시작|출범|선정|지정|체결|유치')) as started,
        bool_or(is_planned) as planned
    from fct_milestone
    where initiative_key is not null
    group by initiative_key
),

mentions as (
    select b.initiative_key, a.file_name, a.published_date
    from bridge_article_initiative b
    join dim_article a on a.article_key = b.article_key
),

articles as (
    select
        initiative_key,
        arg_min(file_name, (coalesce(published_date, date '9999-12-31'), file_name)) as first_article,
        min(published_date) as first_published,
        arg_max(file_name, (coalesce(published_date, date '0001-01-01'), file_name)) as latest_article,
        max(published_date) as latest_published
    from mentions
    group by initiative_key
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
    end as status,
    i.article_count as articles,
    a.first_article,
    a.first_published,
    a.latest_article,
    a.latest_published,
    array_to_string(i.name_variants, ' | ') as name_variants
from dim_initiative i
left join dim_region p on p.region_key = i.province_key
left join milestones m on m.initiative_key = i.initiative_key
left join articles a on a.initiative_key = i.initiative_key
order by province, articles desc, initiative, i.initiative_key
