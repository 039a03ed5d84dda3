-- Initiative mentions resolved across articles. Infrastructure (clusters, data centres,
-- computing centres, special zones, hubs) is one initiative per province and type, so
-- 'AI 중심 산업융합 집적단지', '인공지능 집적단지' and '광주 AI집적단지' are one; projects,
-- centres, schools and agreements also keep their name.
with mentions as (
    select * from {{ ref('stg_initiative_mentions') }}
),

regions as (
    select * from {{ ref('int_regions') }}
),

keyed as (
    select
        m.*,
        r.province_code,
        case
            when m.initiative_type in ('ai_cluster', 'data_center', 'computing_center', 'special_zone', 'innovation_hub')
                then coalesce(r.province_code, '-') || '|' || m.initiative_type
            else coalesce(r.province_code, '-') || '|' || m.initiative_type || '|' || m.name_key
        end as initiative_id
    from mentions m
    left join regions r on r.region_code = m.region_code
)

select
    md5(initiative_id) as initiative_key,
    *
from keyed
