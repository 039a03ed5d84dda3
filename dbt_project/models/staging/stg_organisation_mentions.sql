with source as (
    select * from {{ source('staging', 'organisation_mentions') }}
),

renamed as (
    select
        article_id,
        mention_index,
        sentence_index,
        start_offset,
        end_offset,
        surface as organisation_text,
        org_code,
        org_name,
        org_type,
        found_by
    from source
)

select * from renamed
