"""A synthetic plan of any size, for benchmarks: ``python benchmarks/generate_plan.py N OUT.bep``.

The same ``n`` and ``seed`` always give the same plan. Dependencies form a DAG by construction
(edges only run forward in a hidden random order), and initiatives and dependencies are listed
in shuffled order, so nothing may rely on the order in the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random

from planner.model import Dependency, Initiative, Lane, Plan, Scale

PLAN_START = dt.date(2025, 1, 6)
LANES = [Lane("customer", "Customer"), Lane("operations", "Operations"), Lane("data", "Data"),
         Lane("people", "People & culture"), Lane("platform", "Platform")]
VERBS = ["Automate", "Consolidate", "Introduce", "Migrate", "Modernise", "Pilot", "Redesign",
         "Replace", "Roll out", "Simplify", "Standardise", "Streamline"]
SUBJECTS = ["customer", "supplier", "invoice", "onboarding", "reporting", "payroll", "warehouse",
            "field service", "partner", "training", "contract", "support"]
OBJECTS = ["portal", "workflow", "dashboard", "process", "data model", "approval chain",
           "mobile app", "handbook", "integration", "archive", "forecast", "self-service"]
OWNERS = ["Finance", "IT", "HR", "Sales", "Operations", "Marketing", "Legal", "Procurement"]
RATINGS = [1 + 0.5 * k for k in range(9)]  # 1, 1.5, ..., 5


def _rating(rng: random.Random) -> float | int:
    value = rng.choice(RATINGS)
    return int(value) if value.is_integer() else value


def _initiative(rng: random.Random, k: int) -> Initiative:
    title = f"{rng.choice(VERBS)} {rng.choice(SUBJECTS)} {rng.choice(OBJECTS)}"
    lane = rng.choice(LANES)
    item = Initiative(id=f"i{k:05d}", title=title, owner=rng.choice(OWNERS), lane=lane.id,
                      description=f"{title}, led from the {lane.name.lower()} lane.")
    if rng.random() > 0.03:  # a few stay unrated
        item.benefit, item.technical_effort, item.organisational_effort = (
            _rating(rng), _rating(rng), _rating(rng))
    item.decision = rng.choices(["build", "join", "undecided", "ignore"], [50, 32, 13, 5])[0]
    item.duration_days = 0 if rng.random() < 0.08 else rng.randint(1, 120)
    if rng.random() < 0.05:
        item.fixed_start = True
        item.start = PLAN_START + dt.timedelta(days=rng.randint(0, 720))
    return item


def _lag(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.80:
        return 0
    return rng.randint(1, 30) if roll < 0.95 else rng.randint(-10, -1)


def synthetic_plan(n: int, seed: int = 1) -> Plan:
    """Return a plan of ``n`` initiatives and 2n dependencies (fewer if n is tiny)."""
    rng = random.Random(seed)
    items = [_initiative(rng, k) for k in range(n)]
    hidden = [item.id for item in items]
    rng.shuffle(hidden)  # dependencies only run forward in this order: no cycles
    wanted = min(2 * n, n * (n - 1) // 2)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < wanted:
        i, j = sorted(rng.sample(range(n), 2))
        pairs.add((i, j))
    deps = [Dependency(hidden[i], hidden[j], _lag(rng)) for i, j in sorted(pairs)]
    rng.shuffle(items)
    rng.shuffle(deps)
    return Plan(title=f"Synthetic plan, {n} initiatives (seed {seed})", start=PLAN_START,
                scale=Scale(1, 5, 0.5), lanes=[Lane(lane.id, lane.name) for lane in LANES],
                initiatives=items, dependencies=deps)


def main() -> None:
    from planner.formats.plan_file import save

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of initiatives")
    parser.add_argument("out", metavar="OUT.bep")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    plan = synthetic_plan(args.n, args.seed)
    save(plan, args.out)
    print(f"{args.out}: {len(plan.initiatives)} initiatives, {len(plan.dependencies)} dependencies")


if __name__ == "__main__":
    main()
