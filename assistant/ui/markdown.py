"""Stored text shown through Streamlit's markdown: a speaker named "[click](http://x)" or a
title with `**` must show as typed, not become a link or bold text."""

from __future__ import annotations

import re

from assistant.terminal import one_line

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(text: object) -> str:
    """One line of stored text, safe to put inside markdown (every markdown character escaped)."""
    return _SPECIAL.sub(r"\\\1", one_line(text))
