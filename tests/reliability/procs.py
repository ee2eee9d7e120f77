"""What a run left behind: the processes of a session (read from /proc), files in a folder."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path


def session_pids(sid: int) -> list[int]:
    """Live processes whose session is ``sid`` (a run started with ``start_new_session=True``)."""
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()  # after "pid (comm)": state ppid pgrp session …
        if int(fields[3]) == sid and fields[0] != "Z":
            out.append(int(entry))
    return out


def left_after(sid: int, seconds: float = 5.0) -> list[int]:
    """The processes of session ``sid`` still alive ``seconds`` after now (polled; [] as soon as none)."""
    end = time.monotonic() + seconds
    while True:
        pids = session_pids(sid)
        if not pids or time.monotonic() > end:
            return pids
        time.sleep(0.1)


def kill_session(sid: int) -> None:
    """Clean up after a test: kill whatever the run left (its process group is its session)."""
    try:
        os.killpg(sid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def wait_threads(pid: int, n: int, timeout: float = 120.0) -> None:
    """Wait until process ``pid`` runs at least ``n`` threads (DuckDB starts its own when it connects)."""
    end = time.monotonic() + timeout
    while len(os.listdir(f"/proc/{pid}/task")) < n:
        if time.monotonic() > end:
            raise TimeoutError(f"process {pid} never ran {n} threads")
        time.sleep(0.1)


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
