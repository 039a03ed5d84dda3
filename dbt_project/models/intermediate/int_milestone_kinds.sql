-- What each dated event is (ref_milestone_kinds): the first kind by priority among the words
-- after its date, up to the next date in its sentence ('2025년 착공해 2027년 준공' gives 착공 to
-- 2025 and 준공 to 2027); else the first kind anywhere in its sentence ('착공식은 내년 3월에');
-- else 'other'.
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

kinds as (
    select event_kind, priority, pattern from {{ ref('ref_milestone_kinds') }}
    where pattern is not null
),

clauses as (  -- the words after the date, up to the next date or the end of the sentence
    select
        m.article_id,
        m.mention_index,
        m.event_text,
        substring(a.body, m.end_offset + 1, coalesce(min(d.start_offset), any_value(s.end_offset)) - m.end_offset) as clause_text
    from milestones m
    join sentences s on s.article_id = m.article_id and s.sentence_index = m.sentence_index
    join articles a on a.article_id = m.article_id
    left join dates d
        on d.article_id = m.article_id and d.sentence_index = m.sentence_index and d.start_offset >= m.end_offset
    group by m.article_id, m.mention_index, m.event_text, a.body, m.end_offset
),

matched as (
    select
        c.article_id,
        c.mention_index,
        arg_min(k.event_kind, (not regexp_matches(c.clause_text, k.pattern), k.priority)) as event_kind
    from clauses c
    join kinds k on regexp_matches(c.event_text, k.pattern)
    group by c.article_id, c.mention_index
)

select m.article_id, m.mention_index, coalesce(x.event_kind, 'other') as event_kind
from milestones m
left join matched x on x.article_id = m.article_id and x.mention_index = m.mention_index
