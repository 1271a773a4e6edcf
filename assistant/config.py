"""The one settings object, read from the environment and a `.env` file.

Secrets are `SecretStr`: they never appear in a repr, a log line or the app.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

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
