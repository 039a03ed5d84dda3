with articles as (
    select * from {{ ref('stg_articles') }}
)

select
    article_id as article_key,
    file_name,
    -- the key is the real path, plus '#n' for the n-th article of a file holding many
    file_name || substr(source_key, length(source_path) + 1) as article_name,
    source_key,
    source_path,
    source_format,
    url,
    title,
    publisher,
    published_date,
    published_date_source,
    sentence_count,
    loaded_at,
    parser_version,
    is_summary
from articles
