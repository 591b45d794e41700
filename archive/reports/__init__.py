"""Named SQL reports: ``.sql`` files with a header that describes them and their parameters.

Reports ship in this package; a user folder (``--reports-dir`` or the
``ARCHIVE_REPORTS`` environment variable) adds more, and a user report of the
same name replaces the shipped one. A report is one read-only SELECT over the
BI views (portable: it runs unchanged on SQLite and PostgreSQL), run through
:mod:`archive.sqlrun`, so it gets the same read-only guarantee and time limit.

Header format (comment lines at the top of the file)::

    -- description: One country's meetings, by counterpart country.
    -- param: country = PK  (ISO 3166-1 alpha-2 code)
    -- param: since:date = 1900-01-01  (first meeting date)
    -- param: top:int  (required: no default)

A parameter is bound as ``:name``; its type (text, int, float or date;
text by default) decides how the command-line string is converted.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from archive.errors import QueryError
from archive.sqlrun import DEFAULT_TIMEOUT, SqlResult, run_sql

ENV_REPORTS = "ARCHIVE_REPORTS"
TYPES = ("text", "int", "float", "date")

_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*(?::\s*(?P<type>\w+))?\s*(?:=\s*(?P<default>[^(]*?))?\s*(?:\((?P<help>.*)\))?\s*$"
)
_BIND = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@dataclass(frozen=True, slots=True)
class Param:
    """A report parameter: ``default`` None means the user must give it."""

    name: str
    type: str = "text"
    default: str | None = None
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is None

    def convert(self, raw: str) -> Any:
        """The command-line string as the value bound to ``:name``."""
        try:
            if self.type == "int":
                return int(raw)
            if self.type == "float":
                return float(raw)
            if self.type == "date":
                return date.fromisoformat(raw)
        except ValueError:
            raise QueryError(f"parameter {self.name}: {raw!r} is not a valid {self.type}") from None
        return raw


@dataclass(frozen=True, slots=True)
class Report:
    name: str
    description: str
    sql: str
    path: Path
    params: tuple[Param, ...] = field(default_factory=tuple)
    builtin: bool = True

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def bind(self, values: Mapping[str, str]) -> dict[str, Any]:
        """Typed values for every parameter: given ones converted, the rest defaulted."""
        unknown = sorted(set(values) - {p.name for p in self.params})
        if unknown:
            known = ", ".join(p.name for p in self.params) or "none"
            raise QueryError(
                f"report {self.name} has no parameter {', '.join(unknown)} (its parameters: {known})"
            )
        out: dict[str, Any] = {}
        for p in self.params:
            raw = values.get(p.name, p.default)
            if raw is None:
                raise QueryError(f"report {self.name} needs --param {p.name}=… ({p.help or p.type})")
            out[p.name] = p.convert(raw)
        return out


def parse_report(name: str, source: str, path: Path, *, builtin: bool = True) -> Report:
    """Read the header comments of one report file."""
    description: list[str] = []
    params: list[Param] = []
    for line in source.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("--"):
            break
        body = stripped[2:].strip()
        key, sep, value = body.partition(":")
        key = key.strip().lower()
        if sep and key == "description":
            description.append(value.strip())
        elif sep and key == "param":
            m = _PARAM.match(value.strip())
            if not m:
                raise QueryError(f"report {name} ({path}): cannot read parameter line {stripped!r}")
            ptype = (m.group("type") or "text").lower()
            if ptype not in TYPES:
                raise QueryError(f"report {name}: parameter {m.group('name')} has unknown type {ptype!r}")
            default = m.group("default")
            params.append(
                Param(
                    m.group("name"),
                    ptype,
                    default.strip() if default is not None else None,
                    (m.group("help") or "").strip(),
                )
            )
        elif description and not sep:
            description.append(body)  # a description continued on the next comment line
    report = Report(name, " ".join(description), source, path, tuple(params), builtin)
    undeclared = sorted(set(_BIND.findall(_code(source))) - {p.name for p in params})
    if undeclared:
        raise QueryError(f"report {name} uses :{', :'.join(undeclared)} without a '-- param:' line")
    return report


def _code(sql: str) -> str:
    """The SQL without comments and string literals (so ':x' in text is not a parameter)."""
    return re.sub(r"--[^\n]*|'(?:[^']|'')*'", " ", sql)


def user_dir(reports_dir: str | Path | None = None) -> Path | None:
    """The user's report folder: the option, else $ARCHIVE_REPORTS, else none."""
    raw = reports_dir or os.environ.get(ENV_REPORTS)
    if not raw:
        return None
    path = Path(raw).expanduser()
    if not path.is_dir():
        raise QueryError(f"reports folder {path} does not exist")
    return path


def load_reports(reports_dir: str | Path | None = None) -> dict[str, Report]:
    """Every report by name, shipped ones first, then the user's (which win on a clash)."""
    found: dict[str, Report] = {}
    package = resources.files(__name__)
    for entry in sorted(package.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql"):
            name = entry.name[:-4]
            found[name] = parse_report(name, entry.read_text(encoding="utf-8"), Path(str(entry)))
    folder = user_dir(reports_dir)
    if folder is not None:
        for path in sorted(folder.glob("*.sql")):
            found[path.stem] = parse_report(path.stem, path.read_text(encoding="utf-8"), path, builtin=False)
    return found


def get_report(name: str, reports_dir: str | Path | None = None) -> Report:
    reports = load_reports(reports_dir)
    if name not in reports:
        known = ", ".join(sorted(reports)) or "none"
        raise QueryError(f"no report named {name!r} (known reports: {known})")
    return reports[name]


def run_report(
    engine: Engine,
    report: Report,
    values: Mapping[str, str] | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int | None = None,
) -> SqlResult:
    """Run a report read-only with its parameters (strings from the command line, converted)."""
    return run_sql(engine, report.sql, report.bind(values or {}), timeout=timeout, max_rows=max_rows)


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """``["country=PK", "top=5"]`` -> ``{"country": "PK", "top": "5"}``."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param takes NAME=VALUE, e.g. country=PK; got {pair!r}")
        out[name.strip()] = value.strip()
    return out


__all__ = [
    "ENV_REPORTS",
    "Param",
    "Report",
    "get_report",
    "load_reports",
    "parse_assignments",
    "parse_report",
    "run_report",
]
