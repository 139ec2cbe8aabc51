"""The workbook's Matrix sheet: a scatter chart in which every point is named, above a numbered key.

Each rated initiative is a series of its own, so its data label can show the series name: its
title where the title fits beside the point, else its number from the key (every point's number
beyond LABEL_LIMIT points; above NUMBER_LIMIT, a series per decision without labels). The side
of each label and a small spread of points that coincide are chosen here, at export, from an
estimate of the chart's geometry; the chart reads its points from hidden cells below the print
area (the ratings' live values plus that spread), so the ratings themselves are never moved.
Only features Excel documents are used: series names as data labels with a position, marker
options, a manual layout of the plot area. LibreOffice shows the labels; Gnumeric (1.12) reads
no series-name labels, so it shows the markers, lines and axes only.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

from planner.language import N_, _
from planner.formats.xlsx_print import wrapped_lines
from planner.matrix_layout import Box, fan_out

LABEL_LIMIT = 40  # points named by title at most; above, every point shows its number
# Points numbered at most: a series each, and Excel draws at most 255 series in a chart. Above,
# a series per decision without labels; numbers by the hundred would help no reader anyway.
NUMBER_LIMIT = 200
KEY_COLUMNS = (N_("No."), N_("Title"), N_("Effort"), N_("Benefit"), N_("Decision"))
KEY_WIDTHS = (5, 34, 8, 8, 10)
DECISION_ORDER = ("build", "join", "undecided", "ignore")
MARKERS = {"build": "circle", "join": "square", "undecided": "diamond", "ignore": "x"}
SYMBOLS = {"build": "●", "join": "■", "undecided": "◆", "ignore": "×"}  # the markers, in the key
# The chart fills the page's width above the key, over whole columns (the key's and more) and
# rows, anchored at both corners (Gnumeric reads no other anchor). Rows get Excel's default
# height outright, as LibreOffice's own default is lower. Beside the key the chart would print
# at two thirds of its size, its labels at about 5 pt; above it, at about its size.
CHART_WIDTHS = (*KEY_WIDTHS, *[10] * 7)  # characters; a width of w characters is 7 w + 5 px
CHART_ROWS, ROW_PT = 27, 15
CHART_CM = (sum(int(7 * w + 5) for w in CHART_WIDTHS) / 96 * 2.54, CHART_ROWS * ROW_PT / 72 * 2.54)
KEY_ROW = CHART_ROWS + 2  # the key's heading row, a row below the chart
PLOT = (0.07, 0.12, 0.90, 0.76)  # the inner plot area as shares of the chart: x, y, width, height
LABEL_PT, NAME_PT, MARKER_PT = 8, 9, 7
SPREAD_MM = 2.6                  # points sharing a spot sit on a circle this wide (> a marker)
GAP_MM = 2.4                     # between a marker's centre and its label's near edge, besides the marker
SIDES = ("r", "l", "t", "b")
MM_PER_PT = 25.4 / 72


def text_mm(text: str, points: float) -> float:
    """Return about how wide ``text`` sets in Arial at ``points``, in mm (a little generous)."""
    em = 0.0
    for char in text:
        if char in "iljtf.,;:'!|I ()[]r":
            em += 0.3
        elif char in "mwMW@%":
            em += 0.86
        elif char.isupper() or char in "&×":
            em += 0.68
        else:
            em += 0.56
    return em * points * MM_PER_PT + 1.0


@dataclass(frozen=True)
class Geometry:
    """Where the plot sits on the chart, in mm, and the scale it spans on both axes."""

    low: float
    high: float
    plot: Box

    @classmethod
    def of(cls, low: float, high: float) -> Geometry:
        w, h = (side * 10 for side in CHART_CM)
        return cls(low, high, Box(PLOT[0] * w, PLOT[1] * h, PLOT[2] * w, PLOT[3] * h))

    def mm(self, x: float, y: float) -> tuple[float, float]:
        span = self.high - self.low
        return (self.plot.x + (x - self.low) / span * self.plot.w,
                self.plot.y + (self.high - y) / span * self.plot.h)

    def value(self, px: float, py: float) -> tuple[float, float]:
        span = self.high - self.low
        return (self.low + (px - self.plot.x) / self.plot.w * span,
                self.high - (py - self.plot.y) / self.plot.h * span)


def label_box(centre: tuple[float, float], side: str, w: float, h: float) -> Box:
    """Return the box of a ``w`` × ``h`` label put on ``side`` (r, l, t, b) of a point, as charts put it."""
    x, y = centre
    marker = MARKER_PT * MM_PER_PT / 2
    if side == "r":
        return Box(x + marker + GAP_MM / 2, y - h / 2, w, h)
    if side == "l":
        return Box(x - marker - GAP_MM / 2 - w, y - h / 2, w, h)
    if side == "t":
        return Box(x - w / 2, y - marker - GAP_MM / 2 - h, w, h)
    return Box(x - w / 2, y + marker + GAP_MM / 2, w, h)


@dataclass(frozen=True)
class Placed:
    """One point as charted: its position (spread if it shared a spot), label side and whether it shows the title."""

    x: float
    y: float
    side: str
    titled: bool


def quadrant_corners(geometry: Geometry) -> dict[str, tuple[float, float, str]]:
    """Return each quadrant name's point (x, y in scale values) and label side, inside its corner."""
    low, high = geometry.low, geometry.high
    inset_x = (high - low) * 0.012
    inset_y = (high - low) * 0.03
    return {"quick win": (low + inset_x, high - inset_y, "r"), "big bet": (high - inset_x, high - inset_y, "l"),
            "fill-in": (low + inset_x, low + inset_y, "r"), "money pit": (high - inset_x, low + inset_y, "l")}


def place(points: dict[str, tuple[float, float]], titles: dict[str, str], numbers: dict[str, int],
          geometry: Geometry, names: dict[str, str], cuts: tuple[float, float]) -> dict[str, Placed]:
    """Return where each point is charted and how it is labelled.

    ``points`` are (effort, benefit) by key; ``names`` the quadrant names, whose labels sit in
    the corners first; ``cuts`` the (effort, benefit) thresholds, whose lines no label crosses. Points sharing a spot are spread on a small circle so each shows. In
    reading order, a point takes the first side where its title fits inside the plot without
    covering a marker or another label; else its number where that fits; else its number on
    the side covering least. Up to LABEL_LIMIT points titles are tried, above only numbers.
    """
    height = LABEL_PT * MM_PER_PT * 1.3
    marker = MARKER_PT * MM_PER_PT * 1.2
    centres = fan_out({key: geometry.mm(*xy) for key, xy in points.items()}, SPREAD_MM)
    taken: list[Box] = [Box(x - marker / 2, y - marker / 2, marker, marker) for x, y in centres.values()]
    for quadrant, (x, y, side) in quadrant_corners(geometry).items():
        name = names.get(quadrant, "")
        taken.append(label_box(geometry.mm(x, y), side, text_mm(name, NAME_PT) + 1,
                               NAME_PT * MM_PER_PT * 1.4))
    line_x, line_y = geometry.mm(*cuts)
    plot = geometry.plot
    taken += [Box(line_x - 0.3, plot.y, 0.6, plot.h), Box(plot.x, line_y - 0.3, plot.w, 0.6)]
    titled_ok = len(points) <= LABEL_LIMIT
    result: dict[str, Placed] = {}
    if len(points) > NUMBER_LIMIT:
        return {key: Placed(*_moved(geometry, points[key], centre), "", False) for key, centre in centres.items()}
    for key in sorted(centres, key=lambda k: (round(centres[k][1], 1), centres[k][0])):
        centre = centres[key]
        own = Box(centre[0] - marker / 2, centre[1] - marker / 2, marker, marker)
        others = [box for box in taken if box != own]
        choice = None
        texts = ((titles[key], True),) if titled_ok else ()
        for text, titled in (*texts, (str(numbers[key]), False)):
            for side in SIDES:
                box = label_box(centre, side, text_mm(text, LABEL_PT), height)
                if geometry.plot.contains(box) and not any(box.overlaps(other) for other in others):
                    choice = (side, titled, box)
                    break
            if choice:
                break
        if choice is None:  # crowded: the number where it covers least
            text = str(numbers[key])
            side = min(SIDES, key=lambda s: _covered(label_box(centre, s, text_mm(text, LABEL_PT), height),
                                                      others, geometry.plot))
            choice = (side, False, label_box(centre, side, text_mm(text, LABEL_PT), height))
        taken.append(choice[2])
        result[key] = Placed(*_moved(geometry, points[key], centre), choice[0], choice[1])
    return result


def _moved(geometry: Geometry, point: tuple[float, float], centre: tuple[float, float]) -> tuple[float, float]:
    """Return ``point`` where it was spread to ``centre`` (in mm), else exactly as it was."""
    return geometry.value(*centre) if centre != geometry.mm(*point) else point


def _covered(box: Box, others: list[Box], plot: Box) -> float:
    def shared(a: Box, b: Box) -> float:
        return (max(0.0, min(a.x + a.w, b.x + b.w) - max(a.x, b.x))
                * max(0.0, min(a.y + a.h, b.y + b.h) - max(a.y, b.y)))
    outside = box.w * box.h - shared(box, plot)
    return sum(shared(box, other) for other in others) + 2 * outside


def major_unit(span: float) -> float:
    """Return a tick spacing giving about four to ten ticks over ``span``."""
    unit = 10 ** int(f"{span:e}".split("e")[1])
    for factor in (0.1, 0.2, 0.5, 1):
        if span / (unit * factor) <= 10:
            return unit * factor
    return unit


class MatrixSheet:
    """The Matrix sheet's part of xlsx_export._Writer, whose cells, fonts and data it uses."""

    def matrix_sheet(self, ws) -> None:
        from planner.formats.xlsx_export import COLOURS, _print_setup, column_letter
        from planner.model import QUADRANTS
        from planner.scoring import initiative_scores

        plan = self.plan
        order = {d: k for k, d in enumerate(DECISION_ORDER)}
        rated = [item for item in plan.initiatives
                 if None not in (item.benefit, item.technical_effort, item.organisational_effort)]
        rated.sort(key=lambda item: order.get(item.decision, len(order)))  # the key lists decisions together
        geometry = Geometry.of(plan.scale.min, plan.scale.max)
        names = {q: plan.quadrant_name(q) for q in QUADRANTS}
        placed = place({item.id: (initiative_scores(item, plan).effort, item.benefit) for item in rated},
                       {item.id: item.title for item in rated},
                       {item.id: n for n, item in enumerate(rated, start=1)}, geometry, names,
                       (plan.effort_threshold, plan.benefit_threshold))

        from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor

        from openpyxl.styles import Alignment

        from planner.formats.xlsx_export import heading_width
        key_widths = [heading_width(_(name), width) for name, width in zip(KEY_COLUMNS, KEY_WIDTHS)]
        self.widths(ws, key_widths + list(CHART_WIDTHS[len(KEY_WIDTHS):]))
        # A long title wraps in its cell (the effort beside it would cut it), the row grown to hold it.
        title_wraps, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
        # No manual page break before the key: Gnumeric then prints four blank pages.
        _print_setup(ws, plan.title, rows=f"{KEY_ROW}:{KEY_ROW}")
        last_row = KEY_ROW + len(rated)
        ws.print_area = f"A1:{column_letter(len(CHART_WIDTHS))}{last_row}"
        for row in range(1, CHART_ROWS + 1):
            ws.row_dimensions[row].height = ROW_PT
        for _row in range(1, KEY_ROW):
            ws.append(())
        benefit, combined = _initiatives_column("benefit"), _initiatives_column("combined effort")
        ws.append([self.heading(ws, _(name)) for name in KEY_COLUMNS])
        fonts = {d: self.font(color=colour) for d, colour in COLOURS.items()}
        for n, item in enumerate(rated, start=1):
            r = self.row_of[item.id]
            decision = f"{SYMBOLS.get(item.decision, '')} {self.word(item.decision)}"
            initiatives = self.ref["Initiatives"]
            title = self.text(ws, item.title)
            if wrapped_lines(item.title, key_widths[1]) > 1:
                title = self.styled(ws, getattr(title, "value", title), alignment=title_wraps)
                cells = [self.styled(ws, n, alignment=top), title,
                         self.styled(ws, f"={initiatives}{combined}{r}", alignment=top, formula=True),
                         self.styled(ws, f"={initiatives}{benefit}{r}", alignment=top, formula=True),
                         self.styled(ws, decision, alignment=top, **({"font": fonts[item.decision]}
                                                                     if item.decision in fonts else {}))]
            else:
                cells = [n, title, f"={initiatives}{combined}{r}", f"={initiatives}{benefit}{r}",
                         self.styled(ws, decision, font=fonts[item.decision]) if item.decision in fonts else decision]
            self.append_wrapped(ws, KEY_ROW + n, cells, {1: key_widths[1]})
        # The chart's own cells: below the key, outside the print area and hidden, since Gnumeric
        # prints past a print area.
        ws.append(())
        first = last_row + 2
        for row in range(first, first + len(rated) + 9):  # as chart_cells writes; set before they are
            ws.row_dimensions[row].hidden = True
        self.chart_cells(ws, rated, placed, geometry, names)

        chart = self._chart(ws, plan, rated, placed, first)
        chart.anchor = TwoCellAnchor(_from=AnchorMarker(col=0, row=0),
                                     to=AnchorMarker(col=len(CHART_WIDTHS), row=CHART_ROWS))
        ws.add_chart(chart)

    def chart_cells(self, ws, rated, placed, geometry, names) -> None:
        """Append the rows the chart reads: a heading, its points, quadrant names and lines (4 each).

        The chart reads only constants and the Initiatives sheet, which comes before this one:
        Gnumeric evaluates a chart's cells while loading, before later sheets such as Settings
        exist, and keeps the errors. So ratings edited in Excel still move their points;
        weights, thresholds and names are as exported.
        """
        from planner.scoring import initiative_scores

        plan = self.plan
        wt, wo = plan.effort_weights.technical, plan.effort_weights.organisational
        benefit, technical, organisational = (
            _initiatives_column(name) for name in ("benefit", "technical effort", "organisational effort"))
        rows: list[list] = [[None, self.heading(ws, _("Chart points, as exported")), self.heading(ws, _("effort")),
                             self.heading(ws, _("benefit"))]]
        for n, item in enumerate(rated, start=1):
            p, r = placed[item.id], self.row_of[item.id]
            g, h, f = (f"{self.ref['Initiatives']}{column}{r}" for column in (technical, organisational, benefit))
            mean = f"({wt!r}*{g}+{wo!r}*{h})/{wt + wo!r}"
            rows.append([None, n, _live(f"AND(ISNUMBER({g}),ISNUMBER({h}))", mean,
                                        p.x - initiative_scores(item, plan).effort),
                         _live(f"ISNUMBER({f})", f, p.y - item.benefit)])
        for q, (x, y, _side) in quadrant_corners(geometry).items():
            rows.append([None, self.text(ws, names[q]), _tidy(x), _tidy(y)])
        low, high = plan.scale.min, plan.scale.max
        cut_x, cut_y = plan.effort_threshold, plan.benefit_threshold
        rows += [[None, _("Effort threshold"), cut_x, low], [None, None, cut_x, high],
                 [None, _("Benefit threshold"), low, cut_y], [None, None, high, cut_y]]
        for cells in rows:
            ws.append(cells)

    def _decision_series(self, chart, ws, rated, first: int) -> None:
        """Add a series per decision over its run of rows (rated lists decisions together), unlabelled."""
        from openpyxl.chart import Reference, Series

        from planner.formats.xlsx_export import COLOURS, decision_word
        start = first + 1
        for decision in DECISION_ORDER:
            count = sum(1 for item in rated if item.decision == decision)
            if count:
                series = Series(Reference(ws, min_col=4, min_row=start, max_row=start + count - 1),
                                Reference(ws, min_col=3, min_row=start, max_row=start + count - 1),
                                title=decision_word(decision).capitalize())
                _marker(series, MARKERS[decision], COLOURS[decision])
                chart.series.append(series)
                start += count

    def _chart(self, ws, plan, rated, placed, first: int):
        """The scatter chart over the cells chart_cells wrote from row ``first``."""
        from openpyxl.chart import Reference, ScatterChart, Series
        from openpyxl.chart.layout import Layout, ManualLayout

        from planner.formats.xlsx_export import COLOURS

        scale = plan.scale
        matrix = "'" + self.sheet["Matrix"].replace("'", "''") + "'"  # quoted, as a chart's references are
        chart = ScatterChart(scatterStyle="lineMarker")
        chart.title = _("Benefit against combined effort")
        chart.width, chart.height = CHART_CM
        chart.x_axis.title, chart.y_axis.title = _("Combined effort"), _("Benefit")
        chart.layout = Layout(manualLayout=ManualLayout(layoutTarget="inner", xMode="edge", yMode="edge",
                                                        x=PLOT[0], y=PLOT[1], w=PLOT[2], h=PLOT[3]))
        for axis in (chart.x_axis, chart.y_axis):
            axis.scaling.min, axis.scaling.max = scale.min, scale.max
            axis.majorUnit = major_unit(scale.max - scale.min)
            axis.delete = False  # openpyxl 3.1 otherwise hides the axes in Excel
            axis.majorGridlines = None
        chart.x_axis.axPos = "b"  # openpyxl says "l" for both; Gnumeric then draws both titles on the left
        x_col, y_col = 3, 4
        corners = quadrant_corners(Geometry.of(scale.min, scale.max))
        line_row = first + len(rated) + len(corners) + 1

        def point(row: int) -> Series:
            return Series(Reference(ws, min_col=y_col, min_row=row), Reference(ws, min_col=x_col, min_row=row))

        if len(rated) > NUMBER_LIMIT:
            self._decision_series(chart, ws, rated, first)
        for n, item in enumerate(rated if len(rated) <= NUMBER_LIMIT else (), start=1):
            p = placed[item.id]
            series = point(first + n)
            series.tx = _name(matrix, "B" if p.titled else "A", KEY_ROW + n, item.title if p.titled else str(n))
            _marker(series, MARKERS.get(item.decision, "circle"), COLOURS.get(item.decision, "808080"))
            series.dLbls = _labels(p.side, LABEL_PT, "404040", bold=False)
            chart.series.append(series)
        for k, (q, (_x, _y, side)) in enumerate(corners.items(), start=first + len(rated) + 1):
            series = point(k)
            series.tx = _name(matrix, "B", k, plan.quadrant_name(q))
            series.marker.symbol = "none"
            series.graphicalProperties.line.noFill = True
            series.dLbls = _labels(side, NAME_PT, "7F7F7F", bold=True)
            chart.series.append(series)
        for first_row in (line_row, line_row + 2):  # the quadrant lines: two points each, a line and no markers
            series = Series(Reference(ws, min_col=y_col, min_row=first_row, max_row=first_row + 1),
                            Reference(ws, min_col=x_col, min_row=first_row, max_row=first_row + 1))
            series.marker.symbol = "none"
            series.graphicalProperties.line.solidFill = "808080"
            series.graphicalProperties.line.width = 12700  # 1 pt
            series.graphicalProperties.line.prstDash = "dash"
            chart.series.append(series)
        # No legend: Gnumeric would list every series, as it drops no entry; the key's decision
        # column shows each marker instead.
        chart.legend = None
        chart.visible_cells_only = False  # the helper cells are hidden
        return chart


def _tidy(value: float) -> float:
    return round(value, 4)


def _live(test: str, value: str, offset: float) -> str:
    """Return a formula for ``value`` moved by ``offset`` (a spread point), or #N/A, which charts skip."""
    offset = round(offset, 4)
    return f"=IF({test},{value}{offset:+g},NA())" if offset else f"=IF({test},{value},NA())"


def _initiatives_column(name: str) -> str:
    """Return the letter of the Initiatives sheet's column headed ``name`` (in any case)."""
    from planner.formats.xlsx_export import INITIATIVE_COLUMNS, column_letter
    headings = [heading.lower() for heading in INITIATIVE_COLUMNS]
    return column_letter(headings.index(name) + 1)


def _name(sheet: str, column: str, row: int, text: str):
    """A series name read from a cell, with the text it holds now for programs that do not recalculate."""
    from openpyxl.chart.data_source import StrData, StrRef, StrVal
    from openpyxl.chart.series import SeriesLabel
    return SeriesLabel(strRef=StrRef(f=f"{sheet}!${column}${row}",
                                      strCache=StrData(ptCount=1, pt=[StrVal(idx=0, v=text)])))


def _marker(series, symbol: str, colour: str) -> None:
    series.marker.symbol, series.marker.size = symbol, MARKER_PT
    series.marker.graphicalProperties.solidFill = colour
    series.marker.graphicalProperties.line.solidFill = colour
    series.graphicalProperties.line.noFill = True


def _labels(side: str, points: int, colour: str, bold: bool):
    """Data labels showing the series name on ``side`` of the point, in ``points`` type."""
    from openpyxl.chart.label import DataLabelList
    from openpyxl.chart.text import RichText
    from openpyxl.drawing.text import (
        CharacterProperties,
        Font,
        Paragraph,
        ParagraphProperties,
        RichTextProperties,
    )

    font = CharacterProperties(sz=points * 100, b=bold, solidFill=colour, latin=Font(typeface="Arial"))
    return DataLabelList(showSerName=True, showVal=False, showCatName=False, showLegendKey=False,
                         showPercent=False, dLblPos=side,
                         txPr=RichText(bodyPr=RichTextProperties(), p=[Paragraph(pPr=ParagraphProperties(defRPr=font), r=[],
                                                                             endParaRPr=font)]))


_PREFIXED = re.compile(rb' xmlns:(\w+)="([^"]*)"')
_DRAWING_PART = re.compile(r"xl/(charts|drawings)/[^/]+\.xml")


def save_workbook(workbook, target) -> None:
    """Save ``workbook`` to the file object ``target`` as openpyxl would, readable by Gnumeric too.

    openpyxl declares the drawing namespace on every element that uses it, which XML allows
    but Gnumeric's reader does not follow: it then drops the chart. Here each drawing and
    chart part declares its prefixes once, on its root, as Excel writes them.
    """
    from openpyxl.writer.excel import ExcelWriter

    with _Archive(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).save()


class _Archive(zipfile.ZipFile):
    """A zip archive that moves the namespace declarations of drawing and chart parts to their root."""

    def writestr(self, name, data, *args, **kwargs):
        if isinstance(name, str) and _DRAWING_PART.fullmatch(name):
            data = namespaces_at_root(data.encode() if isinstance(data, str) else data)
        super().writestr(name, data, *args, **kwargs)


def namespaces_at_root(xml: bytes) -> bytes:
    """Return ``xml`` with every prefixed namespace declared once, on the root; as it was if a prefix has two."""
    declared = dict(_PREFIXED.findall(xml))
    if len(declared) != len(set(_PREFIXED.findall(xml))):
        return xml
    body = _PREFIXED.sub(b"", xml)
    root = re.search(rb"<(?![?!])[^\s>/]+(?: xmlns=\"[^\"]*\")?", body)
    extra = b"".join(b' xmlns:%s="%s"' % item for item in declared.items())
    return body[:root.end()] + extra + body[root.end():]
