"""The rewrite reads notes in the forms residents paste: a text thread, bullets, a question
spliced in by commas, a closing run on after the last sentence, a greeting in another language
or with the reader's initial, a subject or apostrophe left out, a patient named in passing. Each
row is a mechanism, in wordings written for these tests (no corpus item)."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.engines.offline import rewrite_ask as ask
from assistant.engines.offline.clauses import split_run_ons
from assistant.engines.offline.rewrite_email import split_sign_off
from assistant.engines.offline.rewrite_lines import from_bullets, from_thread
from assistant.models import DraftRequest
from assistant.text.shorthand import expand

REQUEST = DraftRequest.model_validate({
    "kind": "linkedin_rewrite", "existing_text": "x",
    "sender": {"name": "Soren Lindqvist", "role": "PGY-2 IM", "program": "Tufts IM"},
    "contact": {"name": "Dr. Wanjiru Mwangi", "relationship": "mentor"}})


@pytest.mark.parametrize(("pasted", "mine", "others"), [
    ("[7:02 PM] Soren: r u free thurs\n[7:03 PM] Soren: need 10 min on my poster",
     "r u free thurs? need 10 min on my poster.", False),
    ("Dr. Mwangi 8:15 AM: happy to look at it\nme 8:20 AM: thank u!! sending now",
     "thank u!! sending now.", True),
    ("Wanjiru Mwangi (attending) 4:40 PM: sure\nSoren Lindqvist 4:41 PM: great, see you then",
     "great, see you then.", True),
    # no time stamp: a label is not a thread ("Update:", "Dr. Mwangi:")
    ("Update: the abstract got in. Dr. Mwangi: thank you!",
     "Update: the abstract got in. Dr. Mwangi: thank you!", False),
])
def test_a_pasted_thread_keeps_the_residents_own_lines(pasted: str, mine: str,
                                                       others: bool) -> None:
    assert from_thread(pasted, REQUEST) == (mine, others)


@pytest.mark.parametrize(("typed", "lines"), [
    ("Quick update:\n- IRB approved\n- first 20 charts done\n• can we meet in jan?",
     "Quick update:\nIRB approved.\nfirst 20 charts done.\ncan we meet in jan?"),
    ("1. matched at Tufts!\n2) starting in july", "matched at Tufts!\nstarting in july."),
    ("- only one bullet here", "- only one bullet here"),
    ("A careful note - with a dash - stays.", "A careful note - with a dash - stays."),
])
def test_bullets_become_sentences(typed: str, lines: str) -> None:
    assert from_bullets(typed) == lines


@pytest.mark.parametrize(("sentence", "split"), [
    ("I loved your lecture on anticoagulation, could you share the slides, I would use them "
     "with our interns.",
     "I loved your lecture on anticoagulation. Could you share the slides? I would use them "
     "with our interns."),
    ("Your clinic sounds great, are there spots for residents in the spring.",
     "Your clinic sounds great. Are there spots for residents in the spring?"),
    # too short to hold a clause before it, or no question spliced in
    ("Thanks, are you free?", "Thanks, are you free?"),
    ("I read the paper, and I want to learn more.", "I read the paper, and I want to learn more."),
])
def test_a_question_spliced_in_by_commas_is_its_own_sentence(sentence: str, split: str) -> None:
    assert ask.buried_questions(sentence) == split


@pytest.mark.parametrize(("sentence", "split"), [
    ("the elective starts in march i think?", "the elective starts in march i think?"),
    ("i heard your talk on asthma i think it was great and i would love to chat",
     "i heard your talk on asthma. I think it was great and i would love to chat"),
])
def test_a_hedge_tagged_on_is_not_a_new_clause(sentence: str, split: str) -> None:
    assert split_run_ons(sentence) == split


@pytest.mark.parametrize(("email", "text", "tail"), [
    ("Thanks for the call. I will send the draft Monday. Cheers, Soren",
     "Thanks for the call. I will send the draft Monday.", ["Cheers,", "Soren"]),
    ("I will send it Monday. Warm regards, Soren.", "I will send it Monday.",
     ["Warm regards,", "Soren"]),
    # someone else's name after the closing word is a sentence of the note
    ("Please thank Dr. Ames for me. Thanks again, Ames is great.",
     "Please thank Dr. Ames for me. Thanks again, Ames is great.", []),
])
def test_a_closing_run_on_after_the_last_sentence_is_the_sign_off(
        email: str, text: str, tail: list[str]) -> None:
    assert split_sign_off(email, "Soren Lindqvist") == (text, tail)


@pytest.mark.parametrize(("typed", "written"), [
    ("em pgy3 here", "PGY-3 emergency medicine here"),
    ("fm pgy1 at OHSU", "PGY-1 family medicine at OHSU"),
    ("im pgy2 peds", "im PGY-2 pediatrics"),  # "im" before a year is "I'm", read later
    ("free for a call rn?", "free for a call right now?"),
    ("the rn on nights", "the rn on nights"),  # the nurse
    ("the med rec audit", "the medication reconciliation audit"),
])
def test_shorthand_around_a_training_year_and_a_clause_end(typed: str, written: str) -> None:
    assert expand(typed) == written


def _rewrite(settings: Settings, note: str, channel: str = "linkedin_message") -> str:
    request = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "existing_text": note, "channel": channel,
        "sender": {"name": "Soren Lindqvist", "role": "PGY-2 IM", "program": "Tufts IM"},
        "contact": {"name": "Dr. Wanjiru Mwangi", "relationship": "met_once"}})
    return draft(request, engine="offline", settings=settings).body


@pytest.mark.parametrize(("note", "present", "absent"), [
    # a greeting word in another language, and the reader's initial after a title
    ("Hola Dr Mwangi!! great meeting u at the AMA mixer", "Dr. Mwangi, great meeting you",
     "Hola"),
    ("sup dr m, loved the panel on burnout", "Dr. Mwangi, I loved the panel", "dr m"),
    ("wassup Dr. Mwangi, thanks for the tips on the IRB", "Dr. Mwangi, thanks for the tips",
     "wassup"),
    # a subject, an apostrophe or an interjection typed away
    ("Been thinking about your talk on sickle cell pain plans.", "I have been thinking",
     "Been thinking"),
    ("Hi Dr. Mwangi, hope you had a good break. Thanks for the feedback.", "I hope you had",
     ", hope you"),
    ("the poster is done. its due friday so I will send it tonight", "It's due Friday", "its"),
    ("thanks for the chat. bet ill be using the checklist on nights", "I'll be using", "bet"),
    ("quick q about the sickle cell pathway. prob starting in march", "Quick question",
     "prob"),
    # clinical shorthand a mentor reads stays; a role said as "X here" is a sentence
    ("started the abx stewardship audit and the med rec checklist, can we meet?",
     "the med rec checklist", "medication reconciliation"),
    ("fm pgy2 here, loved the session on prenatal care. free for a call rn?",
     "I'm a PGY-2 family medicine resident", " rn"),
    # a careful writer's own case stays ("internal medicine" beside "Tufts IM")
    ("Thank you for the regional teaching conference. It helped our internal medicine team.",
     "our internal medicine team", "Internal Medicine"),
])
def test_a_rewrite_reads_the_note_as_typed(built_index: Settings, note: str, present: str,
                                          absent: str) -> None:
    body = _rewrite(built_index, note)
    assert present in body and absent not in body


@pytest.mark.parametrize("note", ["thx for the tour!!", "great chat today", "hi!! thanks"])
def test_a_note_too_short_to_say_who_writes_gains_the_profiles_line(
        built_index: Settings, note: str) -> None:
    request = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "existing_text": note, "channel": "linkedin_note",
        "sender": {"name": "Soren Lindqvist", "role": "PGY-2 IM", "program": "Tufts IM"},
        "contact": {"name": "Dr. Wanjiru Mwangi", "relationship": "met_once"}})
    d = draft(request, engine="offline", settings=built_index)
    assert "Soren Lindqvist" in d.body and "PGY-2 internal medicine resident" in d.body
    assert not [f for f in d.findings if f.code == "note_too_short"]


def test_a_patient_named_in_passing_leaves_a_whole_sentence(built_index: Settings) -> None:
    body = _rewrite(built_index, "my pt mr Okonkwo in bed 9 waited 6 hrs for a bed, which is "
                                 "why I started the boarding project. can we meet next wk?")
    assert "Okonkwo" not in body and "bed 9" not in body
    assert "My patient waited 6 hours for a bed" in body and "a patient" not in body
