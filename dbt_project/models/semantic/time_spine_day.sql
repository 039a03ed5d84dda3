-- One row per day from 2000 to 2040: the calendar MetricFlow places time dimensions on.
select cast(range as date) as date_day
from range(date '2000-01-01', date '2041-01-01', interval 1 day)
