"""Fitting a rewrite to its limit without losing a fact: the compressed form of a sentence
(`checks.shorten_within`), forms that never cut a pasted quotation, an ask never cut down to
its frame, asides, the one sentence splitter at "Children's." and "d/c.", a spoken "and so"
run-on, and whole rewrites of notes over the LinkedIn limit. Wordings invented for these tests."""

from __future__ import annotations

import pytest

from assistant.checks.shorten_read import _CUTS, role_pieces, shorter_forms, tail_forms
from assistant.checks.shorten_within import compressed
from assistant.config import Settings
from assistant.models import DraftRequest
from assistant.text.sentences import split_sentences


@pytest.mark.parametrize(("sentence", "shorter"), [
    # an aside in brackets
    ("I'm a PGY-1 in urology at Iowa (moved here from Texas in June).",
     "I'm a PGY-1 in urology."),
    # an aside between dashes
    ("Your poster on renal colic — the one near the coffee urn — changed my practice.",
     "Your poster on renal colic changed my practice."),
    # the writer's own name before their role: the profile shows it
    ("I'm Keanu Alapai, a PGY-2 in pathology at Hawaii.", "I'm a PGY-2 in pathology."),
    # a frame that only announces the clause after it
    ("I'm reaching out because I read your review on hemophilia gene therapy.",
     "I read your review on hemophilia gene therapy."),
    ("With great interest I followed your webinar on sarcoma imaging.",
     "I followed your webinar on sarcoma imaging."),
    # intensifiers and hedges
    ("Your talk was really super helpful for our night team.",
     "Your talk was helpful for our night team."),
    ("Could we talk about the lupus clinic sometime in March, if possible?",
     "Could we talk about the lupus clinic in March?"),
    ("I have been reading a lot about dialysis access.",
     "I have been reading about dialysis access."),
])
def test_a_sentence_said_in_fewer_words(sentence: str, shorter: str) -> None:
    assert compressed(sentence) == shorter


@pytest.mark.parametrize("sentence", [
    "We had a lot of admissions on nights.",  # "a lot of" is the object, no intensifier
    "Could we talk?",  # nothing to leave out
    "(Thanks!)",  # all aside: nothing would be left
])
def test_a_sentence_nothing_can_go_from(sentence: str) -> None:
    assert compressed(sentence) == sentence


@pytest.mark.parametrize(("sentence", "never"), [
    ('At grand rounds you said "start small, finish what you start" and it stayed with me.',
     '"start small.'),
    ("You told us “measure twice, publish once,” and I still think about it.", "“measure twice."),
])
def test_a_quotation_is_never_cut_inside(sentence: str, never: str) -> None:
    forms = shorter_forms(sentence, cuts=_CUTS) + tail_forms(sentence)
    assert forms  # it can still end early, after the quotation
    assert not any(never in f for f in forms)


def test_a_quotation_ended_by_a_comma_ends_without_it() -> None:
    forms = shorter_forms("You told us “measure twice, publish once,” and I still think about it.",
                          cuts=_CUTS)
    assert "You told us “measure twice, publish once”." in forms


def test_a_tail_after_a_dash_stands_alone() -> None:
    tails = tail_forms('"Check the glucose first" — you taught us that at the sim lab, and we '
                       'all remembered.')
    assert "You taught us that at the sim lab." in tails
    # a clause that points back to what went is no tail of its own
    assert not any(t.startswith("You said it") for t in tail_forms(
        '"Check the glucose first" — you said it at the sim lab, and we all remembered.'))


@pytest.mark.parametrize(("ask", "hollow"), [
    ("Would you be open to me joining the sepsis registry?", "Would you be open?"),
    ("Would you be willing to review my abstract on falls?", "Would you be willing?"),
])
def test_an_ask_cut_to_its_frame_is_worth_least(ask: str, hollow: str) -> None:
    [piece] = role_pieces([ask])
    worth = dict(zip(piece.forms, piece.worths or [], strict=True))
    assert worth[hollow] == min(worth.values())
    assert worth[ask] - worth[hollow] > 10  # a cut (5) and the ask it lost (8)


def test_a_sentence_wholly_in_brackets_is_the_first_to_go() -> None:
    pieces = role_pieces(["I'm a PGY-2 in ENT at Pitt.", "(Sorry for the long note.)",
                          "Could we talk about your voice clinic?"])
    assert pieces[1].worths == [-6.0]


@pytest.mark.parametrize(("text", "sentences"), [
    ("I'm at Boston Children's. Your lecture was clear.", 2),
    ("We struggle with potassium checks after d/c. Could you share the protocol?", 2),
    ("Dr. J. Okoro e.g. spoke first. Then we met.", 2),
])
def test_the_splitter_ends_a_sentence_after_a_possessive_or_slash(text: str,
                                                                   sentences: int) -> None:
    assert len(split_sentences(text)) == sentences


def _rewrite(text: str, tier_limit: int | None = None) -> str:
    from assistant.engines.offline.context import Ctx
    from assistant.engines.offline.rewrite import compose

    request = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "today": "2026-11-30",
        "sender": {"name": "Ines Duarte", "role": "PGY-2 internal medicine",
                   "program": "Loyola IM"},
        "contact": {"name": "Dr. Tariq Mahmoud", "institution": "Loyola",
                    "relationship": "met_once"},
        "existing_text": text})
    return compose(Ctx(request, Settings(_env_file=None)))[1]


@pytest.mark.parametrize(("note", "kept", "gone"), [
    # asides and hedges go before a sentence that holds a fact
    ("Hi Dr. Mahmoud, I'm a PGY-2 in internal medicine at Loyola (I rotated at Hines last "
     "spring, which I loved). I really enjoyed your talk on cirrhosis and hepatic "
     "encephalopathy at the regional ACP meeting. Could you share the rifaximin algorithm "
     "(the one from your slides) sometime, if possible?",
     ["hepatic encephalopathy", "rifaximin algorithm", "PGY-2"], ["Hines", "(", "sometime"]),
    # a spoken run-on joined by "and so": each clause its own sentence
    ("Hi Dr. Mahmoud I read your paper on alcohol hepatitis steroids and so I showed it to "
     "our team and so we changed our Maddrey calculator order and so could we talk in January",
     ["alcohol hepatitis", "Maddrey", "January"], ["and so"]),
])
def test_an_over_limit_rewrite_keeps_its_facts(note: str, kept: list[str],
                                               gone: list[str]) -> None:
    out = _rewrite(note)
    assert len(out) <= 200, out
    for k in kept:
        assert k in out, (k, out)
    for g in gone:
        assert g not in out, (g, out)
    assert out.rstrip()[-1] in ".?!", out  # never cut mid-sentence


@pytest.mark.parametrize(("sentence", "form", "never"), [
    # "and" between two nouns is no clause boundary; before a clause or a verb phrase it is
    ("I loved hearing about the trauma and burns rotation and I signed up for it.",
     "I loved hearing about the trauma and burns rotation.", "I loved hearing about the trauma."),
    ("I'm free most Friday mornings and would be glad to help with chart review.",
     "I'm free most Friday mornings.", None),
    ("I found your work on delirium and your recent paper on sleep, and it shaped my project.",
     "I found your work on delirium and your recent paper on sleep.",
     "I found your work on delirium."),
])
def test_and_ends_a_form_only_before_a_clause(sentence: str, form: str,
                                              never: str | None) -> None:
    forms = shorter_forms(sentence, cuts=_CUTS)
    assert form in forms
    assert never not in forms


def test_questions_counted_aloud_are_asked_one_by_one() -> None:
    out = _rewrite("hi dr mahmoud i had two questions first is the liver elective open to "
                   "interns and second could i sit in on the transplant meeting")
    assert "Is the liver elective open to interns?" in out, out
    assert "Could I sit in on the transplant meeting?" in out, out
    assert " first " not in out and " second " not in out, out


def test_an_ask_cut_before_what_it_is_about_costs_more_than_a_plain_cut() -> None:
    [piece] = role_pieces(["Could we set up a call during the retreat about your sim fellowship?"])
    worth = dict(zip(piece.forms, piece.worths or [], strict=True))
    # "... during the retreat?" drops the topic; "... a call?" drops the time and the topic
    assert worth["Could we set up a call during the retreat?"] < \
        worth["Could we set up a call during the retreat about your sim fellowship?"] - 7


def test_the_fit_finds_a_middle_form_the_pruned_search_left_out() -> None:
    """A sentence with more than five forms is searched by five of them; from the best note
    found, every other form is tried in turn, so a middle length worth more still wins."""
    from assistant.checks.shorten_fit import _five, choose
    from assistant.checks.shorten_read import Piece

    forms = [f"{c * n}." for c, n in zip("abcdefgh", (90, 80, 70, 60, 50, 40, 30, 5),
                                         strict=True)]
    sentence = Piece(forms, worths=[10.0, 9.9, 9.8, 9.7, 2.0, 8.0, 1.0, 0.0])
    ask = Piece(["Could we talk about the stone clinic on Tuesday?"], required=True, weight=6.0)
    assert 5 not in _five(sentence)  # the 41-character form is not among the five searched
    note = choose([sentence, ask], 92, lambda texts: " ".join(texts), improve=True)
    assert note == f"{forms[5]} {ask.forms[0]}"
