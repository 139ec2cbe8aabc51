"""The workbook's Roadmap sheet: a row per scheduled initiative under its lane, a column per period.

Bars are drawn only by conditional formatting over each row's start and finish against hidden
rows of period starts and ends, so moving a date in Excel moves the bar; a milestone is a diamond
from a formula over the same, so it moves too. Predecessors are named by title. The default range
is the roadmap pictures' picture_span: the plan's work in whole periods, as in the pictures.
"""

from __future__ import annotations

import datetime as dt

from planner.language import N_, _

ROADMAP_COLUMNS = (N_("Title"), N_("Lane"), N_("Decision"), N_("Start"), N_("Finish"), N_("Predecessors"))
DIAMOND = "◆"  # a milestone: one day, one cell

# Roadmap layout: title, legend, hidden period starts and ends, two header rows, then rows.
RM_STARTS, RM_ENDS, RM_UPPER, RM_LOWER, RM_FIRST = 3, 4, 5, 6, 7
RM_FIRST_PERIOD_COLUMN = len(ROADMAP_COLUMNS) + 1
PERIOD_WIDTH = {"week": 4.5, "month": 5.5, "quarter": 8}
WIDTHS = (30, 15, 9, 11.5, 11.5, 22)  # of ROADMAP_COLUMNS
MARKER_LINES = 12  # well under half a page, however the sheet is scaled


def _last_day(period) -> dt.date:
    return period.end - dt.timedelta(days=1) if period.end != dt.date.max else period.end


class RoadmapSheet:
    """The Roadmap sheet's part of xlsx_export._Writer, whose cells, fonts and data it uses."""

    def roadmap_sheet(self, ws) -> None:
        from openpyxl.formatting.rule import FormulaRule
        from openpyxl.worksheet.formula import ArrayFormula
        from openpyxl.styles import PatternFill
        from openpyxl.worksheet.cell_range import CellRange

        from planner.roadmap_layout import roadmap_rows
        # Imported here, not at the top: xlsx_export imports this module for its _Writer.
        from planner.formats.xlsx_export import (
            _ILLEGAL, COLOURS, DATE_FORMAT, MAX_TEXT, MILESTONE_COLOUR, _print_setup, column_letter, decision_word,
        )
        from planner.formats.xlsx_print import PRINT_WIDTH, pages_wide, wrapped_lines

        from openpyxl.styles import Alignment

        wrap = Alignment(wrap_text=True, vertical="top")
        top = Alignment(vertical="top")
        plan, lower, upper = self.plan, self.lower, self.upper
        fill = {key: PatternFill("solid", start_color=colour, end_color=colour) for key, colour in COLOURS.items()}
        first_col = RM_FIRST_PERIOD_COLUMN
        last_col = first_col + len(lower) - 1
        from planner.formats.xlsx_export import heading_width
        # The legend's decisions sit in the lane, decision and start columns, in bold.
        columns = list(WIDTHS)
        for k, key in enumerate(("build", "join", "undecided"), start=1):
            columns[k] = heading_width(decision_word(key), columns[k])
        widths = tuple(columns) + (PERIOD_WIDTH[self.unit],) * len(lower)
        self.widths(ws, widths)
        for hidden in (RM_STARTS, RM_ENDS):
            ws.row_dimensions[hidden].hidden = True
        ws.freeze_panes = f"B{RM_FIRST}"  # the titles and the header rows stay in view
        # As many pages across as keep the text at 8 pt or more, the titles repeated on each.
        _print_setup(ws, plan.title, rows=f"{RM_UPPER}:{RM_LOWER}", columns="A:A",
                     wide=(wide := pages_wide(widths, repeated=widths[0])))

        ws.append([self.styled(ws, _ILLEGAL.sub("", plan.title)[:MAX_TEXT], font=self.font(bold=True, size=14))])
        white = self.font(bold=True, color="FFFFFF")
        diamond_font = self.font(bold=True, size=12, color=MILESTONE_COLOUR)
        centred = Alignment(horizontal="center", vertical="top")
        legend = [self.heading(ws, _("Legend"))]
        for key in ("build", "join", "undecided"):
            legend.append(self.styled(ws, decision_word(key), fill=fill[key], font=white))
        legend.append(self.styled(ws, _("{diamond} milestone").format(diamond=DIAMOND), font=diamond_font))
        ws.append(legend)
        pad = [None] * (first_col - 2)
        ws.append(pad + [self.heading(ws, _("period starts"))] + [self.date(ws, p.start) for p in lower])
        ws.append(pad + [self.heading(ws, _("period ends"))] + [self.date(ws, _last_day(p)) for p in lower])

        upper_row = [None] * len(lower)
        k = 0
        for period in upper:  # each upper label over its first lower period, merged over all of them
            span = [j for j in range(k, len(lower)) if lower[j].start < period.end]
            if span:
                upper_row[span[0]] = self.heading(ws, period.label)
                if len(span) > 1:
                    ws.merged_cells.add(CellRange(min_col=first_col + span[0], max_col=first_col + span[-1],
                                                  min_row=RM_UPPER, max_row=RM_UPPER))
                k = span[-1] + 1
        ws.append([None] * (first_col - 1) + upper_row)
        ws.append([self.heading(ws, _(name)) for name in ROADMAP_COLUMNS] + [self.heading(ws, p.label) for p in lower])

        period_letters = [column_letter(k) for k in range(first_col, last_col + 1)]
        # LibreOffice leaves out a page without content, and bars drawn by conditional formatting
        # are none. Printed over several pages across, a blank every half page's width, in a row
        # every MARKER_LINES lines at most, puts content on every page.
        marker_step = max(int((PRINT_WIDTH["landscape"] - WIDTHS[0]) / PERIOD_WIDTH[self.unit] / 2), 1)
        markers = [" " if k % marker_step == 0 else None for k in range(len(lower))] if wide > 1 else []
        markers = markers[:len(markers) - markers[::-1].index(" ")] if markers else []
        unmarked = MARKER_LINES  # lines since the last row that holds content across
        row = RM_FIRST
        lane_font = self.font(bold=True)
        rows = roadmap_rows(plan, "lane")[0]
        by_id = {item.id: item for item in plan.initiatives}
        for entry in rows:
            if entry.kind == "group":
                if entry.count:
                    ws.append([self.styled(ws, _ILLEGAL.sub("", entry.label)[:MAX_TEXT], font=lane_font)])
                    row += 1
                    unmarked += 1
                continue
            item = by_id[entry.initiative_id]
            scheduled = self.sched.items.get(item.id)
            if scheduled is None:
                continue
            # By title, wrapped within the column: the row grows rather than the text shrinking.
            predecessors = ", ".join(self.title_of.get(p, p) for p in self.predecessors.get(item.id, ()))
            texts = (item.title, self.lanes.get(item.lane, ""), predecessors)
            lines = max(wrapped_lines(text, WIDTHS[k]) for text, k in zip(texts, (0, 1, 5)))
            tall = lines > 1
            milestone = scheduled.earliest_start == scheduled.earliest_finish
            if tall or milestone:
                # Aligned to the top of the row its wrapped text makes taller; styled outright, not
                # left to a milestone's row style.
                title, lane, after = (self.styled(ws, _ILLEGAL.sub("", text)[:MAX_TEXT], alignment=wrap)
                                      for text in texts)
                cells = [title, lane, self.styled(ws, self.word(item.decision), alignment=top),
                         self.styled(ws, scheduled.earliest_start, number_format=DATE_FORMAT, alignment=top),
                         self.styled(ws, scheduled.earliest_finish, number_format=DATE_FORMAT, alignment=top), after]
            else:  # most rows: plainer cells, written faster
                cells = [self.text(ws, item.title), self.text(ws, texts[1]), self.word(item.decision),
                         self.date(ws, scheduled.earliest_start), self.date(ws, scheduled.earliest_finish),
                         self.text(ws, predecessors)]
            if milestone:
                # A milestone's diamond is a formula over the row's dates, so it moves with them: one
                # array formula over the row's periods, which costs one cell rather than one a period.
                first, last = period_letters[0], period_letters[-1]
                cells.append(self.styled(ws, ArrayFormula(
                    f"{first}{row}:{last}{row}",
                    f'=IF(($D{row}=$E{row})*($D{row}>={first}${RM_STARTS}:{last}${RM_STARTS})'
                    f'*($D{row}<={first}${RM_ENDS}:{last}${RM_ENDS}),"{DIAMOND}","")'),
                    font=diamond_font, alignment=centred))
                # The formula's other cells are not written: they take the row's style.
                ws.row_dimensions[row].font, ws.row_dimensions[row].alignment = diamond_font, centred
                unmarked = 0
            elif markers and unmarked + lines > MARKER_LINES:
                cells += markers
                unmarked = 0
            unmarked += lines
            row = self.append_wrapped(ws, row, cells, {0: WIDTHS[0], 1: WIDTHS[1], 5: WIDTHS[5]})
        last_row = max(row - 1, RM_FIRST)

        if lower:
            col = column_letter(first_col)
            area = f"{col}{RM_FIRST}:{column_letter(last_col)}{last_row}"
            start_cell, end_cell = f"{col}${RM_STARTS}", f"{col}${RM_ENDS}"
            dated = f"ISNUMBER($D{RM_FIRST}),ISNUMBER($E{RM_FIRST})"
            milestone = f"AND({dated},$D{RM_FIRST}=$E{RM_FIRST},$D{RM_FIRST}>={start_cell},$D{RM_FIRST}<={end_cell})"
            # A milestone's cell shows its diamond on white: first, and stopping there, this rule keeps
            # the bar rules below from filling it.
            ws.conditional_formatting.add(area, FormulaRule(formula=[milestone], font=diamond_font,
                                                            stopIfTrue=True))
            for decision in ("build", "join", "undecided"):
                bar = (f'AND({dated},$C{RM_FIRST}="{decision_word(decision)}",$D{RM_FIRST}<={end_cell},'
                       f'$E{RM_FIRST}>={start_cell})')
                ws.conditional_formatting.add(area, FormulaRule(formula=[bar], fill=fill[decision],
                                                                stopIfTrue=True))
