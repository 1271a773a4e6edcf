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
    ("Your talk was straight up amazing, no joke.", "slang"),
    ("Hit me back when you get a chance.", "slang"),
    ("Your lecture was next level, thank you.", "slang"),
    ("Thanks a bunch for the advice.", "slang"),
    ("That would be epic.", "slang"),
    ("Your CAR-T work is wicked cool.", "slang"),
    ("Def worth it for me.", "slang"),
    ("Totally cool if not.", "slang"),
    ("All good if you can't.", "slang"),
    ("Your talk was goated.", "slang"),
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
    ("Our PD is a total control freak.", "negative"),
    ("Our program leadership is a dumpster fire.", "negative"),
    ("The attendings here could not teach to save their lives.", "negative"),
    ("Our department chair is a bit of a tyrant.", "negative"),
    ("Our program doesn't give a damn about wellness.", "negative"),
    ("The heme faculty are not interested in teaching residents at all.", "negative"),
    ("Nobody in my program knows what they are doing.", "negative"),
    ("The admin at my program are a bunch of bean counters.", "negative"),
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
    ("I could not teach the session because of a code.", "negative"),
    ("My attendings know what they are doing, and I learn a lot.", "negative"),
    ("The residents were not interested in the old rota, so we changed it.", "negative"),
    ("The results were good if not great.", "slang"),
    ("It was no joke for our patients.", "slang"),
    ("Our Epic build team was thrilled.", "slang"),
    ("My teammate Ty Okafor joined too.", "slang"),
    ("Def. 2 of the guideline confused me.", "slang"),
    ("I rotated with Dr. Tho last spring.", "slang"),
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
    ("I am searching for a mentor in heme/onc and hoped it could be you.", True),
    ("Would you have room for one more mentee?", True),
    ("Would you be open to guiding me through my career in oncology?", True),
    ("Would you be willing to meet with me regularly as I plan my career?", True),
    ("Would you agree to coach me through residency?", True),
    ("Would you be willing to advise me on an ongoing basis?", True),
    ("Could you guide me to the right person for CAR-T questions?", False),
    ("My mentor and I meet monthly; would you have 15 minutes?", False),
    ("Our program pairs each intern with one mentee; would you have 15 minutes?", False),
    ("Would you coach me on my talk for 15 minutes at ASH?", False),
    ("Thank you for guiding my career these three years.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), MENTOR)
def test_mentor_request(sentence: str, expected: bool) -> None:
    assert mentor_request(sentence) is expected
