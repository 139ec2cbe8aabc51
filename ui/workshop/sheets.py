"""Rating sheets for a room without a network: a workbook per participant out, their votes back in.

The workbooks are made and read by planner.formats.rating_sheet; this module asks for names,
folders and files, and reports bad rows the way the import does: each one, in one sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
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
        facilitator.window.show_refusal(QCoreApplication.translate("RatingSheets", 
            "Rating sheets belong to a round that is collecting ratings."))
        return None
    return round_


def export(facilitator: Facilitator) -> None:
    """Ask for the participants' names and a folder; write one rating sheet for each."""
    round_ = _collecting(facilitator)
    if round_ is None:
        return
    window, settings = facilitator.window, QSettings()
    start = len(round_.participants) + 1
    participant = QCoreApplication.translate("RatingSheets", "Participant {n}")
    default = "\n".join(participant.format(n=n) for n in range(start, start + DEFAULT_SHEETS))
    text, ok = QInputDialog.getMultiLineText(
        window, QCoreApplication.translate("RatingSheets", "Rating sheets"),
        QCoreApplication.translate("RatingSheets", "One sheet per participant, named one a line:"), default)
    names = list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))
    if not ok or not names:
        return
    folder = QFileDialog.getExistingDirectory(
        window, QCoreApplication.translate("RatingSheets", "Save the rating sheets in"),
        settings.value(FOLDER_SETTING, ""))
    if not folder:
        return
    settings.setValue(FOLDER_SETTING, folder)
    written = write_sheets(facilitator, round_, names, Path(folder))
    if written is not None:
        saved = QCoreApplication.translate("RatingSheets", "Saved {n} rating sheets in {folder}")
        window.statusBar().showMessage(saved.format(n=written, folder=folder), 8000)


def write_sheets(facilitator: Facilitator, round_, names: list[str], folder: Path) -> int | None:
    """Write a sheet per name into ``folder``; the count, or None after saying why it stopped."""
    for number, name in enumerate(names):
        path = folder / sheet_file_name(number + 1, name)
        try:
            path.write_bytes(rating_sheet_bytes(facilitator.document.plan, round_, name))
        except (OSError, PlanError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            facilitator.window.show_error(QCoreApplication.translate("RatingSheets", "Cannot save the rating sheets"),
                                          f"{path.name}: {reason}.")
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
    names, _filter = QFileDialog.getOpenFileNames(
        facilitator.window, QCoreApplication.translate("RatingSheets", "Import rating sheets"),
        QSettings().value(FOLDER_SETTING, ""),
        QCoreApplication.translate("RatingSheets", "Excel workbooks (*.xlsx);;All files (*)"))
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
            problems.append(QCoreApplication.translate(
                "RatingSheets", "{file}: this sheet's ratings were taken already").format(file=path.name))
            continue
        problems.extend(f"{path.name}: {problem}" for problem in sheet.problems)
        if participants and facilitator.server is not None:
            votes, participants = _past_the_phones(round_, votes, participants)
        if votes and facilitator.take_votes(AddVotes(round_.id, votes, participants)):
            taken += 1
    window = facilitator.window
    took = (QCoreApplication.translate("RatingSheets", "Took the votes of 1 rating sheet") if taken == 1
            else QCoreApplication.translate("RatingSheets", "Took the votes of {n} rating sheets").format(n=taken))
    window.statusBar().showMessage(took, 8000)
    if problems:
        left_out = (QCoreApplication.translate("RatingSheets", "1 row could not be taken; the others were.")
                    if len(problems) == 1 else QCoreApplication.translate(
                        "RatingSheets", "{n} rows could not be taken; the others were.").format(n=len(problems)))
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("RatingSheets", "Some ratings were left out"),
                          left_out, parent=window)
        box.setInformativeText("\n".join(problems[:8]) + ("\n…" if len(problems) > 8 else ""))
        box.setDetailedText("\n".join(problems))
        box.exec()
    return taken, problems
