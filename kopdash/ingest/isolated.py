"""Reading an office's file in a child process with a memory and a time limit.

A file can be built to make a reader allocate without end (a sheet whose one cell is at XFD1048576, a
zip bomb) or crash in native code. Read in the server's own process, such a file would end every
user's session. Here the reading and checking run in a reader process (forked from kopdash's zygote,
ingest/zygote.py, with pandas already imported) whose address space the kernel caps at
MEMORY_LIMIT_BYTES (so its memory can never pass it) and which is stopped after TIME_LIMIT_SECONDS.
Whatever happens to the reader, the caller gets a plan or an ImportRefused in words.

The request (and an upload's bytes) go to the reader on its standard input; it reports progress as
lines `progress <done> <total>` and its result as a pickle on a pipe of its own (the parent trusts only
the reader it asked for). Nothing is written to disk: a server or command killed mid-read leaves no
copy of the office's file or of its rows behind in the temporary folder, and its reader is killed.
"""

from __future__ import annotations

import gc
import os
import pickle
import resource
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from kopdash.ingest import zygote
from kopdash.ingest.office_files import ImportRefused

# The reading process's whole address space: 1.5 GiB. About 420 MB of it are the libraries' mappings
# before a row is read; the largest file the limits allow (300,000 rows) peaks at 1.15 GiB of it.
MEMORY_LIMIT_BYTES = 1536 * 1024 * 1024
TIME_LIMIT_SECONDS = 300


# Each task reads the file, then checks its rows. The modules they import are loaded in the zygote
# already (zygote.PRELOADED); they are imported here, not at the top, so that the server and the
# commands, which import this module, do not load them before a file is read.
def _plan_registry(data: bytes, filename: str, mapping: bytes | None = None, **arguments):
    from kopdash.ingest.office_files import read_export, read_mapping

    sheets = read_export(data, filename, read_mapping(mapping) if mapping else None)
    from kopdash.ingest import registry

    return registry.plan_import(data, filename, mapping=mapping, sheets=sheets, **arguments)


def _plan_events(data: bytes, filename: str, **arguments):
    from kopdash.ingest.office_files import EVENT_ALIASES, read_export

    sheets = read_export(data, filename, EVENT_ALIASES)
    from kopdash.ingest import events

    return events.plan_events(data, filename, sheets=sheets, **arguments)


def _read_operating(data: bytes, filename: str, **arguments):
    from kopdash.ingest.office_files import read_export

    sheets = read_export(data, filename)
    from kopdash.ingest import registry

    return registry.operating_file(sheets)


def _read_published(data: bytes, filename: str, mapping: bytes | None = None, progress=None, **arguments):
    from kopdash.ingest import published

    told = published.read_mapping(mapping) if mapping else None
    return published.read_published_file(data, mapping=told, filename=filename, **arguments)


TASKS: dict[str, Callable] = {
    "registry": _plan_registry,
    "events": _plan_events,
    "published": _read_published,
    "operating": _read_operating,
}


class Reading:
    """One file being read in a reader process; `result` waits for it. Use as a context manager, so a
    reader is never left behind (the caller can do its own work meanwhile: the reader has a core)."""

    def __init__(self, task: str, path: Path | None, data: bytes | None = None, **arguments):
        """Read the file at `path`, or an upload's `data` (then `path` is None)."""
        if task not in TASKS:
            raise ValueError(f"unknown task {task!r}")
        if (path is None) == (data is None):
            raise ValueError("a reading has either a path or an upload's bytes")
        # The caller's environment goes with the request (the zygote's was fixed when it started): a
        # store in a bucket is reached with the endpoint and keys the caller has now.
        environment = {**os.environ, **zygote.ENVIRONMENT}
        request = pickle.dumps(
            (task, None if path is None else str(path), arguments, MEMORY_LIMIT_BYTES, environment)
        )
        self._reader = zygote.start_reader()
        self._ending = threading.Lock()
        self._ended = False
        self._timed_out = threading.Event()
        self._timer = threading.Timer(TIME_LIMIT_SECONDS, self._stop)
        self._timer.start()
        self._errors: list[bytes] = []
        self._result: list[bytes] = []
        self.peak_bytes = 0  # the reader's peak resident memory, known once it ended
        # Each pipe has its own thread, so a reader that fills one while the parent waits on another
        # never stalls either of them.
        self._threads = [
            _thread(_feed, self._reader.stdin, len(request).to_bytes(8, "big") + request, data or b""),
            _thread(lambda: self._errors.append(_read_all(self._reader.stderr))),
            _thread(lambda: self._result.append(_read_all(self._reader.result))),
        ]

    def _stop(self) -> None:
        self._timed_out.set()
        self._end()

    def _end(self) -> None:
        """Close the kill pipe: the waiter kills the reader if it still runs."""
        with self._ending:  # the timer's thread and the caller's may both end it: close it once
            if not self._ended:
                self._ended = True
                os.close(self._reader.kill)

    def __enter__(self) -> Reading:
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()
        self._end()
        for thread in self._threads:
            thread.join(timeout=5)
        os.close(self._reader.stdout)
        os.close(self._reader.status)

    def result(self, progress: Callable[[int, int], None] = lambda done, total: None):
        """What the task returned; ImportRefused in words when the file was refused, or when the reader
        ran out of memory or time, or died."""
        with os.fdopen(self._reader.stdout, "r", encoding="ascii", errors="replace", closefd=False) as lines:
            for line in lines:
                parts = line.split()
                if len(parts) == 3 and parts[0] == "progress":
                    progress(int(parts[1]), int(parts[2]))
        # The waiter's figure for the peak bounds the reader's when the reader could not say its own.
        with os.fdopen(self._reader.status, "rb", closefd=False) as waiter:
            status = waiter.read().split()
        self._timer.cancel()
        self._end()
        for thread in self._threads:
            thread.join(timeout=5)
        if len(status) != 2:
            raise ImportRefused("refused.reader_died", code="?")
        code, self.peak_bytes = int(status[0]), int(status[1]) * 1024
        if self._timed_out.is_set():
            raise ImportRefused("refused.too_slow", minutes=TIME_LIMIT_SECONDS // 60)
        result = b"".join(self._result)
        if code != 0 or not result:
            raise _death_in_words(code, b"".join(self._errors).decode("utf-8", "replace"))
        kind, value, self.peak_bytes = pickle.loads(result)
        if kind == "refused":
            raise value  # the reader's own ImportRefused, its code and parameters intact
        if kind == "memory":
            raise _too_big()
        if kind == "error":
            raise ImportRefused("refused.program_error", error=value)
        return value


def _feed(descriptor: int, request: bytes, data: bytes) -> None:
    try:
        with os.fdopen(descriptor, "wb") as stdin:
            stdin.write(request)
            stdin.write(data)
    except (BrokenPipeError, ValueError):  # the reader ended before it read all: its result says why
        pass


def run(task: str, path: Path, progress: Callable[[int, int], None] = lambda d, t: None, **arguments):
    """Run TASKS[task](data=<the file's bytes>, **arguments) in a limited child process and wait for it."""
    with Reading(task, path, **arguments) as reading:
        return reading.result(progress)


def _thread(target: Callable, *arguments) -> threading.Thread:
    thread = threading.Thread(target=target, args=arguments, daemon=True)
    thread.start()
    return thread


def _read_all(descriptor: int) -> bytes:
    with os.fdopen(descriptor, "rb") as pipe:
        return pipe.read()


def _too_big() -> ImportRefused:
    return ImportRefused("refused.too_big", limit=MEMORY_LIMIT_BYTES // 1024 // 1024)


def _death_in_words(code: int, errors: str) -> ImportRefused:
    """Why the child ended without a result. Its error output may hold cell values (personal data), so
    only the kind of failure is said."""
    if "MemoryError" in errors or "memory allocation" in errors or "bad_alloc" in errors:
        return _too_big()
    if "No space left" in errors or "File too large" in errors:
        return ImportRefused("refused.no_room")
    return ImportRefused("refused.reader_died", code=code)


# -- the reader ----------------------------------------------------------------------------------------
def child(result_descriptor: int) -> int:
    """The reader's work, in the forked reader process: read the request, cap the memory, run the task,
    write the outcome; the exit code."""
    # Reading makes millions of small objects and no cycles: the cycle collector would only walk them
    # again and again. This process ends when the file is read.
    gc.disable()
    stdin = sys.stdin.buffer
    task, path, arguments, limit, environment = pickle.loads(stdin.read(int.from_bytes(stdin.read(8), "big")))
    os.environ.clear()
    os.environ.update(environment)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash leaves no core file with the office's data

    def progress(done: int, total: int) -> None:
        print(f"progress {done} {total}", flush=True)

    try:
        data = stdin.read() if path is None else Path(path).read_bytes()
        outcome = ("ok", TASKS[task](data=data, progress=progress, **arguments))
        del data
    except BrokenPipeError:  # the parent is gone (killed mid-read): nobody is left to tell
        return 1
    except OSError as error:
        outcome = ("refused", ImportRefused("refused.unreadable_file", error=error.strerror or str(error)))
    except ImportRefused as refusal:
        outcome = ("refused", refusal)
    except MemoryError:
        outcome = ("memory", "")
    except ImportError as error:  # a library's code could not be mapped under the cap: memory too
        outcome = ("memory", "") if "failed to map segment" in str(error) else ("error", "ImportError")
    except Exception as error:  # noqa: BLE001 - a bug must still end in words, not a dead page
        outcome = ("error", type(error).__name__)
    try:
        answer = pickle.dumps((*outcome, _peak_bytes()), protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        answer = pickle.dumps(("memory", "", _peak_bytes()))
    try:
        with os.fdopen(result_descriptor, "wb") as result:
            result.write(answer)
    except BrokenPipeError:
        return 1
    return 0


def _peak_bytes() -> int:
    """This process's peak resident memory (VmHWM): from the fork on, the zygote's pages it still shares
    counted in."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0
