"""A file written whole: beside its final place, flushed to disk, then renamed over it, so a reader sees
the old file or the new one, never half of one. Imports nothing from kopdash (location and the journal
both build on it)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    """The process's umask, read without changing it (os.umask can only be read by setting it, which
    would race with other threads writing files)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def stage(target: Path, write: Callable[[str], object]) -> Path:
    """Write a temporary file beside `target` and flush it to disk; return its path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    # mkstemp makes the file owner-only; the file we publish follows the umask, as any tool's would,
    # so another account on the office server can read what it can read elsewhere in the store.
    os.fchmod(fd, 0o666 & ~_umask())
    os.close(fd)
    try:
        write(temp)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)


def replace_atomically(target: Path, write: Callable[[str], object]) -> None:
    """Write `target` whole (see the module's docstring)."""
    os.replace(stage(target, write), target)
    fsync_dir(target.parent)
