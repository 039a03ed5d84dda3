with source as (
    select * from {{ source('staging', 'sentences') }}
),

renamed as (
    select
        article_id,
        sentence_index,
        start_offset,
        end_offset,
        zone,
        text as sentence_text
    from source
)

select * from renamed
