-- Amounts linked to their initiative; the same amount with the same role and region stated
-- twice in one article is one fact.
-- An amount that is not positive is no money ('0원'): the loader does not extract one, and one
-- stored by an older parser is left out here, where it used to fail every build until its
-- article was edited.
with amounts as (
    select * from {{ ref('stg_amount_mentions') }}
    where amount > 0 and (amount_krw is null or amount_krw > 0)
),

initiatives as (
    select article_id, mention_index, initiative_key from {{ ref('int_initiative_mentions') }}
),

linked as (
    select
        a.*,
        i.initiative_key,
        row_number() over (
            partition by a.article_id, coalesce(a.amount_krw, a.amount), a.currency, a.amount_role, a.region_code
            order by a.mention_index
        ) as repeat_number
    from amounts a
    left join initiatives i
        on i.article_id = a.article_id and i.mention_index = a.initiative_mention_index
)

select * exclude (repeat_number)
from linked
where repeat_number = 1
