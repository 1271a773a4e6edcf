"""An event's town, a venue, an institution's address, a building or an authors' line: the
non-patient owners `unattributed_names.person_candidates` gives a name-shaped word to by the
words around it ("the Western Regional Meeting in Carmel", "Palo Alto, CA").
"""

from __future__ import annotations

from assistant.phi import attribution as attr
from assistant.phi.lexicon import FACILITY_NOUN_AFTER, STATE_NAMES, US_STATES
from assistant.phi.name_words import NameCandidate
from assistant.phi.references import in_author_list
from assistant.phi.unattributed_scan import Scan
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# "the Western Regional Meeting in Carmel", "the Reno ACP chapter meeting": an event's town
_EVENT_BEFORE = gated(
    r"(?i:\b(?:meeting|conference|summit|congress|symposium|course|retreat|workshop|convention|"
    r"forum|assembly|sessions?|chapter|rounds|lecture|day)\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?)$"
)

# "the retirement party at St. Mary's hall in Selma": a venue's town, where the sentence speaks
# of no one (not "her funeral was at the church hall in Selma")
_VENUE_BEFORE = gated(
    r"(?i:\b(?:party|dinner|reception|banquet|gala|hall|auditorium|ballroom)\s+(?:\w+\s+)?"
    r"(?:in|at)\s+(?:the\s+)?)$"
)

_EVENT_AFTER = lazy(
    # not "Nguyen Thi Hoa had a family meeting": a meeting about someone's care
    r"(?:\s+[\w&'\u2019-]+){0,3}?(?<![Ff]amily)(?<![Cc]are)\s+(?i:meeting|conference|chapter|summit|symposium|congress|"
    r"course|retreat|workshop|convention|forum|assembly|fair|gala|dinner|festival|expo|party|"
    r"picnic|potluck|celebration|mixer|fundraiser|reception)\b"
)

# "Palo Alto, CA": a town named with its state, an address of an institution or an event.
_STATE_AFTER = gated(
    rf",\s*(?:{'|'.join(US_STATES)}|{'|'.join(s.title() for s in sorted(STATE_NAMES))})\b"
)

# "Kaweah Health Medical Center, Visalia, California": the town of the institution just named
_INSTITUTION_COMMA = gated(
    r"\b(?:Hospital|Health|Medical\s+Cent(?:er|re)|Center|Centre|Clinic|University|College|"
    r"School\s+of\s+Medicine|Institute|Healthcare|Medicine|Residency|Program)\s*,\s*$", words=False)


def event_or_address(scan: Scan, c: NameCandidate, i: int) -> str:
    """An event's town, a venue, an institution's address, a building or an authors' line
    ("" for none), named by the rule that says so."""
    ctx, text, anchors = scan.ctx, scan.text, scan.anchors
    if _EVENT_BEFORE.search(text, max(0, c.start - 40), c.start):
        return "event_before"
    if _VENUE_BEFORE.search(text, max(0, c.start - 40), c.start) is not None and not (
            anchors.patient[i] or anchors.person[i]):
        return "venue_before"
    if _EVENT_AFTER.match(text, c.end):
        return "event_after"
    if FACILITY_NOUN_AFTER.match(text, c.end):
        return "facility_after"
    if _STATE_AFTER.match(text, c.end) and (
            not anchors.patient[i] or _INSTITUTION_COMMA.search(text, max(0, c.start - 40),
                                                                c.start)):
        return "state_after"
    if attr.authors_line(ctx, c.start) or in_author_list(text, c.start):
        return "authors"
    return ""
