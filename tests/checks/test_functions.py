"""What a phrase does, tested in both directions: asks and next steps, mentorship requests,
casual register, judgements about people. Each row is a phrase a resident might write."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.checks.functions import asks_or_commits, mentor_request

ASKS = [
    "Would you have 15 minutes for coffee at ACC?",
    "Any chance you'd have 15 minutes during the meeting",
    "Kindly suggest a convenient time for a short call.",
    "I request 20 minutes of your time before STFM.",
    "If you could spare 20 minutes, I would be grateful.",
    "Does Tuesday or Thursday work for you",
    "I was wondering whether you might have time this month.",
    "I hoped you might have a few minutes at PAS.",
    "I'd welcome your thoughts on my aim.",
    "Let me know which day suits you.",
    # next steps the sender commits to
    "I'll send my one-page aim by Friday.",
    "My CV is attached.",
    "My CV will be in your inbox by Friday.",
    "The draft is coming your way this week.",
    "Sending my CV this week.",
    "I am attaching my CV as discussed.",
    "I'll be in touch once the data are in.",
    "I humbly request a few minutes of your advice.",
    # a wish that involves the reader
    "I'd like to meet for 10 minutes at ACEP.",
    "I'd love to hear how you chose your first aim.",
    "I'd like to apply to your program and would value your view.",
    # a wish to meet again, made answerable by a time or a question
    "Will I see you at ACC.26 this year?",
    "I hope we can meet again next week to go over the aim.",
    "Could we catch up at PAS in April? I hope our paths cross there.",
    "Hope to run into you again soon. I'll send the draft by Friday.",
]
NOT_ASKS = [
    "I plan to apply to cardiology fellowship next year.",
    "I will be applying next cycle.",
    "I will be at ACC.26 as well.",
    "Hope you have a great spring and I look forward to STFM.",
    "It was a pleasure to meet you.",
    "Looking forward to staying in touch.",
    "Please excuse my delay in writing.",
    "I just wanted to introduce myself.",
    "I'm excited to hear your session at PAS.",
    "I will teach the FAST station at bootcamp in June.",
    # the sender's own plan, in the words of a wish
    "Someday I'd like to do an ultrasound fellowship, maybe at a program like yours.",
    "I would really like to pursue transplant hepatology.",
    "I'd love to become a clinician-educator.",
    # a closing pleasantry: nothing the reader can answer
    "Hope to run into you again at a meeting sometime!",
    "See you around at ACC!",
    "Hope our paths cross someday.",
    "I would love to bump into you at a conference down the road.",
    "If you're ever in San Francisco, I'd love to say hi.",
    "I hope we can meet again sometime down the road.",
    "Would love to stay in touch.",
]


MENTOR_REQUESTS = [
    "Would you consider taking me on as a mentee?",
    # an imperative, with no "you"
    "Please be my mentor!",
    "Loved the talk. pls mentor me",
    "Be my research advisor?",
    "I'd love for you to guide my career as I apply to fellowship.",
    "It would mean a lot to have you in my corner going forward.",
    "Will you be my mentor for my first QI project?",
    "I'm looking for a mentor, and I was hoping that could be you.",
    "Kindly accept me as your mentee and guide me for fellowship.",
    "Would you be open to a formal mentoring relationship over the next year?",
    "Would you be willing to serve as my career mentor going forward?",
    "would you be willing to take me under your wing as i apply?",
    "I'm hoping you could mentor me through the application.",
    "I humbly request that you guide my journey in critical care as my mentor.",
    # worded as an honour or a wish
    "It would be an honour to learn under you as I work toward fellowship.",
    "I would be thrilled to have you as a guide through residency.",
    "It would be a privilege to be mentored by you.",
    "Having you as a mentor would be a dream, and I'd be grateful if you would consider it.",
    "Would be so grateful to have you guide me along the way!",
    "I'd love to train under your guidance if you would have me.",
]
NOT_MENTOR_REQUESTS = [
    "Thank you for mentoring me through the methods.",
    "She agreed to be my mentor last spring.",
    "I hope to be a mentor to students one day.",
    "Could I ask you how residents in outcomes research usually find mentors?",
    "My mentor Dr. Kim Tran suggested I connect.",
    "I mentor first-year students from rural pueblos.",
    "Your mentorship over the past two years made that possible.",
    "Could I ask your advice on one decision about my project?",
    "I'd like to decide whether I should add a second mentor in cardiology.",
    "Thank you: it has been an honour to learn from you this year.",
    "It would be an honour to hear how you chose outcomes research.",
    "I'd love to hear how you would guide an intern's first QI project.",
    "My mentor took me under her wing when I started, and she suggested I write to you.",
    "I'm grateful to have had you as a mentor during medical school.",
    "I would be thrilled to learn how your group built the registry.",
]


PHRASES = (
    [(asks_or_commits, p, True) for p in ASKS]
    + [(asks_or_commits, p, False) for p in NOT_ASKS]
    + [(mentor_request, p, True) for p in MENTOR_REQUESTS]
    + [(mentor_request, p, False) for p in NOT_MENTOR_REQUESTS]
)


@pytest.mark.parametrize(("function", "phrase", "expected"), PHRASES,
                         ids=[f"{f.__name__}:{p[:40]}:{e}" for f, p, e in PHRASES])
def test_what_a_phrase_does(function: Callable[[str], bool], phrase: str, expected: bool) -> None:
    """An ask is a request the reader can answer or a committed next step; an intention or a
    pleasantry is not. A mentorship request asks 'you' to mentor; naming mentorship is not."""
    assert function(phrase) is expected


# ---------------------------------------------------------------- casual register, both ways

def _codes(text: str, code: str) -> list[str]:
    from assistant.checks import check

    return [f.severity for f in check(f"Dear Dr. Lee,\n\n{text}\n\nBest,\nMaria Gomez")
            if f.code == code]


CASUAL = [
    "I'm totally down to grab coffee at ACC.",
    "No stress if not, I know May is busy.",
    "Would be dope to connect.",
    "hmu if you need a resident for the curriculum.",
    "You were super chill about my questions.",
    "ngl your paper lowkey changed how I think.",
    "The fellowship tips were clutch.",
    "The advice was legit helpful, ya know.",
    "I appreciate it big time.",
    "If not, all good.",
    "Thx for meeting tmrw.",
    "I'm stoked about the elective.",
    # slang senses of words that also have a literal one
    "Your talk on POCUS was sick.",
    "The new bundle project is so sick.",
    "That lecture was straight fire.",
    "That was a killer talk on readmissions.",
    "The rural track is a killer idea.",
    "I'd def love to hear how you chose.",
    "Your talk on sepsis bundles was lit!",
    "thx 4 letting me shadow in clinic.",
    "saw u r starting a transition clinic.",
    "r u taking residents on the project?",
    "I would luv to connect.",
]
NOT_CASUAL = [
    "We decided to cool the patient after the arrest.",
    "She had fever and chills overnight.",
    "I'm starting a lit review on readmissions.",
    "The sickest patients arrive overnight.",
    "I trained in the U.S. and at the U of M.",
    "The 4 of us on the QI team would like to meet.",
    "I reviewed the syncope w/u protocol.",
    "Our oxygen requirement came down to 2 L.",
    "Epic is our record system; the notes are solid.",
    "The room was lit for the simulation.",
    "Caring for a very sick patient drew me to the ICU.",
    "The patient on bed 4 was sick, so I stayed late.",
    "I was sick the week of the deadline.",
    "Our QI lead called in sick on launch day.",
    "The fire alarm cut our talk short.",
    "My research was on natural killer cells in myocarditis.",
    "Hypertension is the silent killer.",
    "How does the program cover sick leave?",
    "Delirium is worse in poorly lit ICU rooms.",
    "The hall was lit, and the poster session was great.",
    "Thanks 4 times over is what I owe you.",
    "Pearson r was 0.4 in our sample.",
    "I'm a pediatrics resident at BC Children's.",
]




# ---------------------------------------------------------------- judgements about people

JUDGEMENTS = [
    "The attendings there are kind of phoning it in.",
    "My co-residents are useless at sign-out.",
    "The PICU attendings could not care less about teaching.",
    "The surgeons on our floor are total clowns about handoffs.",
    "The faculty I met were arrogant and honestly a waste of time.",
    "My program is a joke when it comes to cardiology.",
    "The old-school attendings are dinosaurs about ultrasound.",
    "Our QI committee people suck at follow-through.",
    # idioms, and a program's teaching as the subject
    "Teaching on our wards is a joke tbh.",
    "The seniors treat interns like furniture.",
    "My PD is kind of out to lunch when it comes to research.",
    "Half my co-interns are dead weight on QI projects.",
    "The old guard in our department are stuck in the 90s.",
    "The cards attendings at my home program couldn't care less about teaching.",
    "Our faculty are just going through the motions on rounds.",
    "The chiefs can't be bothered to answer pages.",
]
NOT_JUDGEMENTS = [
    "A rancher drove three hours in terrible pain.",
    "Our discharge order set is a nightmare to navigate.",
    "He told a joke at morning report.",
    "I was terrible at statistics before your course.",
    "One fellow called the first month \"brutal but worth it.\"",
    "When you said a long sign-out is \"useless at 3 a.m.,\" I recognized mine.",
    "The attendings said the pager system is a disaster.",
    "The toxic alcohol ingestion case was the best teaching all week.",
    "I hate to add to a busy conference.",
    "The kids at clinic love the dinosaur stickers.",
    "Heart failure is a cruel disease.",
    "Our 30-day readmission numbers were brutal last year.",
    "Nights this month have me running on fumes.",
    "I couldn't have done it without your feedback.",
    "I checked out your chapter on rural training from our library.",
    "We treat patients like family at our clinic.",
    "Our discharge order set is stuck in the 90s.",
    "I felt in over my head on my first ICU night.",
]


TONE = (
    [("slang", p, ["warning"]) for p in CASUAL]
    + [("slang", p, []) for p in NOT_CASUAL]
    + [("slang", p, ["info"]) for p in ("No worries if not.", "Your talk was awesome.")]
    + [("negative", p, ["warning"]) for p in JUDGEMENTS]
    + [("negative", p, []) for p in NOT_JUDGEMENTS]
)


@pytest.mark.parametrize(("code", "sentence", "severities"), TONE,
                         ids=[f"{c}:{p[:40]}:{s}" for c, p, s in TONE])
def test_register_and_judgements(code: str, sentence: str, severities: list[str]) -> None:
    """Casual register and judgements about people are warnings; look-alikes (a clinical or
    technical sense, a quotation, the sender about themself) are nothing; a widely accepted
    informal word is info."""
    assert sorted(set(_codes(sentence, code))) == severities
