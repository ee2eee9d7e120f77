"""The command line's parser: ``argparse`` from the standard library, so a command starts without importing
a CLI framework (``partydocs query "select 1"`` in under 0.3 s: ``benchmarks/bench_start.py``).

What a user sees: ``--help`` with the command's summary, its example and every option with its metavar
(``PATH…`` for several paths, ``INTEGER``), and a bad call as the usage line and one ``Error: …`` line on
stderr with exit code 2. Options and paths may come in any order (``extract a.txt -f json b.txt``).

    >>> p = Parser(prog="partydocs demo"); _ = p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    >>> _ = p.add_argument("-j", type=at_least(1), metavar="INTEGER")
    >>> ns = p.parse_intermixed_args(["a.txt", "-j", "2", "b.txt"]); ([str(x) for x in ns.paths], ns.j)
    (['a.txt', 'b.txt'], 2)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

__all__ = ["Parser", "at_least", "command", "db_option"]

DEFAULT_DB = Path("partydocs.duckdb")


class Formatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions as written (their examples keep their lines); ``PATH…`` for a list of paths, not
    ``PATH [PATH ...]``."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=28, width=100)

    def _format_args(self, action, default_metavar):
        if action.nargs in ("+", "*"):
            word = self._metavar_formatter(action, default_metavar)(1)[0]
            return f"{word}…" if action.nargs == "+" else f"[{word}…]"
        return super()._format_args(action, default_metavar)


class Parser(argparse.ArgumentParser):
    """A bad call: the usage line, a hint, then ``Error: …``, exit code 2 (what click printed)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        kwargs.setdefault("allow_abbrev", False)  # "--qui" is no "--quiet": a later option would change its meaning
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        self.print_usage(sys.stderr)
        sys.stderr.write(f"Try '{self.prog} -h' for help.\n\nError: {message}\n")
        sys.exit(2)


def at_least(low: int | float, kind: type = int) -> Callable[[str], int | float]:
    """An argument type: a number not below ``low`` (``--jobs 0`` is a usage error, not a crash)."""

    def read(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {'an integer' if kind is int else 'a number'}")
        if value < low:
            raise argparse.ArgumentTypeError(f"{text} is below {low}")
        return value

    read.__name__ = kind.__name__
    return read


def db_option(p: argparse.ArgumentParser) -> None:
    """``--db PATH``, the database every command but ``extract`` and ``show`` reads or writes."""
    p.add_argument("--db", type=Path, default=DEFAULT_DB, metavar="PATH",
                   help=f"DuckDB database file (default: {DEFAULT_DB}).")


def command(commands: argparse._SubParsersAction, name: str, run: Callable, doc: str) -> Parser:
    """A sub-command whose ``--help`` shows ``doc`` (its first line is the summary in ``partydocs --help``;
    backquotes of the markdown it was written in dropped) and whose namespace carries ``run``."""
    text = doc.strip().replace("`", "")
    lines = [ln.strip() for ln in text.splitlines()]
    p = commands.add_parser(name, help=lines[0], description="\n".join(lines), add_help=False)
    p.add_argument("-h", "--help", action="help", help="Show this message and exit.")
    p.set_defaults(run=run)
    return p
