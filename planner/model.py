"""The plan model: plain data, no behaviour beyond lookups.

Ratings are ``None`` until someone rates them. ``extra`` holds keys a newer version of the
file format wrote that this version does not know, so saving never drops them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from planner.language import N_, _

DECISIONS = ("build", "join", "ignore", "undecided")
RATINGS = ("benefit", "technical_effort", "organisational_effort")

# The four quadrants of the matrix. Defined here rather than in ``scoring`` (which re-exports
# them) because scoring imports the model, and the plan carries a display name for each.
QUICK_WIN = "quick win"
BIG_BET = "big bet"
FILL_IN = "fill-in"
MONEY_PIT = "money pit"
QUADRANTS = (QUICK_WIN, BIG_BET, FILL_IN, MONEY_PIT)
# In English as files keep them: a plan stores only names its user changed, and a name left
# at (or typed as) the English default is shown in the language in use (Plan.quadrant_name).
DEFAULT_QUADRANT_NAMES = {QUICK_WIN: N_("Quick wins"), BIG_BET: N_("Big bets"), FILL_IN: N_("Fill-ins"),
                          MONEY_PIT: N_("Money pits")}
# Each decision as a reader sees it; the lowercase keys above are what files keep.
DECISION_NAMES = {"build": N_("Build"), "join": N_("Join"), "ignore": N_("Ignore"), "undecided": N_("Undecided")}

# Effort is "80% people, processes and organisation, 20% technology" in the source framework.
DEFAULT_EFFORT_WEIGHTS = (0.2, 0.8)

# The strategy frame (file format version 2), from the source articles.
VALUE_DISCIPLINES = ("operational_excellence", "product_leadership", "customer_intimacy", "none")
DISCIPLINE_NAMES = {"operational_excellence": N_("Operational excellence"), "product_leadership": N_("Product leadership"),
                    "customer_intimacy": N_("Customer intimacy"), "none": N_("None chosen")}
OBJECTIVE_KINDS = ("listening", "talking", "energizing", "supporting", "embracing", "other")  # the Groundswell objectives
OBJECTIVE_KIND_NAMES = {"listening": N_("Listening"), "talking": N_("Talking"), "energizing": N_("Energizing"),
                        "supporting": N_("Supporting"), "embracing": N_("Embracing"), "other": N_("Other")}
TECHNOGRAPHICS = ("creators", "conversationalists", "critics", "collectors", "joiners", "spectators",
                  "inactives")
TECHNOGRAPHIC_NAMES = {"creators": N_("Creators"), "conversationalists": N_("Conversationalists"),
                       "critics": N_("Critics"), "collectors": N_("Collectors"), "joiners": N_("Joiners"),
                       "spectators": N_("Spectators"), "inactives": N_("Inactives")}
READINESS_ITEMS = {  # key -> the question, from the articles
    "enthusiasts": N_("At least two enthusiasts who pull it"),
    "experiment_budget": N_("Budget for experiments"),
    "long_breath": N_("A long breath: the first year is an investment"),
    "flexibility": N_("Flexibility to react within hours"),
    "knowledge_sharing": N_("Willingness to share knowledge"),
}
READINESS_STATUSES = ("yes", "partly", "no", "unknown")


@dataclass(slots=True)
class Scale:
    min: float = 1
    max: float = 5
    step: float = 0.5
    extra: dict = field(default_factory=dict)

    @property
    def midpoint(self) -> float:
        return (self.min + self.max) / 2


@dataclass(slots=True)
class EffortWeights:
    technical: float = DEFAULT_EFFORT_WEIGHTS[0]
    organisational: float = DEFAULT_EFFORT_WEIGHTS[1]
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Thresholds:
    """Quadrant boundaries; ``None`` means the scale's midpoint."""

    benefit: float | None = None
    effort: float | None = None
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Lane:
    id: str
    name: str
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Kpi:
    id: str
    name: str
    unit: str = ""
    baseline: float | None = None
    baseline_date: dt.date | None = None
    target: float | None = None
    target_date: dt.date | None = None
    current: float | None = None
    business_result: bool = False  # measures a business result (sales, leads, cost saved), not activity/reach
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Objective:
    id: str
    name: str
    kind: str = "other"  # one of OBJECTIVE_KINDS
    description: str = ""
    kpis: list[Kpi] = field(default_factory=list)
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Audience:
    id: str
    name: str
    description: str = ""
    profile: dict[str, float] = field(default_factory=dict)  # technographic -> share 0..100; missing = unknown
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class ReadinessAnswer:
    item: str  # a key of READINESS_ITEMS
    status: str = "unknown"  # one of READINESS_STATUSES
    note: str = ""
    extra: dict = field(default_factory=dict)


def default_readiness() -> list[ReadinessAnswer]:
    return [ReadinessAnswer(item) for item in READINESS_ITEMS]


@dataclass(slots=True)
class Strategy:
    value_discipline: str = "none"  # one of VALUE_DISCIPLINES
    ambition: str = ""
    readiness: list[ReadinessAnswer] = field(default_factory=default_readiness)
    monthly_capacity: float | None = None  # organisational effort per month the organisation can sustain
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Initiative:
    id: str
    title: str
    description: str = ""
    owner: str = ""
    benefit: float | None = None
    technical_effort: float | None = None
    organisational_effort: float | None = None
    decision: str = "undecided"
    lane: str | None = None
    start: dt.date | None = None
    fixed_start: bool = False
    duration_days: int = 0
    objectives: list[str] = field(default_factory=list)  # ids of the plan's objectives
    audiences: list[str] = field(default_factory=list)  # ids of the plan's audiences
    run_effort: float | None = None  # organisational effort per month to keep it running after launch
    extra: dict = field(default_factory=dict)

    @property
    def is_milestone(self) -> bool:
        return self.duration_days == 0


@dataclass(slots=True)
class Dependency:
    """Finish-to-start: ``to`` may start ``lag_days`` after ``from_`` ends (negative overlaps)."""

    from_: str
    to: str
    lag_days: int = 0
    extra: dict = field(default_factory=dict)


# Workshop rounds (file format version 3): the room's ratings, collected blind, then revealed.
ROUND_STATES = ("collecting", "revealed", "closed")


@dataclass(slots=True)
class Participant:
    """Someone rating in a round. ``key`` is a digest of their device's secret, so a phone that
    returns (even to a restarted app) is recognised without the secret being stored."""

    id: str  # "p1", "p2" … in the order they joined
    name: str = ""  # empty in an anonymous round, which shows "Participant 1" and so on
    key: str = ""
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Vote:
    """One rating given in a round; every vote is kept, the latest per person counts."""

    participant: str  # a Participant.id of the round
    initiative: str
    criterion: str  # one of RATINGS
    value: float | None  # on the plan's scale; None is "don't know"
    time: dt.datetime  # aware, UTC
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Acceptance:
    """A consensus the facilitator accepted: it was written into the initiative's rating."""

    initiative: str
    criterion: str
    value: float
    time: dt.datetime
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Round:
    id: str
    name: str
    date: dt.date
    initiatives: list[str]  # ids of the initiatives to rate, in the order they are shown
    criteria: list[str]  # a part of RATINGS, in RATINGS' order
    anonymous: bool = True
    state: str = "collecting"  # one of ROUND_STATES
    # A re-vote after a reveal: the initiatives collecting again (empty: all of them), and for each
    # initiative ever re-opened the time from which its votes count.
    revote: list[str] = field(default_factory=list)
    since: dict[str, dt.datetime] = field(default_factory=dict)
    participants: list[Participant] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    accepted: list[Acceptance] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def participant_label(self, participant_id: str) -> str:
        """The name shown for a participant: their name, or "Participant N" when anonymous or unnamed."""
        for p in self.participants:
            if p.id == participant_id:
                if p.name and not self.anonymous:
                    return p.name
                break
        return _("Participant {n}").format(n=participant_id.removeprefix("p"))


@dataclass(slots=True)
class Plan:
    title: str = "Untitled plan"
    start: dt.date = field(default_factory=dt.date.today)
    scale: Scale = field(default_factory=Scale)
    effort_weights: EffortWeights = field(default_factory=EffortWeights)
    thresholds: Thresholds = field(default_factory=Thresholds)
    quadrant_names: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_QUADRANT_NAMES))
    lanes: list[Lane] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    dependencies: list[Dependency] = field(default_factory=list)
    strategy: Strategy = field(default_factory=Strategy)
    objectives: list[Objective] = field(default_factory=list)
    audiences: list[Audience] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def initiative(self, initiative_id: str) -> Initiative:
        for item in self.initiatives:
            if item.id == initiative_id:
                return item
        raise KeyError(initiative_id)

    def quadrant_name(self, quadrant: str | None) -> str:
        """Return the name this plan gives ``quadrant`` (one of QUADRANTS); "" for None."""
        if quadrant is None:
            return ""
        name = self.quadrant_names.get(quadrant)
        if not name or name == DEFAULT_QUADRANT_NAMES[quadrant]:
            return _(DEFAULT_QUADRANT_NAMES[quadrant])
        return name

    def renamed_quadrants(self) -> dict[str, str]:
        """Return the quadrant names this plan's user chose: those that are no default, in English or in the
        language in use (a name kept as shown in Dutch is still the default, and files store only the chosen)."""
        return {q: name for q in QUADRANTS if (name := self.quadrant_names.get(q))
                and name not in (DEFAULT_QUADRANT_NAMES[q], _(DEFAULT_QUADRANT_NAMES[q]))}

    @property
    def benefit_threshold(self) -> float:
        t = self.thresholds.benefit
        return self.scale.midpoint if t is None else t

    @property
    def effort_threshold(self) -> float:
        t = self.thresholds.effort
        return self.scale.midpoint if t is None else t
