"""Where the data lives and how it is written and read: atomic writes, a folder or S3 behind one Location,
the journal, rollups and the NIK index, the reference files, and the DuckDB Store. Imports domain only."""

from kopdash.store.database import DEFAULT_DATA_ROOT, Store, data_root

__all__ = ["DEFAULT_DATA_ROOT", "Store", "data_root"]
