"""The workbook's Ratings sheets: one per workshop round, its result table and every vote below it.

A round still collecting gets its progress only: the export may be shown in the room while it
rates, and the votes stay blind until the facilitator reveals them. An import of the workbook
reads the Initiatives, Settings, Dependencies and Strategy sheets by name and leaves these alone.
"""

from __future__ import annotations

import datetime as dt
import re

from planner.formats.xlsx_print import _ILLEGAL, print_setup
from planner.language import N_, _, ngettext, pgettext
from planner.round_report import BLIND_NOTE, blind, criterion_name, participants_rated, result_rows

# Both tables share the columns: (width, the result table's heading, the votes table's heading).
COLUMNS = ((30, N_("Initiative"), N_("Initiative")), (21, N_("Criterion"), N_("Criterion")),
           (14, N_("Discuss first"), N_("Participant")), (10, N_("Votes"), N_("Value")),
           (19, N_("Don't know"), N_("Time (UTC)")), (8, N_("Median"), N_("Counts")), (7, N_("Q1"), None),
           (7, N_("Q3"), None), (7, N_("IQR"), None), (7, N_("Min"), None), (7, N_("Max"), None),
           (9, N_("Accepted"), None))
VALUE_FORMAT = "0.0#"
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
MAX_SHEET_NAME = 31  # Excel's limit
WIDEST_TITLE_COLUMN = 45  # the title column widens to the longest title up to this; longer titles wrap
_NOT_IN_NAMES = re.compile(r"[\[\]:*?/\\\x00-\x1f\x7f]")  # what Excel refuses in a sheet's name


def ratings_sheet_names(rounds, taken=()) -> list[str]:
    """A sheet name per round: "Ratings – Kick-off", cut to Excel's 31 characters, free of []:*?/\\,
    and unique (ignoring case) among themselves and ``taken``; "Ratings 2" where the name cannot be."""
    used = {name.casefold() for name in taken}
    names = []
    # Translators: a workbook sheet per workshop round: "Ratings – Kick-off", or "Ratings 2".
    named, numbered = _("Ratings – {round}"), _("Ratings {n}")
    for number, round_ in enumerate(rounds, start=1):
        clean = " ".join(_NOT_IN_NAMES.sub(" ", round_.name).split())
        name = named.format(round=clean)[:MAX_SHEET_NAME].rstrip().strip("'") if clean else ""
        if not clean or name.casefold() in used or name.casefold() == "history":
            name, extra = numbered.format(n=number), number
            while name.casefold() in used:  # only when a round is named like another's fallback
                extra += len(rounds)
                name = numbered.format(n=extra)
        used.add(name.casefold())
        names.append(name)
    return names


class RatingsSheets:
    """These sheets' part of xlsx_export._Writer, whose cells, fonts and widths it uses."""

    def ratings_sheets(self, wb) -> None:
        """Add a Ratings sheet per round of the plan, after the sheets already made."""
        names = ratings_sheet_names(self.plan.rounds, [ws.title for ws in wb.worksheets])
        for round_, name in zip(self.plan.rounds, names):
            self.ratings_sheet(wb.create_sheet(name), round_)

    def ratings_sheet(self, ws, round_) -> None:
        from openpyxl.styles import Alignment

        plan = self.plan
        from planner.formats.xlsx_export import heading_width
        from planner.formats.xlsx_print import wrapped_lines

        # Headings wrap at their spaces, never within a word; a criterion's name fits on its line.
        widths = [heading_width(_(vote) if vote else "", heading_width(_(result), width))
                  for width, result, vote in COLUMNS]
        for name in map(criterion_name, round_.criteria):
            if wrapped_lines(name, widths[1]) > 1:
                while wrapped_lines(name, widths[1] / 1.1) > 1:
                    widths[1] += 0.5
        # Wide enough for the titles on one line: a row sized for a wrap the reader never makes
        # prints as an empty-looking gap.
        longest = max((len(self.title_of.get(item, item)) for item in round_.initiatives), default=0)
        widths[0] = max(widths[0], min(WIDEST_TITLE_COLUMN, round(longest * 1.05 + 1)))
        self.widths(ws, widths)
        ws.freeze_panes = "B4"  # the title, the note and the header; the initiative's column
        print_setup(ws, plan.title, rows="1:1")
        people = len(round_.participants)
        from planner.roadmap_layout import month_names

        states = {"collecting": pgettext("round state", "collecting"), "revealed": pgettext("round state", "revealed"),
                  "closed": pgettext("round state", "closed")}
        title = _("Round ‘{name}’ · {date} · {state} · {kind} · {participants}").format(
            name=_ILLEGAL.sub('', round_.name),
            date=f"{round_.date.day} {month_names()[round_.date.month - 1]} {round_.date.year}",
            state=states.get(round_.state, round_.state), kind=_("anonymous") if round_.anonymous else _("named"),
            participants=ngettext("{n} participant", "{n} participants", people).format(n=people))
        ws.append([self.styled(ws, title, font=self.font(bold=True, size=12))])
        rows = result_rows(plan, round_)
        if blind(round_):
            note = _(BLIND_NOTE)
            ws.append([self.text(ws, note[0].upper() + note[1:] + ".")])
            ws.append([self.heading(ws, h) for h in (_("Initiative"), _("Rated by"), _("Participants"))])
            row = 4
            for result in rows[::len(round_.criteria)]:
                row = self.append_wrapped(ws, row, (self.title_cell(ws, result.title), result.done, people), {0: widths[0]})
            return
        ws.append([self.text(ws, _("{rated} of {people} rated. Discuss first: 1 is the initiative the room "
                                   "disagrees on most. Median and spread leave out “don't know”.").format(
                                       rated=participants_rated(round_), people=people))])
        centred = Alignment(horizontal="center", wrap_text=True, vertical="bottom")
        ws.append([self.styled(ws, _(h), font=self.font(bold=True), alignment=centred if n > 1 else
                               Alignment(wrap_text=True, vertical="bottom")) for n, (_w, h, _v) in enumerate(COLUMNS)])
        ws.row_dimensions[3].height = 28
        row = 4
        for result in rows:
            s = result.spread
            values = (s.median, s.q1, s.q3, s.iqr if s.median is not None else None,
                      s.low, s.high, result.accepted)
            cells = [self.title_cell(ws, result.title), criterion_name(result.criterion), result.discuss,
                     s.votes, s.dont_know, *(None if v is None else self.styled(ws, v, number_format=VALUE_FORMAT)
                                             for v in values)]
            row = self.append_wrapped(ws, row, cells, {0: widths[0]})
        self.votes_table(ws, round_, row, widths)

    def title_cell(self, ws, title: str):
        """An initiative's title, wrapped within its column, so a row made taller for it shows two lines."""
        cell = self.text(ws, title)
        if isinstance(cell, str):
            return self.styled(ws, cell, alignment=_wrap())
        cell.alignment = _wrap()  # a title that reads like a formula, kept as text
        return cell

    def votes_table(self, ws, round_, row: int, widths) -> None:
        """Every vote of the round in the order given, and whether it counts (the latest, after any re-vote)."""
        from planner.round_results import counting_votes

        if not round_.votes:
            return
        counted = {id(vote) for vote in counting_votes(round_).values()}
        ws.append(())
        ws.append([self.heading(ws, _("Votes"))])
        ws.append([self.heading(ws, _(h)) for _w, _r, h in COLUMNS if h])
        row += 3
        labels = {p.id: round_.participant_label(p.id) for p in round_.participants}
        titles = {item: self.title_of.get(item, item) for item in round_.initiatives}
        for vote in round_.votes:
            time = vote.time.astimezone(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
            value = _("don't know") if vote.value is None else self.styled(ws, vote.value, number_format=VALUE_FORMAT)
            cells = (self.title_cell(ws, titles.get(vote.initiative, vote.initiative)), criterion_name(vote.criterion),
                     self.text(ws, labels.get(vote.participant, vote.participant)), value,
                     self.styled(ws, time, number_format=TIME_FORMAT), _("yes") if id(vote) in counted else _("no"))
            row = self.append_wrapped(ws, row, cells, {0: widths[0]})


_WRAP = []


def _wrap():
    """One Alignment for every title cell (the writer caches styles by the object)."""
    if not _WRAP:
        from openpyxl.styles import Alignment
        _WRAP.append(Alignment(wrap_text=True, vertical="bottom"))
    return _WRAP[0]
