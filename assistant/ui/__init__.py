"""Plain-Python helpers behind the Streamlit pages: building the request from form values, the
.eml headers and file names for exports, the order of findings, composing fixes, escaping
Markdown. The editor's JavaScript and CSS are in `static/`.

Nothing here imports Streamlit, so all of it is tested directly and stays fast to import.
"""
