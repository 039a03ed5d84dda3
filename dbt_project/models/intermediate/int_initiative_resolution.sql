{{ config(materialized='table') }}
-- Each article initiative resolved to one initiative across articles: entities joined by strong
-- links form groups (connected components); a group that names nothing of its own (no site, no
-- name words) and is weakly linked to exactly one group that says more joins it. The key is the hash of the group's smallest entity id, so it is the same on every
-- build of the same data.
with recursive entities as (
    select * from {{ ref('int_initiative_entities') }}
),

links as (
    select * from {{ ref('int_initiative_links') }}
    where link is not null
),

strong_edges as (
    select entity_a as a, entity_b as b from links where link = 'strong'
    union all
    select entity_b, entity_a from links where link = 'strong'
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
