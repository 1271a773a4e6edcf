"""Reading a request's free text the way residents type it (assistant/engines/offline/parse.py,
assistant/text/casing.py): who acts in a step, a wish in front of an ask, "her" as the reader,
capitals restored from the request's own spelling, a program's field not said twice."""

from __future__ import annotations

import pytest

from assistant.engines import phrasing as ph
from assistant.engines.offline import parse
from assistant.models import DraftRequest
from assistant.text import casing


@pytest.mark.parametrize(("typed", "kind", "actor"), [
    ("send my personal statement next wk", "verb", "me"),
    ("submit my case to the regional ACP meeting", "verb", "me"),
    ("share my QI slides w/ you", "verb", "me"),
    ("send me the slides from the talk", "verb", "you"),
    ("look over my CV", "verb", "you"),
    ("write my letter for fellowship", "verb", "you"),
    ("shadow in your clinic one afternoon", "verb", "permission"),
    ("would love 15 min to talk about next steps", "noun", ""),
    ("i'd love to shadow you in clinic", "verb", "permission"),
    ("hoping for a quick call in jan", "noun", ""),
    ("ask if you take residents on your registry", "ask_if", ""),
])
def test_who_acts_and_what_is_asked(typed: str, kind: str, actor: str) -> None:
    phrase = parse.classify(typed)
    assert (phrase.kind, phrase.actor) == (kind, actor), phrase


REQUEST = DraftRequest.model_validate({
    "kind": "follow_up", "contact": {"name": "Dr. Claire Hoffman", "institution": "Johns Hopkins"},
    "sender": {"program": "Nationwide Children's"}})


@pytest.mark.parametrize(("typed", "expected"), [
    ("talked with her after grand rounds", "talked with you after grand rounds"),
    ("her team's protocol", "your team's protocol"),
    ("send her my CV by fri", "send you my CV by Friday"),
    ("she said the elective fills by march", "you said the elective fills by March"),
    ("he doesn't take residents until pgy2", "you don't take residents until PGY-2"),
    ("her pushing me to apply early", "you pushing me to apply early"),
    ("Dr. Hoffman's advice to start small", "your advice to start small"),
])
def test_the_reader_in_the_second_person(typed: str, expected: str) -> None:
    assert parse.phrase(typed, REQUEST) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("the hospital at home program at hopkins", "the hospital at home program at Hopkins"),
    ("moving back to texas for family", "moving back to Texas for family"),
    ("diabetes prevention in rural new mexico", "diabetes prevention in rural New Mexico"),
    ("georgia said it was fine", "georgia said it was fine"),  # a first name, not the state
    ("a rotation at hopkins with claire", "a rotation at Hopkins with Claire"),
    # places, languages and titles the request never spells (casing.PLACES, the registry)
    ("screening outreach in boston", "screening outreach in Boston"),
    ("which away elective: uganda or guatemala", "which away elective: Uganda or Guatemala"),
    ("start spanish classes now", "start Spanish classes now"),
    ("research with dr patel or dr green", "research with Dr. Patel or Dr. Green"),
    ("surgical capacity in east africa", "surgical capacity in East Africa"),
    ("a children's hospital in guatemala city", "a children's hospital in Guatemala City"),
    ("philly vs nyc after residency", "Philly vs NYC after residency"),
    ("went to duke for residency", "went to Duke for residency"),
    # look-alikes: an ordinary word or a first name unless a preposition of place leads
    ("a duke of york", "a duke of york"), ("fine china for the dinner", "fine china for the "
                                                                       "dinner"),
    ("mayo on the side", "mayo on the side"), ("even more time", "even more time"),
])
def test_capitals_come_from_the_request_or_the_states(typed: str, expected: str) -> None:
    assert casing.restore(typed, parse.known_spellings(REQUEST)) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("ucsf im", "UCSF Internal Medicine"), ("unc fm", "UNC Family Medicine"),
    ("riverside fm", "Riverside Family Medicine"), ("texas childrens", "Texas Children's"),
    ("iowa carver", "Iowa Carver"), ("duke im", "Duke Internal Medicine"),
])
def test_a_lowercase_program_takes_its_capitals(typed: str, expected: str) -> None:
    assert parse.program(typed) == expected


def test_a_lowercase_program_is_spelled_as_the_request_spells_it() -> None:
    assert parse.program("uchicago im", {"uchicago": "UChicago"}) == "UChicago Internal Medicine"
    assert parse.program("Uchicago IM", {"uchicago": "UChicago"}) == "Uchicago Internal Medicine"


@pytest.mark.parametrize(("typed", "expected"), [
    ("sgim regional mtg", "SGIM Regional Meeting"), ("acp chapter meeting", "ACP Chapter Meeting"),
    ("grand rounds", "grand rounds"), ("surgery research day", "surgery research day"),
    ("SHM Converge", "SHM Converge"),
])
def test_a_lowercase_event_takes_capitals_only_as_a_name(typed: str, expected: str) -> None:
    assert parse.event(typed) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("pushing me to submit even tho the data was small",
     "pushing me to submit even though the data was small"),
    ("got selected for the safety council lol", "got selected for the safety council"),
    # the resident's candour opening or closing a phrase is no fact; inside it, it is a word
    ("tbh the best talk of the day", "the best talk of the day"),
    ("it was tbh the best talk of the day", "it was honestly the best talk of the day"),
    ("thx for the intro", "thank you for the intro"),
    ("the UR team", "the UR team"), ("a safe bet", "a safe bet"),  # look-alikes stay
])
def test_text_speak_in_a_phrase_is_written_plainly(typed: str, expected: str) -> None:
    assert parse.plain_register(typed) == expected


@pytest.mark.parametrize(("typed", "kind"), [
    ("coffee next month?", "noun"), ("zoom sometime in jan?", "noun"),
    ("ok if I shadow?", "question"), ("free for a call next wk?", "question"),
    ("are you around in feb?", "question"),
])
def test_a_fragment_with_a_question_mark_is_read_as_its_phrase(typed: str, kind: str) -> None:
    assert parse.classify(typed).kind == kind


@pytest.mark.parametrize(("role", "program", "expected"), [
    ("PGY-1 internal medicine resident", "Emory Internal Medicine",
     "a PGY-1 internal medicine resident at Emory"),
    ("PGY-2 radiology resident", "Stanford Radiology", "a PGY-2 radiology resident at Stanford"),
    ("third-year medical student", "Penn Medicine",
     "a third-year medical student at Penn Medicine"),
    ("intern", "Jefferson Internal Medicine", "an intern at Jefferson Internal Medicine"),
    ("PGY-1 emergency medicine resident", "Utah Emergency Medicine",
     "a PGY-1 emergency medicine resident at Utah Emergency Medicine"),
])
def test_the_programs_field_is_not_said_twice(role: str, program: str, expected: str) -> None:
    request = DraftRequest.model_validate({"kind": "introduction",
                                           "sender": {"role": role, "program": program}})
    assert ph.sender_identity(request) == expected


@pytest.mark.parametrize(("event", "short"), [
    ("American Society of Clinical Oncology Annual Meeting 2026", "ASCO Annual Meeting"),
    ("Society of Hospital Medicine Converge 2026 Annual Conference", "SHM Converge Conference"),
    ("Society of Critical Care Medicine 2026 Critical Care Congress",
     "SCCM Critical Care Congress"),
    ("American College of Physicians Internal Medicine Meeting 2026",
     "ACP Internal Medicine Meeting"),
    ("ACG 2026 Annual Scientific Meeting & Postgraduate Course", "ACG Meeting"),
    ("American Heart Association Scientific Sessions 2026: Resuscitation Science Symposium",
     "AHA Scientific Sessions"),
    ("Society of Teachers of Family Medicine Annual Spring Conference 2026",
     "STFM Spring Conference"),
    ("Research and Innovation Summit", ""),  # no organisation, nothing shorter to say
    ("ANESTHESIOLOGY 2026 annual meeting of the American Society of Anesthesiologists",
     "ANESTHESIOLOGY annual meeting"),
    ("Annual Meeting of the American Society of Hematology", "ASH Annual Meeting"),
    ("Congress of Neurological Surgeons Annual Meeting", "CNS Annual Meeting"),
    ("Society for Maternal-Fetal Medicine Annual Pregnancy Meeting", "SMFM Pregnancy Meeting"),
])
def test_a_long_official_event_name_has_a_short_form(event: str, short: str) -> None:
    assert ph.short_event(event) == short


@pytest.mark.parametrize(("typed", "expected"), [
    ("peds em vs gen peds", "pediatric emergency medicine vs general pediatrics"),
    ("onc vs heme", "oncology vs hematology"),
    ("introduce me to the fellowship PD", "introduce me to the fellowship program director"),
    ("got the ortho sub-I", "got the orthopedic sub-internship"),
    ("her intro to the team", "her introduction to the team"),
])
def test_shorthand_in_decisions_and_news(typed: str, expected: str) -> None:
    from assistant.text.shorthand import expand

    assert expand(typed) == expected


@pytest.mark.parametrize(("typed", "asked"), [
    ("ask her what she thinks of my plan", "Could you tell me what you think of my plan?"),
    ("see if she has time next wk", "Do you have time next week?"),
    ("check if he is free fri", "Are you free Friday?"),
    ("ask if he doesn't mind a resident on the project",
     "Could you let me know whether you don't mind a resident on the project?"),
    ("ask if he takes residents on his registry", "Do you take residents on your registry?"),
    ("would love 15 min to talk about next steps",
     "Would you have 15 minutes to talk about next steps?"),
    ("ask for her advice on fellowship", "I'd be grateful for your advice on fellowship."),
    ("any advice for an intern interested in GI research",
     "I'd be grateful for any advice for an intern interested in GI research."),
    ("meet for 10 min at her poster", "Could we meet for 10 minutes at your poster?"),
    ("quick zoom when he has time", "Would you be open to a quick Zoom when you have time?"),
])
def test_an_ask_is_one_question_to_the_reader(typed: str, asked: str) -> None:
    from assistant.config import Settings
    from assistant.engines.offline.context import Ctx
    from assistant.engines.offline.sentences import ask_sentence

    request = DraftRequest.model_validate({"kind": "introduction",
                                           "contact": {"name": "Dr. Keiko Ito"}})
    ctx = Ctx(request, Settings(_env_file=None))
    assert ask_sentence(ctx, parse.phrase(typed, request) or "") == asked


@pytest.mark.parametrize(("news", "sentence"), [
    ("passed boards. started as chief in july. got married!",
     "I wanted to share that I passed boards, started as chief in July, and got married."),
    ("matched nephro at BWH, also my abstract on AKI got an oral pres at ASN",
     "I wanted to share that I matched into nephrology at BWH and my abstract on AKI got an "
     "oral presentation at ASN."),
    ("my abstract was accepted; presenting it in may",
     "I wanted to share that my abstract was accepted and I am presenting it in May."),
    ("chosen as chief res for 2027-28",
     "I wanted to share that I was chosen as chief resident for 2027-28."),
    ("our case report got accepted to ACG!! first pub as a resident",
     "I wanted to share that our case report got accepted to ACG, my first publication as a "
     "resident."),
    ("matched!!", "I wanted to share that I matched."),
    ("abstract on baseline echos accepted at ACC, I'm presenting in march",
     "I wanted to share that the abstract on baseline echos was accepted at ACC and I'm "
     "presenting in March."),
    ("grant funded!", "I wanted to share that the grant was funded."),
    ("recently awarded the teaching prize",
     "I wanted to share that I was recently awarded the teaching prize."),
])
def test_an_update_with_several_outcomes_is_one_sentence(news: str, sentence: str) -> None:
    from assistant.engines.offline.update import news_sentence

    assert news_sentence(parse.phrase(news, REQUEST) or "") == sentence


@pytest.mark.parametrize(("typed", "realised"), [
    ("read her paper and email her my thoughts", "I'll read your paper and email you my thoughts."),
    ("if she's ok w/ it, shadow her stewardship rounds", "Could I shadow your stewardship rounds?"),
    ("ask her to introduce me to her fellow",
     "Would you be willing to introduce me to your fellow?"),
])
def test_who_acts_when_the_reader_is_named(typed: str, realised: str) -> None:
    from assistant.config import Settings
    from assistant.engines.offline.context import Ctx
    from assistant.engines.offline.sentences import next_step_sentence

    ctx = Ctx(REQUEST, Settings(_env_file=None))
    assert next_step_sentence(ctx, parse.phrase(typed, REQUEST) or "") == realised


@pytest.mark.parametrize(("typed", "item"), [
    ("should i do a research yr", "whether to do a research year"),
    ("global health elective in 2027?", "global health elective in 2027"),
])
def test_a_decision_reads_as_an_agenda_item(typed: str, item: str) -> None:
    assert parse.decision(parse.phrase(typed, REQUEST) or "") == item


@pytest.mark.parametrize(("typed", "expected"), [
    ("he offered to intro me to the site director",
     "he offered to introduce me to the site director"),
    ("send u the protocol", "send you the protocol"),
    ("a rotation at U of M", "a rotation at U of M"),
])
def test_shorthand_verbs_and_text_speak(typed: str, expected: str) -> None:
    from assistant.text.shorthand import expand

    assert expand(typed) == expected


@pytest.mark.parametrize(("clause", "question"), [
    ("your fellowship takes applicants with a global health focus",
     "Does your fellowship take applicants with a global health focus?"),
    ("the clinic has room for a resident", "Does the clinic have room for a resident?"),
    ("your team is hiring", "Is your team hiring?"),
    ("the residents rotate there", "Could you let me know whether the residents rotate there?"),
])
def test_a_clause_about_the_readers_things_is_asked_directly(clause: str, question: str) -> None:
    assert parse.question_from_clause(clause) == question


@pytest.mark.parametrize(("work", "clause", "verb"), [
    ("your lab studies frailty in LVAD patients", True, "is"),
    ("your team runs the bridge clinic", True, "is"),
    ("your studies of MASLD in young adults", False, "are"),
    ("your trials of CAR-T", False, "are"), ("your analysis of readmissions", False, "is"),
    ("your work on sepsis", False, "is"),
])
def test_their_work_as_a_clause_or_a_thing(work: str, clause: bool, verb: str) -> None:
    from assistant.engines.offline import work as their_work

    assert (their_work._your_clause(work), their_work._be(work)) == (clause, verb)


@pytest.mark.parametrize(("typed", "parts"), [
    ("connect + ask about POCUS certification", ["connect", "ask about POCUS certification"]),
    ("email you my portfolio and ask for feedback", ["email you my portfolio",
                                                     "ask for feedback"]),
    ("ask if you take residents", ["ask if you take residents"]),
    ("review and ask questions", ["review and ask questions"]),  # not an ask of the reader
])
def test_a_step_with_an_ask_after_it_is_two_sentences(typed: str, parts: list[str]) -> None:
    from assistant.engines.offline import sentences

    assert sentences._AND_ASK.split(typed, maxsplit=1) == parts
