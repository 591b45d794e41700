"""The meeting network: who meets whom (persons or countries), for Gephi and other graph tools.

Nodes are persons or countries; an edge joins two nodes that took part in
the same meeting, weighted by how many meetings they share. A meeting's
parties are the union over all its sources.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from archive.errors import QueryError

if TYPE_CHECKING:
    import networkx as nx

from archive.tables import MC, MP, C, M, P

NODE_KINDS = ("persons", "countries")
FORMATS = ("graphml", "gexf")


@dataclass(slots=True)
class GraphOptions:
    nodes: str = "persons"  # persons | countries
    since: date | None = None
    until: date | None = None
    cameo: str | None = None  # only meetings of this CAMEO code
    min_weight: int = 1  # drop edges for pairs that met fewer times


def _networkx() -> Any:
    try:
        import networkx
    except ImportError as exc:  # pragma: no cover - networkx is a dependency
        raise QueryError("graph export needs networkx: pip install networkx") from exc
    return networkx


def build_graph(conn: Connection, options: GraphOptions | None = None) -> nx.Graph:
    """An undirected graph of meetings; node and edge attributes are plain scalars (GraphML-safe)."""
    opts = options or GraphOptions()
    if opts.nodes not in NODE_KINDS:
        raise QueryError(f"--nodes: {opts.nodes!r} is not one of {', '.join(NODE_KINDS)}")
    nx = _networkx()
    conds = []
    if opts.since:
        conds.append(M.c.date >= opts.since)
    if opts.until:
        conds.append(M.c.date <= opts.until)
    if opts.cameo:
        conds.append(M.c.cameo == opts.cameo)
    meetings = select(M.c.id).where(*conds)

    parties: dict[int, set[str]] = defaultdict(set)
    attrs: dict[str, dict[str, Any]] = {}
    if opts.nodes == "persons":
        rows = conn.execute(
            select(MP.c.meeting_id, P.c.id, P.c.name, P.c.country_code)
            .join(P, P.c.id == MP.c.person_id)
            .where(MP.c.meeting_id.in_(meetings))
        )
        for mid, pid, name, code in rows:
            node = f"p{pid}"
            parties[mid].add(node)
            attrs[node] = {"label": name, "kind": "person", "person_id": pid, "country": code or ""}
    else:
        country_rows = conn.execute(
            select(MC.c.meeting_id, C.c.code, C.c.name)
            .join(C, C.c.code == MC.c.country_code)
            .where(MC.c.meeting_id.in_(meetings))
        )
        for mid, code, name in country_rows:
            parties[mid].add(code)
            attrs[code] = {"label": name, "kind": "country", "country": code}

    node_meetings: Counter[str] = Counter()
    edges: dict[tuple[str, str], list[int]] = defaultdict(list)
    for mid, nodes in parties.items():
        node_meetings.update(nodes)
        for a, b in combinations(sorted(nodes), 2):
            edges[(a, b)].append(mid)

    g = nx.Graph(name=f"meetings ({opts.nodes})")
    for node, data in sorted(attrs.items()):
        g.add_node(node, **data, meetings=node_meetings[node])
    for (a, b), mids in sorted(edges.items()):
        if len(mids) >= opts.min_weight:
            g.add_edge(a, b, weight=len(mids), meetings=",".join(map(str, sorted(mids))))
    return g


def write_graph(graph: nx.Graph, fmt: str, out: IO[bytes]) -> None:
    """Write GraphML or GEXF (Gephi reads both) to a binary stream."""
    nx = _networkx()
    if fmt == "graphml":
        nx.write_graphml(graph, out)
    elif fmt == "gexf":
        nx.write_gexf(graph, out)
    else:
        raise QueryError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "NODE_KINDS", "GraphOptions", "build_graph", "write_graph"]
