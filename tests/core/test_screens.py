"""Choosing the screen a presentation goes to, from plain (name, geometry) data."""

from __future__ import annotations

from planner.screens import choose_screen, unique_names

LAPTOP = ("eDP-1", (0, 0, 1366, 768))
BEAMER = ("HDMI-1", (1366, 0, 1024, 768))
MONITOR = ("DP-2", (2390, 0, 1920, 1080))


def test_one_screen_presents_on_the_windows_own():
    """With a single screen the slide goes where the window is."""
    assert choose_screen([LAPTOP], "eDP-1") == "eDP-1"


def test_a_second_screen_takes_the_slide():
    """With a beamer connected the slide goes to it, not to the window's screen."""
    assert choose_screen([LAPTOP, BEAMER], "eDP-1") == "HDMI-1"
    assert choose_screen([BEAMER, LAPTOP], "eDP-1") == "HDMI-1"


def test_a_remembered_screen_wins_while_it_is_connected():
    """The user's choice is kept, even the window's own screen; a screen not connected is passed over."""
    assert choose_screen([LAPTOP, BEAMER, MONITOR], "eDP-1", "DP-2") == "DP-2"
    assert choose_screen([LAPTOP, BEAMER], "eDP-1", "eDP-1") == "eDP-1"
    assert choose_screen([LAPTOP, BEAMER], "eDP-1", "DP-2") == "HDMI-1"


def test_a_mirror_of_the_windows_screen_is_no_second_screen():
    """A screen showing the same area as the window's (mirrored) does not take the slide."""
    mirror = ("HDMI-1", LAPTOP[1])
    assert choose_screen([LAPTOP, mirror], "eDP-1") == "eDP-1"


def test_no_screens_or_an_unknown_window_screen():
    """No screens gives None; a window on no known screen presents on another screen, or the first."""
    assert choose_screen([], "eDP-1") is None
    assert choose_screen([LAPTOP, BEAMER], None) == "eDP-1"


def test_screen_names_are_made_unique_and_never_empty():
    """Alike or empty names get a number, so a remembered name points at one screen."""
    assert unique_names(["screen", "screen", "HDMI-1"]) == ["screen", "screen (2)", "HDMI-1"]
    assert unique_names(["", " "]) == ["Screen 1", "Screen 2"]
