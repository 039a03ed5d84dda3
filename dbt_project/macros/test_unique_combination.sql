{#- Generic test: the given columns together identify a row (no dbt-utils: `dbt deps` needs the internet). -#}
{% test unique_combination(model, columns) %}
select {{ columns | join(', ') }}, count(*) as n
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1
{% endtest %}
