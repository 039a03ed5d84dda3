-- One row per initiative resolved across articles. Its name is the one it goes by: among the
-- names that tell it apart (distinctive words or a site), one a report quotes with a word of its
-- own ('‘진주 하늘빛 AI 데이터센터’'), then the name most reports give, a fuller name counting half
-- for a shorter one it holds ('오창 AI 데이터센터' over one report's '오창 가온클라우드 인공지능
-- 데이터센터'), then the fullest (most distinctive words, then a site, then the longest). Its type
-- and place are those most of its reports give; ties fall to the latest article, then to the
-- name itself, so the same data always gives the same row.
with resolution as (
    select * from {{ ref('int_initiative_resolution') }}
),

nodes as (
    select n.*, r.initiative_key
    from {{ ref('int_article_initiatives') }} n
    join resolution r on r.node_id = n.node_id
),

quoted_mentions as (  -- the names each report quotes, with its node
    select n.node_id, n.initiative_key, n.article_id, n.name_words, m.name_key,
        m.initiative_name
    from nodes n
    join {{ ref('stg_initiative_mentions') }} m
        on m.article_id = n.article_id and m.initiative_index = n.initiative_index
    where m.is_quoted and contains(n.name_key, m.name_key)
),

brands as (  -- a name of four words or more that two reports or more quote: its kind words are a brand
    -- ('‘온산 그린 AI 데이터센터’'), not one report's spelling of a description ('‘울산 인공지능 데이터 센터’')
    select initiative_key, name_key
    from quoted_mentions
    where len(list_filter(string_split(trim(initiative_name), ' '), lambda w: w <> '')) >= 4
    group by initiative_key, name_key
    having count(distinct article_id) >= 2
),

quoted as (  -- a report's name that holds a name the report quotes with a word of its own: the
    -- name it goes by ('‘진주 하늘빛 AI 데이터센터’'; not a quoted '‘AI 데이터센터’'), or a brand
    select distinct q.node_id
    from quoted_mentions q
    left join brands b on b.initiative_key = q.initiative_key and b.name_key = q.name_key
    where list_bool_or(list_transform(q.name_words, lambda w: contains(q.name_key, w))) or b.name_key is not null
),

name_words_of as (  -- the words of each name, glosses dropped and 인공지능 read as AI
    select
        n.node_id, n.initiative_key, n.article_id, n.initiative_name, n.name_words, n.site, n.published_date,
        q.node_id is not null as is_quoted,
        list_distinct(list_filter(
            string_split(regexp_replace(replace(lower(regexp_replace(initiative_name, '\([^()]*\)', '', 'g')),
                '인공지능', 'ai'), '[·,]', ' ', 'g'), ' '),
            lambda w: w <> '')) as words
    from nodes n
    left join quoted q on q.node_id = n.node_id
),

name_sets as (  -- each distinct name (as a set of words) and how many reports give it
    select initiative_key, words, count(distinct article_id) as reports
    from name_words_of
    group by initiative_key, words
),

supported as (  -- reports giving this name, and half of those giving a fuller name holding it: a
    -- shorter name is backed by the fuller ones, but never beats the name most reports give
    select
        c.initiative_key, c.words,
        c.reports + 0.5 * coalesce(sum(o.reports) filter (where o.words <> c.words and list_has_all(o.words, c.words)), 0)
            as support
    from name_sets c
    join name_sets o on o.initiative_key = c.initiative_key
    group by c.initiative_key, c.words, c.reports
),

named as (
    select n.initiative_key, n.initiative_name as name_ko
    from name_words_of n
    join supported s on s.initiative_key = n.initiative_key and s.words = n.words
    qualify row_number() over (
        partition by n.initiative_key
        order by (len(n.name_words) > 0 or n.site is not null) desc, n.is_quoted desc, s.support desc,
            len(n.name_words) desc, (n.site is not null) desc, length(n.initiative_name) desc,
            n.published_date desc nulls last, n.initiative_name, n.node_id
    ) = 1
),

typed as (
    select initiative_key, initiative_type
    from nodes
    group by initiative_key, initiative_type
    qualify row_number() over (
        partition by initiative_key order by count(*) desc, sum(len(name_words)) desc, initiative_type
    ) = 1
),

placed as (
    select initiative_key, coalesce(municipality_code, province_code) as region_code
    from nodes
    where province_code is not null
    group by initiative_key, coalesce(municipality_code, province_code)
    qualify row_number() over (
        partition by initiative_key
        order by count(*) desc, (min(municipality_code) is not null) desc, coalesce(municipality_code, province_code)
    ) = 1
),

latest as (  -- what the most recent report says of it
    select initiative_key, is_cancelled
    from nodes
    qualify row_number() over (
        partition by initiative_key order by published_date desc nulls last, is_cancelled desc, node_id
    ) = 1
),

summary as (
    select
        initiative_key,
        list(distinct initiative_name order by initiative_name) as name_variants,
        sum(mention_count) as mention_count,
        count(distinct article_id) as article_count,
        min(published_date) as first_published_date,
        max(published_date) as latest_published_date
    from nodes
    group by initiative_key
)

select
    s.initiative_key,
    n.name_ko,
    t.initiative_type,
    p.region_code as region_key,
    r.province_code as province_key,
    case when l.is_cancelled then 'cancelled' else 'active' end as status,
    s.name_variants,
    cast(s.mention_count as bigint) as mention_count,
    s.article_count,
    s.first_published_date,
    s.latest_published_date
from summary s
join named n on n.initiative_key = s.initiative_key
join typed t on t.initiative_key = s.initiative_key
join latest l on l.initiative_key = s.initiative_key
left join placed p on p.initiative_key = s.initiative_key
left join {{ ref('int_regions') }} r on r.region_code = p.region_code
