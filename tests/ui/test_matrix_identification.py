"""Every marker named, never misnamed: the painted layout as `render --layout-json` writes it."""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys

import pytest
from PySide6.QtGui import QUndoStack

from planner.document import Document
from planner.formats.plan_file import save
from planner.model import Initiative, Plan
from planner.samples import sample_plan
from ui.matrix.export import matrix_scene
from ui.matrix.layout_record import layout_record
from ui.matrix.presentation import PresentationWindow
from ui.matrix.theme import LARGEST_LABEL_STEP, SMALLEST_LABEL_STEP

SIZES = [(1024, 768), (1366, 768), (1920, 1080)]
WORDS = ("social", "campaign", "community", "research", "content", "video", "newsletter", "partner",
         "webcare", "dashboard", "training", "influencer", "platform", "measurement", "guideline")


def _title(rng: random.Random, long: bool) -> str:
    words = []
    while len(" ".join(words)) < (120 if long else rng.randint(8, 40)):
        words.append(rng.choice(WORDS))
    return " ".join(words).capitalize()[:120 if long else 60].strip()


def dense_plan(seed: int = 3) -> Plan:
    """A crowded plan: 40 quick wins, six initiatives at one point, every fifth title 120 characters long."""
    rng = random.Random(seed)
    items = []
    for k in range(40):  # all in the quick wins: high benefit, low effort
        effort = rng.choice([1, 1.5, 2, 2.5])
        items.append(Initiative(f"q{k}", _title(rng, k % 5 == 0), benefit=rng.choice([3.5, 4, 4.5, 5]),
                                technical_effort=effort, organisational_effort=effort,
                                decision=rng.choice(["build", "join", "undecided"])))
    for k in range(6):  # six at one point among the money pits
        items.append(Initiative(f"same{k}", _title(rng, k == 0), benefit=2, technical_effort=4,
                                organisational_effort=4, decision="ignore"))
    return Plan(title="Dense plan", initiatives=items)


def _overlap(a, b, slack=0.5) -> bool:
    """Whether boxes [x, y, w, h] share more than a hair of area."""
    return (min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]) > slack
            and min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]) > slack)


def _distance(point, box) -> float:
    dx = max(box[0] - point[0], 0, point[0] - box[0] - box[2])
    dy = max(box[1] - point[1], 0, point[1] - box[1] - box[3])
    return math.hypot(dx, dy)


def check_layout(record: dict) -> None:
    """Assert what a room must be able to trust in the painted layout.

    A label or number without a leader line is nearer its own marker than any other by a
    marker's diameter, and by two for a marker on its line of text (just before or after it).
    """
    markers = record["initiatives"]
    keyed = {entry["number"]: entry for entry in record["key"]}
    boxes = []
    for m in markers:
        label, number = m["label"], m["number"]
        assert (label is None) != (number is None), m["id"]  # named once: by its title or by a number
        if number is not None:
            entry = keyed[number["n"]]  # the key lists it ...
            assert number["text"] == str(number["n"])
            words = entry["text"].rstrip("…").split()
            assert m["title"].split()[:len(words) - 1] == words[:-1], (m["title"], entry["text"])  # ... by its title
            boxes.append((m["id"], number["box"], number["leader"]))
        else:
            shown = " ".join(label["lines"]).rstrip("…")
            assert m["title"].startswith(shown.split(" ")[0]), (m["title"], label["lines"])
            boxes.append((m["id"], label["box"], label["leader"]))
    assert record["unnamed"] == 0
    assert len(keyed) == len(record["key"]) and all(n >= 1 for n in keyed)  # one entry per number
    centres = {m["id"]: m["centre"] for m in markers}
    r = markers[0]["radius"] if markers else 0
    numbered = {m["id"] for m in markers if m["number"]}
    for i, (iid, box, leader) in enumerate(boxes):
        for other_id, other, _ in boxes[i + 1:]:
            assert not _overlap(box, other), (iid, other_id)
        own = _distance(centres[iid], box)
        for other_id, centre in centres.items():
            if other_id != iid or iid not in numbered:  # a number may sit on its own marker's rim
                assert not _overlap(box, [centre[0] - r, centre[1] - r, 2 * r, 2 * r]), (iid, "covers", other_id)
            if leader is None and other_id != iid and centre != centres[iid]:
                on_line = box[1] - r * 1.25 < centre[1] < box[1] + box[3] + r * 1.25
                margin = 2 * r * (2 if on_line else 1)
                # 1.5 px: the text is drawn a pixel inside the box it was placed by
                assert _distance(centre, box) + 1.5 >= own + margin, (iid, "reads as", other_id)
        for (x1, y1), (x2, y2) in record["thresholds"]:
            line = [min(x1, x2) - 1, min(y1, y2) - 1, abs(x2 - x1) + 2, abs(y2 - y1) + 2]
            assert not _overlap(box, line, slack=0), (iid, "crosses a threshold")
        for name in record["quadrant_names"]:
            assert not _overlap(box, name["box"]), (iid, "covers", name["text"])
    entries = [e["box"] for e in record["key"]]
    for i, a in enumerate(entries):
        assert a[3] > 0 and all(not _overlap(a, b) for b in entries[i + 1:])
        assert all(not _overlap(a, box) for _, box, _ in boxes)
        assert a[0] + a[2] <= record["size"][0] + 0.5 and a[1] + a[3] <= record["size"][1] + 0.5
        assert a[0] >= 0 and a[1] >= 0
    assert all(e["font_px"] >= 12 for e in record["key"]), "a key entry too small to read"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("presentation", [False, True])
@pytest.mark.parametrize("plan", [sample_plan, dense_plan])
def test_every_marker_is_named_by_its_own_label_or_number(qapp, plan, presentation, size):
    """Sample and dense plans at three screen sizes: every marker has its label or a keyed number, none misread."""
    scene = matrix_scene(Document(plan()), *size, presentation=presentation)
    record = layout_record(scene, presentation)
    assert len(record["initiatives"]) == len(scene.markers) > 0
    check_layout(record)
    if presentation:
        assert record["label_font_px"] >= size[1] / 40
    if plan is dense_plan:
        assert record["key"] and any(len(m["label"]["lines"]) == 2 for m in record["initiatives"] if m["label"])


@pytest.mark.parametrize("plan", [sample_plan, dense_plan])
@pytest.mark.parametrize("size", SIZES)
def test_all_labels_titles_at_least_as_many_and_misnames_none(qapp, size, plan):
    """With all_labels on, far spots with leader lines title at least as many markers, and nothing is misread."""
    scene = matrix_scene(Document(plan()), *size, presentation=True)
    calm = set(scene.labels)
    scene.all_labels = True
    scene.place_labels()
    record = layout_record(scene, True)
    check_layout(record)
    assert record["all_labels"] and len(scene.labels) >= len(calm)


def test_all_labels_reaches_far_for_a_title_on_the_beamer(qapp):
    """On the sample at 1024 × 768, all_labels titles a marker the calm slide numbers, by a leader line."""
    scene = matrix_scene(Document(sample_plan()), 1024, 768, presentation=True)
    calm = set(scene.labels)
    scene.all_labels = True
    scene.place_labels()
    gained = set(scene.labels) - calm
    assert gained and any(scene.labels[iid][1] is not None for iid in gained)


def test_a_spotlit_marker_gets_its_title_and_the_others_keep_their_numbers(qapp):
    """Spotlighting a numbered marker gives it its full title; the others stay named, by the same numbers."""
    scene = matrix_scene(Document(dense_plan()), 1920, 1080, presentation=True)
    before = {iid: n for iid, (n, _, _) in scene.numbers.items()}
    assert list(range(1, len(before) + 1)) == sorted(before.values())
    numbered = next(iter(scene.numbers))
    scene.set_spotlight(numbered)
    assert numbered in scene.labels and numbered not in scene.numbers
    after = {iid: n for iid, (n, _, _) in scene.numbers.items()}
    assert all(after[iid] == before[iid] for iid in after if iid in before)
    record = layout_record(scene, True)
    assert record["unnamed"] == 0 and len(record["key"]) == len(scene.numbers)
    assert all((m["label"] is None) != (m["number"] is None) for m in record["initiatives"])


def test_render_writes_the_layout_json_and_refuses_it_for_the_roadmap(qapp, tmp_path):
    """`render --layout-json` writes the painted layout; a missing folder is an error, the roadmap a usage error."""
    plan_path = tmp_path / "dense.bep"
    save(dense_plan(), plan_path)
    command = [sys.executable, "-m", "ui.cli", "render", str(plan_path), "--view", "matrix", "--presentation",
               "--size", "1366x768", "-o", str(tmp_path / "m.png"), "--layout-json", str(tmp_path / "m.json")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    record = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert record["size"] == [1366, 768] and record["presentation"] is True
    assert len(record["initiatives"]) == 46 and len(record["quadrant_names"]) == 4 and len(record["thresholds"]) == 2
    check_layout(record)
    nowhere = tmp_path / "missing" / "m.json"
    failed = subprocess.run(command[:-1] + [str(nowhere)], capture_output=True, text=True, timeout=120, check=False)
    assert failed.returncode == 1 and f"{nowhere}: cannot write the file (no such folder)" in failed.stderr
    command[6] = "roadmap"
    refused = subprocess.run(command[:7] + ["-o", str(tmp_path / "r.png"), "--layout-json", str(tmp_path / "r.json")],
                             capture_output=True, text=True, timeout=120, check=False)
    assert refused.returncode == 2 and "--layout-json: only for --view matrix" in refused.stderr
    assert not (tmp_path / "r.json").exists()


def _presenting(qtbot, plan: Plan, size: tuple[int, int]) -> PresentationWindow:
    """The real presentation window at ``size``: its view shorter than the screen by the caption strip."""
    window = PresentationWindow(Document(plan), QUndoStack())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.view.viewport().height() < size[1]
    return window


def _titled(window: PresentationWindow) -> int:
    return len(window.scene.labels)


@pytest.mark.parametrize("size", SIZES)
def test_the_presentation_window_names_every_marker_at_every_label_size(qtbot, size):
    """F5 on the sample: at each label size, L on and off, every marker titled or keyed, none misread."""
    window = _presenting(qtbot, sample_plan(), size)
    for step in (0, SMALLEST_LABEL_STEP, LARGEST_LABEL_STEP):
        window.set_label_step(step)
        for all_labels in (True, False):
            window.set_all_labels(all_labels)
            record = layout_record(window.scene, True)
            assert len(record["initiatives"]) == 20
            check_layout(record)
            if step == 0:  # the key as large as the labels' promise, 1/40 of the screen, where it has the room
                assert all(e["font_px"] >= size[1] / 40 for e in record["key"]) or size[0] < 1366


@pytest.mark.parametrize("size", SIZES)
def test_every_spotlit_marker_of_the_sample_gets_its_title(qtbot, size):
    """Stepping the spotlight through the sample titles each marker in turn, on no marker and across no line."""
    window = _presenting(qtbot, sample_plan(), size)
    for iid in window.order():
        window.spotlight(iid)
        assert iid in window.scene.labels and iid not in window.scene.numbers
        check_layout(layout_record(window.scene, True))


@pytest.mark.parametrize("size", SIZES)
def test_the_presentation_window_names_every_marker_of_a_crowded_plan(qtbot, size):
    """F5 on 40 quick wins with long titles and six at one point: every marker named, numbers never piled up."""
    window = _presenting(qtbot, dense_plan(), size)
    for step in (0, LARGEST_LABEL_STEP):
        window.set_label_step(step)
        for all_labels in (True, False):
            window.set_all_labels(all_labels)
            check_layout(layout_record(window.scene, True))


@pytest.mark.parametrize("size", SIZES)
def test_a_spotlit_crowded_marker_shows_its_title_on_no_marker_and_across_no_line(qtbot, size):
    """Spotlighting markers in the crowd titles each, over no marker or threshold, and drops its number.

    On smaller screens the crowd may leave no room in the quick wins for a title, and the spotlit
    keeps its number there (the caption names it in large type) rather than push numbers onto markers.
    """
    window = _presenting(qtbot, dense_plan(), size)
    crowd = [iid for iid in window.scene.numbers if iid.startswith("q")][:4]
    for iid in crowd + ["same3"]:
        window.spotlight(iid)
        record = layout_record(window.scene, True)
        check_layout(record)
        spot = next(m for m in record["initiatives"] if m["id"] == iid)
        assert spot["label"] is not None or size[0] < 1920
        assert window.heading.text().rstrip("…") in spot["title"]


def test_isolated_markers_get_their_titles_beside_a_crowd(qtbot):
    """With a crowd in the quick wins, the lone markers elsewhere still get their titles, not numbers."""
    plan = dense_plan()
    plan.initiatives += [Initiative("pit1", "Own app", benefit=1.5, technical_effort=3.8, organisational_effort=3.8),
                         Initiative("pit2", "Print ads", benefit=1.3, technical_effort=4.7, organisational_effort=4.7)]
    window = _presenting(qtbot, plan, (1024, 768))
    assert {"pit1", "pit2"} <= set(window.scene.labels)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_l_titles_more_markers_and_says_how_many_stay_numbered(qtbot, size):
    """At the largest labels L titles markers the calm slide numbers, and the notice counts those still numbered."""
    window = _presenting(qtbot, sample_plan(), size)
    window.set_label_step(LARGEST_LABEL_STEP)
    calm = _titled(window)
    window.set_all_labels(True)
    assert _titled(window) > calm
    numbered = len(window.scene.numbers)
    assert window.notice.text().startswith(f"All labels shown · {numbered} still numbered" if numbered
                                           else "All labels shown")
    window.set_all_labels(False)
    assert _titled(window) == calm


def test_a_picture_too_small_for_every_name_says_so_without_pointing_at_hover(qapp):
    """On paper nothing can be hovered: the key's last line counts the unnamed and says why, in a picture only."""
    from benchmarks.generate_plan import synthetic_plan
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    scene = matrix_scene(Document(synthetic_plan(400, seed=3)), 1024, 768)
    last = [item.text() for item in scene.items()
            if isinstance(item, QGraphicsSimpleTextItem) and item.text().startswith("+")]
    assert last and "hover" not in last[0] and last[0].endswith("more: no room for names")
