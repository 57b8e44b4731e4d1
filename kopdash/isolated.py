"""Reading an office's file in a child process with a memory and a time limit.

A file can be built to make a reader allocate without end (a sheet whose one cell is at XFD1048576, a
zip bomb) or crash in native code. Read in the server's own process, such a file would end every
user's session. Here the reading and checking run in `python -m kopdash.isolated`, whose address space
the kernel caps at MEMORY_LIMIT_BYTES (so its memory can never pass it) and which is stopped after
TIME_LIMIT_SECONDS. Whatever happens to the child, the caller gets a plan or an ImportRefused in words.

The child reports progress as lines `progress <done> <total>` and its result as a pickle in a file the
parent made (the parent trusts only the child it started itself).
"""

from __future__ import annotations

import os
import pickle
import resource
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from kopdash.exports import ImportRefused

MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024  # the reading process's whole address space: 1 GiB
TIME_LIMIT_SECONDS = 300
PACKAGE_PARENT = Path(__file__).resolve().parent.parent
# Fewer malloc arenas and Arrow on the system allocator: the address space then stays close to what is
# really used, so the cap above is a bound on memory, not on reservations.
CHILD_ENVIRONMENT = {"MALLOC_ARENA_MAX": "2", "ARROW_DEFAULT_MEMORY_POOL": "system", "OMP_NUM_THREADS": "1"}


def _plan_registry(**arguments):
    from kopdash import ingest

    return ingest.plan_import(**arguments)


def _plan_events(**arguments):
    from kopdash import events

    return events.plan_events(**arguments)


TASKS: dict[str, Callable] = {"registry": _plan_registry, "events": _plan_events}


def run(task: str, path: Path, progress: Callable[[int, int], None] = lambda d, t: None, **arguments):
    """Run TASKS[task](data=<the file's bytes>, filename=..., **arguments) in a limited child process.

    Returns what the task returns; raises ImportRefused with words when the file is refused, or when
    the child ran out of memory or time, or died.
    """
    with tempfile.TemporaryDirectory(prefix="kopdash-read-") as scratch:
        request, result = Path(scratch) / "request.pickle", Path(scratch) / "result.pickle"
        request.write_bytes(pickle.dumps((task, str(path), arguments)))
        child = subprocess.Popen(
            [sys.executable, "-m", "kopdash.isolated", str(request), str(result)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=PACKAGE_PARENT,
            env={**os.environ, **CHILD_ENVIRONMENT, "PYTHONPATH": _python_path()},
        )
        timed_out = threading.Event()
        timer = threading.Timer(TIME_LIMIT_SECONDS, lambda: (timed_out.set(), child.kill()))
        timer.start()
        errors: list[str] = []
        reader = threading.Thread(target=lambda: errors.append(child.stderr.read()), daemon=True)
        reader.start()
        try:
            for line in child.stdout:
                parts = line.split()
                if len(parts) == 3 and parts[0] == "progress":
                    progress(int(parts[1]), int(parts[2]))
            code = child.wait()
        finally:
            timer.cancel()
        reader.join(timeout=5)
        if timed_out.is_set():
            raise ImportRefused(
                f"berkas terlalu besar/rusak: membacanya memakan lebih dari {TIME_LIMIT_SECONDS // 60} menit"
            )
        outcome = pickle.loads(result.read_bytes()) if code == 0 and result.exists() else None
    if outcome is None:
        raise ImportRefused(_death_in_words(code, "".join(errors)))
    kind, value = outcome
    if kind == "refused":
        raise ImportRefused(value)
    if kind == "memory":
        raise ImportRefused(_too_big())
    if kind == "error":
        raise ImportRefused(
            f"berkas tidak dapat dibaca karena kesalahan program ({value}); laporkan ke pengelola"
        )
    return value


def _python_path() -> str:
    existing = os.environ.get("PYTHONPATH")
    return str(PACKAGE_PARENT) + (os.pathsep + existing if existing else "")


def _too_big() -> str:
    limit = MEMORY_LIMIT_BYTES // 1024 // 1024
    return f"berkas terlalu besar/rusak: membacanya memerlukan lebih dari {limit} MB memori; bagi berkasnya"


def _death_in_words(code: int, errors: str) -> str:
    """Why the child ended without a result. Its error output may hold cell values (personal data), so
    only the kind of failure is said."""
    if "MemoryError" in errors or "memory allocation" in errors or "bad_alloc" in errors:
        return _too_big()
    if "No space left" in errors or "File too large" in errors:
        return "ruang penyimpanan sementara penuh atau berkas melebihi batas ukuran: tidak dapat dibaca"
    return f"berkas terlalu besar/rusak: pembacaan berhenti tiba-tiba (kode {code})"


# -- the child ----------------------------------------------------------------------------------------
def _child(request: Path, result: Path) -> int:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash leaves no core file with the office's data
    task, path, arguments = pickle.loads(request.read_bytes())

    def progress(done: int, total: int) -> None:
        print(f"progress {done} {total}", flush=True)

    try:
        data = Path(path).read_bytes()
        outcome = ("ok", TASKS[task](data=data, progress=progress, **arguments))
        del data
    except OSError as error:
        outcome = ("refused", f"file tidak dapat dibaca: {error.strerror}")
    except ImportRefused as refusal:
        outcome = ("refused", str(refusal))
    except MemoryError:
        outcome = ("memory", "")
    except Exception as error:  # noqa: BLE001 - a bug must still end in words, not a dead page
        outcome = ("error", type(error).__name__)
    try:
        result.write_bytes(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
    except MemoryError:
        result.write_bytes(pickle.dumps(("memory", "")))
    return 0


if __name__ == "__main__":
    raise SystemExit(_child(Path(sys.argv[1]), Path(sys.argv[2])))
