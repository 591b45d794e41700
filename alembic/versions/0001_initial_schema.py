"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=500), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("origin", sa.String(length=2000), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("extractor_version", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_article_content_hash")),
        sa.UniqueConstraint("external_id", name=op.f("uq_article_external_id")),
        sa.UniqueConstraint("url", name=op.f("uq_article_url")),
    )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_published"), ["published"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_source"), ["source"], unique=False)

    op.create_table(
        "country",
        sa.Column("code", sa.String(length=2), nullable=False),
        sa.Column("alpha3", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("official_name", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_country")),
        sa.UniqueConstraint("alpha3", name=op.f("uq_country_alpha3")),
    )
    with op.batch_alter_table("country", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_country_name"), ["name"], unique=False)

    op.create_table(
        "article_country",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("surface", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_article_country_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["country_code"], ["country.code"], name=op.f("fk_article_country_country_code_country")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_country")),
    )
    with op.batch_alter_table("article_country", schema=None) as batch_op:
        batch_op.create_index(
            "ix_article_country_article_id_country_code",
            ["article_id", "country_code"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_article_country_country_code"), ["country_code"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cameo", sa.String(length=3), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("location", sa.String(length=300), nullable=True),
        sa.Column("location_country_code", sa.String(length=2), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_country_code"],
            ["country.code"],
            name=op.f("fk_meeting_location_country_code_country"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_cameo"), ["cameo"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_location"), ["location"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meeting_location_country_code"), ["location_country_code"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("match_key", sa.String(length=300), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_code"], ["country.code"], name=op.f("fk_person_country_code_country")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("name_key", name=op.f("uq_person_name_key")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_country_code"), ["country_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_match_key"), ["match_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_name"), ["name"], unique=False)

    op.create_table(
        "article_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("country_start", sa.Integer(), nullable=True),
        sa.Column("country_end", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_article_person_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["country_code"], ["country.code"], name=op.f("fk_article_person_country_code_country")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_article_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_person")),
        sa.UniqueConstraint("article_id", "person_id", name=op.f("uq_article_person_article_id_person_id")),
    )
    with op.batch_alter_table("article_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_person_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_person_country_code"), ["country_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_person_person_id"), ["person_id"], unique=False)

    op.create_table(
        "meeting_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("cameo", sa.String(length=3), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("location", sa.String(length=300), nullable=True),
        sa.Column("location_country_code", sa.String(length=2), nullable=True),
        sa.Column("trigger", sa.String(length=100), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_meeting_source_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["location_country_code"],
            ["country.code"],
            name=op.f("fk_meeting_source_location_country_code_country"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_source_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_source")),
        sa.UniqueConstraint(
            "meeting_id",
            "article_id",
            "start",
            name=op.f("uq_meeting_source_meeting_id_article_id_start"),
        ),
    )
    with op.batch_alter_table("meeting_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_source_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_source_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "person_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("alias_key", sa.String(length=300), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_alias_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_alias")),
        sa.UniqueConstraint("person_id", "alias_key", name=op.f("uq_person_alias_person_id_alias_key")),
    )
    with op.batch_alter_table("person_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_alias_alias_key"), ["alias_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_alias_person_id"), ["person_id"], unique=False)

    op.create_table(
        "statement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("speaker", sa.String(length=300), nullable=True),
        sa.Column("speaker_person_id", sa.Integer(), nullable=True),
        sa.Column("speaker_country_code", sa.String(length=2), nullable=True),
        sa.Column("cue", sa.String(length=100), nullable=True),
        sa.Column("cue_start", sa.Integer(), nullable=True),
        sa.Column("cue_end", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_statement_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["speaker_country_code"],
            ["country.code"],
            name=op.f("fk_statement_speaker_country_code_country"),
        ),
        sa.ForeignKeyConstraint(
            ["speaker_person_id"],
            ["person.id"],
            name=op.f("fk_statement_speaker_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement")),
    )
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_statement_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_statement_speaker"), ["speaker"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_statement_speaker_country_code"), ["speaker_country_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_statement_speaker_person_id"), ["speaker_person_id"], unique=False
        )

    op.create_table(
        "meeting_country",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_code"], ["country.code"], name=op.f("fk_meeting_country_country_code_country")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_country_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["meeting_source.id"],
            name=op.f("fk_meeting_country_source_id_meeting_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_country")),
        sa.UniqueConstraint(
            "source_id", "country_code", name=op.f("uq_meeting_country_source_id_country_code")
        ),
    )
    with op.batch_alter_table("meeting_country", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_country_country_code"), ["country_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_country_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_country_source_id"), ["source_id"], unique=False)

    op.create_table(
        "meeting_participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_participant_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_meeting_participant_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["meeting_source.id"],
            name=op.f("fk_meeting_participant_source_id_meeting_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participant")),
        sa.UniqueConstraint(
            "source_id", "person_id", name=op.f("uq_meeting_participant_source_id_person_id")
        ),
    )
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_participant_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_participant_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_participant_source_id"), ["source_id"], unique=False)

    op.create_table(
        "person_mention",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_person_id", sa.Integer(), nullable=False),
        sa.Column("surface", sa.String(length=300), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_person_id"],
            ["article_person.id"],
            name=op.f("fk_person_mention_article_person_id_article_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_mention")),
    )
    with op.batch_alter_table("person_mention", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_mention_article_person_id"), ["article_person_id"], unique=False
        )

    op.create_table(
        "person_title",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_person_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_person_id"],
            ["article_person.id"],
            name=op.f("fk_person_title_article_person_id_article_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_title")),
    )
    with op.batch_alter_table("person_title", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_title_article_person_id"), ["article_person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_title_title"), ["title"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("person_title", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_title_title"))
        batch_op.drop_index(batch_op.f("ix_person_title_article_person_id"))

    op.drop_table("person_title")
    with op.batch_alter_table("person_mention", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_mention_article_person_id"))

    op.drop_table("person_mention")
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_participant_source_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_participant_person_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_participant_meeting_id"))

    op.drop_table("meeting_participant")
    with op.batch_alter_table("meeting_country", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_country_source_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_country_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_country_country_code"))

    op.drop_table("meeting_country")
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statement_speaker_person_id"))
        batch_op.drop_index(batch_op.f("ix_statement_speaker_country_code"))
        batch_op.drop_index(batch_op.f("ix_statement_speaker"))
        batch_op.drop_index(batch_op.f("ix_statement_article_id"))

    op.drop_table("statement")
    with op.batch_alter_table("person_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_alias_person_id"))
        batch_op.drop_index(batch_op.f("ix_person_alias_alias_key"))

    op.drop_table("person_alias")
    with op.batch_alter_table("meeting_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_source_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_source_article_id"))

    op.drop_table("meeting_source")
    with op.batch_alter_table("article_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_person_person_id"))
        batch_op.drop_index(batch_op.f("ix_article_person_country_code"))
        batch_op.drop_index(batch_op.f("ix_article_person_article_id"))

    op.drop_table("article_person")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_name"))
        batch_op.drop_index(batch_op.f("ix_person_match_key"))
        batch_op.drop_index(batch_op.f("ix_person_country_code"))

    op.drop_table("person")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_location_country_code"))
        batch_op.drop_index(batch_op.f("ix_meeting_location"))
        batch_op.drop_index(batch_op.f("ix_meeting_date"))
        batch_op.drop_index(batch_op.f("ix_meeting_cameo"))

    op.drop_table("meeting")
    with op.batch_alter_table("article_country", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_country_country_code"))
        batch_op.drop_index("ix_article_country_article_id_country_code")

    op.drop_table("article_country")
    with op.batch_alter_table("country", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_country_name"))

    op.drop_table("country")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_source"))
        batch_op.drop_index(batch_op.f("ix_article_published"))

    op.drop_table("article")
