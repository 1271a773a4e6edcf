"""Stored and imported text shown through Streamlit's Markdown as the text it is.

Names, events, topics, subjects and CSV cells come from the resident or from a file anyone could
have written. Streamlit renders labels, captions, toasts, alerts, expander titles and table
cells as GitHub-flavoured Markdown, so `[click](https://…)` would be a live link and
`![x](http://…/px.png)` a remote image fetched when the page opens. CommonMark lets a backslash
escape every ASCII punctuation character, which defeats links, images, emphasis, HTML, Streamlit's
`:colour[...]` and `:material/...:` directives, LaTeX (`$`) and the bare-URL and e-mail autolinks
(their `://`, `www.` and `@` are broken by the escapes).
"""

from __future__ import annotations

import re

_PUNCTUATION = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def md(text: object) -> str:
    """The text as Markdown that renders exactly these characters, on one line (a line break
    in a name or cell would start a new Markdown block)."""
    value = "" if text is None else str(text)
    return _PUNCTUATION.sub(r"\\\1", _LINE_BREAKS.sub(" ", value))
