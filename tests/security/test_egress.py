"""Row 1: no patient identifier reaches a model, in any round (first, revision, streaming).

Every field of the request holds a planted patient identifier; the drafts run against the real
local OpenAI-compatible server (tests/drafting/conftest.py), whose log of request bodies is
scanned, every field of every request, for each identifier."""

from __future__ import annotations

import json

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.errors import EgressBlocked, ModelProviderError
from assistant.models import DraftRequest
from tests.drafting.conftest import GOOD_DRAFT, FakeOpenAI

# field -> (text with a patient identifier, the identifiers that must never be sent)
PLANTED: dict[str, tuple[str, list[str]]] = {
    "topics": ("the patient John Whitfield (MRN 4451234) we admitted together",
               ["Whitfield", "4451234"]),
    "notes": ("sign-out: pt Maria Lindqvist DOB 03/14/1961, her cell 415-555-0199, "
              "maria.lindqvist@gmail.com", ["Lindqvist", "03/14/1961", "555-0199",
                                            "maria.lindqvist@gmail.com"]),
    "specific_detail": ("how you handled the patient Robert Okonkwo, admitted on 4/30/2026",
                        ["Okonkwo", "4/30/2026"]),
    "next_step": ("send you the discharge summary for patient Elena Petrova, MRN 7781234",
                  ["Petrova", "7781234"]),
    "ask": ("advice on the case of our patient Dolores Haverford, DOB 7/2/1948",
            ["Haverford", "7/2/1948"]),
    "news": ("my patient Thomas Delacroix (SSN 123-45-6789) went home after 40 days",
             ["Delacroix", "123-45-6789"]),
    "decisions": ("whether to write up patient Anita Nakamura, MRN 5512345, as a case report",
                  ["Nakamura", "5512345"]),
    "existing_text": ("Hi Dr. Okafor, about our patient Samuel Abernathy (DOB 02/11/1957), "
                      "thank you for the consult.", ["Abernathy", "02/11/1957"]),
}


def _request(kind: str) -> DraftRequest:
    text = {k: v[0] for k, v in PLANTED.items()}
    return DraftRequest.model_validate({
        "kind": kind, "today": "2026-05-08",
        "sender": {"name": "Priya Shah", "role": "PGY-1 resident", "program": "UCSF IM",
                   "email": "priya.shah@ucsf.edu",
                   "signature": "Priya Shah\nPGY-1, UCSF\n(415) 555-0100"},
        "contact": {"name": "Dr. Amara Okafor", "relationship": "mentor",
                    "their_work": "hospital-at-home programs"},
        "meeting": {"event": "SGIM 2026", "date": "2026-05-06", "topics": [text["topics"]],
                    "specific_detail": text["specific_detail"], "next_step": text["next_step"]},
        "update": {"news": text["news"], "credit": "your advice on the discharge plan"},
        "ask": text["ask"], "decisions": [text["decisions"]],
        "existing_text": text["existing_text"], "notes": text["notes"],
    })


def _leaks(fake: FakeOpenAI) -> list[str]:
    """Every planted identifier found in any field of any logged request body."""
    sent = json.dumps([r["body"] for r in fake.requests], ensure_ascii=False)
    return [ident for _, idents in PLANTED.values() for ident in idents if ident in sent]


# The first answer carries a placeholder and an invented link, so the checks and the guard
# have findings and a revision round is sent.
BAD_FIRST = {**GOOD_DRAFT, "body": GOOD_DRAFT["body"].replace("SGIM 2026", "[Conference]")
             + "\n\nP.S. details at https://evil.example/pay"}

# A first answer that names nothing from the meeting: the checks' suggestion quotes a topic.
VAGUE_FIRST = {**GOOD_DRAFT, "body": "Dear Dr. Okafor,\n\nThank you for your time. I look "
               "forward to staying in touch.\n\nBest regards,\nPriya Shah"}


@pytest.mark.parametrize("kind", ["follow_up", "update", "mentor_agenda", "introduction",
                                  "linkedin_rewrite"])
@pytest.mark.parametrize("streaming", [False, True], ids=["structured", "streaming"])
@pytest.mark.parametrize("first", [BAD_FIRST, VAGUE_FIRST], ids=["bad", "vague"])
def test_no_planted_identifier_in_any_round(kind: str, streaming: bool, first: dict,
                                            fake_openai: FakeOpenAI,
                                            llm_settings: Settings) -> None:
    fake_openai.then({"draft": first})
    tokens: list[str] = []
    result = draft(_request(kind), engine="llm", settings=llm_settings,
                   on_token=tokens.append if streaming else None)

    assert result.engine == "llm"
    if first is BAD_FIRST or kind == "follow_up":  # the vague answer fails a follow-up only
        assert len(fake_openai.requests) == 2  # the first round and the revision both went out
        revision = fake_openai.messages(1)
        assert [m["role"] for m in revision][-2:] == ["assistant", "user"]
    first_round = fake_openai.requests[0]["body"]
    schema = first_round["response_format"]["json_schema"]["schema"]
    assert first_round.get("stream")  # shown or not, an answer is streamed
    assert (next(iter(schema["properties"])) == "body") is streaming  # a shown one body first
    assert _leaks(fake_openai) == []
    assert "Priya Shah\nPGY-1, UCSF" not in json.dumps(fake_openai.requests)  # signature stays


def test_the_revision_round_tells_the_model_what_to_fix(fake_openai: FakeOpenAI,
                                                       llm_settings: Settings) -> None:
    fake_openai.then({"draft": BAD_FIRST})
    draft(_request("follow_up"), engine="llm", settings=llm_settings)
    revise = fake_openai.messages(1)[-1]["content"]
    assert "evil.example/pay" in revise and "[Conference]" in revise
    assert _leaks(fake_openai) == []


@pytest.mark.parametrize("engine", ["llm", "auto"])
def test_a_failed_assertion_sends_nothing(engine: str, fake_openai: FakeOpenAI,
                                          llm_settings: Settings,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """When redaction leaves anything the guard still finds, the call is stopped: nothing is
    sent, `--engine llm` raises a typed error, `auto` drafts offline and says why."""
    import assistant.drafting as drafting
    import assistant.egress as egress

    # Both redactions fail: the field-wise one and the gate's own; the assertion still holds.
    monkeypatch.setattr(drafting, "protect", lambda request: drafting.Protected(request))
    monkeypatch.setattr(egress, "redact_payload", lambda text, allow=(), own=(): text)
    request = _request("follow_up")
    if engine == "llm":
        with pytest.raises(EgressBlocked) as info:
            draft(request, engine="llm", settings=llm_settings)
        assert isinstance(info.value, ModelProviderError) and info.value.exit_code == 1
        message = str(info.value)
        assert "nothing was sent" in message
        assert not any(i in message for _, idents in PLANTED.values() for i in idents)
    else:
        result = draft(request, engine="auto", settings=llm_settings)
        assert result.engine == "offline"
        assert result.notice and "nothing was sent" in result.notice
    assert fake_openai.requests == []


def test_the_gate_redacts_what_field_redaction_missed() -> None:
    """Text a field-wise pass never saw (a finding's suggestion, the previous answer) is
    redacted at the gate, message by message."""
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    from assistant.egress import gate_messages

    out = gate_messages([
        SystemMessage("You write networking messages."),
        AIMessage('{"body": "Thank you."}'),
        HumanMessage("- [missing_detail] Mention the patient John Whitfield, MRN 4451234 "
                     "(suggestion: the patient John Whitfield, DOB 03/14/1961)"),
        {"role": "user", "content": [{"type": "text", "text": "pt Maria Lindqvist MRN 998877"}]},
    ])
    text = json.dumps([m.content if hasattr(m, "content") else m["content"] for m in out])
    for ident in ("Whitfield", "4451234", "03/14/1961", "Lindqvist", "998877"):
        assert ident not in text
    assert out[0].content == "You write networking messages."
    assert out[1].content == '{"body": "Thank you."}'


def test_a_clean_prompt_passes_the_gate_unchanged(fake_openai: FakeOpenAI,
                                                  llm_settings: Settings) -> None:
    """The gate does not damage an ordinary request: the contact's name, the event and the
    sender's own details pass untouched."""
    from assistant.egress import gate_messages
    from assistant.engines.llm import LLMEngine

    request = DraftRequest.model_validate({
        "kind": "follow_up", "today": "2026-05-08",
        "sender": {"name": "Priya Shah", "role": "PGY-1 resident"},
        "contact": {"name": "Dr. Amara Okafor", "relationship": "met_once"},
        "meeting": {"event": "SGIM 2026", "date": "2026-05-06",
                    "topics": ["hospital-at-home programs"],
                    "next_step": "send you my QI project summary by Friday"}})
    messages = LLMEngine(llm_settings).messages(request, [])
    allow = ["Priya Shah", "Dr. Amara Okafor"]
    assert [m.content for m in gate_messages(messages, allow)] == [m.content for m in messages]


def test_hosted_embeddings_pass_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """OUTREACH_EMBEDDINGS=openai sends the retrieval query to a hosted endpoint: it passes the
    same gate (what reaches the client is redacted)."""
    from pydantic import SecretStr

    from assistant.embeddings import embedding_function

    settings = Settings(embeddings="openai", openai_api_key=SecretStr("sk-test"),
                        openai_base_url="http://127.0.0.1:9/v1", _env_file=None)
    fn = embedding_function(settings)
    sent: list[str] = []

    class Client:
        class embeddings:  # noqa: N801 - the openai client's attribute name
            @staticmethod
            def create(model: str, input: list[str]) -> object:
                sent.extend(input)
                return type("R", (), {"data": [type("D", (), {"embedding": [0.1, 0.2]})()
                                               for _ in input]})()

    monkeypatch.setattr(fn, "client", Client())
    fn(["follow up on hospital-at-home", "the patient John Whitfield, MRN 4451234"])
    assert sent[0] == "follow up on hospital-at-home"
    assert "Whitfield" not in sent[1] and "4451234" not in sent[1]
    assert fn.name() == "openai"


@pytest.mark.parametrize("today", ["2026-05-13", "2026-11-29", "2027-02-01"])
def test_the_prompts_own_lines_pass_and_the_same_date_elsewhere_is_still_redacted(
        today: str) -> None:
    """The prompt's own wording ("- Today: <date>", the answer's format) is not a patient's
    date or name; the gate leaves it as written, and only there: the same date said of a
    patient in another line of the same message is still redacted."""
    from assistant.egress import gate_messages

    own = [f"- Today: {today}", 'matching this JSON schema:\n{"title": "DraftOutput"}']
    content = (f"Facts:\n- Kind of message: follow_up\n{own[0]}\n- Sender: Ana Ruiz\n"
               f"- Notes: the patient Mrs. Dolores Whitcombe was admitted {today}\n{own[1]}")
    sent = gate_messages([{"role": "user", "content": content}], allow=["Ana Ruiz"],
                         own=own)[0]["content"]
    assert own[0] in sent and own[1] in sent
    assert "Whitcombe" not in sent and sent.count(today) == 1
