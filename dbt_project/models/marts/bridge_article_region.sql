-- Incremental: a build rebuilds the rows of articles loaded since the last one (macros/changed_articles.sql).
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_changed_articles() }}",
) }}
-- depends_on: {{ ref('stg_articles') }}, {{ source('staging', 'dbt_builds') }}
with article_regions as (
    select * from {{ ref('int_article_regions') }}
    where {{ is_changed_article('article_id') }}
)

select
    article_id as article_key,
    region_code as region_key,
    mention_count,
    is_subject
from article_regions
