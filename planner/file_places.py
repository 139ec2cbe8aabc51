"""Where in a plan file a problem is, said for a person: “Initiative 1 (‘Nulmeting’), benefit”.

The validator names a place as a path into the document (``initiatives[0].benefit``): exact for
someone editing the file and for scripts, which the command line serves. The window shows the
problem to someone who never saw the file's insides, so it names the initiative as they know it.
"""

from __future__ import annotations

import re

from planner.language import N_, _

_PLACE = re.compile(r"^(initiatives|lanes|objectives|audiences|dependencies)\[(\d+)\](?:\.(\w+))?")
_THINGS = {"initiatives": (N_("Initiative {n} (‘{name}’)"), N_("Initiative {n}"), "title"),
           "lanes": (N_("Lane {n} (‘{name}’)"), N_("Lane {n}"), "name"),
           "objectives": (N_("Objective {n} (‘{name}’)"), N_("Objective {n}"), "name"),
           "audiences": (N_("Audience {n} (‘{name}’)"), N_("Audience {n}"), "name"),
           "dependencies": (N_("Dependency {n} ({name})"), N_("Dependency {n}"), None)}

# The fields of lanes, objectives and dependencies; an initiative's are the import's column names.
_FIELDS = {"name": N_("name"), "kind": N_("kind"), "from": N_("from"), "to": N_("to"),
           "lag_days": N_("lag in days"), "kpis": N_("KPIs")}


def person_place(place: str, doc) -> str:
    """``place`` (a path into ``doc``) as a person reads it; a place it does not know stays as it is."""
    found = _PLACE.match(place)
    if found is None or not isinstance(doc, dict):
        return place
    kind, index, key = found.group(1), int(found.group(2)), found.group(3)
    entries = doc.get(kind)
    entry = entries[index] if isinstance(entries, list) and index < len(entries) else None
    named, bare, name_key = _THINGS[kind]
    name = None
    if isinstance(entry, dict):
        if name_key is not None:
            name = entry.get(name_key)
        elif isinstance(entry.get("from"), str) and isinstance(entry.get("to"), str):
            titles = {i.get("id"): i.get("title") for i in doc.get("initiatives") or () if isinstance(i, dict)}

            def title(iid: str) -> str:
                known = titles.get(iid)
                return known.strip() if isinstance(known, str) and known.strip() else iid
            name = f"{title(entry['from'])} → {title(entry['to'])}"
    if isinstance(name, str) and name.strip() and "\n" not in name:
        who = _(named).format(n=index + 1, name=name.strip())
    else:
        who = _(bare).format(n=index + 1)
    if key is None:
        return who
    from planner.formats.plan_import import LABELS
    label = LABELS.get(key) or _FIELDS.get(key)
    return _("{thing}, {field}").format(thing=who, field=_(label) if label else key)


def for_person(error, doc) -> str:
    """The one line the window shows for a PlanFileError raised reading ``doc``."""
    if not error.place:
        return error.problem
    try:
        return f"{person_place(error.place, doc)}: {error.problem}"
    except Exception:  # noqa: BLE001 - a document odd enough to trip this still gets its exact place
        return str(error)
