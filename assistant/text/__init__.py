"""The one text toolkit: sentences, words, names and contact-detail patterns.

Every part of the assistant (checks, PHI guard, draft guard, engines, index, storage) splits,
folds and matches text through these modules, so a fix here reaches them all. Standard library
only: importing it costs nothing at `outreach check` start-up.
"""
