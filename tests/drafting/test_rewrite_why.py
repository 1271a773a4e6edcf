"""Fitting a rewrite keeps who the resident is, why they write and the ask: the writer's own
program and when a told event happened go before the reason; a plan that names a step of
training is a reason; a sentence that leans on the one before is never kept without it."""

from __future__ import annotations

import pytest

from assistant.checks.shorten_read import _CUTS, does, shorter_forms, tail_forms
from assistant.checks.shorten_within import compressed
from assistant.config import Settings
from assistant.engines.offline.rewrite_plan import _LEANS_BACK, _own_words, specifics
from assistant.models import DraftRequest


@pytest.mark.parametrize(("sentence", "shorter"), [
    # the writer's program after the role: the profile shows it
    ("I'm a PGY-1 in neurology at Oregon Health & Science University, hoping to apply to "
     "epilepsy fellowship.",
     "I'm a PGY-1 in neurology, hoping to apply to epilepsy fellowship."),
    ("I am a second-year resident at St. Vincent Hospital and I want to learn POCUS.",
     "I am a second-year resident and I want to learn POCUS."),
    # when a told event happened
    ("I saw your poster on lupus nephritis at ACR last month.",
     "I saw your poster on lupus nephritis at ACR."),
    ("We presented the sepsis huddle data in March, and the unit kept it.",
     "We presented the sepsis huddle data, and the unit kept it."),
    # where the writer was when they read or did it
    ("I read your review on thyroid storm during my ICU rotation.",
     "I read your review on thyroid storm."),
    ("We used your delirium checklist on our geriatrics service, and it stuck.",
     "We used your delirium checklist, and it stuck."),
])
def test_within_a_sentence_what_the_profile_or_the_fact_does_not_need_goes(
        sentence: str, shorter: str) -> None:
    assert compressed(sentence) == shorter


@pytest.mark.parametrize("sentence", [
    # an ask keeps its proposed time; a place that is not the writer's program stays
    "Could we talk next week about the elective?",
    "Would you have 15 minutes in February for a call?",
    "Your talk at Johns Hopkins on sickle cell pain stayed with me.",
    # where the reader and the writer met is the shared context, not where the writer was
    "I met you during the poster session on wound care.",
])
def test_what_an_ask_proposes_and_what_the_reader_did_stay(sentence: str) -> None:
    assert compressed(sentence) == sentence


@pytest.mark.parametrize(("sentence", "reason"), [
    ("I'm a PGY-2 applying to nephrology fellowship.", True),
    ("I'm hoping to do a sub-internship in geriatrics.", True),
    ("I'm planning a residency track in global health.", True),
    ("I wanted to start learning more.", False),
])
def test_a_plan_that_names_a_step_of_training_is_a_reason(sentence: str, reason: bool) -> None:
    assert ("reason" in does(sentence)) is reason


@pytest.mark.parametrize(("sentence", "leans"), [
    ("I have been thinking about it ever since.", True),
    ("That changed how I round.", True),
    ("We tried it on our unit.", True),
    ("I'm a PGY-2 in surgery.", False),
    ("It was great to meet you at ACS.", True),
    ("Your talk on frailty was clear.", False),
])
def test_a_sentence_leaning_on_the_one_before(sentence: str, leans: bool) -> None:
    assert (_LEANS_BACK.match(sentence) is not None) is leans


def _rewrite(text: str, specialty: str) -> str:
    from assistant.engines.offline.context import Ctx
    from assistant.engines.offline.rewrite import compose

    request = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "today": "2026-11-30",
        "sender": {"name": "Tavita Faleolo", "role": "PGY-2 internal medicine",
                   "program": "Queen's Medical Center IM"},
        "contact": {"name": "Dr. Keoni Kahale", "institution": "University of Hawaii",
                    "relationship": "new", "specialty": specialty},
        "existing_text": text})
    return compose(Ctx(request, Settings(_env_file=None)))[1]


@pytest.mark.parametrize(("note", "specialty", "kept"), [
    # the reason (a fellowship in the reader's field) survives the fit, the program goes
    ("Hi Dr. Kahale, I'm a PGY-2 in internal medicine at Queen's Medical Center, applying to "
     "rheumatology fellowship next fall. I read your review on gout flares during my clinic "
     "block. Could we set up a 15-minute call about your fellowship?",
     "rheumatology", ["rheumatology fellowship", "gout", "15-minute call"]),
    # the sentence that leans on its antecedent goes with it, never alone
    ("Hi Dr. Kahale, I'm a PGY-2 in internal medicine at Queen's, planning to apply to "
     "endocrinology fellowship. I heard your talk on inpatient insulin protocols at the "
     "Hawaii ACP chapter meeting. I have been thinking about it ever since on my night "
     "float weeks. Could you share the order set?",
     "endocrinology", ["order set"]),
])
def test_an_over_limit_rewrite_keeps_why_the_resident_writes(note: str, specialty: str,
                                                            kept: list[str]) -> None:
    out = _rewrite(note, specialty)
    assert len(out) <= 200, out
    for k in kept:
        assert k in out, (k, out)
    assert "about it ever since" not in out or "insulin" in out, out


@pytest.mark.parametrize(("sentence", "never"), [
    ("I read your paper on sepsis bundles and would love to learn how you audited them.",
     "would love."),
    ("I watched your workshop and I'd like to ask how you ran the debrief.", "I'd like."),
    ("I saw your poster and was hoping to join the registry.", "was hoping."),
])
def test_a_verb_waiting_for_its_to_never_ends_a_form(sentence: str, never: str) -> None:
    assert not any(f.endswith(never) for f in shorter_forms(sentence))


def test_the_light_form_keeps_the_program_and_the_time() -> None:
    sentence = ("I'm a PGY-3 in urology at Baylor (born in Lagos), applying to endourology next "
                "fall.")
    assert compressed(sentence, deep=False) == \
        "I'm a PGY-3 in urology at Baylor, applying to endourology next fall."
    assert compressed(sentence) == "I'm a PGY-3 in urology, applying to endourology."


@pytest.mark.parametrize(("typed", "restored"), [
    ("PGY-2 family medicine at Cook County, want to do a sports medicine fellowship.",
     "I'm a PGY-2 family medicine resident at Cook County. I want to do a sports medicine "
     "fellowship."),
    ("Fourth-year resident in pathology, planning to apply for GI path.",
     "I'm a fourth-year resident in pathology, planning to apply for GI path."),
    # a sentence about other trainees, with its verb, stays
    ("PGY-2 residents rotated with you last spring.",
     "PGY-2 residents rotated with you last spring."),
    ("PGY-1 interns are welcome at the workshop.", "PGY-1 interns are welcome at the workshop."),
])
def test_a_sentence_that_is_only_the_writers_role_says_who_is_writing(typed: str,
                                                                      restored: str) -> None:
    from assistant.engines.offline.rewrite_grammar import restore_grammar, role_noun

    assert role_noun(restore_grammar(typed)) == restored


@pytest.mark.parametrize(("text", "pos", "inside"), [
    ("I pasted it: 'Ana is a PGY-1 in surgery, with interests in trauma.' Thanks", 40, True),
    ("I pasted it: 'Ana is a PGY-1 in surgery.' Then, I asked", 50, False),
    ("the residents' lounge, and the food", 22, False),
    ("I don't know, but I'd like to", 13, False),
])
def test_a_quotation_in_single_marks_is_cut_whole_or_not_at_all(text: str, pos: int,
                                                                 inside: bool) -> None:
    from assistant.checks.shorten_read import in_quote

    assert in_quote(text, pos) is inside


@pytest.mark.parametrize(("typed", "asked"), [
    ("Any chance I could shadow in your clinic?", ["Could I shadow in your clinic?"]),
    ("Your talk was clear. Any chance I could get the slides?",
     ["Your talk was clear. Could I get the slides?"]),
])
def test_the_writer_asking_leave_casually_asks_it_plainly(typed: str, asked: list[str]) -> None:
    from assistant.engines.offline.rewrite_ask import vague_ask

    assert vague_ask([typed]) == asked


@pytest.mark.parametrize("sentence", [
    "I'm a PGY-1 in urology at Tulane (on research time, back in July) and I read your review.",
    "Your stone clinic (the Tuesday one, with the nurse educator) was a model for ours.",
])
def test_a_bracketed_aside_is_never_cut_inside(sentence: str) -> None:
    for form in shorter_forms(sentence, cuts=_CUTS) + tail_forms(sentence):
        assert form.count("(") == form.count(")"), form


@pytest.mark.parametrize(("program", "specialty", "richer", "poorer"), [
    # the writer's program is on their profile: naming it keeps nothing the note needs
    ("Ochsner Baton Rouge IM", "nephrology", "I'm a PGY-2 applying to nephrology fellowship.",
     "I'm a PGY-2 at Ochsner Baton Rouge."),
    # the reader's field, everyday word or not, is why the note writes to them
    ("Tulane Surgery", "surgical oncology", "I want to pursue surgical oncology.",
     "I want to pursue a career."),
    # a field's shorthand in the program's name is the field, not the place
    ("Tulane OB/GYN", "", "I'm a PGY-1 in OB/GYN.", "I'm a PGY-1."),
])
def test_the_writers_program_counts_for_nothing_the_readers_field_for_something(
        program: str, specialty: str, richer: str, poorer: str) -> None:
    request = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "sender": {"role": "PGY-2", "program": program},
        "contact": {"specialty": specialty or None}})
    own = _own_words(request)
    assert specifics([richer], own) > specifics([poorer], own)


@pytest.mark.parametrize(("sentence", "role"), [
    # the context shared with the reader, named by everyday words in capitals
    ("It was a pleasure meeting you at the Spring Wound Symposium.", "shared"),
    ("Following up on our chat at the lupus poster session.", "shared"),
    ("We talked about the burn elective after clinic.", "shared"),
    ("It was a long week on the wards.", "other"),
])
def test_the_context_shared_with_the_reader_is_read(sentence: str, role: str) -> None:
    assert does(sentence)[0] == role


def test_a_second_reference_to_the_readers_work_is_worth_less() -> None:
    from assistant.engines.offline.rewrite_plan import _said_again

    one = ["I heard your talk on gout at the Pacific Rheum Forum.", "Could we talk?"]
    two = one[:1] + ["Your slide on urate targets was clear.", "Could we talk?"]
    assert _said_again(one) == 0
    assert _said_again(two) > 0
    # a sentence that names nothing of theirs is no second reference
    assert _said_again(one[:1] + ["I'd love to learn from you.", "Could we talk?"]) == 0


@pytest.mark.parametrize(("sentence", "never"), [
    ("I'm writing because I'm interested in a burn fellowship, and I saw your talk.",
     "because I'm."),
    ("We're hoping to start a stewardship huddle on our unit.", "We're."),
])
def test_no_form_ends_on_a_contracted_verb(sentence: str, never: str) -> None:
    assert not any(f.endswith(never) for f in shorter_forms(sentence, cuts=_CUTS))
