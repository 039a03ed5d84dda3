with article_regions as (
    select * from {{ ref('int_article_regions') }}
)

select
    article_id as article_key,
    region_code as region_key,
    mention_count,
    is_subject
from article_regions
