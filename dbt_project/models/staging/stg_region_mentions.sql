with source as (
    select * from {{ source('staging', 'region_mentions') }}
),

renamed as (
    select
        {{ mention_location() }},
        surface as region_text,
        region_code,
        province_code,
        is_subject_province
    from source
)

select * from renamed
