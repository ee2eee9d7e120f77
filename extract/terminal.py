"""The terminal edge of the ``partydocs`` command: standard output that a closed pipe ends quietly,
one-line reports on stderr (names escaped), output files, SIGTERM taken as Ctrl-C.

Example::

    >>> report_error({"source": "tin\\n.txt", "stage": "decode", "message": "empty file"})   # doctest: +SKIP
    error: tin\\n.txt: decode: empty file
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from extract.errors import PartydocsError, printable


class PipeClosed(Exception):
    """The reader of standard output went away (``partydocs extract … | head -1``)."""


def _stdout_console():
    from rich.console import Console

    class Out(Console):
        def on_broken_pipe(self) -> None:  # rich would exit 1 ("an input failed"): stop quietly instead
            self.quiet = True
            raise PipeClosed()

    return Out(highlight=False, soft_wrap=True)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


class _Lazy:
    """A rich console made at its first use: a command that prints plain text (``query`` into a pipe, a
    one-line error) does not import rich (50 ms of a start)."""

    def __init__(self, make):
        self._make, self._console = make, None

    def __getattr__(self, name):
        if self._console is None:
            self._console = self._make()
        return getattr(self._console, name)


out = _Lazy(_stdout_console)
err = _Lazy(_stderr_console)


def emit(text: str) -> None:
    """Write to standard output; a closed pipe stops the command quietly."""
    try:
        sys.stdout.write(text)
    except BrokenPipeError:
        raise PipeClosed() from None


class Stdout:
    """Standard output for csv.writer, through :func:`emit`."""

    write = staticmethod(emit)


def report_error(e: dict, word: str = "error", style: str = "red") -> None:
    """One line: ``error: SOURCE: STAGE: message`` (names and messages escaped: no markup, no control codes)."""
    from rich.text import Text

    line = f": {printable(e['source'])}: {e['stage']}: {printable(' '.join(str(e['message']).split()))}"
    err.print(Text.assemble((word, style), line))


def report_warning(e: dict) -> None:
    """One line: ``warning: SOURCE: quality: …`` for a document stored with replaced bytes."""
    report_error(e, "warning", "yellow")


def write_output(path: Path, text: str) -> None:
    """Write an output file the user named; a folder, a missing folder, a full disk → one line."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        raise PartydocsError(f"cannot write {printable(str(path))}: {e.strerror or e}") from None


TERMINATED = []  # the SIGTERM that stopped this process, if one did


def on_sigterm(signum, frame):
    """SIGTERM (``timeout``, systemd, docker stop) is Ctrl-C: the workers stop, committed batches stay."""
    TERMINATED.append(signum)
    raise KeyboardInterrupt


def quiet_stdout() -> None:
    """After a closed pipe: nothing more reaches it, not even Python's last flush."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
