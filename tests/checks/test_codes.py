"""Every check code: at least two messages that must raise it and two close calls that must not.

Each case is (code, text, context). Context is None (the message alone) or a dict with
`kind`, `channel`, `req` (a base request kind from conftest) and `changes` (dotted paths),
and `tier` ("premium" for a 300-character LinkedIn limit).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.checks import CODES, check
from assistant.config import Settings
from assistant.models import Finding
from tests.checks.conftest import make_request

CONTRACT_CODES = {
    "phi", "placeholder", "char_limit", "name_mismatch", "length", "subject", "greeting",
    "slang", "emoji", "exclamation", "shouting", "negative", "no_ask", "mentor_ask",
    "no_thanks", "no_specifics", "no_identity", "no_signature", "late_followup",
    "unprofessional_email",
}

SENTENCE = ("Thank you for the helpful conversation about quality improvement projects and how "
            "residents can get started early in the year")
WORDS = SENTENCE.split()


def words(n: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(n)) + "."


NOTE_SENTENCES = [
    "Hi Dr. Rivera, I enjoyed your ACP talk on clinician-educator careers.",
    "I'm a PGY-1 at UCSF interested in teaching and curriculum design.",
    "Your point about protected time for teaching stayed with me.",
    "I would really love to connect and learn more about your path.",
    "I hope this note finds you well.",
    "Best, Maria",
]


def note(n: int) -> str:
    """A realistic LinkedIn note of exactly n characters (sentences, then padding words)."""
    text = " ".join(NOTE_SENTENCES)
    filler = " Thank you for sharing your slides with the residents after the session."
    while len(text) < n:
        text += filler
    text = text[:n]
    return text[:-1] + "." if text[-1] == " " else text


FOLLOW = {"req": "follow_up"}
INTRO = {"req": "introduction"}
EMAIL = {"kind": None, "channel": "email"}

# (code, text, context)
MUST_RAISE: list[tuple[str, str, dict[str, Any] | None]] = [
    ("phi", "Quick question: I admitted John Smith (MRN 12345678) on 03/04/2026 with sepsis.",
     None),
    ("phi", "Our pt, DOB 01/02/1950, MRN: 4455667, was discharged yesterday.", None),
    ("placeholder", "Dear Dr. Lee,\n\nIt was great to meet you at [Conference].", None),
    ("placeholder", "Looking forward to {event} next month.", None),
    ("placeholder", "I will send the draft by <insert date>.", None),
    ("placeholder", "Best regards,\n[Your Name]", None),
    ("placeholder", "The room is TBD and the date is XX/XX.", None),
    ("placeholder", "I'm a PGY-2 at (your program) interested in ultrasound.", None),
    ("placeholder", "Best,\nYOUR NAME HERE", None),
    ("placeholder", "Subject: Agenda for our meeting on ??/??\n\nDear Dr. Lee,", None),
    ("char_limit", note(250), {"kind": "linkedin_note"}),
    ("char_limit", note(320), {"kind": "linkedin_note", "tier": "premium"}),
    ("char_limit", note(230), {"req": "linkedin_note"}),
    ("name_mismatch", "Dear Dr. Lee,\n\nThank you for the talk.", FOLLOW),
    ("name_mismatch", "Hi Dr. Okafur,\n\nThank you for the talk.", FOLLOW),
    ("name_mismatch", "Dear Ada Smith,\n\nThank you for the talk.", FOLLOW),
    ("name_mismatch", "Dr. Rivers, PGY-1 at UCSF interested in clinician-educator paths. Glad "
                      "to connect.", {"req": "linkedin_note"}),
    ("length", "Dear Dr. Lee,\n\n" + words(215) + "\n\nBest,\nMaria", EMAIL),
    ("length", words(160), {"channel": "linkedin_message"}),
    ("subject", "Dear Dr. Lee,\n\nThank you for the talk.\n\nBest,\nMaria", None),
    ("subject", "Subject: " + "A question about your research program " * 2 + "\n\nDear Dr. Lee,",
     None),
    ("subject", "Subject:\n\nDear Dr. Lee,\n\nThank you.\n\nBest,\nMaria", None),
    ("subject", "Subject: hi\n\nDear Dr. Lee,\n\nThank you.\n\nBest,\nMaria", None),
    ("subject", "Subject: (no subject)\n\nDear Dr. Lee,\n\nThank you.\n\nBest,\nMaria", None),
    ("greeting", "Hey Dr. Lee,\n\nThanks for the talk.", None),
    ("greeting", "Yo Ada, great meeting you.", None),
    ("greeting", "Dear Ada,\n\nThank you for the talk.", FOLLOW),
    ("greeting", "Hiya, great to meet you.", None),
    ("greeting", "Sup Dr. Lee, loved the talk.", None),
    ("greeting", "What's up Maria,\n\nThanks.", None),
    ("slang", "thx for the talk yesterday.", None),
    ("slang", "It was great to meet u at SGIM.", None),
    ("slang", "I'm gonna send the abstract w/ my notes by Friday.", None),
    ("slang", "Thanks for the advice btw.", None),
    ("emoji", "Thanks so much for the advice 🙏", None),
    ("emoji", "Great talk :)", None),
    ("emoji", "See you at SGIM ❤️", None),
    ("exclamation", "Thanks for the talk!!", None),
    ("exclamation", "Great talk! Thank you for your time!", None),
    ("shouting", "I am REALLY grateful for your advice.", None),
    ("shouting", "Subject: URGENT question about electives\n\nDear Dr. Lee,", None),
    ("shouting", "PLEASE RESPOND by Friday.", None),
    ("negative", "Honestly my attending is incompetent.", None),
    ("negative", "I want to leave because the program here is terrible.", None),
    ("negative", "I hate my program and the faculty.", None),
    ("negative", "We have a useless attending this block.", None),
    ("no_ask", "Dear Dr. Lee,\n\nI am a PGY-1 at UCSF. I read your paper on readmissions.",
     INTRO),
    ("no_ask", "Dear Dr. Okafor,\n\nThank you for talking with me at SGIM about sepsis "
               "handoffs.\n\nBest,\nMaria", FOLLOW),
    ("mentor_ask", "Dear Dr. Lee, I admire your work. Will you be my mentor?", None),
    ("mentor_ask", "Would you be willing to mentor me this year?", INTRO),
    ("mentor_ask", "Would you consider being my mentor?",
     {"req": "update", "channel": "linkedin_note"}),
    ("no_thanks", "Dear Dr. Okafor,\n\nIt was great to talk about sepsis handoffs at SGIM.",
     FOLLOW),
    ("no_thanks", "Dear Dr. Patel,\n\nMy abstract was accepted at SGIM.", {"req": "update"}),
    ("no_specifics", "Dear Dr. Okafor,\n\nThank you for talking with me at the conference. "
                     "Would you have time for a call?", FOLLOW),
    ("no_specifics", "Thank you for your time last week. I will send my notes soon.", FOLLOW),
    ("no_identity", "Dear Dr. Lee,\n\nI am writing to ask for your advice about cardiology "
                    "fellowship. Could we meet at ACC?", INTRO),
    ("no_identity", "Dear Dr. Lee,\n\nI read your paper on readmissions. Would you have 15 "
                    "minutes for coffee at ACC?", INTRO),
    ("no_identity", "Hello Dr. Lee, I'd love to hear how you chose cardiology.", INTRO),
    ("no_signature", "Dear Dr. Lee,\n\nThank you for the talk. Would you have time to meet?",
     None),
    ("no_signature", "Dear Dr. Lee,\n\nThank you for the talk.\n\nBest,", None),
    ("late_followup", "Dear Dr. Okafor,\n\nThank you for the SGIM chat.",
     {"req": "follow_up", "changes": {"today": "2026-04-22"}}),
    ("late_followup", "Dear Dr. Okafor,\n\nThank you for the SGIM chat.",
     {"req": "follow_up", "changes": {"today": "2026-04-16"}}),
    ("unprofessional_email", "Dear Dr. Okafor,\n\nThank you.",
     {"req": "follow_up", "changes": {"sender.email": "sexyresident420@gmail.com"}}),
    ("unprofessional_email", "Dear Dr. Okafor,\n\nThank you.",
     {"req": "follow_up", "changes": {"sender.email": "partyboy@yahoo.com"}}),
    ("unprofessional_email", "Dear Dr. Okafor,\n\nThank you.",
     {"req": "follow_up", "changes": {"sender.email": "jsmith12345@gmail.com"}}),
]

MUST_NOT_RAISE: list[tuple[str, str, dict[str, Any] | None]] = [
    ("phi", "Dr. Okafor's talk at SGIM on April 12 in Boston was excellent.", None),
    ("phi", "Best,\nMaria Gomez\n(415) 555-0134\nmaria.gomez@ucsf.edu", None),
    ("phi", "I cared for a patient in her 70s whose handoff went wrong.", None),
    ("placeholder", "As shown in prior work [1], handoffs matter [2, 3].", None),
    ("placeholder", "You can reach me at <maria.gomez@ucsf.edu> or <https://ucsf.edu>.", None),
    ("placeholder", "He wrote that the plan was \"finalized [sic]\" in May.", None),
    ("placeholder", "I ordered an XXL shirt for the 5K; see the Xbox.", None),
    ("placeholder", "Her talk on XX chromosome genetics and the 46,XX karyotype was superb.", None),
    ("placeholder", "Agenda:\n[x] electives\n[ ] QI project\n[Attachment: CV.pdf]", None),
    ("placeholder", "I read your review (your 2024 paper) twice. Why?!? Because it is good.",
     None),
    ("placeholder", "Your name came up at journal club, and my name is on the poster.", None),
    ("char_limit", note(190), {"kind": "linkedin_note"}),
    ("char_limit", note(250), {"kind": "linkedin_note", "tier": "premium"}),
    ("char_limit", note(250), {"kind": "introduction"}),
    ("char_limit", note(250), {"kind": "linkedin_note", "channel": "linkedin_message"}),
    ("name_mismatch", "Dear Dr. Okafor,\n\nThank you.", FOLLOW),
    ("name_mismatch", "Dear Dr. A. Okafor,\n\nThank you.", FOLLOW),
    ("name_mismatch", "Dear Professor Okafor,\n\nThank you.", FOLLOW),
    ("name_mismatch", "Dear Dr. Lee,\n\nThank you.", None),
    ("name_mismatch", "Dear Selection Committee,\n\nThank you.", FOLLOW),
    ("name_mismatch", "Dear Dr. Lee and Dr. Okafor,\n\nThank you.", FOLLOW),
    ("name_mismatch", "Hi all and Dr. Lee,\n\nThank you.", FOLLOW),
    ("name_mismatch", "Hi, I'd like to add you to my professional network.", FOLLOW),
    ("name_mismatch", "Hi Dr. Okafor I enjoyed your talk.", FOLLOW),
    ("name_mismatch", "Dr. Lee, my mentor, suggested I connect with you after your ACP talk "
                      "on clinician-educator careers.", {"req": "linkedin_note"}),
    ("name_mismatch", "Hi José,\n\nThank you.",
     {"req": "follow_up", "changes": {"contact.name": "Jose Ramirez",
                                      "contact.relationship": "peer"}}),
    ("length", "Dear Dr. Lee,\n\n" + words(190) + "\n\nBest,\nMaria", EMAIL),
    ("length", words(140), {"channel": "linkedin_message"}),
    ("length", "Dear Dr. Lee,\n\n" + words(195) + "\n\nBest regards,\nMaria Gomez, MD\nPGY-1, "
     "Internal Medicine Residency Program\nUniversity of California, San Francisco\n"
     "maria.gomez@ucsf.edu | (415) 555-0134", EMAIL),
    ("subject", "Subject: Following up from SGIM\n\nDear Dr. Lee,\n\nThanks.\n\nBest,\nMaria",
     None),
    ("subject", "Subject: Hi from SGIM\n\nDear Dr. Lee,\n\nThanks.\n\nBest,\nMaria", None),
    ("subject", "Hi Dr. Rivera, loved your ACP talk. I'd love to connect!",
     {"kind": "linkedin_note"}),
    ("subject", "Subject: " + "x" * 70 + "\n\nDear Dr. Lee,", None),
    ("greeting", "Hi Dr. Lee,\n\nThanks for the talk.", None),
    ("greeting", "Dear Maria,\n\nThanks for the talk.",
     {"req": "follow_up", "changes": {"contact.name": "Dr. Maria Chen",
                                      "contact.relationship": "peer"}}),
    ("greeting", "Dear Dr. Okafor,\n\nThank you.\n\nBest,\nDr. Okafor's student, Maria", FOLLOW),
    ("greeting", "Good morning Dr. Okafor,\n\nThank you.", FOLLOW),
    ("greeting", "Dear Dr. Ada,\n\nThank you.", FOLLOW),
    ("greeting", "Dear Sam,\n\nThank you.",
     {"req": "follow_up", "changes": {"contact.name": "Sam Lee", "contact.title": "Nurse"}}),
    ("slang", "I trained in the U.S. health system and at U of M.", None),
    ("slang", "Ty Cobb's biography is on my list; u-turns aside.", None),
    ("slang", "Contact me at maria.u@ucsf.edu or see ucsf.edu/u/maria.", None),
    ("slang", "I reviewed the w/u (workup) protocol.", None),
    ("slang", "I rotated at SMH with Dr. Tho Nguyen and used PLS regression.", None),
    ("emoji", "Agenda: ✓ electives ✓ QI project", None),
    ("emoji", "Note: Dr. Lee at 10:30 (room 3:1 ratio).", None),
    ("emoji", "See https://example.org/path:p and Subject:Dr", None),
    ("exclamation", "Congratulations on the award! I hope to see you at SGIM.", None),
    ("exclamation", "Thank you for your time.", None),
    ("shouting", "I am a PGY-1 at UCSF; I met ACGME, SGIM and HIPAA folks in the ICU.", None),
    ("shouting", "I read the SPRINT trial and the RECOVERY study; USMLE Step 2 CK is done.",
     None),
    ("shouting", "I worked in the ED and the OR, covered the MICU, and passed COVID-19 training.",
     None),
    ("shouting", "Our QI work with GME, the NIH, ACP, AAFP and the US CDC on COPD and EKG use.",
     None),
    ("negative", "I hate to bother you, but could I ask one question?", None),
    ("negative", "The patient had terrible pain after the procedure.", None),
    ("negative", "The test came back negative, and it was a terrible week for weather.", None),
    ("negative", "This may be a stupid question, but how did you choose cardiology?", None),
    ("negative", "I was a terrible intern in July, but the team taught me well.", None),
    ("negative", "I'd hate for the team to miss your talk; I hated leaving the program early.",
     None),
    ("no_ask", "Dear Dr. Lee,\n\nI'm a PGY-1 at UCSF. Would you have 15 minutes at ACC?", INTRO),
    ("no_ask", "Dear Dr. Okafor,\n\nThank you. I will send my project aim by Friday.", FOLLOW),
    ("no_ask", "Dear Dr. Patel,\n\nMy abstract was accepted. Thank you!", {"req": "update"}),
    ("no_ask", "Dear Dr. Lee,\n\nI'd love to hear how you chose cardiology.", INTRO),
    ("mentor_ask", "My mentor, Dr. Patel, suggested I write to you.", None),
    ("mentor_ask", "Dr. Patel agreed to be my mentor last month.", None),
    ("mentor_ask", "You have been a wonderful mentor to me this year.", None),
    ("mentor_ask", "Would you be my mentor for the QI track?", {"req": "update"}),
    ("no_thanks", "Dear Dr. Okafor,\n\nThank you for the SGIM chat.", FOLLOW),
    ("no_thanks", "Dear Dr. Patel,\n\nI appreciated your feedback on the abstract.",
     {"req": "update"}),
    ("no_thanks", "Dear Dr. Lee,\n\nI'm a PGY-1 at UCSF.", INTRO),
    ("no_specifics", "Thank you for talking with me at SGIM.", FOLLOW),
    ("no_specifics", "Thank you for the advice on sepsis handoff checklists.", FOLLOW),
    ("no_specifics", "Thank you for the chat at ACC; could we talk again?",
     {"req": "follow_up", "changes": {"meeting.event": "ACC.26", "meeting.topics": [],
                                      "meeting.specific_detail": None}}),
    ("no_specifics", "Thank you for talking with me at the conference.", None),
    # the acronym of a hyphenated name takes each part's initial: SMFM, not SMM
    ("no_specifics", "Thank you for the chat at SMFM; could we talk again?",
     {"req": "follow_up", "changes": {
         "meeting.event": "Society for Maternal-Fetal Medicine Annual Meeting",
         "meeting.topics": [], "meeting.specific_detail": None}}),
    ("no_identity", "Dear Dr. Lee,\n\nI'm a PGY-1 at UCSF. Would you have 15 minutes?", INTRO),
    ("no_identity", "Dear Dr. Lee,\n\nAs an incoming intern, may I ask about cardiology?",
     INTRO),
    ("no_identity", "Dear Dr. Lee,\n\nMay I ask about cardiology?", None),
    ("no_signature", "Dear Dr. Lee,\n\nThank you.\n\nBest,\nMaria", None),
    ("no_signature", "Dear Dr. Lee,\n\nThank you for the talk.\n\n— Maria Gomez", None),
    ("no_signature", "Dear Dr. Lee,\n\nThank you.\n\nBest regards, Maria Gomez, MD", None),
    ("no_signature", "Hi Dr. Rivera, loved your ACP talk. I'd love to connect.",
     {"kind": "linkedin_note"}),
    ("no_signature", "Dear Dr. Lee,\n\nThank you.\n\nMaria Gomez\nPGY-1 Internal Medicine | "
                     "UCSF\nmaria.gomez@ucsf.edu", None),
    ("no_signature", "Dear Dr. Okafor,\n\nThank you.\n\nM. Gomez | UCSF IM", FOLLOW),
    ("no_signature", "Dear Dr. Lee,\r\n\r\nThank you.\r\n\r\nMaria Gomez\r\nPGY-1, UCSF\r\n"
                     "maria.gomez@ucsf.edu\r\n", None),
    ("late_followup", "Dear Dr. Okafor,\n\nThank you for the SGIM chat.",
     {"req": "follow_up", "changes": {"today": "2026-04-15"}}),
    ("late_followup", "Dear Dr. Okafor,\n\nI'm sorry for the delay in writing after SGIM.",
     {"req": "follow_up", "changes": {"today": "2026-04-30"}}),
    ("late_followup", "Dear Dr. Okafor,\n\nThank you for the SGIM chat.",
     {"req": "follow_up", "changes": {"meeting.date": None, "today": "2026-05-30"}}),
    ("unprofessional_email", "Dear Dr. Okafor,\n\nThank you.", FOLLOW),
    ("unprofessional_email", "Dear Dr. Okafor,\n\nThank you.",
     {"req": "follow_up", "changes": {"sender.email": "mgomez1994@gmail.com"}}),
    ("unprofessional_email", "Dear Dr. Okafor,\n\nThank you.",
     {"req": "follow_up", "changes": {"sender.email": "photon.student@cs.stanford.edu"}}),
]


def run(text: str, context: dict[str, Any] | None) -> list[Finding]:
    context = context or {}
    request = make_request(context["req"], **context.get("changes", {})) if "req" in context \
        else None
    settings = Settings(linkedin_tier=context.get("tier", "free"), _env_file=None)
    return check(text, request, kind=context.get("kind"), channel=context.get("channel"),
                 settings=settings)


def _id(case: tuple[str, str, Any]) -> str:
    return f"{case[0]}:{case[1][:30]}"


@pytest.mark.parametrize("case", MUST_RAISE, ids=_id)
def test_must_raise(case: tuple[str, str, dict[str, Any] | None]) -> None:
    code, text, context = case
    found = [f for f in run(text, context) if f.code == code]
    assert found, f"{code} not raised"
    for f in found:
        info = CODES[code]
        assert f.severity == info.severity or (f.severity == "info" and info.info_when)
        assert f.principle, "every finding cites a principle"
        if f.start is not None:
            assert 0 <= f.start < f.end <= len(text)


@pytest.mark.parametrize("case", MUST_NOT_RAISE, ids=_id)
def test_close_call_does_not_raise(case: tuple[str, str, dict[str, Any] | None]) -> None:
    code, text, context = case
    found = [f for f in run(text, context) if f.code == code]
    assert not found, f"false alarm: {[f.to_json() for f in found]}"


def test_every_contract_code_has_two_positives_and_two_close_calls() -> None:
    assert set(CODES) >= CONTRACT_CODES
    for code in CONTRACT_CODES:
        assert sum(c[0] == code for c in MUST_RAISE) >= 2, code
        assert sum(c[0] == code for c in MUST_NOT_RAISE) >= 2, code


@pytest.mark.parametrize(("code", "severity"), [
    ("phi", "error"), ("placeholder", "error"), ("char_limit", "error"),
    ("name_mismatch", "error"),
])
def test_contract_severities(code: str, severity: str) -> None:
    assert CODES[code].severity == severity


# (code, text, context, the severities its findings must have): a style preference is info,
# what a program director would ask the resident to change is a warning (docs/contract.md,
# "Severity of every code")
SEVERITIES = [
    ("exclamation", "Great talk! Thank you for your time!", EMAIL, {"info"}),
    ("exclamation", "Great talk! Thank you for your time! See you at SGIM!", EMAIL, {"warning"}),
    ("exclamation", "Thanks for the talk!!", EMAIL, {"warning"}),
    ("grammar", "I will ask if you could look at my aim.", EMAIL, {"warning"}),
    ("grammar", "i will send my aim by Friday.", EMAIL, {"warning"}),
    ("slang", "No worries if the timing is bad.", EMAIL, {"info"}),
    ("slang", "I'm gonna send my aim by Friday.", EMAIL, {"warning"}),
    ("subject", "Subject: " + "Following up on our conversation about sepsis handoffs at SGIM "
     "and my QI aim\n\nDear Dr. Lee,\n\nThank you.", EMAIL, {"info"}),
    ("subject", "Dear Dr. Lee,\n\nThank you.", EMAIL, {"warning"}),
]


@pytest.mark.parametrize(("code", "text", "context", "severities"), SEVERITIES)
def test_severity(code: str, text: str, context: dict[str, Any], severities: set[str]) -> None:
    assert {f.severity for f in run(text, context) if f.code == code} == severities


def test_every_code_has_its_severity_documented() -> None:
    """docs/contract.md gives every code of the registry its severity and the reason for it."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "contract.md").read_text()
    table = doc.split("## Severity of every code", 1)[1].split("\n## ", 1)[0]
    rows = {line.split("|")[1].strip(" `"): line.split("|")[2].strip()
            for line in table.splitlines() if line.startswith("| `")}
    assert {code: info.severity for code, info in CODES.items()} == {
        code: rows.get(code, "").split()[0] if rows.get(code) else None for code in CODES}


def test_no_identity_suggestion_says_a_or_an_by_sound() -> None:
    request = make_request("introduction", **{"sender.role": "one-year chief resident"})
    [f] = [f for f in check("Dear Dr. Lee,\n\nWould you have 15 minutes to talk about your QI "
                            "work?\n\nBest,\nMaria", request, settings=Settings(_env_file=None))
           if f.code == "no_identity"]
    assert f.suggestion is not None and ", a one-year chief resident at " in f.suggestion
