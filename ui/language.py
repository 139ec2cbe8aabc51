"""One language setting for the window and the core: Qt's catalog, QLocale, and planner.language.

The window's texts are marked with ``self.tr``/``QCoreApplication.translate`` and compiled to
``resources/translations/window.LANG.qm`` (see tools/translations.py); Qt's own texts (standard
buttons, the undo stack's prefixes) come from the ``qtbase`` catalog PySide6 ships. The setting
is "" (follow the system) or a language code, remembered in QSettings under ``SETTING``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from planner import language as core_language

SETTING = "language"
# The locale dates and numbers follow for each language: "3,5" and "4 jan 2027" in Dutch.
LOCALES = {"en": (QLocale.Language.English, QLocale.Country.UnitedStates),
           "nl": (QLocale.Language.Dutch, QLocale.Country.Netherlands)}

_installed: list[QTranslator] = []

# Qt's own texts its Dutch catalog lacks (Qt 6 added the mnemonics): listed here so they are
# extracted into the window's catalog, which Qt asks when its own has no answer.
QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def system_language() -> str:
    """Return the language the system locale asks for, English when it is neither."""
    for tag in QLocale.system().uiLanguages():
        if code := core_language.supported(tag):
            return code
    return "en"


def preferred(settings: QSettings | None = None) -> str:
    """Return the language to show: the Preferences choice, or the system's."""
    value = (settings or QSettings()).value(SETTING, "", str)
    return value if value in core_language.LANGUAGES else system_language()


def apply(language: str) -> None:
    """Show the window, Qt's own texts, dates and numbers and the core's messages in ``language``.

    Installing or removing a translator sends every widget a LanguageChange event, so windows
    that are open retranslate themselves.
    """
    app = QCoreApplication.instance()
    language = language if language in core_language.LANGUAGES else "en"
    core_language.use(language)
    QLocale.setDefault(QLocale(*LOCALES[language]))
    _relocate(app)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return
    ours = QTranslator(app)
    path = core_language.catalog_path(language, "window", "qm")
    if path.is_file() and ours.load(str(path)):
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)


def _relocate(app) -> None:
    """Give open windows the new default locale: a widget keeps the one it had when made.

    Their children inherit it, so number and date boxes made again in them write "3,5" too.
    """
    if app is None or not hasattr(app, "topLevelWidgets"):
        return  # no widgets: a picture rendered from the command line
    for window in app.topLevelWidgets():
        window.unsetLocale()
