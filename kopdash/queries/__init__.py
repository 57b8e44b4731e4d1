"""Named, parameterised queries: one per result set, named for what it returns, grouped by page.

Aggregates read the `registry_counts` view, never unit rows; unit-row queries filter one region's
snapshot. Counts end in `_count`, shares in `pct_`. Identifiers (a dimension to group by, a sort
column) come from allowlists in the modules, never from the caller's text.
"""

from kopdash.queries.overview import (
    published_figures,
    region_rules,
    region_status_as_of,
    snapshot_calendar,
    status_trend,
)

__all__ = [
    "published_figures",
    "region_rules",
    "region_status_as_of",
    "snapshot_calendar",
    "status_trend",
]
