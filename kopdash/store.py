"""The snapshot store: owns the data root and the one DuckDB database every read goes through."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

import duckdb
import pandas as pd

from kopdash import schema

DEFAULT_DATA_ROOT = Path(__file__).resolve().parent.parent / "data"


def data_root() -> Path:
    """The store to use: KOPDASH_DATA_DIR when set, else the bundled demo under data/."""
    configured = os.environ.get("KOPDASH_DATA_DIR", "").strip()
    return Path(configured).resolve() if configured else DEFAULT_DATA_ROOT


def _literal(text: str) -> str:
    """A SQL string literal for a path from configuration (never from a user)."""
    return "'" + text.replace("'", "''") + "'"


class Store:
    """One store on disk, read through views over its Parquet and CSV files.

    Views are rebuilt by `refresh()`; each `query` runs on its own cursor, so one Store may serve
    many Streamlit sessions at once.
    """

    def __init__(self, root: Path | str | None = None):
        self.root = Path(root) if root is not None else data_root()
        self._con = duckdb.connect(":memory:")
        # Reads stay inside the data root; nothing else on the machine or network is reachable.
        self._con.execute(f"SET allowed_directories=[{_literal(str(self.root.resolve()) + '/')}]")
        self._con.execute("SET enable_external_access=false")
        self._con.execute("SET lock_configuration=true")
        self._refresh_lock = threading.Lock()
        self._version = ""
        self.refresh()

    # -- reading -------------------------------------------------------------------------------
    def query(self, sql: str, /, **params) -> pd.DataFrame:
        """Run one parameterised query ($name placeholders) and return its result."""
        cursor = self._con.cursor()
        try:
            return cursor.execute(sql, params or None).df()
        finally:
            cursor.close()

    def info(self) -> dict:
        """The store's self-description (store.json): kind (demo or registry), seed, …"""
        path = self.root / schema.STORE_INFO_FILE
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    # -- freshness ------------------------------------------------------------------------------
    def files(self) -> list[Path]:
        """Every snapshot file below registry/, in a stable order."""
        return sorted((self.root / schema.REGISTRY_DIR).rglob("*.parquet"))

    def fingerprint(self) -> str:
        """Changes whenever a store file is added, replaced or removed: the cache key of every read."""
        parts = []
        for path in [*self.files(), *self._reference_paths()]:
            if path.exists():
                stat = path.stat()
                parts.append(f"{path.relative_to(self.root)}:{stat.st_size}:{stat.st_mtime_ns}")
        return hashlib.sha1("|".join(parts).encode()).hexdigest()

    @property
    def version(self) -> str:
        """The fingerprint the current views were built from."""
        return self._version

    def refresh_if_changed(self) -> str:
        """Rebuild the views when the files changed since the last build; return the fingerprint."""
        current = self.fingerprint()
        if current != self._version:
            self.refresh()
        return self._version

    def refresh(self) -> None:
        """(Re)build the views: registry, regions, rule_profiles, published, registry_counts."""
        with self._refresh_lock:
            version = self.fingerprint()
            cursor = self._con.cursor()
            try:
                for name, sql in self._view_definitions(cursor).items():
                    cursor.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
            finally:
                cursor.close()
            self._version = version

    # -- views ----------------------------------------------------------------------------------
    def _reference_paths(self) -> list[Path]:
        return [
            self.root / schema.REGIONS_FILE,
            self.root / schema.RULE_PROFILES_FILE,
            self.root / schema.PUBLISHED_FILE,
        ]

    def _view_definitions(self, cursor) -> dict[str, str]:
        return {
            "registry": self._registry_sql(cursor),
            "regions": self._csv_sql(schema.REGIONS_FILE, schema.REGION_COLUMNS),
            "rule_profiles": self._csv_sql(schema.RULE_PROFILES_FILE, schema.RULE_PROFILE_COLUMNS),
            "published": self._csv_sql(schema.PUBLISHED_FILE, schema.PUBLISHED_COLUMNS),
            # Every aggregate view reads these counts, never unit rows, so a later rollup table can
            # replace this one view without touching any query.
            "registry_counts": """
                SELECT snapshot_date, region_code, programme, kind, segment, status,
                       count(*)::BIGINT AS cooperatives,
                       count(*) FILTER (WHERE rat_reported)::BIGINT AS rat_reported_count,
                       count(*) FILTER (WHERE dissolution_candidate)::BIGINT AS dissolution_candidates
                FROM registry
                GROUP BY ALL""",
        }

    def _registry_sql(self, cursor) -> str:
        columns = {**schema.REQUIRED_COLUMNS, **schema.OPTIONAL_COLUMNS}
        if not self.files():
            select = ", ".join(f"CAST(NULL AS {schema.DUCKDB_TYPES[t]}) AS {c}" for c, t in columns.items())
            return f"SELECT {select} WHERE false"
        glob = _literal(str(self.root / schema.REGISTRY_DIR) + "/**/*.parquet")
        source = f"read_parquet({glob}, hive_partitioning=false, union_by_name=true)"
        present = {row[0] for row in cursor.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
        # Every documented column, typed as documented, even when no file carries an optional one.
        select = ", ".join(
            f"CAST({c if c in present else 'NULL'} AS {schema.DUCKDB_TYPES[t]}) AS {c}"
            for c, t in columns.items()
        )
        return f"SELECT {select} FROM {source}"

    def _csv_sql(self, relative: str, columns: dict[str, str]) -> str:
        path = self.root / relative
        if not path.exists():
            select = ", ".join(f"CAST(NULL AS {t}) AS {c}" for c, t in columns.items())
            return f"SELECT {select} WHERE false"
        spec = ", ".join(f"{_literal(c)}: {_literal(t)}" for c, t in columns.items())
        return f"SELECT * FROM read_csv({_literal(str(path))}, header=true, columns={{{spec}}})"
