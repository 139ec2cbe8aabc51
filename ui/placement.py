"""Where the main window opens: sized to the screen on first start, kept on a screen that exists.

The arithmetic is pure (rectangles as ``(x, y, width, height)`` tuples) so it is tested without
a window; ``place`` applies it to a QMainWindow.
"""

from __future__ import annotations

Rect = tuple[int, int, int, int]

FIRST_SHARE = 0.9  # of the screen's available area a first start takes


def first_rect(available: Rect, share: float = FIRST_SHARE) -> Rect:
    """Return a window rectangle taking ``share`` of ``available`` each way, centred on it."""
    x, y, w, h = available
    width, height = int(w * share), int(h * share)
    return x + (w - width) // 2, y + (h - height) // 2, width, height


def _overlap(a: Rect, b: Rect) -> int:
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return max(width, 0) * max(height, 0)


def _distance(a: Rect, b: Rect) -> int:
    """Squared distance between the centres of ``a`` and ``b``."""
    dx = (a[0] * 2 + a[2]) - (b[0] * 2 + b[2])
    dy = (a[1] * 2 + a[3]) - (b[1] * 2 + b[3])
    return dx * dx + dy * dy


def fitted_rect(saved: Rect, screens: list[Rect]) -> Rect:
    """Return ``saved`` moved and shrunk to lie wholly on the screen it overlaps most.

    ``screens`` are the available areas of the screens there are now, the primary first. A window
    remembered on a screen that is gone lands on the nearest one (the primary if equally near).
    """
    if not screens:
        return saved
    best = max(screens, key=lambda s: (_overlap(saved, s), -_distance(saved, s)))
    if _overlap(saved, best) == 0:
        best = min(screens, key=lambda s: _distance(saved, s))
    sx, sy, sw, sh = best
    x, y, w, h = saved
    w, h = min(w, sw), min(h, sh)
    x = min(max(x, sx), sx + sw - w)
    y = min(max(y, sy), sy + sh - h)
    return x, y, w, h


def _tuple(rect) -> Rect:
    return rect.x(), rect.y(), rect.width(), rect.height()


def place(window, geometry, state) -> None:
    """Restore ``geometry`` and ``state`` (saved bytes, or None on a first start) onto the screens there are.

    Qt's restoreGeometry already pulls a window back onto a screen on most platforms; the
    fitting after it makes sure of it wherever that check is missing or lets part hang off.
    """
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    if geometry is None or not window.restoreGeometry(geometry):
        if screen is not None:
            window.setGeometry(QRect(*first_rect(_tuple(screen.availableGeometry()))))
        return
    if state is not None:
        window.restoreState(state)
    if window.isMaximized() or window.isFullScreen():
        return
    primary = QGuiApplication.primaryScreen()
    screens = [primary] + [s for s in QGuiApplication.screens() if s is not primary]
    areas = [_tuple(s.availableGeometry()) for s in screens if s is not None]
    # The frame (title bar, borders) must fit too; its size is known only once shown, so the
    # remembered frame geometry's margins stand in for it.
    frame, inner = window.frameGeometry(), window.geometry()
    left, top = inner.x() - frame.x(), inner.y() - frame.y()
    right, bottom = frame.width() - inner.width() - left, frame.height() - inner.height() - top
    x, y, w, h = fitted_rect(_tuple(frame), areas)
    fitted = QRect(x + left, y + top, w - left - right, h - top - bottom)
    if fitted != inner:
        window.setGeometry(fitted)
