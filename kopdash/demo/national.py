"""The national-scale demo (`python -m kopdash demo --scale national`): 520 kabupaten/kota,
213,200 cooperatives plus 80,080 Koperasi Merah Putih, 96 month-end snapshots (2018-2025), over 19
million rows. Each region is simulated and written on its own, with numpy, so memory holds one region
at a time; two processes share the regions.

The figures are synthetic throughout: not calibrated to any article (that is the small demo's job).
The five regions of the articles keep their real codes and names; the others have synthetic names.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from kopdash.demo.regions import PROFILES
from kopdash.demo.regions import REGIONS as ARTICLE_REGIONS
from kopdash.domain import schema
from kopdash.domain.rules import DEFAULT_PROFILE, derive
from kopdash.store import rollup, writer

SEED = 20251105
EPOCH = np.datetime64("1970-01-01")
SNAPSHOTS = [d.date() for d in pd.date_range("2018-01-31", periods=96, freq="ME")]  # Jan 2018 - Dec 2025
FISCAL_YEARS = np.arange(2005, 2025)  # RATs held in 2006 .. 2025
PROVINCES = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
}
KINDS = np.array(["simpan_pinjam", "konsumen", "produsen", "pemasaran", "jasa"])
SEGMENTS = np.array(["masyarakat", "pegawai", "perusahaan", "kud", "kopwan", "koppontren"])
WORDS = np.array(
    [
        "Sejahtera",
        "Makmur",
        "Bersama",
        "Mandiri",
        "Maju",
        "Jaya",
        "Sentosa",
        "Abadi",
        "Berkah",
        "Mulia",
        "Karya",
        "Bina",
        "Usaha",
        "Sumber",
        "Rejeki",
        "Harapan",
        "Amanah",
        "Lestari",
    ]
)
SYLLABLES = np.array(
    [
        "Suka",
        "Mekar",
        "Karang",
        "Sido",
        "Tegal",
        "Sumber",
        "Jati",
        "Wono",
        "Pasir",
        "Cipta",
        "jaya",
        "maju",
        "mulya",
        "sari",
        "rejo",
        "harjo",
        "asih",
        "wangi",
        "agung",
        "makmur",
    ]
)


def regions(count: int = 520) -> pd.DataFrame:
    """The reference table: the five article regions with their real names, the rest synthetic."""
    real = {p.region_code: (p.name, p.kind, p.province) for p in ARTICLE_REGIONS}
    rows, codes = [], sorted(PROVINCES)
    per_province = -(-count // len(codes))
    for province in codes:
        for number in range(1, per_province + 1):
            kind = "kota" if number > per_province - 3 else "kabupaten"
            code = f"{province}.{(70 + number) if kind == 'kota' else number:02d}"
            name = (
                f"{'Kota' if kind == 'kota' else 'Kabupaten'} {PROVINCES[province]} {number:02d} (sintetis)"
            )
            rows.append((code, name, kind, PROVINCES[province], DEFAULT_PROFILE.rule_profile))
    table = pd.DataFrame(rows, columns=list(schema.REGION_COLUMNS)).head(count)
    for code, (name, kind, province) in real.items():  # the article regions, as themselves
        if code in set(table["region_code"]):
            table.loc[table["region_code"] == code, ["name", "kind", "province"]] = [name, kind, province]
        else:
            table.iloc[-1] = [code, name, kind, province, DEFAULT_PROFILE.rule_profile]
            table = table.sort_values("region_code").reset_index(drop=True)
    return table.sort_values("region_code").reset_index(drop=True)


def _days(dates) -> np.ndarray:
    return (np.array(dates, dtype="datetime64[D]") - EPOCH).astype(np.int64)


def _names(rng, prefix: str, count: int) -> np.ndarray:
    a, b = rng.choice(WORDS, count), rng.choice(WORDS, count)
    return np.array([f"{prefix} {x} {y} {i + 1}" for i, (x, y) in enumerate(zip(a, b, strict=True))])


def simulate_region(code: str, root: str, regular: int, kmp_villages: int) -> int:
    """Simulate one region's cooperatives and write its 96 snapshots, rollup and NIK index; return rows."""
    rng = np.random.default_rng([SEED, int(code.replace(".", ""))])
    districts = np.array([f"{rng.choice(SYLLABLES[:10])}{rng.choice(SYLLABLES[10:])}" for _ in range(12)])
    villages = np.array(
        [
            f"{rng.choice(SYLLABLES[:10])}{rng.choice(SYLLABLES[10:])} {i + 1}"
            for i in range(max(kmp_villages, 40))
        ]
    )
    n = regular + kmp_villages
    kmp = np.arange(n) >= regular
    founded = np.where(
        kmp,
        _days(["2025-05-15"]) + rng.integers(0, 70, n),
        np.where(
            rng.random(n) < 0.88,
            _days(["1975-01-01"]) + rng.integers(0, 42 * 365, n),
            _days(["2018-01-01"]) + rng.integers(0, 8 * 365, n),
        ),
    )
    founded_year = founded.astype("datetime64[D]").astype("datetime64[Y]").astype(int) + 1970
    # Yearly health: 0 sehat, 1 lemah, 2 mati; each fiscal year's RAT held with the state's chance.
    state = rng.choice(3, n, p=[0.6, 0.25, 0.15])
    held_on = np.full((n, len(FISCAL_YEARS)), np.iinfo(np.int64).max, dtype=np.int64)
    operating_by_year = np.zeros((n, len(FISCAL_YEARS) + 1), dtype=bool)
    for column, fiscal_year in enumerate(FISCAL_YEARS):
        move = rng.random(n)
        state = np.where(
            state == 0,
            np.where(move < 0.08, 1, 0),
            np.where(
                state == 1, np.where(move < 0.25, 0, np.where(move < 0.42, 2, 1)), np.where(move < 0.06, 1, 2)
            ),
        )
        chance = np.choose(state, [0.93, 0.5, 0.03])
        held = (rng.random(n) < chance) & (founded_year <= fiscal_year) & ~kmp
        day = _days([f"{fiscal_year + 1}-02-01"]) + np.where(
            rng.random(n) < 0.85, rng.integers(0, 150, n), rng.integers(150, 300, n)
        )
        held_on[:, column] = np.where(held, day, held_on[:, column])
        operating_by_year[:, column + 1] = np.choose(
            state, [np.ones(n, bool), rng.random(n) < 0.75, rng.random(n) < 0.15]
        )
    unknown = rng.random(n) < 0.03
    kmp_start = np.where(
        rng.random(n) < 0.18, _days(["2025-08-01"]) + rng.integers(0, 150, n), np.iinfo(np.int64).max
    )
    dissolved = np.where(
        (state == 2) & (rng.random(n) < 0.35) & ~kmp,
        _days(["2019-01-01"]) + rng.integers(0, 7 * 365, n),
        np.iinfo(np.int64).max,
    )
    members = np.maximum(5, rng.lognormal(4.2, 0.8, n)).astype(np.int32)
    nik = np.array([f"{code.replace('.', '')}{i:012d}" for i in rng.permutation(10**6)[:n]])
    order = np.argsort(nik)  # every snapshot file is sorted by NIK: sort the cooperatives once
    names = np.where(
        kmp,
        np.array([f"Koperasi Desa Merah Putih {v}" for v in villages[np.arange(n) % len(villages)]]),
        _names(rng, "Koperasi", n),
    )
    village = np.where(
        kmp, villages[(np.arange(n) - regular) % len(villages)], villages[rng.integers(0, 40, n)]
    )
    static = {
        "nik": nik,
        "name": names,
        "district": districts[rng.integers(0, len(districts), n)],
        "village": village,
        "kind": KINDS[rng.integers(0, 5, n)],
        "segment": SEGMENTS[rng.choice(6, n, p=[0.55, 0.2, 0.06, 0.08, 0.07, 0.04])],
        "programme": np.where(kmp, "koperasi_merah_putih", None),
    }
    static = {column: pa.array(values[order], pa.string()) for column, values in static.items()}
    founded, founded_days = founded[order], founded[order].astype("datetime64[D]")
    held_on, operating_by_year, kmp = held_on[order], operating_by_year[order], kmp[order]
    unknown, kmp_start, dissolved, members = (
        unknown[order],
        kmp_start[order],
        dissolved[order],
        members[order],
    )

    pieces, first_seen, last_seen, rows = [], np.full(n, -1), np.full(n, -1), 0
    for number, snapshot in enumerate(SNAPSHOTS):
        today = _days([snapshot])[0]
        index = np.nonzero(founded <= today)[0]
        seen = held_on[index] <= today
        any_held = seen.any(axis=1)
        last = np.where(any_held, FISCAL_YEARS[len(FISCAL_YEARS) - 1 - np.argmax(seen[:, ::-1], axis=1)], 0)
        year_column = int(np.clip(snapshot.year - FISCAL_YEARS[0], 0, len(FISCAL_YEARS)))
        operating = np.where(kmp[index], kmp_start[index] <= today, operating_by_year[index, year_column])
        ended = np.where(dissolved[index] <= today, dissolved[index], np.iinfo(np.int64).max)
        rule_input = pd.DataFrame(
            {
                "established_on": founded_days[index],
                "last_rat_year": pd.array(np.where(any_held, last, 0), dtype="Int64"),
                "operating": pd.array(operating, dtype="boolean"),
                "dissolved_on": np.where(ended < np.iinfo(np.int64).max, ended, np.iinfo(np.int64).min)
                .astype("datetime64[D]")
                .astype("datetime64[s]"),
            }
        )
        rule_input.loc[~any_held, "last_rat_year"] = pd.NA
        rule_input.loc[unknown[index], "operating"] = pd.NA
        rule_input.loc[ended == np.iinfo(np.int64).max, "dissolved_on"] = pd.NaT
        derived = derive(rule_input, snapshot, DEFAULT_PROFILE)
        status = pa.array(derived["status"].to_numpy(), pa.string())
        candidate = pa.array(derived["dissolution_candidate"].to_numpy())
        reported = pa.array(rng.random(len(index)) < 0.8)
        size = len(index)
        columns = {
            "snapshot_date": pa.array([snapshot] * size, pa.date32()),
            "region_code": pa.array([code] * size, pa.string()),
            **{column: static[column].take(index) for column in ("nik", "name", "district", "village")},
            "established_on": pa.array(founded_days[index], pa.date32()),
            **{column: static[column].take(index) for column in ("kind", "segment", "programme")},
            "last_rat_year": pa.array(rule_input["last_rat_year"], pa.int32()),
            "rat_reported": reported,
            "operating": pa.array(rule_input["operating"], pa.bool_()),
            "members": pa.array(members[index], pa.int32()),
            "status": status,
            "dissolution_candidate": candidate,
            "dissolved_on": pa.array(rule_input["dissolved_on"], pa.date32()),
            "rule_profile": pa.array([DEFAULT_PROFILE.rule_profile] * size, pa.string()),
            "rule_thresholds": pa.array([DEFAULT_PROFILE.thresholds] * size, pa.string()),
        }
        table = pa.Table.from_arrays(
            [
                columns[f.name] if f.name in columns else pa.nulls(size, f.type)
                for f in schema.REGISTRY_SCHEMA
            ],
            schema=schema.REGISTRY_SCHEMA,
        )
        target = Path(root) / schema.snapshot_path(code, snapshot)
        target.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, target, compression="zstd")  # a fresh folder: no reader to protect yet
        pieces.append(
            table.select(
                [
                    "snapshot_date",
                    "programme",
                    "kind",
                    "segment",
                    "status",
                    "rat_reported",
                    "dissolution_candidate",
                ]
            )
        )
        first_seen[index] = np.where(first_seen[index] < 0, number, first_seen[index])
        last_seen[index] = number
        rows += size
    every = pa.concat_tables(pieces).to_pandas()
    dates = np.array(SNAPSHOTS, dtype=object)
    known = first_seen >= 0
    niks = pd.DataFrame(
        {
            "nik": static["nik"].to_numpy(zero_copy_only=False)[known],
            "first_snapshot": dates[first_seen[known]],
            "last_snapshot": dates[last_seen[known]],
        }
    )
    writer.write_region_index(Path(root), code, rollup.counts(every, code), niks)
    return rows


def generate(
    root: Path,
    progress: Callable[[str], None] = print,
    count: int = 520,
    regular: int = 410,
    kmp_villages: int = 154,
    workers: int = 2,
) -> dict[str, int]:
    """Write the national demo into `root` (emptied of any earlier demo); return rows per region."""
    from kopdash.demo.bundled import _prepare

    root = Path(root)
    _prepare(root)
    table = regions(count)
    writer.write_csv(root, schema.REGIONS_FILE, table)
    writer.write_csv(
        root,
        schema.RULE_PROFILES_FILE,
        pd.DataFrame([vars(p) for p in PROFILES], columns=list(schema.RULE_PROFILE_COLUMNS)),
    )
    writer.write_csv(root, schema.PUBLISHED_FILE, pd.DataFrame(columns=list(schema.PUBLISHED_COLUMNS)))
    info = {
        "kind": "demo",
        "scale": "national",
        "generator": "python -m kopdash demo --scale national",
        "seed": SEED,
        "format_version": 1,
    }
    writer.write_text(root, schema.STORE_INFO_FILE, json.dumps(info, indent=2) + "\n")
    written = {}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        jobs = {
            code: pool.submit(simulate_region, code, str(root), regular, kmp_villages)
            for code in table["region_code"]
        }
        for number, (code, job) in enumerate(jobs.items(), start=1):
            written[code] = job.result()
            if number % 20 == 0 or number == len(jobs):
                progress(f"{number}/{len(jobs)} regions, {sum(written.values()):,} rows")
    writer.write_csv(root, schema.PUBLISHED_FILE, published_figures(root))
    writer.write_text(root, rollup.VERSION_FILE, f"demo-national:{SEED}\n")
    return written


def published_figures(root: Path) -> pd.DataFrame:
    """Figures as offices publish them, for every region at every year end: the registry's counts, some
    rounded to tens and flagged approximate, as a portal's table would give them (thousands of figures,
    the load the comparison page must bear)."""
    from kopdash.store import Store

    totals = Store(root).query(
        "SELECT region_code, snapshot_date, registered_count, aktif_count FROM snapshot_totals "
        "WHERE month(snapshot_date) = 12 ORDER BY region_code, snapshot_date"
    )
    rng = np.random.default_rng(SEED + 7)
    rows = []
    for row in totals.itertuples():
        for metric, value in (("registered", row.registered_count), ("aktif", row.aktif_count)):
            rounded = bool(rng.random() < 0.2)
            rows.append(
                {
                    "region_code": row.region_code,
                    "as_of": row.snapshot_date,
                    "programme": None,
                    "metric": metric,
                    "value": int(round(value, -1)) if rounded else int(value),
                    "approximate": rounded,
                    "source_title": f"Profil koperasi {row.snapshot_date.year} (demo, sintetis)",
                    "source_publisher": "Dinas Koperasi (demo)",
                    "source_url": None,
                }
            )
    return pd.DataFrame(rows, columns=list(schema.PUBLISHED_COLUMNS))
