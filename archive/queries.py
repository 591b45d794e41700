"""Read-side queries: typed select() functions returning plain data, no printing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from archive import models as m


def stats(conn: Connection, top: int = 5) -> dict[str, Any]:
    """Counts per entity, the publication date range and the top sources."""
    counts = {
        name: conn.scalar(select(func.count()).select_from(model))
        for name, model in (
            ("articles", m.Article),
            ("persons", m.Person),
            ("countries_mentioned", None),
            ("meetings", m.Meeting),
            ("statements", m.Statement),
        )
        if model is not None
    }
    counts["countries_mentioned"] = conn.scalar(
        select(func.count(func.distinct(m.ArticleCountry.country_code)))
    )
    first, last = conn.execute(select(func.min(m.Article.published), func.max(m.Article.published))).one()
    sources = conn.execute(
        select(m.Article.source, func.count().label("articles"))
        .where(m.Article.source.is_not(None))
        .group_by(m.Article.source)
        .order_by(func.count().desc(), m.Article.source)
        .limit(top)
    ).all()
    return {
        "counts": counts,
        "published": {
            "first": first.isoformat() if first else None,
            "last": last.isoformat() if last else None,
        },
        "top_sources": [{"source": s, "articles": n} for s, n in sources],
    }
