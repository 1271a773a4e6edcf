"""Outreach Assistant: drafts and checks networking messages for medical residents."""

__version__ = "0.1.0"
