{{ config(materialized='table') }}
-- Each article initiative resolved to one initiative across articles: entities joined by strong
-- links form groups (connected components), but for the links by place alone of a report that names nothing of its
-- own to two projects told apart; a group that names nothing of its own (no site, no
-- name words) and is weakly linked to exactly one group that says more joins it. The key is the hash of the group's smallest entity id, so it is the same on every
-- build of the same data.
with recursive entities as (
    select * from {{ ref('int_initiative_entities') }}
),

links as (
    select * from {{ ref('int_initiative_links') }}
    where link is not null
),

strong_ends as (  -- each strong link, from both ends
    select entity_a as a, entity_b as b from links where link = 'strong'
    union all
    select entity_b, entity_a from links where link = 'strong'
),

placed_ends as (  -- …of those, the links by place alone (no name word, company or total shared) of a report
    -- naming nothing of its own
    select s.a, s.b
    from strong_ends s
    join entities e on e.entity_id = s.a and len(e.name_words) = 0
    join links l on l.entity_a = least(s.a, s.b) and l.entity_b = greatest(s.a, s.b)
    where not (l.words_agree or l.share_a_company or l.restate_a_total)
),

kept_apart as (  -- each pair told apart, from both ends
    select entity_a as p, entity_b as q from {{ ref('int_initiative_links') }} where kept_apart
    union all
    select entity_b, entity_a from {{ ref('int_initiative_links') }} where kept_apart
),

neighbours as (  -- each such report's strong neighbours, as one list
    select a, list(b) as ns from strong_ends where a in (select a from placed_ends) group by a
),

apart_from as (  -- each project's list of the projects told apart from it
    select p, list(q) as qs from kept_apart group by p
),

cuts as (  -- such a report, linked to two projects told apart ('송도 데이터센터' beside both the '스마트시티
    -- 통합데이터센터' and the '한빛 AI 캠퍼스' at 송도): its links to them by place alone join nothing (a list
    -- intersection per link: joining the pairs row by row grew with a report's links times a project's apart pairs)
    select x.a, x.b
    from placed_ends x
    join neighbours n on n.a = x.a
    join apart_from ap on ap.p = x.b
    where len(list_intersect(n.ns, ap.qs)) > 0
),

strong_edges as (
    select s.a, s.b
    from strong_ends s
    anti join cuts c on c.a = s.a and c.b = s.b
    anti join cuts d on d.a = s.b and d.b = s.a
),

-- Each entity's group is the smallest id it reaches by strong links. One row per entity (USING
-- KEY): each round, an entity takes the smallest label among the neighbours whose label changed
-- in the round before, when that is smaller than its own. (Keeping every entity and label it
-- reaches instead grew with the square of a group's size: 3 s at 20,000 articles, now 0.2 s.)
walk(entity_id, label) using key (entity_id) as (
    select entity_id, entity_id from entities
    union
    select e.b, min(w.label)
    from walk w
    join strong_edges e on e.a = w.entity_id
    join recurring.walk current_label on current_label.entity_id = e.b
    group by e.b, current_label.label
    having min(w.label) < current_label.label
),

strong_groups as (
    select entity_id, label as group_id from walk
),

weak_candidates as (  -- the other groups a group could join: it says less than each of them
    select distinct gf.group_id as from_group, gt.group_id as to_group
    from links l
    join strong_groups gf on gf.entity_id = l.weak_from
    join strong_groups gt on gt.entity_id = case when l.weak_from = l.entity_a then l.entity_b else l.entity_a end
    where l.link = 'weak' and gf.group_id <> gt.group_id
),

named_groups as (  -- groups where some report gives a site or name words never move
    select distinct g.group_id
    from strong_groups g
    join entities e on e.entity_id = g.entity_id
    where e.site is not null or len(e.name_words) > 0
),

single_candidate as (
    select from_group, min(to_group) as to_group
    from weak_candidates
    where from_group not in (select group_id from named_groups)
    group by from_group
    having count(*) = 1
),

joined as (  -- a pair that chose each other keeps the smaller id; otherwise the chooser moves
    select
        g.entity_id,
        case
            when s.to_group is null then g.group_id
            when back.to_group = g.group_id then least(g.group_id, s.to_group)
            else s.to_group
        end as resolved_group
    from strong_groups g
    left join single_candidate s on s.from_group = g.group_id
    left join single_candidate back on back.from_group = s.to_group
),

nodes as (
    select * from {{ ref('int_article_initiatives') }}
)

select
    n.node_id,
    n.article_id,
    n.initiative_index,
    md5(coalesce(j.resolved_group, n.node_id)) as initiative_key,
    coalesce(n.signature, n.node_id) as entity_id
from nodes n
left join joined j on j.entity_id = coalesce(n.signature, n.node_id)
