-- Initiatives each article mentions.
-- Incremental: a build rebuilds the rows of articles loaded since the last one (macros/changed_articles.sql).
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_changed_articles() }}",
) }}
-- depends_on: {{ ref('stg_articles') }}, {{ source('staging', 'dbt_builds') }}
with mentions as (
    select * from {{ ref('int_initiative_mentions') }}
    where {{ is_changed_article('article_id') }}
)

select
    article_id as article_key,
    initiative_key,
    count(*) as mention_count,
    min(sentence_index) as first_sentence_index
from mentions
group by article_id, initiative_key
