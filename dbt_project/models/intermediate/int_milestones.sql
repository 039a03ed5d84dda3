-- Dated events: resolved dates in the article's prose, with the sentence that states them.
-- The same date for the same region stated twice in one article is one milestone.
with dates as (
    select * from {{ ref('stg_date_mentions') }}
    where is_milestone and event_date is not null
),

sentences as (
    select * from {{ ref('stg_sentences') }}
),

articles as (
    select article_id, body from {{ ref('stg_articles') }}
),

resolution as (
    select article_id, initiative_index, initiative_key from {{ ref('int_initiative_resolution') }}
),

firsts as (  -- the first mention of each date, before any sentence is cut from its body
    select
        d.*,
        i.initiative_key,
        row_number() over (
            partition by d.article_id, d.region_code, d.event_date, d.date_precision
            order by d.mention_index
        ) as repeat_number
    from dates d
    left join resolution i
        on i.article_id = d.article_id and i.initiative_index = d.initiative_index
    qualify repeat_number = 1
)

select f.* exclude (repeat_number, initiative_key), {{ sentence_text('a.body', 's') }} as event_text, f.initiative_key
from firsts f
join sentences s on s.article_id = f.article_id and s.sentence_index = f.sentence_index
join articles a on a.article_id = f.article_id
