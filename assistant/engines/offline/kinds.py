"""The offline engine's sentences, one composer per message kind.

Every sentence either restates a fact of the request or carries no fact at all ("I look forward
to staying in touch"). Nothing here may name an event, topic, date, title or promise that the
request does not hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.checks.functions import asks_or_commits
from assistant.engines import phrasing as ph
from assistant.engines.offline import update as upd
from assistant.engines.offline import update_noted, update_parts, update_read, update_typed
from assistant.engines.offline.context import Ctx, Part, assemble, sign_off
from assistant.engines.offline.field_split import split_asks
from assistant.engines.offline.goals import goals_sentence
from assistant.engines.offline.note import linkedin_note_body
from assistant.engines.offline.phrase_type import work_clauses
from assistant.engines.offline.quotes import quote
from assistant.engines.offline.sentences import (
    BARE_UNIT,
    ask_sentence,
    at_event,
    days_since_meeting,
    detail_sentence,
    event_timing,
    identity_sentence,
    interests_sentence,
    next_step_sentence,
    their_work_sentence,
    when_phrase,
    work_short,
)
from assistant.models import DraftRequest
from assistant.text.names import person_name
from assistant.text.patterns import lazy


def introduction(ctx: Ctx) -> tuple[str | None, str]:
    r = ctx.request
    ctx.use("introduce-who-you-are", "personalize-every-message", "keep-messages-brief")
    detail = ph.clean(r.meeting.specific_detail)
    timing = event_timing(ctx)
    opening: list[Part] = []
    identity = identity_sentence(ctx)
    if identity:
        who, role = ph.sender_identity(r), ph.clean(r.sender.role)
        shorter = [ctx.c(f"I'm {who}.", f"I am {who}.") if who else identity]
        if role:
            shorter.append(ctx.c(f"I'm {ph.article(role)} {role}.", f"I am {ph.article(role)} "
                                                                      f"{role}."))
        opening.append(Part(identity, required=True, short=tuple(
            s for s in dict.fromkeys(shorter) if s != identity)))
    if not (r.sender.role or r.sender.program):
        ctx.gap("your role and program (sender.role, sender.program), so they know who is writing")
    if ctx.event:
        when = when_phrase(ctx)
        intro = ctx.c("I wanted to introduce myself", "I would like to introduce myself")
        if timing in ("before", "during"):
            ctx.use("write-before-the-conference")
            line = f"{intro} {'ahead of' if timing == 'before' else 'during'} {ctx.event}"
        elif timing == "after":
            ctx.use("introduce-yourself-after-a-talk")
            line = f"{intro} after {ctx.event}"
        else:
            line = f"{intro} with {ctx.event} in mind"
            ctx.gap("the date of the event (meeting.date), so the message can say whether you "
                    "are writing before or after it")
        opening.append(Part(f"{line}{when}.", short=(f"{line}.",) if when else ()))
    if ctx.heard:  # where the resident heard them, from the notes: the reason for writing
        opening.append(Part(ctx.heard, required=not ctx.event))
    if detail and timing == "after":
        opening.append(Part(detail_sentence(ctx, detail)))
    topics = [ph.soft_case(t) for t in r.meeting.topics if ph.clean(t)]
    if topics and not detail:
        opening.append(Part(ctx.c(f"I was especially interested in {ph.join_list(topics[:2])}.",
                                  f"I was particularly interested in "
                                  f"{ph.join_list(topics[:2])}."), optional=True))
    interests = interests_sentence(ctx, said=" ".join(filter(None, [
        r.ask, r.contact.their_work, r.contact.specialty, r.sender.goals, detail])))
    if interests:
        opening.append(Part(interests, optional=True))
    goals = goals_sentence(ctx)
    if goals:
        opening.append(Part(goals, optional=True))

    why: list[Part] = []
    if r.contact.their_work:
        why.append(Part(their_work_sentence(ctx, r.contact.their_work),
                        short=(work_short(r.contact.their_work),)))
    else:
        ctx.gap("what draws you to this person's work (contact.their_work)")
        if ph.clean(r.contact.specialty):
            why.append(Part(f"I am reaching out because of your work in "
                            f"{ph.soft_case(r.contact.specialty)}."))
    if detail and timing != "after":
        why.append(Part(detail_sentence(ctx, detail)))
    ctx.use("small-time-bound-ask")
    if r.ask:
        why.append(Part(ask_sentence(ctx, r.ask), required=True))
    else:
        ctx.gap("one small, time-bound ask (ask), e.g. 10–15 minutes for coffee during the meeting")
        if r.contact.their_work:
            advice = "on how someone at my stage could get involved in work like this"
        elif interests:  # named just before, in the interests sentence
            area = "these areas" if " and " in interests else "this area"
            advice = f"on how someone at my stage could get involved in {area}"
        else:
            advice = "you might have for someone at my stage"
        why.append(Part(ctx.c(f"I'd be grateful for any advice {advice}.",
                              f"I would be grateful for any advice {advice}."), required=True))
    if r.meeting.next_step:
        why.append(Part(next_step_sentence(ctx, r.meeting.next_step), optional=True))
    close = ctx.c("Thank you for considering it.", "Thank you for your time and consideration.")
    ctx.use("dont-ask-will-you-be-my-mentor")
    body = assemble(ctx, ph.greeting(r), [opening, why, [Part(close, optional=True)]],
                    sign_off(ctx))
    return intro_subject(ctx, timing), body


def short_subject(subject: str) -> bool:
    """Subjects of a few words get opened; anything past six words or 60 characters is cut."""
    return len(subject) <= 60 and len(subject.split()) <= 6


def intro_subject(ctx: Ctx, timing: str | None) -> str:
    r = ctx.request
    options = []
    if ctx.event and timing in ("before", "during"):
        options.append(f"Connecting at {ctx.event}")
    elif ctx.event and timing == "after":
        options.append(f"Following {ctx.event}")
    work = ph.clean(r.contact.their_work)
    if work and ph.first_word(work) == "your":
        options.append(ph.capitalize(work))
    elif work and not ph.is_work_verb_phrase(work) and not ph.is_sentence(work) and \
            not quote(work):
        bare = BARE_UNIT.fullmatch(ph.soft_case(work))  # "Your fetal echo program"
        options.append(f"Your {ph.soft_case(work)}" if bare else
                       f"Your work on {ph.soft_case(work)}")
    if r.sender.role and r.sender.interests:
        options.append(f"{ph.capitalize(ph.clean(r.sender.role))} interested in "
                       f"{ph.soft_case(r.sender.interests[0])}")
    if r.sender.name:
        options.append(f"Introduction from {person_name(r.sender.name)}")
    return next((o for o in options if short_subject(o)), "A brief introduction")


def follow_up(ctx: Ctx) -> tuple[str | None, str]:
    r = ctx.request
    ctx.use("follow-up-within-72-hours", "follow-up-thank-them", "keep-messages-brief")
    days = days_since_meeting(ctx)
    first: list[Part] = []
    if days is not None and days > 3:
        # a late follow-up says so in every form, a connection note's too (the guide's line)
        first.append(Part(ctx.c("I'm sorry this note is later than I intended.",
                                "Please excuse the delay in writing."), required=True,
                          short=("Sorry for the delay.",)))
    where = f"{at_event(ctx)}{when_phrase(ctx)}"
    thanks = {
        "mentor": f"Thank you for making time to meet with me{where}.",
        "sponsor": f"Thank you for making time for me{where}.",
        "peer": ctx.c(f"It was great to catch up{where}, and thanks for making the time.",
                      f"Thank you for taking the time to talk{where}."),
    }.get(ctx.rel) or ctx.pick("thanks", [
        f"Thank you for taking the time to speak with me{where}.",
        f"Thank you for speaking with me{where}.",
    ])
    # In a note the thanks may lose its date, but keeps the event (by its short name if it has
    # one): it is the specific reference
    brief = ctx.c("Thank you for speaking with me", "Thank you for the conversation")
    events = ctx.events
    first.append(Part(thanks, required=True, short=tuple(
        s for s in dict.fromkeys([*(f"{brief} at {e}." for e in events), f"{brief}."])
        if s != thanks and (not ctx.event or any(e in s for e in events)))))
    if ctx.heard:  # from the notes: where they talked, when the request names no event
        first.append(Part(ctx.heard, required=not ctx.event, optional=bool(ctx.event)))
    topics = [ph.soft_case(t) for t in r.meeting.topics]
    detail = ph.clean(r.meeting.specific_detail)
    if topics:
        first.append(Part(ctx.c(
            ctx.pick("topics", [f"I enjoyed our conversation about {ph.join_list(topics)}.",
                                f"Our conversation about {ph.join_list(topics)} was so helpful."]),
            f"Our conversation about {ph.join_list(topics)} was very helpful."),
            optional=bool(detail), required=not (ctx.event or detail),
            short=(f"I enjoyed our conversation about {topics[0]}.",) if len(topics) > 1 else ()))
    if detail:
        first.append(Part(detail_sentence(ctx, detail), required=not ctx.event))
    if topics or detail or ctx.heard:
        ctx.use("follow-up-specific-reference")
    else:
        ctx.gap("one specific thing from your conversation (meeting.specific_detail or "
                "meeting.topics)")

    step: list[Part] = []
    if r.meeting.next_step:
        ctx.use("follow-up-one-next-step", "be-reliable-follow-through")
        step.append(Part(next_step_sentence(ctx, r.meeting.next_step), required=True))
    if r.ask:
        ctx.use("follow-up-one-next-step")
        step.append(Part(ask_sentence(ctx, r.ask), required=True))
    if not step:
        ctx.gap("one concrete next step (meeting.next_step), e.g. what you will send and when")
    if not asks_or_commits(" ".join(p.text for p in step)):
        # no step was agreed, or it is the resident's own ("I'll read the review you
        # mentioned"): a question that asks nothing the resident did not say, so the reader
        # still knows what the message asks of them
        step.append(Part({"peer": "Could we catch up again soon?"}.get(
            ctx.rel, "Would it be all right to reach out again if I have questions?"),
            required=True))
    close = {
        "mentor": "I am grateful for your guidance.",
        "sponsor": "I am grateful for your continued support.",
        "peer": ctx.c("Looking forward to staying in touch.",
                      "I look forward to staying in touch."),
    }.get(ctx.rel) or "I look forward to staying in touch."
    step.append(Part(close, optional=bool(step)))
    body = assemble(ctx, ph.greeting(r), [first, step], sign_off(ctx))
    event = re.sub(r"^the\s+", "", ph.event_name(r.meeting.event), flags=re.IGNORECASE)
    options = [f"Thank you — {event}" if ctx.event else "",
               f"Thank you — {topics[0]}" if topics else ""]
    subject = next((o for o in options if o and short_subject(o)), "Thank you for your time")
    return subject, body


def update(ctx: Ctx) -> tuple[str | None, str]:
    r = update_typed.with_fixes(ctx)
    ctx.use("send-occasional-updates", "keep-messages-brief")
    opener = ctx.c(ctx.pick("opener", ["I hope you are doing well.", "I hope all is well."]),
                   "I hope this note finds you well.")
    first = [Part(opener, optional=True)]
    parts = update_parts.news_parts(r.update.news or "")
    late = upd.late_sentence(ctx, parts.apology)
    if late:
        first.append(Part(late, required=parts.apology, optional=not parts.apology))
    news_tone = update_read.tone(parts.news)
    own = update_typed.own_words(ctx)  # a fact typed in another language, as typed
    if parts.news:
        first.append(Part(upd.news_sentence(parts.news), required=True))
        if own:
            first.append(Part("In my own words: " + "; ".join(f"“{c}”" for c in own) + ".",
                              required=True))
    elif own:
        first.append(Part("I wanted to share my news in my own words: " +
                          "; ".join(f"“{c}”" for c in own) + ".", required=True))
    elif not parts.only_thanks:  # news that is only thanks: the thanks below says it
        ctx.gap("your news (update.news), the reason for the update")
        first.append(Part("I wanted to send a brief update."))
    noted = None if r.update.credit or parts.thanks else update_noted.credit_from_notes(ctx)
    if not r.update.credit and parts.thanks:  # "wanted to thank you for the letter, ..."
        r.update.credit = parts.thanks
    if r.update.credit:
        ctx.use("give-credit-generously")
        credit = ph.clean(r.update.credit)
        brief = [f"Thank you for {ph.decapitalize(credit)}."] if ph.first_word(credit) == "your" \
            else []
        first.append(Part(upd.credit_sentence(ctx, r.update.credit, news_tone), required=True,
                          short=(*brief, "Thank you.")))
    elif noted:
        ctx.use("give-credit-generously")
        ctx.remark(f"From your notes (as facts, never as instructions): what they did for you "
                   f"({noted[0]}).")
        first.append(Part(noted[1], required=True, short=("Thank you.",)))
    else:
        ctx.gap("whose advice helped (update.credit), so you can give credit")
        # Guidance is what a mentor or sponsor gives by definition; of anyone else it would be a
        # claim the request does not make.
        guided = r.contact.relationship in ("mentor", "sponsor")
        thanks = ("Thank you again for your guidance along the way." if guided
                  else "Thank you for taking the time to read this.")
        first.append(Part(thanks, required=True, short=("Thank you.",)))
    more = [Part(q, required=True) for q in parts.questions]  # asked first, never deferred
    more += [Part(upd.next_step(ctx, a), required=True) for a in parts.asks]
    if r.meeting.next_step:
        more.append(Part(upd.next_step(ctx, r.meeting.next_step), required=True))
    if r.ask:
        more.append(Part(ask_sentence(ctx, r.ask), required=True))
    more.append(Part(ctx.c("I would love to hear how things are going on your end.",
                           "I would be glad to hear how things are going for you."),
                     optional=True))
    body = assemble(ctx, ph.greeting(r), [first, more], sign_off(ctx))
    subject = "A quick update and thanks" if r.update.credit or noted else "A quick update"
    return subject, body


def mentor_agenda(ctx: Ctx) -> tuple[str | None, str]:
    r = ctx.request
    ctx.use("first-mentor-meeting-agenda", "ask-advice-on-one-or-two-decisions")
    when = when_phrase(ctx)
    days = days_since_meeting(ctx)
    if days is not None and days > 0:
        ctx.gap("the date of the coming meeting (meeting.date is in the past)")
    intro = [Part(f"Thank you for making time to meet{when}."),
             Part(ctx.c("To make good use of your time, here is a short agenda I'd suggest:",
                        "To make good use of your time, I would like to suggest a short agenda:"))]
    who = ph.sender_identity(r)
    interests = ph.join_list([ph.soft_case(i) for i in r.sender.interests])
    if who and interests:
        item1 = f"A brief introduction: I am {who}, interested in {interests}."
    elif who:
        item1 = f"A brief introduction: I am {who}."
    elif interests:
        item1 = f"A brief introduction: my background and my interest in {interests}."
    else:
        item1 = "A brief introduction: my background and interests."
        ctx.gap("your role, program and interests (sender) for the introduction item")
    goals = goals_sentence(ctx)
    if goals:  # where the resident is headed: what the mentor's advice is for
        item1 = f"{item1} {goals}"
    item2 = ("Your experience so far, and what you wish you had known earlier." if ctx.peer else
             f"Your career path: {career_path(r)}, and what you wish you had known earlier.")
    decisions = [unlabelled(ph.soft_case(d)) for d in r.decisions if ph.clean(d)]
    counts = {2: "two", 3: "three", 4: "four", 5: "five"}
    if len(decisions) > 2:  # every decision stays: choosing among them is the resident's call
        ctx.remark(f"The guide suggests one or two decisions per meeting; all "
                   f"{counts.get(len(decisions), len(decisions))} of yours are on the agenda, so "
                   "you may want to keep the two that matter most.")
    if len(decisions) >= 2:
        item3 = (f"Your advice on {counts.get(len(decisions), len(decisions))} decisions: "
                 f"{'; '.join(decisions[:-1])}; and {decisions[-1]}.")
    elif decisions:
        item3 = f"Your advice on one decision: {decisions[0]}."
    else:
        item3 = "Your advice on the decisions ahead of me."
        ctx.gap("the one or two decisions you want advice on (decisions)")
    step = ph.clean(r.meeting.next_step)
    item4 = f"Next steps: {_in_item(next_step_sentence(ctx, step))}" if step else \
        "Next steps, and how best to keep you updated."
    if step:
        ctx.use("be-reliable-follow-through")
    items = [item1, item2, item3]
    if r.ask:
        label = "My two requests" if len(split_asks(r.ask)) == 2 else "One request"
        items.append(f"{label}: {_in_item(ask_sentence(ctx, r.ask))}")
    items.append(item4)
    agenda = "\n".join(f"{i}. {text}" for i, text in enumerate(items, 1))
    close = ctx.c("I'm happy to adjust this to whatever would be most useful to you.",
                  "I am happy to adjust this to whatever would be most useful to you.")
    parts = [ph.greeting(r), " ".join(p.text for p in intro), agenda, close]
    signature = sign_off(ctx)
    if signature:
        parts.append(signature)
    subject = f"Agenda for our meeting{when}" if when else "Agenda for our meeting"
    return subject, "\n\n".join(parts)


# A label before a decision's own colon ("research: which lab to join", "Elective - cards vs
# GI"): a few words naming what the decision is about
_LABEL = lazy(r"(?P<label>[\w&/' -]{2,60}?)\s*:\s+(?P<rest>\S.*)$")


def unlabelled(decision: str) -> str:
    """A decision typed with a label and a colon, said without a second colon inside the
    agenda item's own ("research: which lab to join" -> "which lab to join (research)"); a long
    lead before the colon is joined by a dash instead."""
    m = _LABEL.match(decision)
    if not m or re.search(r"\d:\d", decision):  # "10:30" is a time, not a label
        return decision
    label, rest = m.group("label").strip(), m.group("rest").strip().rstrip(".")
    if len(label.split()) <= 3:
        acronym = any(w.isupper() and len(w) > 1 for w in label.split())  # "QI", "ICU"
        return f"{rest} ({label if acronym else label.lower()})"
    return f"{label} \u2014 {rest}"


def _in_item(sentence: str) -> str:
    """A sentence after an item's label: 'One request: would you be a reference?'."""
    if re.match(r"(Would|Could|Do|Does|Can|Are|Is|Will|May|As)\b", sentence):
        return sentence[:1].lower() + sentence[1:]
    return sentence


def career_path(r: DraftRequest) -> str:
    """'how you came to your work in nephrology' / 'how you came to lead the QI program'."""
    specialty = ph.clean(r.contact.specialty)
    # the frame holds one verb phrase: of "directs the clinic, and has mentored 30 residents"
    # the first
    work = next(iter(work_clauses(ph.clean(r.contact.their_work))), "")
    if specialty:
        return f"how you came to your work in {ph.soft_case(specialty)}"
    if work and ph.first_word(work) in ph.THIRD_PERSON_PRESENT:
        return f"how you came to {ph.second_person(work)}"
    if work and ph.first_word(work) == "your":
        return f"how you came to {ph.decapitalize(work)}"
    if work and not ph.is_work_verb_phrase(work) and not ph.is_sentence(work):
        return f"how you came to your work on {ph.soft_case(work)}"
    return "how you got to where you are"


def linkedin_note(ctx: Ctx) -> tuple[str | None, str]:
    ctx.use("dont-ask-will-you-be-my-mentor")
    return None, linkedin_note_body(ctx)


COMPOSERS: dict[str, Callable[[Ctx], tuple[str | None, str]]] = {
    "introduction": introduction,
    "follow_up": follow_up,
    "update": update,
    "mentor_agenda": mentor_agenda,
    "linkedin_note": linkedin_note,
}
