-- Organisations named in the sentences where an article reports an initiative take part in it,
-- in the strongest role any of those sentences states (ranks from the seed ref_institution_roles).
with initiative_sentences as (
    select r.initiative_key, s.article_id, unnest(s.sentence_indexes) as sentence_index
    from {{ ref('stg_article_initiatives') }} s
    join {{ ref('int_initiative_resolution') }} r
        on r.article_id = s.article_id and r.initiative_index = s.initiative_index
),

institutions as (
    select * from {{ ref('int_institution_mentions') }}
    where institution_type <> 'media'
),

roles as (
    select * from {{ ref('ref_institution_roles') }}
)

select
    i.initiative_key,
    o.institution_key,
    arg_min(o.role, (r.role_rank, o.role)) as role,
    count(distinct i.article_id) as article_count,
    count(*) as co_mention_count
from initiative_sentences i
join institutions o on o.article_id = i.article_id and o.sentence_index = i.sentence_index
join roles r on r.role = o.role
group by i.initiative_key, o.institution_key
