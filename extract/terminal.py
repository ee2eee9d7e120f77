"""The terminal edge of the ``partydocs`` command: standard output that a closed pipe ends quietly,
one-line reports on stderr (names escaped), output files, SIGTERM taken as Ctrl-C, and the words of --help.

Example::

    >>> report_error({"source": "tin\\n.txt", "stage": "decode", "message": "empty file"})   # doctest: +SKIP
    error: tin\\n.txt: decode: empty file
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from rich.console import Console

from extract.errors import PartydocsError, printable


class PipeClosed(Exception):
    """The reader of standard output went away (``partydocs extract … | head -1``)."""


class _Out(Console):
    def on_broken_pipe(self) -> None:  # rich would exit 1 ("an input failed"): stop quietly instead
        self.quiet = True
        raise PipeClosed()


out = _Out(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


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


def readable_help_types() -> None:
    """typer ≥ 0.20 shows Python types in --help (``<list[Path]>``, ``<bool>``, ``<int range>``): show the
    words a user reads instead (``PATH…``, nothing for a flag, ``INTEGER``); a metavar set on a parameter
    wins. Older typer already shows click's words and is left alone."""
    import typing

    import typer

    param = getattr(getattr(typer, "core", None), "_TyperParameter", None)
    if param is None or not hasattr(param, "display_type"):
        return
    words = {int: "INTEGER", float: "NUMBER", str: "TEXT", bool: ""}

    def display_type(self, ctx) -> str:
        if self.metavar:
            return self.metavar
        desc = self.type_descriptor
        if getattr(self, "is_flag", False):
            return ""
        base = typing.get_args(desc.annotation)[0] if desc.is_list else desc.annotation
        is_path = desc.is_path or (isinstance(base, type) and issubclass(base, Path))
        word = "PATH" if is_path else words.get(base, "TEXT")
        return word + ("…" if desc.is_list else "")

    param.display_type = display_type


def usage_errors() -> tuple:
    """click's usage errors, and those of the click that typer ships inside itself (typer ≥ 0.20)."""
    import click

    kinds = [click.ClickException]
    try:
        from typer._click.exceptions import ClickException as TyperClickException

        kinds.append(TyperClickException)
    except ImportError:
        pass
    return tuple(kinds)
