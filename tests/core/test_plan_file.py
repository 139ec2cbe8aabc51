"""Plan files: round trips, deterministic and atomic saving, backups, kept unknown keys."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from hypothesis import given, settings

from planner.formats import plan_file
from planner.model import DEFAULT_QUADRANT_NAMES, Initiative, Plan
from planner.samples import sample_plan
from tests.core.strategies import plans


def minimal(**extra) -> dict:
    return {"format": "benefit-effort-plan", "version": 1, **extra}


@given(plans())
@settings(max_examples=150, deadline=None)
def test_save_then_load_is_the_identity(plan):
    """Any valid plan reads back equal to what was written."""
    assert plan_file.loads(plan_file.dumps(plan).encode("utf-8")) == plan


@given(plans())
@settings(max_examples=50, deadline=None)
def test_output_is_deterministic(plan):
    """Writing a plan that was read back gives byte-identical text."""
    text = plan_file.dumps(plan)
    assert plan_file.dumps(plan_file.loads(text.encode())) == text
    assert text.endswith("}\n")


def test_defaults_fill_a_minimal_file():
    """Only format, version and each initiative's id and title are required."""
    plan = plan_file.loads(json.dumps(minimal(start="2027-01-04", initiatives=[{"id": "a", "title": "A"}])).encode())
    item = plan.initiatives[0]
    assert (plan.scale.min, plan.scale.max, plan.scale.step) == (1, 5, 0.5)
    assert (plan.effort_weights.technical, plan.effort_weights.organisational) == (0.2, 0.8)
    assert plan.benefit_threshold == 3 and plan.effort_threshold == 3
    assert item.decision == "undecided" and item.benefit is None and item.duration_days == 0
    assert item.start is None and item.fixed_start is False and item.lane is None
    assert plan.quadrant_names == DEFAULT_QUADRANT_NAMES


def test_quadrant_names_left_out_take_their_defaults():
    """A file may name some quadrants; the others keep their usual names."""
    plan = plan_file.loads(json.dumps(minimal(quadrant_names={"big_bet": "Moonshots", "fill_in": None})))
    assert plan.quadrant_names == {"quick win": "Quick wins", "big bet": "Moonshots",
                                   "fill-in": "Fill-ins", "money pit": "Money pits"}


def test_custom_quadrant_names_round_trip():
    """Renamed quadrants are written under their file keys, only those renamed, and read back."""
    plan = sample_plan()
    plan.quadrant_names.update({"quick win": "Low-hanging fruit", "money pit": "Sinkholes"})
    text = plan_file.dumps(plan)
    doc = json.loads(text)
    assert doc["quadrant_names"] == {"quick_win": "Low-hanging fruit", "money_pit": "Sinkholes"}
    assert list(doc).index("quadrant_names") == list(doc).index("thresholds") + 1
    again = plan_file.loads(text)
    assert again == plan
    assert plan_file.dumps(again) == text


def test_default_quadrant_names_leave_the_file_as_it_was():
    """A plan with the usual names writes no quadrant_names, so older files keep their exact text."""
    text = plan_file.dumps(sample_plan())
    assert "quadrant_names" not in text
    assert plan_file.dumps(plan_file.loads(text)) == text
    spelled_out = json.loads(text)
    spelled_out["quadrant_names"] = {"quick_win": "Quick wins", "big_bet": "Big bets"}
    assert plan_file.dumps(plan_file.loads(json.dumps(spelled_out))) == text


def test_unknown_keys_survive_a_save(tmp_path):
    """Keys a newer version wrote are kept, at the top level and inside objects."""
    doc = minimal(start="2027-01-04", future={"a": [1, 2]},
                  initiatives=[{"id": "a", "title": "A", "colour": "#f00"}],
                  scale={"min": 1, "max": 5, "labels": ["low", "high"]})
    path = tmp_path / "p.bep"
    path.write_text(json.dumps(doc), encoding="utf-8")
    plan_file.save(plan_file.load(path), path)
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["future"] == {"a": [1, 2]}
    assert again["initiatives"][0]["colour"] == "#f00"
    assert again["scale"]["labels"] == ["low", "high"]


def test_save_keeps_the_previous_file_as_bak(tmp_path):
    """Saving over a plan keeps the old contents in NAME.bep.bak and leaves no temporary files."""
    path = tmp_path / "plan.bep"
    plan = Plan(title="First", start=dt.date(2027, 1, 4))
    plan_file.save(plan, path)
    plan.title = "Second"
    plan_file.save(plan, path)
    assert plan_file.load(path).title == "Second"
    assert plan_file.load(tmp_path / "plan.bep.bak").title == "First"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.bep", "plan.bep.bak"]


def test_failed_save_leaves_the_old_file_intact(tmp_path, monkeypatch):
    """A crash while replacing the file leaves the previous plan readable and no debris."""
    path = tmp_path / "plan.bep"
    plan_file.save(Plan(title="Safe", start=dt.date(2027, 1, 4)), path)

    def broken_replace(src, dst):
        raise OSError("disk gone")

    monkeypatch.setattr(plan_file.os, "replace", broken_replace)
    with pytest.raises(OSError):
        plan_file.save(Plan(title="Lost", start=dt.date(2027, 1, 4)), path)
    monkeypatch.undo()
    assert plan_file.load(path).title == "Safe"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_save_keeps_the_file_mode(tmp_path):
    """Replacing a plan keeps the permissions its owner gave it."""
    path = tmp_path / "plan.bep"
    plan_file.save(Plan(start=dt.date(2027, 1, 4)), path)
    os.chmod(path, 0o640)
    plan_file.save(Plan(start=dt.date(2027, 1, 4)), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_text_is_written_as_utf8_without_escapes(tmp_path):
    """Non-ASCII titles are stored readably, so plans diff well."""
    path = tmp_path / "p.bep"
    plan_file.save(Plan(title="Strategie – ‘Webcare’ €", start=dt.date(2027, 1, 4),
                        initiatives=[Initiative("a", "Café")]), path)
    text = path.read_text(encoding="utf-8")
    assert "Strategie – ‘Webcare’ €" in text and "Café" in text
    assert '\n  "title"' in text  # two-space indentation


def test_utf8_byte_order_mark_is_accepted():
    """A file saved by an editor that adds a BOM still opens."""
    data = "\ufeff".encode() + json.dumps(minimal(start="2027-01-04")).encode()
    assert plan_file.loads(data).start == dt.date(2027, 1, 4)


def test_key_order_is_stable():
    """Top-level keys come in the documented order."""
    text = plan_file.dumps(Plan(start=dt.date(2027, 1, 4)))
    assert list(json.loads(text)) == ["format", "version", "title", "start", "scale", "effort_weights",
                                      "thresholds", "lanes", "initiatives", "dependencies"]
