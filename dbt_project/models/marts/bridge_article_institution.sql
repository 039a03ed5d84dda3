-- Organisations taking part in each article's story; publishers and news agencies are not.
-- Incremental: a build rebuilds the rows of articles loaded since the last one (macros/changed_articles.sql).
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_changed_articles() }}",
) }}
-- depends_on: {{ ref('stg_articles') }}, {{ source('staging', 'dbt_builds') }}
with mentions as (
    select * from {{ ref('int_institution_mentions') }}
    where {{ is_changed_article('article_id') }}
)

select
    article_id as article_key,
    institution_key,
    count(*) as mention_count,
    min(sentence_index) as first_sentence_index
from mentions
where institution_type <> 'media'
group by article_id, institution_key
