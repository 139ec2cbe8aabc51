"""argparse's own words ("usage:", "options", "invalid choice: …") in the language in use.

Python ships no Dutch catalog for argparse, which looks its texts up through the module-level
``_`` and ``ngettext`` it imported from gettext. ``install`` points those at the core's catalog;
the texts below are listed so the catalog's extractor finds them (they are argparse's exact
msgids, the ones a user can meet; the ones only a programmer's mistake raises are left out).
"""

from __future__ import annotations

import argparse

from planner import language
from planner.language import N_

ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
)


def install() -> None:
    """Make argparse speak the core's language from now on (it follows ``language.use``)."""
    argparse._ = language._
    argparse.ngettext = language.ngettext
