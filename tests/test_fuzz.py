"""Fuzzing the import path with mutated copies of the example files (seeded, so repeatable).

Whatever the bytes, reading yields articles or one-line errors, extraction returns
facts whose spans lie inside the document, and an import stores whole articles and
reports the rest, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from archive import models as m
from archive.cli import app
from archive.extract import document, extract
from archive.readers import RawArticle, ReadError, ReadOptions, iter_articles

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
READ_INPUTS = 600  # mutated files read and extracted without a database
IMPORT_INPUTS = 60  # mutated files imported through the CLI, per database backend
NOISE = ["\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "{", "}", "[", "]", "<", ">", ":", ",", "\n", "\n\n",
         "\r", "\x00", "\ufeff", "\u202e", "\u0301", "é", "ß", "中", "Mr. ", " said ", " met ", "On Monday, ",
         "</p>", "<p>", '"text": ', "id: x\n", "published: 2024-13-45\n", "\\", "\t", "\U0001f600"]  # fmt: skip


def _seeds() -> list[tuple[str, bytes]]:
    """(suffix, plain bytes) of every example file; gzip files are unpacked and re-packed later."""
    out = []
    for path in sorted(EXAMPLES.iterdir()):
        data = path.read_bytes()
        suffix = "".join(path.suffixes)
        out.append((suffix, gzip.decompress(data) if suffix.endswith(".gz") else data))
    return out


def _mutate(data: bytes, rng: random.Random) -> bytes:
    ops: list[Callable[[bytearray], None]] = [
        lambda b: b.__setitem__(rng.randrange(len(b)), rng.randrange(256)) if b else None,
        lambda b: b.__delitem__(slice(*sorted(rng.sample(range(len(b) + 1), 2)))) if len(b) > 1 else None,
        lambda b: b.__setitem__(slice(p := rng.randrange(len(b) + 1), p), rng.choice(NOISE).encode()),
        lambda b: b.__setitem__(
            slice(p := rng.randrange(len(b) + 1), p), rng.randbytes(rng.randrange(1, 16))
        ),
        lambda b: b.__delitem__(slice(rng.randrange(len(b) + 1), None)),
        lambda b: b.__setitem__(slice(p := rng.randrange(len(b) + 1), p), b[: rng.randrange(len(b) + 1)]),
    ]
    buf = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 3, 8, 30])):
        rng.choice(ops)(buf)
    return bytes(buf)


def _fuzzed_files(folder: Path, n: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    seeds = _seeds()
    paths = []
    for i in range(n):
        suffix, data = seeds[i % len(seeds)]
        data = _mutate(data, rng)
        if suffix.endswith(".gz"):
            data = gzip.compress(data)
            if rng.random() < 0.2:  # a truncated download
                data = data[: rng.randrange(len(data) + 1)]
        path = folder / f"fuzz{i:04d}{suffix}"
        path.write_bytes(data)
        paths.append(path)
    return paths


def test_mutated_inputs_read_and_extract_cleanly(tmp_path: Path) -> None:
    articles = errors = 0
    for path in _fuzzed_files(tmp_path, READ_INPUTS, seed=1):
        for item in iter_articles([path], ReadOptions()):
            if isinstance(item, ReadError):
                errors += 1
                assert str(item).startswith(str(path)) and "\n" not in str(item)
                continue
            assert isinstance(item, RawArticle)
            articles += 1
            facts = extract(item.title, item.text, item.published)
            size = len(document(item.title, item.text))
            spans = [(c.start, c.end) for c in facts.countries]
            spans += [(x.start, x.end) for x in [*facts.statements, *facts.meetings]]
            spans += [(x.start, x.end) for p in facts.persons for x in [*p.mentions, *p.titles]]
            assert all(0 <= a <= b <= size for a, b in spans), path
    assert articles > READ_INPUTS // 4 and errors > READ_INPUTS // 10  # the mutations hit both sides


def test_mutated_inputs_import_whole_articles_or_one_line_errors(
    db_url: str, engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "fuzz"
    folder.mkdir()
    _fuzzed_files(folder, IMPORT_INPUTS, seed=2)
    runner = CliRunner()
    result = runner.invoke(app, ["--db", db_url, "import", str(folder), "--jobs", "1", "--json"])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    summary = json.loads(result.stdout)
    errors = result.stderr.splitlines()
    assert len(errors) == summary["failed"]
    assert all(line.startswith(f"Error: {folder}") for line in errors)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(m.Article)) == summary["new"]
        without_facts = conn.scalar(
            select(func.count()).select_from(m.Article).where(m.Article.extractor_version.is_(None))
        )
    assert without_facts == 0
    again = runner.invoke(app, ["--db", db_url, "import", str(folder), "--jobs", "1", "--json"])
    assert json.loads(again.stdout)["new"] == 0
