-- Question: which organisations take part in the most initiatives?
-- Columns: institution, institution_type, initiatives (distinct initiatives named alongside
--   it), articles (articles it takes part in), provinces (where those initiatives are).
with per_institution as (
    select
        b.institution_key,
        count(distinct b.initiative_key) as initiatives,
        string_agg(distinct p.name_ko, '; ' order by p.name_ko) as provinces
    from bridge_initiative_institution b
    join dim_initiative i on i.initiative_key = b.initiative_key
    left join dim_region p on p.region_key = i.province_key
    group by b.institution_key
),

articles as (
    select institution_key, count(distinct article_key) as articles
    from bridge_article_institution
    group by institution_key
)

select
    d.name_ko as institution,
    d.institution_type,
    coalesce(pi.initiatives, 0) as initiatives,
    a.articles,
    pi.provinces
from articles a
join dim_institution d on d.institution_key = a.institution_key
left join per_institution pi on pi.institution_key = a.institution_key
order by initiatives desc, a.articles desc, institution
