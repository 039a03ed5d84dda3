{#- Models go to the schema they name (stg, intermediate, reference), marts to the default
    one (main), where the scorer and ad-hoc SQL look for them. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}{{ target.schema }}{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}
{%- endmacro %}
