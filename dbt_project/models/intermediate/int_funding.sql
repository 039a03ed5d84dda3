-- Amounts linked to the initiative they fund; the same amount with the same role and region stated
-- twice in one article is one fact: its exact statement ('1820억 원' in the body, not the headline's
-- '1820억 규모'), so that an approximate figure does not lose to a smaller exact one when counted.
-- An amount that is not positive is no money ('0원'): the loader does not extract one, and one
-- stored by an older parser is left out here, where it used to fail every build until its
-- article was edited.
with amounts as (
    select * from {{ ref('stg_amount_mentions') }}
    where amount > 0 and (amount_krw is null or amount_krw > 0)
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
            order by a.is_approximate, a.mention_index
        ) as repeat_number
    from amounts a
    left join resolution r
        on r.article_id = a.article_id and r.initiative_index = a.initiative_index
)

select * exclude (repeat_number)
from linked
where repeat_number = 1
