-- Sentences with their text, cut from the article's cleaned body by their offsets: staging keeps
-- the text once, in the body (offsets count characters from 0, substring from 1).
with sentences as (
    select * from {{ ref('stg_sentences') }}
),

articles as (
    select article_id, body from {{ ref('stg_articles') }}
),

cut as (
    select
        s.article_id,
        s.sentence_index,
        s.start_offset,
        s.end_offset,
        s.zone,
        substring(a.body, s.start_offset + 1, s.end_offset - s.start_offset) as sentence_text
    from sentences s
    join articles a on a.article_id = s.article_id
)

select * from cut
