"""An audit of the checks and the PHI guard on messages residents actually send.

`tests/data/audit_messages.yaml` holds well-written messages (introductions, follow-ups,
updates, mentor agendas, LinkedIn notes and messages; quoted threads, signatures, CRLF, curly
quotes, accented names, medical acronyms, de-identified cases) and flawed variants with one
realistic flaw each. A false alarm on a good message is a defect just like a miss.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.checks import check
from assistant.config import Settings
from assistant.inputs import parse_request
from assistant.models import Finding
from assistant.phi import find_phi

DATA = Path(__file__).resolve().parents[1] / "data" / "audit_messages.yaml"
CORPUS: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
GOOD: list[dict[str, Any]] = CORPUS["good"]
FLAWED: list[dict[str, Any]] = CORPUS["flawed"]


def _text(case: dict[str, Any]) -> str:
    text = case["text"]
    return text.replace("\n", "\r\n") if case.get("crlf") else text


def _run(case: dict[str, Any], text: str | None = None) -> list[Finding]:
    request = parse_request(case["request"])
    settings = Settings(linkedin_tier=case.get("tier", "free"), _env_file=None)
    return check(_text(case) if text is None else text, request, settings=settings)


def _problems(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity in ("warning", "error")]


def test_corpus_size_and_variety() -> None:
    assert len(GOOD) >= 40
    assert len(FLAWED) >= 25
    kinds = {c["request"]["kind"] for c in GOOD}
    assert kinds >= {"introduction", "follow_up", "update", "mentor_agenda", "linkedin_note"}
    assert len({c["id"] for c in GOOD + FLAWED}) == len(GOOD) + len(FLAWED)


@pytest.mark.parametrize("case", GOOD, ids=[c["id"] for c in GOOD])
def test_well_written_message_has_no_warning_or_error(case: dict[str, Any]) -> None:
    problems = [(f.code, f.message) for f in _problems(_run(case))]
    assert problems == []


@pytest.mark.parametrize("case", GOOD, ids=[c["id"] for c in GOOD])
def test_well_written_message_holds_no_phi(case: dict[str, Any]) -> None:
    assert [(p.type, p.text) for p in find_phi(_text(case))] == []


@pytest.mark.parametrize("case", GOOD, ids=[c["id"] for c in GOOD])
def test_well_written_message_passes_with_windows_line_endings(case: dict[str, Any]) -> None:
    crlf = case["text"].replace("\n", "\r\n")
    assert [(f.code, f.message) for f in _problems(_run(case, crlf))] == []


@pytest.mark.parametrize("case", FLAWED, ids=[c["id"] for c in FLAWED])
def test_flawed_message_raises_its_code(case: dict[str, Any]) -> None:
    findings = _run(case)
    if case.get("severity") == "info":
        assert [f.severity for f in findings if f.code == case["expect"]] == ["info"]
        assert _problems(findings) == []
        return
    problems = _problems(findings)
    codes = [f.code for f in problems]
    assert case["expect"] in codes
    if case.get("only"):
        assert set(codes) == {case["expect"]}, [(f.code, f.message) for f in problems]


PHI_CASES = [c for c in FLAWED if c.get("phi")]


@pytest.mark.parametrize("case", PHI_CASES, ids=[c["id"] for c in PHI_CASES])
def test_flawed_message_phi_is_found_with_its_type(case: dict[str, Any]) -> None:
    text = _text(case)
    found = find_phi(text)
    for typ, value in case["phi"]:
        at = text.index(value)
        hits = [p for p in found if p.start < at + len(value) and at < p.end]
        assert hits, f"{typ} {value!r} not found in {[(p.type, p.text) for p in found]}"
        assert typ in {p.type for p in hits}


# ---------------------------------------------------------------- regressions found by the audit

_FU = next(c for c in FLAWED if c["id"] == "casual-hey")["request"]
_INTRO = next(c for c in FLAWED if c["id"] == "intro-no-ask")["request"]
_LATE = {**_FU, "today": "2026-04-25"}


def _email(body: str, greeting: str = "Dear Dr. Okafor,", subject: str = "Thank you from SGIM",
           close: str = "Best regards,\nMaria Gomez") -> str:
    return f"Subject: {subject}\n\n{greeting}\n\n{body}\n\n{close}\n"


# (label, text, request, expected code or None for "no warning or error")
REGRESSIONS = [
    ("curly apostrophe in a greeting name is the contact's name",
     _email("I'm a PGY-2 in pediatrics at Boston Children's. Could I buy you a coffee at PAS?",
            greeting="Dear Dr. O’Brien-Walsh,", subject="PAS coffee"),
     next(c for c in GOOD if c["id"] == "intro-peds-critical-care-accents")["request"], None),
    ("'please excuse my delay' acknowledges a late follow-up",
     _email("Please excuse my delay in writing. Thank you for the SGIM coffee and the advice on "
            "sepsis handoffs. Could I send my aim by Friday?"), _LATE, None),
    ("'it has been almost two weeks' acknowledges a late follow-up",
     _email("I know it has been almost two weeks since SGIM; thank you again for the advice on "
            "sepsis handoffs. Could I send my aim by Friday?"), _LATE, None),
    ("'sorry to hear ... late' is sympathy, not an acknowledgement",
     _email("Thank you for the SGIM coffee and the advice on sepsis handoffs. I'm sorry to hear "
            "the late shift was hard. Could I send my aim by Friday?"), _LATE, "late_followup"),
    ("'I will be at ACC' is not an ask",
     _email("I'm Maria Gomez, a PGY-1 resident at UCSF interested in outcomes research. I will "
            "be at ACC.26 in New Orleans as well.", greeting="Dear Dr. Lee,", subject="ACC.26"),
     _INTRO, "no_ask"),
    ("'I'll be in touch' is still a next step",
     _email("Thank you for the SGIM coffee and the advice on sepsis handoffs. I'll be in touch "
            "with my draft aim by Friday."), _FU, None),
    ("'I'm hoping to find 15 minutes' is an ask",
     _email("I'm Maria Gomez, a PGY-1 resident at UCSF. I'm hoping to find 15 minutes with you "
            "at ACC.26 to ask about outcomes research.", greeting="Dear Dr. Lee,",
            subject="ACC.26"), _INTRO, None),
    ("'I was wondering whether you might have' is an ask",
     _email("I'm Maria Gomez, a PGY-1 resident at UCSF. I was wondering whether you might have "
            "15 minutes at ACC.26 to talk about outcomes research.", greeting="Dear Dr. Lee,",
            subject="ACC.26"), _INTRO, None),
    ("an insult after a semicolon is not excused by a clinical word in the other clause",
     _email("Thank you for the advice on sepsis handoffs; my program director is useless on "
            "QI. Could I send my aim by Friday?"), _FU, "negative"),
    ("an insult about a team is not excused by 'sepsis' two words away",
     _email("Thank you for the SGIM coffee. Our sepsis team is incompetent at handoffs. Could I "
            "send my aim by Friday?"), _FU, "negative"),
    ("'an incompetent valve' is still clinical",
     _email("Thank you for the SGIM coffee and the advice on sepsis handoffs. I learned a lot "
            "about the incompetent valve case you described. Could I send my aim by Friday?"),
     _FU, None),
    ("'our county hospital is a dump' disparages an institution",
     _email("Thank you for the SGIM coffee and the sepsis handoffs advice. Our county hospital is "
            "a dump, so any help matters. Could I send my aim by Friday?"), _FU, "negative"),
    ("the reader's ICU checklist and a start date are not a patient's",
     _email("Thank you for the SGIM coffee about sepsis handoffs. Your checklist will be in every "
            "ICU sign-out from July 1. Could I send my aim by Friday?"), _FU, None),
    ("'Dear Drs. Okafor and Lee' addresses the contact among others",
     _email("Thank you both for the SGIM coffee and the advice on sepsis handoffs. Could I send "
            "my aim by Friday?", greeting="Dear Drs. Okafor and Lee,"), _FU, None),
    ("'Dear Drs. Okonkwo and Lee' does not",
     _email("Thank you both for the SGIM coffee and the advice on sepsis handoffs. Could I send "
            "my aim by Friday?", greeting="Dear Drs. Okonkwo and Lee,"), _FU, "name_mismatch"),
    ("a bare first name line greets a doctor by first name",
     _email("Thank you for the SGIM coffee and the advice on sepsis handoffs. Could I send my aim "
            "by Friday?", greeting="Ada -"), _FU, "greeting"),
    ("a bare line that is not a given name is not read as a (wrong) name",
     _email("Thank you for the SGIM coffee and the advice on sepsis handoffs. Could I send my aim "
            "by Friday?", greeting="Apologies,"), _FU, None),
    ("a harsh word about a night, not the team, is no insult",
     _email("Thank you for the SGIM coffee and the advice on sepsis handoffs. Our team had a "
            "terrible night on call last week. Could I send my aim by Friday?"), _FU, None),
    ("'disaster preparedness team' is no insult",
     _email("Thank you for the SGIM coffee and the advice on sepsis handoffs. The hospital's "
            "disaster preparedness team will join the pilot. Could I send my aim by Friday?"),
     _FU, None),
    ("'garbage in, garbage out' is an idiom",
     _email("Thank you for the SGIM coffee and the advice on sepsis handoffs. As our chief says, "
            "garbage in, garbage out. Could I send my aim by Friday?"), _FU, None),
    ("'a toxic culture' still disparages the residency",
     _email("Thank you for the SGIM coffee and the advice on sepsis handoffs. The residency has "
            "a toxic culture. Could I send my aim by Friday?"), _FU, "negative"),
    ("'My PD is useless.' is not excused by the next sentence's first word",
     _email("Thank you for the SGIM coffee and the advice on sepsis handoffs. My PD is useless. "
            "Could I send my aim by Friday?"), _FU, "negative"),
    ("'terrible teachers' disparages people",
     _email("Thank you for the SGIM coffee and the advice on sepsis handoffs. The attendings here "
            "are terrible teachers. Could I send my aim by Friday?"), _FU, "negative"),
    ("'yeah' is slang", _email("Thank you for the SGIM coffee and the sepsis handoffs advice. "
                               "Yeah, it would be great to try it. Could I send my aim by "
                               "Friday?"), _FU, "slang"),
    ("'hoped you might take me on' asks a new contact to be a mentor",
     _email("I'm Maria Gomez, a PGY-1 resident at UCSF. I am looking for a mentor and hoped you "
            "might take me on. Could we meet at ACC.26?", greeting="Dear Dr. Lee,",
            subject="ACC.26"), _INTRO, "mentor_ask"),
    ("an abstract's ID is not a patient's",
     _email("Thank you for the SGIM coffee and the advice on sepsis handoffs. Our abstract (ID "
            "2026-1187) was accepted. Could I send you the final version?"), _FU, None),
    ("'our patients at <hospital>' is the sender's workplace",
     _email("Thank you for the SGIM coffee about sepsis handoffs. Many of our patients at "
            "Zuckerberg San Francisco General are admitted through the ED. Could I send my aim "
            "by Friday?"), _FU, None),
]


@pytest.mark.parametrize(("label", "text", "request_data", "expected"), REGRESSIONS,
                         ids=[r[0] for r in REGRESSIONS])
def test_audit_regression(label: str, text: str, request_data: dict[str, Any],
                          expected: str | None) -> None:
    codes = {f.code for f in _problems(_run({"request": request_data, "text": text}))}
    assert codes == ({expected} if expected else set()), label


@pytest.mark.parametrize("text", [
    "Dear Dr. Patel,\n\nYour clinic saw Mr. Alvarez for his appointment on 3/14.\n\nBest,\nMaria",
    "Dear Dr. Patel,\n\nCould you look at Mr. Alvarez's chart before rounds?\n\nBest,\nMaria",
], ids=["reader's-clinic-with-a-named-patient", "reader-asked-about-a-named-patient"])
def test_second_person_does_not_hide_a_named_patient(text: str) -> None:
    assert "NAME" in {p.type for p in find_phi(text)}


_B = "Dear Dr. Okafor,\n\nThank you for the coffee at SGIM and the advice on sepsis handoffs. "
_E = " Could I send my aim by Friday?\n\nBest regards,\nMaria Gomez\n"

# Misses the audit found in follow-ups that mention the patient "we discussed".
PHI_MISSES = [
    (_B + "The patient we discussed, Rosa, went home yesterday." + _E, "NAME", "Rosa"),
    (_B + "Mr. Delgado, the man with septic shock we discussed, went home yesterday." + _E,
     "NAME", "Delgado"),
    (_B + "The patient we discussed lives on Elm Street and has no transport." + _E,
     "LOCATION", "Elm Street"),
    (_B + "Our patient's case ref. code: EM-2554, seen on 05/08." + _E, "ID", "EM-2554"),
]


@pytest.mark.parametrize(("text", "typ", "value"), PHI_MISSES, ids=[m[2] for m in PHI_MISSES])
def test_patient_we_discussed_is_protected(text: str, typ: str, value: str) -> None:
    assert (typ, value) in {(p.type, p.text) for p in find_phi(text)}


# Look-alikes in the same messages that must stay clean.
PHI_LOOKALIKES = [
    _B + "Thank you, Maria, for the introduction." + _E,
    _B + "Our abstract (ID 2026-1187) was accepted, and my ERAS ID is 12345678." + _E,
    _B + "We met on Market Street after the reception." + _E,
    _B + "I met a woman with a great idea for our QI project at the reception." + _E,
]


@pytest.mark.parametrize("text", PHI_LOOKALIKES, ids=["thanks-name", "abstract-id", "street",
                                                      "woman-with-idea"])
def test_networking_lookalikes_are_not_phi(text: str) -> None:
    assert [(p.type, p.text) for p in find_phi(text)] == []


@pytest.mark.parametrize(("address", "name", "bad"), [
    ("mg4482@nyu.edu", "Maria Gomez", False),  # an institution's NetID
    ("mg3456@columbia.edu", None, False),
    ("maria.partyka@ucsf.edu", "Maria Partyka", False),  # "party" is her surname
    ("jane.stoner@gmail.com", "Jane Stoner, MD", False),
    ("mgomez12345@gmail.com", "Maria Gomez", True),
    ("partygirl_maria99@hotmail.com", "Maria Gomez", True),
    ("mariaaa@gmail.com", "Maria Gomez", True),
])
def test_unprofessional_email_knows_netids_and_surnames(address: str, name: str | None,
                                                       bad: bool) -> None:
    from assistant.checks.rules_sender_email import unprofessional_reason

    assert (unprofessional_reason(address, name) is not None) is bad
