-- Every seeded organisation, plus every organisation found in an article by its name form.
with reference as (
    select * from {{ ref('ref_organisations') }}
),

aliases as (
    select org_code, list(alias order by alias) as aliases
    from {{ ref('ref_organisation_aliases') }}
    group by org_code
),

found as (
    select
        institution_key,
        any_value(name_ko) as name_ko,
        mode(institution_type) as institution_type,
        list(distinct organisation_text) filter (where organisation_text <> name_ko) as aliases
    from {{ ref('int_institution_mentions') }}
    where not is_reference
    group by institution_key
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
    coalesce(aliases, []::varchar[]) as aliases,
    false as is_reference
from found
