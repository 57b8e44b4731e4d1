"""SQL fragments every query shares, written once: the status counts and % aktif."""

from __future__ import annotations

from kopdash.schema import STATUSES


def status_count_columns(measure: str = "1") -> str:
    """registered_count, one <status>_count per status and pct_aktif, summing `measure` per row.

    `measure` is `1` over unit rows, or a count column over `registry_counts`; it is never user text.
    """
    columns = [
        f"coalesce(sum({measure}) FILTER (WHERE status <> 'dibubarkan'), 0)::BIGINT AS registered_count"
    ]
    columns += [
        f"coalesce(sum({measure}) FILTER (WHERE status = '{status}'), 0)::BIGINT AS {status}_count"
        for status in STATUSES
    ]
    columns.append(
        f"round(100.0 * coalesce(sum({measure}) FILTER (WHERE status = 'aktif'), 0)"
        f" / nullif(sum({measure}) FILTER (WHERE status <> 'dibubarkan'), 0), 1) AS pct_aktif"
    )
    return ",\n           ".join(columns)


STATUS_ORDER = "CASE status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUSES)) + " END"
