"""The greeting of a note to rewrite read as a greeting whatever its salutation (a word the
greeting check does not list, a nickname for the reader), never turned into "you"; and the
registers the checks now say plainly in the resident's own note: spoken hesitations, "like"
as a filler, kisses after a sign-off, hashtags inside a sentence, a note typed in capitals.
Wordings invented for these tests."""

from __future__ import annotations

import pytest

from assistant.checks import check
from assistant.config import Settings
from assistant.engines.offline.rewrite_greeting import greeting, unlisted_salutation
from assistant.models import DraftRequest


def _request(text: str, contact: str = "Dr. Ines Marwick", relationship: str = "met_once",
             channel: str | None = None) -> DraftRequest:
    return DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "channel": channel, "today": "2026-11-30",
        "sender": {"name": "Teodor Lund", "role": "PGY-2 internal medicine",
                   "program": "Baystate Internal Medicine"},
        "contact": {"name": contact, "institution": "Dartmouth", "relationship": relationship},
        "existing_text": text})


def _rewrite(text: str, **kw: str) -> str:
    from assistant.engines.offline.context import Ctx
    from assistant.engines.offline.rewrite import compose

    return compose(Ctx(_request(text, **kw), Settings(_env_file=None)))[1]


@pytest.mark.parametrize(("note", "salutation", "name"), [
    ("Esteemed Dr. Marwick, your talk on gout was clear.", "Esteemed", "Dr. Marwick"),
    ("Most honoured Professor Marwick, I read your review.", "Most honoured",
     "Professor Marwick"),
    ("Respected Marwick - I read your review.", "Respected", "Marwick"),
    ("Revered Dr. Ines Marwick!\nI read your review.", "Revered", "Dr. Ines Marwick"),
])
def test_a_salutation_the_checks_do_not_list_is_read_as_one(note: str, salutation: str,
                                                            name: str) -> None:
    found = unlisted_salutation(note, _request(note))
    assert found is not None and found[0] == salutation and found[3] == name


@pytest.mark.parametrize("note", [
    "Thanks Dr. Marwick, the slides helped.",  # thanks, said to them: a sentence
    "Congrats Dr. Marwick! The grant is great news.",
    "I met Dr. Marwick, she was kind.",
    "Esteemed Dr. Marwick gave the keynote",  # no mark ends it: the name is the subject
    "Esteemed colleagues, the abstract is attached.",  # not the contact's name
])
def test_a_sentence_that_opens_with_words_before_the_name_is_no_greeting(note: str) -> None:
    assert unlisted_salutation(note, _request(note)) is None


def test_a_nickname_for_the_reader_is_their_greeting() -> None:
    note = "Doc M! it's Teo from your rheum clinic"
    found = greeting(note, _request(note))
    assert found is not None and found[3] == "Doc M"


@pytest.mark.parametrize(("note", "relationship", "opens", "lacks"), [
    ("Esteemed Dr. Marwick, your talk on gout flares was clear. Could we talk about your "
     "registry?", "met_once", "Dear Dr. Marwick, your talk", ["Esteemed", "you,"]),
    ("Most honoured Professor Marwick, I read your review of urate targets.", "met_once",
     "Dear Dr. Marwick, I read", ["honoured", "Dear you"]),
    ("Esteemed Ines, loved your review of urate targets.", "peer", "Hi Dr. Marwick,",
     ["Esteemed"]),
    ("Doc M! it's Teo from your rheum clinic, could I join the gout registry?", "met_once",
     "Dr. Marwick, it's Teo", ["Doc"]),
])
def test_an_unlisted_salutation_is_written_as_the_checks_suggest(
        note: str, relationship: str, opens: str, lacks: list[str]) -> None:
    out = _rewrite(note, relationship=relationship)
    assert out.startswith(opens), out
    assert not any(x in out for x in lacks), out


@pytest.mark.parametrize(("text", "said", "fix"), [
    ("Hi Dr. Marwick, um I enjoyed your talk.", "um", ""),
    ("Uh, I enjoyed your talk.", "Uh", ""),
    ("I enjoyed the talk and like I would love to connect.", "like", ""),
    ("Your review was literally the clearest one.", "literally", ""),
    ("Thanks again, Teo xx", "xx", ""),
])
def test_spoken_fillers_and_kisses_are_left_out(text: str, said: str, fix: str) -> None:
    found = [f for f in check(text) if f.code == "slang"]
    assert any(text[f.start:f.end].strip() == said and f.suggestion == fix for f in found), found


@pytest.mark.parametrize("text", [
    "We cut 5 um sections of the biopsy.",  # a micrometre
    "I trained at UM before residency.",  # a university
    "I would like to learn more. Things like this matter.",
    "The XX chromosome count was normal in the study.",
])
def test_look_alikes_of_fillers_are_not_flagged(text: str) -> None:
    assert not [f for f in check(text) if f.code == "slang"]


@pytest.mark.parametrize(("note", "has", "lacks"), [
    ("um hi Dr. Marwick it's uh Teo from the gout clinic um I liked the um joint injection "
     "session and like I would love to connect",
     ["Hi Dr. Marwick,", "joint injection session and I would love to connect"],
     [" um ", " uh ", "like I", "and."]),
    ("Hi Dr. Marwick, loved your #gout workshop, would love to connect",
     ["gout workshop"], ["#"]),
    ("DR. MARWICK, I AM A PGY-2 IN IM AT BAYSTATE AND I WOULD LOVE TO HEAR ABOUT YOUR WORK ON "
     "TEACHING CLINICS.", ["I am a PGY-2", "Baystate", "teaching clinics"], ["I AM", "WOULD LOVE"]),
    ("Hi Dr. Marwick, great to meet you at the rheum dinner. Cheers, Teo xx",
     ["Cheers, Teo."], ["xx"]),
])
def test_registers_in_the_residents_own_note(note: str, has: list[str],
                                             lacks: list[str]) -> None:
    out = _rewrite(note)
    assert all(h in out for h in has), out
    assert not any(x in out for x in lacks), out


@pytest.mark.parametrize(("text", "out"), [
    ("Keen on your gout registry; would love to help.",
     "I'm keen on your gout registry; I would love to help."),
    ("I'm a PGY-2. Passionate about rural rheumatology.",
     "I'm a PGY-2. I'm passionate about rural rheumatology."),
    # after a comma the state describes the noun before it
    ("I'm a PGY-2 at Baystate, interested in rheumatology.",
     "I'm a PGY-2 at Baystate, interested in rheumatology."),
    ("Interested in joining the registry?", "Interested in joining the registry?"),  # asks
])
def test_a_state_of_the_writer_typed_without_its_subject(text: str, out: str) -> None:
    from assistant.engines.offline.rewrite_grammar import restore_grammar

    assert restore_grammar(text) == out


@pytest.mark.parametrize(("text", "out"), [
    ("I am a resident of second year in neurology.", "I am a second-year resident in neurology."),
    ("I am resident of pediatrics in the third year.", "I am a third-year resident in pediatrics."),
    ("Is possible to meet after clinic?", "Would it be possible to meet after clinic?"),
    ("Since long time I follow your gout work.", "I have followed your gout work for a long time."),
    ("I would like to join for to learn more.", "I would like to join to learn more."),
])
def test_a_second_languages_order_of_the_year_and_a_possible_ask(text: str, out: str) -> None:
    from assistant.engines.offline.rewrite_order import in_english_order

    assert in_english_order(text) == out


def test_a_headline_said_after_a_comma_goes_on_the_sentence() -> None:
    from assistant.engines.offline.rewrite_lines import without_headline

    out, found = without_headline("Dr. Marwick, Teo Lund | PGY-2 IM | Baystate | Could we talk?",
                                  "My name is Teo Lund, and I'm a PGY-2.")
    assert found and out.startswith("Dr. Marwick, my name is Teo Lund"), out


@pytest.mark.parametrize(("text", "kept", "others"), [
    ("me: is this dr marwick from the gout talk?\nme: it's teo\nme: can we connect",
     "is this dr marwick from the gout talk? it's teo. can we connect?", False),
    ("Dr. Marwick: send me your poster\nme: will do, thank you!", "will do, thank you!", True),
    ("Update: the abstract went in.\nNext: the poster.",
     "Update: the abstract went in.\nNext: the poster.", False),  # no line is the resident's
])
def test_a_thread_copied_without_time_stamps(text: str, kept: str, others: bool) -> None:
    from assistant.engines.offline.rewrite_lines import from_thread

    assert from_thread(text, _request(text)) == (kept, others)


@pytest.mark.parametrize(("sentence", "question"), [
    ("I guess what I'm asking is whether you have room on the gout registry?",
     "Do you have room on the gout registry?"),
    ("So my question is if you would take a resident for the summer.",
     "Would you take a resident for the summer?"),
    ("What I am asking is simple.", "What I am asking is simple."),  # announces no question
])
def test_an_announced_question_is_asked(sentence: str, question: str) -> None:
    from assistant.engines.offline.rewrite_ask import as_question

    assert as_question(sentence) == question


@pytest.mark.parametrize(("note", "out"), [
    # the reader's name after their title opens the headline: the greeting ends there
    ("Hi Dr. Marwick | Teo Lund, MD | PGY-2 IM | Baystate | Trail runner | keen on your gout "
     "registry and would love to help",
     "Hi Dr. Marwick, my name is Teo Lund. keen on your gout registry and would love to help"),
    # a quoted headline is the reader's own words: it goes, with nothing in its place
    ("Hi Dr. Marwick - 'Rheumatologist | Gout nerd | Dog person' - I'm a PGY-2 keen on gout",
     "Hi Dr. Marwick - I'm a PGY-2 keen on gout"),
    # a signature block after the note, the writer's own name after a dash: it goes
    ("Dr. Marwick, loved the gout talk. Let's connect. -- Teo Lund, MD | PGY-2 | pgr 5512 | "
     "This e-mail may hold privileged information",
     "Dr. Marwick, loved the gout talk. Let's connect."),
])
def test_headlines_and_signature_blocks_pasted_into_a_note(note: str, out: str) -> None:
    from assistant.engines.offline.rewrite_lines import without_headline

    assert without_headline(note, "My name is Teo Lund.", "Teo Lund")[0] == out


@pytest.mark.parametrize(("text", "said", "fix"), [
    ("It is with the utmost respect that I write to you.", "It is with the utmost respect that",
     ""),
    ("I humbly request the honour of a connection.", "humbly request the honour of a connection",
     "would like to connect"),
    ("Pursuant to our chat at the reception, here is my CV.", "Pursuant to", "following"),
    ("I am merely a lowly intern.", "lowly", ""),
    ("I really really liked the workshop.", "really really", "really"),
    ("Would love to connect I guess.", "I guess", ""),
    ("Your gout session was too good.", "too", "very"),
    ("Kindly do the needful and accept my request.", "Kindly do the needful and", "please"),
])
def test_an_over_formal_or_hedged_register_is_said_plainly(text: str, said: str,
                                                           fix: str) -> None:
    found = [f for f in check(text) if f.code == "slang"]
    assert any(text[f.start:f.end].strip() == said and f.suggestion == fix for f in found), found


@pytest.mark.parametrize("text", [
    "It was a great honour to meet you at the reception.",
    "I hope you are in the best of spirits.",
    "The talk was so so, but the workshop was great.",
    "I guess the elective is full this year.",
    "The workshop was too good to miss.",
])
def test_look_alikes_of_the_over_formal_register_are_not_flagged(text: str) -> None:
    assert not [f for f in check(text) if f.code == "slang"]
