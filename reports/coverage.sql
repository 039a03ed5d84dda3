-- Question: how much news coverage does each province get, per year and per publisher?
-- Columns: province (where the article's initiatives are), published_year (empty when the text
--   gives no date), publisher (empty when the page does not tell), article_count.
select
    p.name_ko as province,
    cast(year(a.published_date) as integer) as published_year,
    a.publisher,
    count(distinct a.article_key) as article_count
from bridge_article_region b
join dim_region p on p.region_key = b.region_key and p.level = 'province'
join dim_article a on a.article_key = b.article_key
where b.is_subject
group by all
order by province, published_year nulls last, publisher nulls last
