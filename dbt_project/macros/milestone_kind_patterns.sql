{#
  The kinds of dated event (ref_milestone_kinds) that have a pattern, by priority: a list of
  (event_kind, pattern) read from the seed when the model runs, so each pattern reaches DuckDB
  as a constant. A pattern taken from a column is compiled again for every row it is tried on:
  at 20,000 articles that took 45 s per query, and four such queries at once ran out of memory.
  Before the seed is loaded (a `dbt run` or `dbt compile` on a new warehouse) there is nothing
  to read: that stops with a message saying so; `dbt build` loads the seed first.
#}
{% macro milestone_kind_patterns() %}
    {% if not execute %}
        {{ return([]) }}
    {% endif %}
    {% set seed = ref('ref_milestone_kinds') %}
    {% if adapter.get_relation(database=seed.database, schema=seed.schema, identifier=seed.identifier) is none %}
        {{ exceptions.raise_compiler_error("the seed ref_milestone_kinds is not loaded yet: run `dbt seed` (or `dbt build`) first") }}
    {% endif %}
    {% set rows = run_query("select event_kind, pattern from " ~ seed ~ " where pattern is not null order by priority, event_kind") %}
    {{ return(rows.rows | map('list') | list) }}
{% endmacro %}
