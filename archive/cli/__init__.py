"""The `archive` command line: thin Typer commands over the library.

Library code raises :class:`archive.errors.ArchiveError`; every command turns
it, and any other exception, into one ``Error: …`` line on stderr and exit status 1.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Annotated

import typer
from sqlalchemy import Engine
from typer.core import TyperGroup
from typer.exceptions import TyperException

from archive import __version__
from archive.errors import ArchiveError


class _Group(TyperGroup):
    """Turns library errors into one line on stderr and exit status 1, for every command."""

    def invoke(self, ctx: typer.Context) -> object:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except ArchiveError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            typer.echo("Interrupted.", err=True)
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, TyperException):
            raise  # typer's own exits and usage errors already say what went wrong
        except Exception as exc:
            # Anything unforeseen still gets one line, not a traceback; ARCHIVE_DEBUG=1 shows it.
            if os.environ.get("ARCHIVE_DEBUG"):
                raise
            typer.echo(f"Error: {_one_line(exc)}", err=True)
            raise typer.Exit(1) from None


def _one_line(exc: Exception) -> str:
    """A database error as its driver's first line; anything else as type and message."""
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, DBAPIError) and exc.orig is not None:
        first = (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
        return f"database error: {first}"
    message = " ".join(str(exc).split())
    return f"unexpected {type(exc).__name__}{': ' + message if message else ''} (ARCHIVE_DEBUG=1 shows where)"


app = typer.Typer(
    name="archive",
    cls=_Group,
    help="A relational archive of diplomatic news: import articles, extract who met whom "
    "and who said what, and query it.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals could include a database password
    add_completion=False,
    rich_markup_mode=None,
)


@dataclass
class State:
    """Per-invocation settings; the engine is built on first use, not before."""

    db: str | None = None
    _engine: Engine | None = field(default=None, repr=False)

    def engine(self, *, migrate: bool = True) -> Engine:
        """The database engine; a new or out-of-date database is upgraded first."""
        from archive.config import resolve_url
        from archive.db import ensure_current, make_engine

        if self._engine is None:
            self._engine = make_engine(resolve_url(self.db))
            if migrate:
                ensure_current(self._engine)
        return self._engine


def state(ctx: typer.Context) -> State:
    obj = ctx.find_root().obj
    assert isinstance(obj, State)
    return obj


def _version(value: bool) -> None:
    if value:
        typer.echo(f"archive {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="URL_OR_PATH",
            help="Database: a SQLite file path or a postgresql:// URL [env ARCHIVE_DB; default archive.db].",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Import diplomatic news and query who met whom, where and when, and who said what."""
    ctx.obj = State(db=db)


def _register() -> None:
    from archive.cli import browse, ingest, report
    from archive.cli import db as db_cmds

    app.add_typer(db_cmds.app, name="db")
    ingest.register(app)
    browse.register(app)
    report.register(app)


_register()


def main() -> None:
    """Console entry point."""
    app()
