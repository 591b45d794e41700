"""One way to print listings and records: a table on a terminal, or CSV / JSON / JSON lines.

Every listing command takes the same options (``--format``, ``--limit``,
``--offset``, ``--sort``) through :func:`listing_options`, so scripts can rely
on them everywhere, and every command prints through :func:`emit_rows` or
:func:`emit_record`.
"""

from __future__ import annotations

import csv
import functools
import inspect
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Annotated, Any, TextIO, TypeVar, get_type_hints

import typer

from archive.errors import QueryError


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


@dataclass(frozen=True, slots=True)
class Column:
    """A listing column: the row key, its header, and how wide a table may draw it."""

    key: str
    header: str | None = None
    max_width: int | None = None


@dataclass(slots=True)
class ListingOptions:
    """What :func:`listing_options` collects from the command line."""

    format: Format = Format.table
    limit: int | None = 50
    offset: int = 0
    sort: str | None = None


FormatOption = Annotated[
    Format,
    typer.Option(
        "--format", "-f", help="table (readable, the default), csv, json or jsonl.", show_default=False
    ),
]

F = TypeVar("F", bound=Callable[..., Any])


def listing_options(sort_fields: Sequence[str], default_limit: int = 50) -> Callable[[F], F]:
    """Add --format, --limit, --offset and --sort to a command; it receives them as ``listing``.

    The wrapped function declares ``listing: ListingOptions`` as its last
    parameter; Typer sees the four options instead.
    """
    sort_help = "Sort by " + ", ".join(sort_fields) + "; prefix - for descending (--sort=-date)."

    def decorate(fn: F) -> F:
        sig = inspect.signature(fn)
        hints = get_type_hints(fn, include_extras=True)
        params = [p.replace(annotation=hints.get(p.name, p.annotation)) for p in sig.parameters.values()]
        params = [p for p in params if p.name != "listing"]
        kw = inspect.Parameter.KEYWORD_ONLY
        extra = {
            "format_": (FormatOption, Format.table),
            "limit_": (
                Annotated[
                    int,
                    typer.Option("--limit", "-n", min=0, help="At most this many rows (0: no limit)."),
                ],
                default_limit,
            ),
            "offset_": (Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows.")], 0),
            "sort_": (
                Annotated[str | None, typer.Option("--sort", help=sort_help, show_default=False)],
                None,
            ),
        }
        params += [inspect.Parameter(n, kw, annotation=a, default=d) for n, (a, d) in extra.items()]

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            listing = ListingOptions(
                format=kwargs.pop("format_"),
                limit=kwargs.pop("limit_") or None,
                offset=kwargs.pop("offset_"),
                sort=kwargs.pop("sort_"),
            )
            return fn(*args, listing=listing, **kwargs)

        del wrapper.__wrapped__  # Typer must see the new signature, not the original
        wrapper.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in params}
        return wrapper  # type: ignore[return-value]

    return decorate


# --------------------------------------------------------------------------- values


def plain(value: Any) -> Any:
    """A JSON-friendly value: dates as ISO strings, everything else unchanged."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, Mapping):
        return {k: _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_jsonable(v) for v in obj]
    return plain(obj)


def _cell(value: Any) -> str:
    """A scalar for CSV and tables: lists joined with '; ', None empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(_jsonable(value), ensure_ascii=False)
    return str(plain(value))


def _console(out: TextIO) -> Any:
    from rich.console import Console

    if out.isatty():
        return Console(file=out, highlight=False)
    # Piped: no colour, and no wrapping of long rows, so lines stay greppable.
    return Console(file=out, no_color=True, highlight=False, width=400, soft_wrap=True)


def _table(rows: Sequence[Mapping[str, Any]], columns: Sequence[Column], title: str | None = None) -> Any:
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False, show_edge=False)
    for c in columns:
        table.add_column(
            c.header or c.key,
            max_width=c.max_width,
            overflow="ellipsis" if c.max_width else "fold",
            no_wrap=bool(c.max_width),
        )
    for row in rows:
        table.add_row(*(_cell(row.get(c.key)) for c in columns))
    return table


def _columns(rows: Sequence[Mapping[str, Any]], columns: Sequence[Column | str] | None) -> list[Column]:
    if columns is not None:
        return [c if isinstance(c, Column) else Column(c) for c in columns]
    return [Column(k) for k in (rows[0].keys() if rows else [])]


def emit_rows(
    rows: Sequence[Mapping[str, Any]],
    fmt: Format,
    columns: Sequence[Column | str] | None = None,
    *,
    out: TextIO | None = None,
) -> None:
    """Print a listing. JSON formats carry every key; table and CSV only ``columns``."""
    out = out or sys.stdout
    cols = _columns(rows, columns)
    if fmt is Format.json:
        out.write(json.dumps(_jsonable(list(rows)), ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.jsonl:
        for row in rows:
            out.write(json.dumps(_jsonable(row), ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([c.key for c in cols])
        for row in rows:
            writer.writerow([_cell(row.get(c.key)) for c in cols])
    else:
        if not rows:
            out.write("(no rows)\n")
            return
        _console(out).print(_table(rows, cols))


def emit_record(
    record: Mapping[str, Any],
    fmt: Format,
    sections: Mapping[str, Sequence[Column | str]] | None = None,
    *,
    title: str | None = None,
    out: TextIO | None = None,
) -> None:
    """Print one record: its fields, then each list of facts as a table (``sections`` picks columns).

    CSV has no place for nested facts, so a record prints as table, json or jsonl only.
    """
    out = out or sys.stdout
    if fmt is Format.json:
        out.write(json.dumps(_jsonable(record), ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is Format.jsonl:
        out.write(json.dumps(_jsonable(record), ensure_ascii=False) + "\n")
        return
    if fmt is Format.csv:
        raise QueryError("--format csv is for listings; show prints table, json or jsonl")
    from rich.table import Table

    console = _console(out)
    if title:
        console.print(title, style="bold", markup=False)
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="bold")
    fields.add_column(overflow="fold")
    lists: list[tuple[str, Any]] = []
    for key, value in record.items():
        if isinstance(value, list) and (not value or isinstance(value[0], Mapping)):
            lists.append((key, value))
        else:
            fields.add_row(key, _cell(value))
    console.print(fields)
    sections = sections or {}
    for key, items in lists:
        if not items:
            continue
        console.print()
        console.print(_table(items, _columns(items, sections.get(key)), title=f"{key} ({len(items)})"))
