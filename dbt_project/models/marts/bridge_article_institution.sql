-- Organisations taking part in each article's story; publishers and news agencies are not.
with mentions as (
    select * from {{ ref('int_institution_mentions') }}
)

select
    article_id as article_key,
    institution_key,
    count(*) as mention_count,
    min(sentence_index) as first_sentence_index
from mentions
where institution_type <> 'media'
group by article_id, institution_key
