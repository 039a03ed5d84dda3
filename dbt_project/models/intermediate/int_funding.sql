-- Amounts linked to the initiative they fund; the same amount with the same role and region
-- stated twice in one article is one fact.
with amounts as (
    select * from {{ ref('stg_amount_mentions') }}
),

resolution as (
    select article_id, initiative_index, initiative_key from {{ ref('int_initiative_resolution') }}
),

linked as (
    select
        a.*,
        r.initiative_key,
        row_number() over (
            partition by a.article_id, coalesce(a.amount_krw, a.amount), a.currency, a.amount_role, a.region_code
            order by a.mention_index
        ) as repeat_number
    from amounts a
    left join resolution r
        on r.article_id = a.article_id and r.initiative_index = a.initiative_index
)

select * exclude (repeat_number)
from linked
where repeat_number = 1
