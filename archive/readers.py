"""Read article files into plain records: the reading half of ``archive import``.

Files in, :class:`RawArticle` records out, no database code. Everything streams:
:func:`iter_articles` yields records and :class:`ReadError` values in input order,
so the importer can count errors and carry on, or stop at the first one (``--strict``).

Supported inputs: ``.txt``/``.md`` (optional ``Key: value`` header), ``.html``/``.htm``
(main text via trafilatura), ``.json`` (an object or a list of objects) and ``.jsonl``
(one object per line, read line by line), each optionally gzip-compressed; directories
(recursive), glob patterns and ``-`` for standard input.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import os
import re
import sys
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from glob import glob
from typing import IO, Any

__all__ = [
    "CANONICAL_FIELDS",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_JSON_BYTES",
    "EXTENSIONS",
    "FORMATS",
    "RawArticle",
    "ReadError",
    "ReadOptions",
    "content_hash",
    "decode_bytes",
    "format_for_path",
    "iter_articles",
    "normalise_for_hash",
    "parse_date",
    "parse_field_map",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Per document file, per JSON line and per record text."""

DEFAULT_MAX_JSON_BYTES = 256 * 1024 * 1024
"""A ``.json`` file must be parsed whole, so it gets its own (larger) limit."""

FORMATS = ("txt", "md", "html", "json", "jsonl")

EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

CANONICAL_FIELDS = ("id", "title", "text", "published", "source", "url")

# Field names recognised without a --field mapping, in order of preference.
_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "external_id"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content"),
    "published": ("published", "date"),
    "source": ("source",),
    "url": ("url", "link"),
}
_SYNONYMS: dict[str, str] = {alias: canon for canon, aliases in _FIELD_ALIASES.items() for alias in aliases}
_FORMAT_SYNONYMS = {"htm": "html", "markdown": "md", "ndjson": "jsonl", "text": "txt"}

_STDIN_ORIGIN = "<stdin>"
_GZIP_MAGIC = b"\x1f\x8b"
_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_GLOB_MAGIC = re.compile(r"[*?[]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,30}?)\s*:\s*(.*?)\s*$")
_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_MAX_HEADLINE_CHARS = 300
_MIN_HTML_WORDS = 5
_MIN_YEAR, _MAX_YEAR = 1900, 2100


# --------------------------------------------------------------------------- records


def normalise_for_hash(text: str) -> str:
    """NFKC, whitespace collapsed, lower-cased: re-encoded or re-wrapped copies compare equal."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).lower()


def content_hash(text: str) -> str:
    """sha256 (hex) of :func:`normalise_for_hash` — detects the same article imported twice."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()


@dataclass(slots=True, kw_only=True)
class RawArticle:
    """One article as read from a file, before any extraction.

    ``text`` is the body without the headline (the extractor builds its document as
    ``title + "\\n\\n" + text``). ``origin`` names where it came from, for messages.
    """

    text: str
    origin: str
    external_id: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        """A property, not a field, so it can never go stale when ``text`` is edited."""
        return content_hash(self.text)


class ReadError(Exception):
    """A file, line or record that could not be read; yielded as a value, not raised.

    ``origin`` is ``FILE``, ``FILE:LINE`` (JSON lines, JSON syntax errors) or ``FILE[i]``
    (items of a JSON list); ``str()`` is the single line ``"ORIGIN: reason"``.
    """

    def __init__(self, origin: str, reason: str, *, path: str | None = None) -> None:
        reason = " ".join(reason.split())  # always one line, whatever the library said
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason
        self.path = path if path is not None else origin

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"

    def __repr__(self) -> str:
        return f"ReadError({self.origin!r}, {self.reason!r})"


@dataclass(slots=True, kw_only=True)
class ReadOptions:
    """How to read the inputs; the CLI builds one from its flags.

    ``field_map`` maps a canonical field (``id title text published source url``, or a
    synonym such as ``body``/``date``) to the user's field name; a dotted name reaches into
    nested objects (``text=content.body``). Mapped names are tried before the built-in
    ones. ``default_published``/``default_source`` fill only missing values.
    """

    format: str | None = None
    field_map: Mapping[str, str] = field(default_factory=dict)
    default_published: date | None = None
    default_source: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES
    encoding: str | None = None  # force a text encoding instead of detecting one
    html_fast: bool = False  # trafilatura without its fallback extractors
    html_extensive_date: bool = False  # also guess dates from the visible text (riskier)
    include_hidden: bool = False  # read dot-files/dot-dirs met in directory walks

    def __post_init__(self) -> None:
        if self.format is not None:
            fmt = self.format.strip().lower().lstrip(".")
            fmt = _FORMAT_SYNONYMS.get(fmt, fmt)
            if fmt not in FORMATS:
                raise ValueError(f"unknown format {self.format!r} (expected one of {FORMATS})")
            self.format = fmt
        mapped: dict[str, str] = {}
        for key, name in self.field_map.items():
            canon = _SYNONYMS.get(key.strip().lower())
            if canon is None:
                raise ValueError(f"unknown field {key!r} (expected one of {CANONICAL_FIELDS})")
            if not name or not name.strip():
                raise ValueError(f"empty field name for {key!r}")
            mapped[canon] = name.strip()
        self.field_map = mapped
        if self.max_bytes <= 0 or self.max_json_bytes <= 0:
            raise ValueError("size limits must be positive")
        if self.encoding is not None:
            codecs.lookup(self.encoding)  # LookupError early, not once per file


def parse_field_map(specs: Iterable[str]) -> dict[str, str]:
    """Parse ``--field text=article_body`` values into a ``field_map``; ValueError if malformed."""
    result: dict[str, str] = {}
    for spec in specs:
        key, sep, name = spec.partition("=")
        if not sep or not key.strip() or not name.strip():
            raise ValueError(f"bad field mapping {spec!r} (expected FIELD=NAME, e.g. text=body)")
        result[key.strip()] = name.strip()
    ReadOptions(field_map=result)  # validate the keys
    return result


# --------------------------------------------------------------------------- dates


def parse_date(value: str | int | float | date) -> date:
    """Normalise a published date; ValueError when it is not a complete, plausible date.

    Strict on purpose: a wrong date corrupts meeting dates, so a date missing its day or
    month ("2018", "Dec 2018") is rejected instead of being completed with today's.
    ISO strings are read as written (the publisher's own calendar date, no UTC shift);
    ``12/26/2018`` style is month first unless the first number cannot be a month.
    Numbers are Unix timestamps (seconds, or milliseconds when that large).
    """
    if isinstance(value, datetime):
        result = value.date()
    elif isinstance(value, date):
        result = value
    elif isinstance(value, bool):
        raise ValueError("not a date")
    elif isinstance(value, int | float):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            result = datetime.fromtimestamp(seconds, tz=UTC).date()
        except (OverflowError, OSError, ValueError) as exc:
            raise ValueError("timestamp out of range") from exc
    elif isinstance(value, str):
        result = _parse_date_text(value)
    else:
        raise ValueError(f"not a date ({type(value).__name__})")
    if not _MIN_YEAR <= result.year <= _MAX_YEAR:
        raise ValueError(f"implausible year {result.year}")
    return result


def _parse_date_text(value: str) -> date:
    text = value.strip()
    if not text:
        raise ValueError("empty date")
    try:  # the common case, and much faster than dateutil
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text).date()
    except ValueError:
        pass
    from dateutil import parser as dateparser

    # Parse twice with different defaults: a component missing from the text shows up
    # as a difference instead of being silently filled in.
    try:
        first = dateparser.parse(text, default=datetime(2000, 1, 1))
        second = dateparser.parse(text, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError) as exc:
        raise ValueError("not a recognisable date") from exc
    if first.date() != second.date():
        raise ValueError("incomplete date (needs day, month and year)")
    return first.date()


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes, *, declared: str | None = None, forced: str | None = None) -> str:
    """Bytes to text without crashing or silently dropping characters; ValueError if not text.

    Order: forced encoding; BOM (UTF-8/16/32); NUL bytes mean BOM-less UTF-16 or binary;
    strict UTF-8 (fast, and by far the most common); an HTML-declared charset; then
    charset-normalizer, with near-ties broken in favour of Windows-1252 (the usual legacy
    encoding of Western news, which the detector often mistakes for cp1257/cp1006).
    """
    if forced:
        try:
            return data.decode(forced)
        except UnicodeDecodeError as exc:
            raise ValueError(f"not valid {forced}: {exc.reason} at byte {exc.start}") from exc
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ValueError(f"invalid {encoding} text after its BOM at byte {exc.start}") from exc
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16:
            try:
                return data.decode(utf16)
            except UnicodeDecodeError:
                pass
        raise ValueError("binary file (contains NUL bytes, not text)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(_browser_charset(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    guess = _detect_encoding(data)
    if guess is None:
        raise ValueError("binary file or unknown text encoding")
    try:
        text = data.decode(guess)
    except (LookupError, UnicodeDecodeError) as exc:
        raise ValueError(f"undecodable text (best guess {guess} failed: {exc})") from exc
    if _looks_binary(text):
        raise ValueError("binary file (control characters, not text)")
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII-heavy text has NULs at (almost) every odd or even byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2 or len(data) % 2:
        return None
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    if odd >= 0.9 * half and even == 0:
        return "utf-16-le"
    if even >= 0.9 * half and odd == 0:
        return "utf-16-be"
    return None


def _browser_charset(name: str) -> str:
    """Browsers read Latin-1/ASCII declarations as Windows-1252; so do we."""
    name = name.strip().lower()
    if name in {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"}:
        return "cp1252"
    return name


def _detect_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    ties = [m for m in matches if m.chaos <= best.chaos + 0.1 and m.coherence >= best.coherence - 0.05]
    for preferred in ("cp1252", "latin_1"):
        for match in ties:
            if preferred in match.could_be_from_charset:
                try:
                    data.decode(preferred)
                except UnicodeDecodeError:
                    continue
                return preferred
    return best.encoding


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or "\x7f" <= ch < "\xa0")
    return controls > max(2, len(sample) // 100)


# --------------------------------------------------------------------------- paths


def format_for_path(path: str) -> str | None:
    """Format from the extension (case-insensitive, ``.gz`` looked through), or None."""
    name = os.path.basename(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return EXTENSIONS.get(os.path.splitext(name)[1])


def _stem(path: str) -> str:
    name = os.path.basename(path)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0] or name


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def _walk(top: str, options: ReadOptions) -> Iterator[tuple[str, str] | ReadError]:
    """Supported files under ``top``, in a sorted, deterministic order."""
    failures: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=failures.append):
        while failures:
            exc = failures.pop(0)
            yield ReadError(str(exc.filename or root), _os_reason(exc))
        dirs[:] = sorted(d for d in dirs if options.include_hidden or not d.startswith("."))
        for name in sorted(files):
            if not options.include_hidden and name.startswith("."):
                continue
            fmt = format_for_path(name)
            if fmt is not None:
                yield os.path.join(root, name), options.format or fmt
    for exc in failures:
        yield ReadError(str(exc.filename or top), _os_reason(exc))


def _expand(spec: str, options: ReadOptions) -> Iterator[tuple[str, str] | ReadError]:
    """One command-line path -> (file, format) pairs, or errors naming what is wrong."""
    path = os.path.expanduser(spec)
    if os.path.isdir(path):
        yield from _walk(path, options)
    elif os.path.exists(path):
        fmt = options.format or format_for_path(path)
        if fmt is None:
            yield ReadError(spec, "unsupported file type (give --format to read it anyway)")
        else:
            yield path, fmt
    elif _GLOB_MAGIC.search(path):
        found = 0
        for match in sorted(glob(path, recursive=True)):
            if os.path.isdir(match):
                for item in _walk(match, options):
                    found += not isinstance(item, ReadError)
                    yield item
            else:
                fmt = format_for_path(match)  # a pattern may match READMEs etc.: skip those
                if fmt is not None:
                    found += 1
                    yield match, options.format or fmt
        if not found:
            yield ReadError(spec, "no supported files match this pattern")
    else:
        yield ReadError(spec, "no such file or directory")


# --------------------------------------------------------------------------- reading


class _Context:
    """Per-run state computed once: option lookups that would otherwise cost per record."""

    __slots__ = ("keys", "options")

    def __init__(self, options: ReadOptions) -> None:
        self.options = options
        self.keys: dict[str, tuple[str, ...]] = {}
        for canon, aliases in _FIELD_ALIASES.items():
            mapped = options.field_map.get(canon)
            names = (mapped, *aliases) if mapped else aliases
            self.keys[canon] = tuple(dict.fromkeys(names))


def iter_articles(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    options: ReadOptions | None = None,
) -> Iterator[RawArticle | ReadError]:
    """Yield every article (or the error that replaced it) from ``paths``, in order.

    Paths are files, directories (recursive; supported extensions only; hidden entries
    skipped), glob patterns (``**`` included) or ``-`` for standard input. A file named
    twice is read once. Errors are values so one bad file never stops an import.
    """
    ctx = _Context(options or ReadOptions())
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    seen: set[str] = set()
    for raw in paths:
        spec = os.fspath(raw)
        if spec == "-":
            yield from _read_stdin(ctx)
            continue
        for item in _expand(spec, ctx.options):
            if isinstance(item, ReadError):
                yield item
                continue
            path, fmt = item
            key = os.path.realpath(path)
            if key in seen:
                continue
            seen.add(key)
            yield from _read_file(path, fmt, ctx)


def _read_file(path: str, fmt: str, ctx: _Context) -> Iterator[RawArticle | ReadError]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, also when the caller stops early
    except OSError as exc:
        yield ReadError(path, _os_reason(exc))
        return
    with handle:
        size: int | None = os.fstat(handle.fileno()).st_size
        yield from _guarded(_read_stream(handle, path, fmt, ctx, size=size, stem=_stem(path)), path)


def _guarded(items: Iterator[RawArticle | ReadError], origin: str) -> Iterator[RawArticle | ReadError]:
    """Any unforeseen failure inside a reader (a parser bug, a broken library) fails that file only.

    What the file yielded before the failure is kept; the rest of it becomes one error
    line, and the import goes on with the next file.
    """
    try:
        yield from items
    except Exception as exc:
        yield ReadError(origin, f"could not be read ({type(exc).__name__}: {exc})")


def _read_stdin(ctx: _Context) -> Iterator[RawArticle | ReadError]:
    stdin = sys.stdin
    if stdin is None:
        yield ReadError(_STDIN_ORIGIN, "no standard input")
        return
    raw: IO[bytes] | None = getattr(stdin, "buffer", None)
    if raw is None:  # a text-only stream (e.g. StringIO); its text is already decoded
        raw = io.BytesIO(stdin.read().encode("utf-8"))
    stream: IO[bytes] = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[type-var]
    fmt = ctx.options.format
    if fmt is None:
        try:
            stream = _maybe_gunzip(stream)
            fmt = _sniff_format(stream.peek(512))  # type: ignore[attr-defined]
        except (OSError, EOFError, zlib.error) as exc:
            yield ReadError(_STDIN_ORIGIN, f"corrupt or truncated gzip data ({exc})")
            return
    yield from _guarded(_read_stream(stream, _STDIN_ORIGIN, fmt, ctx, size=None, stem=None), _STDIN_ORIGIN)


def _sniff_format(head: bytes) -> str:
    """For stdin without --format: ``{`` means JSON lines, ``[`` JSON, ``<`` HTML, else text."""
    for bom, _ in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :].replace(b"\x00", b"")
            break
    first = head.lstrip()[:1]
    return {b"{": "jsonl", b"[": "json", b"<": "html"}.get(first, "txt")


def _maybe_gunzip(stream: IO[bytes]) -> IO[bytes]:
    """Gzip is recognised by its magic bytes, so ``x.jsonl.gz`` and a mislabelled file both work."""
    if stream.peek(2)[:2] == _GZIP_MAGIC:  # type: ignore[attr-defined]
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


def _read_stream(
    stream: IO[bytes], origin: str, fmt: str, ctx: _Context, *, size: int | None, stem: str | None
) -> Iterator[RawArticle | ReadError]:
    opts = ctx.options
    try:
        unpacked = _maybe_gunzip(stream)
        if fmt == "jsonl":
            yield from _read_jsonl(unpacked, origin, ctx)
            return
        limit = opts.max_json_bytes if fmt == "json" else opts.max_bytes
        if unpacked is stream and size is not None and size > limit:
            yield ReadError(origin, f"too large ({size} bytes > limit {limit})")
            return
        data = unpacked.read(limit + 1)  # bounded even when the size is unknown (gzip, stdin)
        if len(data) > limit:
            what = " uncompressed" if unpacked is not stream else ""
            yield ReadError(origin, f"too large (over the {limit}-byte limit{what})")
            return
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield ReadError(origin, f"corrupt or truncated gzip data ({exc})")
        return
    except OSError as exc:
        yield ReadError(origin, _os_reason(exc))
        return
    if not data:
        yield ReadError(origin, "empty")
        return
    declared = None
    if fmt == "html":
        found = _META_CHARSET.search(data[:4096])
        declared = found.group(1).decode("ascii", "replace") if found else None
    try:
        text = decode_bytes(data, declared=declared, forced=opts.encoding)
    except ValueError as exc:
        yield ReadError(origin, str(exc))
        return
    if not text.strip():
        yield ReadError(origin, "empty")
        return
    if fmt == "json":
        yield from _read_json_text(text, origin, ctx)
    elif fmt == "html":
        yield _html_article(text, origin, stem, ctx)
    else:
        yield _text_article(text, origin, stem, fmt, ctx)


# --------------------------------------------------------------------------- JSON


def _read_jsonl(stream: IO[bytes], origin: str, ctx: _Context) -> Iterator[RawArticle | ReadError]:
    """One object per line, read with a bounded ``readline`` so memory stays flat."""
    opts = ctx.options
    head = stream.peek(4096)[:4096]  # type: ignore[attr-defined]
    if not head:
        yield ReadError(origin, "empty")
        return
    encoding = opts.encoding
    if encoding is None:
        for bom, name in _BOMS:
            if head.startswith(bom) and name != "utf-8-sig":
                encoding = name
                break
        else:
            if b"\x00" in head:
                encoding = _bomless_utf16(head)
                if encoding is None:
                    yield ReadError(origin, "binary file (contains NUL bytes, not text)")
                    return
    wrapper: io.TextIOWrapper | None = None
    lines: Iterator[tuple[int, bytes | str | None]]
    if encoding is not None and codecs.lookup(encoding).name not in {"utf-8", "utf-8-sig"}:
        # UTF-16/32 cannot be split on b"\n" (nor, safely, a forced encoding): decode as a
        # stream instead; readline(limit) still bounds memory, in characters.
        wrapper = io.TextIOWrapper(stream, encoding=encoding, newline=None)
        lines = _text_lines(wrapper, opts.max_bytes)
    else:
        lines = _byte_lines(stream, opts.max_bytes)
    seen = 0
    try:
        for lineno, line in lines:
            seen += 1
            where = f"{origin}:{lineno}"
            if line is None:
                yield ReadError(where, f"line too long (more than {opts.max_bytes} bytes)", path=origin)
            else:
                yield _jsonl_record(line, where, origin, ctx)
    except UnicodeDecodeError as exc:
        yield ReadError(origin, f"not valid {encoding} text ({exc.reason})")
        return
    finally:
        if wrapper is not None:
            wrapper.detach()  # closing the wrapper would close the file (or stdin) under it
    if not seen:
        yield ReadError(origin, "empty")


def _byte_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Non-blank lines; None for a line over ``limit``, whose rest is skipped unread."""
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if lineno == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[3:]
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                chunk = stream.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, None
        elif line.strip():
            yield lineno, line


def _text_lines(stream: IO[str], limit: int) -> Iterator[tuple[int, str | None]]:
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if lineno == 1:
            line = line.lstrip("\ufeff")
        if len(line) > limit and not line.endswith("\n"):
            while True:
                chunk = stream.readline(1 << 20)
                if not chunk or chunk.endswith("\n"):
                    break
            yield lineno, None
        elif line.strip():
            yield lineno, line


def _jsonl_record(line: bytes | str, where: str, path: str, ctx: _Context) -> RawArticle | ReadError:
    if isinstance(line, bytes):
        raw = line
        try:
            line = raw.decode(ctx.options.encoding or "utf-8")
        except UnicodeDecodeError:
            if b"\x00" in raw:
                return ReadError(where, "binary data (NUL bytes, not text)", path=path)
            try:
                line = decode_bytes(raw)
            except ValueError as exc:
                return ReadError(where, str(exc), path=path)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadError(where, f"invalid JSON: {exc.msg} (column {exc.colno})", path=path)
    return _record_from_object(obj, where, path, ctx)


def _read_json_text(text: str, origin: str, ctx: _Context) -> Iterator[RawArticle | ReadError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip("\ufeff \t\r\n").startswith("{"):
            # Really JSON lines saved as .json: read it that way rather than fail.
            yield from _json_lines_in_text(text, origin, ctx)
            return
        yield ReadError(
            f"{origin}:{exc.lineno}", f"invalid JSON: {exc.msg} (column {exc.colno})", path=origin
        )
        return
    if isinstance(data, dict) and not _has_text(data, ctx):
        for key in ("articles", "items", "records", "data"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if isinstance(data, list):
        if not data:
            yield ReadError(origin, "empty (no records in the JSON list)")
        for index, item in enumerate(data):
            yield _record_from_object(item, f"{origin}[{index}]", origin, ctx)
    else:
        yield _record_from_object(data, origin, origin, ctx)


def _json_lines_in_text(text: str, origin: str, ctx: _Context) -> Iterator[RawArticle | ReadError]:
    for lineno, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if line.strip():
            yield _jsonl_record(line, f"{origin}:{lineno}", origin, ctx)


def _lookup(obj: Mapping[str, Any], canon: str, ctx: _Context) -> tuple[str | None, Any]:
    """(field name found, value) for a canonical field; dotted names reach nested objects."""
    for name in ctx.keys[canon]:
        if name in obj:
            value = obj[name]
            if value is not None and value != "":
                return name, value
        elif "." in name:
            node: Any = obj
            for part in name.split("."):
                if not isinstance(node, Mapping) or part not in node:
                    break
                node = node[part]
            else:
                if node is not None and node != "":
                    return name, node
    return None, None


def _has_text(obj: Mapping[str, Any], ctx: _Context) -> bool:
    return _lookup(obj, "text", ctx)[0] is not None


def _string(name: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"field {name!r} must be a string, not {type(value).__name__}")


def _record_from_object(obj: Any, where: str, path: str, ctx: _Context) -> RawArticle | ReadError:
    if not isinstance(obj, dict):
        return ReadError(where, f"expected a JSON object, got {type(obj).__name__}", path=path)
    values: dict[str, Any] = {}
    try:
        for canon in CANONICAL_FIELDS:
            name, value = _lookup(obj, canon, ctx)
            if name is None:
                continue
            if canon == "published":
                values[canon] = value
            elif canon == "text" and isinstance(value, list):
                values[canon] = "\n\n".join(_string(name, part) for part in value)
            else:
                values[canon] = _string(name, value)
    except ValueError as exc:
        return ReadError(where, str(exc), path=path)
    if "text" not in values:
        wanted = ", ".join(ctx.keys["text"])
        return ReadError(where, f"no text (expected a field named {wanted})", path=path)
    return _finish(
        ctx,
        where,
        path,
        text=values["text"],
        external_id=values.get("id"),
        title=values.get("title"),
        published=values.get("published"),
        source=values.get("source"),
        url=values.get("url"),
    )


# --------------------------------------------------------------------------- text / markdown


def _header_key(line: str, ctx: _Context) -> tuple[str, str] | None:
    """``Key: value`` with a known key -> (canonical field, value); else None."""
    found = _HEADER_LINE.match(line)
    if not found:
        return None
    key = found.group(1).strip().lower()
    canon = _SYNONYMS.get(key)
    if canon is None:
        for field_name, mapped in ctx.options.field_map.items():
            if mapped.lower() == key:
                canon = field_name
                break
    if canon is None or canon == "text":
        return None
    return canon, found.group(2)


def _text_article(
    text: str, origin: str, stem: str | None, fmt: str, ctx: _Context
) -> RawArticle | ReadError:
    """Header block (or Markdown front matter), headline, blank line, body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    n = len(lines)
    i = 0
    while i < n and not lines[i].strip():
        i += 1
    meta: dict[str, str] = {}
    if fmt == "md" and i < n and lines[i].strip() == "---":
        end = next((j for j in range(i + 1, min(n, i + 200)) if lines[j].strip() in {"---", "..."}), None)
        if end is not None:
            # Front matter: other keys (tags, layout...) are normal there, so ignore them.
            for line in lines[i + 1 : end]:
                item = _header_key(line, ctx)
                if item:
                    meta[item[0]] = item[1].strip().strip("\"'")
            i = end + 1
    else:
        j = i
        while j < n and lines[j].strip():
            j += 1
        block = [_header_key(line, ctx) for line in lines[i:j]]
        if block and all(block):
            meta = {key: value for key, value in block if key and value}  # type: ignore[misc]
            i = j
    while i < n and not lines[i].strip():
        i += 1

    title: str | None = None
    if i < n:
        first = lines[i].strip()
        following = lines[i + 1] if i + 1 < n else ""
        heading = _ATX_HEADING.match(first) if fmt == "md" else None
        if fmt == "md" and first and _SETEXT_UNDERLINE.match(following) and following.strip():
            candidate, skip = first, 2
        elif heading:
            candidate, skip = heading.group(1), 1
        elif not following.strip() and len(first) <= _MAX_HEADLINE_CHARS:
            candidate, skip = first, 1
        else:
            candidate, skip = None, 0
        if candidate is not None:
            rest = "\n".join(lines[i + skip :]).strip()
            if "title" in meta:
                if normalise_for_hash(candidate) == normalise_for_hash(meta["title"]):
                    i += skip  # the headline repeats the header's title: drop it
            elif rest:  # a lone line is the body, not a headline
                title = candidate
                i += skip
    body = "\n".join(lines[i:]).strip()
    if not body:
        return ReadError(origin, "no article text (only a headline or header)")
    return _finish(
        ctx,
        origin,
        origin,
        text=body,
        external_id=meta.get("id") or stem,
        title=meta.get("title") or title,
        published=meta.get("published"),
        source=meta.get("source"),
        url=meta.get("url"),
    )


# --------------------------------------------------------------------------- HTML


def _html_article(text: str, origin: str, stem: str | None, ctx: _Context) -> RawArticle | ReadError:
    """Main text and metadata with trafilatura (no network); its date comes from htmldate.

    Comments are dropped and, unless ``html_extensive_date``, dates only come from markup
    (meta tags, JSON-LD, <time>, URL), never guessed from dates mentioned in the text.
    """
    import trafilatura

    opts = ctx.options
    try:
        doc = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            fast=opts.html_fast,
            date_extraction_params={
                "extensive_search": opts.html_extensive_date,
                "original_date": True,
                "outputformat": "%Y-%m-%d",
            },
        )
    except Exception as exc:  # a library bug on odd markup must not stop an import
        return ReadError(origin, f"HTML extraction failed ({type(exc).__name__}: {exc})")
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    words = len(body.split())
    if words < _MIN_HTML_WORDS:  # what is left of a page that has no article (a menu...)
        return ReadError(origin, f"no article text found in the HTML (only {words} word(s))")
    title = _clean_line(getattr(doc, "title", None))
    if title:
        first, _, rest = body.partition("\n")
        if rest.strip() and normalise_for_hash(first) == normalise_for_hash(title):
            body = rest.strip()  # trafilatura keeps the <h1>; the title is stored apart
    source = _clean_line(getattr(doc, "sitename", None)) or _clean_line(getattr(doc, "hostname", None))
    return _finish(
        ctx,
        origin,
        origin,
        text=body,
        external_id=stem,
        title=title,
        published=getattr(doc, "date", None),
        source=source,
        url=_clean_line(getattr(doc, "url", None)),
    )


# --------------------------------------------------------------------------- common


def _clean_line(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _finish(
    ctx: _Context,
    where: str,
    path: str,
    *,
    text: str,
    external_id: str | None,
    title: str | None,
    published: Any,
    source: str | None,
    url: str | None,
) -> RawArticle | ReadError:
    """Shared normalisation, limits, defaults and the strict date rule for every format."""
    opts = ctx.options
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()
    if not text:
        return ReadError(where, "no article text", path=path)
    if len(text) > opts.max_bytes:
        return ReadError(
            where, f"text too large ({len(text)} characters > limit {opts.max_bytes})", path=path
        )
    day: date | None = None
    if published is not None and published != "":
        try:
            day = parse_date(published)
        except ValueError as exc:
            return ReadError(where, f"unparseable date {published!r}: {exc}", path=path)
    return RawArticle(
        text=text,
        origin=where,
        external_id=_clean_line(external_id),
        title=_clean_line(title),
        published=day or opts.default_published,
        source=_clean_line(source) or opts.default_source,
        url=_clean_line(url),
    )
