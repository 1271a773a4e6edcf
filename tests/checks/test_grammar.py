"""The `grammar` check: each flawed sentence is flagged, each look-alike is not."""

from __future__ import annotations

import pytest

from assistant.checks import check
from assistant.models import DraftRequest

REQ = DraftRequest.model_validate({
    "kind": "follow_up", "today": "2026-03-10",
    "sender": {"name": "Priya Shah", "role": "PGY-2 family medicine resident"},
    "contact": {"name": "Dr. Kenji Ito", "relationship": "met_once"},
    "meeting": {"event": "grand rounds", "date": "2026-03-09"},
})


def _email(body: str) -> str:
    return (f"Subject: Thank you\n\nDear Dr. Ito,\n\n{body}\n\nI'll send my CV by Friday.\n\n"
            "Best,\nPriya Shah")


T = "Thank you for grand rounds. "
FLAWED = [
    ("his tip", T + "I keep thinking about his tip to start small."),
    ("she said", T + "One thing stayed with me: she said it fills by March."),
    ("the reader's name, possessive", T + "I'm grateful for Dr. Ito's help."),
    ("the reader's name mid-sentence", T + "I learned a lot from Dr. Ito."),
    ("a deferred ask", T + "I'll ask if you take residents on your registry."),
    ("asking to ask", T + "Would you be willing to ask if the clinic has room?"),
    ("a broken frame", T + "I look forward to will email you in February."),
    ("lowercase i", T + "i learned a lot about audits."),
    ("a lowercase sentence start", T + "the audit idea was helpful."),
    ("a role without its noun", "I'm a PGY-3 pediatrics at Lurie. Thank you for grand rounds."),
    ("a doubled word", "Thank you for the the talk at grand rounds."),
    ("a doubled word starting a sentence", T + "The The audit idea was helpful."),
    ("the reader after a compound modifier", T + "My first-author paper was accepted. "
                                                 "Her edits helped."),
    ("the reader's name as the subject", T + "The advice from Dr. Ito helped a lot."),
    ("a lowercase start after a list", "Thank you for grand rounds.\n1. Review.\n\nthe rest "
                                      "can wait."),
    ("a role missing its noun after a modifier", "I'm a PGY-2 internal medicine at Lurie. " + T),
    # specialties of more than one word, a name before the role, a year in words
    ("a role after a name", "I'm Priya Shah, a PGY-2 internal medicine at Lurie. " + T),
    ("PM&R without its noun", "I am a PGY-1 physical medicine and rehabilitation at Lurie. " + T),
    ("a year in words", "I'm a second-year emergency medicine at Lurie. " + T),
    ("OB/GYN without its noun", "I'm a PGY-1 obstetrics and gynecology at Lurie. " + T),
    ("a first name and a year", "I'm Priya, a first-year family medicine at Lurie. " + T),
    ("as a role", "As a PGY-3 family medicine, I run our clinic audits. " + T),
    # "wont"/"cant" before a verb
    ("'wont' before a verb", T + "The portal wont load my slides."),
    ("'cant' before a verb", T + "I cant wait to try the audit."),
    ("'Cant' opening a sentence", T + "Cant thank you enough for the audit tips."),
    # an article before a vowel sound, a preposition a verb does not take
    ("'a' before a vowel", T + "I'm a intern on the audit team."),
    ("'A' opening a sentence", T + "A elective in audits would help."),
    ("'discuss about'", T + "Could we discuss about the audit next week?"),
]
GOOD = [
    ("a patient's pronoun", T + "The man in his 60s we discussed is well."),
    ("another named person", T + "Dr. Lee said his clinic has room."),
    ("a quotation", T + "Your line “he who hesitates” stayed with me."),
    ("a role with its noun", "I'm a PGY-3 pediatrics resident at Lurie. " + T),
    ("a role with 'in'", "I'm a PGY-2 in pediatrics at Lurie. Thank you for grand rounds."),
    ("'had had'", T + "I had had the same question for weeks."),
    ("i.e.", "Thank you for grand rounds, i.e. the session on audits."),
    ("an acronym doubled", "Thank you for grand rounds on AKI AKI staging."),
    ("a direct ask", T + "Do you take residents on your registry?"),
    ("'look forward to' a gerund", T + "I look forward to hearing more."),
    # a pronoun whose antecedent is another person, named or described
    ("a reviewer's pronoun", T + "Our reviewer wrote back; she liked the methods."),
    ("an untitled full name", T + "Ama Owusu told me she loved your session."),
    ("a co-resident", T + "My co-resident said he would join us."),
    ("a case described by age", T + "A 45-year-old came in; his echo was normal."),
    # the reader's name as part of a thing's name
    ("a citation", T + "I read Ito et al. last night."),
    ("a citation with a year", T + "I reread Ito (2024) on audits."),
    ("an eponymous lab", T + "I read the Ito Lab's paper last night."),
    ("a name of several words", T + "I applied for the AHA Ito Investigator award."),
    # doubles English allows
    ("a place said twice", T + "I rotated in Walla Walla last month."),
    ("emphatic do", T + "What electives I do do will be rural."),
    ("object and possessive", T + "My co-intern was nervous; you gave her her first debrief."),
    # lowercase after an abbreviation, in a list, or a lowercase brand
    ("a numbered list", "Thank you for grand rounds. My agenda:\n1. review the audit\n"
                        "2. discuss fellowship"),
    ("a lettered list", "Thank you for grand rounds. Points:\na) timeline;\nb) letters."),
    ("'a.m.'", T + "I can come at 7 a.m. the day after."),
    ("a postscript", T + "I'll send it Friday.\n\nP.S. congratulations on the award."),
    ("'et al.' and 'approx.'", T + "Semler et al. showed it, and approx. half agreed."),
    ("lowercase brands", T + "eGFR was low. pH was 7.1. iPhone probes help."),
    # whole phrases after a training year
    ("a role with 'on'", "I'm a PGY-2 on surgery at Lurie. " + T),
    ("a role with a verb", "I'm a PGY-3 starting cardiology in July. " + T),
    ("a long specialty with its noun", "I'm a PGY-1 physical medicine and rehabilitation "
                                       "resident at Lurie. " + T),
    ("a year in words with its noun", "I'm a second-year emergency medicine resident. " + T),
    ("'and' inside the name", "I'm a PGY-1 obstetrics and gynecology trainee at Lurie. " + T),
    ("a name and 'in'", "I'm Priya Shah, a PGY-1 in physical medicine and rehabilitation. " + T),
    ("'on' a long specialty", "I'm a PGY-2 on internal medicine this block. " + T),
    # "wont" and "cant" as words of their own
    ("'wont' as a noun", T + "As is my wont, I stayed late to read it."),
    ("'wont to'", T + "Our chief is wont to stay late."),
    ("'cant' as a noun", T + "The cant of the old gurney made it roll."),
    # "a" before a consonant sound, a letter, a name
    ("'a one-'", T + "I'd value a one-page summary of the audit."),
    ("'a university'", T + "I'm at a university hospital in Ohio."),
    ("a letter", T + "Plan A is an audit; vitamin A is another."),
    ("'a' before a consonant sound in capitals", T + "I saw a CT scan of it."),
    ("a year as a noun", "I'm a second-year in emergency medicine at Lurie. " + T),
]


@pytest.mark.parametrize(("label", "body"), FLAWED, ids=[f[0] for f in FLAWED])
def test_flawed_sentence_is_flagged(label: str, body: str) -> None:
    codes = [f.code for f in check(_email(body), REQ)]
    assert "grammar" in codes


@pytest.mark.parametrize(("label", "body"), GOOD, ids=[g[0] for g in GOOD])
def test_look_alike_is_silent(label: str, body: str) -> None:
    findings = [f.message for f in check(_email(body), REQ) if f.code == "grammar"]
    assert findings == []


def test_greeting_and_inline_greeting_are_not_third_person() -> None:
    note = "Hi Dr. Ito, thank you for grand rounds. I'd be glad to connect."
    findings = [f for f in check(note, REQ, kind="linkedin_note", channel="linkedin_note")
                if f.code == "grammar"]
    assert findings == []


def test_pronoun_finding_suggests_the_second_person() -> None:
    finding = next(f for f in check(_email("Thank you. I keep thinking about her advice."), REQ)
                   if f.code == "grammar")
    assert finding.severity == "warning" and finding.suggestion == "your"


def test_a_pronoun_of_the_other_gender_than_the_request_gives_is_not_the_reader() -> None:
    """The request speaks of the reader as "her" (the credit); "his" is someone else, "her"
    is still the reader."""
    req = REQ.model_copy(update={"kind": "update", "update": REQ.update.model_copy(
        update={"news": "my abstract was accepted", "credit": "her edits"})})
    body = "Thank you for your edits. I keep thinking about {} advice on the methods."

    def grammar(pronoun: str) -> list[str]:
        return [f.message for f in check(_email(body.format(pronoun)), req) if f.code == "grammar"]

    assert grammar("his") == []
    assert grammar("her") != []


@pytest.mark.parametrize(("said", "fix"), [
    ("I isn’t", "am not"), ("I isn't", "am not"), ("I hasn’t", "haven’t"),
    ("I hasn't", "haven't"), ("I doesn’t", "don’t"), ("I has", "have")])
def test_a_verb_form_is_mended_with_the_writers_own_apostrophe(said: str, fix: str) -> None:
    """A curly apostrophe is the same word as a straight one (it once raised a KeyError for
    "isn’t"); the fix keeps the apostrophe the resident typed."""
    [finding] = [f for f in check(_email(f"Thank you. {said} sure yet about the date."), REQ)
                 if f.code == "grammar" and f.suggestion == fix]
    assert finding.severity == "warning"
