"""curation log: merges, renames, aliases, deleted meetings, speaker overrides

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "curation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("other_person_id", sa.Integer(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("value", sa.String(length=300), nullable=True),
        sa.Column("value_key", sa.String(length=300), nullable=True),
        sa.Column("fingerprint", sa.String(length=1000), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_curation_article_id_article"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_curation")),
    )
    with op.batch_alter_table("curation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_curation_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_curation_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_curation_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_curation_value_key"), ["value_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("curation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_curation_value_key"))
        batch_op.drop_index(batch_op.f("ix_curation_article_id"))
        batch_op.drop_index(batch_op.f("ix_curation_person_id"))
        batch_op.drop_index(batch_op.f("ix_curation_action"))
    op.drop_table("curation")
