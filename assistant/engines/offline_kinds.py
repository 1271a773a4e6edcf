"""The offline engine's sentences, one composer per message kind.

Every sentence either restates a fact of the request or carries no fact at all ("I look forward
to staying in touch"). Nothing here may name an event, topic, date, title or promise that the
request does not hold.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.engines import phrasing as ph
from assistant.engines.offline import Ctx, Part, assemble, fit_chars, sign_off
from assistant.engines.offline_sentences import (
    ask_sentence,
    at_event,
    credit_sentence,
    days_since_meeting,
    detail_sentence,
    goals_sentence,
    identity_sentence,
    interests_sentence,
    news_sentence,
    next_step_sentence,
    their_work_sentence,
    when_phrase,
)


def introduction(ctx: Ctx) -> tuple[str | None, str]:
    r = ctx.request
    ctx.use("introduce-who-you-are", "personalize-every-message", "keep-messages-brief")
    days = days_since_meeting(ctx)
    detail = ph.clean(r.meeting.specific_detail)
    opening: list[Part] = []
    if ctx.event and (days is not None and days >= 0 or days is None and detail):
        ctx.use("introduce-yourself-after-a-talk")
        opening.append(Part(ctx.c(f"Following {ctx.event}, I wanted to introduce myself.",
                                  f"Following {ctx.event}, I would like to introduce myself.")))
    elif ctx.event and days is not None:
        ctx.use("write-before-the-conference")
        opening.append(Part(f"I will be attending {ctx.event}{when_phrase(ctx)} and wanted to "
                            "introduce myself beforehand."))
    elif ctx.event:
        opening.append(Part(f"I am reaching out in connection with {ctx.event}."))
    identity = identity_sentence(ctx)
    if identity:
        opening.append(Part(identity))
    if not (r.sender.role or r.sender.program):
        ctx.gap("your role and program (sender.role, sender.program), so they know who is writing")
    interests = interests_sentence(ctx)
    if interests:
        opening.append(Part(interests, optional=True))
    goals = goals_sentence(ctx)
    if goals:
        opening.append(Part(goals, optional=True))

    why: list[Part] = []
    if r.contact.their_work:
        why.append(Part(their_work_sentence(ctx, r.contact.their_work)))
    else:
        ctx.gap("what draws you to this person's work (contact.their_work)")
        if ph.clean(r.contact.specialty):
            why.append(Part(f"I am reaching out because of your work in "
                            f"{ph.clean(r.contact.specialty)}."))
    if detail:
        why.append(Part(detail_sentence(ctx, detail)))
    if r.ask:
        ctx.use("small-time-bound-ask")
        why.append(Part(ask_sentence(ctx, r.ask)))
    else:
        ctx.use("small-time-bound-ask")
        ctx.gap("one small, time-bound ask (ask), e.g. 10–15 minutes for coffee during the meeting")
        if r.contact.their_work:
            advice = "on how someone at my stage could get involved in work like this"
        elif r.sender.interests:
            advice = f"on how someone at my stage could get involved in {r.sender.interests[0]}"
        else:
            advice = "you might have for someone at my stage"
        why.append(Part(ctx.c(f"I'd be grateful for any advice {advice}.",
                              f"I would be grateful for any advice {advice}.")))
    if r.meeting.next_step:
        why.append(Part(next_step_sentence(ctx, r.meeting.next_step), optional=True))
    close = ctx.c("Thank you for considering it.", "Thank you for your time and consideration.")
    ctx.use("dont-ask-will-you-be-my-mentor")
    body = assemble(ph.greeting(r), [opening, why, [Part(close, optional=True)]], sign_off(ctx))
    return intro_subject(ctx), body


def intro_subject(ctx: Ctx) -> str:
    r = ctx.request
    days = days_since_meeting(ctx)
    if ctx.event and days is not None and days >= 0:
        subject = f"Following up on {ctx.event}"  # "on the ACP Meeting" reads right
    elif ctx.event:
        subject = f"Connecting at {ctx.event}"
    elif r.sender.role and r.sender.interests:
        subject = f"{ph.clean(r.sender.role)} interested in {ph.clean(r.sender.interests[0])}"
    elif r.contact.their_work:
        subject = f"Your work on {ph.clean(r.contact.their_work)}"
    elif r.sender.name:
        subject = f"Introduction from {ph.clean(r.sender.name)}"
    else:
        subject = "A brief introduction"
    return subject if len(subject) <= 60 else "A brief introduction"


def follow_up(ctx: Ctx) -> tuple[str | None, str]:
    r = ctx.request
    ctx.use("follow-up-within-72-hours", "follow-up-thank-them", "keep-messages-brief")
    days = days_since_meeting(ctx)
    first: list[Part] = []
    if days is not None and days > 3:
        first.append(Part(ctx.c("I'm sorry this note is later than I intended.",
                                "Please excuse the delay in writing.")))
    where = f"{at_event(ctx)}{when_phrase(ctx)}"
    thanks = {
        "mentor": f"Thank you for making time to meet with me{where}.",
        "sponsor": f"Thank you for making time for me{where}, and for your continued support.",
        "peer": ctx.c(f"It was great to catch up{where}, and thanks for making the time.",
                      f"Thank you for taking the time to talk{where}."),
    }.get(ctx.rel) or ctx.pick("thanks", [
        f"Thank you for taking the time to speak with me{where}.",
        f"Thank you for speaking with me{where}.",
    ])
    first.append(Part(thanks))
    topics = r.meeting.topics
    detail = ph.clean(r.meeting.specific_detail)
    if topics:
        first.append(Part(ctx.c(
            ctx.pick("topics", [f"I enjoyed our conversation about {ph.join_list(topics)}.",
                                f"Our conversation about {ph.join_list(topics)} was so helpful."]),
            f"Our conversation about {ph.join_list(topics)} was very helpful."),
            optional=bool(detail)))
    if detail:
        first.append(Part(detail_sentence(ctx, detail)))
    if topics or detail:
        ctx.use("follow-up-specific-reference")
    else:
        ctx.gap("one specific thing from your conversation (meeting.specific_detail or "
                "meeting.topics)")

    step: list[Part] = []
    if r.meeting.next_step:
        ctx.use("follow-up-one-next-step", "be-reliable-follow-through")
        step.append(Part(next_step_sentence(ctx, r.meeting.next_step)))
    if r.ask:
        ctx.use("follow-up-one-next-step")
        step.append(Part(ask_sentence(ctx, r.ask)))
    if not step:
        ctx.gap("one concrete next step (meeting.next_step), e.g. what you will send and when")
    close = {
        "mentor": "I am grateful for your guidance.",
        "sponsor": "I am grateful for your support.",
        "peer": ctx.c("Looking forward to staying in touch.",
                      "I look forward to staying in touch."),
    }.get(ctx.rel) or "I look forward to staying in touch."
    step.append(Part(close, optional=bool(step)))
    body = assemble(ph.greeting(r), [first, step], sign_off(ctx))
    if ctx.event:
        subject = f"Thank you — {ph.clean(r.meeting.event)}"
    elif topics and len(ph.clean(topics[0])) <= 40:
        subject = f"Thank you — {ph.clean(topics[0])}"
    else:
        subject = "Thank you for your time"
    return (subject if len(subject) <= 60 else "Thank you for your time"), body


def update(ctx: Ctx) -> tuple[str | None, str]:
    r = ctx.request
    ctx.use("send-occasional-updates", "keep-messages-brief")
    opener = ctx.c(ctx.pick("opener", ["I hope you are doing well.", "I hope all is well."]),
                   "I hope this note finds you well.")
    first = [Part(opener, optional=True)]
    if r.update.news:
        first.append(Part(news_sentence(r.update.news)))
    else:
        ctx.gap("your news (update.news), the reason for the update")
        first.append(Part("I wanted to send a brief update."))
    if r.update.credit:
        ctx.use("give-credit-generously")
        first.append(Part(credit_sentence(ctx, r.update.credit)))
    else:
        ctx.gap("whose advice helped (update.credit), so you can give credit")
        first.append(Part("Thank you again for your guidance along the way."))
    more: list[Part] = []
    if r.meeting.next_step:
        more.append(Part(next_step_sentence(ctx, r.meeting.next_step)))
    if r.ask:
        more.append(Part(ask_sentence(ctx, r.ask)))
    more.append(Part(ctx.c("I would love to hear how things are going on your end.",
                           "I hope all is well with you."), optional=True))
    body = assemble(ph.greeting(r), [first, more], sign_off(ctx))
    subject = "A quick update and thanks" if r.update.credit else "A quick update"
    return subject, body


def mentor_agenda(ctx: Ctx) -> tuple[str | None, str]:
    r = ctx.request
    ctx.use("first-mentor-meeting-agenda", "ask-advice-on-one-or-two-decisions")
    when = when_phrase(ctx)
    intro = [Part(f"Thank you for making time to meet{when}."),
             Part(ctx.c("To make good use of your time, here is a short agenda I'd suggest:",
                        "To make good use of your time, I would like to suggest a short agenda:"))]
    who = ph.sender_identity(r)
    interests = ph.join_list(r.sender.interests)
    if who and interests:
        item1 = f"A brief introduction: I am {who}, interested in {interests}."
    elif who:
        item1 = f"A brief introduction: I am {who}."
    elif interests:
        item1 = f"A brief introduction: my background and my interest in {interests}."
    else:
        item1 = "A brief introduction: my background and interests."
        ctx.gap("your role, program and interests (sender) for the introduction item")
    field = ph.clean(r.contact.specialty) or ph.clean(r.contact.their_work)
    item2 = (f"Your career path: how you came to your work in {field}, and what you wish you "
             "had known earlier." if field else
             "Your career path: how you got to where you are, and what you wish you had known "
             "earlier.")
    decisions = [ph.clean(d) for d in r.decisions if ph.clean(d)]
    if len(decisions) > 2:
        ctx.gap("one or two decisions rather than " + str(len(decisions)) + "; the agenda keeps "
                "the first two")
        decisions = decisions[:2]
    if len(decisions) == 2:
        item3 = f"Your advice on two decisions: {decisions[0]}; and {decisions[1]}."
    elif decisions:
        item3 = f"Your advice on one decision: {decisions[0]}."
    else:
        item3 = "Your advice on the decisions ahead of me."
        ctx.gap("the one or two decisions you want advice on (decisions)")
    step = ph.clean(r.meeting.next_step)
    item4 = f"Next steps: {ph.decapitalize(step)}." if step else \
        "Next steps, and how best to keep you updated."
    if step:
        ctx.use("be-reliable-follow-through")
    items = [item1, item2, item3, item4]
    agenda = "\n".join(f"{i}. {text}" for i, text in enumerate(items, 1))
    close = ctx.c("I'm happy to adjust this to whatever would be most useful to you.",
                  "I am happy to adjust this to whatever would be most useful to you.")
    parts = [ph.greeting(r), " ".join(p.text for p in intro), agenda, close]
    signature = sign_off(ctx)
    if signature:
        parts.append(signature)
    subject = f"Agenda for our meeting{when}" if when else "Agenda for our meeting"
    return subject, "\n\n".join(parts)


def linkedin_note_body(ctx: Ctx) -> str:
    """A connection note: the richest personal version that fits the account's limit."""
    r = ctx.request
    ctx.use("linkedin-personalized-note", "personalize-every-message")
    limit = ctx.settings.linkedin_note_limit
    name = ph.address_name(r)
    hello = (f"Dear {name}," if ctx.formal else f"Hi {name},") if name else \
        ("Hello," if not ctx.formal else "Dear colleague,")
    if not name:
        ctx.gap("the contact's name (contact.name) for the greeting")
    met = ctx.rel in ("met_once", "mentor", "sponsor", "peer") or (
        r.kind == "follow_up" and ctx.rel != "new")
    days = days_since_meeting(ctx)
    context: list[str] = []
    if ctx.event and met:
        context.append(ctx.c(f"It was great meeting you at {ctx.event}.",
                             f"It was a pleasure meeting you at {ctx.event}."))
    elif ctx.event and days is not None and days < 0:
        context.append(f"I will be at {ctx.event} and would value connecting.")
    elif ctx.event:
        context.append(f"I am reaching out after {ctx.event}." if days is not None
                       else f"I am reaching out in connection with {ctx.event}.")
    elif met:
        context.append(ctx.c("It was great talking with you.",
                             "It was a pleasure speaking with you."))
    who = ph.sender_identity(r)
    identity = f"I am {who}." if who else ""
    topics = r.meeting.topics
    detail = ph.clean(r.meeting.specific_detail)
    specific = []
    if detail and not ph.is_sentence(detail):
        specific.append(f"I appreciated {ph.decapitalize(detail)}.")
    elif detail:
        specific.append(ph.sentence(detail))
    if topics:
        specific.append(f"I appreciated our talk about {ph.join_list(topics[:2])}.")
    if r.contact.their_work:
        work = ph.clean(r.contact.their_work)
        specific.append(f"I admire {ph.decapitalize(work)}." if ph.first_word(work) == "your"
                        else f"I admire your work on {work}.")
    if not (context or specific):
        ctx.gap("where you met or what you admire in their work (meeting.event, "
                "contact.their_work), to personalise the note")
    close = ctx.c("I would love to stay connected.",
                  "I would welcome the chance to stay connected.")
    shapes = []
    for spec in [specific[:2], specific[:1], specific[1:2], specific[2:], []]:
        for ident in ([identity, ""] if not met else ["", identity]):
            rest = " ".join(p for p in [*context, ident, *spec, close] if p)
            shapes.append(f"{hello} {ph.decapitalize(rest)}")
    shapes = list(dict.fromkeys(shapes))
    return fit_chars(shapes, limit)


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
