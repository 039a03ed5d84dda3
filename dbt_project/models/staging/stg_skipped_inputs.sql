with source as (
    select * from {{ source('staging', 'skipped_inputs') }}
),

renamed as (
    select
        source_path,
        file_name,
        reason,
        cast(skipped_at as timestamp) as skipped_at
    from source
)

select * from renamed
