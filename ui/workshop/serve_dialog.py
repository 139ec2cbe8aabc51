"""Serve to phones: put a collecting round back on the network, such as one in a plan opened from
a file or restored from the recovery copy, on the interface and port asked for (remembered)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout

from planner.workshop.command import DEFAULT_PORT
from ui.workshop.start_dialog import INTERFACE_SETTING, PORT_SETTING, available_interfaces


class ServeDialog(QDialog):
    """Asks for the network interface and port, filled in as last time."""

    def __init__(self, round_name: str, parent=None, interfaces: list[tuple[str, str]] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Serve to phones"))
        self.setMinimumWidth(380)
        self.settings = QSettings()
        self.interface = QComboBox()
        for label, address in (available_interfaces() if interfaces is None else interfaces):
            self.interface.addItem(f"{label} ({address})", address)
        self.interface.setCurrentIndex(max(0, self.interface.findData(self.settings.value(INTERFACE_SETTING, None))))
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("any free port"))
        self.port.setValue(self.settings.value(PORT_SETTING, DEFAULT_PORT, type=int))
        note = QLabel(self.tr("Round ‘{name}’ collects: the room rates it from their phones on this network. "
                              "Phones that rated it before find their ratings again on the same port.")
                      .format(name=round_name))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Serve"))
        self.ok.setEnabled(self.interface.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Net&work:"), self.interface)
        form.addRow(self.tr("&Port:"), self.port)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        if not self.interface.count():
            layout.addWidget(QLabel(self.tr("This computer has no network interface to serve on.")))
        layout.addWidget(buttons)

    def host(self) -> str:
        return self.interface.currentData()

    def remember(self) -> None:
        self.settings.setValue(INTERFACE_SETTING, self.host())
        self.settings.setValue(PORT_SETTING, self.port.value())


def serve(facilitator) -> None:
    """Ask where, then serve the facilitator's shown round; a failure is one sentence."""
    round_ = facilitator.current()
    if round_ is None or round_.state != "collecting":
        return
    dialog = ServeDialog(round_.name, facilitator.window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    dialog.remember()
    problem = facilitator.serve(dialog.host(), dialog.port.value())
    if problem:
        facilitator.window.show_error(
            QCoreApplication.translate("Facilitator", "The room cannot join from their phones"), problem)
