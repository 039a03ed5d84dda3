{#- How two spellings of an organisation's name are compared: no spaces, no company marks,
    Latin letters in lower case, and '&' transliterated as 앤 or 엔 alike ('디앤디' = '디엔디'). -#}
{% macro institution_name_key(column) -%}
    replace(lower(regexp_replace({{ column }}, '[\s㈜]|\(주\)', '', 'g')), '앤', '엔')
{%- endmacro %}
