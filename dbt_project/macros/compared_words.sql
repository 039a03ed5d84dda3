{#- How an initiative's name words are compared across articles: 'AI' glued to a word is the word
    written apart elsewhere ('창원 제조AI 실증단지' ~ '창원 제조 AI 실증센터'). The entity's signature
    keeps the words as written. -#}
{% macro compared_words(column) -%}
    list_transform({{ column }}, lambda w: regexp_replace(regexp_replace(w, '([가-힣])AI$', '\1'), '^AI([가-힣])', '\1'))
{%- endmacro %}
