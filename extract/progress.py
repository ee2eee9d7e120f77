"""The ingest progress bar (files, MB/s, findings, errors) and the closing summary table.

Example::

    >>> with IngestProgress(Console(stderr=True), total_bytes=10_000_000, total_files=120) as bar:  # doctest: +SKIP
    ...     bar.update(summary, size)
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table


class IngestProgress:
    """A rich progress bar over input bytes; quiet (and free) when disabled or not on a terminal."""

    def __init__(self, console: Console, total_bytes: int, enabled: bool = True, total_files: Optional[int] = None,
                 header: Optional[str] = None):
        self.console = console
        self.enabled = enabled and console.is_terminal
        self.header = header  # printed above the bar (``ingest → DB``), when there is a bar
        files = "{task.fields[files]}" + (f"/{total_files}" if total_files else "") + " files"
        self.progress = Progress(
            TextColumn("[bold]ingest[/bold]"), BarColumn(), TextColumn(files),
            TextColumn("{task.fields[rate]:.2f} MB/s"), TextColumn("{task.fields[found]} findings"),
            TextColumn("[red]{task.fields[errors]} errors"), TimeElapsedColumn(), TimeRemainingColumn(),
            console=console, disable=not self.enabled, transient=False)
        self.task = self.progress.add_task("ingest", total=total_bytes or None, files=0, rate=0.0, found=0, errors=0)

    def __enter__(self):
        if self.enabled and self.header:
            self.console.print(self.header, markup=False, highlight=False)
        self.progress.start()
        return self

    def __exit__(self, *exc):
        self.progress.stop()

    def update(self, summary, size: int) -> None:
        task = self.progress.tasks[0]
        elapsed = task.elapsed or 0.0
        rate = summary.bytes / 1e6 / elapsed if elapsed else 0.0
        self.progress.update(self.task, advance=size, files=summary.files, rate=rate,
                             found=sum(summary.findings.values()), errors=summary.errors)


def count_files(paths: Iterable[str], all_files: bool = False) -> Optional[int]:
    """How many files the inputs are, when it is known before reading them: ``None`` when one is an
    archive (its members are counted as they are read). A folder counts the files its walk reads."""
    from extract.io.sources import is_archive, walk_folder

    n = 0
    for p in map(Path, paths):
        if p.is_dir():
            for f, why in walk_folder(p, all_files):
                if why is None:
                    if is_archive(f.name):
                        return None
                    n += 1
        elif is_archive(p.name):
            return None
        else:
            n += 1
    return n


def batch_line(summary, last: dict) -> str:
    """One ``-v`` line for the batch just committed: the documents stored so far, then what this batch
    added and the files read so far.

    >>> from types import SimpleNamespace as NS
    >>> last = {}
    >>> batch_line(NS(added=500, copies=2, errors=1, files=520, skipped=17), last)
    'committed: 500 documents stored (batch 1: 500 documents, 2 copies, 1 error; 520 files read, 17 skipped)'
    """
    now = {k: getattr(summary, k, 0) for k in ("added", "copies", "errors")}
    d = {k: v - last.get(k, 0) for k, v in now.items()}
    last.update(now, batch=last.get("batch", 0) + 1)
    return (f"committed: {summary.added} documents stored (batch {last['batch']}: {d['added']} documents, "
            f"{d['copies']} copies, {d['errors']} error{'s' if d['errors'] != 1 else ''}; {summary.files} files "
            f"read, {summary.skipped} skipped)")


def summary_table(summary, db: str, headed: bool = False) -> Table:
    """The end-of-run table: files, stored, copies, skipped, errors, findings, speed; titled ``ingest → DB``
    unless the run opened with that header above its progress bar (``headed``)."""
    t = Table(title="summary" if headed else f"ingest → {db}", show_header=False)
    t.add_column("what")
    t.add_column("n", justify="right")
    rows = [("files read", summary.files), ("documents stored", summary.added),
            ("copies (near-duplicates, stored and marked)", getattr(summary, "copies", 0)),
            ("already stored or repeated (skipped)", summary.skipped), ("errors", summary.errors)]
    if getattr(summary, "warnings", 0):
        rows.append(("stored with a warning (bytes replaced)", summary.warnings))
    if getattr(summary, "ignored", None):  # "3 hidden, 2 not documents"; -v lists them
        rows.append(("skipped on purpose (-v lists them)", ", ".join(
            f"{n} {why}" for why, n in sorted(summary.ignored.items(), key=lambda x: (-x[1], x[0])))))
    rows += [(f"  {k}", v) for k, v in summary.findings.items()]
    rows += [("references resolved", summary.resolved), ("seconds", f"{summary.seconds:.1f}")]
    if summary.seconds >= 1:  # a rate over less than a second says nothing
        rows.append(("MB/s", f"{summary.mb_per_s:.2f}"))
    for k, v in rows:
        t.add_row(k, str(v))
    return t
