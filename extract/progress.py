"""The ingest progress bar (files, MB/s, findings, errors) and the closing summary table.

Example::

    >>> with IngestProgress(Console(stderr=True), total_bytes=10_000_000) as bar:   # doctest: +SKIP
    ...     bar.update(summary, size)
"""
from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table


class IngestProgress:
    """A rich progress bar over input bytes; quiet (and free) when disabled or not on a terminal."""

    def __init__(self, console: Console, total_bytes: int, enabled: bool = True):
        self.console = console
        self.enabled = enabled and console.is_terminal
        self.progress = Progress(
            TextColumn("[bold]ingest[/bold]"), BarColumn(), TextColumn("{task.fields[files]} files"),
            TextColumn("{task.fields[rate]:.2f} MB/s"), TextColumn("{task.fields[found]} findings"),
            TextColumn("[red]{task.fields[errors]} errors"), TimeElapsedColumn(), TimeRemainingColumn(),
            console=console, disable=not self.enabled, transient=False)
        self.task = self.progress.add_task("ingest", total=total_bytes or None, files=0, rate=0.0, found=0, errors=0)

    def __enter__(self):
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


def summary_table(summary, db: str) -> Table:
    """The end-of-run table: files, stored, skipped, errors, findings, speed."""
    t = Table(title=f"ingest → {db}", show_header=False)
    t.add_column("what")
    t.add_column("n", justify="right")
    rows = [("files read", summary.files), ("documents stored", summary.added),
            ("already stored or repeated (skipped)", summary.skipped), ("errors", summary.errors)]
    if getattr(summary, "warnings", 0):
        rows.append(("stored with a warning (bytes replaced)", summary.warnings))
    if getattr(summary, "ignored", None):  # "3 hidden, 2 not documents"; -v lists them
        rows.append(("skipped on purpose (-v lists them)", ", ".join(
            f"{n} {why}" for why, n in sorted(summary.ignored.items(), key=lambda x: (-x[1], x[0])))))
    rows += [(f"  {k}", v) for k, v in summary.findings.items()]
    rows += [("references re-resolved", summary.resolved), ("seconds", f"{summary.seconds:.1f}"),
             ("MB/s", f"{summary.mb_per_s:.2f}")]
    for k, v in rows:
        t.add_row(k, str(v))
    return t
