"""A note written for another medium, rewritten for the one it is sent on: an email's subject
line and "this email" leave a LinkedIn note, a form letter's greeting names the reader, a post's
hashtags and a postscript's mark leave any message; the sentences stay."""

from __future__ import annotations

import pytest

from assistant.engines.offline.rewrite_lines import (
    for_channel,
    without_email_shorthand,
    without_headline,
)


@pytest.mark.parametrize(("note", "channel", "out"), [
    ("Re: your grand rounds\nHi Dr. Vance,\nI enjoyed it.", "linkedin_note",
     "Hi Dr. Vance,\nI enjoyed it."),
    ("Subject: Re: your grand rounds\nHi Dr. Vance, I enjoyed it.", "email",
     "Subject: Re: your grand rounds\nHi Dr. Vance, I enjoyed it."),
    ("Hi Dr. Vance, sorry this email is long.", "linkedin_message",
     "Hi Dr. Vance, sorry this message is long."),
    ("Dear Sir or Madam: I would like to join the registry.", "linkedin_note",
     "Dear Dr. Vance, I would like to join the registry."),
    ("Great session today! #MedTwitter #IMprov Could we talk?", "email",
     "Great session today! Could we talk?"),
    ("Hi Dr. Vance, thanks again. Best, Rui. PS: the abstract went in!", "linkedin_note",
     "Hi Dr. Vance, thanks again. The abstract went in!"),
])
def test_what_belongs_to_another_medium_goes(note: str, channel: str, out: str) -> None:
    assert for_channel(note, channel, "Dr. Vance")[0] == out


@pytest.mark.parametrize("note", [
    "I presented at the #1 ranked program's research day.",
    "We met at the PS&S conference; your talk on ECMO was clear.",
    "Could you send the email you mentioned to my co-resident?",
    "Following up on my email from last week about the elective.",
    "The topics were great, especially the ps of the PDSA cycle.",
])
def test_look_alikes_stay(note: str) -> None:
    assert for_channel(note, "linkedin_note", "Dr. Vance") == (note, [])


@pytest.mark.parametrize(("note", "out", "found"), [
    ("Hi Dr. Vance, Rui Sousa | PGY-1 Pediatrics | Boston Medical Center | Interests: asthma, "
     "housing | Cyclist. Your talk on school-based asthma care was clear.",
     "Hi Dr. Vance, I'm Rui Sousa. Your talk on school-based asthma care was clear.", True),
    ("Dr. Vance, Peds Resident • Future Hospitalist • QI Nerd. Could we talk?",
     "Dr. Vance, I'm Rui Sousa. Could we talk?", True),
    # the name and its credentials open the headline; a last segment that speaks is the note
    ("Dr. Vance, Rui Sousa, MD, MPH | PGY-1 Peds | BMC | 9 abstracts | keen on your asthma "
     "registry and your school clinics; would love to help.",
     "Dr. Vance, I'm Rui Sousa. keen on your asthma registry and your school clinics; would "
     "love to help.", True),
    # a short last label stays a label, even with "my" in it
    ("Dr. Vance, Rui Sousa | PGY-1 Peds | Opinions my own. Could we talk?",
     "Dr. Vance, I'm Rui Sousa. Could we talk?", True),
    # a bar inside a sentence is no headline
    ("We compared the PEWS | no-PEWS arms at our site.",
     "We compared the PEWS | no-PEWS arms at our site.", False),
])
def test_a_pasted_headline_is_said_as_a_sentence(note: str, out: str, found: bool) -> None:
    assert without_headline(note, "I'm Rui Sousa.") == (out, found)


@pytest.mark.parametrize(("note", "out"), [
    ("Hi Dr. Vance, RE: your asthma registry. Could I help?",
     "Hi Dr. Vance, I'm writing about your asthma registry. Could I help?"),
    ("FYI I'm a PGY-2 at BMC. fyi, the abstract is in.", "I'm a PGY-2 at BMC. The abstract is in."),
    # "re" as a word and a program's acronym stay
    ("Could we talk re-entry after leave? We met at the RE:ACT summit.",
     "Could we talk re-entry after leave? We met at the RE:ACT summit."),
])
def test_an_emails_shorthand_opening_a_sentence(note: str, out: str) -> None:
    assert without_email_shorthand(note) == out


@pytest.mark.parametrize(("typed", "written"), [
    ("starting my geri block monday", "starting my geriatrics block Monday"),
    ("keen on pulm/crit", "keen on pulmonary and critical care"),
    ("Dr. Geri Okonkwo ran it", "Dr. Geri Okonkwo ran it"),  # a name keeps its capital
])
def test_clipped_specialties_are_written_out(typed: str, written: str) -> None:
    from assistant.text.shorthand import expand

    assert expand(typed, clinical=False) == written
