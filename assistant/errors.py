"""One exception tree, so callers (CLI, app) can map failures to a message and an exit code."""


class OutreachError(Exception):
    """Base class for every error the assistant raises on purpose."""

    exit_code = 1


class ConfigurationError(OutreachError):
    """A setting is missing or invalid (e.g. no OPENAI_API_KEY for the LLM engine)."""


class ModelProviderError(OutreachError):
    """The language model could not be reached or kept failing after retries."""


class InputError(OutreachError):
    """The user's input is unusable: unreadable file, invalid JSON, a wrong or unknown field."""

    exit_code = 2

    def __init__(self, message: str, field: str | None = None) -> None:
        self.field = field
        super().__init__(f"{field}: {message}" if field else message)


class PhiError(InputError):
    """Protected health information was found where it must not go (e.g. toward a hosted model)."""


class EgressBlocked(ModelProviderError):
    """The egress gate stopped a model call: PHI remained in the payload after redaction.

    A ModelProviderError, so `--engine llm` exits 1 and `--engine auto` falls back to the
    offline engine with a notice; nothing was sent."""
