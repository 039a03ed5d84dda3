with source as (
    select * from {{ source('staging', 'date_mentions') }}
),

renamed as (
    select
        {{ mention_location() }},
        surface as date_text,
        cast(event_date as date) as event_date,
        date_precision,
        is_relative,
        is_resolved,
        is_planned,
        is_milestone,
        region_code,
        initiative_index
    from source
)

select * from renamed
