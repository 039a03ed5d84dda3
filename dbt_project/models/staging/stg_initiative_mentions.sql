with source as (
    select * from {{ source('staging', 'initiative_mentions') }}
),

renamed as (
    select
        {{ mention_location() }},
        name as initiative_name,
        name_key,
        initiative_type,
        is_quoted,
        region_code,
        initiative_index
    from source
)

select * from renamed
