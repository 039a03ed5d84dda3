-- One row per initiative that articles mention: who takes part and which articles report it, as
-- lists a report can print (the investments and initiatives reports both name them). Built from
-- the bridges, so it says exactly what they say.
with mentions as (
    select b.initiative_key, a.article_name, a.source_key, a.title, a.published_date
    from {{ ref('bridge_article_initiative') }} b
    join {{ ref('dim_article') }} a on a.article_key = b.article_key
),

sources as (
    select
        initiative_key,
        count(*) as article_count,
        min(published_date) as first_published_date,
        max(published_date) as latest_published_date,
        arg_min(article_name, (coalesce(published_date, date '9999-12-31'), source_key)) as first_article,
        arg_max(article_name, (coalesce(published_date, date '0001-01-01'), source_key)) as latest_article,
        list(article_name order by published_date nulls last, source_key) as source_articles,
        list(coalesce(title, article_name) order by published_date nulls last, source_key) as source_titles
    from mentions
    group by initiative_key
),

participants as (
    select
        b.initiative_key,
        list(d.name_ko || ' (' || coalesce(b.role, 'participant') || ')' order by d.name_ko) as participants
    from {{ ref('bridge_initiative_institution') }} b
    join {{ ref('dim_institution') }} d on d.institution_key = b.institution_key
    group by b.initiative_key
)

select
    i.initiative_key,
    coalesce(s.article_count, 0) as article_count,
    s.first_published_date,
    s.latest_published_date,
    s.first_article,
    s.latest_article,
    s.source_articles,
    s.source_titles,
    p.participants
from {{ ref('dim_initiative') }} i
left join sources s on s.initiative_key = i.initiative_key
left join participants p on p.initiative_key = i.initiative_key
