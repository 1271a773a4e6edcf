"""The one settings object, read from the environment and a `.env` file.

Secrets are `SecretStr`: they never appear in a repr, a log line or the app.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.text.patterns import lazy

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    data_dir: Path = Field(Path(".data"), validation_alias=_env("OUTREACH_DATA_DIR", "data_dir"))
    knowledge_dir: Path = Field(
        PROJECT_ROOT / "knowledge",
        validation_alias=_env("OUTREACH_KNOWLEDGE_DIR", "knowledge_dir"),
    )
    prompts_dir: Path = Field(
        PROJECT_ROOT / "prompts", validation_alias=_env("OUTREACH_PROMPTS_DIR", "prompts_dir")
    )
    collection: str = Field(
        "principles", validation_alias=_env("OUTREACH_COLLECTION", "collection")
    )
    chroma_host: str | None = Field(None, validation_alias=_env("CHROMA_HOST", "chroma_host"))
    chroma_port: int = Field(8000, validation_alias=_env("CHROMA_PORT", "chroma_port"))
    embeddings: Literal["local", "openai"] = Field(
        "local", validation_alias=_env("OUTREACH_EMBEDDINGS", "embeddings")
    )
    openai_api_key: SecretStr | None = Field(
        None, validation_alias=_env("OPENAI_API_KEY", "openai_api_key")
    )
    openai_base_url: str | None = Field(
        None, validation_alias=_env("OPENAI_BASE_URL", "openai_base_url")
    )
    model: str = Field("gpt-4o-mini", validation_alias=_env("OUTREACH_MODEL", "model"))
    request_timeout: float = Field(
        30.0, validation_alias=_env("OUTREACH_REQUEST_TIMEOUT", "request_timeout")
    )
    max_retries: int = Field(3, validation_alias=_env("OUTREACH_MAX_RETRIES", "max_retries"))
    # One deadline for everything a draft asks of the model (first answer, retries, revision),
    # streaming included; a request never outlives it, however slowly a server answers.
    draft_deadline: float = Field(
        60.0, gt=0, validation_alias=_env("OUTREACH_DRAFT_DEADLINE", "draft_deadline")
    )
    # The model's context window in tokens: prompts are trimmed (principles and notes, never the
    # request's facts) so that the first answer and its revision round both fit.
    model_context: int = Field(
        8192, ge=1024, validation_alias=_env("OUTREACH_MODEL_CONTEXT", "model_context")
    )
    # Have a local server (OPENAI_BASE_URL) read the system message while a first draft is
    # still loading the index and embedder (assistant.engines.llm_warm); off: the draft's own
    # request is the server's first.
    warm_up: bool = Field(True, validation_alias=_env("OUTREACH_WARM_UP", "warm_up"))
    # The largest answer read from a model server; anything bigger is a model error.
    max_answer_bytes: int = Field(
        2_000_000, ge=10_000,
        validation_alias=_env("OUTREACH_MAX_ANSWER_BYTES", "max_answer_bytes"),
    )
    # A server asking (Retry-After) for a longer wait than this is reported, not waited for.
    retry_after_cap: float = Field(
        20.0, ge=0, validation_alias=_env("OUTREACH_RETRY_AFTER_CAP", "retry_after_cap")
    )
    linkedin_tier: Literal["free", "premium"] = Field(
        "free", validation_alias=_env("OUTREACH_LINKEDIN_TIER", "linkedin_tier")
    )
    database_url: str | None = Field(
        None, validation_alias=_env("DATABASE_URL", "database_url")
    )
    update_months: int = Field(
        3, validation_alias=_env("OUTREACH_UPDATE_MONTHS", "update_months")
    )
    user: str = Field(
        "local", min_length=1, max_length=200, validation_alias=_env("OUTREACH_USER", "user")
    )
    trusted_user_header: str | None = Field(
        None, validation_alias=_env("OUTREACH_TRUSTED_USER_HEADER", "trusted_user_header")
    )
    import_max_mb: float = Field(
        20.0, gt=0, validation_alias=_env("OUTREACH_IMPORT_MAX_MB", "import_max_mb")
    )
    import_max_rows: int = Field(
        50_000, gt=0, validation_alias=_env("OUTREACH_IMPORT_MAX_ROWS", "import_max_rows")
    )

    # Input caps (README): a megabyte of text is checked in seconds; 50 MB took 104 s.
    check_max_bytes: int = Field(
        2_000_000, gt=0, validation_alias=_env("OUTREACH_CHECK_MAX_BYTES", "check_max_bytes")
    )
    phi_max_bytes: int = Field(
        2_000_000, gt=0, validation_alias=_env("OUTREACH_PHI_MAX_BYTES", "phi_max_bytes")
    )
    phi_batch_max_bytes: int = Field(
        20_000_000, gt=0,
        validation_alias=_env("OUTREACH_PHI_BATCH_MAX_BYTES", "phi_batch_max_bytes"),
    )
    draft_max_bytes: int = Field(
        256_000, gt=0, validation_alias=_env("OUTREACH_DRAFT_MAX_BYTES", "draft_max_bytes")
    )

    @field_validator("openai_api_key", mode="before")
    @classmethod
    def _clean_key(cls, value: Any) -> Any:
        """A key pasted with a newline or spaces around it is the same key; a key with a
        character outside ASCII cannot go in an HTTP header, so it is a configuration error."""
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        if not isinstance(value, str):
            return value
        value = value.strip()
        if not value:
            return None
        if not value.isascii() or not value.isprintable() or any(c.isspace() for c in value):
            # The value itself is never echoed (see get_settings).
            raise ValueError("the key holds a character that is not printable ASCII (a "
                             "typographic quote or dash, or a space inside it?)")
        return value

    @field_validator("openai_base_url", "database_url", mode="before")
    @classmethod
    def _clean_url(cls, value: Any) -> Any:
        if isinstance(value, str):
            return value.strip() or None
        return value

    def __repr_args__(self) -> Any:
        """URLs may hold a password or a key in their query string: never shown in a repr."""
        for name, value in super().__repr_args__():
            yield name, masked_url(value) if name in URL_SETTINGS else value

    @property
    def llm_configured(self) -> bool:
        """A model is configured when a key is set, or a base URL (local servers need no key)."""
        return bool(self.openai_api_key) or bool(self.openai_base_url)

    @property
    def linkedin_note_limit(self) -> int:
        """LinkedIn's connection-note limit: 200 characters on a free account, 300 on Premium."""
        return 300 if self.linkedin_tier == "premium" else 200

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'outreach.db').resolve()}"


URL_SETTINGS = ("openai_base_url", "database_url")


def masked_url(url: str | None) -> str | None:
    """`url` fit to print, store or show: the credentials (everything between `://` and the
    last `@`) and the query string and fragment (a key may ride in `?api-key=...`) become
    `***`; scheme, host, port and path stay, so a message still says where. Done on the
    string rather than a parsed URL, so a password holding `/`, `?` or `#` is masked too."""
    if url is None:
        return None
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    if "@" in rest:
        rest = "***@" + rest.rsplit("@", 1)[1]
    cut = min((i for i in (rest.find("?"), rest.find("#")) if i != -1), default=-1)
    if cut != -1:
        rest = rest[:cut + 1] + "***"
    return f"{scheme}{sep}{rest}"


_URL_IN_TEXT = lazy(r"\b[a-z][a-z0-9+.-]*://[^\s'\"<>]+", re.IGNORECASE)


def scrub_urls(text: str) -> str:
    """Every URL in a message (an exception's text, a notice) passed through `masked_url`, for
    messages built elsewhere (a client library's error) that may quote a configured URL."""
    return _URL_IN_TEXT.sub(lambda m: masked_url(m.group()) or "", text)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings, or a ConfigurationError naming the one bad variable (not pydantic's
    multi-line report), so the CLI and the app can show it in one line."""
    from pydantic import ValidationError

    from assistant.errors import ConfigurationError

    try:
        return Settings()
    except ValidationError as exc:
        err = exc.errors()[0]
        name = ".".join(str(part) for part in err["loc"]) or "settings"
        # The value is not echoed: a misplaced secret must not reach a terminal or a log.
        raise ConfigurationError(f"setting {name} is invalid: {err['msg']}") from None
