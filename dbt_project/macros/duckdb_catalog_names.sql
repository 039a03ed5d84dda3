{#- dbt-duckdb names the catalog after the warehouse file (it's.duckdb → it's) and writes that
    name into SQL string literals unescaped, so a quote in the file name broke every build. These
    are its macros of the same names (dbt dispatches to the project's first), with the name
    written as a proper literal. -#}

{#- The catalog name as a SQL string literal; dbt passes some as quoted identifiers ("it's"). -#}
{% macro catalog_literal(database) -%}
    {%- set name = database | string -%}
    {%- if name.startswith('"') and name.endswith('"') and name | length > 1 -%}
        {%- set name = name[1:-1] | replace('""', '"') -%}
    {%- endif -%}
    '{{ name | replace("'", "''") }}'
{%- endmacro %}

{% macro duckdb__create_schema(relation) -%}
  {%- call statement('create_schema') -%}
    {% set sql %}
        select type from duckdb_databases()
        where lower(database_name) = lower({{ catalog_literal(relation.database) }})
        and type != 'duckdb'
    {% endset %}
    {% set results = run_query(sql) %}
    {% if results|length == 0 %}
        create schema if not exists {{ relation.without_identifier() }}
    {% else %}
        {% set attached_type = results.columns[0].values()[0] %}
        {% if attached_type == 'sqlite' and relation.schema != 'main' %}
            {{ exceptions.raise_compiler_error(
                "Schema must be 'main' when writing to sqlite "
                ~ "instead got " ~ relation.schema
            )}}
        {% elif attached_type not in ['sqlite', 'mysql'] %}
            create schema if not exists {{ relation.without_identifier() }}
        {% endif %}
    {% endif %}
  {%- endcall -%}
{% endmacro %}

{% macro duckdb__list_schemas(database) -%}
  {% set sql %}
    select schema_name
    from system.information_schema.schemata
    {% if database is not none %}
    where lower(catalog_name) = lower({{ catalog_literal(database) }})
    {% endif %}
  {% endset %}
  {{ return(run_query(sql)) }}
{% endmacro %}

{% macro duckdb__check_schema_exists(information_schema, schema) -%}
  {% set sql -%}
        select count(*)
        from system.information_schema.schemata
        where lower(schema_name) = '{{ schema | lower }}'
        and lower(catalog_name) = lower({{ catalog_literal(information_schema.database) }})
  {%- endset %}
  {{ return(run_query(sql)) }}
{% endmacro %}

{% macro duckdb__list_relations_without_caching(schema_relation) %}
  {% call statement('list_relations_without_caching', fetch_result=True) -%}
    select
      {{ catalog_literal(schema_relation.database) }} as database,
      table_name as name,
      table_schema as schema,
      CASE table_type
        WHEN 'BASE TABLE' THEN 'table'
        WHEN 'VIEW' THEN 'view'
        WHEN 'LOCAL TEMPORARY' THEN 'table'
        END as type
    from system.information_schema.tables
    where lower(table_schema) = '{{ schema_relation.schema | lower }}'
    and lower(table_catalog) = lower({{ catalog_literal(schema_relation.database) }})
  {% endcall %}
  {{ return(load_result('list_relations_without_caching').table) }}
{% endmacro %}
