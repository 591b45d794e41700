"""Read-side and curation commands: stats, list/show per entity, curation, graph export.

The commands only parse options and format; archive.queries, archive.curation
and archive.graph do the work and raise typed errors.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy import Connection

from archive.cli import state
from archive.errors import QueryError
from archive.output import (
    Column,
    Format,
    FormatOption,
    ListingOptions,
    emit_record,
    emit_rows,
    listing_options,
)

# --------------------------------------------------------------------------- shared options

CountryOpt = Annotated[
    str | None, typer.Option("--country", "-c", help="ISO code or country name, any case (IR, Iran).")
]
PersonOpt = Annotated[str | None, typer.Option("--person", "-p", help="Person id, name or alias, any case.")]
SinceOpt = Annotated[
    str | None, typer.Option("--since", help="On or after this date (2018, 2018-03, 2018-03-05).")
]
UntilOpt = Annotated[
    str | None, typer.Option("--until", help="On or before this date (2018, 2018-03, 2018-03-05).")
]
SourceOpt = Annotated[str | None, typer.Option("--source", help="Articles from this source, any case.")]
LocationOpt = Annotated[str | None, typer.Option("--location", help="Meeting place contains this text.")]
SpeakerOpt = Annotated[
    str | None, typer.Option("--speaker", help="Speaker as named, or a person's name or alias.")
]
SearchOpt = Annotated[
    str | None,
    typer.Option("--search", "-s", help='Full-text search in the articles: words, "a phrase", OR, -word.'),
]
QuoteSearchOpt = Annotated[
    str | None,
    typer.Option("--search", "-s", help='Full-text search in the quotations: words, "a phrase", OR, -word.'),
]
NameSearchOpt = Annotated[
    str | None, typer.Option("--search", "-s", help="Name contains this text, any case.")
]

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def parse_date(value: str | None, option: str, *, end: bool = False) -> date | None:
    """A date from ISO text; a year or month means its first day (or, with ``end``, its last)."""
    if not value:
        return None
    import calendar

    text = value.strip()
    try:
        if match := _PARTIAL.match(text):
            year, month, day = (int(g) if g else None for g in match.groups())
            assert year is not None
            month = month or (12 if end else 1)
            day = day or (calendar.monthrange(year, month)[1] if end else 1)
            return date(year, month, day)
        from dateutil import parser

        return parser.parse(text).date()
    except (ValueError, OverflowError) as exc:
        raise QueryError(f"{option}: not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)") from exc


def _filters(**kw: Any) -> Any:
    from archive.queries import Filters

    kw["since"] = parse_date(kw.get("since"), "--since")
    kw["until"] = parse_date(kw.get("until"), "--until", end=True)
    return Filters(**kw)


def _page(listing: ListingOptions) -> Any:
    from archive.queries import Page

    return Page(limit=listing.limit, offset=listing.offset, sort=listing.sort)


@contextmanager
def _reading(ctx: typer.Context) -> Iterator[Connection]:
    with state(ctx).engine().connect() as conn:
        yield conn


@contextmanager
def _writing(ctx: typer.Context) -> Iterator[Connection]:
    """One transaction that takes the write lock up front (curation changes several tables)."""
    from archive.db import writer

    with writer(state(ctx).engine()).begin() as conn:
        yield conn


def _list(
    ctx: typer.Context,
    fn: Callable[..., list[dict[str, Any]]],
    filters: Any,
    listing: ListingOptions,
    columns: list[Column],
) -> None:
    with _reading(ctx) as conn:
        rows = fn(conn, filters, _page(listing))
    emit_rows(rows, listing.format, columns)


def _say(message: str, fmt: Format | None = None, data: dict[str, Any] | None = None) -> None:
    if fmt in (Format.json, Format.jsonl) and data is not None:
        typer.echo(json.dumps(data, default=str))
    else:
        typer.echo(message)


# --------------------------------------------------------------------------- stats


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


# --------------------------------------------------------------------------- articles

articles_app = typer.Typer(help="List and show articles.", no_args_is_help=True, rich_markup_mode=None)


@articles_app.command("list")
@listing_options(("id", "published", "source", "title"))
def articles_list(
    ctx: typer.Context,
    country: CountryOpt = None,
    person: PersonOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    location: LocationOpt = None,
    speaker: SpeakerOpt = None,
    search: SearchOpt = None,
    *,
    listing: ListingOptions,
) -> None:
    """List articles, newest first, with their countries and fact counts.

    \b
    Examples:
      archive articles list --country Iran --since 2018-01
      archive articles list --person "Shah Mehmood Qureshi" --format csv
    """
    from archive.queries import list_articles

    f = _filters(
        country=country,
        person=person,
        since=since,
        until=until,
        source=source,
        location=location,
        speaker=speaker,
        search=search,
    )
    cols = [
        Column("id"),
        Column("published"),
        Column("source", max_width=20),
        Column("title", max_width=60),
        Column("countries", max_width=24),
        Column("persons"),
        Column("meetings"),
        Column("statements"),
    ]
    _list(ctx, list_articles, f, listing, cols)


@articles_app.command("show")
def articles_show(
    ctx: typer.Context,
    article_id: Annotated[int, typer.Argument(metavar="ID", help="Article id.")],
    fmt: FormatOption = Format.table,
) -> None:
    """Show an article's countries, persons, meetings and statements, each with its sentence.

    Example: archive articles show 12
    """
    from archive.queries import get_article

    with _reading(ctx) as conn:
        record = get_article(conn, article_id)
    emit_record(
        record,
        fmt,
        {
            "countries": ["code", "surface", "kind", "sentence"],
            "persons": ["person_id", "name", "country", "titles", "sentence"],
            "meetings": ["meeting_id", "type", "date", "location", "participants", "countries", "sentence"],
            "statements": ["statement_id", "speaker", "country", "cue", "sentence"],
        },
        title=f"Article {article_id}",
    )


# --------------------------------------------------------------------------- persons

persons_app = typer.Typer(help="List, show and curate persons.", no_args_is_help=True, rich_markup_mode=None)
alias_app = typer.Typer(help="Add or remove a person's alias.", no_args_is_help=True, rich_markup_mode=None)
persons_app.add_typer(alias_app, name="alias")


@persons_app.command("list")
@listing_options(("id", "name", "country", "articles", "meetings", "statements"))
def persons_list(
    ctx: typer.Context,
    country: CountryOpt = None,
    person: PersonOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    location: LocationOpt = None,
    search: NameSearchOpt = None,
    *,
    listing: ListingOptions,
) -> None:
    """List persons, most often mentioned first; --since/--until/--source pick the articles counted in.

    \b
    Examples:
      archive persons list --country RU
      archive persons list --search lavrov --format json
    """
    from archive.queries import list_persons

    f = _filters(
        country=country,
        person=person,
        since=since,
        until=until,
        source=source,
        location=location,
        search=search,
    )
    cols = [
        Column("id"),
        Column("name"),
        Column("country"),
        Column("articles"),
        Column("meetings"),
        Column("statements"),
    ]
    _list(ctx, list_persons, f, listing, cols)


@persons_app.command("show")
def persons_show(
    ctx: typer.Context,
    person: Annotated[str, typer.Argument(metavar="ID", help="Person id, name or alias.")],
    fmt: FormatOption = Format.table,
) -> None:
    """Show a person's names, titles, countries, articles, meetings and statements.

    Example: archive persons show 3
    """
    from archive.curation import person_ref
    from archive.queries import get_person

    with _reading(ctx) as conn:
        record = get_person(conn, person_ref(conn, person))
    emit_record(
        record,
        fmt,
        {
            "titles": ["title", "article_id", "sentence"],
            "articles": ["article_id", "published", "source", "named_as", "sentence"],
            "meetings": ["meeting_id", "date", "type", "location", "with", "countries"],
            "statements": ["statement_id", "article_id", "published", "sentence"],
        },
        title=f"Person {record['id']}: {record['name']}",
    )


@persons_app.command("merge")
def persons_merge(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(metavar="KEEP", help="Person kept (id, name or alias).")],
    other: Annotated[str, typer.Argument(metavar="OTHER", help="Person merged into KEEP and deleted.")],
    fmt: FormatOption = Format.table,
) -> None:
    """Merge OTHER into KEEP: every fact moves, OTHER's names become KEEP's aliases.

    Survives re-extraction: articles naming OTHER resolve to KEEP.

    Example: archive persons merge 3 17
    """
    from archive.curation import merge_persons, person_ref

    with _writing(ctx) as conn:
        r = merge_persons(conn, person_ref(conn, keep), person_ref(conn, other))
    _say(
        f"merged person {r['merged']} ({r['merged_name']}) into {r['kept']} ({r['name']}): "
        f"{r['articles']} articles, {r['meetings']} meeting reports, {r['statements']} statements moved",
        fmt,
        r,
    )


@persons_app.command("rename")
def persons_rename(
    ctx: typer.Context,
    person_id: Annotated[int, typer.Argument(metavar="ID", help="Person id.")],
    new_name: Annotated[str, typer.Argument(metavar="NEW_NAME")],
    fmt: FormatOption = Format.table,
) -> None:
    """Rename a person; the old name stays an alias, so re-extraction still finds them.

    Example: archive persons rename 3 "Shah Mahmood Qureshi"
    """
    from archive.curation import rename_person

    with _writing(ctx) as conn:
        r = rename_person(conn, person_id, new_name)
    _say(f"person {person_id}: {r['old_name']} -> {r['name']}", fmt, r)


@alias_app.command("add")
def alias_add(
    ctx: typer.Context,
    person_id: Annotated[int, typer.Argument(metavar="ID", help="Person id.")],
    alias: Annotated[str, typer.Argument(metavar="ALIAS")],
    fmt: FormatOption = Format.table,
) -> None:
    """Add another name for a person; articles using it then resolve to them.

    Example: archive persons alias add 3 "FM Qureshi"
    """
    from archive.curation import add_alias

    with _writing(ctx) as conn:
        r = add_alias(conn, person_id, alias)
    _say(f"person {person_id}: added alias {r['alias']!r}", fmt, r)


@alias_app.command("remove")
def alias_remove(
    ctx: typer.Context,
    person_id: Annotated[int, typer.Argument(metavar="ID", help="Person id.")],
    alias: Annotated[str, typer.Argument(metavar="ALIAS")],
    fmt: FormatOption = Format.table,
) -> None:
    """Say a name is not this person; re-extraction will not give it back to them.

    Facts already stored under that name keep pointing at the person until
    their articles are re-extracted; the command lists those articles.

    Example: archive persons alias remove 3 "Qureshi"
    """
    from archive.curation import remove_alias

    with _writing(ctx) as conn:
        r = remove_alias(conn, person_id, alias)
    msg = f"person {person_id}: removed alias {r['alias']!r}"
    if r["articles"]:
        ids = " ".join(map(str, r["articles"]))
        msg += f"\n{len(r['articles'])} articles name them so; to re-resolve: archive reextract {ids}"
    _say(msg, fmt, r)


# --------------------------------------------------------------------------- countries

countries_app = typer.Typer(help="List and show countries.", no_args_is_help=True, rich_markup_mode=None)


@countries_app.command("list")
@listing_options(("code", "name", "articles", "meetings", "persons", "statements"))
def countries_list(
    ctx: typer.Context,
    country: CountryOpt = None,
    person: PersonOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    search: NameSearchOpt = None,
    *,
    listing: ListingOptions,
) -> None:
    """List countries mentioned by articles, most mentioned first; --search matches country names.

    \b
    Examples:
      archive countries list --since 2018
      archive countries list --person Lavrov --format csv
    """
    from archive.queries import list_countries

    f = _filters(country=country, person=person, since=since, until=until, source=source, search=search)
    cols = [Column(k) for k in ("code", "name", "articles", "meetings", "persons", "statements")]
    _list(ctx, list_countries, f, listing, cols)


@countries_app.command("show")
def countries_show(
    ctx: typer.Context,
    country: Annotated[str, typer.Argument(metavar="COUNTRY", help="ISO code or name.")],
    fmt: FormatOption = Format.table,
) -> None:
    """Show a country: counts, its persons, and recent articles, meetings and statements.

    Example: archive countries show iran
    """
    from archive.queries import get_country

    with _reading(ctx) as conn:
        record = get_country(conn, country)
    emit_record(
        record,
        fmt,
        {
            "recent_articles": ["article_id", "published", "source", "title", "sentence"],
            "recent_statements": ["id", "published", "speaker", "text"],
        },
        title=f"{record['name']} ({record['code']})",
    )


# --------------------------------------------------------------------------- meetings

meetings_app = typer.Typer(
    help="List, show and delete meetings.", no_args_is_help=True, rich_markup_mode=None
)
TypeOpt = Annotated[
    str | None,
    typer.Option(
        "--type",
        help="CAMEO code or word: 040 consult, 041 phone, 042 visit, 043 host, 044 third place, 046 negotiate.",
    ),
]


@meetings_app.command("list")
@listing_options(("id", "date", "type", "location", "sources"))
def meetings_list(
    ctx: typer.Context,
    country: CountryOpt = None,
    person: PersonOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    location: LocationOpt = None,
    cameo: TypeOpt = None,
    search: SearchOpt = None,
    *,
    listing: ListingOptions,
) -> None:
    """List meetings, latest first: type, date, place, participants and countries.

    \b
    Examples:
      archive meetings list --country PK --since 2018
      archive meetings list --person Qureshi --type visit --since 2018
    """
    from archive.queries import list_meetings

    f = _filters(
        country=country,
        person=person,
        since=since,
        until=until,
        source=source,
        location=location,
        cameo=cameo,
        search=search,
    )
    cols = [
        Column("id"),
        Column("date"),
        Column("type"),
        Column("location", max_width=20),
        Column("participants", max_width=50),
        Column("countries", max_width=16),
        Column("sources"),
    ]
    _list(ctx, list_meetings, f, listing, cols)


@meetings_app.command("show")
def meetings_show(
    ctx: typer.Context,
    meeting_id: Annotated[int, typer.Argument(metavar="ID", help="Meeting id.")],
    fmt: FormatOption = Format.table,
) -> None:
    """Show a meeting: participants, place, date, type, and each source with its evidence sentence.

    Example: archive meetings show 5
    """
    from archive.queries import get_meeting

    with _reading(ctx) as conn:
        record = get_meeting(conn, meeting_id)
    emit_record(
        record,
        fmt,
        {
            "participants": ["person_id", "name", "country"],
            "countries": ["code", "name"],
            "sources": ["article_id", "published", "source", "type", "date", "location", "sentence"],
        },
        title=f"Meeting {meeting_id}",
    )


@meetings_app.command("delete")
def meetings_delete(
    ctx: typer.Context,
    meeting_id: Annotated[int, typer.Argument(metavar="ID", help="Meeting id.")],
    fmt: FormatOption = Format.table,
) -> None:
    """Delete a meeting that extraction got wrong; it stays deleted after re-extraction.

    Example: archive meetings delete 5
    """
    from archive.curation import delete_meeting

    with _writing(ctx) as conn:
        r = delete_meeting(conn, meeting_id)
    _say(f"deleted meeting {meeting_id} ({r['sources']} reports)", fmt, r)


# --------------------------------------------------------------------------- statements

statements_app = typer.Typer(
    help="List, show and correct statements (quotations).", no_args_is_help=True, rich_markup_mode=None
)


@statements_app.command("list")
@listing_options(("id", "published", "speaker", "article"))
def statements_list(
    ctx: typer.Context,
    country: CountryOpt = None,
    person: PersonOpt = None,
    speaker: SpeakerOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    search: QuoteSearchOpt = None,
    *,
    listing: ListingOptions,
) -> None:
    """List quotations, newest first; --country is the speaker's country, --person the speaker.

    \b
    Examples:
      archive statements list --speaker Lavrov --search sanctions
      archive statements list --country IR --format jsonl
    """
    from archive.queries import list_statements

    f = _filters(
        country=country,
        person=person,
        speaker=speaker,
        since=since,
        until=until,
        source=source,
        search=search,
    )
    cols = [
        Column("id"),
        Column("published"),
        Column("speaker", max_width=28),
        Column("country"),
        Column("text", max_width=70),
        Column("article_id", "article"),
    ]
    _list(ctx, list_statements, f, listing, cols)


@statements_app.command("show")
def statements_show(
    ctx: typer.Context,
    statement_id: Annotated[int, typer.Argument(metavar="ID", help="Statement id.")],
    fmt: FormatOption = Format.table,
) -> None:
    """Show a quotation, its speaker and article, and the sentence it stands in.

    Example: archive statements show 8
    """
    from archive.queries import get_statement

    with _reading(ctx) as conn:
        record = get_statement(conn, statement_id)
    emit_record(record, fmt, title=f"Statement {statement_id}")


@statements_app.command("set-speaker")
def statements_set_speaker(
    ctx: typer.Context,
    statement_id: Annotated[int, typer.Argument(metavar="ID", help="Statement id.")],
    person: Annotated[str, typer.Argument(metavar="PERSON", help="Person id, name or alias.")],
    fmt: FormatOption = Format.table,
) -> None:
    """Attribute a quotation to a person; kept after re-extraction.

    Example: archive statements set-speaker 8 "Sergei Lavrov"
    """
    from archive.curation import person_ref, set_speaker

    with _writing(ctx) as conn:
        r = set_speaker(conn, statement_id, person_ref(conn, person))
    _say(f"statement {statement_id}: speaker {r['previous'] or '-'} -> {r['speaker']}", fmt, r)


# --------------------------------------------------------------------------- curation log

curation_app = typer.Typer(help="Review curation decisions.", no_args_is_help=True, rich_markup_mode=None)


@curation_app.command("list")
@listing_options(("id",), default_limit=100)
def curation_list(ctx: typer.Context, *, listing: ListingOptions) -> None:
    """List curation decisions, newest first (merges, renames, aliases, deleted meetings, speakers).

    Example: archive curation list --format json
    """
    from archive.curation import history

    if listing.sort not in (None, "id", "-id"):
        raise QueryError(f"--sort: unknown key {listing.sort!r} (one of: id)")
    with _reading(ctx) as conn:
        rows = history(conn, None)
    if listing.sort == "id":
        rows.reverse()
    rows = rows[listing.offset :]
    if listing.limit:
        rows = rows[: listing.limit]
    cols = [
        Column("id"),
        Column("created_at", "when"),
        Column("action"),
        Column("person_id", "person"),
        Column("other_person_id", "other"),
        Column("article_id", "article"),
        Column("value", max_width=40),
        Column("fingerprint", max_width=40),
    ]
    emit_rows(rows, listing.format, cols)


# --------------------------------------------------------------------------- export graph


def export_graph(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help="graphml or gexf (Gephi reads both).")] = "graphml",
    nodes: Annotated[str, typer.Option("--nodes", help="persons or countries.")] = "persons",
    since: SinceOpt = None,
    until: UntilOpt = None,
    cameo: TypeOpt = None,
    min_weight: Annotated[
        int, typer.Option("--min-weight", min=1, help="Drop pairs that met fewer times.")
    ] = 1,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
) -> None:
    """Export the meeting network: nodes are persons or countries, edges count shared meetings.

    \b
    Examples:
      archive export graph --format graphml -o meetings.graphml
      archive export graph --nodes countries --format gexf --since 2018 -o countries.gexf
    """
    from archive.graph import FORMATS, GraphOptions, build_graph, write_graph
    from archive.queries import resolve_cameo

    if fmt not in FORMATS:
        raise QueryError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    opts = GraphOptions(
        nodes=nodes,
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until", end=True),
        cameo=resolve_cameo(cameo) if cameo else None,
        min_weight=min_weight,
    )
    with _reading(ctx) as conn:
        graph = build_graph(conn, opts)
    if output:
        with open(output, "wb") as fh:
            write_graph(graph, fmt, fh)
        typer.echo(
            f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges to {output}", err=True
        )
    else:
        write_graph(graph, fmt, sys.stdout.buffer)


# --------------------------------------------------------------------------- registration


def register(app: typer.Typer) -> None:
    """Add the read-side and curation commands to the root app."""
    app.command("stats")(stats_cmd)
    app.add_typer(articles_app, name="articles")
    app.add_typer(persons_app, name="persons")
    app.add_typer(countries_app, name="countries")
    app.add_typer(meetings_app, name="meetings")
    app.add_typer(statements_app, name="statements")
    app.add_typer(curation_app, name="curation")


def register_export(export_app: typer.Typer) -> None:
    """Add `archive export graph` to the export group."""
    export_app.command("graph")(export_graph)
