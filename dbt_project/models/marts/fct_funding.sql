-- One row per distinct amount of money stated in an article, with its role. Sum only
-- total amounts across initiatives; annual and component amounts are parts of a total,
-- and effects are never investment.
with funding as (
    select * from {{ ref('int_funding') }}
),

articles as (
    select article_id, published_date, body from {{ ref('stg_articles') }}
),

sentences as (
    select * from {{ ref('stg_sentences') }}
)

select
    md5(f.article_id || ':' || f.mention_index) as funding_key,
    f.article_id as article_key,
    f.region_code as region_key,
    f.initiative_key,
    f.sentence_index,
    f.amount_text,
    f.amount,
    f.currency,
    cast(f.amount_krw as bigint) as amount_krw,
    f.amount_role,
    f.is_approximate,
    f.period_start_year,
    f.period_end_year,
    a.published_date,
    {{ sentence_text('a.body', 's') }} as sentence_text
from funding f
join articles a on a.article_id = f.article_id
left join sentences s on s.article_id = f.article_id and s.sentence_index = f.sentence_index
