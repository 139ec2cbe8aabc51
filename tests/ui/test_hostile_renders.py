"""Hostile input to the drawing commands: file names with control characters, a roadmap ending on 9999-12-31."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_run import run

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "social-media-strategy.bep"


def test_render_and_report_escape_a_file_name_with_control_characters(qapp, tmp_path, capsys):
    """A newline or escape sequence in any path of render and report stays one escaped error line."""
    from tests.core.test_cli import HOSTILE_NAME, SHOWN_NAME, hostile_paths
    bad, unwritable = hostile_paths(tmp_path)
    for argv in (["render", bad, "-o", tmp_path / "m.png"], ["render", SAMPLE, "-o", f"{unwritable}.png"],
                 ["render", SAMPLE, "-o", tmp_path / "m.png", "--layout-json", unwritable],
                 ["render", SAMPLE, "-o", tmp_path / f"{HOSTILE_NAME}.jpg"],
                 ["report", bad, "-o", tmp_path / "p.pdf"], ["report", SAMPLE, "-o", f"{unwritable}.pdf"]):
        status, _, err = run(capsys, *argv)
        errors = [line for line in err.split("\n")[:-1] if line.startswith("error: ")]
        assert status == 1 and len(errors) == 1 and all(line.startswith(("warning: ", "error: "))
                                                        for line in err.split("\n")[:-1]), (argv, err)
        assert SHOWN_NAME in errors[0] and "\x1b" not in err, (argv, err)


def test_a_roadmap_ending_on_9999_12_31_shows_that_day_with_every_bar_inside_the_grid(qapp):
    """The header runs to 31 Dec 9999 at every scale, and no bar of that last day runs past the grid."""
    from planner.document import Document
    from planner.formats.plan_file import loads
    from tests.core.test_hostile_plans import edge_plan
    from ui.roadmap.export import roadmap_picture
    document = Document(loads(json.dumps(edge_plan("9999-12-31")).encode()))
    for unit in ("week", "month", "quarter", "half", "year"):
        picture = roadmap_picture(document, unit)
        timeline = picture.timeline
        assert picture.range_text().endswith("– 31 Dec 9999"), unit
        bars = [timeline.bar_rect(row.initiative_id) for row in timeline.rows  # a milestone's diamond sits on
                if row.initiative_id and not document.initiative(row.initiative_id).is_milestone]  # its day's edge
        assert bars and all(bar is not None and bar.right() <= timeline.width + 0.5 for bar in bars), unit
        assert all(bar.width() >= max(timeline.px_per_day, 2) - 0.01 for bar in bars), unit  # the whole last day
