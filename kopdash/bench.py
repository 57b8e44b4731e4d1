"""`python -m kopdash bench`: how fast every query and page is on the store in KOPDASH_DATA_DIR.

Prints, for every named query, the median of N runs on a freshly opened store (cold) and on a store
already in use (warm); for every page, the median server-side render (AppTest) with an emptied data
cache, and the peak memory of the process that rendered them; the store's row count; the same
aggregation done by loading the store with pandas, as a ratio from the same run; and an import of a
200,000-row snapshot with its rollup. Then whether each target holds.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kopdash.domain.pages import PAGES

TARGETS = {"query_ms": 50, "page_s": 1.0, "pandas_ratio": 50, "rss_mb": 1024, "import_s": 10}
ROOT = Path(__file__).resolve().parent.parent


def _median_ms(run, times: int) -> float:
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def sample_parameters(store) -> dict:
    """Representative arguments: the region with most rows, its latest snapshot, a programme, a NIK."""
    from kopdash import queries

    calendar = queries.snapshot_calendar(store)
    busiest = calendar.sort_values("row_count").iloc[-1]
    region, latest = busiest["region_code"], busiest["last_snapshot"].date()
    dates = list(queries.region_snapshots(store, region)["snapshot_date"].dt.date)
    programmes = queries.programme_regions(store)
    programme_row = programmes.iloc[0] if len(programmes) else None
    first = store.query("SELECT nik, district FROM unit_rows LIMIT 1", units={region: [latest]}).iloc[0]
    nik = first["nik"]
    return {
        "region": region,
        "latest": latest,
        "previous": dates[-2] if len(dates) > 1 else latest,
        "programme": None if programme_row is None else programme_row["programme"],
        "programme_region": None if programme_row is None else programme_row["region_code"],
        "nik": nik,
        "district": first["district"],
        "year_ago": dates[max(0, len(dates) - 13)],
    }


def query_calls(p: dict) -> dict:
    """Every named query, called as its page calls it."""
    from kopdash import queries
    from kopdash.domain.rules import due_year
    from kopdash.present.comparison import LADDER

    calls = {
        "region_status_as_of": lambda s: queries.region_status_as_of(s, p["latest"]),
        "status_trend": lambda s: queries.status_trend(s, p["latest"], [p["region"]]),
        "total_trend": lambda s: queries.total_trend(s, p["latest"]),
        "snapshot_calendar": lambda s: queries.snapshot_calendar(s),
        "snapshot_dates": lambda s: queries.snapshot_dates(s),
        "region_rules": lambda s: queries.region_rules(s),
        "published_figures": lambda s: queries.published_figures(s),
        "published_only_regions": lambda s: queries.published_only_regions(s),
        "region_targets": lambda s: queries.region_targets(s),
        "published_vs_registry": lambda s: queries.published_vs_registry(s),
        "programme_ladder": lambda s: queries.programme_ladder(
            s, "koperasi_merah_putih", p["latest"], list(LADDER)
        ),
        "region_snapshots": lambda s: queries.region_snapshots(s, p["region"]),
        "status_by": lambda s: queries.status_by(s, p["region"], p["latest"], "district"),
        "recent_contacts": lambda s: queries.recent_contacts(
            s, p["region"], p["latest"] - dt.timedelta(days=365), p["latest"]
        ),
        "district_status": lambda s: queries.district_status(s, p["region"], p["latest"]),
        "village_status": lambda s: queries.village_status(s, p["region"], p["latest"]),
        "cooperative_search": lambda s: queries.cooperative_search(
            s, "maju", p["latest"], list(queries.snapshot_calendar(s)["region_code"])
        ),
        "rat_compliance": lambda s: queries.rat_compliance(
            s, p["region"], p["latest"], due_year(p["latest"])
        ),
        "data_quality": lambda s: queries.data_quality(s, p["region"], p["latest"]),
        "district_totals": lambda s: queries.district_totals(s, p["region"], p["district"], p["latest"]),
        "cooperative_list": lambda s: queries.cooperative_list(s, p["region"], p["latest"], sort="status"),
        "cooperative_history": lambda s: queries.cooperative_history(s, p["nik"], p["region"]),
        "transition_counts": lambda s: queries.transition_counts(s, p["region"], p["year_ago"], p["latest"]),
        "transition_list": lambda s: queries.transition_list(
            s, p["region"], p["year_ago"], p["latest"], "aktif", "kurang_aktif"
        ),
        "early_warning_candidates": lambda s: queries.early_warning_candidates(s, p["region"], p["latest"]),
        "early_warning_history": lambda s: queries.early_warning_history(s, p["region"], p["latest"]),
        "programme_regions": lambda s: queries.programme_regions(s),
        "event_counts": lambda s: queries.event_counts(s),
        "obstacle_counts": lambda s: queries.obstacle_counts(s),
        "quarterly_reports": lambda s: queries.quarterly_reports(s, p["region"]),
        "cooperative_events": lambda s: queries.cooperative_events(s, p["nik"], p["region"]),
        "nik_regions": lambda s: queries.nik_regions(s, p["nik"]),
        "reported_status_differences": lambda s: queries.reported_status_differences(
            s, [(p["region"], p["latest"])]
        ),
        "intervention_outcomes": lambda s: queries.intervention_outcomes(s, p["region"], "pelatihan"),
    }
    if p["programme"]:
        calls["programme_cooperatives"] = lambda s: queries.programme_cooperatives(
            s, p["programme"], p["programme_region"], p["latest"]
        )
    return calls


def bench_queries(root: str, runs: int) -> tuple[dict, dict, float]:
    from kopdash.store import Store

    opened = []
    open_ms = _median_ms(lambda: opened.append(Store(root)), runs)
    store = opened[-1]
    parameters = sample_parameters(store)
    results = {}
    for name, call in query_calls(parameters).items():
        cold = statistics.median(_median_ms(lambda s=fresh, c=call: c(s), 1) for fresh in opened[:runs])
        call(store)
        warm = _median_ms(lambda c=call: c(store), runs)
        results[name] = {"cold_ms": round(cold, 1), "warm_ms": round(warm, 1)}
    return results, parameters, round(open_ms, 1)


def pages_in_subprocess(root: str, runs: int, parameters: dict) -> dict:
    """Render every page in a process of its own, so its peak memory is the app's, not the bench's."""
    env_root = json.dumps({"root": root, "runs": runs, "p": {k: str(v) for k, v in parameters.items()}})
    output = subprocess.run(
        [sys.executable, "-m", "kopdash.bench", "--pages", env_root],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1800,
        env={**__import__("os").environ, "KOPDASH_DATA_DIR": root},
    )
    if output.returncode:
        raise RuntimeError(output.stderr[-2000:])
    return json.loads(output.stdout.strip().splitlines()[-1])


def page_parameters(p: dict) -> dict[str, dict]:
    """The URL each page of the registry is opened with: the busiest region, its latest snapshot, a
    programme, a NIK."""
    wanted = {
        "overview": {"date": p["latest"]},
        "region": {"region": p["region"], "date": p["latest"]},
        "programme": {"programme": p["programme"], "region": p["programme_region"], "date": p["latest"]},
        "cooperative": {"nik": p["nik"], "region": p["region"], "date": p["latest"]},
        "transitions": {"region": p["region"], "dari": p["year_ago"], "sampai": p["latest"]},
        "early_warning": {"region": p["region"], "date": p["latest"]},
        "comparison": {"date": p["latest"]},
        "meeting": {"mode": "rapat", "date": p["latest"]},
        "about": {},
        "importing": {},
        "rules": {},
        "import_events": {},
        "interventions": {"region": p["region"]},
        "map": {"region": p["region"], "date": p["latest"]},
    }
    return {page.name: wanted[page.name] for page in PAGES}  # every page of the registry, none twice


def pandas_baseline(root: str) -> float:
    """Seconds to answer the overview's question the plain way: load every snapshot with pandas, group."""
    import pandas as pd

    started = time.perf_counter()
    frame = pd.read_parquet(Path(root) / "registry", columns=["region_code", "snapshot_date", "status"])
    frame.groupby(["region_code", "snapshot_date", "status"]).size()
    return time.perf_counter() - started


def bench_import(root: str, region: str, rows: int = 200_000) -> float:
    """Seconds to import a `rows`-row export for one region, rollup and NIK index included."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import import_200k

    from kopdash.ingest import flow
    from kopdash.store import rollup
    from kopdash.store.import_log import Origin

    scratch = Path(tempfile.mkdtemp(prefix="kopdash-bench-import-"))
    try:
        for name in ("regions.csv", "rule_profiles.csv"):
            shutil.copy(Path(root) / name, scratch / name)
        for folder, path in (
            (rollup.ROLLUP_DIR, rollup.rollup_path(region)),
            (rollup.NIK_DIR, rollup.nik_path(region)),
        ):
            if (Path(root) / path).exists():
                (scratch / folder).mkdir(exist_ok=True)
                shutil.copy(Path(root) / path, scratch / path)
        export = scratch / "export.csv"
        import_200k.write_csv(export, rows, region)
        started = time.perf_counter()  # as the import command runs: read in the isolated reader, then commit
        arguments = {"region_code": region, "snapshot_date": dt.date(2025, 12, 31)}
        request = flow.Request("registry", export.name, str(scratch), path=export, arguments=arguments)
        flow.apply(request, flow.read(request), Origin.command("bench"))
        return time.perf_counter() - started
    finally:
        shutil.rmtree(scratch)


def import_in_subprocess(root: str, region: str, rows: int) -> float:
    """Time the import in a process of its own, as the import command runs, away from the bench's heap."""
    output = subprocess.run(
        [
            sys.executable,
            "-m",
            "kopdash.bench",
            "--import",
            json.dumps({"root": root, "region": region, "rows": rows}),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1800,
    )
    if output.returncode:
        raise RuntimeError(output.stderr[-2000:])
    return float(output.stdout.strip().splitlines()[-1])


def main(runs: int = 5, import_rows: int = 200_000) -> int:
    from kopdash.store import Store, data_root

    root = str(data_root())
    store = Store(root)
    rows = int(store.query("SELECT sum(cooperatives) AS n FROM status_counts")["n"][0] or 0)
    regions = len(store.query("SELECT DISTINCT region_code FROM status_counts"))
    snapshots = len(store.query("SELECT DISTINCT snapshot_date FROM status_counts"))
    print(f"store: {root}\nrows: {rows:,} · regions: {regions} · snapshot dates: {snapshots} · runs: {runs}")
    queries, parameters, open_ms = bench_queries(root, runs)
    print(f"\nopening the store (loading rollups and the NIK index): median {open_ms} ms")
    print(f"\n{'query':<26}{'cold ms':>10}{'warm ms':>10}")
    for name, result in queries.items():
        print(f"{name:<26}{result['cold_ms']:>10}{result['warm_ms']:>10}")
    pages = pages_in_subprocess(root, runs, parameters)
    print(f"\n{'page (AppTest, cold data cache)':<34}{'median s':>10}")
    for name, seconds in pages["pages_s"].items():
        print(f"{name:<34}{seconds:>10}")
    print(f"peak memory of the process rendering the pages: {pages['rss_mb']} MB")
    baseline = pandas_baseline(root)
    overview_ms = queries["region_status_as_of"]["warm_ms"]
    ratio = baseline * 1000 / max(overview_ms, 0.001)
    print(
        f"\npandas load-and-group of the store: {baseline:.1f} s; kopdash overview query: {overview_ms} ms; "
        f"ratio {ratio:,.0f}x"
    )
    imported = import_in_subprocess(root, parameters["region"], import_rows)
    print(f"importing a {import_rows:,}-row snapshot with its rollup: {imported:.1f} s")
    worst_query = max(max(r["cold_ms"], r["warm_ms"]) for r in queries.values())
    checks = {
        f"every query median <= {TARGETS['query_ms']} ms (worst {worst_query} ms)": worst_query
        <= TARGETS["query_ms"],
        f"every page <= {TARGETS['page_s']} s (worst {max(pages['pages_s'].values())} s)": max(
            pages["pages_s"].values()
        )
        <= TARGETS["page_s"],
        f">= {TARGETS['pandas_ratio']}x faster than pandas ({ratio:,.0f}x)": ratio >= TARGETS["pandas_ratio"],
        f"app memory <= {TARGETS['rss_mb']} MB ({pages['rss_mb']} MB)": pages["rss_mb"] <= TARGETS["rss_mb"],
        f"{import_rows:,}-row import <= {TARGETS['import_s']} s ({imported:.1f} s)": imported
        <= TARGETS["import_s"],
    }
    print()
    for target, met in checks.items():
        print(f"{'MET ' if met else 'MISSED'}  {target}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--pages":
        arguments = json.loads(sys.argv[2])
        from kopdash.ui.page_timing import render_pages

        print(json.dumps(render_pages(arguments["runs"], page_parameters(arguments["p"]))))
    elif len(sys.argv) > 2 and sys.argv[1] == "--import":
        arguments = json.loads(sys.argv[2])
        print(bench_import(arguments["root"], arguments["region"], arguments["rows"]))
    else:
        raise SystemExit(main())
