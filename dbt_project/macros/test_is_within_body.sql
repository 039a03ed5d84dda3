{#- Generic test: a mention's character span lies inside its article's cleaned body. -#}
{% test is_within_body(model, column_name, articles) %}
select m.*
from {{ model }} m
join {{ articles }} a on a.article_id = m.article_id
where m.start_offset < 0 or m.{{ column_name }} > length(a.body) or m.start_offset >= m.{{ column_name }}
{% endtest %}
