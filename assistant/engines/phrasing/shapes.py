"""The shape of a resident's phrase and the small grammar that weaves it into a sentence
without changing what it says: a full sentence, a verb phrase or a noun phrase; a verb after
"you"; capitals at a sentence's start or inside one; list joining and dates."""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from datetime import date

from assistant.checks.wordlist import COMMON_WORDS
from assistant.text.casing import restore

SENTENCE_OPENERS = {
    "i", "i'm", "i'll", "i've", "i'd", "we", "we'll", "we're", "we've", "you", "you're",
    "you've", "you'll", "you'd", "she", "he", "they", "it", "it's", "there", "this", "that",
}
I_FORMS = {"i", "i'm", "i'll", "i've", "i'd"}
COMMON_VERBS = {
    "send", "share", "meet", "email", "reach", "follow", "schedule", "set", "book", "call",
    "talk", "chat", "join", "review", "read", "look", "submit", "apply", "connect", "speak",
    "discuss", "introduce", "write", "draft", "finish", "complete", "update", "attend",
    "present", "shadow", "visit", "try", "start", "ask", "check", "get", "put", "bring", "find",
    "plan", "prepare", "circle", "touch", "sign", "register", "help", "give", "offer", "advise",
    "consider", "explore", "learn", "work", "come", "see", "let", "keep", "stay", "run", "take",
}
PAST_VERB_IRREGULAR = {
    "won", "got", "began", "wrote", "took", "gave", "made", "became", "led", "met", "passed",
    "ran", "sent", "built", "taught", "found", "chose", "joined", "matched", "finished",
}
NEWS_LEADS = {"was", "were", "have", "had", "will", "just", "recently", "finally", "am"}
# Present-tense verbs a resident writes about a contact ("leads the QI program"); after "you"
# they take their base form ("you lead the QI program").
THIRD_PERSON_PRESENT = {
    "leads", "co-leads", "runs", "directs", "co-directs", "studies", "researches", "chairs",
    "works", "teaches", "manages", "oversees", "heads", "focuses", "specializes", "specialises",
    "coordinates", "mentors", "trains", "builds", "develops", "designs", "writes", "publishes",
    "serves", "organizes", "organises", "hosts", "coaches", "supervises", "investigates",
    "explores", "advocates", "champions", "is", "has", "does", "founds", "edits", "practices",
    "treats", "cares", "sees", "codirects", "co-chairs", "helps", "creates", "launches",
}
PAST_PARTICIPLE_LEADS = {
    "founded", "co-founded", "built", "started", "led", "wrote", "published", "developed",
    "created", "designed", "launched", "ran", "established", "pioneered", "introduced",
}


def pick(key: str, options: Sequence[str]) -> str:
    """A deterministic but request-dependent choice, so drafts vary without randomness."""
    return options[zlib.crc32(key.encode("utf-8")) % len(options)]


def clean(text: str | None) -> str:
    """Trim whitespace and trailing sentence punctuation from a user phrase."""
    if not text:
        return ""
    return re.sub(r"\s+", " ", text).strip().rstrip(".;:,").strip()


def first_word(text: str) -> str:
    match = re.match(r"[A-Za-z'’]+(?:-[A-Za-z]+)*", text.strip())  # "co-directs" is one word
    return match.group(0).lower().replace("’", "'") if match else ""


def is_sentence(text: str) -> bool:
    """A phrase that already has its own subject ("I'll send...", "You suggested...")."""
    return first_word(text) in SENTENCE_OPENERS


def is_verb_phrase(text: str) -> bool:
    return first_word(text) in COMMON_VERBS


def is_past_verb_phrase(text: str) -> bool:
    """'matched into cardiology', 'was selected as chief', 'just passed Step 2'."""
    word = first_word(text)
    return word in PAST_VERB_IRREGULAR or word in NEWS_LEADS or \
        (len(word) > 4 and word.endswith("ed"))


def _base_form(word: str) -> str:
    base = {"is": "are", "has": "have", "does": "do"}.get(word)
    if base is None:
        if word.endswith("ies"):
            base = word[:-3] + "y"
        elif re.search(r"(ch|sh|ss|x|z|us)es$", word):
            base = word[:-2]
        else:
            base = word[:-1]
    return base


def second_person(text: str) -> str:
    """'leads the QI program and directs the clinic' -> 'lead the QI program and direct the
    clinic', so it reads after "you" (a verb after "and" agrees too)."""
    word = first_word(text)
    if word not in THIRD_PERSON_PRESENT:
        return text
    rest = re.sub(r"\b(and|or|but) ([a-z-]+)\b",
                  lambda m: f"{m.group(1)} {_base_form(m.group(2))}"
                  if m.group(2) in THIRD_PERSON_PRESENT else m.group(0),
                  text.strip()[len(word):])
    return _base_form(word) + rest


def is_work_verb_phrase(text: str) -> bool:
    """A description of what the contact does ("leads ...", "founded ..."), not a topic."""
    word = first_word(text)
    return word in THIRD_PERSON_PRESENT or word in PAST_PARTICIPLE_LEADS


def soft_case(text: str) -> str:
    """Lower-case the first letter of a sentence-case phrase written as a list item
    ("Hospital at home" -> "hospital at home") when its first word is an ordinary word, so it
    reads inside a sentence; names and acronyms ("Stanford program", "QI", "SGIM") keep theirs."""
    text = clean(text)
    words = text.split(" ")
    first = words[0] if words else ""
    if not re.fullmatch(r"[A-Z][a-z]+(-[a-z]+)?", first):
        return text
    if len(words) < 2:  # one word: only a field of medicine ("Cardiology", "Cardio-oncology")
        field = re.search(r"(ology|iatry|iatrics|ics|medicine|surgery)$", first.lower())
        return first.lower() if field else text
    if any(re.search(r"[A-Z]", w) for w in words[1:]) or re.fullmatch(r"\d+[A-Za-z]?", words[1]):
        return text  # a name's words, or a numbered name ("Step 2 score", "Phase 3 trial")
    low = first.lower()
    if restore(low, {}) != low:
        return text  # a place, a people or a language ("Spanish-speaking patients")
    if low in COMMON_WORDS or re.search(r"(ing|tion|sion|ment|ship|ity|ness|al|ics|ogy|ine|"
                                        r"ive|ies|ure|ance|ence)$", low):
        return low + text[len(first):]
    return text



def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def decapitalize(text: str) -> str:
    """Lower-case the first letter of a pronoun opener ("You said" -> "you said"), never of
    "I" or a name."""
    word = first_word(text)
    if word and word not in I_FORMS and word in SENTENCE_OPENERS | {"your", "my", "our"}:
        return text[:1].lower() + text[1:]
    return text


def sentence(text: str) -> str:
    """Capitalise and end with a period unless the phrase already ends a sentence."""
    text = text.strip()
    if not text:
        return ""
    text = capitalize(text)
    return text if text[-1] in ".?!" else text + "."


def join_list(items: Sequence[str], conj: str = "and") -> str:
    items = [clean(i) for i in items if clean(i)]
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    return f"{', '.join(items[:-1])}, {conj} {items[-1]}"


def format_date(value: date) -> str:
    """'March 3' (the year only when it is not the current one would be added by callers)."""
    return f"{value.strftime('%B')} {value.day}"
