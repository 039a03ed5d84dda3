with source as (
    select * from {{ source('staging', 'sentences') }}
),

renamed as (
    select
        article_id,
        sentence_index,
        start_offset,
        end_offset,
        zone
    from source
)

select * from renamed
