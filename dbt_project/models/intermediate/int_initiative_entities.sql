{{ config(materialized='table') }}  -- read by the links (seven times), the resolution, tests and explain
-- Article initiatives with one signature (province, type, municipality, site, name words) are one
-- entity: the same place and name cannot be two projects. Initiatives that have none of these
-- (a province-level 'AI 데이터센터') stay entities of their own until evidence links them.
with nodes as (
    select * from {{ ref('int_article_initiatives') }}
    where province_code is not null
)

select
    coalesce(signature, node_id) as entity_id,
    any_value(province_code) as province_code,
    any_value(initiative_type) as initiative_type,
    any_value(initiative_family) as initiative_family,
    any_value(municipality_code) as municipality_code,
    any_value(site) as site,
    {{ compared_words('any_value(name_words)') }} as name_words,
    min(name_key) as name_key,
    array_to_string(any_value(name_words), '') as name_words_joined,  -- as written: '의료' is inside '의료기기'
    signature is null as is_generic,
    list(distinct article_id order by article_id) as article_ids,
    list(distinct node_id order by node_id) as node_ids,
    list_sort(list_distinct(flatten(list(company_ids)))) as company_ids,
    list_sort(list_distinct(flatten(list(total_amounts)))) as total_amounts
from nodes
group by coalesce(signature, node_id), signature is null
