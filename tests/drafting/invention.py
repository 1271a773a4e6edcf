"""An invention detector for drafts: every date, number, proper noun and promise in a draft
must come from the request. Used by the offline scenario tests and the LLM tests."""

from __future__ import annotations

import re
from datetime import date

from assistant.engines.phrasing import event_acronyms
from assistant.models import DraftRequest
from assistant.text.shorthand import expansions

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Words that may open a sentence or a line without being a proper noun.
OPENERS = {
    "i", "i'm", "i'd", "i'll", "i've", "dear", "hi", "hello", "thank", "thanks", "best", "kind",
    "warm", "all", "my", "your", "our", "it", "would", "following", "please", "one", "looking",
    "to", "a", "agenda", "next", "subject", "the", "connecting", "introduction", "update",
    "quick", "regards", "with", "hope", "as", "we", "you", "this", "that", "since", "if",
    "could", "and", "but", "so", "also", "again", "after", "before", "brief", "first", "what",
    "how", "linkedin", "good", "great", "sorry", "excuse", "dr",
    "an", "in", "on", "at", "for", "just", "really", "loved", "let", "there", "here",
    "when", "while", "especially", "congratulations", "cheers", "sincerely", "yours", "colleague",
    "it's", "am", "is", "be", "happy", "glad", "any", "some", "principles", "none",
    "staying", "ahead", "do", "does", "are", "can", "will", "let's", "by",
    "should", "shall",
    # a pronoun's contraction is no proper noun
    "you're", "you'll", "you've", "you'd", "we're", "we'll", "we've", "they're", "that's",
    "there's",
}
COMMITMENT = re.compile(
    r"\b(?:I'll|I will|I am going to|I'm going to)\s+((?:send|share|attach|forward|email|call|"
    r"follow up|reach out|introduce|submit|bring|write|update|circle back|get back)[^.;!?\n]*)",
    re.IGNORECASE,
)


def request_text(request: DraftRequest) -> str:
    """Every string of the request, plus its dates written the ways a draft may write them."""
    parts: list[str] = []

    def walk(v: object) -> None:
        if isinstance(v, str):
            parts.append(v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(request.model_dump(mode="json"))
    parts += [expansions(p) for p in list(parts)]  # "February" is what "feb" said
    parts += event_acronyms(expansions(request.meeting.event or ""))  # "AHA Scientific Sessions"
    for d in filter(None, [request.meeting.date, request.today]):
        parts.append(_spoken(d))
    return "\n".join(parts)


def _spoken(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day} {d.year} {WEEKDAYS[d.weekday()]}"


def _without_reader(text: str, name: str | None = None) -> str:
    """A promise with the reader's pronouns, their verb's agreement and apostrophes left out:
    "send you my CV" is what "send her my cv" promised, "if you want to use it in your clinic"
    what "if he wants to use it in his clinic" did, "once it's printed" what "once its printed"
    did. With the reader's `name`, the reader named with or without a title is left out too:
    "send you my CV" is what "send dr. okafor my cv" promised."""
    text = re.sub(r"['’]", "", text)
    words = [re.escape(w) for w in re.findall(r"[^\W\d_]+", (name or "").lower())
             if w not in {"dr", "md", "phd", "do", "prof", "professor"}]
    if words:
        title = r"(?:(?:dr|prof|professor)\.?\s+)?"
        text = re.sub(rf"\b{title}(?:{'|'.join(words)})(?:\s+(?:{'|'.join(words)}))*\b", " you ",
                      text)
    text = re.sub(r"\b(?:you|he|she|they)\s+(\w+?)(?:e?s)?\b", r"\1", text)
    return re.sub(r"\s+", " ", re.sub(r"\b(you|him|her|them|your|his|their)\b", " ",
                                      text)).strip()


def inventions(draft_text: str, request: DraftRequest) -> list[str]:
    """What the draft states that the request does not hold (empty when nothing is invented)."""
    source = request_text(request)
    low = source.lower()
    bare_low = re.sub(r"['’]", "", low)
    source_numbers = set(re.findall(r"\d+", source)) | {n.lstrip("0") for n in
                                                        re.findall(r"\d+", source)}
    found: list[str] = []
    unnumbered = re.sub(r"(?m)^\s*\d+\.\s", "", draft_text)  # an agenda's item numbers
    for n in re.findall(r"\d+", unnumbered):
        if n not in source_numbers and n.lstrip("0") not in source_numbers:
            found.append(f"number {n}")
    for line in draft_text.splitlines():
        for m in re.finditer(r"\b[A-Z][\w'’-]*", line):
            word = m.group(0)
            before = line[: m.start()].rstrip()
            at_start = not before or before[-1] in ".!?:—-" or re.fullmatch(r"\d+\.", before)
            if word.lower() in low or re.sub(r"['’]", "", word).lower() in bare_low:
                continue  # the same letters: "Children's" is what "childrens" spelled
            if at_start and word.lower().replace("’", "'") in OPENERS:
                continue
            if at_start and re.fullmatch(r"[A-Z][a-z]+n['’]t", word):  # "Couldn't", "Don't"
                continue
            if word in ("I", "I'm", "I'd", "I'll", "I've", "LinkedIn", "Dr"):
                continue
            found.append(f"proper noun {word!r}")
    for name in MONTHS + WEEKDAYS:
        if re.search(rf"\b{name}\b", draft_text) and name.lower() not in low:
            found.append(f"date word {name}")
    reader = request.contact.name
    bare_source = _without_reader(low, reader)
    for m in COMMITMENT.finditer(draft_text):
        promise = m.group(1).strip().lower()
        if promise not in low and _without_reader(promise, reader) not in bare_source:
            found.append(f"promise {promise!r}")
    return found
