"""A sentence said only to be polite ('I hope this finds you well', 'sorry for the long
message', 'thanks so much for your time', 'have a great day'): what a shortened note drops first
(the checks' note shortener and the rewrite's planner)."""

from __future__ import annotations

import re

from assistant.text.patterns import lazy

# Said only to be polite ('I hope this finds you well', 'sorry for the long message', 'thanks so
# much for your time', 'have a great day'): what a shortened note drops first (the checks' note
# shortener and the rewrite's planner). A sentence is one when each of its clauses is one.
_PLEASANT_CLAUSE = lazy(
    r"^(?:I\s+)?(?:would\s+|['’]d\s+)?(?:(?:really\s+)?hope\b(?!\s+to\b)|know\s+(?:you(?:['’]re|\s+are|\s+must)|how\s+"
    r"(?:busy|hectic))|(?:completely\s+)?understand\s+if\b|(?:really\s+|truly\s+)?appreciate\s+"
    r"(?:it|you(?:r\s+time)?\b(?:\s+even)?(?:\s+(?:reading|taking|for\s+your\s+time))?)(?=\s*"
    r"$|\s+(?:reading|taking|for\s+(?:your\s+time|reading))\b)|(?:thank\s+you|thanks)(?:\s+(?:so|"
    r"very)\s+much)?(?:\s+again)?(?:\s+for\s+(?:your\s+time|taking\s+the\s+time|reading|your\s+"
    r"consideration|considering)\b(?:\s+(?:and|&)\s+(?:your\s+)?(?:consideration|attention|help|"
    r"patience))?(?:\s+(?:today|again|(?:(?:to\s+)?read(?:ing)?\s+)?(?:this|my\s+(?:note|message|email|letter))))?|\s+in\s+"
    r"advance)?$|sorry\s+(?:again\s+)?(?:for|about)\b|have\s+a\s+(?:great|good|nice|"
    r"wonderful|lovely|restful)\b|(?:I['’]ve|I\s+have|have)\s+been\s+meaning\s+to\b|"
    r"looking\s+forward\s+to\s+hearing\b|I\s+look\s+forward\s+to\s+hearing\b|"
    r"(?:do\s+not|don['’]t)\s+know\s+(?:if|whether)\s+you\s+remember\s+me|(?:I['’]m\s+)?not\s+"
    r"sure\s+(?:if|whether)\s+you\s+remember\s+me|you\s+(?:may|might)\s+not\s+remember\s+me)",
    re.IGNORECASE)
_CLAUSES = lazy(r",\s*(?:and\s+)?|\s+and\s+(?=I\b|hope\b|have\b|thank|sorry\b)|;\s*")


def polite_only(sentence: str) -> bool:
    """Every clause of the sentence is said only to be polite; thanks for something, a hope
    of one's own ("I hope to learn more") or a plan is not."""
    core = sentence.strip().rstrip(".!?").strip()
    parts = [p for p in _CLAUSES.split(core) if p.strip()]
    return bool(parts) and all(_PLEASANT_CLAUSE.match(p.strip()) for p in parts)
