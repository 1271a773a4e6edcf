"""Stored and imported text shown through Streamlit's Markdown as the text it is.

Names, events, topics, subjects, speakers and CSV cells come from the resident or from a file
anyone could have written. Streamlit renders labels, captions, toasts, alerts, expander titles
and table cells as GitHub-flavoured Markdown, so `[click](https://…)` would be a live link and
`![x](http://…/px.png)` a remote image fetched when the page opens. CommonMark lets a backslash
escape any ASCII punctuation character: every one that Markdown, HTML or Streamlit's directives
give a meaning is escaped, which defeats links, images, emphasis, HTML, `:colour[...]` and
`:material/...:` directives, LaTeX (`$`) and the bare-URL and e-mail autolinks (their `:`, `.`
and `@` are broken by the escapes). The text is put on one line without terminal controls first
(a line break in a name would start a new Markdown block).
"""

from __future__ import annotations

from assistant.terminal import one_line
from assistant.text.patterns import lazy

# Every ASCII punctuation character but '/', which means nothing on its own.
_SPECIAL = lazy(r"""([!"#$%&'()*+,\-.:;<=>?@\[\\\]^_`{|}~])""")


def md(text: object) -> str:
    """One line of stored text, safe to put inside Markdown; None is empty."""
    return _SPECIAL.sub(r"\\\1", one_line("" if text is None else text))
