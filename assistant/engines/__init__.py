"""Drafting engines: one interface (`Engine`), two implementations.

`OfflineEngine` composes deterministically from the request and the retrieved principles;
`LLMEngine` asks any OpenAI-compatible chat model. Both are imported lazily by the drafting
service so that the offline path never imports langchain.
"""

from assistant.engines.base import Composition, Engine

__all__ = ["Composition", "Engine"]
