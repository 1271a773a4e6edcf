"""The people a name-shaped word belongs to when they are no patient, read from the words
around it (`unsure_owners.owner` asks): a colleague by a role set off beside the name ("Tamar,
our PGY-3,", "health coaches (Lupe and Ana)"), by what they do for work ("Lucia will present
it", "Kwame mentioned you"), by the service they work in ("Gwendolyn from scheduling"); someone
the writer met, thanks or addresses; an author by a work or a citation ("a study by Brennan and
Cho", "(Kline, 2004)"). Never the word itself; a clause that speaks of someone who may be cared
for keeps the safe side where the verb could be care.
"""

from __future__ import annotations

import re

from assistant.phi.roles import ROLE
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# A role after the name, set off as an apposition: "Tamar, our PGY-3,", "Kaur and Adeyemi
# (PGY-3s)", "(Priya, QI)", "Esther Lam, nurse manager", "Rita (chief res)", "Kwabena Mensah, a
# PGY-3", "Anneliese and Gunther, my co-interns"; or a description that places them in the
# writer's group: "Lena, the new one in our research group", "Marcus, the quiet guy from my
# intern class"; or who they are by what they did: "Sam Ortiz, the Army veteran who spoke at
# our grand rounds".
ROLE_WORDS = (rf"(?:{ROLE}|coach(?:es)?|pgy-?\d+s?|ms-?[1-4]s?|chiefs?(?:\s+res(?:ident)?s?)?|"
               r"qi|co-?fellows?|co-?authors?|teammates?|employees?|volunteers?|owners?|organi[sz]ers?|hosts?)")
# "Fishbone (Priya, QI)": an agenda item with the person who owns it in parentheses
_ITEM_OWNER_AFTER = lazy(
    r"\s*\(\s*(?:Dr\.?\s+)?[A-Z][\w'\u2019-]+\s*,\s*(?:[\w-]+\s+)?(?i:" + ROLE_WORDS
    + r")\s*\)")
LIST_TAIL = r"(?:\s*(?:,|and|&)\s*(?:and\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)*"
_ROLE_APPOSITION = lazy(
    LIST_TAIL + r"(?:\s*[,(]|\s+[-\u2013\u2014])\s*(?:(?:our|my|your|the|a|an|his|her)\s+)?"
    r"(?:(?:new|other|former|current|fellow|own|incoming|outgoing|senior|junior|rockstar|star|"
    r"amazing|favou?rite|lead|head|unit|night|day|charge|research|clinic|program|ward|icu|ed|"
    r"wards|floor|\d+\s*\w+)\s+){0,3}(?:" + ROLE_WORDS + r"|[\w-]+\s+on\s+call)\b",
    re.IGNORECASE)
_GROUP_APPOSITION = lazy(
    LIST_TAIL + r"\s*[,(]\s*(?:the|a|an)\s+[^,.;!?\n]{0,40}?\b(?:in|from|of|on)\s+"
    r"(?:our|my|your)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:class|cohort|group|lab|team|program|year|residency|class\s+year)\b"
    r"|" + LIST_TAIL + r"\s*,\s*(?:the|a|an)\s+[^,.;!?\n]{0,40}?\bwho\s+(?:now\s+|also\s+)?"
    r"(?:spoke|speaks|leads|led|runs|ran|gave|gives|teaches|taught|organi[sz]es|organi[sz]ed|"
    r"directs|founded|chairs|presented|asked|wrote|coaches)\b", re.IGNORECASE)
# "..., is my co-resident", "... was an amazing mentor", "Rosa has been a nurse on 5 West"
_ROLE_PREDICATE = lazy(
    LIST_TAIL + r"(?:\s*,[^,.;!?\n]{1,60},)?"
    r"(?:\s+(?:on|in|from)\s+the\s+[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:still\s+|now\s+|also\s+)?"
    r"(?:(?:my|our|your|the|a|an)\s+)(?:(?:new|amazing|great|incredible|best|other|former|"
    r"current|favou?rite)\s+)*" + ROLE_WORDS + r"\b(?!\s+(?:for|at)\b)", re.IGNORECASE)
# A role before the name: "health coaches (Lupe and Ana)", "our new chief residents are Nia,
# Omar, and Beatriz", "Our PD, Hope Nakashima,", "employee Delphine Marchand", "Our chaplain,
# Sister Perpetua", "Action item owner: Esther Lam"
_ROLE_BEFORE = gated(
    rf"\b{ROLE_WORDS}(?:\s*(?:\(|:|,|\s+(?:are|is|were|was))\s*"
    r"(?:(?:[a-z]+\.?\s+)?[a-z][\w'\u2019-]*\s*(?:,|and|&)\s*(?:and\s+)?){0,4}|\s+)"
    r"(?:(?:sister|brother|father|fr\.?|mother|rev\.?|pastor|rabbi|imam)\s+)?$", words=False)
# Who acts as a colleague: the agent of a verb a trainee or clinician does for work, to the
# writer or the reader ("Lucia will present it", "Kwame mentioned you", "Marisol co-authored
# the poster", "Ignatius fixed the order set"), not a patient presenting with a complaint.
_COLLEAGUE_ACTS = lazy(
    LIST_TAIL + r"(?:\s*\([^()\n]{1,30}\))?(?:\s+(?:from|in|on|at)\s+(?:the\s+)?[\w&'\u2019/-]+"
    r"(?:\s+[\w&'\u2019/-]+){0,3}?)?"
    r"\s+(?:(?:will|just|also|kindly|has|have|had|already|then|now|is|are)\s+){0,2}"
    r"(?:present(?:ed|s|ing)?\s+(?:our|my|the|a|an|it|this|at|on|their|her|his)\b(?!\s+(?:with|"
    r"for)\b)|said\s+(?:you|that\s+you)|co-?lead\w*|leading\s+the\s+(?:[\w-]+\s+)?(?:club|"
    r"session|workshop|meeting|project|group|curriculum)|co-?authored|authored|co-?wrote|published|emailed|texted|messaged|mentioned|told|"
    r"won|matched|organi[sz]ed|hosted|swapped|approved|edited|reviewed|mentored|lectured|"
    r"taught|applied|appl(?:y|ies|ying)\s+(?:to|for)|retir(?:es|ed|ing)|will\s+send\s+(?:you|me)|"
    r"sent\s+(?:you|me)\s+the|fixed\s+the\s+[\w-]+\s+(?:order|set|schedule|pump|printer|page)|"
    r"(?:start(?:s|ed|ing)?|begin(?:s|ning)?|finish(?:ed|es|ing)?)\s+(?:his|her|their)\s+"
    r"(?:[\w-]+\s+)?(?:fellowship|residency|chief\s+year|intern\s+year|job|rotation|research|"
    r"program|year)|got\s+the\s+(?:r01|k23|grant|job|award)|ran\s+the\s+(?:code|huddle|meeting|"
    r"session|sim)|(?:finished|completed|did|drafted|wrote|analy[sz]ed|is\s+(?:doing|writing|"
    r"drafting|running))\s+the\s+(?:[\w-]+\s+)?(?:chart\s+review|review|discussion|abstract|"
    r"manuscript|analysis|stats|slides|poster|draft|introduction|intro|methods|results|figures?))"
    r"\b", re.IGNORECASE)
# Someone the writer met, thanks or addresses socially: "great to meet Priya Raman", "thanks to
# R.T. Vasquez for editing", "courtesy of Jonah Weiss", "Tell Bartosz I said congrats", "Dr.
# Kamau's daughter Wanjiru", "Dr. Ruiz's lab (with Hana and Kofi)", "Dr. and Mr. Delacroix"
_SOCIAL_BEFORE = gated(
    r"\b(?:(?:conversation|chat|call|talk|talking|talked|coffee|lunch)\s+(?:with|to)|"
    r"(?:great|nice|lovely|good|wonderful|a\s+pleasure|fun)\s+(?:to\s+)?(?:meet(?:ing)?|"
    r"see(?:ing)?|catch(?:ing)?\s+up\s+with)|courtesy\s+of|photo\s+by|thanks\s+to|tell|"
    r"i\s+spoke\s+(?:with|to)|spoke\s+with)\s+$"
    r"|\b(?:dr|drs|prof|professor)\.?\s+[a-z][\w'\u2019-]+['\u2019]s\s+(?:[\w-]+\s+)?"
    r"(?:lab|team|group|office|clinic|family|daughter|son|wife|husband|partner|kids?|"
    r"children)\s*(?:\(\s*with\s+|,\s*)?(?:[a-z][\w'\u2019-]*\s*(?:,|and|&)\s*)*$"
    r"|\b(?:dr|prof)\.?\s+and\s+(?:mr|mrs|ms)\.?\s+$", words=False)
_SOCIAL_AFTER = lazy(
    r"(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:and\s+(?:i|me)\b|i\s+said\b|and\s+the\s+rest\s+of\b|"
    r"for\s+(?:editing|reviewing|the\s+photo|the\s+slides|proofreading|help(?:ing)?\s+with))",
    re.IGNORECASE)
# Addressed: "Esperanza, thank you for your mentorship", "Aurelio, thank you for ..."
_ADDRESSED_AFTER = lazy(
    r"\s*,\s*(?:thank|thanks|thx|congrats|congratulations|welcome|hope|i\s+(?:hope|wanted|just|"
    r"am|was)|it\s+was\s+(?:great|nice|lovely)|great\s+(?:to|meeting|seeing))\b", re.IGNORECASE)
# A staff member named with the service they work in: "Gwendolyn from scheduling", "Ignatius
# from 5W pharmacy", "Marisol and Frank from the ICU nursing team", "Osei in biomed", "Big Tony
# from the cafeteria", "Farida Haidari from our class"
_STAFF_OF = lazy(
    LIST_TAIL + r"\s+(?:from|in|of|on)\s+(?:the\s+)?(?:(?:our|my|your)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:class|cohort|group|lab|team|program|residency|fellowship|department|service)|(?:[\w/-]+\s+){0,2}?(?:pharmacy|"
    r"scheduling|nursing|biomed|admin|administration|transport|cafeteria|security|library|"
    r"front\s+desk|office|(?:nursing|research|qi|sim|it|hr)\s+team|department|dept|it|hr|"
    r"registration|billing|chaplaincy|facilities|housekeeping|dietary|lab|research\s+group|"
    r"(?:renal|cardiology|gi|id|palliative|consult)\s+(?:consult\s+)?service))\b"
    r"|\s*\((?:the\s+)?(?:[\w-]+\s+)?(?:center|centre|lab|office|pharmacy|library|desk|it|hr)\)",
    re.IGNORECASE)
_TITLE_BEFORE = gated(r"\b(?:dr|drs|prof|professor)\.?\s+$", words=False)

# Authors and their works: "a study by Brennan and Cho", "Being Mortal by Gawande" (the title
# before "by"), "Nguyen and Patel showed in their 2023 NEJM paper", "As Virginia Apgar showed",
# "Kalanithi's When Breath Becomes Air", "Halsted's residency model", "(Kline, 2004)", "Rudolf
# Virchow would be proud", "reading Oliver Sacks"
_WORK = (r"(?:paper|study|studies|trial|review|book|memoir|essay|article|chapter|editorial|"
         r"commentary|talk|lecture|podcast|piece|report|guideline|analysis|meta-analysis)s?")
_AUTHOR_BEFORE = gated(
    rf"\b(?:{_WORK}\s+(?:\w+\s+)?by|(?:^|[\s(,])as|since|et\s+al\.?|references?\s*:|reading|read|rereading|quoting|citing|"
    r"according\s+to|authors?\s*:|written\s+by|edited\s+by)\s+"
    r"(?:[a-z][\w'\u2019-]*\s*(?:,|and|&)\s*)*$", words=False)
_TITLE_THEN_AUTHOR = lazy(r"\s+by\s+(?:Dr\.?\s+)?[A-Z][\w'\u2019-]+(?!\s+(?:Monday|Tuesday|"
                                r"Wednesday|Thursday|Friday|Saturday|Sunday|noon|then)\b)")
_AUTHOR_AFTER = lazy(
    LIST_TAIL + r"(?:\s+et\s+al\.?)?\s+(?:showed|shows|reported|found|described|demonstrated|"
    r"argued|proposed|wrote|published|pioneered)\s+(?:in\s+(?:(?:their|his|her|a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:[A-Z]{3,}|(?:19|20)\d\d|(?i:paper|study|trial|review|article|journal|"
    r"book|cohort|series))|how|the\s+first)\b"
    r"|" + LIST_TAIL + r"\s*,\s*(?:19|20)\d\d\s*\)"
    r"|" + LIST_TAIL + r"(?:\s+et\s+al\.?)?\s*\(\s*(?:19|20)\d\d[a-z]?\s*\)"
    r"|(?:['\u2019]s?)\s+(?:(?:original|famous|classic|first|new|old|landmark|seminal)\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+){1,5}(?=[A-Z]?[a-z]*\b)|(?:[\w-]+\s+)?(?:memoir|book|novel|essays?|"
    r"notebooks?|charts?|stages|model|work|checklists?|theory|principles?|laws?|writings?|"
    r"lectures?|speech|keynote|legacy|method|triad|criteria|rule))"
    r"|\s+(?:would\s+be\s+(?:proud|horrified|appalled|amazed)|once\s+said|famously)\b"
    r"|(?:['\u2019]s)?\s+(?:grant|r01|k23|protocol)\b"
    r"|['\u2019]s\s+(?:Manual|Guide|Handbook|Atlas|Textbook)\b"
    r"|\s+(?:documentary|film|movie|novel|podcast|memoir)\b")

_NAME_RUN = lazy(
    r"['\"\u201d\u2019]?(?:\s+(?:['\"\u201c\u2018][A-Z][\w-]*['\"\u201d\u2019]|[A-Z][\w'\u2019-]+)){1,3}")


def run_end(text: str, end: int) -> int:
    """Past a nickname and the rest of a name: "Robert 'Bobby' Tsosie"."""
    m = _NAME_RUN.match(text[end : end + 60])
    return end + m.end() if m else end


_CREDENTIALS_AFTER = lazy(r",?\s+(?:MD|DO|RN|NP|PA-C|PhD|PharmD|MPH|MSN|FACP|FAAP)\b")


def person_owner(text: str, lower: str, start: int, end: int, heads: list[int], someone: bool,
                 opens: bool) -> str:
    """The group of the person the candidate names, by role, work, service, company or
    authorship ("" for none). `heads`: where the name may start ("Oliver Sacks"); `someone`:
    the clause speaks of someone who may be cared for; `opens`: the candidate opens its
    sentence."""
    if _ITEM_OWNER_AFTER.match(text, end):
        return "agenda_item"

    # colleagues by role, apposition or what they do
    tail = run_end(text, end)
    if (_ROLE_APPOSITION.match(text, end) or _GROUP_APPOSITION.match(text, end)
            or _ROLE_PREDICATE.match(text, end) or _CREDENTIALS_AFTER.match(text, tail)):
        return "colleague_role"
    if any(_ROLE_BEFORE.search(lower, max(0, h - 60), h) or _TITLE_BEFORE.search(
            lower, max(0, h - 12), h) for h in heads):
        return "colleague_role"
    if _COLLEAGUE_ACTS.match(text, end) and not someone:
        return "colleague_acts"
    if _STAFF_OF.match(text, end):
        return "colleague_staff"
    if (any(_SOCIAL_BEFORE.search(lower, max(0, h - 60), h) for h in heads)
            or _SOCIAL_AFTER.match(text, end)
            or (opens and _ADDRESSED_AFTER.match(text, end))):
        return "correspondent_social"

    # authors and their works
    if (any(_AUTHOR_BEFORE.search(lower, max(0, h - 50), h) for h in heads)
            or _AUTHOR_AFTER.match(text, end) or _TITLE_THEN_AUTHOR.match(text, end)):
        return "author"

    return ""
