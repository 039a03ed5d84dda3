-- The initiatives each article reports (not those it only passes by).
with resolution as (
    select * from {{ ref('int_initiative_resolution') }}
),

initiatives as (
    select * from {{ ref('int_article_initiatives') }}
)

select
    r.article_id as article_key,
    r.initiative_key,
    sum(i.mention_count) as mention_count,
    min(i.first_sentence_index) as first_sentence_index,
    bool_or(i.is_primary) as is_primary
from resolution r
join initiatives i on i.node_id = r.node_id
group by r.article_id, r.initiative_key
