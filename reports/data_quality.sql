-- Question: what could not be loaded or attributed, so an analyst knows what the figures miss?
-- Columns: issue (skipped_input, article_without_date, amount_without_region,
--   amount_without_initiative, initiative_without_region, unresolved_date), item (file, amount or
--   name), detail (reason or sentence), article (source file).
-- A sentence is cut from its article's body by its offsets (staging stores the text once).
with invested_amounts as (  -- amounts that add up to investment, with their sentence and article
    select
        f.region_key, f.initiative_key, f.amount_text, a.file_name,
        substring(b.body, s.start_offset + 1, s.end_offset - s.start_offset) as sentence_text
    from fct_funding f
    join dim_article a on a.article_key = f.article_key
    join stg.stg_sentences s on s.article_id = f.article_key and s.sentence_index = f.sentence_index
    join stg.stg_articles b on b.article_id = f.article_key
    where f.amount_role in ('total', 'annual', 'component')
)

select 'skipped_input' as issue, file_name as item, reason as detail, source_path as article
from stg.stg_skipped_inputs

union all
select 'article_without_date', coalesce(title, file_name), 'no publication date in the text or metadata: relative dates stay unresolved', file_name
from dim_article
where published_date is null

union all
select 'amount_without_region', amount_text, sentence_text, file_name
from invested_amounts
where region_key is null

union all
select 'amount_without_initiative', amount_text, sentence_text, file_name
from invested_amounts
where initiative_key is null

union all
select 'initiative_without_region', name_ko, initiative_type, null
from dim_initiative
where region_key is null

union all
select 'unresolved_date', d.date_text, substring(b.body, s.start_offset + 1, s.end_offset - s.start_offset), a.file_name
from stg.stg_date_mentions d
join dim_article a on a.article_key = d.article_id
join stg.stg_sentences s on s.article_id = d.article_id and s.sentence_index = d.sentence_index
join stg.stg_articles b on b.article_id = d.article_id
where not d.is_resolved

order by issue, article, item, detail
