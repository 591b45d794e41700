"""`archive report …` (named SQL reports) and `archive sql` (read-only ad-hoc SQL)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from archive.cli import state
from archive.errors import QueryError
from archive.output import Format, FormatOption, emit_rows
from archive.sqlrun import DEFAULT_TIMEOUT, SqlResult

report_app = typer.Typer(
    help="Named SQL reports over the BI views: list them, show one, run one.",
    no_args_is_help=True,
    rich_markup_mode=None,  # like the root app: docstrings print as written
)

ReportsDirOption = Annotated[
    Path | None,
    typer.Option(
        "--reports-dir",
        help="A folder of your own .sql reports [env ARCHIVE_REPORTS]; they replace shipped ones of the same name.",
        show_default=False,
    ),
]
TimeoutOption = Annotated[
    float, typer.Option("--timeout", min=0.001, help="Cancel the query after this many seconds.")
]


def _emit(result: SqlResult, fmt: Format) -> None:
    emit_rows(result.as_dicts(), fmt, result.columns)
    if result.truncated:
        typer.echo(f"(only the first {len(result.rows)} rows: raise --max-rows to see more)", err=True)


@report_app.command("list")
def list_cmd(reports_dir: ReportsDirOption = None, fmt: FormatOption = Format.table) -> None:
    """List the reports: name, parameters and description.

    \b
    Example:
      archive report list --reports-dir ~/my-reports
    """
    from archive.reports import load_reports

    rows = [
        {
            "name": r.name,
            "params": ", ".join(p.name if p.required else f"{p.name}={p.default}" for p in r.params),
            "description": r.description,
            "origin": "shipped" if r.builtin else str(r.path),
        }
        for r in load_reports(reports_dir).values()
    ]
    emit_rows(rows, fmt, ["name", "params", "description"] if fmt is Format.table else None)


@report_app.command("show")
def show_cmd(
    name: Annotated[str, typer.Argument(help="Report name (see `archive report list`).", show_default=False)],
    reports_dir: ReportsDirOption = None,
) -> None:
    """Show a report: its description, parameters with defaults, file and SQL.

    \b
    Example:
      archive report show country_contacts
    """
    from archive.reports import get_report

    r = get_report(name, reports_dir)
    typer.echo(f"{r.name}: {r.description}")
    typer.echo(f"file: {r.path}")
    typer.echo("parameters:" if r.params else "parameters: none")
    for p in r.params:
        default = "required" if p.required else f"default {p.default!r}"
        typer.echo(f"  {p.name} ({p.type}, {default}){': ' + p.help if p.help else ''}")
    typer.echo("")
    typer.echo(r.sql.rstrip())


@report_app.command("run")
def run_cmd(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Report name (see `archive report list`).", show_default=False)],
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", metavar="NAME=VALUE", help="Set a parameter (repeatable)."),
    ] = None,
    fmt: FormatOption = Format.table,
    reports_dir: ReportsDirOption = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    max_rows: Annotated[
        int | None, typer.Option("--max-rows", min=1, help="Print at most this many rows.")
    ] = None,
) -> None:
    """Run a report read-only and print its rows.

    \b
    Examples:
      archive report run country_contacts --param country=PK
      archive report run meetings_by_country_pair_month -p since=2024-01-01 --format csv > pairs.csv
    """
    from archive.reports import get_report, parse_assignments, run_report

    report = get_report(name, reports_dir)
    values = parse_assignments(param or [])
    engine = state(ctx).engine()
    _emit(run_report(engine, report, values, timeout=timeout, max_rows=max_rows), fmt)


def sql_cmd(
    ctx: typer.Context,
    query: Annotated[
        str | None,
        typer.Argument(help="One SELECT statement (or - to read it from stdin).", show_default=False),
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option("--file", "-F", help="Read the statement from this file.", show_default=False),
    ] = None,
    fmt: FormatOption = Format.table,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    max_rows: Annotated[
        int | None, typer.Option("--max-rows", min=1, help="Print at most this many rows.")
    ] = None,
) -> None:
    """Run one read-only SQL statement against the archive (writes are refused).

    The BI views (v_meetings, v_country_pairs, v_statements, …) are the easiest
    place to start; see docs/schema.md.

    \b
    Examples:
      archive sql "SELECT country_a, country_b, COUNT(*) AS n FROM v_country_pairs GROUP BY 1, 2"
      archive sql --file question.sql --format csv --timeout 120
    """
    from archive.sqlrun import run_sql

    if (query is None) == (file is None):
        raise QueryError("give either a statement or --file, not both (nor neither)")
    if file is not None:
        try:
            sql = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read {file}: {exc.strerror}") from None
    else:
        sql = sys.stdin.read() if query == "-" else str(query)
    engine = state(ctx).engine()
    _emit(run_sql(engine, sql, timeout=timeout, max_rows=max_rows), fmt)


def register(app: typer.Typer) -> None:
    """Add `report` and `sql` to the root command."""
    app.add_typer(report_app, name="report")
    app.command("sql")(sql_cmd)
