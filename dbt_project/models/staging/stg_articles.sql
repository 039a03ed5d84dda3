with source as (
    select * from {{ source('staging', 'articles') }}
),

renamed as (
    select
        article_id,
        source_key,
        file_name,
        source_path,
        source_format,
        content_hash,
        url,
        title,
        publisher,
        cast(published_date as date) as published_date,
        published_date_source,
        body,
        sentence_count,
        cast(loaded_at as timestamp) as loaded_at,
        parser_version,
        is_summary
    from source
)

select * from renamed
