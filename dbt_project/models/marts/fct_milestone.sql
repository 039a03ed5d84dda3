-- One row per dated event of an article, past or planned.
with milestones as (
    select * from {{ ref('int_milestones') }}
)

select
    md5(article_id || ':' || mention_index) as milestone_key,
    article_id as article_key,
    region_code as region_key,
    initiative_key,
    sentence_index,
    event_date,
    date_precision,
    is_planned,
    is_relative,
    date_text,
    event_text
from milestones
