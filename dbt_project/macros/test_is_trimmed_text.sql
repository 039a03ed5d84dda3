{#- Generic test: the text is not empty and has no surrounding whitespace. Sentences are cut
    from the body by offsets that exclude the spaces between them: a span one character off
    shows up here. -#}
{% test is_trimmed_text(model, column_name) %}
select *
from {{ model }}
where {{ column_name }} is null
   or length({{ column_name }}) = 0
   or {{ column_name }} <> trim({{ column_name }}, e' \n\t')
{% endtest %}
