"""The Start round dialog: what the room rates, how, and on which network the phones find it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from planner.ids import new_id
from planner.language import _
from planner.model import RATINGS, Plan, Round
from planner.round_edits import CRITERION_NAMES
from planner.workshop.command import DEFAULT_PORT
from planner.workshop.interfaces import network_interfaces
from ui.notation import DateBox

NO_NETWORK = ""  # the interface choice for a round taken only by blind entry and rating sheets
INTERFACE_SETTING, PORT_SETTING = "workshop/interface", "workshop/port"
ANONYMOUS_SETTING, CRITERIA_SETTING = "workshop/anonymous", "workshop/criteria"


def available_interfaces() -> list[tuple[str, str]]:
    """The network interfaces a round can be served on, as (label, address); empty when unknown."""
    try:
        return list(network_interfaces())
    except OSError:
        return []


class StartRoundDialog(QDialog):
    """Asks for a round's name, date, initiatives, criteria, anonymity, interface and port."""

    def __init__(self, plan: Plan, shown: list[str], selected: list[str], parent=None,
                 interfaces: list[tuple[str, str]] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a workshop round"))
        self.plan, self.settings = plan, QSettings()
        self.choices = {"all": [item.id for item in plan.initiatives], "shown": list(shown),
                        "selected": list(selected)}
        self.name = QLineEdit(self.tr("Round {n}").format(n=len(plan.rounds) + 1))
        self.date = DateBox()
        self.date.setDate(QDate.currentDate())

        self.scope = QButtonGroup(self)
        scope_box = QVBoxLayout()
        for key, text in (("all", self.tr("All initiatives ({n})")),
                          ("shown", self.tr("Those the table's filter shows ({n})")),
                          ("selected", self.tr("The selected initiatives ({n})"))):
            button = QRadioButton(text.format(n=len(self.choices[key])))
            button.setProperty("scope", key)
            button.setEnabled(bool(self.choices[key]))
            self.scope.addButton(button)
            scope_box.addWidget(button)
        preferred = "selected" if len(selected) > 1 else "all"
        next(b for b in self.scope.buttons() if b.property("scope") == preferred).setChecked(True)

        remembered = self.settings.value(CRITERIA_SETTING, list(RATINGS))
        remembered = [remembered] if isinstance(remembered, str) else list(remembered or RATINGS)
        self.criteria = {}
        criteria_box = QHBoxLayout()
        for criterion in ("benefit", "organisational_effort", "technical_effort"):
            box = QCheckBox(_(CRITERION_NAMES[criterion]).capitalize())
            box.setChecked(criterion in remembered)
            box.toggled.connect(self._check)
            self.criteria[criterion] = box
            criteria_box.addWidget(box)
        criteria_box.addStretch(1)

        self.anonymous = QCheckBox(self.tr("Anonymous: participants are numbered, names are not asked"))
        self.anonymous.setChecked(self.settings.value(ANONYMOUS_SETTING, True, type=bool))

        self.interface = QComboBox()
        for label, address in (available_interfaces() if interfaces is None else interfaces):
            self.interface.addItem(f"{label} ({address})", address)
        self.interface.addItem(self.tr("No network: blind entry and rating sheets only"), NO_NETWORK)
        index = self.interface.findData(self.settings.value(INTERFACE_SETTING, None))
        self.interface.setCurrentIndex(max(0, index))
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("any free port"))
        # A fixed port by default: a phone keeps its participant per address and port, so after a
        # restart of the app on the same port it finds its ratings again.
        self.port.setValue(self.settings.value(PORT_SETTING, DEFAULT_PORT, type=int))
        self.interface.currentIndexChanged.connect(self._check)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Start round"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("Initiatives:"), _boxed(scope_box))
        form.addRow(self.tr("Rate:"), _boxed(criteria_box))
        form.addRow("", self.anonymous)
        form.addRow(self.tr("Net&work:"), self.interface)
        form.addRow(self.tr("&Port:"), self.port)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._check()

    def _check(self, *_args) -> None:
        problem = ""
        if not self.name.text().strip():
            problem = self.tr("Give the round a name.")
        elif not any(box.isChecked() for box in self.criteria.values()):
            problem = self.tr("Choose at least one thing to rate.")
        self.problem.setText(problem)
        self.ok.setEnabled(not problem)
        self.port.setEnabled(self.interface.currentData() != NO_NETWORK)

    def initiatives(self) -> list[str]:
        return self.choices[self.scope.checkedButton().property("scope")]

    def round(self) -> Round:
        """The round as filled in, collecting, with an id no other round of the plan has."""
        name = self.name.text().strip()
        date = self.date.date()
        return Round(id=new_id(name, {r.id for r in self.plan.rounds}, "round"), name=name,
                     date=dt.date(date.year(), date.month(), date.day()), initiatives=self.initiatives(),
                     criteria=[c for c in RATINGS if self.criteria[c].isChecked()],
                     anonymous=self.anonymous.isChecked())

    def host(self) -> str:
        """The address to serve on; empty for a round without network."""
        return self.interface.currentData()

    def remember(self) -> None:
        self.settings.setValue(INTERFACE_SETTING, self.host())
        self.settings.setValue(PORT_SETTING, self.port.value())
        self.settings.setValue(ANONYMOUS_SETTING, self.anonymous.isChecked())
        self.settings.setValue(CRITERIA_SETTING, [c for c in RATINGS if self.criteria[c].isChecked()])


def _boxed(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
