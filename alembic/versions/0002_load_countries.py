"""load every ISO 3166-1 country from pycountry

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import pycountry
import sqlalchemy as sa

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

country = sa.table(
    "country",
    sa.column("code", sa.String),
    sa.column("alpha3", sa.String),
    sa.column("name", sa.String),
    sa.column("official_name", sa.String),
)


def upgrade() -> None:
    rows = [
        {
            "code": c.alpha_2,
            "alpha3": c.alpha_3,
            # common_name where pycountry has one ("Iran" rather than "Iran, Islamic Republic of")
            "name": getattr(c, "common_name", None) or c.name,
            "official_name": getattr(c, "official_name", None) or c.name,
        }
        for c in pycountry.countries
    ]
    op.bulk_insert(country, rows)


def downgrade() -> None:
    op.execute(country.delete())
