"""How the core's messages are shown to people."""

from __future__ import annotations


def sentence(message: str) -> str:
    """Return a core message as a sentence: capital first letter, closing full stop."""
    text = message.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class ButtonNames:
    """Names Qt's standard buttons otherwise for the questions asked while it is installed.

    ``QMessageBox.question`` makes its buttons with Qt's own texts; a save question's Discard
    reads "Don't Save" (Dutch "Niet opslaan"), where Qt says "Discard" ("Verwerpen").
    """

    def __init__(self, names: dict[str, str]):
        from PySide6.QtCore import QTranslator

        class Names(QTranslator):
            def translate(self, context, source, disambiguation=None, n=-1):
                return names.get(source) if context == "QPlatformTheme" else None  # None: ask the next
        self.translator = Names()

    def __enter__(self):
        from PySide6.QtCore import QCoreApplication
        QCoreApplication.installTranslator(self.translator)
        return self

    def __exit__(self, *exc):
        from PySide6.QtCore import QCoreApplication
        QCoreApplication.removeTranslator(self.translator)
