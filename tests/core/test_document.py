"""The document: who hears about changes, and when they stop hearing."""

from __future__ import annotations

from planner.document import Document
from planner.edits import SetFields
from planner.samples import sample_plan


class Listener:
    def __init__(self):
        self.heard = []

    def changed(self, change):
        self.heard.append(change.kind)


def test_an_unsubscribed_listener_hears_nothing_more():
    """After unsubscribe (with a fresh bound method, as a closing view passes) no change reaches it."""
    doc = Document(sample_plan())
    listener, other = Listener(), Listener()
    doc.subscribe(after=listener.changed, before=listener.changed)
    doc.subscribe(after=other.changed)
    iid = doc.plan.initiatives[0].id
    doc.apply(SetFields(iid, {"benefit": 2}))
    doc.unsubscribe(after=listener.changed, before=listener.changed)
    doc.apply(SetFields(iid, {"benefit": 3}))
    assert listener.heard == ["fields", "fields"]
    assert other.heard == ["fields", "fields"]


def test_unsubscribing_while_a_change_is_announced_spares_the_others():
    """A listener that unsubscribes itself mid-announcement does not make the next one miss it."""
    doc = Document(sample_plan())
    later = Listener()

    def once(change):
        doc.unsubscribe(after=once)
    doc.subscribe(after=once)
    doc.subscribe(after=later.changed)
    doc.apply(SetFields(doc.plan.initiatives[0].id, {"benefit": 2}))
    assert later.heard == ["fields"]


def test_unsubscribing_an_unknown_listener_is_harmless():
    """Unsubscribing twice, or something never subscribed, changes nothing."""
    doc = Document(sample_plan())
    listener = Listener()
    doc.unsubscribe(after=listener.changed)
    doc.subscribe(after=listener.changed)
    doc.unsubscribe(after=listener.changed)
    doc.unsubscribe(after=listener.changed)
    doc.apply(SetFields(doc.plan.initiatives[0].id, {"benefit": 2}))
    assert listener.heard == []
