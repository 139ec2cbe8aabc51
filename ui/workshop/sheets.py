"""Rating sheets for a room without a network: a workbook per participant out, their votes back in.

The workbooks are made and read by planner.formats.rating_sheet; this module asks for names,
folders and files, and reports bad rows the way the import does: each one, in one sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from planner.errors import PlanError
from planner.formats.rating_sheet import already_imported, rating_sheet_bytes, read_rating_sheet, sheet_file_name, sheet_votes
from planner.round_edits import AddVotes
from ui.workshop.blind_entry import next_participant_id

if TYPE_CHECKING:
    from ui.workshop.facilitator import Facilitator

FOLDER_SETTING = "workshop/sheets_folder"
DEFAULT_SHEETS = 8


def _collecting(facilitator: Facilitator):
    round_ = facilitator.current()
    if round_ is None or round_.state != "collecting":
        facilitator.window.show_refusal("Rating sheets belong to a round that is collecting ratings.")
        return None
    return round_


def export(facilitator: Facilitator) -> None:
    """Ask for the participants' names and a folder; write one rating sheet for each."""
    round_ = _collecting(facilitator)
    if round_ is None:
        return
    window, settings = facilitator.window, QSettings()
    start = len(round_.participants) + 1
    default = "\n".join(f"Participant {n}" for n in range(start, start + DEFAULT_SHEETS))
    text, ok = QInputDialog.getMultiLineText(
        window, "Rating sheets", "One sheet per participant, named one a line:", default)
    names = list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))
    if not ok or not names:
        return
    folder = QFileDialog.getExistingDirectory(window, "Save the rating sheets in",
                                              settings.value(FOLDER_SETTING, ""))
    if not folder:
        return
    settings.setValue(FOLDER_SETTING, folder)
    written = write_sheets(facilitator, round_, names, Path(folder))
    if written is not None:
        window.statusBar().showMessage(f"Saved {written} rating sheets in {folder}", 8000)


def write_sheets(facilitator: Facilitator, round_, names: list[str], folder: Path) -> int | None:
    """Write a sheet per name into ``folder``; the count, or None after saying why it stopped."""
    for number, name in enumerate(names):
        path = folder / sheet_file_name(number + 1, name)
        try:
            path.write_bytes(rating_sheet_bytes(facilitator.document.plan, round_, name))
        except (OSError, PlanError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            facilitator.window.show_error("Cannot save the rating sheets", f"{path.name}: {reason}.")
            return None if number == 0 else number
    return len(names)


def _past_the_phones(round_, votes, participants):
    """The sheet's votes under an id the running server will not give a phone (see blind entry)."""
    pid = next_participant_id(round_, served=True)
    return (tuple(replace(v, participant=pid) for v in votes),
            tuple(replace(p, id=pid) for p in participants))


def import_(facilitator: Facilitator) -> None:
    """Ask for filled-in sheets and take their votes into the round."""
    round_ = _collecting(facilitator)
    if round_ is None:
        return
    names, _ = QFileDialog.getOpenFileNames(facilitator.window, "Import rating sheets",
                                            QSettings().value(FOLDER_SETTING, ""),
                                            "Excel workbooks (*.xlsx);;All files (*)")
    if names:
        read_sheets(facilitator, round_, [Path(name) for name in names])


def read_sheets(facilitator: Facilitator, round_, paths: list[Path]) -> tuple[int, list[str]]:
    """Take the votes of each sheet at ``paths``; return how many sheets gave votes and the problems."""
    plan, taken, problems = facilitator.document.plan, 0, []
    for path in paths:
        try:
            sheet = read_rating_sheet(path, plan, round_)
            votes, participants = sheet_votes(round_, sheet, dt.datetime.now(dt.timezone.utc))
        except (OSError, PlanError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            problems.append(f"{path.name}: {reason}")
            continue
        if already_imported(round_, sheet):
            problems.append(f"{path.name}: this sheet's ratings were taken already")
            continue
        problems.extend(f"{path.name}: {problem}" for problem in sheet.problems)
        if participants and facilitator.server is not None:
            votes, participants = _past_the_phones(round_, votes, participants)
        if votes and facilitator.take_votes(AddVotes(round_.id, votes, participants)):
            taken += 1
    window = facilitator.window
    window.statusBar().showMessage(f"Took the votes of {taken} rating sheet{'s' if taken != 1 else ''}", 8000)
    if problems:
        box = QMessageBox(QMessageBox.Icon.Warning, "Some ratings were left out",
                          f"{len(problems)} row{'s' if len(problems) != 1 else ''} could not be taken; "
                          f"the others were.", parent=window)
        box.setInformativeText("\n".join(problems[:8]) + ("\n…" if len(problems) > 8 else ""))
        box.setDetailedText("\n".join(problems))
        box.exec()
    return taken, problems
