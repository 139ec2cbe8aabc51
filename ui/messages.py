"""How the core's messages are shown to people."""

from __future__ import annotations


def sentence(message: str) -> str:
    """Return a core message as a sentence: capital first letter, closing full stop."""
    text = message.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
