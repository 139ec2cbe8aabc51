"""Which screen a presentation goes to: the choice, made without Qt so it is tested as plain data.

A screen is (name, geometry) with geometry (x, y, width, height) in desktop pixels. Presenting
with a second screen puts the slide there (a beamer) and keeps the window's screen for the
presenter; a choice the user made is remembered by the screen's name.
"""

from __future__ import annotations

Geometry = tuple[int, int, int, int]
Screen = tuple[str, Geometry]


def unique_names(names: list[str]) -> list[str]:
    """Return ``names`` made distinct, and never empty: a repeated name gets " (2)", " (3)" …

    Some systems call every screen alike (two X screens are both "screen", the off-screen
    platform's is ""), and a remembered choice must still name one of them.
    """
    result, seen = [], {}
    for number, name in enumerate(names, 1):
        name = name.strip() or f"Screen {number}"
        seen[name] = seen.get(name, 0) + 1
        result.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return result


def choose_screen(screens: list[Screen], window_screen: str, remembered: str | None = None) -> str | None:
    """Return the name of the screen to present on; None when there are no screens.

    The remembered screen while it is connected; else the first screen other than the window's,
    leaving out one that shows the same area (a mirror is no second screen); else the window's.
    """
    names = [name for name, _ in screens]
    if remembered in names:
        return remembered
    home = dict(screens).get(window_screen)
    for name, geometry in screens:
        if name != window_screen and geometry != home:
            return name
    if window_screen in names:
        return window_screen
    return names[0] if names else None
