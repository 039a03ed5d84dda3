-- Question: what is each initiative, who takes part, how much money is announced for it, what
--   happened or is planned, and which articles report it? (the briefing page's initiative cards,
--   the largest investments first)
-- Columns: initiative_key, initiative, initiative_type, province, region, total_krw (its
--   investments, each counted once), article_count, participants (name, role), investments
--   (amount_krw, amount_text, min/max_amount_krw, article_count), milestones (its distinct
--   events, the latest eight), sources (its articles: title, publisher, published_date, url,
--   source_article; the latest eight).
with investments as (
    select
        initiative_key,
        cast(sum(amount_krw) as bigint) as total_krw,
        list({
            'amount_krw': amount_krw, 'amount_text': latest_amount_text, 'min_amount_krw': min_amount_krw,
            'max_amount_krw': max_amount_krw, 'article_count': article_count
        } order by amount_krw desc, investment_key) as investments
    from fct_investment
    where initiative_key is not null
    group by initiative_key
),

participants as (
    select
        b.initiative_key,
        list({'name': d.name_ko, 'role': coalesce(b.role, 'participant')} order by d.name_ko) as participants
    from bridge_initiative_institution b
    join dim_institution d on d.institution_key = b.institution_key
    group by b.initiative_key
),

events as (  -- one row per distinct event, however many articles state it
    select
        m.initiative_key, m.event_date, m.date_precision, m.is_planned, k.label_ko as event,
        min(m.event_text) as sentence
    from fct_milestone m
    join dim_milestone_kind k on k.event_kind = m.event_kind
    where m.initiative_key is not null
    group by m.initiative_key, m.event_date, m.date_precision, m.is_planned, k.label_ko
    qualify row_number() over (partition by m.initiative_key order by m.event_date desc, event) <= 8
),

milestones as (
    select
        initiative_key,
        list({
            'event_date': event_date, 'date_precision': date_precision, 'event': event,
            'event_status': case when is_planned then 'planned' else 'happened' end, 'sentence': sentence
        } order by event_date, event) as milestones
    from events
    group by initiative_key
),

articles as (
    select
        b.initiative_key, a.title, a.publisher, a.published_date, a.url, a.article_name, a.source_key,
        row_number() over (partition by b.initiative_key order by a.published_date desc nulls last, a.source_key) as recency
    from bridge_article_initiative b
    join dim_article a on a.article_key = b.article_key
),

sources as (
    select
        initiative_key,
        list({
            'title': title, 'publisher': publisher, 'published_date': published_date, 'url': url, 'source_article': article_name
        } order by recency) filter (where recency <= 8) as sources
    from articles
    group by initiative_key
)

select
    i.initiative_key,
    i.name_ko as initiative,
    i.initiative_type,
    p.name_ko as province,
    r.name_ko as region,
    iv.total_krw,
    ip.article_count,
    pa.participants,
    iv.investments,
    ms.milestones,
    s.sources
from dim_initiative i
join dim_initiative_profile ip on ip.initiative_key = i.initiative_key
left join dim_region p on p.region_key = i.province_key
left join dim_region r on r.region_key = i.region_key
left join investments iv on iv.initiative_key = i.initiative_key
left join participants pa on pa.initiative_key = i.initiative_key
left join milestones ms on ms.initiative_key = i.initiative_key
left join sources s on s.initiative_key = i.initiative_key
order by iv.total_krw desc nulls last, article_count desc, initiative, i.initiative_key
