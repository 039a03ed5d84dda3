-- The initiatives each article reports (its subjects, not passing mentions), with everything
-- that tells one apart when another article reports it: province, municipality, site,
-- distinctive name words, the companies named beside it and the totals stated for it.
with initiatives as (
    select * from {{ ref('stg_article_initiatives') }}
    where is_subject
),

articles as (
    select article_id, file_name, published_date from {{ ref('stg_articles') }}
),

regions as (
    select region_code, level, province_code from {{ ref('int_regions') }}
),

companies as (  -- companies named in its sentences (in any sentence, for the article's main one):
    -- the operator or the consortium, most often
    select i.article_id, i.initiative_index, list(distinct o.institution_id order by o.institution_id) as company_ids
    from initiatives i
    join {{ ref('int_institution_mentions') }} o
        on o.article_id = i.article_id and (i.is_primary or list_contains(i.sentence_indexes, o.sentence_index))
    where o.institution_type = 'company'
    group by i.article_id, i.initiative_index
),

totals as (
    select article_id, initiative_index, list(distinct amount_krw order by amount_krw) as total_amounts
    from {{ ref('stg_amount_mentions') }}
    where amount_role = 'total' and amount_krw is not null and initiative_index is not null
    group by article_id, initiative_index
)

select
    i.article_id || ':' || i.initiative_index as node_id,
    i.article_id,
    i.initiative_index,
    i.initiative_name,
    regexp_replace(replace(i.initiative_name, '인공지능', 'AI'), '\s', '', 'g') as name_key,
    i.initiative_type,
    -- facilities an outlet may call by another head: a selection's '실증거점' is the '실증센터' later built,
    -- a headline's '정부 AI센터' the body's data centre ('other' is a named centre), a centre renamed a campus
    -- the campus ('education': 캠퍼스, 아카데미, 영재학교, all built)
    case when i.initiative_type in ('cluster', 'data_centre', 'computing_centre', 'hub', 'other', 'education')
        then 'infrastructure'
        else i.initiative_type end as initiative_family,
    i.region_code,
    coalesce(i.province_code, r.province_code) as province_code,
    case when r.level = 'municipality' then i.region_code end as municipality_code,
    i.site,
    i.name_words,
    i.mention_count,
    i.first_sentence_index,
    i.is_primary,
    i.is_cancelled,
    a.file_name,
    a.published_date,
    coalesce(c.company_ids, []::varchar[]) as company_ids,
    coalesce(t.total_amounts, []::hugeint[]) as total_amounts,
    -- nodes with the same signature are the same initiative, whatever else they carry
    case when i.site is not null or r.level = 'municipality' or len(i.name_words) > 0
        then md5(concat_ws('|', coalesce(i.province_code, r.province_code), i.initiative_type,
            case when r.level = 'municipality' then i.region_code end, i.site, array_to_string(i.name_words, ' ')))
    end as signature
from initiatives i
join articles a on a.article_id = i.article_id
left join regions r on r.region_code = i.region_code
left join companies c on c.article_id = i.article_id and c.initiative_index = i.initiative_index
left join totals t on t.article_id = i.article_id and t.initiative_index = i.initiative_index
