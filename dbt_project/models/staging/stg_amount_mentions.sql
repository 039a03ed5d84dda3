with source as (
    select * from {{ source('staging', 'amount_mentions') }}
),

renamed as (
    select
        {{ mention_location() }},
        surface as amount_text,
        cast(amount as decimal(38, 4)) as amount,
        currency,
        cast(amount_krw as hugeint) as amount_krw,
        is_approximate,
        amount_role,
        region_code,
        initiative_index,
        period_start_year,
        period_end_year,
        is_itemised,
        is_superseded
    from source
)

select * from renamed
