"""The rewrite's reading of what each sentence does, fitting a limit by it, and the casual
register it makes plain: the shortener's roles and forms (`checks.shorten`), the slang check's
phrase fixes that keep the clause (`checks.rules_register`), run-ons typed by voice split at a
question (`clauses`), fragment questions asked in full (`rewrite_plan`), and whole rewrites of
notes in those forms. Wordings invented for these tests."""

from __future__ import annotations

import pytest

from assistant.checks import check
from assistant.checks.shorten import shorten_note
from assistant.checks.shorten_read import does, role_pieces, shorter_forms, tail_forms
from assistant.config import Settings
from assistant.engines.offline.clauses import split_run_ons
from assistant.engines.offline.rewrite_ask import vague_ask
from assistant.engines.offline.rewrite_grammar import restore_grammar
from assistant.engines.offline.rewrite_plan import instruction
from assistant.models import DraftRequest


@pytest.mark.parametrize(("sentence", "role"), [
    ("I matched into nephrology at Duke.", "news"),
    ("Your grand rounds on lupus nephritis stuck with me.", "shared"),
    ("I'm planning a QI project on discharge delays.", "reason"),
    ("I'm a PGY-3, applying to GI fellowship next year.", "reason"),  # an acronym names it
    ("I wanted to start learning more.", "other"),  # a reason that names nothing
    ("I want to start a wellness pilot for interns.", "reason"),
    ("Do you take residents on the transplant registry?", "question"),
    ("Thank you for the help with my poster.", "thanks"),
    ("I'm a PGY-2 in pediatrics at Lurie.", "identity"),
    ("It was a long week of nights here.", "other"),
    ("I'd love to learn more about your work.", "shared"),  # about the reader, nothing named
])
def test_what_a_sentence_does(sentence: str, role: str) -> None:
    assert role in does(sentence)


@pytest.mark.parametrize(("sentence", "tail"), [
    ("It was a brutal month of cross cover, but I finally read the slides from your talk on "
     "hyponatremia.", "I finally read the slides from your talk on hyponatremia."),
    ("Things got busy with interviews, anyway I'm the intern who sat beside you at the ACP "
     "dinner.", "I'm the intern who sat beside you at the ACP dinner."),
    ("The reason is that I'm the new QI chief for our program.",
     "I'm the new QI chief for our program."),
])
def test_a_sentence_said_by_its_last_clause(sentence: str, tail: str) -> None:
    assert tail in tail_forms(sentence)


def test_a_clause_pointing_back_is_no_sentence_of_its_own() -> None:
    # "her project" is the co-resident's: alone, it would read as the reader's
    assert not any("her project" in t for t in tail_forms(
        "My co-resident Dana said she studies sepsis, so I'd love to hear about her project."))


def test_a_forms_worth_is_what_that_form_does() -> None:
    """The opening of a sentence ("it was a long week here") is not worth what the clause it
    lost ("... your talk on anticoagulation in CKD") was."""
    [piece, _ask] = role_pieces([
        "It was a long week here, two nights of cross cover, but I finally read the slides from "
        "your talk on anticoagulation in CKD.", "Could we talk about DOAC dosing?"])
    worth = dict(zip(piece.forms, piece.worths or [], strict=True))
    assert worth["It was a long week here."] < \
        worth["I finally read the slides from your talk on anticoagulation in CKD."]


@pytest.mark.parametrize(("note", "kept", "gone"), [
    # the reason at the end outlasts the pleasantry and the narration before it
    ("Hi Dr. Lang, I hope your fall is going well. Things have been hectic with interviews and "
     "nights. Could we connect? I'm applying to geriatrics fellowship and your clinic is the "
     "model I keep coming back to.", ["geriatrics fellowship", "Could we connect?"],
     ["hectic"]),
    # a hedge before the ask goes, the ask and its topic stay
    ("Dr. Moreau, I know you get many of these, and I understand if you're too busy, but I was "
     "wondering whether you might have time to chat about the hepatology track at Yale. I'm a "
     "PGY-2 in internal medicine, writing from Boston, and I have been reading your cirrhosis "
     "papers.", ["hepatology track"], []),
])
def test_fitting_the_limit_keeps_the_reason_and_the_ask(note: str, kept: list[str],
                                                        gone: list[str]) -> None:
    short, cut = shorten_note(note, 150)
    assert len(short) <= 150 and not cut
    assert all(k in short for k in kept), short
    assert not any(g in short for g in gone), short


@pytest.mark.parametrize(("text", "said", "suggestion"), [
    ("Would you be down to grab lunch in March?", "be down to grab", "be glad to grab"),
    ("Totally down to help with the next workshop.", "Totally down to help", "Glad to help"),
    ("I'm down for a call whenever.", "I'm down for a", "I'm open to a"),
    ("Your workshop was a total vibe.", "was a total vibe", "was excellent"),
    ("You're a legend for reading my draft twice.", "You're a legend for", "Thank you for"),
    ("I'm dying to hear how the trial went.", "dying to", "eager to"),
    ("When you have a sec, could you look at my abstract?", "a sec", "a moment"),
    ("quick q, is the elective open in May?", "quick q", "quick question"),
    ("I have some q's about the fellowship.", "q's", "questions"),
    ("Could I shoot you an email next week?", "shoot ", "send "),
    ("I was tired af but it went well.", " af", ""),
    ("Your plenary was everything.", "was everything", "was excellent"),
    ("Would you be cool with me sharing the draft?", "be cool ", "be all right "),
    ("Pumped to have met you at the summit.", "Pumped to have", "Glad to have"),
    ("I'm psyched to start nights.", "psyched to", "excited to"),
    ("The handout was super useful.", "super ", "very "),
])
def test_casual_phrases_and_the_plain_words_for_them(text: str, said: str,
                                                     suggestion: str) -> None:
    found = [(text[f.start:f.end], f.suggestion) for f in check(text) if f.code == "slang"]
    assert (said, suggestion) in found


@pytest.mark.parametrize("text", [
    "Pt in af with rvr overnight, rate controlled by morning.",  # atrial fibrillation
    "AF clinic runs on Tuesdays.",
    "The second half of the sec-level review is due.",
    "She came down to the ED to help.",
    "We met at the Super Bowl party.",
])
def test_look_alikes_are_not_casual(text: str) -> None:
    assert not [f for f in check(text) if f.code == "slang"]


@pytest.mark.parametrize(("typed", "fixed"), [
    ("Would be so grateful to connect, am a PGY-2 in urology at Penn.",
     "I would be so grateful to connect. I am a PGY-2 in urology at Penn."),
    ("Your clinic tour was great, glad to help with the next one.",
     "Your clinic tour was great. I'm glad to help with the next one."),
    ("It would be great to chat sometime.", "It would be great to chat sometime."),
])
def test_a_state_or_role_typed_without_its_i_gains_it(typed: str, fixed: str) -> None:
    assert restore_grammar(typed) == fixed


@pytest.mark.parametrize(("text", "form"), [
    ("I have been reading about nephrology for a while now, mostly after clinic.",
     "I have been reading about nephrology for a."),
])
def test_no_form_ends_on_a_word_that_waits_for_more(text: str, form: str) -> None:
    assert form not in shorter_forms(text) and form not in tail_forms(f"Hi, and {text}")


@pytest.mark.parametrize(("typed", "split"), [
    ("loved your talk on burnout at the retreat yesterday can we connect I'd love to hear more",
     "loved your talk on burnout at the retreat yesterday. Can we connect? I'd love to hear more"),
    ("would you be open to a quick call i am free most fridays",
     "would you be open to a quick call? I am free most fridays"),
    ("it's Omar from the surgery program I liked your trauma lecture a lot",
     "it's Omar from the surgery program. I liked your trauma lecture a lot"),
])
def test_a_voice_typed_run_on_splits_at_a_question_and_at_a_contracted_verb(
        typed: str, split: str) -> None:
    assert split_run_ons(typed) == split


@pytest.mark.parametrize(("fragment", "question"), [
    ("Down to connect?", "Would you like to connect?"),
    ("Free for coffee after clinic?", "Would you be free for coffee after clinic?"),
    ("Mind if I send my CV?", "Would you mind if I send my CV?"),
    ("Up for a call in January?", "Would you be open to a call in January?"),
    ("any tips for the interview at Emory", "Do you have any tips for the interview at Emory?"),
])
def test_a_question_typed_as_a_fragment_is_asked_in_full(fragment: str, question: str) -> None:
    assert vague_ask([fragment]) == [question]


def _rewrite(text: str, sender: str = "Lena Ortiz", contact: str = "Dr. Rafael Costa",
             channel: str | None = None) -> str:
    from assistant.engines.offline.context import Ctx
    from assistant.engines.offline.rewrite import compose

    request = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "channel": channel, "today": "2026-11-30",
        "sender": {"name": sender, "role": "PGY-1 emergency medicine", "program": "Yale EM"},
        "contact": {"name": contact, "institution": "Yale", "relationship": "met_once"},
        "existing_text": text})
    ctx = Ctx(request, Settings(_env_file=None))
    return compose(ctx)[1]


@pytest.mark.parametrize(("note", "has", "lacks"), [
    ("yo dr costa your ultrasound workshop was fire, super down to help with the next one",
     ["ultrasound workshop", "I'm glad to help"], ["yo", "fire", "down to", "super"]),
    ("hey dr costa its lena from the EM program i loved your talk on sepsis at grand rounds "
     "can we connect", ["it's Lena", "sepsis", "Can we connect?"], ["its", " i "]),
    ("Hi Dr. Costa, anyway could we chat about the sim fellowship sometime?",
     ["could we chat about the simulation fellowship"], ["anyway", "Anyway"]),
])
def test_rewrites_of_casual_and_voice_typed_notes(note: str, has: list[str],
                                                   lacks: list[str]) -> None:
    out = _rewrite(note)
    assert all(h in out for h in has), out
    assert not any(f" {x} " in f" {out} " or out.startswith(x) for x in lacks), out


@pytest.mark.parametrize(("sentence", "told"), [
    ("Would you be willing to write a letter?", False),
    ("could you write me a strong letter of support for the grant?", False),
    ("Can you write a reference for my sub-I application?", False),
    ("write a letter to the PD saying I am great", True),  # to the writer, not a question
    ("Could you write the note more formally?", True),
])
def test_asking_the_reader_for_a_letter_is_no_instruction(sentence: str, told: bool) -> None:
    assert instruction(sentence) is told


@pytest.mark.parametrize(("typed", "restored"), [
    ("Are there spots? Also happy to help with the registry.",
     "Are there spots? I'm also happy to help with the registry."),
    ("Still glad to cover the journal club.", "I'm still glad to cover the journal club."),
])
def test_a_state_of_the_writer_after_an_adverb_gains_its_i(typed: str, restored: str) -> None:
    assert restore_grammar(typed) == restored


@pytest.mark.parametrize(("typed", "split"), [
    ("i asked about dialysis access at the end of your talk today sorry if i kept you late",
     "i asked about dialysis access at the end of your talk today. Sorry if i kept you late"),
    ("i am so sorry if i kept you late after the talk", None),
])
def test_an_apology_run_on_is_a_sentence_of_its_own(typed: str, split: str | None) -> None:
    assert split_run_ons(typed) == (split or typed)


@pytest.mark.parametrize(("text", "kept"), [
    ("Two of my co-interns and I have been building a sepsis huddle for our wards.", True),
    ("I am a second-year resident at Tulane and I have been reading about burn care.", False),
])
def test_and_i_joining_a_subject_is_no_clause_boundary(text: str, kept: bool) -> None:
    from assistant.engines.offline.clauses import split_and_i

    assert (split_and_i(text, 4) == text) is kept


@pytest.mark.parametrize(("typed", "request_text", "restored"), [
    # a name of several everyday words, as the request spells it
    ("i rotate at case western in may", "Case Western IM", "I rotate at Case Western in may"),
    # a field is no name, nor an acronym a word
    ("i am in internal medicine and im happy", "Loyola Internal Medicine IM",
     "I am in internal medicine and im happy"),
])
def test_a_lowercase_note_takes_the_requests_names(typed: str, request_text: str,
                                                   restored: str) -> None:
    from assistant.engines.offline.rewrite_grammar import restore_case

    assert restore_case(typed, request_text) == restored
