"""The screens presentation mode can use, the View ▸ Present on menu, and the remembered choice."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu

from planner.screens import choose_screen, unique_names

SETTING = "presentation/screen"  # a screen's name; empty for "another screen when there is one"
AUTOMATIC = QT_TRANSLATE_NOOP("Matrix", "Automatic: another screen when there is one")


def named_screens(screens: list[QScreen] | None = None) -> dict[str, QScreen]:
    """Return the connected screens by a name unique among them, in Qt's order."""
    screens = QGuiApplication.screens() if screens is None else screens
    return dict(zip(unique_names([s.name() for s in screens]), screens))


def presentation_screens(window_screen: QScreen | None, settings,
                         screens: list[QScreen] | None = None) -> tuple[QScreen | None, QScreen | None]:
    """Return (the slide's screen, the presenter view's screen or None when both share one)."""
    named = named_screens(screens)
    home = next((name for name, screen in named.items() if screen is window_screen), None)
    chosen = choose_screen([(name, _geometry(s)) for name, s in named.items()], home,
                           settings.value(SETTING, "", type=str) or None)
    if chosen is None:
        return window_screen, None
    slide = named[chosen]
    return slide, (window_screen if window_screen is not None and slide is not window_screen else None)


def fill_screen_menu(menu: QMenu, window_screen: QScreen | None, settings) -> None:
    """List Automatic and every screen in ``menu``, the remembered one checked; choosing remembers it."""
    menu.clear()
    group = QActionGroup(menu)
    remembered = settings.value(SETTING, "", type=str)
    named = named_screens()
    if remembered not in named:
        remembered = ""
    for name, screen in [("", None)] + list(named.items()):
        if screen is None:
            text = QCoreApplication.translate("Matrix", AUTOMATIC)
        else:
            size = screen.geometry()
            text = f"{name} ({size.width()}×{size.height()})" + (
                QCoreApplication.translate("Matrix", " — this window") if screen is window_screen else "")
        action = menu.addAction(text.replace("&", "&&"))
        action.setCheckable(True)
        action.setChecked(name == remembered)
        action.triggered.connect(lambda checked=False, n=name: settings.setValue(SETTING, n))
        group.addAction(action)
        if screen is None:
            menu.addSeparator()


def _geometry(screen: QScreen) -> tuple[int, int, int, int]:
    g = screen.geometry()
    return g.x(), g.y(), g.width(), g.height()
