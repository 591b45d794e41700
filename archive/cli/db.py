"""`archive db …`: schema migrations."""

from __future__ import annotations

from typing import Annotated

import typer

from archive.cli import state

app = typer.Typer(help="Create, upgrade and inspect the database schema.", no_args_is_help=True)


@app.command()
def upgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Upgrade the schema (to the newest revision by default).

    Example: archive --db /tmp/x.db db upgrade
    """
    from archive import db
    from archive.config import display_url

    engine = state(ctx).engine(migrate=False)
    db.upgrade(engine, revision)
    typer.echo(f"{display_url(engine.url)} is at {db.current_revision(engine) or 'base'}")


@app.command()
def downgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision, e.g. base or -1.")],
) -> None:
    """Downgrade the schema to REVISION ("base" removes every table).

    Example: archive --db /tmp/x.db db downgrade base
    """
    from archive import db
    from archive.config import display_url

    engine = state(ctx).engine(migrate=False)
    db.downgrade(engine, revision)
    typer.echo(f"{display_url(engine.url)} is at {db.current_revision(engine) or 'base'}")


@app.command()
def current(ctx: typer.Context) -> None:
    """Show the database's schema revision and whether it is up to date.

    Example: archive db current
    """
    from archive import db

    engine = state(ctx).engine(migrate=False)
    cur, head = db.current_revision(engine), db.head_revision(engine)
    note = "up to date" if cur == head else f"head is {head}; run: archive db upgrade"
    typer.echo(f"{cur or 'base'} ({note})")


@app.command()
def history(ctx: typer.Context) -> None:
    """List every schema revision, oldest first.

    Example: archive db history
    """
    from alembic.script import ScriptDirectory

    from archive import db

    engine = state(ctx).engine(migrate=False)
    script = ScriptDirectory.from_config(db.alembic_config(engine))
    for rev in reversed(list(script.walk_revisions())):
        typer.echo(f"{rev.revision}  {rev.doc}")
