with source as (
    select * from {{ source('staging', 'region_mentions') }}
),

renamed as (
    select
        article_id,
        mention_index,
        sentence_index,
        start_offset,
        end_offset,
        surface as region_text,
        region_code,
        province_code,
        is_subject_province
    from source
)

select * from renamed
