-- Organisations named in the sentences where an article reports an initiative take part in it.
with nodes as (
    select n.article_id, unnest(s.sentence_indexes) as sentence_index, r.initiative_key
    from {{ ref('int_article_initiatives') }} n
    join {{ ref('stg_article_initiatives') }} s
        on s.article_id = n.article_id and s.initiative_index = n.initiative_index
    join {{ ref('int_initiative_resolution') }} r on r.node_id = n.node_id
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
from nodes i
join institutions o on o.article_id = i.article_id and o.sentence_index = i.sentence_index
group by i.initiative_key, o.institution_key
