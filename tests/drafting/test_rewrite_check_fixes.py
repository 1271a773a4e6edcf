"""The rewrite applies what its own checks know: runs of question marks, a clause the checks
flag without a fix (negativity about colleagues), an outright mentorship request."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.engines.offline.rewrite_fix import tidy
from assistant.models import DraftRequest


@pytest.mark.parametrize(
    ("typed", "tidied"),
    [
        ("Do you take residents??", "Do you take residents?"),
        ("it was refreshing?!? I would love to connect.",
         "It was refreshing. I would love to connect."),
        ("Could we meet?!", "Could we meet?"),
        ("Great talk! Can we meet?", "Great talk! Can we meet?"),  # look-alike: left as is
    ],
)
def test_question_mark_runs(typed: str, tidied: str) -> None:
    assert tidy(typed) == tidied


@pytest.mark.parametrize(
    ("note", "gone", "kept"),
    [
        ("Your talk on heart failure clinics was great. Honestly my attendings here are clueless "
         "about GDMT, so it was refreshing?!? Would love to connect.", "clueless",
         "heart failure clinics"),
        ("Loved your talk on bronchiolitis at grand rounds. Will you be my mentor?!",
         "be my mentor", "bronchiolitis"),
        ("Your QI talk was great?? Do you take residents on your projects??", "??",
         "take residents"),
    ],
)
def test_rewrite_applies_check_fixes(tmp_path, note: str, gone: str, kept: str) -> None:
    req = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "existing_text": note,
        "sender": {"name": "Ben Okafor", "role": "PGY-2 IM"},
        "contact": {"name": "Dr. Helen Zhou", "relationship": "met_once"}})
    settings = Settings(data_dir=tmp_path, _env_file=None)
    d = draft(req, engine="offline", settings=settings)
    assert gone not in d.body and kept in d.body
    assert not [f.code for f in d.findings if f.severity in ("warning", "error")]


def _draft(tmp_path, note: str, channel: str | None = None):  # noqa: ANN202
    req = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "existing_text": note, "channel": channel,
        "sender": {"name": "Ben Okafor", "role": "PGY-2 IM", "email": "ben.okafor@uw.edu"},
        "contact": {"name": "Dr. Helen Zhou", "relationship": "met_once"}})
    return draft(req, engine="offline", settings=Settings(data_dir=tmp_path, _env_file=None))


@pytest.mark.parametrize(
    ("note", "gone", "kept"),
    [
        # put off asks: asked as the question, or left out beside the ask the note already makes
        ("Your advice to start with a chart review was spot on. I'll ask if you have any "
         "datasets I could use.", "I'll ask", "Do you have any datasets I could use?"),
        ("Great meeting you at SGIM. Do you take residents on your projects? I will ask about "
         "the timeline later.", "I will ask", "Do you take residents on your projects?"),
        # text-speak the checks know, fixed by their own suggestion
        ("thank you sm for the feedback on my H&P today. Can I send you my next one?", " sm ",
         "hank you so much for the feedback"),
        ("your talk on sickle cell at ASH was great. would love to connect fr", " fr",
         "love to connect."),
    ],
)
def test_the_checks_find_nothing_left_in_the_rewrite(tmp_path, note: str, gone: str,
                                                     kept: str) -> None:
    d = _draft(tmp_path, note)
    assert gone not in d.body and kept in d.body, d.body
    assert not [f.code for f in d.findings if f.severity in ("warning", "error")]


def test_an_email_keeps_its_pasted_signature_and_drops_the_device_footer(tmp_path) -> None:
    note = ("Hi Dr. Zhou,\n\nThank you for meeting with me after M&M. I've attached a first "
            "draft of the case report.\n\nBest,\nBen Okafor, MD\nPGY-2 Internal Medicine\n"
            "ben.okafor@uw.edu\n\nSent from my iPhone")
    d = _draft(tmp_path, note, channel="email")
    assert d.body.endswith("Best,\nBen Okafor, MD\nPGY-2 Internal Medicine\nben.okafor@uw.edu")
    assert "iPhone" not in d.body and d.body.count("Ben Okafor") == 1


def test_a_long_linkedin_message_fits_its_words_and_drops_pleasantries_first(tmp_path) -> None:
    filler = "I have been following your work on rural obstetric care for a long time. " * 12
    note = (f"Hi Dr. Zhou, I hope this message finds you well. {filler}Would you have 20 "
            "minutes to talk about fellowships? Sorry again for the long message.")
    d = _draft(tmp_path, note, channel="linkedin_message")
    assert len(d.body.split()) <= 150 and "20 minutes" in d.body
    assert "finds you well" not in d.body and "Sorry" not in d.body


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # thanks run on after a clause, or spliced to it with a comma, is a sentence of its own
        ("could I do an elective next spring thank you for your time",
         "Could I do an elective next spring? Thank you for your time."),
        ("I finally submitted the abstract to SHM, thx for all ur help w/ the stats.",
         "I finally submitted the abstract to SHM. Thank you for all your help with the stats."),
        # a suggestion to meet is asked; "ur" before "free" is "you're"
        ("Loved your talk on nerve blocks. maybe we could talk sometime when ur free",
         "I loved your talk on nerve blocks. Could we talk sometime when you're free?"),
        # the reader in the third person addressed with agreement, and the put-off ask asked
        ("dr zhou was amazing on the panel, her point about contracts was SO helpful. i want to "
         "ask her if she has time to look at my offer letter",
         "You were amazing on the panel, your point about contracts was so helpful. Do you have "
         "time to look at my offer letter?"),
        # a word of the thanks is no clause of its own; "wanna" asks in full
        ("big thx for the ultrasound workshop. wanna grab coffee sometime?",
         "Big thank you for the ultrasound workshop. Would you like to grab coffee sometime?"),
        # a spoken "so" opening a sentence says nothing
        ("so i was at your session on nerve blocks. could we talk sometime?",
         "I was at your session on nerve blocks. Could we talk sometime?"),
        # thirty words typed as one run are read as sentences, capitals or not: each "and I"
        # of the long run starts one, and the put-off ask is asked
        ("Hi Dr Zhou I am a PGY 2 in EM at Rush I met you at SAEM and I am very interested in "
         "toxicology research and I wanted to ask if there are openings for residents in spring",
         "Hi Dr. Zhou, I am a PGY-2 in emergency medicine at Rush. I met you at SAEM. I am very "
         "interested in toxicology research. Are there openings for residents in spring?"),
        # a deferred topic is asked now, its clause a question of its own
        ("I finished the first draft of the case report. I'll ask you about the journal choice "
         "next time we meet, but I wanted to send the draft now. Could you look it over?",
         "I finished the first draft of the case report. Could we talk about the journal choice "
         "next time we meet? I wanted to send the draft now. Could you look it over?"),
        # a register filler opening a sentence goes ("tbh" is not "Honestly"); a zero relative
        # clause stays one sentence
        ("tbh ur thread on podcasts is the reason i passed my shelf lol. would love to connect",
         "Your thread on podcasts is the reason I passed my shelf. I would love to connect."),
        # a role takes its article and its noun
        ("I'm pgy2 peds interested in heme. Would you have 15 min to talk?",
         "I'm a PGY-2 pediatrics resident interested in hematology. Would you have 15 minutes to "
         "talk?"),
    ],
)
def test_a_run_on_note_is_written_in_whole_sentences(tmp_path, note: str, expected: str) -> None:
    d = _draft(tmp_path, note)
    assert d.body == expected
    assert not [f.code for f in d.findings if f.severity in ("warning", "error")]
