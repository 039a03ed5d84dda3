{#- A sentence's text, cut from its article's cleaned body by the sentence's offsets (staging
    stores the text once, in the body; offsets count characters from 0, substring from 1).
    Cut after the rows are chosen: a view that cut every sentence was evaluated for all of
    them before any join narrowed them down (10x slower for the data-quality report). -#}
{% macro sentence_text(body, sentence) -%}
    substring({{ body }}, {{ sentence }}.start_offset + 1, {{ sentence }}.end_offset - {{ sentence }}.start_offset)
{%- endmacro %}
