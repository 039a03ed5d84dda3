-- Question: how much news coverage does each province get, per year and per publisher?
-- Columns: province (where the article's initiatives are), year (of publication; 'unknown' when
--   the text gives no date), publisher ('unknown' when the page does not tell), articles.
select
    p.name_ko as province,
    coalesce(cast(year(a.published_date) as varchar), 'unknown') as year,
    coalesce(a.publisher, 'unknown') as publisher,
    count(distinct a.article_key) as articles
from bridge_article_region b
join dim_region p on p.region_key = b.region_key and p.level = 'province'
join dim_article a on a.article_key = b.article_key
where b.is_subject
group by all
order by province, year, publisher
