-- Incremental: a build rebuilds the rows of articles loaded since the last one (macros/changed_articles.sql).
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_changed_articles() }}",
) }}
-- depends_on: {{ ref('stg_articles') }}, {{ source('staging', 'dbt_builds') }}
with articles as (
    select * from {{ ref('stg_articles') }}
    where {{ is_changed_article('article_id') }}
)

select
    article_id as article_key,
    file_name,
    source_key,
    source_path,
    source_format,
    url,
    title,
    publisher,
    published_date,
    published_date_source,
    sentence_count,
    loaded_at,
    parser_version
from articles
