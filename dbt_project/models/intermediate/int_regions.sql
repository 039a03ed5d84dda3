-- Regions with their province's name, the base of dim_region.
with regions as (
    select * from {{ ref('ref_regions') }}
)

select
    r.region_code,
    r.name_ko,
    r.name_en,
    r.level,
    r.province_code,
    p.name_ko as province_name_ko
from regions r
join regions p on p.region_code = r.province_code
