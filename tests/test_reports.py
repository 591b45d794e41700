"""Named SQL reports: every shipped report on both backends with known data, and the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from archive.errors import QueryError
from archive.reports import get_report, load_reports, parse_report, run_report
from tests.test_views import seed

SHIPPED = {
    "meetings_by_country_pair_month",
    "who_met_whom",
    "top_speakers",
    "statements_by_country_month",
    "country_contacts",
    "articles_by_source_month",
    "persons_by_articles",
}


def run(engine: Engine, name: str, **params: str) -> list[dict[str, Any]]:
    result = run_report(engine, get_report(name), params)
    return [{k: v.isoformat() if isinstance(v, date) else v for k, v in r.items()} for r in result.as_dicts()]


def test_shipped_reports_have_descriptions() -> None:
    reports = load_reports()
    assert set(reports) >= SHIPPED
    assert all(r.description for r in reports.values())


def test_meetings_by_country_pair_month(engine: Engine) -> None:
    seed(engine)
    assert [
        (r["month"], r["country_a"], r["country_b"], r["meetings"])
        for r in run(engine, "meetings_by_country_pair_month")
    ] == [
        ("2024-01", "PK", "US", 1),
        ("2024-02", "PK", "RU", 1),
        ("2024-02", "PK", "US", 1),
    ]
    assert len(run(engine, "meetings_by_country_pair_month", since="2024-02-10")) == 1


def test_who_met_whom(engine: Engine) -> None:
    seed(engine)
    got = run(engine, "who_met_whom")
    assert [(r["person_a"], r["person_b"], r["meetings"], r["first_met"], r["last_met"]) for r in got] == [
        ("Shehbaz Sharif", "Antony Blinken", 2, "2024-01-15", "2024-02-20"),
        ("Shehbaz Sharif", "Sergey Lavrov", 1, "2024-02-03", "2024-02-03"),
    ]
    assert len(run(engine, "who_met_whom", min_meetings="2")) == 1
    assert len(run(engine, "who_met_whom", top="1")) == 1


def test_top_speakers(engine: Engine) -> None:
    seed(engine)
    got = run(engine, "top_speakers")
    assert [(r["speaker_name"], r["speaker_country_code"], r["statements"]) for r in got] == [
        ("Shehbaz Sharif", "PK", 2),
        ("Antony Blinken", "US", 1),
        ("the Foreign Office", "PK", 1),
    ]


def test_statements_by_country_month(engine: Engine) -> None:
    seed(engine)
    got = run(engine, "statements_by_country_month")
    assert [(r["month"], r["speaker_country_code"], r["statements"]) for r in got] == [
        ("2024-01", "PK", 1),
        ("2024-01", "US", 1),
        ("2024-02", "PK", 1),
        ("undated", "PK", 1),
    ]
    assert {r["speaker_country_code"] for r in run(engine, "statements_by_country_month", country="us")} == {
        "US"
    }


def test_country_contacts(engine: Engine) -> None:
    seed(engine)
    got = run(engine, "country_contacts")  # default: PK
    assert got == [
        {"counterpart": "US", "counterpart_name": "United States", "meetings": 2}
        | {"first_meeting": "2024-01-15", "last_meeting": "2024-02-20"},
        {"counterpart": "RU", "counterpart_name": "Russian Federation", "meetings": 1}
        | {"first_meeting": "2024-02-03", "last_meeting": "2024-02-03"},
    ]
    assert [r["counterpart"] for r in run(engine, "country_contacts", country="RU")] == ["PK"]


def test_articles_by_source_month(engine: Engine) -> None:
    seed(engine)
    got = run(engine, "articles_by_source_month")
    assert [tuple(r.values()) for r in got] == [
        ("Dawn", "2024-01", 1, 1, 2),
        ("Dawn", "undated", 1, 0, 1),
        ("Reuters", "2024-02", 1, 3, 1),
    ]
    assert len(run(engine, "articles_by_source_month", source="Reuters")) == 1


def test_persons_by_articles(engine: Engine) -> None:
    seed(engine)
    got = run(engine, "persons_by_articles")
    assert [(r["person_name"], r["country_code"], r["articles"], r["mentions"]) for r in got] == [
        ("Shehbaz Sharif", "PK", 2, 3),
        ("Antony Blinken", "US", 1, 1),
        ("Sergey Lavrov", "RU", 1, 1),
    ]


def test_unknown_report_and_bad_params(engine: Engine) -> None:
    with pytest.raises(QueryError, match=r"no report named 'nope'.*country_contacts"):
        get_report("nope")
    report = get_report("country_contacts")
    with pytest.raises(QueryError, match="has no parameter colour"):
        run_report(engine, report, {"colour": "red"})
    with pytest.raises(QueryError, match="not a valid int"):
        run_report(engine, get_report("top_speakers"), {"top": "many"})


def test_user_reports_folder(tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    seed(engine)
    (tmp_path / "by_cameo.sql").write_text(
        "-- description: Meetings of one CAMEO type.\n"
        "-- param: cameo  (CAMEO code, required)\n"
        "SELECT meeting_id, type FROM v_meetings WHERE cameo = :cameo ORDER BY meeting_id\n"
    )
    (tmp_path / "top_speakers.sql").write_text("-- description: Mine.\nSELECT 1 AS one\n")
    reports = load_reports(tmp_path)
    assert reports["top_speakers"].description == "Mine." and not reports["top_speakers"].builtin
    with pytest.raises(QueryError, match="needs --param cameo"):
        run_report(engine, reports["by_cameo"], {})
    assert run_report(engine, reports["by_cameo"], {"cameo": "041"}).rows == [(3, "phone call")]
    monkeypatch.setenv("ARCHIVE_REPORTS", str(tmp_path))
    assert "by_cameo" in load_reports()


def test_undeclared_parameter_is_an_error() -> None:
    with pytest.raises(QueryError, match=":country without"):
        parse_report(
            "x", "-- description: x\nSELECT * FROM v_meetings WHERE country_codes = :country", Path("x.sql")
        )
    # ':x' inside a string or a comment is not a parameter
    parse_report("y", "-- description: y\nSELECT 'a:b' AS t -- :c\n", Path("y.sql"))


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def cli() -> Any:
    from archive.cli import app
    from archive.cli import report as report_cli

    names = {c.name for c in app.registered_commands} | {g.name for g in app.registered_groups}
    if "report" not in names:
        report_cli.register(app)
    return app


def test_cli_report_list_show_run(cli: Any, db_url: str, engine: Engine) -> None:
    seed(engine)
    runner = CliRunner()
    listed = runner.invoke(cli, ["report", "list", "--format", "json"])
    assert listed.exit_code == 0, listed.output
    assert {r["name"] for r in json.loads(listed.output)} >= SHIPPED
    shown = runner.invoke(cli, ["report", "show", "country_contacts"])
    assert (
        shown.exit_code == 0
        and "country (text, default 'PK')" in shown.output
        and "FROM v_country_pairs" in shown.output
    )
    ran = runner.invoke(
        cli, ["--db", db_url, "report", "run", "country_contacts", "--param", "country=PK", "--format", "csv"]
    )
    assert ran.exit_code == 0, ran.output
    assert ran.output.splitlines()[:2] == [
        "counterpart,counterpart_name,meetings,first_meeting,last_meeting",
        "US,United States,2,2024-01-15,2024-02-20",
    ]
    jl = runner.invoke(
        cli, ["--db", db_url, "report", "run", "top_speakers", "-p", "top=1", "--format", "jsonl"]
    )
    assert [json.loads(x)["speaker_name"] for x in jl.output.splitlines()] == ["Shehbaz Sharif"]
    table = runner.invoke(cli, ["--db", db_url, "report", "run", "who_met_whom"])
    assert table.exit_code == 0 and "Antony Blinken" in table.output


def test_cli_report_errors_are_one_line(cli: Any, db_url: str) -> None:
    runner = CliRunner()
    for args, message in (
        (["report", "run", "nope"], "Error: no report named 'nope'"),
        (
            ["report", "run", "country_contacts", "--param", "colour=red"],
            "Error: report country_contacts has no parameter colour",
        ),
        (["report", "run", "country_contacts", "--param", "oops"], "Error: --param takes NAME=VALUE"),
    ):
        result = runner.invoke(cli, ["--db", db_url, *args])
        assert result.exit_code == 1, result.output
        assert result.output.strip().splitlines()[-1].startswith(message), result.output
