"""The informal-register lexicon and the mechanisms added with it, each tested in both
directions: a sentence a resident might write that must raise the code, and a look-alike that
must not. Checked alone (no request), as an email, so only the sentence's own words count."""

from __future__ import annotations

import pytest

from assistant.checks import check
from assistant.checks.functions import mentor_request
from assistant.config import Settings

SETTINGS = Settings(_env_file=None)


def _codes(sentence: str) -> set[str]:
    text = f"Dear Dr. Lee,\n\n{sentence}\n\nBest,\nMaria Gomez\n"
    return {f.code for f in check(text, settings=SETTINGS)}


# (sentence, code) that must be raised
RAISED = [
    # one letter for a whole word
    ("r you free for 15 minutes at ASH?", "slang"),
    ("Your papers on CAR-T r very inspiring for me.", "slang"),
    ("PGY-2 at Michigan, obsessed w transplant hepatology.", "slang"),
    ("Me n my co-resident loved the talk.", "slang"),
    ("Would u be open to connecting?", "slang"),
    # clipped and eye-dialect spellings, SMS abbreviations
    ("Would luv to hear how you chose PHM.", "slang"),
    ("It was rly helpful, thank you.", "slang"),
    ("Sry for the late reply.", "slang"),
    ("Imma send my CV tonight.", "slang"),
    # slang senses, interjections, stretched words
    ("The POCUS panel was lit, and your talk stuck with me.", "slang"),
    ("If yes, bet, I'll work around your schedule.", "slang"),
    ("It was sooo helpful to hear your advice.", "slang"),
    ("Thank youuu for the advice.", "slang"),
    # "its" for "it's"
    ("Its my dream to do wilderness medicine.", "grammar"),
    ("Its been a busy spring.", "grammar"),
    # judgements about people in new words
    ("Honestly the seniors here are bullies.", "negative"),
    ("Most attendings are burnt-out cynics who mock anyone with outside interests.", "negative"),
    ("The heme attendings kind of coast through rounds.", "negative"),
    ("In my program the faculty are not caring about the residents at all.", "negative"),
    ("They only care for their RVUs.", "negative"),
    ("Our seniors yell at the interns on every call.", "negative"),
    # template slots in other shapes
    ("It was great to meet you at (conference name) on Monday.", "placeholder"),
    ("I enjoyed your talk at (name of the conference).", "placeholder"),
    # capitals
    ("I would REALLY appreciate your advice.", "shouting"),
]

# (sentence, code) that must stay silent
SILENT = [
    ("I have been learning R to analyse our chart review.", "slang"),
    ("A co-resident who rotated at U of M told me about your work.", "slang"),
    ("The case you described (Mr. R, the cyclist) stayed with me.", "slang"),
    ("(r) a reading list, if time allows.", "slang"),
    ("A thread on r/medicine pointed me to your paper.", "slang"),
    ("The Pearson r of 0.62 surprised us.", "slang"),
    ("Our correlation was r = 0.4 in the pilot.", "slang"),
    ("We had an n of 40 patients.", "slang"),
    ("The patient with c diff improved.", "slang"),
    ("We plotted it on the y axis.", "slang"),
    ("Your demonstration, with the room barely lit, is how I teach.", "slang"),
    ("The ultrasound room was lit by the monitor alone.", "slang"),
    ("My best bet is to apply next year.", "slang"),
    ("The facts of the case were clear.", "slang"),
    ("The XXX chromosome finding was incidental.", "slang"),
    ("Hmmm, the zzz of the night shift is real.", "slang"),
    ("The program found its audience.", "grammar"),
    ("Its funding runs through 2027.", "grammar"),
    ("I was bullied as a medical student and now teach others.", "negative"),
    ("The coast guard flew the patient in.", "negative"),
    ("The worst outcomes come from late transfers.", "negative"),
    ("My mentor, Dr. Stone, suggested I write to you.", "mentor_ask"),
    ("The trial enrolled 40 patients (date of enrolment in the appendix).", "placeholder"),
    ("The drug (brand name Lasix) was held.", "placeholder"),
    ("Your advice to log every FAST exam was practical.", "shouting"),
    ("Our CRS and ICANS audit used the ASTCT criteria.", "shouting"),
]


@pytest.mark.parametrize(("sentence", "code"), RAISED)
def test_raised(sentence: str, code: str) -> None:
    assert code in _codes(sentence)


@pytest.mark.parametrize(("sentence", "code"), SILENT)
def test_silent(sentence: str, code: str) -> None:
    assert code not in _codes(sentence)


MENTOR = [
    ("I wanted to ask whether you would be willing to serve as a long-term mentor to me.", True),
    ("I would be so grateful if you could oversee my development as a future intensivist.", True),
    ("Would you be open to supervising my growth as a researcher?", False),  # no possessive
    ("My long-term mentor, Dr. Stone, suggested I write.", False),
    ("Thank you for guiding my career these three years.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), MENTOR)
def test_mentor_request(sentence: str, expected: bool) -> None:
    assert mentor_request(sentence) is expected
