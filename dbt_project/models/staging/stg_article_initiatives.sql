with source as (
    select * from {{ source('staging', 'article_initiatives') }}
),

renamed as (
    select
        article_id,
        initiative_index,
        name as initiative_name,
        name_key,
        initiative_type,
        region_code,
        province_code,
        site,
        case when name_words = '' then []::varchar[] else string_split(name_words, ' ') end as name_words,
        mention_count,
        first_sentence_index,
        cast(string_split(sentence_indexes, ' ') as integer[]) as sentence_indexes,
        is_subject,
        is_primary,
        is_cancelled
    from source
)

select * from renamed
