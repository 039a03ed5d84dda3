{#- Incremental per-article marts: a build rebuilds only the articles loaded since the previous
    build recorded in staging.dbt_builds (by `warehouse build`, which also forces a full
    rebuild when the dbt project has changed). The time is read in SQL, not passed as a var,
    so dbt's partial parsing still applies. A changed article's old rows are deleted first, so
    an article that no longer states a fact loses it. -#}

{% macro changed_articles() %}
    select article_id from {{ ref('stg_articles') }}
    where loaded_at >= coalesce(
        (select articles_loaded_until from {{ source('staging', 'dbt_builds') }} order by built_at desc limit 1),
        timestamp '-infinity'
    )
{% endmacro %}

{#- In a model: where its article id is one to rebuild (always true on a first or full build). -#}
{% macro is_changed_article(column) %}
    {%- if is_incremental() %}{{ column }} in ({{ changed_articles() }}){% else %}true{% endif -%}
{% endmacro %}

{#- The pre-hook of every per-article mart: drop the rows of the articles about to be rebuilt. -#}
{% macro delete_changed_articles() %}
    {%- if is_incremental() %}
    delete from {{ this }} where article_key in ({{ changed_articles() }})
    {%- endif %}
{% endmacro %}
