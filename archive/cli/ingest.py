"""`archive import`, `archive reextract` and `archive export`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from archive.cli import state
from archive.errors import ArchiveError, ConfigError


def _parse_date(value: str | None, option: str) -> date | None:
    if not value:
        return None
    from dateutil import parser

    try:
        return parser.parse(value).date()
    except (ValueError, OverflowError) as exc:
        raise ConfigError(f"{option}: not a date: {value!r}") from exc


def _parse_size(value: str) -> int:
    units = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}
    text = value.strip().lower()
    num = text.rstrip("kmgb")
    try:
        return int(float(num) * units[text[len(num) :]])
    except (ValueError, KeyError) as exc:
        raise ConfigError(f"--max-size: not a size: {value!r} (e.g. 20MB)") from exc


def _parse_fields(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        canonical, sep, theirs = pair.partition("=")
        if not sep or not canonical.strip() or not theirs.strip():
            raise ConfigError(f"--field takes CANONICAL=THEIRS, e.g. text=article_body; got {pair!r}")
        out[canonical.strip()] = theirs.strip()
    return out


@contextmanager
def _progress(enabled: bool) -> Iterator[Any]:
    """A rich progress bar on stderr when it is a terminal; otherwise nothing."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        yield progress


def import_cmd(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, directories (recursive), glob patterns, or - for stdin.", show_default=False
        ),
    ],
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="txt, md, html, json or jsonl (default: by file extension)."),
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option("--field", help="Map a field name: --field text=article_body (repeatable)."),
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date for articles that carry none.")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Source name for articles that carry none.")] = None,
    update: Annotated[bool, typer.Option("--update", help="Replace stored articles that changed.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first error.")] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Extraction processes [default: CPU count].")
    ] = None,
    max_size: Annotated[str, typer.Option("--max-size", help="Largest file or record accepted.")] = "20MB",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Import articles and extract persons, countries, meetings and statements.

    Re-importing an article already stored (same id, URL or content) adds nothing.
    Exit status 1 when any file or record failed.

    \b
    Examples:
      archive import examples/
      archive import news.jsonl --field text=article_body --source Reuters
      zcat dump.jsonl.gz | archive import - --format jsonl
    """
    from archive.ingest import ImportOptions, import_records
    from archive.readers import ReadOptions, iter_articles

    try:
        read_opts = ReadOptions(
            format=fmt,
            field_map=_parse_fields(field or []),
            default_published=_parse_date(published, "--published"),
            default_source=source,
            max_bytes=_parse_size(max_size),
        )
    except ValueError as exc:  # unknown --format or --field name
        raise ConfigError(str(exc)) from exc
    opts = ImportOptions(update=update, strict=strict)
    if jobs:
        opts.jobs = jobs
    engine = state(ctx).engine()

    def on_error(message: str) -> None:
        typer.echo(f"Error: {message}", err=True)

    with _progress(not quiet and not as_json) as progress:
        task = progress.add_task("Importing", total=None) if progress else None
        summary = import_records(
            engine,
            iter_articles(paths, read_opts),
            opts,
            on_error=on_error,
            on_progress=(lambda n: progress.advance(task, n)) if progress else None,
        )
    if as_json:
        typer.echo(json.dumps({k: v for k, v in summary.as_dict().items() if k != "errors"}))
    elif not quiet:
        typer.echo(
            f"{summary.total} articles: {summary.new} new, {summary.updated} updated, "
            f"{summary.unchanged} unchanged, {summary.failed} failed"
        )
    if summary.failed:
        raise typer.Exit(1)


def reextract_cmd(
    ctx: typer.Context,
    ids: Annotated[
        list[int] | None,
        typer.Argument(metavar="[ID]...", help="Article ids (default: every article).", show_default=False),
    ] = None,
    source: Annotated[str | None, typer.Option(help="Only articles from this source.")] = None,
    outdated: Annotated[
        bool, typer.Option("--outdated", help="Only articles extracted by another extractor version.")
    ] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extraction processes.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Re-run extraction on stored articles, replacing each article's facts atomically.

    \b
    Examples:
      archive reextract
      archive reextract 12 13 --jobs 2
      archive reextract --outdated
    """
    from sqlalchemy import or_, select

    from archive.extract import EXTRACTOR_VERSION
    from archive.ingest import reextract
    from archive.models import Article

    engine = state(ctx).engine()
    stmt = select(Article.id)
    if ids:
        stmt = stmt.where(Article.id.in_(ids))
    if source:
        stmt = stmt.where(Article.source == source)
    if outdated:
        stmt = stmt.where(
            or_(Article.extractor_version.is_(None), Article.extractor_version != EXTRACTOR_VERSION)
        )
    with engine.connect() as conn:
        selected = list(conn.execute(stmt).scalars())
    if ids:
        missing = sorted(set(ids) - set(selected))
        if missing and not source and not outdated:
            raise ArchiveError(f"no article with id {', '.join(map(str, missing))}")
    done = reextract(engine, selected, jobs=jobs)
    if not quiet:
        typer.echo(f"re-extracted {done} articles with extractor {EXTRACTOR_VERSION}")


export_app = typer.Typer(invoke_without_command=True)


@export_app.callback()
def export_cmd(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help="Output format: jsonl.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
) -> None:
    """Export articles with their facts as JSON lines (the gold annotation schema), read from the database.

    \b
    Examples:
      archive export -o export.jsonl
      archive export graph --format graphml -o meetings.graphml
    """
    if ctx.invoked_subcommand is not None:
        return
    if fmt != "jsonl":
        raise ConfigError(f"--format: unknown format {fmt!r} (articles export as jsonl)")
    from archive.export import export_articles

    engine = state(ctx).engine()
    out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        with engine.connect() as conn:
            for row in export_articles(conn):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()


def register(app: typer.Typer) -> None:
    app.command("import")(import_cmd)
    app.command("reextract")(reextract_cmd)
    app.add_typer(export_app, name="export")
    from archive.cli import browse

    browse.register_export(export_app)
