"""Named, parameterised queries: one per result set, named for what it returns, grouped by page.

Aggregates read the `registry_counts` view, never unit rows; unit-row queries filter one region's
snapshot. Counts end in `_count`, shares in `pct_`. Identifiers (a dimension to group by, a sort
column) come from allowlists in the modules, never from the caller's text.
"""

from kopdash.queries.comparison import programme_ladder, published_vs_registry, reported_status_differences
from kopdash.queries.cooperative import cooperative_history, nik_regions
from kopdash.queries.early_warning import early_warning_candidates, early_warning_history, recent_contacts
from kopdash.queries.interventions import (
    cooperative_events,
    event_counts,
    intervention_outcomes,
    obstacle_counts,
    quarterly_reports,
)
from kopdash.queries.map import district_status, village_status
from kopdash.queries.overview import (
    published_figures,
    published_only_regions,
    region_rules,
    region_status_as_of,
    region_targets,
    snapshot_calendar,
    snapshot_dates,
    status_trend,
    total_trend,
)
from kopdash.queries.programme import programme_cooperatives, programme_regions
from kopdash.queries.region import (
    cooperative_list,
    data_quality,
    district_totals,
    rat_compliance,
    region_snapshots,
    status_by,
)
from kopdash.queries.search import cooperative_search
from kopdash.queries.transitions import transition_counts, transition_list

__all__ = [
    "region_targets",
    "recent_contacts",
    "cooperative_search",
    "district_status",
    "village_status",
    "cooperative_events",
    "event_counts",
    "intervention_outcomes",
    "obstacle_counts",
    "quarterly_reports",
    "cooperative_history",
    "cooperative_list",
    "nik_regions",
    "reported_status_differences",
    "data_quality",
    "district_totals",
    "programme_cooperatives",
    "programme_regions",
    "rat_compliance",
    "region_snapshots",
    "status_by",
    "transition_counts",
    "transition_list",
    "published_vs_registry",
    "programme_ladder",
    "early_warning_candidates",
    "early_warning_history",
    "published_figures",
    "published_only_regions",
    "region_rules",
    "region_status_as_of",
    "snapshot_calendar",
    "snapshot_dates",
    "status_trend",
    "total_trend",
]
