"""The app's pages (run through app.py's navigation) and the Streamlit plumbing they share.

A regular package, so `pages._shared` is found here even if another `pages` module is on the path.
"""
