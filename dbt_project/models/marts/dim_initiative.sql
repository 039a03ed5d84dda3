-- One row per resolved initiative; its name is the one articles quote most, else the most
-- frequent, else the longest.
with mentions as (
    select * from {{ ref('int_initiative_mentions') }}
),

articles as (
    select * from {{ ref('stg_articles') }}
),

name_counts as (
    select initiative_key, initiative_name, bool_or(is_quoted) as quoted, count(*) as n
    from mentions
    group by initiative_key, initiative_name
),

best_name as (
    select initiative_key, arg_max(initiative_name, (quoted::int * 1000000) + n * 1000 + length(initiative_name)) as name_ko
    from name_counts
    group by initiative_key
),

summary as (
    select
        m.initiative_key,
        any_value(m.initiative_type) as initiative_type,
        any_value(m.province_code) as province_key,
        mode(m.region_code) as region_key,
        list(distinct m.initiative_name order by m.initiative_name) as name_variants,
        count(*) as mention_count,
        count(distinct m.article_id) as article_count,
        min(a.published_date) as first_published_date,
        max(a.published_date) as latest_published_date
    from mentions m
    join articles a on a.article_id = m.article_id
    group by m.initiative_key
)

select
    s.initiative_key,
    b.name_ko,
    s.initiative_type,
    s.region_key,
    s.province_key,
    s.name_variants,
    s.mention_count,
    s.article_count,
    s.first_published_date,
    s.latest_published_date
from summary s
join best_name b on b.initiative_key = s.initiative_key
