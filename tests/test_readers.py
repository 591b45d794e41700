"""Tests for archive.readers: every file is made here (no publisher texts)."""

from __future__ import annotations

import gzip
import io
import json
import random
import sys
from datetime import date
from pathlib import Path

import pytest

from archive.readers import (
    RawArticle,
    ReadError,
    ReadOptions,
    content_hash,
    decode_bytes,
    format_for_path,
    iter_articles,
    parse_date,
    parse_field_map,
)

BODY = (
    "The foreign ministers of Freedonia and Sylvania met in Geneva on Wednesday "
    "to discuss the border agreement, officials said.\n\n"
    "Both sides described the talks as constructive and frank."
)


def read(*paths: str | Path, **options: object) -> list[RawArticle | ReadError]:
    return list(iter_articles([str(p) for p in paths], ReadOptions(**options)))  # type: ignore[arg-type]


def articles(items: list[RawArticle | ReadError]) -> list[RawArticle]:
    return [item for item in items if isinstance(item, RawArticle)]


def errors(items: list[RawArticle | ReadError]) -> list[ReadError]:
    return [item for item in items if isinstance(item, ReadError)]


def only_article(items: list[RawArticle | ReadError]) -> RawArticle:
    assert len(items) == 1 and isinstance(items[0], RawArticle), items
    return items[0]


def only_error(items: list[RawArticle | ReadError]) -> ReadError:
    assert len(items) == 1 and isinstance(items[0], ReadError), items
    return items[0]


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- text / markdown


def test_txt_with_header_block(tmp_path: Path) -> None:
    f = tmp_path / "note.txt"
    f.write_text(
        "ID: ext-42\nTITLE: Ministers meet\ndate: 26 Dec 2018\nSource: Example Wire\n"
        "Url: https://example.org/a\n\nMinisters meet\n\n" + BODY + "\n",
        encoding="utf-8",
    )
    art = only_article(read(f))
    assert art.external_id == "ext-42"
    assert art.title == "Ministers meet"
    assert art.published == date(2018, 12, 26)
    assert art.source == "Example Wire"
    assert art.url == "https://example.org/a"
    assert art.text == BODY  # the repeated headline line is not part of the body
    assert art.origin == str(f)


def test_txt_without_header_uses_headline_and_stem(tmp_path: Path) -> None:
    f = tmp_path / "geneva-talks.TXT"
    f.write_text("Ministers meet in Geneva\n\n" + BODY, encoding="utf-8")
    art = only_article(read(f, default_published=date(2020, 1, 2), default_source="Desk"))
    assert art.title == "Ministers meet in Geneva"
    assert art.text == BODY
    assert art.external_id == "geneva-talks"
    assert (art.published, art.source) == (date(2020, 1, 2), "Desk")


def test_txt_header_block_needs_only_known_keys(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Update: talks resumed\nDate: 2018-12-26\n\nMore text follows.\n", encoding="utf-8")
    art = only_article(read(f))
    assert art.published is None and art.title is None
    assert art.text.startswith("Update: talks resumed\nDate: 2018-12-26")


def test_txt_single_line_is_body_and_headline_only_is_error(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("Just one sentence of news.\n", encoding="utf-8")
    art = only_article(read(one))
    assert (art.title, art.text) == (None, "Just one sentence of news.")
    header_only = tmp_path / "h.txt"
    header_only.write_text("Title: Headline\nDate: 2018-12-26\n\nHeadline\n", encoding="utf-8")
    assert "no article text" in only_error(read(header_only)).reason


def test_markdown_front_matter_and_heading(tmp_path: Path) -> None:
    f = tmp_path / "post.md"
    f.write_text(
        '---\ntitle: "Summit ends"\ndate: 2019-03-01\ntags: [a, b]\n---\n\n# Summit ends\n\n' + BODY,
        encoding="utf-8",
    )
    art = only_article(read(f))
    assert (art.title, art.published, art.text) == ("Summit ends", date(2019, 3, 1), BODY)

    g = tmp_path / "atx.md"
    g.write_text("# Envoy visits Kabul\nThe envoy arrived on Monday.\n", encoding="utf-8")
    art = only_article(read(g))
    assert (art.title, art.text) == ("Envoy visits Kabul", "The envoy arrived on Monday.")

    h = tmp_path / "setext.markdown"
    h.write_text("Envoy visits Kabul\n==================\n\nThe envoy arrived.\n", encoding="utf-8")
    assert only_article(read(h)).title == "Envoy visits Kabul"


# --------------------------------------------------------------------------- encodings

ACCENTED = "Außenminister Café — “déjà vu” in Zürich, naïve señor’s talks"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32", b""),  # Python's utf-32 codec writes its BOM itself
        ("cp1252", b""),
    ],
)
def test_encodings_decode_without_loss(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    f = tmp_path / "enc.txt"
    f.write_bytes(prefix + f"Headline\r\n\r\n{ACCENTED}\r\n".encode(encoding))
    art = only_article(read(f))
    assert art.title == "Headline"
    assert art.text == ACCENTED


def test_latin1_and_short_cp1252_text(tmp_path: Path) -> None:
    latin = "Le ministre français a rencontré son homologue à Genève ; réunion très cordiale."
    f = tmp_path / "latin.txt"
    f.write_bytes(latin.encode("latin-1"))
    assert only_article(read(f)).text == latin
    short = tmp_path / "short.txt"
    short.write_bytes("Plain ascii text but with one é".encode("cp1252"))
    assert only_article(read(short)).text == "Plain ascii text but with one é"


def test_bomless_utf16_is_not_mistaken_for_binary() -> None:
    assert decode_bytes("Hello world, ministers met.".encode("utf-16-le")) == ("Hello world, ministers met.")


def test_forced_encoding(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes("Привет, министр".encode("cp1251"))
    assert only_article(read(f, encoding="cp1251")).text == "Привет, министр"


def test_binary_junk_is_an_error(tmp_path: Path) -> None:
    nul = tmp_path / "image.txt"
    nul.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert "binary" in only_error(read(nul)).reason
    noisy = tmp_path / "noise.txt"
    noisy.write_bytes(bytes(b for b in random.Random(0).randbytes(4000) if b))
    assert "binary" in only_error(read(noisy)).reason
    jl = tmp_path / "junk.jsonl"
    jl.write_bytes(b"\x00\x01\x02\x03" * 100)
    assert "binary" in only_error(read(jl)).reason


@pytest.mark.parametrize("content", [b"", b"  \n\t\n", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("name", ["e.txt", "e.html", "e.json", "e.jsonl"])
def test_empty_files(tmp_path: Path, name: str, content: bytes) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    err = only_error(read(f))
    assert err.reason.startswith("empty"), err


def test_file_over_limit(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("Headline\n\n" + "x" * 500, encoding="utf-8")
    err = only_error(read(f, max_bytes=100))
    assert err.reason == f"too large ({f.stat().st_size} bytes > limit 100)"


# --------------------------------------------------------------------------- JSON lines


def test_jsonl_records_and_errors_in_order(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(
        '{"id": 7, "title": "A", "text": "First.", "date": "2018-12-26", "source": "W"}\n'
        "{not json\n"
        "\n"
        '{"title": "no text here"}\n'
        "[1, 2]\n"
        '{"id": "b", "body": ["Para one.", "Para two."], "published": "December 26, 2018"}\n'
        '{"id": "c", "content": "Third.", "url": "https://example.org/c"}',
        encoding="utf-8",
    )
    items = read(f)
    assert [type(i).__name__ for i in items] == [
        "RawArticle",
        "ReadError",
        "ReadError",
        "ReadError",
        "RawArticle",
        "RawArticle",
    ]
    first, bad, notext, notobj, second, third = items
    assert isinstance(first, RawArticle) and first.external_id == "7"
    assert first.origin == f"{f}:1" and first.source == "W"
    assert str(bad).startswith(f"{f}:2: invalid JSON:")
    assert isinstance(bad, ReadError) and bad.path == str(f)
    assert notext.origin == f"{f}:4" and "no text" in str(notext)
    assert notobj.origin == f"{f}:5" and "expected a JSON object" in str(notobj)
    assert isinstance(second, RawArticle) and second.text == "Para one.\n\nPara two."
    assert second.published == date(2018, 12, 26) and second.origin == f"{f}:6"
    assert isinstance(third, RawArticle) and third.url == "https://example.org/c"


def test_jsonl_line_over_limit_is_skipped_not_loaded(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    huge = json.dumps({"text": "y" * 5000})
    f.write_text(
        json.dumps({"text": "ok one"}) + "\n" + huge + "\n" + json.dumps({"text": "ok two"}) + "\n",
        encoding="utf-8",
    )
    items = read(f, max_bytes=1000)
    assert [getattr(i, "text", None) for i in items] == ["ok one", None, "ok two"]
    err = items[1]
    assert isinstance(err, ReadError)
    assert str(err) == f"{f}:2: line too long (more than 1000 bytes)"


def test_only_overlong_lines_and_json_file_limit(tmp_path: Path) -> None:
    f = tmp_path / "long.jsonl"
    f.write_text(json.dumps({"text": "q" * 500}), encoding="utf-8")
    assert only_error(read(f, max_bytes=100)).origin == f"{f}:1"
    j = tmp_path / "big.json"
    j.write_text(json.dumps([{"text": "q" * 50}] * 10), encoding="utf-8")
    assert "too large" in only_error(read(j, max_json_bytes=100)).reason


def test_jsonl_utf16_and_bom_and_bad_line_encoding(tmp_path: Path) -> None:
    rows = [{"text": "Zürich talks"}, {"text": "Genève talks"}]
    u16 = tmp_path / "u16.jsonl"
    u16.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-16"))
    assert [a.text for a in articles(read(u16))] == ["Zürich talks", "Genève talks"]
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + b'{"text": "x"}\n' + '{"text": "Café à Genève"}\n'.encode("cp1252"))
    assert [a.text for a in articles(read(bom))] == ["x", "Café à Genève"]


def test_jsonl_record_text_limit_and_bad_date(tmp_path: Path) -> None:
    f = write_jsonl(
        tmp_path / "r.jsonl",
        [{"text": "fine", "date": "yesterday"}, {"text": "fine", "date": "Dec 2018"}],
    )
    a, b = read(f)
    assert isinstance(a, ReadError) and "unparseable date 'yesterday'" in a.reason
    assert isinstance(b, ReadError) and "incomplete date" in b.reason


# --------------------------------------------------------------------------- JSON


def test_json_list_object_and_wrapped_list(tmp_path: Path) -> None:
    lst = tmp_path / "list.json"
    lst.write_text(json.dumps([{"text": "a"}, 3, {"text": "b", "id": "x"}]), encoding="utf-8")
    items = read(lst)
    assert [i.origin for i in items] == [f"{lst}[0]", f"{lst}[1]", f"{lst}[2]"]
    assert isinstance(items[1], ReadError)
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"title": "T", "text": "solo"}), encoding="utf-8")
    art = only_article(read(one))
    assert (art.title, art.text, art.origin) == ("T", "solo", str(one))
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"articles": [{"text": "w1"}, {"text": "w2"}]}), encoding="utf-8")
    assert [a.text for a in articles(read(wrapped))] == ["w1", "w2"]


def test_json_syntax_error_names_line_and_jsonl_saved_as_json(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[\n  {"text": "a"},\n  {"text": }\n]', encoding="utf-8")
    err = only_error(read(bad))
    assert err.origin == f"{bad}:3" and err.reason.startswith("invalid JSON")
    lines = write_jsonl(tmp_path / "lines.json", [{"text": "l1"}, {"text": "l2"}])
    assert [a.origin for a in articles(read(lines))] == [f"{lines}:1", f"{lines}:2"]


def test_json_record_text_over_limit(tmp_path: Path) -> None:
    f = tmp_path / "l.json"
    f.write_text(json.dumps([{"text": "z" * 300}, {"text": "ok"}]), encoding="utf-8")
    items = read(f, max_bytes=200, max_json_bytes=10_000)
    assert isinstance(items[0], ReadError) and "text too large" in items[0].reason
    assert isinstance(items[1], RawArticle)


# --------------------------------------------------------------------------- field mapping


def test_field_map(tmp_path: Path) -> None:
    f = write_jsonl(
        tmp_path / "m.jsonl",
        [
            {
                "article_body": "Mapped body.",
                "text": "ignored: the mapping wins",
                "headline_text": "Mapped title",
                "meta": {"when": "26/12/2018", "outlet": "Wire"},
                "guid": 99,
            }
        ],
    )
    fmap = parse_field_map(
        ["text=article_body", "title=headline_text", "date=meta.when", "source=meta.outlet", "id=guid"]
    )
    art = only_article(read(f, field_map=fmap))
    assert art.text == "Mapped body."
    assert (art.title, art.published, art.source, art.external_id) == (
        "Mapped title",
        date(2018, 12, 26),
        "Wire",
        "99",
    )


def test_field_map_applies_to_txt_headers(tmp_path: Path) -> None:
    f = tmp_path / "de.txt"
    f.write_text("Datum: 2018-12-26\n\nText ohne Titel in einer Zeile und mehr.\n", encoding="utf-8")
    assert only_article(read(f, field_map={"published": "Datum"})).published == date(2018, 12, 26)


@pytest.mark.parametrize("bad", [["text"], ["=x"], ["nonsense=x"]])
def test_bad_field_specs_raise(bad: list[str]) -> None:
    with pytest.raises(ValueError):
        parse_field_map(bad)


def test_bad_options_raise() -> None:
    with pytest.raises(ValueError):
        ReadOptions(format="pdf")
    with pytest.raises(ValueError):
        ReadOptions(max_bytes=0)
    with pytest.raises(LookupError):
        ReadOptions(encoding="no-such-codec")
    assert ReadOptions(format=".HTM").format == "html"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text",
    [
        "2018-12-26",
        "26 Dec 2018",
        "December 26, 2018",
        "2018-12-26T10:00:00Z",
        "2018-12-26T23:30:00-05:00",
        "12/26/2018",
        "Wednesday, 26 December 2018 10:00 GMT",
    ],
)
def test_dates_normalised(text: str) -> None:
    assert parse_date(text) == date(2018, 12, 26)


def test_date_timestamps_and_rejections() -> None:
    assert parse_date(1545818400) == date(2018, 12, 26)
    assert parse_date(1545818400000) == date(2018, 12, 26)
    for bad in ["2018", "Dec 2018", "soon", "", "0001-01-01"]:
        with pytest.raises(ValueError):
            parse_date(bad)
    with pytest.raises(ValueError):
        parse_date(True)


def test_defaults_fill_only_missing_values(tmp_path: Path) -> None:
    f = write_jsonl(
        tmp_path / "d.jsonl",
        [{"text": "a", "date": "2018-12-26", "source": "Own"}, {"text": "b", "date": ""}],
    )
    a, b = articles(read(f, default_published=date(2000, 1, 1), default_source="Default"))
    assert (a.published, a.source) == (date(2018, 12, 26), "Own")
    assert (b.published, b.source) == (date(2000, 1, 1), "Default")


# --------------------------------------------------------------------------- gzip


def test_gzip_variants(tmp_path: Path) -> None:
    jl = tmp_path / "feed.jsonl.gz"
    jl.write_bytes(gzip.compress(b'{"text": "g1"}\n{"text": "g2"}\n'))
    assert [a.text for a in articles(read(jl))] == ["g1", "g2"]
    txt = tmp_path / "story.TXT.GZ"
    txt.write_bytes(gzip.compress(("Headline\n\n" + BODY).encode("utf-16")))
    art = only_article(read(txt))
    assert (art.external_id, art.title, art.text) == ("story", "Headline", BODY)
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 10_000))
    assert (
        "too large (over the 1000-byte limit uncompressed)" in only_error(read(bomb, max_bytes=1000)).reason
    )


def test_truncated_gzip(tmp_path: Path) -> None:
    payload = "".join(json.dumps({"text": f"record {i} " + "w" * 50}) + "\n" for i in range(2000))
    data = gzip.compress(payload.encode("utf-8"))
    jl = tmp_path / "cut.jsonl.gz"
    jl.write_bytes(data[: len(data) // 2])
    items = read(jl)
    assert len(articles(items)) > 0  # streamed: records before the cut survive
    assert isinstance(items[-1], ReadError) and "truncated" in items[-1].reason
    txt = tmp_path / "cut.txt.gz"
    txt.write_bytes(gzip.compress(b"Headline\n\n" + b"body " * 1000)[:60])
    assert "truncated" in only_error(read(txt)).reason


# --------------------------------------------------------------------------- HTML

HTML = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>Ministers meet in Geneva | Example News</title>
<link rel="canonical" href="https://news.example.org/2018/12/26/ministers-meet">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2018-12-26T10:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home page link</a></li><li><a href="/world">World section link</a></li></ul></nav>
<header><div class="menu">Subscribe now for unlimited access</div></header>
<article><h1>Ministers meet in Geneva</h1>
<p>The foreign ministers of Freedonia and Sylvania met in Genève on Wednesday to discuss
the border agreement, officials said after the meeting.</p>
<p>The talks lasted three hours and both sides described them as constructive and frank,
according to a joint statement released afterwards by both delegations.</p>
<p>A further round of negotiations is expected in the new year, the spokesperson for the
ministry told reporters at the venue.</p>
</article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Great article, totally agree with the commenter above!</p></div></section>
<footer><p>Copyright 2018 Example News. All rights reserved. Privacy policy.</p></footer>
</body></html>
"""


@pytest.mark.parametrize("charset", ["utf-8", "windows-1252"])
def test_html_main_text_and_metadata(tmp_path: Path, charset: str) -> None:
    f = tmp_path / "geneva.HTML"
    f.write_bytes(HTML.format(charset=charset).encode(charset))
    art = only_article(read(f))
    assert "foreign ministers of Freedonia and Sylvania met in Genève" in art.text
    assert "further round of negotiations" in art.text
    for junk in ("Home page link", "Subscribe now", "Great article", "Copyright", "Privacy"):
        assert junk not in art.text
    assert art.title == "Ministers meet in Geneva"
    assert not art.text.startswith("Ministers meet in Geneva")
    assert art.published == date(2018, 12, 26)
    assert art.source == "Example News"
    assert art.url == "https://news.example.org/2018/12/26/ministers-meet"
    assert art.external_id == "geneva"


def test_html_without_article_or_date(tmp_path: Path) -> None:
    empty = tmp_path / "nav.htm"
    empty.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    assert "no article text" in only_error(read(empty)).reason
    nodate = tmp_path / "nodate.html"
    nodate.write_text(
        "<html><body><article><p>"
        + "Talks between the two delegations were held in Vienna on 3 March 2017. " * 6
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    art = only_article(read(nodate, default_published=date(2019, 5, 5)))
    assert art.published == date(2019, 5, 5)  # a date in the prose is not the publication date


# --------------------------------------------------------------------------- paths


def test_directory_recursion_is_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a" / "2.txt").write_text("two", encoding="utf-8")
    (tmp_path / "a" / "1.md").write_text("one", encoding="utf-8")
    (tmp_path / "b" / "deep" / "3.jsonl").write_text('{"text": "three"}\n', encoding="utf-8")
    (tmp_path / "b" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "b" / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("git", encoding="utf-8")
    (tmp_path / "0.txt").write_text("zero", encoding="utf-8")
    assert [a.text for a in articles(read(tmp_path))] == ["zero", "one", "two", "three"]
    assert not errors(read(tmp_path))
    # the same files named twice are read once
    assert len(read(tmp_path, tmp_path / "0.txt")) == 4


def test_glob_patterns(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "y.txt").write_text("y", encoding="utf-8")
    (tmp_path / "sub" / "z.txt").write_text("z", encoding="utf-8")
    (tmp_path / "readme.rst").write_text("r", encoding="utf-8")
    assert [a.text for a in articles(read(tmp_path / "*.txt"))] == ["x", "y"]
    assert [a.text for a in articles(read(f"{tmp_path}/**/*.txt"))] == ["z", "x", "y"]
    assert [a.text for a in articles(read(f"{tmp_path}/*"))] == ["z", "x", "y"]
    err = only_error(read(tmp_path / "*.nothing"))
    assert "no supported files match" in err.reason


def test_missing_and_unsupported_paths(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    err = only_error(read(missing))
    assert str(err) == f"{missing}: no such file or directory"
    pdf = tmp_path / "doc.pdf"
    pdf.write_text("Headline\n\nBody text.", encoding="utf-8")
    assert "unsupported file type" in only_error(read(pdf)).reason
    assert only_article(read(pdf, format="txt")).text == "Body text."
    assert format_for_path("A.JSONL.GZ") == "jsonl" and format_for_path("a.pdf") is None


def test_single_string_path_is_accepted(tmp_path: Path) -> None:
    f = tmp_path / "s.txt"
    f.write_text("solo", encoding="utf-8")
    assert [a.text for a in iter_articles(str(f))] == ["solo"]  # type: ignore[union-attr]


def test_iteration_is_lazy(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "lazy.jsonl", [{"text": "a"}, {"text": "b"}])
    it = iter_articles([str(f), str(tmp_path / "missing.txt")])
    first = next(it)
    assert isinstance(first, RawArticle) and first.text == "a"
    it.close()  # stopping early (--strict) closes the file cleanly


# --------------------------------------------------------------------------- stdin


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_sniffs_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b'  {"text": "s1"}\n{"text": "s2"}\nnot json\n')
    items = read("-")
    assert [getattr(i, "text", None) for i in items] == ["s1", "s2", None]
    assert items[0].origin == "<stdin>:1" and items[2].origin == "<stdin>:3"


def test_stdin_text_json_html_and_gzip(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, ("Headline\n\n" + BODY).encode("utf-8"))
    art = only_article(read("-"))
    assert (art.title, art.external_id, art.origin) == ("Headline", None, "<stdin>")
    fake_stdin(monkeypatch, b'[{"text": "l0"}]')
    assert only_article(read("-")).origin == "<stdin>[0]"
    fake_stdin(monkeypatch, HTML.format(charset="utf-8").encode("utf-8"))
    assert only_article(read("-")).title == "Ministers meet in Geneva"
    fake_stdin(monkeypatch, gzip.compress(b'{"text": "zipped"}\n'))
    assert only_article(read("-")).text == "zipped"
    monkeypatch.setattr(sys, "stdin", io.StringIO("plain words from a StringIO"))
    assert only_article(read("-", format="txt")).text == "plain words from a StringIO"


def test_stdin_utf16_jsonl_and_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, '{"text": "Zürich"}\n{"text": "Genève"}\n'.encode("utf-16"))
    assert [a.text for a in articles(read("-"))] == ["Zürich", "Genève"]
    fake_stdin(monkeypatch, b"Headline\n\n" + b"x" * 500)
    assert "too large (over the 100-byte limit)" in only_error(read("-", max_bytes=100)).reason


def test_stdin_format_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b'{"text": "looks like json"}')
    assert only_article(read("-", format="txt")).text == '{"text": "looks like json"}'


# --------------------------------------------------------------------------- records & errors


def test_content_hash_normalises_text() -> None:
    a = RawArticle(text="The  Minister\nmet ﬁve envoys.", origin="x")
    b = RawArticle(text="the minister met five envoys.", origin="y")
    c = RawArticle(text="The minister met six envoys.", origin="z")
    assert a.content_hash == b.content_hash == content_hash("THE MINISTER MET FIVE ENVOYS.")
    assert a.content_hash != c.content_hash
    assert len(a.content_hash) == 64


def test_read_error_is_one_clear_line() -> None:
    err = ReadError("feed.jsonl:12", "invalid JSON:\n  Expecting value")
    assert str(err) == "feed.jsonl:12: invalid JSON: Expecting value"
    assert (err.origin, err.reason, err.path) == (
        "feed.jsonl:12",
        "invalid JSON: Expecting value",
        "feed.jsonl:12",
    )
    assert isinstance(err, Exception)
