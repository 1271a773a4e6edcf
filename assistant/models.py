"""Domain models shared by every part of the assistant (pydantic v2, unknown fields forbidden).

The JSON shapes follow the project's outside contract: a draft request in, a Draft,
Findings, PHI findings and search results out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal[
    "introduction", "follow_up", "update", "mentor_agenda", "linkedin_note", "linkedin_rewrite"
]
KINDS: tuple[str, ...] = (
    "introduction", "follow_up", "update", "mentor_agenda", "linkedin_note", "linkedin_rewrite"
)
Channel = Literal["email", "linkedin_note", "linkedin_message"]
CHANNELS: tuple[str, ...] = ("email", "linkedin_note", "linkedin_message")
Relationship = Literal["new", "met_once", "mentor", "sponsor", "peer"]
Tone = Literal["warm", "formal"]
Severity = Literal["error", "warning", "info"]
PrincipleType = Literal["principle", "pattern", "example"]


class Strict(BaseModel):
    """Base for every input model: an unknown field is an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class Sender(Strict):
    name: str | None = None
    role: str | None = None
    program: str | None = None
    interests: list[str] = Field(default_factory=list)
    goals: str | None = None
    email: str | None = None
    signature: str | None = None


class Contact(Strict):
    name: str | None = None
    title: str | None = None
    institution: str | None = None
    specialty: str | None = None
    relationship: Relationship | None = None
    their_work: str | None = None
    email: str | None = None  # extension: fills To: in the .eml download


class Meeting(Strict):
    event: str | None = None
    date: dt.date | None = None
    topics: list[str] = Field(default_factory=list)
    specific_detail: str | None = None
    next_step: str | None = None


class UpdateInfo(Strict):
    news: str | None = None
    credit: str | None = None


class DraftRequest(Strict):
    """What the resident tells the assistant; every field but `kind` is optional."""

    kind: Kind
    channel: Channel | None = None
    today: dt.date | None = None
    tone: Tone | None = None  # extension: warm (default) or formal
    sender: Sender = Field(default_factory=Sender)
    contact: Contact = Field(default_factory=Contact)
    meeting: Meeting = Field(default_factory=Meeting)
    ask: str | None = None
    update: UpdateInfo = Field(default_factory=UpdateInfo)
    decisions: list[str] = Field(default_factory=list)
    existing_text: str | None = None
    notes: str | None = None

    @property
    def effective_channel(self) -> Channel:
        """The contract's default: LinkedIn note for the two LinkedIn kinds, email otherwise."""
        if self.channel:
            return self.channel
        return "linkedin_note" if self.kind in ("linkedin_note", "linkedin_rewrite") else "email"

    @property
    def effective_today(self) -> dt.date:
        return self.today or dt.date.today()


class Principle(Strict):
    """One idea from the networking guide, restated; loaded from knowledge/."""

    id: str
    title: str
    text: str
    section: str
    kinds: list[str] = Field(default_factory=list)
    topic: str = ""
    type: PrincipleType = "principle"

    def ref(self) -> PrincipleRef:
        return PrincipleRef(id=self.id, title=self.title, text=self.text)


class PrincipleRef(BaseModel):
    id: str
    title: str
    text: str


class Finding(BaseModel):
    """One check result: what is wrong, where, how to fix it, and the principle behind it."""

    code: str
    severity: Severity
    message: str
    start: int | None = None
    end: int | None = None
    suggestion: str | None = None
    principle: str | None = None

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True)


class PhiFinding(BaseModel):
    type: str
    start: int
    end: int
    text: str
    # "error": tied to a patient or their family; "warning": nothing says whose it is.
    severity: Literal["error", "warning"] = "error"


class SearchResult(BaseModel):
    id: str
    title: str
    text: str
    score: float


class Draft(BaseModel):
    kind: Kind
    channel: Channel
    subject: str | None
    body: str
    engine: Literal["offline", "llm"]
    principles: list[PrincipleRef] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    notice: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = self.model_dump(exclude_none=True)
        data["subject"] = self.subject  # the contract keeps subject even when null
        data["findings"] = [f.to_json() for f in self.findings]
        return data
