"""The list/show/curation/graph commands through Typer's CliRunner, on both backends."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from archive.cli import app, browse
from archive.cli.ingest import export_app
from tests.test_browse import seed

if not any(c.name == "graph" for c in export_app.registered_commands):
    browse.register_export(export_app)  # until the lead's registration lands


@pytest.fixture
def db(db_url: str, engine: Engine) -> str:
    seed(engine)
    return db_url


def run(db: str, *args: str, ok: bool = True) -> Any:
    result = CliRunner().invoke(app, ["--db", db, *args])
    if ok:
        assert result.exit_code == 0, (result.output, result.exception)
    return result


def as_json(db: str, *args: str) -> Any:
    return json.loads(run(db, *args, "--format", "json").stdout)


def test_articles_list_formats_and_filters(db: str) -> None:
    rows = as_json(db, "articles", "list")
    assert [r["source"] for r in rows] == ["Tolo", "Tass", "Dawn"]
    assert [r["source"] for r in as_json(db, "articles", "list", "--country", "IRAN")] == ["Tass"]
    assert [
        r["source"]
        for r in as_json(db, "articles", "list", "--person", "sergey lavrov", "--sort", "published")
    ] == [
        "Dawn",
        "Tass",
    ]
    assert [
        r["source"] for r in as_json(db, "articles", "list", "--since", "2019-01", "--until", "2019-01")
    ] == ["Tass"]
    assert [r["source"] for r in as_json(db, "articles", "list", "--search", "sanctions")] == ["Tass"]
    assert [r["source"] for r in as_json(db, "articles", "list", "-n", "1", "--offset", "1")] == ["Tass"]

    table = run(db, "articles", "list").stdout
    assert "Qureshi meets Lavrov in Moscow" in table and "published" in table
    lines = run(db, "articles", "list", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == ["Tolo", "Tass", "Dawn"]
    parsed = list(csv.DictReader(io.StringIO(run(db, "articles", "list", "--format", "csv").stdout)))
    assert parsed[2]["countries"] == "PK; RU" and parsed[2]["title"] == "Qureshi meets Lavrov in Moscow"


def test_listing_errors(db: str) -> None:
    for args, message in [
        (["articles", "list", "--country", "Atlantis"], "unknown country 'Atlantis'"),
        (["meetings", "list", "--since", "yesterday-ish"], "--since: not a date"),
        (["statements", "list", "--until", "2019-13-45"], "--until: not a date"),
        (["persons", "list", "--sort", "height"], "--sort: unknown key 'height'"),
        (["articles", "list", "--person", "Nobody"], "no person named 'Nobody'"),
        (["meetings", "list", "--type", "dinner"], "unknown meeting type"),
        (["articles", "list", "--since", "2019", "--until", "2018"], "is after --until"),
    ]:
        result = run(db, *args, ok=False)
        assert result.exit_code == 1, args
        assert result.stderr.startswith("Error: ") and message in result.stderr, (args, result.stderr)
    bad_format = run(db, "articles", "list", "--format", "xml", ok=False)
    assert bad_format.exit_code == 2


def test_show_commands(db: str) -> None:
    article = as_json(db, "articles", "show", "1")
    assert article["title"] == "Qureshi meets Lavrov in Moscow"
    assert article["meetings"][0]["sentence"].endswith("in Moscow on Wednesday.")
    assert "Moscow" in run(db, "articles", "show", "1").stdout

    (lavrov,) = as_json(db, "persons", "list", "--search", "lavrov")
    person = as_json(db, "persons", "show", str(lavrov["id"]))
    assert person["name"] == "Sergei Lavrov" and len(person["meetings"]) == 2
    assert as_json(db, "persons", "show", "SERGEY LAVROV")["id"] == lavrov["id"]
    assert "Sergei Lavrov" in run(db, "persons", "show", str(lavrov["id"])).stdout

    assert [c["code"] for c in as_json(db, "countries", "list", "--sort", "code")] == ["AF", "IR", "PK", "RU"]
    assert as_json(db, "countries", "show", "pakistan")["code"] == "PK"
    assert "Pakistan" in run(db, "countries", "show", "PK").stdout

    meetings = as_json(db, "meetings", "list", "--person", "Lavrov", "--type", "visit")
    assert [m["location"] for m in meetings] == ["Moscow"]
    meeting = as_json(db, "meetings", "show", str(meetings[0]["id"]))
    assert meeting["type"] == "visit" and meeting["sources"][0]["source"] == "Dawn"
    assert "Qureshi" in run(db, "meetings", "show", str(meetings[0]["id"])).stdout

    (st,) = as_json(db, "statements", "list", "--speaker", "zarif", "--country", "IR")
    shown = as_json(db, "statements", "show", str(st["id"]))
    assert shown["sentence"] == '"Sanctions against Iran are illegal," Zarif said.'
    assert "Sanctions" in run(db, "statements", "show", str(st["id"])).stdout


@pytest.mark.parametrize("entity", ["articles", "persons", "meetings", "statements"])
def test_show_unknown_id(db: str, entity: str) -> None:
    result = run(db, entity, "show", "999999", ok=False)
    assert result.exit_code == 1 and result.stderr.startswith("Error: no ")


def test_show_rejects_csv(db: str) -> None:
    result = run(db, "articles", "show", "1", "--format", "csv", ok=False)
    assert result.exit_code == 1 and "csv is for listings" in result.stderr


def test_curation_commands(db: str) -> None:
    merged = json.loads(
        run(db, "persons", "merge", "Mohammad Javad Zarif", "Javad Zarif", "-f", "json").stdout
    )
    assert merged["merged_name"] == "Javad Zarif"
    keep = merged["kept"]
    assert {m["location"] for m in as_json(db, "meetings", "list", "--person", str(keep))} == {"Kabul", None}

    out = run(db, "persons", "rename", str(keep), "Javad Zarif Khonsari").stdout
    assert "-> Javad Zarif Khonsari" in out
    run(db, "persons", "alias", "add", str(keep), "JZ Khonsari")
    names = {a["alias"]: a["origin"] for a in as_json(db, "persons", "show", str(keep))["aliases"]}
    assert names["Mohammad Javad Zarif"] == "curated" and names["JZ Khonsari"] == "curated"
    removed = run(db, "persons", "alias", "remove", str(keep), "Zarif").stdout
    assert "removed alias 'Zarif'" in removed and "archive reextract" in removed
    missing = run(db, "persons", "alias", "remove", str(keep), "Zarif", ok=False)
    assert missing.exit_code == 1 and "has no alias" in missing.stderr
    taken = run(db, "persons", "alias", "add", str(keep), "Ashraf Ghani", ok=False)
    assert taken.exit_code == 1 and "archive persons merge" in taken.stderr

    (kabul,) = as_json(db, "meetings", "list", "--location", "kabul")
    assert "deleted meeting" in run(db, "meetings", "delete", str(kabul["id"])).stdout
    assert as_json(db, "meetings", "list", "--location", "kabul") == []
    gone = run(db, "meetings", "delete", str(kabul["id"]), ok=False)
    assert gone.exit_code == 1 and "no meeting with id" in gone.stderr

    (st,) = as_json(db, "statements", "list", "--search", "values")
    run(db, "statements", "set-speaker", str(st["id"]), "Shah Mehmood Qureshi")
    assert as_json(db, "statements", "show", str(st["id"]))["speaker"] == "Shah Mehmood Qureshi"
    unknown = run(db, "statements", "set-speaker", str(st["id"]), "Nobody At All", ok=False)
    assert unknown.exit_code == 1 and "no person" in unknown.stderr

    log = as_json(db, "curation", "list")
    assert [r["action"] for r in log] == [
        "set_speaker",
        "meeting_delete",
        "alias_remove",
        "alias_add",
        "rename",
        "merge",
    ]
    assert [r["action"] for r in as_json(db, "curation", "list", "--sort", "id", "-n", "1")] == ["merge"]
    assert "alias_remove" in run(db, "curation", "list").stdout


def test_merge_errors(db: str) -> None:
    same = run(db, "persons", "merge", "Sergei Lavrov", "Lavrov", ok=False)
    assert same.exit_code == 1 and "itself" in same.stderr
    unknown = run(db, "persons", "merge", "Sergei Lavrov", "999999", ok=False)
    assert unknown.exit_code == 1 and "no person" in unknown.stderr


def test_export_graph(db: str, tmp_path: Path) -> None:
    out = tmp_path / "meetings.graphml"
    result = run(db, "export", "graph", "--format", "graphml", "-o", str(out))
    assert "wrote 5 nodes and 3 edges" in result.stderr
    g = nx.read_graphml(out)
    assert g.number_of_edges() == 3
    gexf = run(db, "export", "graph", "--format", "gexf", "--nodes", "countries").stdout_bytes
    back = nx.read_gexf(io.BytesIO(gexf))
    assert set(back.nodes) == {"AF", "IR", "PK", "RU"}
    bad = run(db, "export", "graph", "--format", "dot", ok=False)
    assert bad.exit_code == 1 and "--format" in bad.stderr
    bad_nodes = run(db, "export", "graph", "--nodes", "cities", ok=False)
    assert bad_nodes.exit_code == 1 and "--nodes" in bad_nodes.stderr
