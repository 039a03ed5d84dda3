-- Question: what could not be loaded or attributed, so an analyst knows what the figures miss?
-- Columns: issue (skipped_input, article_without_date, amount_without_region,
--   amount_without_initiative, initiative_without_region, unresolved_date), item (file, amount or
--   name), detail (reason or sentence), source_article (the article: its file, '#line' within
--   a .jsonl file; the input's path for a skipped input).
with invested_amounts as (  -- amounts that add up to investment
    select f.region_key, f.initiative_key, f.amount_text, f.sentence_text, a.article_name
    from fct_funding f
    join dim_article a on a.article_key = f.article_key
    where f.amount_role in ('total', 'annual', 'component')
)

select 'skipped_input' as issue, file_name as item, reason as detail, source_path as source_article
from fct_skipped_input

union all
select 'article_without_date', coalesce(title, file_name), 'no publication date in the text or metadata: relative dates stay unresolved', article_name
from dim_article
where published_date is null

union all
select 'amount_without_region', amount_text, sentence_text, article_name
from invested_amounts
where region_key is null

union all
select 'amount_without_initiative', amount_text, sentence_text, article_name
from invested_amounts
where initiative_key is null

union all
select 'initiative_without_region', name_ko, initiative_type, null
from dim_initiative
where region_key is null

union all
select 'unresolved_date', d.date_text, d.sentence_text, a.article_name
from fct_unresolved_date d
join dim_article a on a.article_key = d.article_key

order by issue, source_article, item, detail
