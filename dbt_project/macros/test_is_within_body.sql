{#- Generic test: a mention's character span lies inside its article's cleaned body (only the
    body's length is joined, so the test stays small on large warehouses). -#}
{% test is_within_body(model, column_name, articles) %}
with bodies as (
    select article_id, length(body) as body_length
    from {{ articles }}
)

select m.article_id, m.start_offset, m.{{ column_name }}, b.body_length
from {{ model }} m
join bodies b on b.article_id = m.article_id
where m.start_offset < 0 or m.{{ column_name }} > b.body_length or m.start_offset >= m.{{ column_name }}
{% endtest %}
