"""The process readers are forked from, so an import does not pay for starting Python and importing
pandas again (1.6 s of CPU per file read before; a fork takes milliseconds).

One zygote per kopdash process (the server, a command), started on the first read with the readers'
environment: `python -m kopdash.ingest.zygote <socket>`. It imports what the readers use, then waits on
a Unix socket. For each read the parent sends six pipe ends (socket.send_fds); the zygote forks a
*waiter*, which forks the *reader* with those pipes as its standard input, output and error, waits for
it, and writes `<exit code> <peak kB>` on the status pipe. The reader is killed when the parent writes
to, or closes, its end of the kill pipe: a timeout, a caller leaving early, or a parent that died.

The zygote holds no office data: each request's pipe ends are closed in it at once after the fork. It
ends when its parent does (the socket reaches its end). It starts no threads, so forking it is safe.
"""

from __future__ import annotations

import gc
import os
import select
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PACKAGE_PARENT = Path(__file__).resolve().parents[2]  # the folder that holds the kopdash package
# The readers' environment, fixed when the zygote starts: fewer malloc arenas and Arrow on the system
# allocator (the address space then stays close to what is really used, so a cap on it is a cap on
# memory), one thread for the numerical libraries (no thread may be running when the zygote forks).
ENVIRONMENT = {
    "MALLOC_ARENA_MAX": "2",
    "ARROW_DEFAULT_MEMORY_POOL": "system",
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
}
PRELOADED = ("kopdash.ingest.office_files", "kopdash.ingest.registry", "kopdash.ingest.events",
             "kopdash.ingest.published")  # fmt: skip


@dataclass
class Reader:
    """The parent's ends of one reader's pipes (file descriptors)."""

    stdin: int  # the request, then an upload's bytes
    stdout: int  # progress lines
    stderr: int
    result: int  # the pickled outcome
    status: int  # one line from the waiter: "<exit code> <peak kB>"
    kill: int  # write or close: the reader is killed


class _Zygote:
    def __init__(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kopdash.ingest.zygote", str(theirs.fileno())],
            # Nothing to say of its own (each reader has its own error pipe); at its end DuckDB's
            # bindings would print reference-count warnings into the command's output.
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(theirs.fileno(),),
            cwd=PACKAGE_PARENT,
            env={**os.environ, **ENVIRONMENT, "PYTHONPATH": _python_path()},
        )
        theirs.close()
        self.socket = ours

    def send(self, fds: list[int]) -> None:
        socket.send_fds(self.socket, [b"r"], fds)


_LOCK = threading.Lock()
_CURRENT: list[_Zygote] = []


def start_reader() -> Reader:
    """A new reader forked from this process's zygote (started or restarted as needed)."""
    pipes = [os.pipe() for _ in range(6)]
    (stdin_r, stdin_w), (stdout_r, stdout_w), (stderr_r, stderr_w) = pipes[:3]
    (result_r, result_w), (status_r, status_w), (kill_r, kill_w) = pipes[3:]
    theirs = [stdin_r, stdout_w, stderr_w, result_w, status_w, kill_r]
    ours = [stdin_w, stdout_r, stderr_r, result_r, status_r, kill_w]
    try:
        with _LOCK:
            for attempt in (1, 2):
                if not _CURRENT or _CURRENT[0].process.poll() is not None:
                    _CURRENT[:] = [_Zygote()]
                try:
                    _CURRENT[0].send(theirs)
                    break
                except OSError:  # the zygote died since its last read: start another, once
                    _CURRENT[0].process.kill()
                    _CURRENT[0].process.wait()
                    _CURRENT.clear()
                    if attempt == 2:
                        raise
    except BaseException:
        for fd in ours:
            os.close(fd)
        raise
    finally:
        for fd in theirs:
            os.close(fd)
    return Reader(*ours)


def _python_path() -> str:
    existing = os.environ.get("PYTHONPATH")
    return str(PACKAGE_PARENT) + (os.pathsep + existing if existing else "")


# -- the zygote ---------------------------------------------------------------------------------------
def _serve(socket_fd: int) -> int:
    import importlib

    for module in PRELOADED:
        importlib.import_module(module)
    from kopdash.ingest import isolated

    gc.collect()
    gc.freeze()  # what is loaded now is never collected: a fork then copies fewer pages
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C is the parent's to handle
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # waiters are reaped by the kernel
    server = socket.socket(fileno=socket_fd)
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(server, 16, 6)
        except OSError:
            return 0
        if not message:  # the parent is gone
            return 0
        if len(fds) == 6 and os.fork() == 0:
            server.close()
            _wait_for_reader(fds, isolated.child)
        for fd in fds:
            os.close(fd)


def _wait_for_reader(fds: list[int], run: Callable[[int], int]) -> None:
    """The waiter: fork the reader, kill it when asked, report how it ended. Never returns."""
    stdin_r, stdout_w, stderr_w, result_w, status_w, kill_r = fds
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # this process waits for its child itself
    pid = os.fork()
    if pid == 0:
        os.close(status_w)
        os.close(kill_r)
        for fd, standard in ((stdin_r, 0), (stdout_w, 1), (stderr_w, 2)):
            os.dup2(fd, standard)
            os.close(fd)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        code = 70
        try:
            code = run(result_w)
        finally:
            sys.stdout.flush()
            os._exit(code)
    for fd in (stdin_r, stdout_w, stderr_w, result_w):
        os.close(fd)
    reader = os.pidfd_open(pid)
    ready, _, _ = select.select([reader, kill_r], [], [])
    if kill_r in ready:  # asked to stop, or the parent is gone
        signal.pidfd_send_signal(reader, signal.SIGKILL)
    _, status, usage = os.wait4(pid, 0)
    try:
        os.write(status_w, f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}\n".encode())
    finally:
        os._exit(0)


if __name__ == "__main__":
    os._exit(_serve(int(sys.argv[1])))  # no clean-up of the preloaded libraries: nothing to save
