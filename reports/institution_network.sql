-- Question: which organisations take part in which initiatives, and where?
-- Columns: institution, institution_type, initiative, initiative_type, province, role
--   (participant unless the text says more), article_count (articles naming both),
--   co_mention_count (sentences naming both), initiative_key.
select
    d.name_ko as institution,
    d.institution_type,
    i.name_ko as initiative,
    i.initiative_type,
    p.name_ko as province,
    b.role,
    b.article_count,
    b.co_mention_count,
    b.initiative_key
from bridge_initiative_institution b
join dim_institution d on d.institution_key = b.institution_key
join dim_initiative i on i.initiative_key = b.initiative_key
left join dim_region p on p.region_key = i.province_key
order by institution, province, initiative, b.institution_key, b.initiative_key, b.role
