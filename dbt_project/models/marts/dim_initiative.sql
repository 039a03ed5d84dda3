-- One row per initiative resolved across articles. Its name is the fullest an article gives
-- (most distinctive words, then a site, then the longest), its type and place those most of its
-- reports give; ties fall to the latest article, then to the name itself, so the same data
-- always gives the same row.
with resolution as (
    select * from {{ ref('int_initiative_resolution') }}
),

nodes as (
    select n.*, r.initiative_key
    from {{ ref('int_article_initiatives') }} n
    join resolution r on r.node_id = n.node_id
),

named as (
    select initiative_key, initiative_name as name_ko
    from nodes
    qualify row_number() over (
        partition by initiative_key
        order by len(name_words) desc, (site is not null) desc, length(initiative_name) desc,
            published_date desc nulls last, initiative_name, node_id
    ) = 1
),

typed as (
    select initiative_key, initiative_type
    from nodes
    group by initiative_key, initiative_type
    qualify row_number() over (
        partition by initiative_key order by count(*) desc, sum(len(name_words)) desc, initiative_type
    ) = 1
),

placed as (
    select initiative_key, coalesce(municipality_code, province_code) as region_code
    from nodes
    where province_code is not null
    group by initiative_key, coalesce(municipality_code, province_code)
    qualify row_number() over (
        partition by initiative_key
        order by count(*) desc, (min(municipality_code) is not null) desc, coalesce(municipality_code, province_code)
    ) = 1
),

latest as (  -- what the most recent report says of it
    select initiative_key, is_cancelled
    from nodes
    qualify row_number() over (
        partition by initiative_key order by published_date desc nulls last, is_cancelled desc, node_id
    ) = 1
),

summary as (
    select
        initiative_key,
        list(distinct initiative_name order by initiative_name) as name_variants,
        sum(mention_count) as mention_count,
        count(distinct article_id) as article_count,
        min(published_date) as first_published_date,
        max(published_date) as latest_published_date
    from nodes
    group by initiative_key
)

select
    s.initiative_key,
    n.name_ko,
    t.initiative_type,
    p.region_code as region_key,
    r.province_code as province_key,
    case when l.is_cancelled then 'cancelled' else 'active' end as status,
    s.name_variants,
    cast(s.mention_count as bigint) as mention_count,
    s.article_count,
    s.first_published_date,
    s.latest_published_date
from summary s
join named n on n.initiative_key = s.initiative_key
join typed t on t.initiative_key = s.initiative_key
join latest l on l.initiative_key = s.initiative_key
left join placed p on p.initiative_key = s.initiative_key
left join {{ ref('int_regions') }} r on r.region_code = p.region_code
