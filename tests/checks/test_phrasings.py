"""Phrasings a resident might write for each failure class (casual register, judgements about
people, mentorship requests, no real ask, device footers, template slots), each tested in both
directions: a sentence that must raise the code, and a look-alike that must not. Sentences are
checked in a short email, alone or as an introduction, so only their own words count."""

from __future__ import annotations

import pytest

from assistant.checks import check
from assistant.checks.functions import mentor_request
from assistant.config import Settings
from assistant.models import DraftRequest
from tests.checks.conftest import make_request

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

RAISED += [
    ("Im grateful for your advice.", "grammar"),
    ("Let me know if theres anything I can help with.", "grammar"),
    ("Wd love to connect and hear about the fellowship.", "slang"),
    ("PGY-1 EM @ Hopkins here, interested in toxicology.", "slang"),
    ("haha that was the best talk of the meeting.", "slang"),
    ("ik you are busy, but could we meet for 15 minutes?", "slang"),
    ("Your case on disseminated histo was wild.", "slang"),
    ("The turnout at the workshop was insane.", "slang"),
    ("I loved the talk, esp the part on sepsis bundles.", "slang"),
    ("cud we meet next week?", "slang"),
    ("Could I ask a couple qs about residency applications?", "slang"),
    ("Dont hesitate to tell me if the aim is off.", "grammar"),
    ("I could of asked more questions.", "grammar"),
    ("Your the reason I chose hospital medicine.", "grammar"),
    ("Their was a lot to learn.", "grammar"),
    ("Thank you for you advice on the aim.", "grammar"),
    ("I will definately use the checklist.", "grammar"),
    ("I am greatful for the chance to meet.", "grammar"),
    ("Alot of it was new to me.", "grammar"),
    ("I am PGY-1 internal medicine at UCSF.", "grammar"),
    # a verb of slang praise ending its clause; "k" for "okay" as an acknowledgement
    ("Your keynote slapped, honestly.", "slang"),
    ("That workshop hits different.", "slang"),
    ("Your grand rounds was a total banger.", "slang"),
    ("Cool, talk soon.", "slang"),
    ("Your talk was legit the best one, \"honestly\".", "slang"),
    ("ok k thanks, talk soon.", "slang"),
    ("Got it, k, see you then.", "slang"),
    # a name for people used to refer to them
    ("Unlike the dinosaurs on our cardiology service, you use data.", "negative"),
    ("The clowns who run our department ignore residents.", "negative"),
    ("My senior is a nightmare to work with.", "negative"),
    ("The intensivists here are useless at teaching.", "negative"),
    ("The residents here are spoiled and entitled.", "negative"),
    # a verb form its subject or frame does not take
    ("I has been reading your papers since medical school.", "grammar"),
    ("Since then I is more confident with POCUS.", "grammar"),
    ("I seen your talk at SGIM last spring.", "grammar"),
    ("I look forward to hear from you.", "grammar"),
    ("I am very interesting in your work on handoffs.", "grammar"),
    ("I'm really exciting to start the elective.", "grammar"),
    # "TK", the editor's mark for a fact to come
    ("Your talk on TK was the best of the day.", "placeholder"),
    ("I loved your talk on (topic) at the meeting.", "placeholder"),
    ("I loved the TK session.", "placeholder"),
]
# (sentence, code) that must stay silent
SILENT = [
    ("I have been learning R to analyse our chart review.", "slang"),
    ("Our QS audit covered the WD units.", "slang"),
    ("The mutant grew as fast as the wild type did.", "slang"),
    ("The patient was wild and confused overnight.", "slang"),
    ("My co-resident IK Chen presented on ESP in the ICU.", "slang"),
    ("Write to me at maria.lopez@ucsf.edu or @mlopez_md on the program's page.", "slang"),
    ("A co-resident who rotated at U of M told me about your work.", "slang"),
    ("The case you described (Mr. R, the cyclist) stayed with me.", "slang"),
    ("(r) a reading list, if time allows.", "slang"),
    ("A thread on r/medicine pointed me to your paper.", "slang"),
    ("The Pearson r of 0.62 surprised us.", "slang"),
    ("Our correlation was r = 0.4 in the pilot.", "slang"),
    ("We had an n of 40 patients.", "slang"),
    ("The patient with c diff improved.", "slang"),
    ("We plotted it on the y axis.", "slang"),
    ("I trained at Hospital Universitario y Politécnico La Fe.", "slang"),
    ("We played Salt n Pepa at the resident retreat.", "slang"),
    ("Your demonstration, with the room barely lit, is how I teach.", "slang"),
    ("The ultrasound room was lit by the monitor alone.", "slang"),
    ("My best bet is to apply next year.", "slang"),
    ("The facts of the case were clear.", "slang"),
    ("The XXX chromosome finding was incidental.", "slang"),
    ("Hmmm, the zzz of the night shift is real.", "slang"),
    ("The program found its audience.", "grammar"),
    ("Your welcome letter arrived today.", "grammar"),
    ("Your right hand is the one to scan with.", "grammar"),
    ("Your very kind words meant a lot.", "grammar"),
    ("Your so-called quiet month sounded busy.", "grammar"),
    ("Their team was generous with time.", "grammar"),
    ("I used your judgement as my guide.", "grammar"),
    ("I worked with Dr. Wich on the registry.", "grammar"),
    ("I am grateful for the chance to meet.", "grammar"),
    ("Thank you for your advice on the aim.", "grammar"),
    ("I am a PGY-1 internal medicine resident at UCSF.", "grammar"),
    ("Its funding runs through 2027.", "grammar"),
    ("I was bullied as a medical student and now teach others.", "negative"),
    ("I could not teach the session because of a code.", "negative"),
    ("The ICU team fought to save their lives.", "negative"),
    ("The faculty are not teaching on Fridays this block.", "negative"),
    ("It's a shame the interns missed the talk.", "negative"),
    ("The realization hit me hard after the code.", "slang"),
    ("Your course took my POCUS skills to the next level.", "slang"),
    ("Fr. Michael, our chaplain, suggested I write.", "slang"),
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
    # a sentence in capitals of acronyms alone is not shouting
    ("Certified: ACGME, ACLS, PALS, NRP.", "shouting"),
    ("ACLS, PALS AND NRP CERTIFIED.", "slang"),
    ("The drape was slapped on before the timeout.", "slang"),
    ("Sepsis is a nightmare to manage on nights.", "negative"),
    ("The waiting list is a nightmare for our patients.", "negative"),
    ("The blood samples were spoiled in transit.", "negative"),
    ("My senior said, \"Dr. Lee's lab is legit the best for HF trials.\"", "slang"),
    ("My PD's reply was \"Wow!!! Congrats!!!\" and I wanted you to know.", "exclamation"),
    ("We cooled the patient to 33 degrees; the room stayed cool.", "slang"),
    ("Phase I is now enrolling at our site.", "grammar"),
    ("Our Type I diabetes clinic has grown.", "grammar"),
    ("I look forward to hearing from you.", "grammar"),
    ("I found the talk interesting in many ways.", "grammar"),
    ("We replete k before diuresis.", "slang"),
    ("Vitamin K, thanks to your protocol, is now charted.", "slang"),
    ("We saw the dinosaurs at the Field Museum.", "negative"),
    ("The clowns at the children's hospital gala were a hit.", "negative"),
    ("We study TKA outcomes and a TK inhibitor.", "placeholder"),
    ("Every AE (adverse event) was reported to the board.", "placeholder"),
    ("Our abstract is poster 214 [Thursday session, hall B2].", "placeholder"),
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
    ("Could you guide me through the submission portal, if you have 10 minutes?", False),
    ("Would you be willing to guide me in my career as I apply?", True),
    ("My mentor and I meet monthly; would you have 15 minutes?", False),
    ("Our program pairs each intern with one mentee; would you have 15 minutes?", False),
    ("Would you coach me on my talk for 15 minutes at ASH?", False),
    ("Thank you for guiding my career these three years.", False),
    ("It would mean a lot if you could guide me through my path in cardiology.", True),
    ("Could you guide me through my pathology slides for 15 minutes?", False),
    ("Could I count on you as a mentor through fellowship applications?", True),
    ("Could I count on you for 15 minutes at ACC?", False),
]


@pytest.mark.parametrize(("sentence", "expected"), MENTOR)
def test_mentor_request(sentence: str, expected: bool) -> None:
    assert mentor_request(sentence) is expected


def _introduction(sentence: str, closing: str = "Best,\nMaria Gomez") -> set[str]:
    text = (f"Subject: ACC.26\n\nDear Dr. Lee,\n\nI'm Maria Gomez, a PGY-1 in internal medicine "
            f"at UCSF. {sentence}\n\n{closing}\n")
    return {f.code for f in check(text, kind="introduction", settings=SETTINGS)}


ASK = "Would you have 15 minutes at ACC.26?"
# (sentence, closing, code, raised?) on an introduction
INTRODUCTIONS = [
    # no real ask: an own plan, an offer, a request with nothing to answer
    ("I would like to learn more about outcomes research in the future.", None, "no_ask", True),
    ("Please keep me in mind for any opportunities in your group.", None, "no_ask", True),
    ("I'd be happy to help with any projects you have going.", None, "no_ask", True),
    ("Let me know if there's ever anything I can do for your team.", None, "no_ask", True),
    ("I'd love to learn how you chose outcomes research.", None, "no_ask", False),
    ("Is there a time at ACC.26 when you might have 15 minutes.", None, "no_ask", False),
    ("I wanted to ask for 15 minutes of your time at ACC.26.", None, "no_ask", False),
    ("Would 15 minutes at ACC.26 be possible.", None, "no_ask", False),
    ("Let me know if 15 minutes at ACC.26 would work; happy to help set it up.", None, "no_ask",
     False),
    # a promise only to be in touch again asks the reader nothing
    ("I am planning to reach out again after my heart failure rotation.", None, "no_ask", True),
    ("I will keep you posted on my plans.", None, "no_ask", True),
    ("I will send you my CV by Friday.", None, "no_ask", False),
    # an offer whose time the reader is left to choose
    ("I'm happy to share my CV whenever it is useful to you.", None, "no_ask", True),
    ("Happy to send my abstract if it would help.", None, "no_ask", True),
    ("I'm happy to send my abstract if it would help; would 15 minutes at ACC.26 work?", None,
     "no_ask", False),
    # a footer in the device's language is no signature
    (ASK, "Thanks!\n\nEnviado desde mi iPhone", "no_signature", True),
    (ASK, "Best,\nMaria\n\nEnviado desde mi iPhone", "no_signature", False),
    # template slots in other shapes
    ("We met at ***. " + ASK, None, "placeholder", True),
    ("We met at $EVENT. " + ASK, None, "placeholder", True),
    ("Your work on INSERT TOPIC was great. " + ASK, None, "placeholder", True),
    ("Would you have 15 minutes on DATE at TIME?", None, "placeholder", True),
    (ASK, "Best,\nFIRST LAST", "placeholder", True),
    ("The HR was 40 (XX-range per our lab). " + ASK, None, "placeholder", False),
    (ASK + " The poster date is TBD by the chapter, not by me.", None, "placeholder", False),
    ("I had the BEST TIME at ACC. " + ASK, None, "placeholder", False),
    ("The TIME trial changed my practice. " + ASK, None, "placeholder", False),
    (ASK + "\n\n***\n\nP.S. The slides were superb.", None, "placeholder", False),
]


@pytest.mark.parametrize(("sentence", "closing", "code", "raised"), INTRODUCTIONS)
def test_introduction(sentence: str, closing: str | None, code: str, raised: bool) -> None:
    codes = _introduction(sentence, closing or "Best,\nMaria Gomez")
    assert (code in codes) is raised, codes


BODY = "Thank you for talking with me at SGIM about sepsis handoffs. I'll send my QI aim by Friday."
# (greeting line, body, code, raised?) on the follow-up to Dr. Ada Okafor (conftest's base)
ADDRESSED = [
    ("Dear Dr. Okafor,", "Your generosity with your time at SGIM meant a lot. I'll send my QI "
     "aim on sepsis handoffs by Friday.", "no_thanks", False),
    ("Dear Dr. Okafor,", "It was great to meet you at SGIM and talk about sepsis handoffs. I'll "
     "send my QI aim by Friday.", "no_thanks", True),
    ("Morning Dr. Okafor,", BODY, "greeting", True),
    ("Morning!", BODY, "greeting", True),
    ("Dear Ms. Okafor,", BODY, "greeting", True),  # a physician addressed with a lay title
    ("Good morning Dr. Okafor,", BODY, "greeting", False),
    ("Dear Dr. Okafor,", "Morning rounds ran late. " + BODY, "greeting", False),
    ("Dear Dr. Okafor,", BODY + " <3", "emoji", True),
    ("Dear Dr. Okafor,", BODY + " xD", "emoji", True),
    ("Dear Dr. Okafor,", BODY + " :')", "emoji", True),
    ("Dear Dr. Okafor,", "Our EF cut-off was <35% on echo. " + BODY, "emoji", False),
    ("Dear Dr. Okafor,", "Our cut-off was <3 mm on CT. " + BODY, "emoji", False),
    ("Dear Dr. Okafor,", BODY + " Thank you! <3\n", "emoji", True),
]


@pytest.mark.parametrize(("greeting", "body", "code", "raised"), ADDRESSED)
def test_addressed(greeting: str, body: str, code: str, raised: bool) -> None:
    text = f"Subject: SGIM follow-up\n\n{greeting}\n\n{body}\n\nBest,\nMaria Gomez\n"
    codes = {f.code for f in check(text, make_request("follow_up"), settings=SETTINGS)}
    assert (code in codes) is raised, codes


# (greeting line, raised?) on an introduction to Dr. Kwabena Asante, whose given name is in no
# list of common given names: his given name alone is still too familiar
GIVEN_NAME = [
    ("Kwabena,", True),
    ("Kwabena -", True),
    ("Dear Dr. Asante,", False),
    ("Dr. Asante,", False),
]


@pytest.mark.parametrize(("greeting", "raised"), GIVEN_NAME)
def test_reader_given_name_alone(greeting: str, raised: bool) -> None:
    request = make_request("introduction", **{"contact.name": "Dr. Kwabena Asante"})
    text = (f"Subject: ACC.26 question\n\n{greeting}\n\nI'm Maria Gomez, a PGY-1 in internal "
            f"medicine at UCSF. {ASK}\n\nBest,\nMaria Gomez\n")
    codes = {f.code for f in check(text, request, settings=SETTINGS)}
    assert ("greeting" in codes) is raised, codes


# (subject, raised?): a subject that names only what any message does says nothing
SUBJECTS = [
    ("FYI", True),
    ("Checking in", True),
    ("Just following up", True),
    ("Quick question", True),
    ("FYI: sepsis QI aim draft", False),
    ("Following up on sepsis handoffs", False),
    ("Update on the sepsis QI project", False),
]


@pytest.mark.parametrize(("subject", "raised"), SUBJECTS)
def test_subject_says_nothing(subject: str, raised: bool) -> None:
    text = f"Subject: {subject}\n\nDear Dr. Lee,\n\n{ASK}\n\nBest,\nMaria Gomez\n"
    codes = {f.code for f in check(text, kind="introduction", settings=SETTINGS)}
    assert ("subject" in codes) is raised, codes


# (the sentence that may say who the sender is, raised?) on an introduction with its request
IDENTITY = [
    ("Being a PGY-1 at UCSF, I follow your heart failure work closely.", False),
    ("Having matched at UCSF, I hope to study heart failure.", False),
    ("Being a heart failure program is hard, and I admire yours.", True),
    ("Your heart failure work is why I am writing.", True),
]


@pytest.mark.parametrize(("sentence", "raised"), IDENTITY)
def test_identity_in_a_participle_clause(sentence: str, raised: bool) -> None:
    text = f"Subject: ACC.26 question\n\nDear Dr. Lee,\n\n{sentence} {ASK}\n\nBest,\nMaria\n"
    codes = {f.code for f in check(text, make_request("introduction"), settings=SETTINGS)}
    assert ("no_identity" in codes) is raised, codes


@pytest.mark.parametrize(("typed", "written"), [
    # every everyday word of a sentence in capitals, the acronyms and clinical words kept
    ("I AM A PGY-1 AT UW AND WOULD LOVE TO CONNECT.",
     "I am a PGY-1 at UW and would love to connect"),
    ("IT WAS AMAZING, THANK YOU FOR THE ECMO WORKSHOP!", "It was amazing, thank you for the ECMO "
     "workshop"),
    ("Great to meet you. I WORK IN THE ED AT UCSF.", "I work in the ED at UCSF"),
    ("THANKS FOR THE LECTURE ON HYPONATREMIA, DR. SATO", "Thanks for the lecture on "
     "hyponatremia, Dr. Sato"),
])
def test_a_sentence_in_capitals_is_written_plainly(typed: str, written: str) -> None:
    request = DraftRequest.model_validate({"kind": "linkedin_rewrite",
                                           "contact": {"name": "Dr. Kenji Sato"}})
    found = [f for f in check(typed, request, kind="linkedin_rewrite",
                              channel="linkedin_message", settings=Settings(_env_file=None))
             if f.code == "shouting"]
    assert [f.suggestion for f in found] == [written]
