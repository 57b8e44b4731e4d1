"""The bundled demo store, generated from a fixed seed (`python -m kopdash demo`).

The statuses written to the store are always re-derived by the rule from the built histories, never
copied from the plan, and each region's anchor is checked against its published figures before writing.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa

from kopdash.demo import interventions
from kopdash.demo.build import SEED, Coop, RegionBuilder
from kopdash.demo.regions import PROFILES, REGIONS, RegionPlan
from kopdash.domain import schema, wilayah
from kopdash.domain.rules import RuleProfile, derive
from kopdash.ingest import events
from kopdash.store import rollup, writer
from kopdash.store.location import Location

D = dt.date


class DemoCalibrationError(RuntimeError):
    """The generated registry does not reproduce a published figure: a bug in the generator."""


def snapshot_frame(coops: list[Coop], on: D, profile: RuleProfile) -> pd.DataFrame:
    """The registry of one region on one date, with status and candidacy derived by the rule."""
    rows = [coop.row_at(on) for coop in coops if coop.established_on <= on]
    frame = pd.DataFrame(rows)
    frame["last_rat_year"] = pd.array(frame["last_rat_year"], dtype="Int64")
    frame["operating"] = pd.array(frame["operating"], dtype="boolean")
    frame["members"] = pd.array(frame["members"], dtype="Int64")
    derived = derive(frame, on, profile)
    frame["status"] = derived["status"]
    frame["dissolution_candidate"] = derived["dissolution_candidate"]
    frame["rule_profile"] = profile.rule_profile
    frame["rule_thresholds"] = profile.thresholds
    return frame


def anchor_figures(frame: pd.DataFrame) -> dict[str, int]:
    """The published-figure metrics of one snapshot frame."""
    registered = frame[frame["status"] != "dibubarkan"]
    aktif = registered["status"] == "aktif"
    return {
        "registered": len(registered),
        "aktif": int(aktif.sum()),
        "kurang_aktif": int((registered["status"] == "kurang_aktif").sum()),
        "tidak_aktif": int((registered["status"] == "tidak_aktif").sum()),
        "not_aktif": int((~aktif).sum()),
        "dissolution_candidates": int(registered["dissolution_candidate"].sum()),
        "aktif_rat_reported": int((aktif & registered["rat_reported"]).sum()),
    }


def _check_anchor(plan: RegionPlan, frame: pd.DataFrame) -> None:
    anchor = plan.anchor
    regular = anchor_figures(frame[frame["programme"].isna()])
    expected = {
        "aktif": anchor.aktif,
        "kurang_aktif": anchor.kurang_aktif,
        "tidak_aktif": anchor.tidak_aktif,
        "dissolution_candidates": anchor.dissolution_candidates,
        "aktif_rat_reported": anchor.aktif_rat_reported,
    }
    wrong = {k: (regular[k], v) for k, v in expected.items() if v is not None and regular[k] != v}
    for cohort in plan.cohorts:
        figures = anchor_figures(frame[frame["programme"] == cohort.programme])
        wrong |= {
            f"{cohort.programme}.{metric}": (figures[metric], value)
            for metric, value, _ in cohort.published
            if figures[metric] != value
        }
    if wrong:
        raise DemoCalibrationError(f"{plan.name} on {anchor.on}: (got, expected) {wrong}")


def published_figures() -> pd.DataFrame:
    """The articles' figures as the store's published table."""
    rows = []
    for plan in REGIONS:
        for programme, target in [(None, plan.anchor)] + [(c.programme, c) for c in plan.cohorts]:
            for metric, value, approximate in target.published:
                rows.append(
                    {
                        "region_code": plan.region_code,
                        "as_of": target.source.published_on,
                        "programme": programme,
                        "metric": metric,
                        "value": value,
                        "approximate": approximate,
                        "source_title": target.source.title,
                        "source_publisher": target.source.publisher,
                        "source_url": target.source.url or None,
                    }
                )
    return pd.DataFrame(rows, columns=list(schema.PUBLISHED_COLUMNS))


class NotADemoStore(RuntimeError):
    """The target folder holds a registry that the demo generator did not write."""


def _prepare(root: Path) -> None:
    info_path = root / schema.STORE_INFO_FILE
    registry = root / schema.REGISTRY_DIR
    is_demo = info_path.exists() and json.loads(info_path.read_text()).get("kind") == "demo"
    if registry.exists() and any(registry.rglob("*.parquet")) and not is_demo:
        raise NotADemoStore(
            f"{root} already holds a registry that is not a kopdash demo; choose an empty folder"
        )
    for folder in (registry, root / rollup.ROLLUP_DIR, root / rollup.NIK_DIR, root / schema.EVENTS_DIR):
        if folder.exists():
            shutil.rmtree(folder)
    # Marked as a demo before the first file lands, so an interrupted run can simply be rerun.
    info = {"kind": "demo", "generator": "python -m kopdash demo", "seed": SEED, "format_version": 1}
    writer.write_text(root, schema.STORE_INFO_FILE, json.dumps(info, indent=2) + "\n")


# Targets show how the target line and the gap work; no office published these, and they say so.
ILLUSTRATIVE = "Contoh untuk demo, bukan target resmi"
DEMO_TARGETS = [
    ("36.04", 2024, 75.0, ILLUSTRATIVE),
    ("36.04", 2025, 78.0, ILLUSTRATIVE),
    ("33.14", 2024, 40.0, ILLUSTRATIVE),
    ("33.14", 2025, 45.0, ILLUSTRATIVE),
    ("36.73", 2025, 45.0, ILLUSTRATIVE),
]


def generate(root: Path, progress: Callable[[str], None] = lambda message: None) -> dict[str, int]:
    """Write the whole demo store into `root`; return rows written per region code."""
    root = Path(root)
    _prepare(root)
    profiles = {p.rule_profile: p for p in PROFILES}
    written = {}
    for plan in REGIONS:
        profile = profiles[plan.rule_profile]
        coops = RegionBuilder(plan, profile).build()
        frames = {}
        for snapshot_date in plan.snapshots:
            frame = snapshot_frame(coops, snapshot_date, profile)
            frame["district_code"], frame["village_code"] = wilayah.place_codes(
                plan.region_code, list(frame["district"]), list(frame["village"])
            )
            if snapshot_date == plan.anchor.on:
                _check_anchor(plan, frame)
            writer.write_snapshot(root, plan.region_code, snapshot_date, frame)
            frames[snapshot_date] = frame
        writer.write_region_summaries(root, plan.region_code, frames)
        happened = interventions.events_for(plan.region_code, frames, SEED)
        if happened is not None:
            Location(root).write_table(
                events.events_path(plan.region_code),
                pa.Table.from_pandas(happened, schema=schema.EVENT_SCHEMA, preserve_index=False),
            )
        rows = written[plan.region_code] = sum(len(f) for f in frames.values())
        progress(f"{plan.name}: {len(plan.snapshots)} snapshots, {rows} rows")
    regions = pd.DataFrame(
        [(p.region_code, p.name, p.kind, p.province, p.rule_profile) for p in REGIONS],
        columns=list(schema.REGION_COLUMNS),
    )
    writer.write_csv(root, schema.REGIONS_FILE, regions)
    writer.write_csv(
        root,
        schema.RULE_PROFILES_FILE,
        pd.DataFrame([vars(p) for p in PROFILES], columns=list(schema.RULE_PROFILE_COLUMNS)),
    )
    writer.write_csv(root, schema.PUBLISHED_FILE, published_figures())
    writer.write_csv(
        root, schema.TARGETS_FILE, pd.DataFrame(DEMO_TARGETS, columns=list(schema.TARGET_COLUMNS))
    )
    writer.write_text(root, rollup.VERSION_FILE, f"demo:{SEED}\n")  # the same demo, the same version
    return written
