"""Plan health: each rule, the order of findings, the monthly run load and the `check` command."""

from __future__ import annotations

import datetime as dt

from planner import health
from planner.health import SEVERITIES, Finding, monthly_run_load, plan_health
from planner.model import (
    READINESS_ITEMS, Dependency, Initiative, Kpi, Objective, Plan, ReadinessAnswer, Strategy,
)
from planner.formats.plan_file import save
from planner.samples import sample_plan
from planner.scheduling import schedule
from tests.cli_run import run

START = dt.date(2027, 1, 4)


def healthy_plan() -> Plan:
    """A small plan that passes every check; each test breaks one thing."""
    return Plan(
        title="Healthy", start=START,
        strategy=Strategy(readiness=[ReadinessAnswer(item, "yes") for item in READINESS_ITEMS]),
        objectives=[
            Objective("listen", "Hear what customers say", kind="listening",
                      kpis=[Kpi("mentions", "Monthly mentions", baseline=120, target=200)]),
            Objective("talk", "Share expertise", kind="talking",
                      kpis=[Kpi("reach", "Reach", baseline=1000, target=5000)]),
        ],
        initiatives=[
            Initiative("tool", "Social listening tool", owner="IT", benefit=4, technical_effort=2,
                       organisational_effort=1, decision="join", duration_days=14, objectives=["listen"]),
            Initiative("posts", "Expert posts", owner="Marketing", benefit=3, technical_effort=1,
                       organisational_effort=2, decision="build", duration_days=30, objectives=["talk"]),
        ])


def rules(plan: Plan, **kwargs) -> list[str]:
    return [f.rule for f in plan_health(plan, **kwargs)]


def only(plan: Plan, rule: str) -> list[Finding]:
    return [f for f in plan_health(plan) if f.rule == rule]


def test_healthy_plan_has_no_findings():
    """The baseline plan of these tests passes every rule, so each test below isolates one."""
    assert plan_health(healthy_plan()) == []


def test_no_objectives_is_one_finding_not_one_per_initiative():
    """A plan without objectives gets a single `no-objectives`, and no `no-objective` per initiative."""
    plan = healthy_plan()
    plan.objectives = []
    for item in plan.initiatives:
        item.objectives = []
    found = rules(plan)
    assert found.count("no-objectives") == 1 and "no-objective" not in found
    assert "no-objectives" not in rules(healthy_plan())


def test_initiative_serving_no_objective_is_named():
    """An active initiative linked to no (known) objective is reported by id; ignored ones and milestones are not."""
    plan = healthy_plan()
    plan.initiatives[1].objectives = ["no-such-objective"]
    plan.initiatives.append(Initiative("app", "Own app", decision="ignore"))
    plan.initiatives.append(Initiative("go", "Go-live", owner="Board", decision="build", duration_days=0))
    [finding] = only(plan, "no-objective")
    assert finding.items == ("posts",) and finding.severity == "warning"
    assert "‘Expert posts’" in finding.message


def test_objective_without_kpi():
    """An objective with no KPI is reported as `objective:ID`."""
    plan = healthy_plan()
    plan.objectives[1].kpis = []
    [finding] = only(plan, "no-kpi")
    assert finding.items == ("objective:talk",) and "Share expertise" in finding.message


def test_kpi_without_baseline_asks_for_a_zero_measurement():
    """A KPI with no baseline is reported as `kpi:ID`, with the zero-measurement advice."""
    plan = healthy_plan()
    plan.objectives[0].kpis[0].baseline = None
    [finding] = only(plan, "no-baseline")
    assert finding.items == ("kpi:mentions",) and "zero measurement" in finding.message
    plan.objectives[0].kpis[0].baseline = 0  # a measured zero is a baseline
    assert only(plan, "no-baseline") == []


def test_kpis_waiting_for_a_planned_baseline_measurement_are_one_info(dutch):
    """An objective with no baseline yet, served by a planned baseline measurement, is one info naming it."""
    plan = healthy_plan()
    objective = plan.objectives[0]
    for kpi in objective.kpis:
        kpi.baseline = None
    plan.initiatives[0].title, plan.initiatives[0].objectives = "Nulmeting", [objective.id]
    [finding] = [f for f in plan_health(plan) if f.rule == "no-baseline"]
    assert finding.severity == "info" and finding.items == tuple(f"kpi:{k.id}" for k in objective.kpis)
    assert "volgt uit ‘Nulmeting’" in finding.message


def test_not_listening_without_a_listening_initiative():
    """Without a build/join initiative that listens (by objective or by wording) the plan is not listening."""
    plan = healthy_plan()
    tool = plan.initiatives[0]
    tool.objectives, tool.title = ["talk"], "Channel tool"
    assert rules(plan) == ["not-listening"]
    tool.description = "Set up webmonitoring of brand mentions."
    assert rules(plan) == []
    tool.description, tool.title = "", "Luisteren naar klanten"
    assert rules(plan) == []
    tool.title, tool.objectives, tool.decision = "Channel tool", ["listen"], "undecided"
    assert "not-listening" in rules(plan)  # an undecided idea does not listen yet


def test_no_content_without_a_talking_initiative():
    """Without a build/join initiative serving a talking/energizing objective or making content, `no-content`."""
    plan = healthy_plan()
    posts = plan.initiatives[1]
    posts.objectives = ["listen"]
    assert rules(plan) == ["no-content"]
    posts.title = "Contentkalender"
    assert rules(plan) == []
    posts.title, posts.objectives = "Expert posts", ["talk"]
    plan.objectives[1].kind = "energizing"
    assert rules(plan) == []
    posts.decision = "ignore"
    assert "no-content" in rules(plan)


def test_build_or_join_without_owner():
    """A build or join initiative with a blank owner is reported; an undecided one is not."""
    plan = healthy_plan()
    plan.initiatives[1].owner = "  "
    [finding] = only(plan, "no-owner")
    assert finding.items == ("posts",) and "decided build" in finding.message
    plan.initiatives[1].decision = "undecided"
    assert only(plan, "no-owner") == []


def test_business_result_due_within_six_months():
    """A business-result KPI due before six months after the start is too early; exactly six months is fine."""
    plan = healthy_plan()
    kpi = plan.objectives[1].kpis[0]
    kpi.business_result, kpi.target_date = True, dt.date(2027, 7, 3)
    [finding] = only(plan, "early-business-result")
    assert finding.items == ("kpi:reach",) and "6–12 months" in finding.message
    kpi.target_date = dt.date(2027, 7, 4)
    assert only(plan, "early-business-result") == []
    kpi.business_result, kpi.target_date = False, dt.date(2027, 2, 1)
    assert only(plan, "early-business-result") == []


def test_readiness_no_is_one_warning_each_and_unknown_one_info():
    """Each "no" is its own warning; the unknown items share one info finding; "partly" passes."""
    plan = healthy_plan()
    answers = {a.item: a for a in plan.strategy.readiness}
    answers["enthusiasts"].status = "no"
    answers["flexibility"].status = "no"
    answers["long_breath"].status = "unknown"
    answers["knowledge_sharing"].status = "unknown"
    answers["experiment_budget"].status = "partly"
    found = plan_health(plan)
    no = [f for f in found if f.rule == "readiness-no"]
    assert [f.items for f in no] == [("readiness:enthusiasts",), ("readiness:flexibility",)]
    assert all(f.severity == "warning" for f in no)
    assert "two enthusiasts" in no[0].message
    [unknown] = [f for f in found if f.rule == "readiness-unknown"]
    assert unknown.severity == "info"
    assert unknown.items == ("readiness:long_breath", "readiness:knowledge_sharing")


def test_new_plan_asks_all_readiness_questions():
    """A default strategy answers nothing, so all five items are listed as unknown."""
    plan = healthy_plan()
    plan.strategy = Strategy()
    [unknown] = only(plan, "readiness-unknown")
    assert len(unknown.items) == len(READINESS_ITEMS) == 5


def big_bet_plan() -> Plan:
    plan = healthy_plan()
    plan.initiatives.append(Initiative("community", "Own community", owner="IT", benefit=5, technical_effort=5,
                                       organisational_effort=5, decision="build", duration_days=90,
                                       objectives=["talk"]))
    return plan


def test_big_bet_without_an_earlier_quick_win():
    """A big bet starting before any quick win has finished is reported; one after a quick win is not."""
    plan = big_bet_plan()  # the quick win "tool" and the big bet both start on day one
    [finding] = only(plan, "big-bet-first")
    assert finding.items == ("community",) and "2027-01-04" in finding.message
    plan.dependencies.append(Dependency("tool", "community"))
    assert only(plan, "big-bet-first") == []
    plan.initiatives[0].decision = "ignore"  # an ignored quick win does not count
    plan.dependencies.clear()
    assert [f.items for f in only(plan, "big-bet-first")] == [("community",)]


def test_schedule_rules_are_skipped_when_the_plan_cannot_be_scheduled():
    """A dependency cycle leaves out the date rules instead of raising."""
    plan = big_bet_plan()
    plan.dependencies += [Dependency("tool", "community"), Dependency("community", "tool")]
    assert rules(plan) == []


def run_plan() -> Plan:
    """Two initiatives with run effort: tool runs 4–17 Jan, posts 19 Jan – 1 Mar."""
    plan = healthy_plan()
    plan.initiatives[0].run_effort = 1.5
    plan.initiatives[1].run_effort = 2
    plan.dependencies.append(Dependency("tool", "posts", lag_days=1))
    plan.initiatives[1].duration_days = 42
    return plan


def test_monthly_run_load_counts_from_the_month_after_each_finish():
    """Run effort starts the month after an initiative's earliest finish and never stops."""
    plan = run_plan()
    s = schedule(plan)
    assert s.items["tool"].earliest_finish == dt.date(2027, 1, 17)
    assert s.items["posts"].earliest_finish == dt.date(2027, 3, 1)
    assert monthly_run_load(plan, s) == [
        (dt.date(2027, 1, 1), 0.0), (dt.date(2027, 2, 1), 1.5), (dt.date(2027, 3, 1), 1.5),
        (dt.date(2027, 4, 1), 3.5)]


def test_monthly_run_load_leaves_out_ignored_and_is_empty_without_work():
    """Ignored initiatives carry no run effort; a plan with nothing scheduled has no load."""
    plan = run_plan()
    plan.initiatives[1].decision = "ignore"
    assert [load for _, load in monthly_run_load(plan, schedule(plan))] == [0.0, 1.5]
    empty = Plan(start=START)
    assert monthly_run_load(empty, schedule(empty)) == []


def test_run_effort_over_capacity_names_the_month_and_initiatives():
    """Exceeding the monthly capacity is an error naming the first month and who runs then."""
    plan = run_plan()
    plan.strategy.monthly_capacity = 3
    [finding] = only(plan, "run-over-capacity")
    assert finding.severity == "error" and finding.items == ("tool", "posts")
    assert "April 2027" in finding.message and "3.5" in finding.message
    plan.strategy.monthly_capacity = 3.5  # reaching the capacity is not exceeding it
    assert only(plan, "run-over-capacity") == []
    plan.strategy.monthly_capacity = None
    assert only(plan, "run-over-capacity") == []


def test_findings_are_ordered_errors_first_then_by_rule():
    """Errors come before warnings before info; within a severity, by rule key, then plan order."""
    plan = run_plan()
    plan.strategy = Strategy(monthly_capacity=1)
    for item in plan.initiatives:
        item.owner = ""
    plan.objectives[0].kpis[0].baseline = None
    found = plan_health(plan)
    assert [(f.severity, f.rule) for f in found] == [
        ("error", "run-over-capacity"), ("warning", "no-baseline"), ("warning", "no-owner"),
        ("warning", "no-owner"), ("info", "readiness-unknown")]
    assert [f.items for f in found if f.rule == "no-owner"] == [("tool",), ("posts",)]
    assert all(f.severity in SEVERITIES for f in found)


def test_a_given_schedule_is_used():
    """A schedule passed in is used as given instead of being computed again."""
    plan = big_bet_plan()
    s = schedule(plan)
    assert rules(plan, schedule=s) == ["big-bet-first"]
    s.items.pop("community")
    assert rules(plan, schedule=s) == []


def test_every_rule_function_is_run():
    """Each rule function in the module is in PLAN_RULES or SCHEDULE_RULES."""
    assert len(health.PLAN_RULES) + len(health.SCHEDULE_RULES) == 12




def test_check_prints_findings_and_exits_0_without_errors(tmp_path, capsys):
    """`check` prints `severity: rule: message (items)` lines and a summary, exit 0 for warnings only."""
    plan = healthy_plan()
    plan.initiatives[1].owner = ""
    path = tmp_path / "plan.bep"
    save(plan, path)
    status, out, _ = run(capsys, "check", str(path))
    lines = out.splitlines()
    assert status == 0
    assert lines[0].startswith("warning: no-owner: ‘Expert posts’") and lines[0].endswith("(posts)")
    assert lines[-1] == f"{path}: 1 finding (1 warning)"


def test_check_exits_3_on_an_error_finding(tmp_path, capsys):
    """An error-severity finding makes `check` exit 3."""
    plan = run_plan()
    plan.strategy.monthly_capacity = 1
    path = tmp_path / "plan.bep"
    save(plan, path)
    status, out, _ = run(capsys, "check", str(path))
    assert status == 3 and out.startswith("error: run-over-capacity: ")
    assert out.splitlines()[-1] == f"{path}: 1 finding (1 error)"


def test_check_healthy_plan_and_bad_file(tmp_path, capsys):
    """A clean plan says so (exit 0); an unreadable file exits 1 like the other commands."""
    path = tmp_path / "plan.bep"
    save(healthy_plan(), path)
    status, out, _ = run(capsys, "check", str(path))
    assert status == 0 and out == f"{path}: no findings, the plan passes every check\n"
    bad = tmp_path / "bad.bep"
    bad.write_text("not a plan")
    status, out, err = run(capsys, "check", str(bad))
    assert status == 1 and out == "" and err.startswith(f"error: {bad}: ")


def test_check_is_documented_in_help(capsys):
    """`check --help` explains the exit status 3."""
    status, out, _ = run(capsys, "check", "--help")
    assert status == 0 and "3 when any" in " ".join(out.split())


def test_sample_plan_has_a_few_findings_not_dozens():
    """The bundled sample shows a handful of telling findings, one per seeded gap, not a flood."""
    found = plan_health(sample_plan())
    assert [(f.severity, f.rule, f.items) for f in found] == [
        ("error", "run-over-capacity", ("monitoring-tool", "content-calendar", "webcare", "livestream",
                                        "kpi-dashboard")),
        ("warning", "early-business-result", ("kpi:calls-saved",)),
        ("warning", "no-baseline", ("kpi:sentiment",)),
        ("warning", "no-objective", ("experiment-budget",)),
        ("warning", "readiness-no", ("readiness:flexibility",)),
        ("info", "readiness-unknown", ("readiness:long_breath",)),
    ]
    assert "June 2027" in found[0].message


def test_check_exits_1_on_a_dependency_cycle(tmp_path, capsys):
    """A plan that cannot be scheduled is a bad input for `check`, as for `schedule`."""
    plan = healthy_plan()
    plan.dependencies += [Dependency("tool", "posts"), Dependency("posts", "tool")]
    path = tmp_path / "cycle.bep"
    path.write_text("")
    save(plan, path)
    status, out, err = run(capsys, "check", str(path))
    assert status == 1 and out == "" and err.startswith(f"error: {path}: ")


def test_run_load_near_the_last_representable_date():
    """A plan ending in December 9999 gets a load list and findings, not an OverflowError."""
    plan = run_plan()
    plan.start = dt.date(9999, 10, 1)
    plan.dependencies.clear()
    plan.initiatives[1].duration_days = 80  # finishes 19 December 9999: its run effort never starts
    plan.strategy.monthly_capacity = 1
    assert monthly_run_load(plan, schedule(plan)) == [
        (dt.date(9999, 10, 1), 0.0), (dt.date(9999, 11, 1), 1.5), (dt.date(9999, 12, 1), 1.5)]
    assert [f.items for f in only(plan, "run-over-capacity")] == [("tool",)]
