-- Each organisation mention resolved to one institution: gazetteer entries by code, names
-- found by their form by their normalised spelling (no spaces, no ㈜, Latin letters in lower
-- case, '&' transliterated either way: 디앤디 = 디엔디), so that '퀀텀일레븐 컨소시엄',
-- '퀀텀일레븐컨소시엄' and '퀀텀일레븐' are one institution, and '태왕디앤디' and '태왕 디엔디' another.
-- A found name that another article gives as a gloss or a consortium of a name ('퍼힐스(FIR HILLS)')
-- is that name's institution.
with mentions as (
    select
        *,
        {{ institution_name_key('org_name') }} as name_key,
        {{ institution_name_key('organisation_text') }} as text_key
    from {{ ref('stg_organisation_mentions') }}
),

reference as (
    select * from {{ ref('ref_organisations') }}
),

-- Another spelling of a found name, learnt where an article writes both: 'firhills' → '퍼힐스'.
other_spellings as (
    select text_key, min(name_key) as name_key
    from mentions
    where org_code is null and text_key <> name_key
    group by text_key
),

resolved as (
    select
        m.article_id,
        m.mention_index,
        m.sentence_index,
        m.organisation_text,
        m.found_by,
        coalesce(m.role, 'participant') as role,  -- rows loaded before roles were read said nothing
        coalesce(m.org_code, 'found:' || coalesce(o.name_key, m.name_key)) as institution_id,
        coalesce(r.name_ko, m.org_name) as name_ko,
        coalesce(r.org_type, m.org_type) as institution_type,
        m.org_code is not null as is_reference
    from mentions m
    left join reference r on r.org_code = m.org_code
    left join other_spellings o on m.org_code is null and o.text_key = m.name_key and o.name_key <> m.name_key
)

select
    md5(institution_id) as institution_key,
    *
from resolved
