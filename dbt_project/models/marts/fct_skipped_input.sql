-- One row per input that could not be loaded, with the reason (the data-quality report lists them).
select source_path, file_name, reason, skipped_at
from {{ ref('stg_skipped_inputs') }}
