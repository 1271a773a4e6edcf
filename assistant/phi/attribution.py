"""Whose is it? An identifier-shaped span is a patient's until something says otherwise.

Non-patients are recognised positively: the correspondents (greeting, signature, the request's
sender and contact), clinicians and staff by title or role ("Dr.", "MD", "our coordinator
Karen"), authors and speakers, institutions and events (a capitalised run with "Health",
"Conference"...), and the dates, cities, rooms and links of a sentence about the sender's own
networking (a meeting, a talk, a poster, "I", "you") that says nothing of a patient. What is
left is a finding: an `error` when the sentence ties it to a patient or their family, a
`warning` when nothing says whose it is.

This module holds the roles and titles that make a name a professional's and the message's frame
(greeting, signature, header lines); what each sentence is about is `sentence_anchors.py`'s and
who did what to whom around a bare name is `colleague_syntax.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.phi import kin
from assistant.phi.colleague_family import CARE_WORD, colleague_pronoun_owner, writer_family_title
from assistant.phi.context import MessageContext
from assistant.phi.message_layout import layout_names_staff
from assistant.phi.roles import ROLE
from assistant.text import pronouns as pronoun_words
from assistant.text.gated import gated
from assistant.text.names import DEGREES, name_fold
from assistant.text.patterns import lazy
from assistant.text.pronouns import pronouns

_CLINICIAN_BEFORE = gated(
    r"\b(?:drs?|doctors?|prof|professors?|dean|nurse|chaplain|rev|coach)\.?\s*"
    # "Dr. van der Berg", "Dr. de la Cruz": particles of a surname after the title
    r"(?:(?:van|von|der|den|de|la|le|da|del|della|di|du|dos|das|bin|ibn|al|el|ter|ten)\s+){0,2}"
    r"(?:[\w'\u2019-]+\s+)?$"
    # "our coordinator Karen", "a GI fellow here, Leah Cohen", "a student I supervise, Omar"
    rf"|\b{ROLE}(?:\s+(?:here|there|of\s+mine|of\s+ours|(?:i|we|you)\s+[a-z]+))?"
    r"\s*[,:(]?\s*(?:(?:dr|mr|mrs|ms|mx|miss)\.?\s*)?$"
    # "the charge nurse on 6 West, Harriet,": a role with the unit it works on, in apposition
    rf"|\b{ROLE}\s+(?:on|in|at|from|for)\s+(?:the\s+)?(?:[\w&-]+\s+){{0,2}}?[\w&-]+\s*,\s*$"
    # "trained at Johns Hopkins", "residents working in Rwanda": a workplace
    r"|\b(?:trained|training|trains|works?|working|worked|residents?|residency|fellowship|"
    r"fellows?|interns?|pgy-?\d|students?|faculty|studied|graduated|matched|rotating|rotation|"
    r"based|practices?|practicing|attendings?|hospitalists?|professor|volunteer(?:ed|ing)?|pd|"
    r"apd|chief|director|chair|overlapped|rotated)"
    r"\s+(?:\w+\s+)?(?:at|from|in)\s+(?:the\s+)?$"
    # "did you ever work with Ravi Subramanian": a colleague
    r"|\b(?:work|worked|working|trained|train|rotated?|collaborat\w+|research\w*|overlapped)"
    r"\s+with\s+$"
    # "I covered nights with Sam", "took call with Ahmed": the writer's shift partner
    r"|\b(?:cover(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,2}|(?:took|take|taking)\s+(?:home\s+)?call\s+)"
    r"with\s+$"
    # "swapped w Lena", "traded nights with Ilse": a shift partner
    r"|\b(?:swap(?:s|ped|ping)?|trade[sd]?|trading)\s+(?:[\w-]+\s+){0,2}?(?:with|w/?)\s+$"
, words=False)
# A generational suffix ("Ruben Castillo Jr. was readmitted") is part of anyone's name, not a
# credential: it ends a signature but says nothing of a profession.
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
_MORE_DEGREES = frozenset({"msn", "lcsw", "bsn", "faap"})


def _alternation(words: frozenset[str]) -> str:
    """The words longest first, and in one order whatever the set's (a pattern's source is its
    key in gates.json: an order that changed with each process missed the cache)."""
    return r"(?:" + "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w))) + r")\b"


_CREDENTIAL = _alternation((DEGREES - _GENERATIONS) | _MORE_DEGREES)
_SIGNED_SUFFIX = _alternation(DEGREES | _MORE_DEGREES)
# Praise that says what a colleague is: "Priya in the NICU was a great teacher", "Sam on
# nights was my favorite senior", and the same in a list line about a colleague ("Lopez, Maria -
# great teacher, ran our journal club", "Park, Daniel - PGY3, my senior"). A praise word or the
# writer's possessive is required, so a patient's trade ("Maria, a retired teacher") stays found.
_PRAISE = (
    r"(?:great|amazing|wonderful|fantastic|terrific|excellent|incredible|awesome|outstanding|"
    r"phenomenal|brilliant|superb|patient|kind|generous|favou?rite|best|true|real|good|strong|"
    r"solid)"
)
_WHAT_A_COLLEAGUE_IS = (
    # "Khoa is their senior", "Maria is his nurse": the role they hold for others
    rf"(?:(?:my|our|their|his|her)\s+(?:[\w-]+\s+){{0,2}}|(?:a|an|the)\s+(?:[\w-]+\s+)?{_PRAISE}\s+"
    rf"(?:[\w-]+\s+)?|{_PRAISE}\s+(?:[\w-]+\s+)?)"
    rf"(?:{ROLE}|seniors?|teachers?|role\s+models?|co-?chiefs?|references?|letter\s+writers?)\b"
)
_PRAISED_AFTER = lazy(
    r"(?:\s+(?:in|on|from|at)\s+(?:the\s+)?[\w&-]+(?:\s+[\w&-]+)?)?"
    rf"\s+(?:is|was|has\s+been|(?:would|will|could|might)\s+be|['\u2019]d\s+be)\s+"
    rf"{_WHAT_A_COLLEAGUE_IS}"
    r"|(?:\s*,\s*[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)?\s*[-\u2013\u2014:]\s*"
    rf"(?:{_WHAT_A_COLLEAGUE_IS}|(?:co-?)?chief\b|pgy-?\d|(?:my|our)\s+co-?(?:resident|intern)s?\b)"
)
_WORKPLACE_UNIT = r"(?:office|dept|department|division|committee|program|lab|desk)s?"
_ROLE_AFTER = gated(
    rf"\s*(?:[,(]\s*|\s+)(?:(?:our|my|your|the|a|an|his|her)\s+(?:[\w'\u2019-]+\s+){{0,2}}{ROLE}\b"
    # "Priya, the grad student with the pheo": described by an illness, a patient
    r"(?!\s+(?:with|w/|who\s+(?:has|had|was|is))\b)"
    rf"|{_CREDENTIAL}|pgy-?\d|ms-?[1-4]\b|m[1-4]\b|intern\b|resident\b|fellow\b)"
    r"|\s*,\s*who\s+(?:also\s+|now\s+|still\s+)?(?:trained|trains|works|worked|teaches|taught|"
    r"runs|ran|leads|led|chairs|directs|practices|practiced|rotated|studied|precepts|mentors|"
    r"supervises|graduated|matched|presented|spoke|lectured|precepted|mentored|supervised|taught)\b"
    r"|(?:['\u2019]s)?\s+(?:lab|team|group|clinic|service|office|practice|research|talk|"
    r"lecture|paper|work|session|workshop)\b"
    # "Papa Tuilagi's restaurant": a business named after its owner is a business
    r"|['\u2019]s\s+(?:restaurant|caf[e\u00e9]|bakery|diner|grill|deli|bistro|taqueria|pub|"
    r"bar|shop|store|market|kitchen|place|tavern|cantina|pizzeria|pizza|tacos|brewery|coffee|"
    r"lounge|inn|steakhouse|noodles?|ramen|sushi|bbq|burgers?|bagels?|donuts?)\b"
    # (a determiner inside opens another phrase: "Hiroshi from 6B sent the team a card" is no
    # member of a team)
    r"|\s+(?:from|in|at)\s+(?:(?:the|our|my|your|their)\s+)?"
    r"(?:(?!(?:the|a|an|our|my|your|his|her|their)\s)[\w&-]+\s+)"
    r"{0,3}(?:office|team|department|dept|lab|program|committee|school)\b"
    r"|\s+(?:at|from)\s+the\s+(?:[\w-]+\s+){0,3}?(?:front\s+desk|reception|desk|"
    r"nurses'?\s+station|registration)\b"
    r"|\s+(?:in|from|on)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:pharmacy|nursing|informatics|social\s+work|"
    r"case\s+management|nutrition|respiratory|chaplaincy|admissions\s+office|it|billing|"
    r"palliative|hospice\s+team|(?:cardio|radio|patho|neuro|nephro|onco|pulmo|gastroentero|"
    r"hemato|endocrino|rheumato|dermato|uro)logy|anesthesia|surgery|ortho|peds|ob|ent|gi|id|"
    r"ir|quality|compliance|research|admin)\b(?!\s+(?:clinic|ward|unit|bed|room|icu))"
    # "Szczepanski (research coordinator)", "(GME office)", "(both PGY-3s)": a role, an office
    # or a training year alone in parentheses
    rf"|\s*\(\s*(?:[\w&-]+\s+){{0,2}}(?:{ROLE}|{_WORKPLACE_UNIT}|pgy-?\d+s?)\s*\)"
)
# "Thanks for covering my clinic Friday, Ahmed - I owe you!": the reader, named at a clause's end.
_THANKS_OPEN = lazy(r"\s*(?:thanks|thank\s+you|congrats|congratulations|great\s+(?:seeing|"
                          r"meeting|to\s+see|to\s+meet))\b")
_VOCATIVE_AFTER = lazy(r"\s*(?:[!?\u2014\u2013]|\s-\s|\.\s*$|$)")
# "Elena Vasquez at UCLA", "Kofi from Stanford Health": a colleague named with a workplace.
_AFFILIATED_AFTER = lazy(
    r"\s+(?:at|from|of)\s+(?:the\s+)?(?:(?!(?:[A-Z]{0,3}ICU|CCU|ED|ER|OR|PACU|SNF)\b)[A-Z]{2,6}\b|"
    r"(?:[A-Z][\w'\u2019&-]+\s+){0,3}"
    r"(?:University|Hospital|Health|Medical|Medicine|Clinic|College|School|Institute|Center))"
)
# "the patient, Dr. Singh", "the patient's son, Dr. Adebayo": a title in apposition to the
# patient or to the patient's relative
_CLERGY_BEFORE = lazy(r"\b(?:Father|Fr\.|Pastor|Rabbi|Imam|Reverend|Rev\.|Chaplain)\s+$")
_OWNED_TITLE = lazy(r"(?:\b(?i:his|her|their|my|your|our)|['\u2019]s)\s+\w+\.?\s+$")
_PATIENT_THEN_TITLE = gated(
    r"\b(?:pt|patient)(?:['\u2019]s\s+(?:"
    rf"{kin.alternation(kin.CHILDREN, kin.SPOUSES, kin.MOTHER_FATHER, kin.SIBLINGS)}|"
    rf"{kin.alternation(kin.NIECES_NEPHEWS, kin.GRANDCHILDREN, kin.PARTNER)}))?"
    r"\s*,\s*(?:dr|prof|professor)\.?\s+$",
    words=False)
_RELATIVE_JUST_BEFORE = gated(
    rf"\b(?:his|her|His|Her)\s+(?:{kin.alternation(kin.SPOUSES, kin.PARTNER, kin.SPOUSE)}|"
    rf"{kin.alternation(kin.CHILDREN, kin.SIBLINGS, plural=True)}|{kin.alternation(kin.PARENTS)})"
    r"(?:-in-law)?\s*,?\s*$", words=False)
_ROLE_THEN_GIVEN = gated(
    rf"\b(?i:{ROLE})\s+[A-Z][a-z'\u2019-]+\s+$", words=False)
_GROUPS = ("children", "grandkids", "grandkid")
_OWN_PEOPLE_BEFORE = gated(
    r"\b(?:my|our|your)\s+(?:\w+\s+)?(?:"
    rf"{kin.alternation(kin.PARTNER, kin.SPOUSES, kin.CHILDREN, kin.PARENTS, kin.SIBLINGS)}|"
    rf"friend|roommate|fianc\w*|{kin.alternation(kin.SPOUSE, kin.KIDS, kin.COUSINS, drop=_GROUPS)}|"
    r"classmate|co-?resident)\s*,?\s*$"
)
# "Hank (my grandpa)": the writer's own; not "Grandpa Tomasz (our 103-year-old)" nor "(our
# patient)": a patient described.
OWN_APPOSITION = lazy(
    r"\s*[(,]\s*(?:my|our|your)\s+(?![^).,;]{0,30}\b(?:patients?|pts?)\b|[\w-]*\d)",
    re.IGNORECASE,
)
# A short aside before an apposition: "(ret.)", "(she/her)", "(Ike)", not one about a patient
_ASIDE = lazy(r"\s*\((?![^()\n]*\b(?:pts?|patients?)\b)[^()\n]{1,16}\)(?=\s*,)")
# Two people joined and then given one role: "Cordelia and her husband Ansel (both PGY-3s)"
_ROLE_OF_BOTH = lazy(
    r"\s+(?:and|&)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+\s*\(\s*(?:both|all|each)\s+"
    rf"(?:[\w&-]+\s+){{0,2}}(?:{ROLE}|pgy-?\d+s?)\s*\)"
)
# A sentence closed by the writer's own word for its subject: "... every morning - my hero",
# "..., my old roommate."
_OWN_CLOSING_APPOSITION = lazy(
    r"\s[-\u2013\u2014,(]\s*(?:my|our)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s*[).!]*\s*$"
)
_PATIENT_WORD = lazy(r"\b(?:pts?|patients?|pt['\u2019]s|patient['\u2019]s)\b")
_PRONOUNS_PAREN = lazy(r"\s*\((?:he|she|they|ze|xe)/\w+(?:/\w+)?\)")
_CAP_TAIL = lazy(r"(?:\s+[A-Z][\w'\u2019-]+){1,2}")
_LABEL_LEAD = gated(
    r"^[\s\-*]*(?:(?:authors?|presenters?|moderators?|speakers?|correspondence|corresponding\s+"
    r"author|contact|cc|acknowledg\w*|from|to|reviewers?|faculty|panel(?:ists)?|mentors?|"
    r"discussants?|attendees|participants|invitees|present|affiliations?)\s*:"
    r"|(?:we|the\s+authors)\s+(?:also\s+)?(?:thank|acknowledge)\s+(?!the\s+patient|our\s+patient)"
    r"|(?:we\s+)?(?:thank|acknowledge)\s+dr\b"
    # a subject line naming its sender or the introducer: "From Priya", "Intro via Dr. Kim"
    r"|(?:subject|re|fwd?)\s*:\s*(?:[\w-]+\s+){0,2}(?:from|via)\s+(?!(?:the|mrs?|ms|miss)[\s.])\S+(?:\s+\S+)?\s*(?:\(|$)"
    # "Re: 6 West nurse educator position - Janelle": a job or an ask, then who writes about it
    r"|(?:subject|re|fwd?)\s*:[^\n]{0,80}\b(?:position|job|role|opening|application|request|"
    r"intro(?:duction)?|interview|elective|opportunity|lor|letter)\s*[-\u2013\u2014:|]\s*"
    r"(?=[^\W\d_][\w'\u2019-]+(?:\s+[^\W\d_][\w'\u2019-]+)?\s*(?:\(|$)))"
, words=False)
_VOCATIVE = gated(
    r"(?:^|[\s,.!-])(?:thanks|thank\s+you|thx|hi|hello|hey|dear|congrats|congratulations|"
    r"welcome|good\s+(?:morning|afternoon)|great\s+(?:meeting|to\s+meet|to\s+see)\s+you)"
    r"(?:\s+(?:again|so\s+much|a\s+lot|a\s+ton|all))?\s*[,!]?\s*$"
)
_PLACE_PREP = gated(r"\b(?:in|at|from|to|near)\s+(?:the\s+)?$", words=False)
THIRD_PERSON = pronouns(pronoun_words.THIRD_PERSON, folded=True)
SECOND_PERSON = pronouns(pronoun_words.SECOND_PERSON, folded=True)
# What a clinician says of a patient who was named: "Ahmed presented Teodoro at sign-out".
_PATIENT_WORD_BEFORE = gated(r"\b(?:pts?|patients?|mr|mrs|ms|miss)\.?\s*$", words=False)
# "rounded on", "consulted on" (group "record") are done to projects and policies too
# ("consulted on Medicare payment policy"): `name_words.person_object` decides.
CARE_OBJECT_BEFORE = gated(
    r"\b(?:present(?:ed|ing)?|admitted|discharged|examined|intubated|extubated|coded|transferred|"
    r"signed\s+out|handed\s+off|(?P<record>rounded\s+on|consulted\s+on)|scoped|cathed)\s+$",
    words=False,
)
# A role right before a courtesy title: "our program coordinator Ms. Oduya"
ROLE_BEFORE = gated(rf"\b{ROLE}\s*,?\s*$", re.IGNORECASE, words=False)


_LINE_REACH = 400  # lines are looked at this far at most, so 1 MB of text stays linear


def line_start_of(text: str, pos: int) -> int:
    """Start of the line holding `pos` (a point inside it when the line is very long)."""
    lo = max(0, pos - _LINE_REACH)
    at = text.rfind("\n", lo, pos)
    return at + 1 if at >= 0 or lo == 0 else lo + 1


def line_end_of(text: str, pos: int) -> int:
    hi = min(len(text), pos + _LINE_REACH)
    at = text.find("\n", pos, hi)
    return at if at >= 0 else hi


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line of `text`, the empty one after a closing newline too."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield start, end
        start = end + 1



# Header lines of a forwarded or quoted message: its correspondents and its dates.
HEADER_LINE = gated(r"^[ \t>]*(?:from|to|cc|bcc|date|sent|reply-to)[ \t]*:.*$",
                         re.IGNORECASE | re.MULTILINE)


def correspondents(ctx: MessageContext) -> set[str]:
    """The context's correspondents, less words that sit in a greeting's run-on sentence, plus
    the names on forwarded-message header lines ("From: Ada Okafor <...>")."""
    keep = {
        w.strip("<>\"',") for m in HEADER_LINE.finditer(ctx.text) for w in m.group().split()[1:]
        if w[:1].isupper()
    }
    signed = ctx.signature_start
    for word in ctx.correspondents:
        at = ctx.text.find(word)
        in_signature = signed is not None and ctx.text.find(word, signed) >= 0
        if at < 0 or at >= ctx.greeting_end or in_frame(ctx, at) or in_signature:
            keep.add(word)
    return {name_fold(w) for w in keep}


def in_frame(ctx: MessageContext, pos: int) -> bool:
    """Greeting (its first few words only), signature block or a forwarded message's header."""
    line_start = line_start_of(ctx.text, pos)
    if HEADER_LINE.match(ctx.text, line_start):
        return True
    if pos < ctx.greeting_end or line_start > 0:  # a greeting after a "Subject:" line too
        if _GREETED.match(ctx.lower[line_start:pos]) is not None:
            return True
        if pos < ctx.greeting_end:
            return False
    return ctx.in_frame(pos)


def is_professional_name(
    ctx: MessageContext, start: int, end: int, correspondents: set[str], labelled: bool = True
) -> bool:
    """A clinician, staff member, author, correspondent or institution, by title or role.

    `labelled=False`: a line's label or header ("cc:", "Contact:"), an inline sign-off or a
    correspondent of the same name does not make the name a correspondent's, as when the name
    itself is said to be a patient's relative."""
    text, lower = ctx.text, ctx.lower
    if _PATIENT_THEN_TITLE.search(lower, max(0, start - 60), start):
        return False  # "the patient, Dr. Singh (a retired dentist)": a physician as the patient
    if not labelled:  # a name said to be someone's relative is no header's, sign-off's or cc's
        correspondents = set()
    elif (in_frame(ctx, start) or _signed_inline(ctx, start, end)
          or layout_names_staff(text, line_start_of(text, start), start, end)):
        return True
    if _signature_line(text, start, end):
        return True
    words = {name_fold(w.removesuffix("'s").removesuffix("\u2019s"))
             for w in text[start:end].split()}
    if words & correspondents:
        return True
    before = lower[max(0, start - 40) : start]
    if _CLINICIAN_BEFORE.search(before) or _VOCATIVE.search(before):
        return True
    if _CLERGY_BEFORE.search(text, max(0, start - 12), start) and not _OWNED_TITLE.search(
            text, max(0, start - 24), start):
        return True  # "Father Tomas", "Rabbi Klein": a clergy title (not "his father Tomas")
    owned = _RELATIVE_JUST_BEFORE.search(text, max(0, start - 30), start)
    if owned and colleague_pronoun_owner(text, owned.start(), end):
        return True  # "Dr. Rossi ...; his wife Elena is also an oncologist"
    if _ROLE_THEN_GIVEN.search(text, max(0, start - 40), start):
        return True  # "Her mentor Precious Mwangi": the run was cut at a given name that is a word
    if (_OWN_PEOPLE_BEFORE.search(before) or OWN_APPOSITION.match(lower, end)
            or writer_family_title(text, start)):
        return True  # "my partner Sam", "Hank (my grandpa)": the sender's own people
    s_span = ctx.sentence_span(start)
    # only the sentence's tail is read, so a long run-on sentence stays linear
    if _OWN_CLOSING_APPOSITION.search(lower, max(s_span[0], s_span[1] - 60), s_span[1]) and not (
            _PATIENT_WORD.search(lower, *s_span) or CARE_WORD.search(lower, *s_span)):
        return True  # "grandpa Vuong still feeds his chickens in Del Rey - my hero": the writer's
    if (before.endswith(", ") and _VOCATIVE_AFTER.match(text, end)
            and (SECOND_PERSON.search(lower, *s_span) or _THANKS_OPEN.match(lower, s_span[0]))
            and not THIRD_PERSON.search(lower, *s_span)):
        return True
    pronouns = _PRONOUNS_PAREN.match(lower, end)  # "Kwame (he/him), PGY-2 EM"
    after = pronouns.end() if pronouns else end
    if _ROLE_AFTER.match(lower, after) or _AFFILIATED_AFTER.match(text, after):
        return True
    aside = _ASIDE.match(lower, after)  # "Sgt. Pemberton (ret.), our security lead"
    if aside and _ROLE_AFTER.match(lower, aside.end()):
        return True
    if _ROLE_OF_BOTH.match(lower, after):
        return True  # "Cordelia and her husband Ansel (both PGY-3s)"
    if _PRAISED_AFTER.match(lower, after) and not (
            CARE_OBJECT_BEFORE.search(before) or _PATIENT_WORD_BEFORE.search(before)):
        return True  # praised for what they are, unless care was done to them just before
    tail = _CAP_TAIL.match(text, end)  # "Hannah Park, MD": the run was cut at a common word
    if tail and tail.end() > end and _ROLE_AFTER.match(lower, tail.end()):
        return True
    s_start, _ = ctx.sentence_span(start)
    line_start = line_start_of(text, start)
    lead = _LABEL_LEAD.match(lower, max(s_start, line_start)) if labelled else None
    return bool(lead) and (lead.end() <= end or not lower.startswith(("subject", "re", "fw"),
                                                                       lead.start()))


# In the greeting only the first few words name the reader ("Hi Dr. Lee, ..." not "hi - we
# cared for Mr. Tran together on Thanksgiving, ...").
_GREETED = gated(
    r"^\s*(?:dear|hi|hello|hey|good\s+\w+|greetings)\b[\s,-]*(?:(?:drs?|prof|professor|mr|mrs|ms|"
    r"mx)\.?\s*)?(?:[^\s,]+\s*){0,2}(?:(?:and|&)\s+(?:(?:dr|prof)\.?\s*)?(?:[^\s,]+\s*){0,2})?$"
, words=False)
# A name signed inline at the end of a short note: "... glad to connect. Maria Gomez",
# "Best, Anika Smith-Jones, MD", "- Marco D'Angelo, DO".
_INLINE_SIGN_OFF = lazy(
    r"(?:(?:best|thanks|thank\s+you|regards|cheers|sincerely|warmly|respectfully)\s*[,!.]?"
    r"|[\u2013\u2014-]|[.!?])\s*$"
)
_REST_IS_CREDENTIALS = lazy(
    rf"(?:[ \t]+[A-Z][\w'\u2019-]*)*(?:,?\s*(?i:{_SIGNED_SUFFIX})\.?)*\s*$"
)


def _signed_inline(ctx: MessageContext, start: int, end: int) -> bool:
    if not _REST_IS_CREDENTIALS.fullmatch(ctx.text, end):
        return False
    line_start = line_start_of(ctx.text, start)
    if re.match(r"\s*(?:subject|re|fwd?)\s*:", ctx.lower[line_start:start]):
        return False
    return _INLINE_SIGN_OFF.search(ctx.lower, max(0, start - 20), start) is not None


def _signature_line(text: str, start: int, end: int) -> bool:
    """A line holding only a name (and credentials): how people sign a short message."""
    line_start = line_start_of(text, start)
    line_end = line_end_of(text, end)
    if line_start == 0 or text[line_start:start].strip(" -\u2013\u2014\t>"):
        return False
    return _REST_IS_CREDENTIALS.fullmatch(text, end, line_end) is not None


def is_place_of_event(ctx: MessageContext, start: int) -> bool:
    return _PLACE_PREP.search(ctx.lower, max(0, start - 12), start) is not None


_AUTHORS_LEAD = gated(
    r"[\s\-*]*(?:(?:co-?)?authors?|presenters?|speakers?|moderators?|panel(?:ists)?|faculty|"
    r"affiliations?|correspondence|corresponding\s+author|discussants?)\s*:"
)


def authors_line(ctx: MessageContext, pos: int) -> bool:
    """On a line led by "Authors:", "Speakers:", "Affiliations:": people of the work or event
    and their institutions' towns, whatever sentence of the line they are in."""
    return _AUTHORS_LEAD.match(ctx.lower, line_start_of(ctx.text, pos)) is not None


def labelled_line(ctx: MessageContext, pos: int) -> bool:
    """On a line led by "Correspondence:", "Contact:", "Authors:": the authors' own details."""
    line_start = line_start_of(ctx.text, pos)
    s_start, _ = ctx.sentence_span(pos)
    return bool(_LABEL_LEAD.match(ctx.lower, min(line_start, s_start)))
