"""What an answer asked again changes, when the one before it looped or ran to `max_tokens`.

A small model that sampled its way into a loop (measured with SmolLM2-135M on llama-server, a
cold server: an update to a mentor looped twice in a row, both times stopped by the loop
detector, and the draft failed) is likely to loop again when it is asked the very same way.
So each answer asked again after a loop or a cut-off samples differently, steadier each time
(`STEADIER`): penalties on repeating what it just wrote (OpenAI's `frequency_penalty` and
`presence_penalty`; llama.cpp's `repeat_penalty`, which its servers apply over the last 64
tokens), a somewhat lower temperature, and a seed of its own.

Options are negotiated like the structured-output modes: `repeat_penalty` is sent only to a
server set by OPENAI_BASE_URL (OpenAI's own API refuses an argument it does not know), and any
option a server refuses by name (HTTP 400/422 naming it: `llm_wire.OptionRejected`) is left out
from then on, the answer asked again without it at once: `Sampling.refused`, remembered in the
store per server and model beside the structured-output mode (`remember`), so a new process
never sends it again; "Test the connection" forgets it (the server may have changed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.config import Settings

# One entry per answer asked again after a loop or a cut-off: the server's defaults for the
# first (llama-server and llama-cpp-python: temperature 0.8, no frequency or presence penalty;
# repeat_penalty 1.0 and 1.1), then these.
STEADIER: tuple[dict[str, float | int], ...] = (
    {"temperature": 0.6, "frequency_penalty": 0.4, "presence_penalty": 0.2,
     "repeat_penalty": 1.15, "seed": 1103},
    {"temperature": 0.4, "frequency_penalty": 0.8, "presence_penalty": 0.4,
     "repeat_penalty": 1.3, "seed": 2207},
)
OPTION_NAMES = ("repeat_penalty", "frequency_penalty", "presence_penalty", "temperature", "seed")
LOCAL_ONLY = ("repeat_penalty",)  # llama.cpp's own; never sent to OpenAI's API


@dataclass
class Sampling:
    """The sampling options one engine sends, less what its server refused: read from the
    store (`recall`) when first needed, and written back (`remember`) on each refusal."""

    settings: Settings
    refused: set[str] = field(default_factory=set)
    recall: Callable[[], set[str] | None] | None = None
    remember: Callable[[set[str]], None] | None = None
    _recalled: bool = field(default=False, init=False)

    def options(self, attempt: int) -> dict[str, Any]:
        """The options for the `attempt`-th answer asked again (1 = the first); {} for a
        first answer (the server's defaults) or past the last tier."""
        if attempt < 1 or attempt > len(STEADIER):
            return {}
        if not self._recalled and self.recall is not None:
            self.refused |= self.recall() or set()
        self._recalled = True
        local = bool(self.settings.openai_base_url)
        return {k: v for k, v in STEADIER[attempt - 1].items()
                if k not in self.refused and (local or k not in LOCAL_ONLY)}

    def forget(self) -> None:
        """Every refusal forgotten, here and in the store ("Test the connection")."""
        self.refused.clear()
        self._recalled = True
        if self.remember is not None:
            self.remember(set())

    def refuse(self, name: str) -> None:
        self.refused.add(name)
        if self.remember is not None:
            self.remember(set(self.refused))


def named_option(reason: str) -> str | None:
    """The sampling option a server's refusal names, if any."""
    low = reason.lower()
    return next((name for name in OPTION_NAMES if name in low), None)
