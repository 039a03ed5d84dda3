-- Initiatives each article mentions.
with mentions as (
    select * from {{ ref('int_initiative_mentions') }}
)

select
    article_id as article_key,
    initiative_key,
    count(*) as mention_count,
    min(sentence_index) as first_sentence_index
from mentions
group by article_id, initiative_key
