"""Plain-Python helpers behind the Streamlit pages: building the request from form values,
exporting a draft (.txt, .eml, mailto:), highlighting findings, applying suggestions.

Nothing here imports Streamlit, so all of it is tested directly and stays fast to import.
"""
