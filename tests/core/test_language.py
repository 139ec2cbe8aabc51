"""The core picks its language from --lang or the environment and speaks it."""

from __future__ import annotations

import pytest

from planner import language


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "nl_NL.UTF-8"}, "nl"),
    ({"LANG": "nl_BE.UTF-8"}, "nl"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": ""}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "en_GB.UTF-8", "LC_ALL": "nl_NL.UTF-8"}, "nl"),
    ({"LANG": "nl_NL.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:nl:en"}, "nl"),
    ({"LANG": "C", "LANGUAGE": "nl"}, "en"),
    ({"LANGUAGE": "nl"}, "en"),
])
def test_language_follows_the_environment_as_gettext_reads_it(environ, expected):
    """LC_ALL, LC_MESSAGES, LANG and LANGUAGE choose as gettext would; anything else is English."""
    assert language.from_environment(environ) == expected


@pytest.mark.parametrize(("tag", "expected"), [
    ("nl", "nl"), ("nl-NL", "nl"), ("nl_BE.UTF-8", "nl"), ("NL", "nl"), ("en-US", "en"),
    ("fr_FR", None), ("", None), (None, None), ("nl@euro", "nl"),
])
def test_supported_reads_locale_tags(tag, expected):
    """Qt's and POSIX's ways of writing a locale both name a language the app has, or none."""
    assert language.supported(tag) == expected


def test_use_switches_and_an_unknown_language_means_english():
    """use("nl") is current until use("en"); a language the app lacks falls back to English."""
    try:
        language.use("nl")
        assert language.current() == "nl"
        language.use("fr")
        assert language.current() == "en"
        assert language._("Month") == "Month"
    finally:
        language.use("en")
