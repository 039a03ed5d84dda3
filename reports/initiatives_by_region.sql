-- Question: which initiatives does each province have?
-- Columns: province, initiative, initiative_type, articles (how many mention it),
--   first_published / latest_published (dates of the articles), name_variants.
select
    p.name_ko as province,
    i.name_ko as initiative,
    i.initiative_type,
    i.article_count as articles,
    i.first_published_date as first_published,
    i.latest_published_date as latest_published,
    array_to_string(i.name_variants, ' | ') as name_variants
from dim_initiative i
left join dim_region p on p.region_key = i.province_key
order by province, articles desc, initiative
