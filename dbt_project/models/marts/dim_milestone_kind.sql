-- One row per kind of dated event (착공, 준공, 협약 …): its Korean label and how far an initiative
-- has come once such an event has happened.
select event_kind, label_ko, stage
from {{ ref('ref_milestone_kinds') }}
