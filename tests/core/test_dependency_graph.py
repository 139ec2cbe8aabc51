"""Topological order and cycle naming, checked against networkx as an independent oracle."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, settings, strategies as st

from planner.dependency_graph import topological_order
from planner.errors import DependencyCycleError


def test_order_respects_every_edge_and_keeps_ties_in_given_order():
    """Independent nodes keep their given order; edges put predecessors first."""
    assert topological_order("abcd", [("d", "a")]) == ["b", "c", "d", "a"]


def test_a_two_node_cycle_is_named():
    """The smallest cycle is reported with both members."""
    with pytest.raises(DependencyCycleError) as caught:
        topological_order("ab", [("a", "b"), ("b", "a")])
    assert caught.value.cycle == ["a", "b", "a"]


graphs = st.integers(1, 12).flatmap(lambda n: st.tuples(
    st.just([f"n{i}" for i in range(n)]),
    st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda e: e[0] != e[1]),
             max_size=3 * n, unique=True)))


@given(graphs)
@settings(max_examples=400, deadline=None)
def test_agrees_with_networkx_on_acyclicity_and_names_a_real_cycle(graph):
    """An order exists exactly when networkx finds the graph acyclic; a named cycle is real."""
    nodes, pairs = graph
    edges = [(nodes[a], nodes[b]) for a, b in pairs]
    reference = nx.DiGraph(edges)
    reference.add_nodes_from(nodes)
    try:
        order = topological_order(nodes, edges)
    except DependencyCycleError as e:
        assert not nx.is_directed_acyclic_graph(reference)
        cycle = e.cycle
        assert cycle[0] == cycle[-1] and len(set(cycle[:-1])) == len(cycle) - 1
        assert all(reference.has_edge(a, b) for a, b in zip(cycle, cycle[1:]))
    else:
        assert nx.is_directed_acyclic_graph(reference)
        position = {n: i for i, n in enumerate(order)}
        assert sorted(order) == sorted(nodes)
        assert all(position[a] < position[b] for a, b in edges)
