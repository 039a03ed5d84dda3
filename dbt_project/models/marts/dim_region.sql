with regions as (
    select * from {{ ref('int_regions') }}
)

select
    region_code as region_key,
    region_code,
    name_ko,
    name_en,
    level,
    province_code as province_key,
    province_name_ko
from regions
