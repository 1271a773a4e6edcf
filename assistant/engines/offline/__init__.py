"""The offline engine package: parse -> plan -> realise (see `engine`)."""

from assistant.engines.offline.engine import OfflineEngine

__all__ = ["OfflineEngine"]
