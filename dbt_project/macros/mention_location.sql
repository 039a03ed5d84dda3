{#- Where a mention sits: its article, its position among the article's mentions of its kind,
    its sentence, and its character span in the cleaned body. Shared by the stg_*_mentions models. -#}
{% macro mention_location() -%}
        article_id,
        mention_index,
        sentence_index,
        start_offset,
        end_offset
{%- endmacro %}
