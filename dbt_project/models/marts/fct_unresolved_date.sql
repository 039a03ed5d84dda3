-- One row per date written in an article that could not be placed on the calendar (a relative
-- date in an undated article, an incomplete date), with the sentence stating it.
with dates as (
    select * from {{ ref('stg_date_mentions') }}
    where not is_resolved
),

sentences as (
    select * from {{ ref('stg_sentences') }}
),

articles as (
    select article_id, body from {{ ref('stg_articles') }}
)

select
    md5(d.article_id || ':' || d.mention_index) as unresolved_date_key,
    d.article_id as article_key,
    d.sentence_index,
    d.date_text,
    {{ sentence_text('a.body', 's') }} as sentence_text
from dates d
join sentences s on s.article_id = d.article_id and s.sentence_index = d.sentence_index
join articles a on a.article_id = d.article_id
