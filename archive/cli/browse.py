"""Read-side commands: stats, and listings of the archive's records."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from archive.cli import state


def stats_cmd(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Counts per entity, the publication date range and the top sources.

    Example: archive stats
    """
    from archive.queries import stats

    with state(ctx).engine().connect() as conn:
        data = stats(conn)
    if as_json:
        typer.echo(json.dumps(data))
        return
    c = data["counts"]
    typer.echo(
        f"{c['articles']} articles, {c['persons']} persons, {c['countries_mentioned']} countries "
        f"mentioned, {c['meetings']} meetings, {c['statements']} statements"
    )
    p = data["published"]
    if p["first"]:
        typer.echo(f"published {p['first']} .. {p['last']}")
    if data["top_sources"]:
        typer.echo(
            "top sources: " + ", ".join(f"{s['source']} ({s['articles']})" for s in data["top_sources"])
        )


def register(app: typer.Typer) -> None:
    app.command("stats")(stats_cmd)
