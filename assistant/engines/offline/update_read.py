"""Reading an update's news before the update is written (update.py realises it), once its
phrases are plain (update_typed.py): the news split into outcomes (each shaped by
update_shape.py), a contrast kept ("..., but ..."), and the tone of the news (a setback, a
result still pending, or news).
"""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.engines.offline.antecedent import PERSON_NOUN
from assistant.engines.offline.update_forms import (
    JUDGING,
    LABELLED,
    LONE_STATE,
    PASSIVE_AFTER,
    SUBJECTS,
)
from assistant.engines.offline.update_shape import Outcome, outcome
from assistant.engines.offline.update_typed import LABEL, plain, unlabelled
from assistant.engines.offline.update_words import (
    ING_ADJECTIVES,
    is_gerund,
    is_past,
)
from assistant.text.patterns import lazy

# ("bad news" after a gerund is a topic: "breaking bad news")
SETBACK = lazy(r"\b((?<!ing\s)(?:bad|sad) news|sadly|didn'?t|did not|don'?t|wasn'?t|was not|"
                     r"weren'?t|not|no longer|never|"
                     r"failed|fell through|rejected|declined|denied|waitlisted|unfortunately|"
                     r"delayed|postponed|pushed (?:back|out)|withdr[ae]wn?|withdraw(?:ing)?|"
                     r"unsuccessful|withdrawn|cancell?ed|lost|missed out|passed over|"
                     r"turned down|no luck|no offers?|didn'?t work out|(?:got|was|been)\s+pulled|"
                     r"ran out of|shut down|fell apart|scrapped|cut\s+(?:the|our|my)\s+"
                     r"(?:budget|funding|position|spot))\b", re.IGNORECASE)


PENDING = lazy(r"\b(still waiting|waiting (?:on|for)|pending|haven'?t heard|not yet|"
                     r"no (?:news|word|decision|answer|reply|update|results?)s? yet|"
                     r"still no (?:word|news|decision|answer|reply)|"
                     r"fingers crossed|any day now|should hear|hear back|find out|due(?! to\b)|"
                     r"deciding|expect(?:ing)? (?:a|an|the|to)\b|decision (?:in|by|on))\b",
                     re.IGNORECASE)


# Where the news goes on to another outcome: a sentence end, a semicolon, a dash between
# words, an emoticon, ", also", "+" (written out as "and" by the shorthand table)
BREAK = lazy(r"\s*(?:(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bvs)(?<!\bProf)"
                   r"[.!?;]+\s+|\s+[-–—]+\s+|\s*[-–—]{2,}\s*|,\s+(?:and\s+)?also\s+|"
                   r"\s+and\s+also\s+)")


# A second clause after the help ("... and it worked", "..., which got me the interview")
SECOND_CLAUSE = lazy(r"(?:,?\s+(?:and|so|which|because)\s+(?=(?:it|that|I|this|they|we|"
                           r"now)\b)|,\s+(?:it|that|which)\b)", re.IGNORECASE)


# A label typed on its own before a dash ("good news - ...", "the bad news -")
_LABEL_ONLY = lazy(r"(?:the\s+)?(?:(?:good|great|bad|sad|other|big|quick|some)\s+)?"
                   r"(?:news|update)\s*[:!.]*", re.IGNORECASE)


def tone(news: str) -> str:
    """"setback", "pending" or "news"."""
    if PENDING.search(news):
        return "pending"
    return "setback" if SETBACK.search(news) else "news"


def outcomes(news: str) -> list[Outcome]:
    """The news as outcomes; a comma starts a new one only before a verb or a clause."""
    items: list[Outcome] = []
    chunks: list[str] = []
    turns: set[int] = set()
    for chunk in BREAK.split(plain(ph.clean(news))):
        label = LABEL.match(chunk)
        if label and chunks and re.search(r"\b(?:bad|sad|good|great)\b", label.group(0), re.I):
            turns.add(len(chunks))  # "good news: ... bad news: ...": a turn, said with "but"
        if _LABEL_ONLY.fullmatch(ph.clean(chunk)):  # "good news - ...": the label alone
            if chunks and re.search(r"\b(?:bad|sad|good|great)\b", chunk, re.I):
                turns.add(len(chunks))
            continue
        chunk = unlabelled(chunk)
        if chunks and LONE_STATE.fullmatch(ph.clean(chunk)):
            chunks[-1] = f"{chunks[-1]} {ph.clean(chunk)}"  # "fellowship apps - all submitted"
        else:
            chunks.append(chunk)
    for n, chunk in enumerate(chunks):
        if not ph.clean(chunk):
            continue
        if n in turns:
            chunk = f"but {chunk}"
        chunk = _and_past(chunk)
        chunk = LABELLED.sub(r"\1 ", chunk)  # "grant: not funded" -> "grant not funded"
        parts = re.split(r",\s+", chunk)
        current = parts[0]
        apposed = False
        for part in parts[1:]:
            shaped = outcome(part)
            if _TITLED.fullmatch(part):
                current, apposed = f"{current}, {part}", True  # "the attending, Dr. Sato, ..."
                continue
            if apposed and shaped.shape == "I":  # "..., Dr. Sato, offered me a spot": its verb
                current, apposed = f"{current}, {part}", False
                continue
            apposed = False
            # a list's last item after "and" is an outcome of its own even after a noun
            last = re.match(r"(?:and|but)\s", part) and shaped.shape in ("clause", "I am")
            news = len(parts) > 2 and shaped.shape == "noun" and \
                not renames(re.sub(r"^(?:and|or)\s+", "", part)) and \
                outcome(current).shape in ("I", "I am", "I will")  # "..., award nomination, and"
            # a measure after an outcome renames it; a deed after the measure is news again
            measure = bool(re.match(r"[$£€]?\d", current)) and shaped.shape in ("I", "I am")
            if shaped.shape != "noun" and (outcome(current).shape != "noun" or last) or news \
                    or measure:
                items.append(outcome(current))
                current = part
            else:
                current = f"{current}, {part}"
        items.append(outcome(current))
    return _things_done_to(items)


# Participles of what is done to a thing, never to the resident ("published", "funded")
_THING_PARTICIPLES = {"published", "funded", "renewed", "resubmitted", "submitted", "reviewed",
                      "printed", "indexed", "cited", "posted", "scheduled", "approved"}


# What a resident's work is called: the thing accepted or turned down, never the resident
_WORKS = lazy(r"\b(?:paper|abstract|manuscript|article|poster|case\s+report|review|proposal|"
              r"grant|chapter|study|submission|letter\s+to\s+the\s+editor|commentary)s?\b",
              re.IGNORECASE)


def _things_done_to(items: list[Outcome]) -> list[Outcome]:
    """An outcome of a participle that only a thing undergoes, after a clause about a thing,
    says that thing with a pronoun ("the paper was rejected at X but accepted at Y, published
    in December" -> "... and it was published in December", not "I was published")."""
    out: list[Outcome] = []
    for item in items:
        done = re.match(r"(?:was\s+)?(?:\w+ly\s+)?(\w+)\b(?P<rest>.*)$", item.text)
        prior = out[-1] if out else None
        bare = done and not item.text.startswith("was ")
        if bare and done["rest"].strip() and \
                ph.first_word(done["rest"]) not in PASSIVE_AFTER | {"online", "early", "late"}:
            done = None  # "printed the posters": the resident's own act on its object
        work = done and done.group(1) in {"accepted", "rejected", "taken", "declined"} and \
            prior and prior.shape == "clause" and _WORKS.search(prior.text) and \
            re.match(r"\s+(?:in|at|to|by|for|as|with|without|after|pending)\b", done["rest"])
        # "got the paper through - accepted in Annals": the work was, not the resident
        if done and item.shape == "I" and prior and prior.shape == "clause" and (
                done.group(1) in _THING_PARTICIPLES and re.match(r"(?:the|my|our)\s", prior.text)
                and not PERSON_NOUN.search(" ".join(prior.text.split()[1:3])) or work):
            plural = re.search(r"\s(?:were|are|have)\s", prior.text)
            said = f"{'they were' if plural else 'it was'} {re.sub(r'^was ', '', item.text)}"
            out.append(Outcome(said, "clause", item.but))
            continue
        out.append(item)
    return out


# A person named by title and name alone ("Dr. Sato", "Prof. Lindqvist")
_TITLED = lazy(r"(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def renames(np: str) -> bool:
    """Whether a noun phrase typed after an outcome renames what it names ("an amazing month",
    "14 patients so far", "my first grant", "Stanford EM") rather than being news of its own
    ("teaching award nomination")."""
    return bool(re.match(r"(?:a|an|the|my|our|his|her|their|your|first|best)\b|[$\d]|[A-Z]", np,
                         re.IGNORECASE) and (not np[:1].isalpha() or np[:1].isupper() or re.match(
                             r"(?:a|an|the|my|our|his|her|their|your|first|best)\b", np,
                             re.IGNORECASE))) or bool(re.search(r"\b(?:so far|total|each|apiece)\b",
                                                                np)) or any(
        w.lower().strip(",.") in ING_ADJECTIVES | JUDGING for w in np.split())


def _and_past(chunk: str) -> str:
    """"ITE 91st percentile and won the grant", "boards passed and moving to Seattle": "and"
    before a past verb or a gerund after a phrase with no verb of its own goes on to another
    outcome, as a comma would."""
    for m in re.finditer(r"\s+(?:and|&)\s+(?=([a-z]+)\b)", chunk):
        left = chunk[:m.start()]
        first = ph.first_word(left)
        if (is_past(m.group(1)) or is_gerund(m.group(1))) and not is_past(first) and \
                not is_gerund(first) and first not in SUBJECTS - {"the", "my", "our"} and \
                outcome(left).shape != "clause":
            return f"{left}, {chunk[m.end():]}"
    return chunk
