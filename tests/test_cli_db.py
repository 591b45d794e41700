"""The CLI's database handling: choosing it, migrating it, and its error paths."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive.cli import app
from archive.config import display_url, resolve_url
from archive.errors import ConfigError

runner = CliRunner()


def test_help_for_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    commands = ["import", "reextract", "export", "db", "stats"]
    for name in commands:
        assert name in result.output
        sub = runner.invoke(app, [name, "--help"])
        assert sub.exit_code == 0, sub.output
        assert "Usage" in sub.output
    for name in ["upgrade", "downgrade", "current", "history"]:
        sub = runner.invoke(app, ["db", name, "--help"])
        assert sub.exit_code == 0 and "Example" in sub.output


def test_every_command_has_an_example_in_its_help() -> None:
    import typer.main

    group = typer.main.get_command(app)

    def walk(cmd: object, path: list[str]) -> list[list[str]]:
        subs = getattr(cmd, "commands", None)
        if subs is None:
            return [path]
        own = [path] if getattr(cmd, "invoke_without_command", False) and path else []
        return own + [p for name, sub in subs.items() for p in walk(sub, [*path, name])]

    for path in walk(group, []):
        result = runner.invoke(app, [*path, "--help"])
        assert "Example" in result.output, f"archive {' '.join(path)} has no example in its help"


def test_upgrade_downgrade_upgrade_through_the_cli(empty_db_url: str) -> None:
    for args, expected in (
        (["db", "upgrade"], "is at 0"),
        (["db", "current"], "up to date"),
        (["db", "downgrade", "base"], "is at base"),
        (["db", "current"], "run: archive db upgrade"),
        (["db", "upgrade"], "is at 0"),
        (["db", "history"], "initial schema"),
    ):
        result = runner.invoke(app, ["--db", empty_db_url, *args])
        assert result.exit_code == 0, result.output
        assert expected in result.output


def test_a_new_database_is_created_on_first_use(empty_db_url: str) -> None:
    result = runner.invoke(app, ["--db", empty_db_url, "stats"])
    assert result.exit_code == 0, result.output
    assert "0 articles" in result.output


def test_environment_variable_chooses_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("ARCHIVE_DB", str(path))
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 0, result.output
    assert path.exists()


def test_default_database_is_archive_db_in_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ARCHIVE_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["stats"]).exit_code == 0
    assert (tmp_path / "archive.db").exists()


def test_missing_directory_is_one_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path / "no" / "such" / "x.db"), "stats"])
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: cannot create database")
    assert "Traceback" not in result.output


def test_unreachable_postgres_never_prints_the_password() -> None:
    url = "postgresql://someone:s3cret@127.0.0.1:1/nowhere"
    result = runner.invoke(app, ["--db", url, "stats"])
    assert result.exit_code == 1
    assert "s3cret" not in result.output
    assert result.output.startswith("Error: cannot open database postgresql+psycopg://someone:***@")
    assert len(result.output.strip().splitlines()) == 1


def test_unknown_revision_is_an_error(db_url: str) -> None:
    result = runner.invoke(app, ["--db", db_url, "db", "downgrade", "nonsense"])
    assert result.exit_code == 1
    assert result.output.startswith("Error:")


def test_url_resolution() -> None:
    assert resolve_url("x.db").get_backend_name() == "sqlite"
    pg = resolve_url("postgresql://u:pw@h/db")
    assert pg.drivername == "postgresql+psycopg"
    assert "pw" not in display_url(pg)
    with pytest.raises(ConfigError):
        resolve_url("mysql://u@h/db")


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parent.parent
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run(args, capture_output=True, text=True, cwd=root, env=full_env, timeout=120)


def test_python_dash_m_archive(tmp_path: Path) -> None:
    result = _run(sys.executable, "-m", "archive", "--db", str(tmp_path / "m.db"), "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert "is at 0" in result.stdout


def test_plain_alembic_with_archive_db(empty_db_url: str) -> None:
    alembic = str(Path(sys.executable).parent / "alembic")
    up = _run(alembic, "upgrade", "head", env={"ARCHIVE_DB": empty_db_url})
    assert up.returncode == 0, up.stderr
    current = _run(sys.executable, "-m", "archive", "--db", empty_db_url, "db", "current")
    assert "up to date" in current.stdout
    down = _run(alembic, "downgrade", "base", env={"ARCHIVE_DB": empty_db_url})
    assert down.returncode == 0, down.stderr
