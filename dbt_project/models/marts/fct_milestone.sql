-- One row per dated event of an article, past or planned.
-- Incremental: a build rebuilds the rows of articles loaded since the last one (macros/changed_articles.sql).
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_changed_articles() }}",
) }}
-- depends_on: {{ ref('stg_articles') }}, {{ source('staging', 'dbt_builds') }}
with milestones as (
    select * from {{ ref('int_milestones') }}
    where {{ is_changed_article('article_id') }}
)

select
    md5(article_id || ':' || mention_index) as milestone_key,
    article_id as article_key,
    region_code as region_key,
    initiative_key,
    sentence_index,
    event_date,
    date_precision,
    is_planned,
    is_relative,
    date_text,
    event_text
from milestones
