with source as (
    select * from {{ source('staging', 'organisation_mentions') }}
),

renamed as (
    select
        {{ mention_location() }},
        surface as organisation_text,
        org_code,
        org_name,
        org_type,
        found_by,
        role
    from source
)

select * from renamed
