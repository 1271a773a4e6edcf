"""linkedin_rewrite offline: keep the resident's facts and voice, fix what the checks flag, by
the checks' own suggestions (`rewrite_fix`: slang, casual greeting, emoji, exclamation marks,
shouting, placeholders, a mentor ask, negativity, an ask put off; the rewritten note is
checked again until nothing is left), read each sentence for what it does (`rewrite_plan`: an
instruction to the writer left out, the reader addressed, a put-off ask made a question) and
restore what the typing left out (`rewrite_grammar`), keep the resident's own greeting
(`rewrite_greeting`) and fit the limit (the LinkedIn note's characters, a LinkedIn message's or
an email's words) by value, in whole sentences."""

from __future__ import annotations

import re

from assistant.checks.functions import asks_or_commits
from assistant.checks.rules_address import salutation_for
from assistant.checks.rules_structure import (
    EMAIL_WORD_LIMIT,
    LINKEDIN_MESSAGE_WORD_LIMIT,
    NOTE_MIN_WORDS,
)
from assistant.checks.shorten import tighten
from assistant.checks.shorten_read import CLOSING
from assistant.checks.wordlist import COMMON_WORDS
from assistant.engines import phrasing as ph
from assistant.engines.offline import rewrite_ask as ask
from assistant.engines.offline import rewrite_plan as plan
from assistant.engines.offline.clauses import QUESTION_START, split_and_i, split_run_ons
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.note import linkedin_note_body
from assistant.engines.offline.rewrite_email import (
    as_email,
    as_paragraphs,
    email_subject,
    paragraph_ends,
    split_sign_off,
)
from assistant.engines.offline.rewrite_fix import (
    apply_check_fixes,
    findings,
    placeholders,
    repair,
    tidy,
    without_mentor_clause,
    without_slot,
)
from assistant.engines.offline.rewrite_grammar import (
    SPOKEN_SO,
    and_so,
    restore_case,
    restore_grammar,
    role_noun,
    spoken_punctuation,
)
from assistant.engines.offline.rewrite_greeting import greeting, unlisted_salutation
from assistant.engines.offline.rewrite_lines import (
    for_channel,
    from_bullets,
    from_thread,
    without_dashed_sign_off,
    without_email_shorthand,
    without_headline,
    without_signature_block,
)
from assistant.engines.offline.rewrite_order import in_english_order
from assistant.engines.offline.sentences import identity_sentence
from assistant.text import casing
from assistant.text.names import name_tokens
from assistant.text.patterns import lazy
from assistant.text.sentences import split_sentences
from assistant.text.shorthand import expand
from assistant.text.words import word_count


def _after_hello(hello: str, body: str) -> str:
    """The body goes on the greeting's sentence: "Hi Dr. Okafor, great meeting you", "Hi Dr.
    Ruiz, my name is ..." (a name or "I" keeps its capital)."""
    first = re.match(r"[A-Z][a-z]+\b", body)
    if hello and first and _everyday(first.group(0).lower()):
        return body[:1].lower() + body[1:]
    return body


def _everyday(word: str) -> bool:
    """An everyday word, or its -ing or -ed form ("following", "circling"): no name."""
    stems = [word] + [word[:-n] + e for n, suffix in ((3, "ing"), (2, "ed")) if
                      word.endswith(suffix) for e in ("", "e")]
    return any(s in COMMON_WORDS for s in stems)


# A note's last words that only thank: "Thanks!", "Thank you so much again."
_THANKS_ONLY = lazy(r"^\s*(?:thanks|thank\s+you|many\s+thanks)(?:\s+(?:so|very)\s+much)?"
                          r"(?:\s+again)?\s*[.!]*\s*$", re.IGNORECASE)
# A word in capitals, two letters or more: what the shouting check reads.
_CAPITALS = lazy(r"(?<![\w'’])[A-Z][A-Z'’]*[A-Z](?![\w'’])")
# A sentence this long holds clauses worth weighing one by one when the note must be cut.
_LONG_SENTENCE = 20


# A wish or an offer joined to the writer's statement with its "I" left out ("I'm free most
# Thursdays and would be happy to help", "I'm planning a rheumatology career and would love to
# get coffee"): a clause of its own, the ask or offer the note may keep without the rest.
_AND_WISH = lazy(r",?\s+and\s+(?=(?:would|could)\s+(?:(?:also|really|so|very)\s+)?(?:love|like|"
                 r"appreciate|welcome|be\s+(?:(?:so|very|really)\s+)?(?:happy|glad|grateful|"
                 r"keen|thrilled|honou?red))\b)")
_I_OPENS = lazy(r"(?:I|I['’](?:m|ve|d|ll))\s")


# The ask as a sentence's last clause, after a comma ("I'm a PGY-3 at Swedish, and since I'm
# moving to Albuquerque in July, I'd love to connect ..."): the ask of its own, so the note can
# keep it and what comes before each by its value.
_ASK_TAIL = lazy(r",\s+(?=(?:I['’]d|I\s+would|I\s+hope|(?:would|could|can|may)\s+(?:you|we|I))\b)")
# What subordinated the clause before to the ask, which no longer follows it.
_SUBORDINATE = lazy(r"(^|,\s+(?:and\s+)?)(?:since|because|as|given\s+that)\s+(?=\w)",
                    re.IGNORECASE)


def _ask_lifted(sentence: str) -> str:
    """A long sentence ending in its ask (`_ASK_TAIL`) as two: what leads up to it, said as a
    statement ("... and since I'm moving to X" -> "... and I'm moving to X."), then the ask."""
    ends = list(_ASK_TAIL.finditer(sentence))
    if not ends:
        return sentence
    head, tail = sentence[:ends[-1].start()], sentence[ends[-1].end():]
    if word_count(head) < 8 or not asks_or_commits(tail):
        return sentence
    marks = list(_SUBORDINATE.finditer(head))
    if marks:  # only the clause the ask completed
        last = marks[-1]
        head = head[:last.start()] + last.group(1) + head[last.end():]
        head = head[:1].upper() + head[1:]
    return f"{head.rstrip(' ,')}. {tail[:1].upper()}{tail[1:]}"


def _clauses(sentence: str) -> str:
    """A long sentence's clauses joined by "and I" as sentences of their own ("... at
    Vanderbilt and I've been reading about your work ..." -> "... at Vanderbilt. I've been
    reading about your work ..."), and a wish joined without its "I" (`_AND_WISH`), so that
    fitting a limit keeps the one that says more."""
    if _I_OPENS.match(sentence):
        sentence = _AND_WISH.sub(". I ", sentence)
    sentence = _ask_lifted(sentence)
    if word_count(sentence) < _LONG_SENTENCE:
        return sentence
    split = split_and_i(sentence, 4)
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), split)


def _joined(hello: str, kept: list[str]) -> str:
    """The greeting and the kept sentences as one tidy note."""
    text = tidy(" ".join(s for s in [hello, _after_hello(hello, " ".join(kept))] if s))
    if text and text[-1].isalnum():
        text += "."  # "lets connect lol" loses its last word and with it the sentence's end
    return text


def compose(ctx: Ctx) -> tuple[str | None, str]:
    r = ctx.request
    ctx.use("linkedin-personalized-note", "professional-tone-everywhere")
    original = (r.existing_text or "").strip()
    if not original:
        ctx.gap("the note you want improved (existing_text); this is a fresh note instead")
        return None, linkedin_note_body(ctx)
    email = ctx.request.effective_channel == "email"
    # a pasted text thread: the resident's own lines; bullets: a sentence each
    original, others = from_thread(original, r)
    if others:
        ctx.remark("Lines someone else wrote in the pasted thread were left out; the note keeps "
                   "your own.")
    original = from_bullets(spoken_punctuation(original))
    if not email:
        original, footer = without_signature_block(original)
        original, signed = without_dashed_sign_off(original, r.sender.name or "")
        footer = footer or signed
        if footer:
            ctx.remark("Your signature was left out: LinkedIn shows your profile beside the "
                       "note.")
    original, other_medium = for_channel(original, r.effective_channel, ph.address_name(r))
    if other_medium:
        ctx.remark(f"Written for another medium, changed: {'; '.join(other_medium)}.")
    original = without_email_shorthand(original)
    original, headline = without_headline(original, identity_sentence(ctx) or "",
                                          r.sender.name or "")
    if headline:
        ctx.remark("The pasted headline (segments between bars) was said as a sentence from "
                   "your profile.")
    original, asides = plan.without_asides(original)
    original, own_sign_off = split_sign_off(original, r.sender.name) if email \
        else (original, [])
    # the project's one shorthand table first: "pgy1 im" is the specialty before the grammar
    # check can read "im" as "I'm"
    # (clinical shorthand a mentor reads as written, "med rec", stays as typed)
    # (a note in capitals is lowered by the shouting check's reading first: its whole sentences
    # are shouting only while the shorthand in them, "PEDS", is still in capitals too)
    # (only a note holding a word in capitals can shout: the others skip the check's pass)
    lowered = apply_check_fixes(ctx, original, codes=("shouting",), tidied=False) \
        if _CAPITALS.search(original) else original
    text = apply_check_fixes(ctx, expand(lowered, clinical=False))
    request_text = " ".join(filter(None, [r.meeting.event, *r.meeting.topics, r.contact.title,
                                          r.contact.institution, r.sender.program, r.sender.role,
                                          *r.sender.interests, r.contact.their_work]))
    # a note typed with capitals where they belong keeps its own case but for acronyms
    # (a note in capitals, lowered, has its names' capitals from the request's own spellings)
    capitalised = re.search(r"(?:^|[.!?]\s+)[a-z]|(?<![\w'’])i(?![\w'’])", original) is None \
        and lowered == original
    text = restore_case(text, " ".join(filter(None, [
        request_text, r.contact.name, r.sender.name, r.contact.specialty])), capitalised)
    if not capitalised:  # the places, states and countries typed in lowercase ("in chicago")
        text = casing.restore(text, {})

    # "its Marisol from the EM residency": voice-to-text's "its" before the writer's own name
    first = name_tokens(r.sender.name or "")[:1]
    if first:
        text = re.sub(rf"(?<![\w'’])([Ii])ts\s+(?=(?:me|{re.escape(first[0])})\b)", r"\1t's ",
                      text, flags=re.IGNORECASE)
    text = in_english_order(and_so(text))
    found = greeting(text, r)
    end = found[2] if found else 0
    name = ph.address_name(r)
    parts = split_sentences(text[end:])
    ends = paragraph_ends(text[end:]) if email else []
    # quoted as the resident typed it
    told = [t.rstrip(" .!?") for t in asides + [x for x in split_sentences(original)
                                                if plan.instruction(x)]]
    if told:
        ctx.remark("Your note held an instruction to the writer, not words to the reader; it was "
                   f"left out, not followed: {'; '.join(told)}.")
    # a note typed with its sentences capitalised, or a sentence with commas, was punctuated
    # by its writer: only a clause missing its "I" is split off ("share the checklist you
    # showed" is one clause)
    careful = re.search(r"(?:^|[.!?]\s+)[A-Z]", original) is not None and \
        re.search(r"(?<![\w'’])i(?![\w'’])", original) is None and \
        (word_count(original) < 25 or re.search(r"[.!?,;:]\s", original) is not None)
    # (thirty words with no stop or comma anywhere were typed as one run, capitals or not)
    body = " ".join(split_run_ons(x, careful or re.search(r"[,;:]", x) is not None)
                    for x in parts if not plan.instruction(x))
    body = plan.addressed(body, r, pronouns=not plan.names_others(body))
    body = role_noun(restore_grammar(body))
    hello = ""  # without a greeting of their own, adding one would change the resident's voice
    if found:
        word, start, _, said = found
        casual = [f.suggestion for f in findings(ctx, text[:end] + " Thanks.")
                  if f.code == "greeting" and f.suggestion and f.start == start]
        if word and casual:  # the greeting check's own word for a casual salutation
            word = casual[0].split()[0]
        elif word and unlisted_salutation(text, r) == found:
            # "Esteemed Professor Lindqvist,", "Most respected Dr. Ito,": a salutation the
            # checks do not list is theirs to say
            word = salutation_for(r)
        addressed = name or said.strip()
        word = word.capitalize() if word.isupper() and len(word) > 1 else word  # "HI"
        hello = " ".join(filter(None, [ph.capitalize(word), addressed])) + ","
        hello = "" if hello == "," else hello

    body = _after_hello(hello, body)
    sentences = split_sentences(body.replace("\n", " "))
    kept: list[str] = []
    dropped_mentor = False
    for sentence in sentences:
        sentence = ask.as_questions(sentence)
        without = without_mentor_clause(ctx, sentence)
        if without is not None:
            dropped_mentor = True
            sentence = without
            if not sentence:
                continue
        # a question spliced in by commas, once a mentor ask is out of it
        sentence = ask.buried_questions(sentence)
        missing = False
        for slot, value in placeholders(ctx, sentence):
            shorter = without_slot(sentence, slot) if value is None else None
            if value is None and shorter is None:
                missing = True
                break
            if shorter is not None:  # "your talk at [CONFERENCE]": the talk, with no place
                ctx.remark(f"Your note's slot {slot} was left blank and left out with the "
                           "words around it; add it if you know it.")
            sentence = shorter if shorter is not None else sentence.replace(slot, value or "")
        if missing:
            ctx.gap("the facts your template left blank (a sentence with an unfilled slot was "
                    "removed)")
            continue
        if sentence:
            kept.append(sentence)
    kept = ask.vague_ask(kept)
    if dropped_mentor:
        ctx.use("dont-ask-will-you-be-my-mentor")
        if not any(CLOSING.search(k) for k in kept):
            # before the note's own last thanks ("Thanks!"), which closes it
            at = len(kept) - 1 if kept and _THANKS_ONLY.match(kept[-1]) else len(kept)
            kept.insert(at, "I would love to stay connected and learn from your experience.")
    kept = repair(ctx, hello, kept)
    # "so i was at your session ...", "so I finally submitted ...": a spoken "so" opening a
    # sentence of the note says nothing
    kept = [ph.capitalize(SPOKEN_SO.sub("", k)) if SPOKEN_SO.match(k) else k for k in kept]
    # each sentence ends as one, whichever follows it ("... what you do" before a closing line)
    # (a sentence closed by a bracket or a quotation after its stop has ended: "(... swamped.)")
    kept = [k if k.rstrip().rstrip(")\"”’'")[-1:] in ".!?…" else k.rstrip() + "."
            for k in kept if k.strip()]
    # a sentence that opens as a question ("Can we set up a time to talk.") ends as one
    kept = [k.rstrip()[:-1] + "?" if QUESTION_START.match(k) and k.rstrip().endswith(".")
            and not re.search(r"[.!?]\s", k) else k for k in kept]
    words = len(re.findall(r"[A-Za-z]{2,}", " ".join(kept)))
    if not words or told and words < 5:  # nothing, or a scrap, left beside an instruction
        ctx.gap("a note with words to the reader besides the instruction; this is a fresh note "
                "instead" if told else
                "a note with something left to keep (every sentence of existing_text needed a "
                "fact the request does not hold); this is a fresh note instead")
        return None, linkedin_note_body(ctx)
    if ctx.request.effective_channel == "linkedin_note" and \
            len(re.findall(r"[^\W\d_][\w'’-]*", " ".join(kept))) < NOTE_MIN_WORDS:
        # "thx for today!!": too few words to say who is writing; the request says it
        who = identity_sentence(ctx)
        if who:
            kept.append(who)
            ctx.remark("Your note was too short to say who you are; a line with your name and "
                       "role from your profile was added.")
    text = _joined(hello, kept)
    if email:
        over = word_count(as_email(ctx, text, hello, own_sign_off)) - EMAIL_WORD_LIMIT
        if over > 0:  # filler words first ("really", "just"): nothing said is lost
            kept = [tighten(k) for k in kept]
            text = _joined(hello, kept)
            over = word_count(as_email(ctx, text, hello, own_sign_off)) - EMAIL_WORD_LIMIT
        if over > 0:  # the whole email within the limit: the note's part shortened by value
            ctx.use("keep-messages-brief")
            sentences = split_sentences(" ".join(_clauses(k) for k in kept))
            text = plan.fit(r, "", sentences, word_count(text) - over, size=word_count,
                            # words are counted as joined; tidied once, when chosen
                            finish=lambda rest: f"{hello} {rest}" if hello else rest)
            _say_left_out(ctx, sentences, text)
            text = tidy(_after_hello(hello, text[len(hello):].strip()) if hello else text)
            text = f"{hello} {text}" if hello else text
        if hello and text.startswith(hello):
            text = f"{hello} {as_paragraphs(text[len(hello):].strip(), ends)}"
        else:
            text = as_paragraphs(text, ends)
        return email_subject(ctx), as_email(ctx, text, hello, own_sign_off)

    # a connection note within the account's characters, a LinkedIn message within its words
    limit, size = {"linkedin_note": (ctx.settings.linkedin_note_limit, len),
                   "linkedin_message": (LINKEDIN_MESSAGE_WORD_LIMIT, word_count)
                   }.get(ctx.request.effective_channel, (0, len))
    if not limit or size(text) <= limit:
        return None, text
    kept = [tighten(k) for k in kept]  # filler words first: nothing said is lost
    text = _joined(hello, kept)
    if size(text) <= limit:
        return None, text
    ctx.use("keep-messages-brief")
    # two clauses joined by "and I" are two sentences, each kept or left out by its own value
    sentences = split_sentences(" ".join(_clauses(k) for k in kept))
    text = plan.fit(r, "", sentences, limit, size=size,
                    finish=lambda rest: tidy(f"{hello} {_after_hello(hello, rest)}"
                                             if hello else rest))
    _say_left_out(ctx, sentences, text)
    return None, text


def _say_left_out(ctx: Ctx, sentences: list[str], text: str) -> None:
    """The notice names what the limit cost: an ask beyond the first, a sentence with a fact."""
    asks, facts = plan.left_out(sentences, text)
    if asks:
        ctx.remark("Your note asked more than the limit holds: the first ask was kept, this "
                   f"was left out: {'; '.join(asks)}")
    if facts:
        ctx.remark(f"Left out to fit the limit: {'; '.join(facts)}")
