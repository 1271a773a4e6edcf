"""What the contact did for the resident, read from the request's notes when the update names
no credit ("she read every draft of my personal statement" -> "Thank you for reading every
draft of my personal statement."): a fact, never an instruction; an email thread's headers and
quoted lines are no sentence of the resident's."""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.notes import MAX_WORDS
from assistant.engines.offline.person import second_person
from assistant.engines.offline.update import credit_sentence
from assistant.engines.offline.update_words import IRREGULAR_GERUND, is_past
from assistant.text.instructions import is_instruction
from assistant.text.patterns import lazy
from assistant.text.sentences import split_sentences
from assistant.text.shorthand import expand

# What the contact did for the resident, in a note: a past verb whose object is the resident
# ("helped me write up the case", "she reviewed my personal statement"); without a subject,
# only with "me" ("presented my poster" is the resident's own deed)
_DEED = lazy(r"^(?:(?P<subj>she|he|you)\s+)?(?:also\s+)?(?P<verb>[a-z]+ed|" +
                   "|".join(IRREGULAR_GERUND) + r")\b(?P<rest>.*)$", re.IGNORECASE)


# A line of an email thread pasted into the notes that is no sentence of the resident's: a
# header, a separator, the "On ... wrote:" line and a quoted line (someone else's words)
_THREAD = lazy(r"\s*(?:(?:from|sent|date|to|cc|bcc|subject|re)\s*:|>|[-_=*]{3,}|"
                     r"on\s.{5,200}\bwrote:\s*$|.*\b(?:forwarded|original) message\b)",
                     re.IGNORECASE)


def credit_from_notes(ctx: Ctx) -> tuple[str, str] | None:
    """(the deed as the notes say it, the thanks) for the first thing the notes say the contact
    did for the resident; never from a sentence that instructs."""
    notes = ctx.request.notes
    if not notes or not ctx.request.contact.name:
        return None
    lines = [line for line in notes[:4000].splitlines() if not _THREAD.match(line)]
    for raw in (s for line in lines for s in split_sentences(expand(line))):
        sentence = ph.clean(raw)
        if is_instruction(sentence) or len(sentence.split()) > MAX_WORDS:
            continue
        m = _DEED.match(sentence)
        if not m or not is_past(m.group("verb").lower()) or \
                m.group("verb").lower() in ("was", "were", "had", "did"):
            continue
        if not re.search(r"\bme\b" if not m.group("subj") else r"\b(?:me|my)\b",
                         m.group("rest"), re.IGNORECASE):
            continue
        deed = second_person(f"{m.group('verb')}{m.group('rest')}", ctx.request)
        return sentence, credit_sentence(ctx, f"you {deed}", "other")
    return None
