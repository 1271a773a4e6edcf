"""The security suite reuses the drafting tests' real OpenAI-compatible server on 127.0.0.1."""

from tests.drafting.conftest import fake_openai, llm_settings

__all__ = ["fake_openai", "llm_settings"]
