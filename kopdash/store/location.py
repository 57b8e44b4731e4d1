"""Where a store lives: a folder, or an S3-compatible bucket (s3://bucket/prefix), behind one interface.

On S3 the endpoint and keys come from the environment (KOPDASH_S3_ENDPOINT or AWS_ENDPOINT_URL,
AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION); pyarrow's own S3 filesystem does the work, so
nothing is downloaded at run time. Each object is written whole in one request; locally a file is
written beside its final place and renamed in.
"""

from __future__ import annotations

import io
import os
import re
from functools import cached_property
from pathlib import Path
from urllib.parse import urlparse

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from kopdash import config
from kopdash.store.atomic import replace_atomically

DEFAULT_DATA_ROOT = config.BUNDLED_DATA
data_root = config.data_root  # the store to use (kopdash/config.py reads the environment)


# A path inside a store as kopdash writes it: parts of printable characters, separated by "/", none of
# them "." or "..", no backslash (a Windows separator) and no NUL.
_PART = re.compile(r"[^/\\\x00-\x1f]+")


class OutsideStore(ValueError):
    """A path read from the store (a log entry, a journal, a listing) that would leave it: refused."""

    def __init__(self, relative):
        super().__init__(f"path outside the store: {relative!r}")
        self.relative = relative


def checked_relative(relative) -> str:
    """`relative` when it is a plain path inside a store; OutsideStore when it is absolute, climbs out
    (``..``), or is not a path at all. Every path the store reads back from its own files passes here."""
    if not isinstance(relative, str) or not relative:
        raise OutsideStore(relative)
    parts = relative.split("/")
    if any(part in ("", ".", "..") or not _PART.fullmatch(part) for part in parts):
        raise OutsideStore(relative)
    return relative


class Location:
    """A data root and the filesystem that holds it. Every path it opens is checked to stay inside the
    root (and, on disk, not to lead out of it through a symbolic link)."""

    def __init__(self, root: str | Path):
        self.text = str(root)
        self.is_s3 = self.text.startswith("s3://")
        self.local = None if self.is_s3 else Path(root)

    def __repr__(self) -> str:
        return self.text

    @cached_property
    def filesystem(self) -> pafs.FileSystem:
        if not self.is_s3:
            return pafs.LocalFileSystem()
        bucket = config.s3()
        parsed = urlparse(bucket.endpoint)
        return pafs.S3FileSystem(
            access_key=bucket.access_key,
            secret_key=bucket.secret_key,
            region=bucket.region,
            endpoint_override=parsed.netloc or None,
            scheme=parsed.scheme or "https",
        )

    def path(self, relative: str = "") -> str:
        """The path of `relative` inside this filesystem; OutsideStore for a path that leaves the root."""
        if self.is_s3:
            base = self.text[len("s3://") :].rstrip("/")
            return f"{base}/{checked_relative(relative)}" if relative else base
        if not relative:
            return str(self._folder)
        target = self._folder / checked_relative(relative)
        if self._leads_out(target):
            raise OutsideStore(relative)
        return str(target)

    def _leads_out(self, target: Path) -> bool:
        """Whether a path inside the folder resolves, through a symbolic link, to somewhere outside it."""
        return not target.resolve().is_relative_to(self._resolved_folder)

    @cached_property
    def _resolved_folder(self) -> Path:
        return self._folder.resolve()

    @property
    def _folder(self) -> Path:
        """The folder of a local store (never called for a bucket)."""
        assert self.local is not None, "a bucket has no folder"
        return self.local

    def exists(self, relative: str) -> bool:
        return self.filesystem.get_file_info(self.path(relative)).type == pafs.FileType.File

    def read_bytes(self, relative: str) -> bytes:
        with self.filesystem.open_input_file(self.path(relative)) as handle:
            return handle.read()

    def write_bytes(self, relative: str, data: bytes) -> None:
        """Write one file whole: a single request on S3; beside, then renamed in, on disk."""
        if self.is_s3:
            with self.filesystem.open_output_stream(self.path(relative)) as handle:
                handle.write(data)
            return
        replace_atomically(self._folder / relative, lambda temp: Path(temp).write_bytes(data))

    def remove(self, relative: str) -> None:
        """Remove one file; one that is not there is already removed."""
        if self.is_s3:
            if self.exists(relative):
                self.filesystem.delete_file(self.path(relative))
            return
        (self._folder / relative).unlink(missing_ok=True)

    def files(self, folder: str, suffix: str = ".parquet") -> list[str]:
        """Relative paths of the files ending in `suffix` anywhere below `folder`, sorted; on disk, a
        symbolic link (to a file or a folder) is not followed and not listed (see `links`)."""
        if not self.is_s3:
            return sorted(found for found, link in self._walk(folder) if not link and found.endswith(suffix))
        selector = pafs.FileSelector(self.path(folder), recursive=True, allow_not_found=True)
        base = self.path() + "/"
        found = [
            info.path[len(base) :]
            for info in self.filesystem.get_file_info(selector)
            if info.type == pafs.FileType.File
            and info.path.endswith(suffix)
            and not info.base_name.startswith(".")
        ]
        return sorted(found)

    def links(self, folder: str) -> list[str]:
        """The symbolic links anywhere below `folder` (on disk): never followed, named as left out."""
        return [] if self.is_s3 else sorted(found for found, link in self._walk(folder) if link)

    def _walk(self, folder: str) -> list[tuple[str, bool]]:
        """(relative path, is a link) of every file and link below `folder`, hidden names left out."""
        found: list[tuple[str, bool]] = []
        pending = [self._folder / checked_relative(folder)]
        while pending:
            try:
                entries = list(os.scandir(pending.pop()))
            except (FileNotFoundError, NotADirectoryError):
                continue
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                relative = Path(entry.path).relative_to(self._folder).as_posix()
                if entry.is_symlink():
                    found.append((relative, True))
                elif entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=False):
                    found.append((relative, False))
        return found

    def signature(self, relative: str) -> str:
        """Size and modification time of a file, or '' where there is none."""
        info = self.filesystem.get_file_info(self.path(relative))
        return "" if info.type != pafs.FileType.File else f"{info.size}:{info.mtime_ns}"

    def read_table(self, relatives: list[str], **options) -> pa.Table:
        return pq.read_table([self.path(r) for r in relatives], filesystem=self.filesystem, **options)

    def unreadable(self, relatives: list[str], deep: bool = False) -> set[str]:
        """Those of the Parquet files that cannot be read: footer (or, `deep`, every page) broken."""
        broken = set()
        for relative in relatives:
            try:
                if deep:
                    pq.read_table(self.path(relative), filesystem=self.filesystem)
                else:
                    pq.read_metadata(self.path(relative), filesystem=self.filesystem)
            except (pa.ArrowException, OSError):
                broken.add(relative)
        return broken

    def write_table(self, relative: str, table: pa.Table) -> None:
        self.write_bytes(relative, table_bytes(table))


def as_location(root: str | Path | Location) -> Location:
    return root if isinstance(root, Location) else Location(root)


def csv_bytes(frame) -> bytes:
    """A reference table (a pandas frame) as the store keeps it: UTF-8 CSV without an index column."""
    return frame.to_csv(index=False).encode("utf-8")


def table_bytes(table: pa.Table) -> bytes:
    """A table as a Parquet file's bytes, compressed as every file kopdash writes."""
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()
