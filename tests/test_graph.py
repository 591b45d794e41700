"""archive.graph: the meeting network with persons or countries as nodes, on both backends."""

from __future__ import annotations

import io
from datetime import date

import networkx as nx
import pytest
from sqlalchemy import Engine

from archive.errors import QueryError
from archive.graph import GraphOptions, build_graph, write_graph
from tests.test_browse import ARTICLES, facts_for, seed, store_article


@pytest.fixture
def network(engine: Engine) -> Engine:
    seed(engine)
    # Qureshi and Lavrov meet a second time, so their edge weighs 2.
    again = {**ARTICLES[0], "text": ARTICLES[0]["text"] + " Talks resumed.", "published": date(2019, 5, 2)}
    facts = facts_for(again["title"], again["text"])
    facts.meetings[0].date = date(2019, 5, 1)
    store_article(engine, again, facts)
    return engine


def _label_edges(g: nx.Graph) -> dict[frozenset[str], int]:
    return {
        frozenset((g.nodes[a]["label"], g.nodes[b]["label"])): d["weight"] for a, b, d in g.edges(data=True)
    }


def test_person_network(network: Engine) -> None:
    with network.connect() as conn:
        g = build_graph(conn, GraphOptions(nodes="persons"))
    assert _label_edges(g) == {
        frozenset({"Shah Mehmood Qureshi", "Sergei Lavrov"}): 2,
        frozenset({"Mohammad Javad Zarif", "Sergei Lavrov"}): 1,
        frozenset({"Javad Zarif", "Ashraf Ghani"}): 1,
    }
    lavrov = next(n for n, d in g.nodes(data=True) if d["label"] == "Sergei Lavrov")
    assert g.nodes[lavrov]["meetings"] == 3 and g.nodes[lavrov]["country"] == "RU"


def test_country_network_with_filters(network: Engine) -> None:
    with network.connect() as conn:
        g = build_graph(conn, GraphOptions(nodes="countries"))
        assert g["PK"]["RU"]["weight"] == 2 and g["IR"]["RU"]["weight"] == 1 and g["AF"]["IR"]["weight"] == 1
        heavy = build_graph(conn, GraphOptions(nodes="countries", min_weight=2))
        assert list(heavy.edges) == [("PK", "RU")]
        in_2019 = build_graph(conn, GraphOptions(nodes="countries", since=date(2019, 1, 1), cameo="042"))
        assert {frozenset(e) for e in in_2019.edges} == {frozenset({"PK", "RU"}), frozenset({"AF", "IR"})}
        with pytest.raises(QueryError):
            build_graph(conn, GraphOptions(nodes="cities"))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_written_graph_reads_back(network: Engine, fmt: str) -> None:
    with network.connect() as conn:
        g = build_graph(conn, GraphOptions(nodes="countries"))
    buf = io.BytesIO()
    write_graph(g, fmt, buf)
    buf.seek(0)
    back = nx.read_graphml(buf) if fmt == "graphml" else nx.read_gexf(buf)
    assert back.number_of_nodes() == 4 and back.number_of_edges() == 3
    with pytest.raises(QueryError):
        write_graph(g, "dot", io.BytesIO())
