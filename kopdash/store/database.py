"""The snapshot store: owns the data root and the one DuckDB database every read goes through.

Aggregates are answered from tables loaded once per store version: `registry_counts` (the rollups:
counts by region x snapshot x programme x kind x segment x status) and `status_counts` (the same without
kind and segment). Unit rows are read per query, only from the snapshot files it needs (`units=`), as
the table `unit_rows`. The `registry` view over every file remains for analysts and small stores.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import threading
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from kopdash.domain import schema
from kopdash.store import reference, rollup
from kopdash.store.location import DEFAULT_DATA_ROOT, Location, data_root  # noqa: F401 (re-exported)
from kopdash.store.sql import SNAPSHOT_TOTALS

# The small CSV tables beside the registry: a change to any of them is a change of the store.
REFERENCE_FILES = (schema.REGIONS_FILE, schema.RULE_PROFILES_FILE, schema.PUBLISHED_FILE)
DATA_FOLDERS = (schema.REGISTRY_DIR, rollup.ROLLUP_DIR, rollup.NIK_DIR, schema.EVENTS_DIR)
SMALL_STORE_FILES = 2000  # above this many snapshot files, the registry view trusts kopdash's own schema
PANDAS_TYPES = {"VARCHAR": "string", "INTEGER": "Int64", "BOOLEAN": "boolean", "DATE": "string"}


def _literal(text: str) -> str:
    """A SQL string literal for a path from configuration (never from a user)."""
    return "'" + text.replace("'", "''") + "'"


def unit_table(table: pa.Table) -> pa.Table:
    """Unit rows with every documented column, typed as documented, whatever the file carried."""
    columns = {**schema.REQUIRED_COLUMNS, **schema.OPTIONAL_COLUMNS}
    arrays = []
    for name, kind in columns.items():
        if name in table.column_names:
            arrays.append(table.column(name).cast(kind))
        else:
            arrays.append(pa.nulls(table.num_rows, kind))
    return pa.Table.from_arrays(arrays, names=list(columns))


# A query that runs longer than this is interrupted: one person's heavy question must not hold the
# server's cores while every other session waits. The slowest page query on the national store takes
# 0.2 s (docs/performance.md), so the budget is fifty times that.
QUERY_BUDGET_SECONDS = 10.0


class QueryTooSlow(RuntimeError):
    """A query was interrupted at its time budget; nothing it would have returned is shown."""

    def __init__(self, seconds: float):
        super().__init__(f"query interrupted after {seconds:g} s")
        self.seconds = seconds


def store_info(location: Location) -> dict:
    """A store's self-description (store.json: kind, seed, …), read without opening the store; {} when
    it has none. A damaged file raises (OSError, ValueError)."""
    if not location.exists(schema.STORE_INFO_FILE):
        return {}
    return json.loads(location.read_bytes(schema.STORE_INFO_FILE).decode("utf-8"))


class Store:
    """One store, local or on S3, read through DuckDB; each `query` runs on its own cursor, within
    the time budget."""

    def __init__(self, root: Path | str | None = None, query_budget: float = QUERY_BUDGET_SECONDS):
        self.query_budget = query_budget
        self.location = Location(root if root is not None else data_root())
        self.root = self.location.local if self.location.local is not None else self.location.text
        self._con = duckdb.connect(":memory:")
        # Local reads stay inside the data root; S3 is read by pyarrow, DuckDB reaches nothing at all.
        allowed = str(Path(self.root).resolve()) + "/" if self.location.local is not None else "/nonexistent/"
        self._con.execute(f"SET allowed_directories=[{_literal(allowed)}]")
        self._con.execute(
            "SET parquet_metadata_cache=true"
        )  # a cooperative's history opens many files, often
        self._con.execute("SET enable_external_access=false")
        self._con.execute("SET lock_configuration=true")
        self._refresh_lock = threading.Lock()
        self._version = ""
        self.damaged: set[str] = set()  # files that could not be read (relative paths), left out
        self.reference_problems: list[str] = []  # what is wrong in regions.csv / rule_profiles.csv
        self.refresh()

    # -- reading -------------------------------------------------------------------------------
    def query(self, sql: str, /, units: dict[str, list[dt.date]] | None = None, **params) -> pd.DataFrame:
        """Run one parameterised query ($name placeholders).

        `units` names the snapshots (region -> dates) whose unit rows the query reads as `unit_rows`.
        QueryTooSlow when it runs past the store's time budget (the cursor is interrupted).
        """
        cursor = self._con.cursor()
        budget = threading.Timer(self.query_budget, cursor.interrupt)
        budget.daemon = True
        budget.start()
        try:
            return self._run(cursor, sql, units, params)
        except duckdb.InterruptException as interrupted:
            raise QueryTooSlow(self.query_budget) from interrupted
        finally:
            budget.cancel()
            cursor.close()

    def _run(self, cursor, sql: str, units, params: dict) -> pd.DataFrame:
        if units is None:
            return cursor.execute(sql, params or None).df()
        self._unit_source(cursor, units)
        try:
            return cursor.execute(sql, params or None).df()
        except duckdb.InterruptException:  # the budget ran out: no retry
            raise
        except duckdb.Error:  # files of differing schemas: match them column by column, once
            try:
                self._unit_source(cursor, units, careful=True)
                return cursor.execute(sql, params or None).df()
            except duckdb.InterruptException:
                raise
            except (duckdb.Error, pa.ArrowException, OSError):
                if not self._leave_out_damaged(units):
                    raise
                self._unit_source(cursor, units, careful=True)
                return cursor.execute(sql, params or None).df()

    def _leave_out_damaged(self, units: dict[str, list[dt.date]]) -> set[str]:
        """Find the unreadable files among these snapshots, name them in `damaged`, read without them."""
        wanted = [schema.snapshot_path(region, day) for region, days in units.items() for day in days]
        found = self.location.unreadable([p for p in wanted if p in self._snapshot_files], deep=True)
        self.damaged |= found
        self._snapshot_files -= found
        return found

    def _unit_source(self, cursor, units: dict[str, list[dt.date]], careful: bool = False) -> None:
        """Make `unit_rows` on this cursor: on disk, a view DuckDB reads straight from the snapshot
        files asked for (their paths come from the store's own listing, never from a user); on S3, or
        for files laid out another way, the rows read by pyarrow."""
        wanted = [schema.snapshot_path(region, day) for region, days in units.items() for day in days]
        present = [path for path in wanted if path in self._snapshot_files]
        if self.location.is_s3 or (self._other_files and len(present) < len(wanted)):
            cursor.register("unit_rows", self.unit_rows(units))
            return
        columns = {**schema.REQUIRED_COLUMNS, **schema.OPTIONAL_COLUMNS}
        if not present:
            select = ", ".join(f"CAST(NULL AS {schema.DUCKDB_TYPES[t]}) AS {c}" for c, t in columns.items())
            cursor.execute(f"CREATE OR REPLACE TEMP VIEW unit_rows AS SELECT {select} WHERE false")
            return
        files = ", ".join(_literal(str(Path(self.root) / path)) for path in present)
        # kopdash writes every file with the whole schema, so the first file's columns stand for all;
        # only when that is not so are the files matched column by column (slower).
        source = f"read_parquet([{files}], hive_partitioning=false)"
        cursor.execute(f"CREATE OR REPLACE TEMP VIEW unit_rows AS SELECT * FROM {source}")
        found = {row[0] for row in cursor.execute("DESCRIBE unit_rows").fetchall()}
        if careful or not set(columns) <= found:
            source = f"read_parquet([{files}], hive_partitioning=false, union_by_name=true)"
            found = {row[0] for row in cursor.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
            select = ", ".join(
                f"CAST({c if c in found else 'NULL'} AS {schema.DUCKDB_TYPES[t]}) AS {c}"
                for c, t in columns.items()
            )
            cursor.execute(f"CREATE OR REPLACE TEMP VIEW unit_rows AS SELECT {select} FROM {source}")

    def unit_rows(self, units: dict[str, list[dt.date]]) -> pa.Table:
        """The unit rows of the given snapshots, read only from their files."""
        wanted = [schema.snapshot_path(region, day) for region, days in units.items() for day in days]
        present = [path for path in wanted if path in self._snapshot_files]
        tables = [self.location.read_table(present, schema=schema.REGISTRY_SCHEMA)] if present else []
        missing = {(r, d) for r, days in units.items() for d in days} - {
            (r, d) for r, d, path in self._snapshot_index if path in present
        }
        if missing and self._other_files:  # files laid out another way: read them too, then filter
            other = pa.concat_tables([unit_table(self.location.read_table([f])) for f in self._other_files])
            frame = other.to_pandas()
            keep = [
                (r, d) in missing for r, d in zip(frame["region_code"], frame["snapshot_date"], strict=True)
            ]
            tables.append(pa.Table.from_pandas(frame[keep], schema=other.schema, preserve_index=False))
        if not tables:
            return unit_table(pa.table({}))
        return pa.concat_tables(tables)

    def info(self) -> dict:
        """The store's self-description (store.json): kind (demo or registry), seed, …, as read when the
        store was last loaded; {} when it has none or it is damaged (then named in `damaged`)."""
        return dict(self._info)

    def _read_info(self) -> dict:
        try:
            found = store_info(self.location)
        except (OSError, ValueError):
            found = None
        if not isinstance(found, dict):  # a broken store.json takes no page down: named, left out
            self.damaged.add(schema.STORE_INFO_FILE)
            return {}
        return found

    # -- freshness ------------------------------------------------------------------------------
    def files(self) -> list[str]:
        """Every snapshot file below registry/ (relative paths), in a stable order."""
        return self.location.files(schema.REGISTRY_DIR)

    def fingerprint(self) -> str:
        """Changes whenever the store changes: the version file every kopdash write renews, else the
        listing of the registry (for stores written by other tools)."""
        parts = [
            self.location.signature(name)
            for name in (rollup.VERSION_FILE, *REFERENCE_FILES, schema.STORE_INFO_FILE)
        ]
        if not parts[0]:
            parts += [f"{path}:{self.location.signature(path)}" for path in self.files()]
        return hashlib.sha1("|".join(parts).encode()).hexdigest()

    @property
    def version(self) -> str:
        """The fingerprint the current tables were built from."""
        return self._version

    def refresh_if_changed(self) -> str:
        """Rebuild the tables when the store changed since the last build; return the fingerprint."""
        current = self.fingerprint()
        if current != self._version:
            self.refresh()
        return self._version

    def refresh(self) -> None:
        """(Re)load reference tables, rollups and the NIK index; (re)define the registry view. A file
        that cannot be read is named in `damaged` and left out; the rest of the store is served."""
        with self._refresh_lock:
            version = self.fingerprint()
            # A symbolic link in the store is never followed (it could lead anywhere): named, left out.
            self.damaged = {link for folder in DATA_FOLDERS for link in self.location.links(folder)}
            self._info = self._read_info()
            try:
                self._load()
            except (duckdb.Error, pa.ArrowException, OSError):
                every = self.files() + [
                    path
                    for folder in (rollup.ROLLUP_DIR, rollup.NIK_DIR, schema.EVENTS_DIR)
                    for path in self.location.files(folder)
                ]
                unreadable = self.location.unreadable(every)
                if not unreadable:
                    raise
                self.damaged |= unreadable
                self._load()
            self._version = version

    def _load(self) -> None:
        self._index_files()
        cursor = self._con.cursor()
        try:
            checked = reference.load(self.location)
            self.reference_problems = checked.problems
            loaded = {
                "regions": checked.regions,
                "rule_profiles": checked.profiles,
                "targets": checked.targets,
                "published": self._reference(schema.PUBLISHED_FILE, schema.PUBLISHED_COLUMNS),
            }
            for name, frame in loaded.items():
                cursor.register("loaded", frame)
                cursor.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM loaded")
            cursor.execute(f"CREATE OR REPLACE VIEW registry AS {self._registry_sql(cursor)}")
            cursor.execute(f"CREATE OR REPLACE VIEW registry_counts AS {self._rollups(cursor)}")
            cursor.execute("""
                CREATE OR REPLACE TABLE status_counts AS
                SELECT region_code, snapshot_date, programme, status,
                       sum(cooperatives)::BIGINT AS cooperatives,
                       sum(rat_reported_count)::BIGINT AS rat_reported_count,
                       sum(dissolution_candidates)::BIGINT AS dissolution_candidates
                FROM registry_counts GROUP BY ALL ORDER BY region_code, snapshot_date""")
            cursor.execute(f"CREATE OR REPLACE TABLE snapshot_totals AS {SNAPSHOT_TOTALS}")
            cursor.register("loaded", self._niks(cursor))
            cursor.execute("CREATE OR REPLACE TABLE nik_regions AS SELECT * FROM loaded")
            files = [p for p in self.location.files(schema.EVENTS_DIR) if p not in self.damaged]
            events = self.location.read_table(files, schema=schema.EVENT_SCHEMA) if files else None
            cursor.register("loaded", events if events is not None else schema.EVENT_SCHEMA.empty_table())
            cursor.execute("CREATE OR REPLACE TABLE events AS SELECT * FROM loaded")
        finally:
            cursor.close()

    def _files_sql(self, folder: str, pattern: str) -> str:
        """The files of `folder` for read_parquet: a glob, or, once a file there is damaged, the list of
        the others (paths from the store's own listing, never from a user)."""
        base = Path(self.root)
        if not any(path.startswith(folder + "/") for path in self.damaged):
            return _literal(str(base / folder) + pattern)
        kept = [path for path in self.location.files(folder) if path not in self.damaged]
        return "[" + ", ".join(_literal(str(base / path)) for path in kept) + "]"

    # -- loading --------------------------------------------------------------------------------
    def _index_files(self) -> None:
        """Which (region, snapshot) each file of kopdash's layout holds; other files are kept aside."""
        self._snapshot_index, self._other_files = [], []
        for path in (path for path in self.files() if path not in self.damaged):
            held = schema.snapshot_of(path)
            if held is not None:
                self._snapshot_index.append((*held, path))
            else:
                self._other_files.append(path)
        self._snapshot_files = {path for _, _, path in self._snapshot_index}

    def _reference(self, relative: str, columns: dict[str, str]) -> pd.DataFrame:
        if not self.location.exists(relative):
            frame = pd.DataFrame({c: pd.Series(dtype=PANDAS_TYPES[t]) for c, t in columns.items()})
        else:
            raw = self.location.read_bytes(relative)
            frame = pd.read_csv(
                io.BytesIO(raw), dtype={c: PANDAS_TYPES[t] for c, t in columns.items()}, keep_default_na=True
            )
            frame = frame.reindex(columns=list(columns))
        for column, kind in columns.items():
            if kind == "DATE":
                frame[column] = pd.to_datetime(frame[column]).dt.date
        return frame

    def _registry_sql(self, cursor) -> str:
        columns = {**schema.REQUIRED_COLUMNS, **schema.OPTIONAL_COLUMNS}
        if self.location.is_s3 or not (self._snapshot_index or self._other_files):
            select = ", ".join(f"CAST(NULL AS {schema.DUCKDB_TYPES[t]}) AS {c}" for c, t in columns.items())
            return f"SELECT {select} WHERE false"
        glob = self._files_sql(schema.REGISTRY_DIR, "/**/*.parquet")
        if len(self._snapshot_index) + len(self._other_files) > SMALL_STORE_FILES:
            # A large store: reading every footer now would take minutes and memory; kopdash's files all
            # carry the whole schema, so the first file's columns stand for all.
            return f"SELECT * FROM read_parquet({glob}, hive_partitioning=false)"
        source = f"read_parquet({glob}, hive_partitioning=false, union_by_name=true)"
        present = {row[0] for row in cursor.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
        select = ", ".join(
            f"CAST({c if c in present else 'NULL'} AS {schema.DUCKDB_TYPES[t]}) AS {c}"
            for c, t in columns.items()
        )
        return f"SELECT {select} FROM {source}"

    def _fallback_source(self, cursor, regions: set[str], everything: bool) -> str:
        """Where unit rows of regions without rollup files are counted from: the `registry` view on
        disk; in a bucket (which DuckDB never reaches) a table of just those rows, read by pyarrow."""
        if not self.location.is_s3:
            return "registry"
        paths = [path for region, _, path in self._snapshot_index if everything or region in regions]
        paths += self._other_files if everything else []
        tables = [unit_table(self.location.read_table([path])) for path in paths]
        cursor.register("loaded", pa.concat_tables(tables) if tables else unit_table(pa.table({})))
        cursor.execute("CREATE OR REPLACE TEMP TABLE fallback_rows AS SELECT * FROM loaded")
        return "fallback_rows"

    def _rollups(self, cursor) -> str:
        """SQL for every rollup row: the rollup files, plus counts computed from unit rows for regions
        that have no rollup file yet. Local files are read where they lie, streamed, not loaded."""
        files = [path for path in self.location.files(rollup.ROLLUP_DIR) if path not in self.damaged]
        covered = {Path(f).stem for f in files}
        regions = {region for region, _, _ in self._snapshot_index} - covered
        computed = rollup.ROLLUP_SCHEMA.empty_table()
        if regions or (self._other_files and not files):
            counted = cursor.execute(
                f"""
                SELECT region_code, snapshot_date, programme, kind, segment, status,
                       count(*)::BIGINT AS cooperatives,
                       count(*) FILTER (WHERE rat_reported)::BIGINT AS rat_reported_count,
                       count(*) FILTER (WHERE dissolution_candidate)::BIGINT AS dissolution_candidates
                FROM {self._fallback_source(cursor, regions, not files)}
                WHERE list_contains($regions, region_code) OR $everything
                GROUP BY ALL""",
                {"regions": sorted(regions), "everything": not files},
            ).df()
            computed = pa.Table.from_pandas(counted, schema=rollup.ROLLUP_SCHEMA, preserve_index=False)
        cursor.register("loaded", computed)
        cursor.execute("CREATE OR REPLACE TABLE computed_counts AS SELECT * FROM loaded")
        if not files:
            return "SELECT * FROM computed_counts"
        if self.location.is_s3:
            cursor.register("loaded", self.location.read_table(files, schema=rollup.ROLLUP_SCHEMA))
            cursor.execute("CREATE OR REPLACE TABLE rollup_files AS SELECT * FROM loaded")
            return "SELECT * FROM rollup_files UNION ALL SELECT * FROM computed_counts"
        glob = self._files_sql(rollup.ROLLUP_DIR, "/*.parquet")
        return f"SELECT * FROM read_parquet({glob}) UNION ALL SELECT * FROM computed_counts"

    def _niks(self, cursor) -> pa.Table:
        files = [path for path in self.location.files(rollup.NIK_DIR) if path not in self.damaged]
        tables = [self.location.read_table(files, schema=rollup.NIK_SCHEMA)] if files else []
        covered = {Path(f).stem for f in files}
        regions = {region for region, _, _ in self._snapshot_index} - covered
        if regions or (self._other_files and not files):
            found = cursor.execute(
                f"""
                SELECT nik, region_code,
                       min(snapshot_date) AS first_snapshot, max(snapshot_date) AS last_snapshot
                FROM {self._fallback_source(cursor, regions, not files)}
                WHERE list_contains($regions, region_code) OR $everything GROUP BY ALL""",
                {"regions": sorted(regions), "everything": not files},
            ).df()
            tables.append(pa.Table.from_pandas(found, schema=rollup.NIK_SCHEMA, preserve_index=False))
        return pa.concat_tables(tables) if tables else rollup.NIK_SCHEMA.empty_table()
