-- Each organisation mention resolved to one institution: gazetteer entries by code, names
-- found by their form by their normalised spelling (no spaces, no ㈜), so that
-- '퀀텀일레븐 컨소시엄' and '퀀텀일레븐컨소시엄' are one institution.
with mentions as (
    select * from {{ ref('stg_organisation_mentions') }}
),

reference as (
    select * from {{ ref('ref_organisations') }}
),

resolved as (
    select
        m.article_id,
        m.mention_index,
        m.sentence_index,
        m.organisation_text,
        m.found_by,
        coalesce(m.org_code, 'found:' || regexp_replace(m.org_name, '[\s㈜]|\(주\)', '', 'g')) as institution_id,
        coalesce(r.name_ko, m.org_name) as name_ko,
        coalesce(r.org_type, m.org_type) as institution_type,
        m.org_code is not null as is_reference
    from mentions m
    left join reference r on r.org_code = m.org_code
)

select
    md5(institution_id) as institution_key,
    *
from resolved
