-- One row per dated event of an article, past or planned.
with milestones as (
    select * from {{ ref('int_milestones') }}
),

kinds as (
    select * from {{ ref('int_milestone_kinds') }}
)

select
    md5(m.article_id || ':' || m.mention_index) as milestone_key,
    m.article_id as article_key,
    region_code as region_key,
    initiative_key,
    sentence_index,
    event_date,
    date_precision,
    is_planned,
    is_relative,
    date_text,
    event_text,
    k.event_kind
from milestones m
join kinds k on k.article_id = m.article_id and k.mention_index = m.mention_index
