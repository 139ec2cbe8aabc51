"""The workbook's closing sheets: Health, Dependencies and About, each set up to print."""

from __future__ import annotations

from planner import __version__
from planner.formats.xlsx_print import _ILLEGAL, print_setup, wrapped_lines
from planner.language import _, pgettext
from planner.model import READINESS_ITEMS

MAX_TEXT = 32_767  # as xlsx_export's


class AppendixSheets:
    """These sheets' part of xlsx_export._Writer, whose cells, fonts and data it uses."""

    def health_sheet(self, ws) -> None:
        """The plan health findings at the time of export, errors first."""
        from planner.health import plan_health

        from openpyxl.styles import Alignment

        plan = self.plan
        self.widths(ws, (10, 22, 80, 36))
        print_setup(ws, plan.title, rows="1:1")
        wrap = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "A2"
        ws.append([self.heading(ws, h) for h in (_("Severity"), _("Rule"), _("Finding"), _("Concerns"))])
        severities = {"error": pgettext("severity", "error"), "warning": pgettext("severity", "warning"),
                      "info": pgettext("severity", "info")}
        # What a finding concerns, named as the reader knows it rather than by its key.
        names = {**{f"objective:{o.id}": o.name for o in plan.objectives},
                 **{f"kpi:{k.id}": k.name for o in plan.objectives for k in o.kpis},
                 **{f"readiness:{key}": _(label) for key, label in READINESS_ITEMS.items()},
                 **{a.id: a.name for a in plan.audiences}, **self.objective_names, **self.lanes, **self.title_of}
        row = 2
        for finding in plan_health(plan, self.sched):
            concerns = ", ".join(names.get(i) or i for i in finding.items)
            row = self.append_wrapped(ws, row, (self.styled(ws, severities.get(finding.severity, finding.severity),
                                                            alignment=wrap),
                                                self.styled(ws, finding.rule, alignment=wrap),
                       self.styled(ws, _ILLEGAL.sub("", finding.message)[:MAX_TEXT], alignment=wrap),
                       self.styled(ws, _ILLEGAL.sub("", concerns)[:MAX_TEXT], alignment=wrap)), {2: 80, 3: 36})

    def dependencies_sheet(self, ws) -> None:
        """From and to as the Initiatives sheet names predecessors: by title, read back by an import."""
        from openpyxl.styles import Alignment

        wrap = Alignment(wrap_text=True, vertical="top")
        deps = self.plan.dependencies
        self.widths(ws, (36, 36, 10))
        ws.freeze_panes = "A2"
        print_setup(ws, self.plan.title, rows="1:1", orientation="portrait")
        ws.append([self.heading(ws, name) for name in (_("From"), _("To"), _("Lag (days)"))])
        row = 2
        for dep in deps:
            ends = (self.predecessor_label(dep.from_), self.predecessor_label(dep.to))
            if any(wrapped_lines(end, 36) > 1 for end in ends):
                row = self.append_wrapped(ws, row, (*(self.styled(ws, _ILLEGAL.sub("", end), alignment=wrap)
                                                      for end in ends), dep.lag_days), {0: 36, 1: 36})
            else:  # most rows: plain cells, written faster
                ws.append((*(self.text(ws, end) for end in ends), dep.lag_days))
                row += 1

    def about_sheet(self, ws) -> None:
        from openpyxl.styles import Alignment

        wrap = Alignment(wrap_text=True, vertical="top")
        self.widths(ws, (18, 70))
        print_setup(ws, self.plan.title, rows="1:1", area="A1:B6", orientation="portrait")
        left = Alignment(horizontal="left", vertical="top")
        rows = ((_("Plan"), _ILLEGAL.sub("", self.plan.title)[:MAX_TEXT], None),
                (_("Exported"), self.now.replace(microsecond=0), "yyyy-mm-dd hh:mm"),
                (_("App version"), f"Benefit–Effort Planner {__version__}", None),
                (_("Initiatives"), len(self.plan.initiatives), None), None,
                # Wrapped in its column: running on to the right, the end of this sentence printed
                # on a page of its own.
                (_("Note"), _("Scores on the {initiatives} sheet are formulas over the ratings and the {settings} "
                              "sheet; roadmap bars follow each row's start and finish.").format(
                                  initiatives=self.sheet["Initiatives"], settings=self.sheet["Settings"]), None))
        for row, entry in enumerate(rows, start=1):
            if entry is None:
                ws.append(())
                continue
            label, value, number_format = entry
            cell = self.styled(ws, value, alignment=wrap)
            if number_format:
                cell.number_format, cell.alignment = number_format, left
            elif not isinstance(value, str):
                cell.alignment = left
            self.append_wrapped(ws, row, (self.styled(ws, label, font=self.font(bold=True), alignment=left), cell),
                                {1: 70})
