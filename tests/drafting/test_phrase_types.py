"""Frames chosen by phrase type, for any wording: the type of an ask or next step is decided by
closed-class words (an object or a determiner after the first word, a wh-word, "to", an "-ing"
word, a time set off in front, bullets), not by lists of the verbs seen so far. Also: fields
typed in capitals, a role's noun before its field, an event's place left out, a month/day date,
and a follow-up with no agreed step still asking something. Every wording here is made up for
the test; none is from a corpus."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.config import Settings
from assistant.engines import phrasing as ph
from assistant.engines.offline import OfflineEngine
from assistant.engines.offline.parse import classify, gerund_base, role, unshouted
from assistant.models import DraftRequest
from assistant.phi.vocab import is_common
from assistant.text.casing import shouted, unshout
from assistant.text.shorthand import CASED, expand


@pytest.mark.parametrize(("text", "kind", "actor"), [
    # an open-class verb with its object: whose thing it is decides who acts
    ("borrow your slide deck on sepsis bundles", "verb", "permission"),
    ("skim my abstract before the deadline", "verb", "you"),
    ("tour a cath lab some afternoon", "verb", "me"),
    ("lend me the simulation manikin", "verb", "you"),
    # a handing-over verb: the owner hands it over
    ("share your interview prep notes", "verb", "you"),
    ("forward my poster to the group", "verb", "me"),
    # a wh-word opens what the reader is asked to tell
    ("how you chose between two fellowship offers", "ask_wh", ""),
    ("what a typical week on the transplant service looks like", "ask_wh", ""),
    # an infinitive is its verb phrase
    ("to observe a transplant evaluation", "verb", "permission"),
    # a gerund is the resident's activity, kept as typed unless it asks leave
    ("joining the wound care rounds", "verb", "permission"),
    ("applying for the rural track", "gerund", ""),
    ("setting up a journal club", "gerund", ""),
    # a time set off in front moves behind what is asked
    ("over the summer: observe your tumor board", "verb", "permission"),
    # bullets are one phrase of their items
    ("- connect\n- ask about the palliative elective", "verb", ""),
    # nouns spelled like gerunds stay nouns
    ("morning coffee at the conference", "noun", ""),
])
def test_phrase_type_is_decided_by_closed_class_words(text: str, kind: str, actor: str) -> None:
    p = classify(text)
    assert p.kind == kind, p
    if actor:
        assert p.actor == actor, p


def test_a_time_in_front_and_bullets_are_rewritten_in_the_phrase() -> None:
    assert classify("over the summer: observe your tumor board").text == \
        "observe your tumor board over the summer"
    assert "\n" not in classify("- connect\n- ask about the palliative elective").text


@pytest.mark.parametrize(("word", "base"), [
    ("joining", "join"), ("stopping", "stop"), ("reviewing", "review"), ("meeting", None),
    ("bring", None), ("training", None)])
def test_gerund_base(word: str, base: str | None) -> None:
    assert gerund_base(word) == base


def _draft(kind: str, **fields: Any) -> str:
    request = DraftRequest.model_validate({
        "kind": kind, "today": "2026-11-30",
        "sender": {"name": "Ilse Varga", "role": "pgy1 fm", "program": "Lakeside FM"},
        "contact": {"name": "Dr. Omar Feld", "institution": "Lakeside", "relationship": "new"},
        **fields})
    return OfflineEngine().compose(request, [], Settings(_env_file=None)).body


@pytest.mark.parametrize(("ask", "says", "never"), [
    ("borrow his slide deck on sepsis bundles", "Could I borrow your slide deck on sepsis "
     "bundles?", "open to borrow"),
    ("skim my abstract before the deadline", "Would you be willing to skim my abstract before "
     "the deadline?", "Could I skim"),
    ("how he chose between two fellowship offers", "Could you tell me how you chose between two "
     "fellowship offers?", "open to how"),
    ("to observe a transplant evaluation", "Could I observe a transplant evaluation?", "to to"),
    ("setting up a journal club", "I'd be grateful for your advice on setting up a journal "
     "club.", "open to setting"),
    ("over the summer - observe his tumor board", "Could I observe your tumor board over the "
     "summer?", "open to over"),
    ("note of support for my K award app", "I'd be grateful for a note of support for my K "
     "award application.", "open to note"),
    ("can u look at my personal statement by 1/9?", "Could you look at my personal statement "
     "by January 9?", "Can you"),
])
def test_every_ask_reads_as_a_sentence(ask: str, says: str, never: str) -> None:
    body = _draft("introduction", ask=ask)
    assert says in body and never not in body, body


@pytest.mark.parametrize(("step", "says"), [
    ("by thurs, email him the case list", "By Thursday, I'll email you the case list."),
    ("catch a coffee after the holidays", "Could we catch a coffee after the holidays?"),
])
def test_next_steps_keep_the_time_in_front_of_a_promise(step: str, says: str) -> None:
    body = _draft("follow_up", meeting={"event": "wound care rounds", "date": "2026-11-28",
                                        "next_step": step})
    assert says in body, body


def test_a_follow_up_with_no_agreed_step_still_asks() -> None:
    body = _draft("follow_up", meeting={"event": "wound care rounds", "date": "2026-11-28",
                                        "specific_detail": "his case of a healing ulcer"})
    assert body.split("\n\n")[2].rstrip().endswith("?") or "?" in body, body


@pytest.mark.parametrize(("text", "title", "out"), [
    ("LAKESIDE UNIVERSITY OF HEALTH", True, "Lakeside University of Health"),
    ("NKF CLINICAL MEETINGS", True, "NKF Clinical Meetings"),
    ("SEND HIM MY CV AND ERAS LIST", False, "send him my CV and ERAS list"),
    ("WOUND CARE VS EM", False, "wound care vs EM"),
    ("my ERAS list", False, "my ERAS list"),  # one acronym is no shouting
    ("QI", False, "QI"),
])
def test_unshout(text: str, title: bool, out: str) -> None:
    from assistant.checks.wordlist import COMMON_WORDS

    common = COMMON_WORDS.__contains__ if title else is_common
    assert unshout(text, common, CASED, title=title) == out


def test_a_request_typed_in_capitals_is_read_with_ordinary_capitals() -> None:
    r = unshouted(DraftRequest.model_validate({
        "kind": "introduction", "sender": {"role": "PGY-2 FAMILY MEDICINE"},
        "contact": {"name": "DR. ANNA O'BRIEN-LEE", "institution": "LAKESIDE MEDICAL CENTER"},
        "ask": "TOUR THE WOUND CLINIC", "meeting": {"event": "WOUND CARE SUMMIT"}}))
    assert r.contact.name == "Dr. Anna O'Brien-Lee"
    assert r.contact.institution == "Lakeside Medical Center"
    assert (r.sender.role, r.ask, r.meeting.event) == (
        "PGY-2 family medicine", "tour the wound clinic", "Wound Care Summit")
    assert not shouted("Lakeside ICU") and shouted("LAKESIDE WOUND CLINIC")


@pytest.mark.parametrize(("typed", "out"), [
    ("chief resident FM", "family medicine chief resident"),
    ("fellow peds", "pediatrics fellow"),
    ("resident in FM", "resident in family medicine"),
])
def test_a_field_after_the_role_goes_before_its_noun(typed: str, out: str) -> None:
    assert role(typed) == out


@pytest.mark.parametrize(("event", "name"), [
    ("Wound Healing Society Annual Meeting 2027 in Reno, Nevada", "Wound Healing Society Annual "
     "Meeting 2027"),
    ("Lakeside Symposium 2026, Portland OR", "Lakeside Symposium 2026"),
    ("Conference on Wound Science", "Conference on Wound Science"),
])
def test_an_event_is_named_without_where_it_is_held(event: str, name: str) -> None:
    assert ph.event_name(event) == name


@pytest.mark.parametrize(("text", "dates", "out"), [
    ("send it by 3/14", True, "send it by March 14"),
    ("send it by 3/14", False, "send it by 3/14"),  # a rewrite keeps the resident's date
    ("covered 24/7", True, "covered 24/7"),
    ("my residency app", True, "my residency application"),
])
def test_month_day_dates_and_applications(text: str, dates: bool, out: str) -> None:
    assert expand(text, dates=dates) == out


def test_a_bulleted_ask_is_asked_item_by_item() -> None:
    body = _draft("linkedin_note", ask="- connect\n- ask abt his wound research")
    assert "Would you be willing to connect? Could you tell me more about your wound research?" \
        in body and "- " not in body, body


@pytest.mark.parametrize(("kind", "fields", "says", "never"), [
    # a step of the resident's own still leaves the reader a question
    ("follow_up", {"meeting": {"event": "foot clinic huddle", "date": "2026-11-28",
                               "next_step": "reread the boot study Dr. Feld cited"}},
     ["I'll reread the boot study you cited.", "?"], ["Dr. Feld cited"]),
    # bullets inside list fields are items, excitement in a name is dropped
    ("follow_up", {"meeting": {"event": "Foot Summit 2026!!", "date": "2026-11-28",
                               "topics": ["• casting", "• staffing"], "next_step": "send my log"}},
     ["at the Foot Summit 2026 on November 28", "casting and staffing"], ["•", "!!"]),
    ("mentor_agenda", {"contact": {"name": "Dr. Omar Feld", "relationship": "mentor"},
                       "meeting": {"date": "2026-12-09"},
                       "decisions": ["- podiatry elective or not\n- which lab\n- moonlighting"]},
     ["three decisions: podiatry elective or not; which lab; and moonlighting."], ["- "]),
    # "any chance ...?" is the question itself
    ("introduction", {"ask": "any chance she has a slot for an observer in march?"},
     ["Do you have a slot for an observer in March?"], ["Any chance", "chance"]),
    ("follow_up", {"meeting": {"event": "foot clinic huddle", "date": "2026-11-28",
                               "next_step": "any chance we could talk again in april"}},
     ["Could we talk again in April?"], ["Any chance"]),
    # a thing asked for takes its article
    ("introduction", {"ask": "referral to her colleague in podiatry"},
     ["Would you be open to a referral to your colleague in podiatry?"], ["to referral"]),
    # a decision typed as a yes/no question is a "whether"
    ("mentor_agenda", {"contact": {"name": "Dr. Omar Feld", "relationship": "mentor"},
                       "meeting": {"date": "2026-12-09"},
                       "decisions": ["is a podiatry rotation worth it?", "which lab"]},
     ["whether a podiatry rotation is worth it"], ["is a podiatry rotation worth it"]),
    # a week named with capitals takes no article
    ("linkedin_note", {"meeting": {"event": "Foot Week", "date": "2026-11-22"}},
     ["Foot Week"], ["the Foot Week"]),
])
def test_list_fields_questions_and_articles(kind: str, fields: dict[str, Any], says: list[str],
                                            never: list[str]) -> None:
    body = _draft(kind, **fields)
    assert all(s in body for s in says) and not any(n in body for n in never), body


@pytest.mark.parametrize(("role_text", "program", "identity"), [
    ("PGY-3 PM&R resident", "Lakeside PM&R", "a PGY-3 PM&R resident at Lakeside"),
    ("PGY-1 family medicine resident", "University of Lakeside",
     "a PGY-1 family medicine resident at the University of Lakeside"),
])
def test_the_program_says_what_the_role_does_not(role_text: str, program: str,
                                                 identity: str) -> None:
    request = DraftRequest.model_validate({"kind": "introduction",
                                           "sender": {"role": role_text, "program": program}})
    assert ph.sender_identity(request) == identity


@pytest.mark.parametrize(("notes", "says"), [
    ("🦶 Foot and Ankle Surgeon\n• Director, Lakeside Wound Center\n• Loves teaching",
     "Your role as director of the Lakeside Wound Center is a big part of why"),
    ("- residency research coordinator at Lakeside\n- two kids",
     "Your role as residency research coordinator at Lakeside is a big part of why"),
])
def test_a_headline_bio_gives_the_readers_role(notes: str, says: str) -> None:
    body = _draft("introduction", notes=notes, ask="15 min call about wound research")
    assert says in body, body


def test_end_of_a_period_takes_its_articles() -> None:
    assert expand("will send the log by end of week") == "will send the log by the end of the week"


@pytest.mark.parametrize(("notes", "says", "never"), [
    ("-------- Forwarded message --------\nFrom: Priya Nandakumar <pn@lakeside.org>\n\nIlse, "
     "you should get in touch with Dr. Omar Feld. Tell him I said hi!",
     "Priya Nandakumar suggested I reach out to you.", "said hi"),
    # an email from the contact is no referral
    ("From: Dr. Omar Feld\nHappy to chat, email me in Jan.", "", "suggested I reach out"),
])
def test_a_forwarded_email_that_points_to_the_reader_is_a_referral(notes: str, says: str,
                                                                    never: str) -> None:
    body = _draft("introduction", notes=notes, ask="15 min call about the clinic")
    assert says in body and never not in body, body
