"""Topological order of initiatives under their dependencies, and the cycle that prevents one.

Written in plain Python rather than with networkx on purpose: loading a plan must check for
cycles, and the desktop app loads a plan before its first paint, where networkx's import time
alone would exceed the start-up budget. Kahn's algorithm is a dozen lines and is checked
against networkx in the tests.
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.errors import DependencyCycleError


def topological_order(nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> list[str]:
    """Return the nodes so that every edge (a, b) has a before b; ties keep the given order.

    Raises DependencyCycleError naming one cycle when there is no such order. Every edge end
    must be among ``nodes``.
    """
    successors: dict[str, list[str]] = {n: [] for n in nodes}
    indegree = dict.fromkeys(successors, 0)
    for a, b in edges:
        successors[a].append(b)
        indegree[b] += 1
    ready = [n for n, d in indegree.items() if d == 0]
    ready.reverse()  # popping from the end then yields the given order
    order: list[str] = []
    while ready:
        n = ready.pop()
        order.append(n)
        for s in successors[n]:
            indegree[s] -= 1
            if indegree[s] == 0:
                ready.append(s)
    if len(order) < len(successors):
        raise DependencyCycleError(_one_cycle(successors, indegree))
    return order


def _one_cycle(successors: dict[str, list[str]], indegree: dict[str, int]) -> list[str]:
    """Return one cycle among the nodes Kahn's algorithm could not order, first node repeated."""
    stuck = {n for n, d in indegree.items() if d > 0}
    # Every stuck node has a stuck predecessor, so walking predecessors must revisit a node.
    predecessor: dict[str, str] = {}
    for a, targets in successors.items():
        if a in stuck:
            for b in targets:
                if b in stuck:
                    predecessor.setdefault(b, a)
    node = next(n for n in successors if n in stuck)
    seen: dict[str, int] = {}
    path: list[str] = []
    while node not in seen:
        seen[node] = len(path)
        path.append(node)
        node = predecessor[node]
    cycle = path[seen[node]:]
    cycle.reverse()  # predecessors were walked; present it in dependency direction
    order = {n: i for i, n in enumerate(successors)}
    first = min(range(len(cycle)), key=lambda i: order[cycle[i]])
    cycle = cycle[first:] + cycle[:first]  # start where the plan lists the earliest member
    return cycle + [cycle[0]]
