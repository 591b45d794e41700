"""flat views for BI tools and full-text search

Views (both backends): v_articles, v_meetings, v_meeting_participants,
v_statements, v_person_mentions, v_country_pairs. Each carries a portable
``month`` text column ("YYYY-MM") so reports need no dialect-specific date
functions. List aggregation is the one dialect difference (group_concat on
SQLite, string_agg on PostgreSQL).

Full-text search, with no new columns on the ORM tables:

* SQLite: FTS5 external-content tables ``article_fts`` (title, text) and
  ``statement_fts`` (text), kept in step by triggers on insert, update and
  delete. Batch migrations that recreate ``article`` or ``statement`` drop
  these triggers and must recreate them (see ``_SQLITE_FTS``).
* PostgreSQL: GIN expression indexes ``ix_article_fulltext`` and
  ``ix_statement_fulltext`` on to_tsvector('english', …); archive.search builds
  the same expressions so the planner uses them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Readable labels of the CAMEO 04x "consult" codes the extractor assigns.
_CAMEO_LABEL = """CASE {col}
        WHEN '040' THEN 'consult'
        WHEN '041' THEN 'phone call'
        WHEN '042' THEN 'visit'
        WHEN '043' THEN 'host a visit'
        WHEN '044' THEN 'meeting at a third place'
        WHEN '045' THEN 'mediation'
        WHEN '046' THEN 'negotiation'
        ELSE {col} END"""


def _month(dialect: str, col: str) -> str:
    if dialect == "postgresql":
        return f"to_char({col}, 'YYYY-MM')"
    return f"substr({col}, 1, 7)"


def _year(dialect: str, col: str) -> str:
    if dialect == "postgresql":
        return f"CAST(extract(year FROM {col}) AS integer)"
    return f"CAST(substr({col}, 1, 4) AS integer)"


def _list(dialect: str, expr: str, from_where: str) -> str:
    """A scalar subquery: distinct values of ``expr``, sorted, as one comma-separated text."""
    if dialect == "postgresql":
        # DISTINCT needs the ORDER BY expression to be the argument itself, cast and all.
        arg = f"CAST({expr} AS text)"
        return f"(SELECT string_agg(DISTINCT {arg}, ', ' ORDER BY {arg}) {from_where})"
    # SQLite < 3.44 has no ORDER BY inside group_concat: aggregate a sorted subquery.
    return f"(SELECT group_concat(v, ', ') FROM (SELECT DISTINCT {expr} AS v {from_where} ORDER BY 1))"


def _views(d: str) -> dict[str, str]:
    """name -> SELECT, in creation order."""
    return {
        "v_articles": f"""
SELECT a.id AS article_id,
       a.title,
       a.published,
       {_month(d, "a.published")} AS month,
       {_year(d, "a.published")} AS year,
       a.source,
       a.url,
       a.external_id,
       length(a.text) AS chars,
       (SELECT count(*) FROM article_person ap WHERE ap.article_id = a.id) AS n_persons,
       (SELECT count(DISTINCT ac.country_code) FROM article_country ac WHERE ac.article_id = a.id)
           AS n_countries,
       (SELECT count(DISTINCT ms.meeting_id) FROM meeting_source ms WHERE ms.article_id = a.id)
           AS n_meetings,
       (SELECT count(*) FROM statement s WHERE s.article_id = a.id) AS n_statements,
       a.imported_at,
       a.extractor_version
FROM article a""",
        "v_meetings": f"""
SELECT m.id AS meeting_id,
       m.date,
       {_month(d, "m.date")} AS month,
       {_year(d, "m.date")} AS year,
       m.cameo,
       {_CAMEO_LABEL.format(col="m.cameo")} AS type,
       m.location,
       m.location_country_code,
       lc.name AS location_country,
       {_list(d, "p.name", "FROM meeting_participant mp JOIN person p ON p.id = mp.person_id WHERE mp.meeting_id = m.id")}
           AS participants,
       {_list(d, "pc.name", "FROM meeting_participant mp JOIN person p ON p.id = mp.person_id JOIN country pc ON pc.code = p.country_code WHERE mp.meeting_id = m.id")}
           AS participant_countries,
       {_list(d, "mc.country_code", "FROM meeting_country mc WHERE mc.meeting_id = m.id")} AS country_codes,
       {_list(d, "c.name", "FROM meeting_country mc JOIN country c ON c.code = mc.country_code WHERE mc.meeting_id = m.id")}
           AS countries,
       (SELECT count(DISTINCT mp.person_id) FROM meeting_participant mp WHERE mp.meeting_id = m.id)
           AS n_participants,
       (SELECT count(DISTINCT mc.country_code) FROM meeting_country mc WHERE mc.meeting_id = m.id)
           AS n_countries,
       (SELECT count(DISTINCT ms.article_id) FROM meeting_source ms WHERE ms.meeting_id = m.id) AS n_sources
FROM meeting m
LEFT JOIN country lc ON lc.code = m.location_country_code""",
        "v_meeting_participants": f"""
SELECT m.id AS meeting_id,
       m.date,
       {_month(d, "m.date")} AS month,
       m.cameo,
       {_CAMEO_LABEL.format(col="m.cameo")} AS type,
       m.location,
       p.id AS person_id,
       p.name AS person_name,
       p.country_code AS person_country_code,
       pc.name AS person_country,
       mp.n_sources
FROM (SELECT meeting_id, person_id, count(*) AS n_sources
      FROM meeting_participant GROUP BY meeting_id, person_id) mp
JOIN meeting m ON m.id = mp.meeting_id
JOIN person p ON p.id = mp.person_id
LEFT JOIN country pc ON pc.code = p.country_code""",
        "v_statements": f"""
SELECT s.id AS statement_id,
       s.article_id,
       s.speaker,
       s.speaker_person_id,
       COALESCE(p.name, s.speaker) AS speaker_name,
       s.speaker_country_code,
       sc.name AS speaker_country,
       s.text,
       s.kind,
       s.cue,
       a.title AS article_title,
       a.published,
       {_month(d, "a.published")} AS month,
       a.source,
       a.url
FROM statement s
JOIN article a ON a.id = s.article_id
LEFT JOIN person p ON p.id = s.speaker_person_id
LEFT JOIN country sc ON sc.code = s.speaker_country_code""",
        "v_person_mentions": f"""
SELECT ap.id AS article_person_id,
       ap.article_id,
       a.title AS article_title,
       a.published,
       {_month(d, "a.published")} AS month,
       a.source,
       ap.person_id,
       p.name AS person_name,
       ap.name AS name_as_written,
       ap.country_code,
       c.name AS country,
       {_list(d, "pt.title", "FROM person_title pt WHERE pt.article_person_id = ap.id")} AS titles,
       (SELECT count(*) FROM person_mention pm WHERE pm.article_person_id = ap.id) AS n_mentions
FROM article_person ap
JOIN article a ON a.id = ap.article_id
JOIN person p ON p.id = ap.person_id
LEFT JOIN country c ON c.code = ap.country_code""",
        "v_country_pairs": f"""
SELECT m.id AS meeting_id,
       m.date,
       {_month(d, "m.date")} AS month,
       {_year(d, "m.date")} AS year,
       m.cameo,
       {_CAMEO_LABEL.format(col="m.cameo")} AS type,
       x.country_code AS country_a,
       ca.name AS country_a_name,
       y.country_code AS country_b,
       cb.name AS country_b_name
FROM (SELECT DISTINCT meeting_id, country_code FROM meeting_country) x
JOIN (SELECT DISTINCT meeting_id, country_code FROM meeting_country) y
  ON y.meeting_id = x.meeting_id AND x.country_code < y.country_code
JOIN meeting m ON m.id = x.meeting_id
JOIN country ca ON ca.code = x.country_code
JOIN country cb ON cb.code = y.country_code""",
    }


_MONTH = "Month of the date as text, YYYY-MM (portable for grouping)."
_TYPE = "Readable label of the CAMEO code."

# PostgreSQL comments: view -> (view comment, {column: comment}).
COMMENTS: dict[str, tuple[str, dict[str, str]]] = {
    "v_articles": (
        "One row per article with counts of its extracted facts.",
        {
            "article_id": "article.id",
            "title": "Headline.",
            "published": "Publication date.",
            "month": _MONTH,
            "year": "Year of publication.",
            "source": "Publisher or feed name.",
            "url": "Article URL, when known.",
            "external_id": "The source's own id, when known.",
            "chars": "Length of the body text in characters.",
            "n_persons": "Distinct persons named.",
            "n_countries": "Distinct countries named or implied.",
            "n_meetings": "Distinct meetings it reports.",
            "n_statements": "Quotations extracted.",
            "imported_at": "When it was imported.",
            "extractor_version": "Extractor version that produced its facts.",
        },
    ),
    "v_meetings": (
        "One row per meeting: when, where, what kind, who and which countries, how many sources.",
        {
            "meeting_id": "meeting.id",
            "date": "Date of the meeting, when known.",
            "month": _MONTH,
            "year": "Year of the meeting.",
            "cameo": "CAMEO 04x consult code.",
            "type": _TYPE,
            "location": "Place as written.",
            "location_country_code": "ISO code of the place's country.",
            "location_country": "Name of the place's country.",
            "participants": "Participant names, comma-separated, sorted.",
            "participant_countries": "Countries the participants represent, comma-separated.",
            "country_codes": "ISO codes of the parties, comma-separated.",
            "countries": "Names of the parties, comma-separated.",
            "n_participants": "Distinct participants.",
            "n_countries": "Distinct party countries.",
            "n_sources": "Distinct articles reporting the meeting.",
        },
    ),
    "v_meeting_participants": (
        "One row per meeting and participant (long form of v_meetings.participants).",
        {
            "meeting_id": "meeting.id",
            "date": "Date of the meeting.",
            "month": _MONTH,
            "cameo": "CAMEO 04x consult code.",
            "type": _TYPE,
            "location": "Place as written.",
            "person_id": "person.id",
            "person_name": "Canonical name of the person.",
            "person_country_code": "ISO code of the country the person represents.",
            "person_country": "Name of that country.",
            "n_sources": "Sources naming this person as a participant.",
        },
    ),
    "v_statements": (
        "One row per quotation with its speaker and article.",
        {
            "statement_id": "statement.id",
            "article_id": "article.id",
            "speaker": "Speaker as named in the article.",
            "speaker_person_id": "person.id of the speaker, when a person.",
            "speaker_name": "Canonical name of the speaker person, else the speaker as named.",
            "speaker_country_code": "ISO code of the speaker's country.",
            "speaker_country": "Name of the speaker's country.",
            "text": "The quoted words.",
            "kind": "Kind of quotation (direct).",
            "cue": "Reporting verb (said, told).",
            "article_title": "Headline of the article.",
            "published": "Publication date of the article.",
            "month": _MONTH,
            "source": "Publisher of the article.",
            "url": "Article URL.",
        },
    ),
    "v_person_mentions": (
        "One row per person per article: the name as written, country and titles.",
        {
            "article_person_id": "article_person.id",
            "article_id": "article.id",
            "article_title": "Headline of the article.",
            "published": "Publication date.",
            "month": _MONTH,
            "source": "Publisher.",
            "person_id": "person.id",
            "person_name": "Canonical name of the person.",
            "name_as_written": "Fullest form of the name in this article.",
            "country_code": "ISO code of the country this article gives the person.",
            "country": "Name of that country.",
            "titles": "Titles the article gives the person, comma-separated.",
            "n_mentions": "How often the article names the person.",
        },
    ),
    "v_country_pairs": (
        "One row per meeting per unordered pair of party countries (country_a < country_b).",
        {
            "meeting_id": "meeting.id",
            "date": "Date of the meeting.",
            "month": _MONTH,
            "year": "Year of the meeting.",
            "cameo": "CAMEO 04x consult code.",
            "type": _TYPE,
            "country_a": "ISO code of the first country (alphabetically).",
            "country_a_name": "Its name.",
            "country_b": "ISO code of the second country.",
            "country_b_name": "Its name.",
        },
    ),
}

# SQLite FTS5: external-content tables over article and statement, and the
# triggers that keep them in step. Porter stemming, like PostgreSQL's 'english'.
_SQLITE_FTS = [
    """CREATE VIRTUAL TABLE article_fts USING fts5(
        title, text, content='article', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
        INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
    """CREATE VIRTUAL TABLE statement_fts USING fts5(
        text, content='statement', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement BEGIN
        INSERT INTO statement_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER statement_fts_delete AFTER DELETE ON statement BEGIN
        INSERT INTO statement_fts(statement_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER statement_fts_update AFTER UPDATE OF text ON statement BEGIN
        INSERT INTO statement_fts(statement_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO statement_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    "INSERT INTO statement_fts(statement_fts) VALUES ('rebuild')",
]
_SQLITE_FTS_DROP = [
    *(
        f"DROP TRIGGER IF EXISTS {t}_fts_{e}"
        for t in ("article", "statement")
        for e in ("insert", "delete", "update")
    ),
    "DROP TABLE IF EXISTS article_fts",
    "DROP TABLE IF EXISTS statement_fts",
]

# PostgreSQL: the expressions must match archive.search exactly for the planner to use the indexes.
_PG_FTS = [
    "CREATE INDEX ix_article_fulltext ON article "
    "USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))",
    "CREATE INDEX ix_statement_fulltext ON statement USING gin (to_tsvector('english', text))",
]
_PG_FTS_DROP = ["DROP INDEX IF EXISTS ix_statement_fulltext", "DROP INDEX IF EXISTS ix_article_fulltext"]


def _quote(comment: str) -> str:
    return "'" + comment.replace("'", "''") + "'"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, select in _views(dialect).items():
        op.execute(f"CREATE VIEW {name} AS{select}")
    if dialect == "postgresql":
        for view, (about, columns) in COMMENTS.items():
            op.execute(f"COMMENT ON VIEW {view} IS {_quote(about)}")
            for column, comment in columns.items():
                op.execute(f"COMMENT ON COLUMN {view}.{column} IS {_quote(comment)}")
        for stmt in _PG_FTS:
            op.execute(stmt)
    else:
        for stmt in _SQLITE_FTS:
            op.execute(stmt)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for stmt in _PG_FTS_DROP if dialect == "postgresql" else _SQLITE_FTS_DROP:
        op.execute(stmt)
    for name in reversed(list(_views(dialect))):
        op.execute(f"DROP VIEW IF EXISTS {name}")
