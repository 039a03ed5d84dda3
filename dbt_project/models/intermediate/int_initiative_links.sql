{{ config(materialized='table') }}  -- read by the resolution, its tests and explain: computed once
-- Pairs of entities in one province and family that could be one initiative, with the evidence
-- that they are (or are not). `link` is 'strong' when the evidence settles it, 'weak' when it is the
-- same kind of project in the same place but one side says less (`weak_from` is that side: it
-- joins the other only when it could join nothing else), NULL when something tells them apart.
--   strong: the same distinctive name words ('수열에너지 융복합' ~ '수열에너지융복합'), or a name word
--           the other's site begins with, for the same type ('에코델타 AIDC' ~ a data centre at
--           에코델타시티); the same site
--           and type; the same municipality and type with neither naming more; the same company
--           beside totals that restate each other (within 10%); the same municipality and type with
--           totals that restate each other; or, for a project named only by its kind and province
--           ('광주 AI 집적단지'), the same name or a restated total.
--   apart:  two municipalities (unless the full names, distinctive words and all, are the same:
--           '대덕특구 AI 융합연구 클러스터' placed in 유성구 by one article and in 대덕구 by another, which
--           read '대덕' as the district) or two sites (unless the same company states totals that restate each
--           other: one outlet names the town, another the estate in it); name words that differ (unless the same type at the
--           same site or in the same municipality states a total the other restates: two outlets' names for
--           one project); types that differ with nothing but the province in common; a named centre
--           ('other') and another facility sharing fewer than two name words, unless they are the same words
--           or one's are all in the other's, one of them long ('인재양성') ('실증' alone is everyone's: '관광 AI
--           서비스 실증 거점' is not 'AI 그린에너지 실증센터', but 'AI 자율제조 실증거점' is the 'AI 자율제조
--           실증센터' built); or both reported by one article (one article's two projects).
--   listed: only pairs that share what any link needs: a name word (or one spelling inside the
--           other, or the other's site), a company with totals on both sides, or the type with the same site, the same
--           municipality or one side naming neither. Any other pair could only be kept apart, so
--           it is not listed (those listed are a quarter of all pairs at 20,000 generated articles).
with entities as (
    select * from {{ ref('int_initiative_entities') }}
),

named as (
    select * from entities where len(name_words) > 0
),

sited as (
    select * from entities where site is not null
),

name_word_of_a_site as (  -- '에코델타 AIDC' and a centre at 에코델타시티 ('에코델타' begins the site)
    select distinct
        least(n.entity_id, s.entity_id) as entity_a,
        greatest(n.entity_id, s.entity_id) as entity_b
    from (
        select entity_id, province_code, initiative_type, name_words[1] as word
        from named where len(name_words) = 1  -- the site's word is all its name says ('새만금 네이버 …' says more)
    ) n
    join sited s
        on n.province_code = s.province_code
        and n.initiative_type = s.initiative_type  -- a site holds many kinds of project: of one kind only
        and n.entity_id <> s.entity_id
    where length(n.word) >= 2 and starts_with(s.site, n.word)
        and len(s.name_words) = 0  -- nor does the other name a project of its own there ('LG 데이터센터')
),

entity_articles as (
    select entity_id, unnest(article_ids) as article_id from entities
),

entity_companies as (
    select entity_id, province_code, initiative_family, len(total_amounts) > 0 as states_a_total,
        unnest(company_ids) as company_id
    from entities
),

share_an_article as (  -- equi-joins on the list items: comparing the lists of every pair took most of the time
    select distinct a.entity_id as entity_a, b.entity_id as entity_b
    from entity_articles a
    join entity_articles b on a.article_id = b.article_id and a.entity_id < b.entity_id
),

share_a_company as (
    select distinct
        a.entity_id as entity_a,
        b.entity_id as entity_b,
        a.states_a_total and b.states_a_total as both_state_totals
    from entity_companies a
    join entity_companies b
        on a.province_code = b.province_code
        and a.initiative_family = b.initiative_family
        and a.company_id = b.company_id
        and a.entity_id < b.entity_id
),

candidates as (
    select a.entity_id as entity_a, b.entity_id as entity_b
    from entities a
    join entities b
        on a.province_code = b.province_code
        and a.initiative_family = b.initiative_family
        and a.initiative_type = b.initiative_type
        and a.entity_id < b.entity_id
    where a.site = b.site or a.municipality_code = b.municipality_code or a.is_generic or b.is_generic
    union
    select a.entity_id, b.entity_id
    from named a
    join named b
        on a.province_code = b.province_code
        and a.initiative_family = b.initiative_family
        and a.entity_id < b.entity_id
    where list_has_any(a.name_words, b.name_words)
        or contains(a.name_words_joined, b.name_words_joined)
        or contains(b.name_words_joined, a.name_words_joined)
    union
    select entity_a, entity_b from share_a_company
    where both_state_totals  -- a company links two reports only beside totals that restate each other
    union
    select entity_a, entity_b from name_word_of_a_site
),

flagged as (  -- before the entities' columns are joined: joining on those wide rows took seconds
    select
        c.entity_a,
        c.entity_b,
        sa.entity_a is not null as share_an_article,
        sc.entity_a is not null as share_a_company,
        ns.entity_a is not null as name_word_of_a_site
    from candidates c
    left join share_an_article sa on sa.entity_a = c.entity_a and sa.entity_b = c.entity_b
    left join share_a_company sc on sc.entity_a = c.entity_a and sc.entity_b = c.entity_b
    left join name_word_of_a_site ns on ns.entity_a = c.entity_a and ns.entity_b = c.entity_b
),

pairs as (
    select
        a.entity_id as entity_a,
        b.entity_id as entity_b,
        a.province_code,
        a.initiative_type = b.initiative_type as same_type,
        (a.initiative_type = 'other') <> (b.initiative_type = 'other') as centre_and_facility,
        len(list_intersect(a.name_words, b.name_words)) as shared_words,
        -- all one name's words in the other's, one of them long: a name's own ('인재양성' of a centre renamed a
        -- '특성화 인재양성' campus), not a word everyone uses ('실증') nor one of several ('융합연구' of two centres)
        len(list_filter(list_intersect(a.name_words, b.name_words), lambda w: length(w) >= 4)) > 0
            and (list_has_all(a.name_words, b.name_words) or list_has_all(b.name_words, a.name_words))
            as share_a_long_word,
        a.name_words_joined = b.name_words_joined as same_words,
        c.share_an_article,
        a.site is not null and a.site = b.site as same_site,
        a.site is not null and b.site is not null and a.site <> b.site as site_conflict,
        a.municipality_code is not null and a.municipality_code = b.municipality_code as same_municipality,
        a.municipality_code is not null and b.municipality_code is not null
            and a.municipality_code <> b.municipality_code as municipality_conflict,
        (len(a.name_words) > 0 and len(b.name_words) > 0 and (
            list_has_any(a.name_words, b.name_words)
            or contains(a.name_words_joined, b.name_words_joined)
            or contains(b.name_words_joined, a.name_words_joined)
        )) or c.name_word_of_a_site as words_agree,
        len(a.name_words) > 0 and len(b.name_words) > 0 as both_named,
        len(a.name_words) > 0 and a.name_key = b.name_key as same_full_name,
        len(a.name_words) = 0 and len(b.name_words) = 0 and a.site is null and b.site is null as both_unnamed,
        a.is_generic or b.is_generic as either_generic,
        a.is_generic and b.is_generic and a.name_key = b.name_key as same_generic_name,
        (a.site is not null)::int * 2 + (len(a.name_words) > 0)::int * 2 + (a.municipality_code is not null)::int as specificity_a,
        (b.site is not null)::int * 2 + (len(b.name_words) > 0)::int * 2 + (b.municipality_code is not null)::int as specificity_b,
        c.share_a_company,
        len(list_filter(a.total_amounts, lambda x: len(list_filter(b.total_amounts,
            lambda y: abs(x - y) <= 0.1 * greatest(x, y))) > 0)) > 0 as restate_a_total
    from flagged c
    join entities a on a.entity_id = c.entity_a
    join entities b on b.entity_id = c.entity_b
),

judged as (
    select
        *,
        share_an_article
            or (municipality_conflict and not same_full_name)
            or (site_conflict and not words_agree and not (share_a_company and restate_a_total))
            or (both_named and not words_agree and not (share_a_company and restate_a_total)
                and not (same_type and (same_site or same_municipality) and restate_a_total))
            or (not same_type and not words_agree and not (share_a_company and restate_a_total))
            or (centre_and_facility and shared_words < 2 and not same_words and not share_a_long_word
                and not (share_a_company and restate_a_total))
            as kept_apart
    from pairs
),

linked as (
    select
        *,
        case
            when kept_apart then null
            when words_agree or (same_type and same_site) or (same_type and same_municipality and both_unnamed)
                or (share_a_company and restate_a_total) or (same_type and same_generic_name)
                or (same_type and same_municipality and restate_a_total)
                or (same_type and either_generic and restate_a_total) then 'strong'
            when same_type and (same_municipality or either_generic) and specificity_a <> specificity_b then 'weak'
        end as link
    from judged
)

select
    * exclude (specificity_a, specificity_b, centre_and_facility, shared_words, share_a_long_word, same_words, same_full_name),
    case when link = 'weak' then case when specificity_a < specificity_b then entity_a else entity_b end end as weak_from,
    concat_ws(', ',
        case when words_agree then 'same name words' end,
        case when same_generic_name then 'same name' end,
        case when same_site then 'same site' end,
        case when same_municipality then 'same municipality' end,
        case when share_a_company then 'same company' end,
        case when restate_a_total then 'totals restate each other' end,
        case when same_type then 'same type' end
    ) as evidence
from linked
