-- Organisations named in the same sentence as an initiative take part in it.
with initiatives as (
    select * from {{ ref('int_initiative_mentions') }}
),

institutions as (
    select * from {{ ref('int_institution_mentions') }}
    where institution_type <> 'media'
)

select
    i.initiative_key,
    o.institution_key,
    'participant' as role,
    count(distinct i.article_id) as article_count,
    count(*) as co_mention_count
from initiatives i
join institutions o on o.article_id = i.article_id and o.sentence_index = i.sentence_index
group by i.initiative_key, o.institution_key
