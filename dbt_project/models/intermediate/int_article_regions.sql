-- Regions per article at both levels: a 시·군·구 mention also counts for its province.
with mentions as (
    select * from {{ ref('stg_region_mentions') }}
),

both_levels as (
    select article_id, region_code, is_subject_province, 1 as is_direct
    from mentions
    union all
    select article_id, province_code as region_code, is_subject_province, 0 as is_direct
    from mentions
    where region_code <> province_code
)

select
    article_id,
    region_code,
    sum(is_direct) as mention_count,
    bool_or(is_subject_province) as is_subject
from both_levels
group by article_id, region_code
