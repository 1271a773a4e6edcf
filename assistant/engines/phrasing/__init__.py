"""Small grammar helpers the offline engine uses to weave the resident's own phrases into
sentences without changing what they say, one module per concern: `shapes` (the shape of a
phrase, capitals, lists, dates), `events` (an event's name, its short form and article) and
`people` (names, greetings, the resident's identity). Callers use them through this package
(`from assistant.engines import phrasing as ph`)."""

from __future__ import annotations

from assistant.engines.phrasing.events import (
    EVENT_HEAD,
    EVENT_HEADS,
    EVENT_NOUNS,
    GATHERINGS,
    alternation,
    event_acronyms,
    event_forms,
    event_name,
    short_event,
    the_event,
)
from assistant.engines.phrasing.people import (
    DOCTOR_TITLE,
    FIELD_WORDS,
    INSTITUTION_WORDS,
    address_name,
    first_name,
    greeting,
    has_dr_prefix,
    is_doctor,
    is_field,
    last_name,
    place_of,
    sender_identity,
    within,
)
from assistant.engines.phrasing.shapes import (
    COMMON_VERBS,
    I_FORMS,
    NEWS_LEADS,
    PAST_PARTICIPLE_LEADS,
    PAST_VERB_IRREGULAR,
    SENTENCE_OPENERS,
    THIRD_PERSON_PRESENT,
    capitalize,
    clean,
    decapitalize,
    first_word,
    format_date,
    is_past_verb_phrase,
    is_sentence,
    is_verb_phrase,
    is_work_verb_phrase,
    join_list,
    pick,
    second_person,
    sentence,
    soft_case,
)
from assistant.text.words import article

__all__ = [
    "COMMON_VERBS", "DOCTOR_TITLE", "EVENT_HEAD", "EVENT_HEADS", "EVENT_NOUNS", "FIELD_WORDS",
    "GATHERINGS", "INSTITUTION_WORDS", "I_FORMS", "NEWS_LEADS", "PAST_PARTICIPLE_LEADS",
    "PAST_VERB_IRREGULAR", "SENTENCE_OPENERS", "THIRD_PERSON_PRESENT", "address_name",
    "alternation", "article", "capitalize", "clean", "decapitalize", "event_acronyms",
    "event_forms", "event_name", "first_name", "first_word", "format_date", "greeting",
    "has_dr_prefix", "is_doctor", "is_field", "is_past_verb_phrase", "is_sentence",
    "is_verb_phrase", "is_work_verb_phrase", "join_list", "last_name", "pick", "place_of",
    "second_person", "sender_identity", "sentence", "short_event", "soft_case", "the_event",
    "within",
]
