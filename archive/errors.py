"""Typed errors: the library raises these, the CLI turns them into one line on stderr."""

from __future__ import annotations


class ArchiveError(Exception):
    """Base of every error a user can cause and fix (bad input, bad option, bad database)."""


class ConfigError(ArchiveError):
    """The database location or another setting is unusable."""


class DatabaseError(ArchiveError):
    """The database cannot be reached or is not in a usable state."""


class NotFoundError(ArchiveError):
    """A record the user named does not exist."""


class InputError(ArchiveError):
    """An input file or record cannot be imported."""


class QueryError(ArchiveError):
    """An ad-hoc query or report was refused or failed."""
