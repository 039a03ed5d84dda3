-- One row per organisation: every seeded one (with its aliases: acronyms, short forms, former
-- names, and the spellings articles used), plus every organisation found in an article by its
-- form or by its sentence's structure, under its most written name.
with reference as (
    select * from {{ ref('ref_organisations') }}
),

mentions as (
    select * from {{ ref('int_institution_mentions') }}
),

seeded_aliases as (
    select org_code, alias
    from {{ ref('ref_organisation_aliases') }}
),

written_aliases as (
    select distinct m.institution_id as org_code, m.organisation_text as alias
    from mentions m
    join reference r on r.org_code = m.institution_id
    where m.organisation_text <> r.name_ko
),

aliases as (
    select org_code, list(distinct alias order by alias) as aliases
    from (select * from seeded_aliases union select * from written_aliases)
    group by org_code
),

found_names as (
    select institution_key, name_ko, count(*) as mentions
    from mentions
    where not is_reference
    group by institution_key, name_ko
),

found as (
    select
        m.institution_key,
        arg_min(n.name_ko, (-n.mentions, length(n.name_ko), n.name_ko)) as name_ko,
        arg_min(m.institution_type, (m.institution_type = 'company', m.institution_type)) as institution_type,
        list(distinct m.organisation_text order by m.organisation_text) as written
    from mentions m
    join found_names n on n.institution_key = m.institution_key
    where not m.is_reference
    group by m.institution_key
)

select
    md5(r.org_code) as institution_key,
    r.name_ko,
    r.name_en,
    r.org_type as institution_type,
    coalesce(a.aliases, []::varchar[]) as aliases,
    true as is_reference
from reference r
left join aliases a on a.org_code = r.org_code

union all

select
    institution_key,
    name_ko,
    null as name_en,
    institution_type,
    list_filter(written, lambda x: x <> name_ko) as aliases,
    false as is_reference
from found
