{{ config(materialized='table') }}  -- its regexes run once, not again for fct_milestone and each of its tests
-- What each dated event is (ref_milestone_kinds): the first kind by priority among the words
-- after its date, up to the next date in its sentence ('2025년 착공해 2027년 준공' gives 착공 to
-- 2025 and 준공 to 2027); else the first kind anywhere in its sentence ('착공식은 내년 3월에');
-- else 'other'. The patterns are constants read from the seed (macros/milestone_kind_patterns).
-- depends_on: {{ ref('ref_milestone_kinds') }}
{%- set kinds = milestone_kind_patterns() %}
with milestones as (
    select article_id, mention_index, sentence_index, end_offset, event_text from {{ ref('int_milestones') }}
),

dates as (
    select article_id, sentence_index, start_offset from {{ ref('stg_date_mentions') }}
),

sentences as (
    select article_id, sentence_index, end_offset from {{ ref('stg_sentences') }}
),

articles as (
    select article_id, body from {{ ref('stg_articles') }}
),

clause_ends as (  -- where the words after the date end: the next date, or the end of the sentence
    select
        m.article_id,
        m.mention_index,
        m.end_offset,
        coalesce(min(d.start_offset), any_value(s.end_offset)) as clause_end
    from milestones m
    join sentences s on s.article_id = m.article_id and s.sentence_index = m.sentence_index
    left join dates d
        on d.article_id = m.article_id and d.sentence_index = m.sentence_index and d.start_offset >= m.end_offset
    group by m.article_id, m.mention_index, m.end_offset
),

clauses as (  -- those words (bodies are joined after grouping: grouping by them held every body in memory)
    select
        c.article_id,
        c.mention_index,
        substring(a.body, c.end_offset + 1, c.clause_end - c.end_offset) as clause_text
    from clause_ends c
    join articles a on a.article_id = c.article_id
)

select
    m.article_id,
    m.mention_index,
    case
    {%- for kind, pattern in kinds %}
        when regexp_matches(c.clause_text, '{{ pattern | replace("'", "''") }}') then '{{ kind }}'
    {%- endfor %}
    {%- for kind, pattern in kinds %}
        when regexp_matches(m.event_text, '{{ pattern | replace("'", "''") }}') then '{{ kind }}'
    {%- endfor %}
        else 'other'
    end as event_kind
from milestones m
left join clauses c on c.article_id = m.article_id and c.mention_index = m.mention_index
