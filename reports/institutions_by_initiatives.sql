-- Question: which organisations take part in the most initiatives?
-- Columns: institution, institution_type, initiative_count (distinct initiatives named
--   alongside it), article_count (articles it takes part in), initiatives (their names),
--   provinces (where those initiatives are).
with per_institution as (
    select
        b.institution_key,
        count(distinct b.initiative_key) as initiative_count,
        list_sort(list_distinct(list(i.name_ko))) as initiatives,
        list_sort(list_distinct(list(p.name_ko))) as provinces
    from bridge_initiative_institution b
    join dim_initiative i on i.initiative_key = b.initiative_key
    left join dim_region p on p.region_key = i.province_key
    group by b.institution_key
),

articles as (
    select institution_key, count(distinct article_key) as article_count
    from bridge_article_institution
    group by institution_key
)

select
    d.name_ko as institution,
    d.institution_type,
    coalesce(pi.initiative_count, 0) as initiative_count,
    a.article_count,
    pi.initiatives,
    pi.provinces
from articles a
join dim_institution d on d.institution_key = a.institution_key
left join per_institution pi on pi.institution_key = a.institution_key
order by initiative_count desc, a.article_count desc, institution
