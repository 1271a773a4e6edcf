"""Whose a name-shaped word is when nothing ties it to a patient: the non-patient owner of a
candidate `unattributed_names.person_candidates` would otherwise call "unsure".

The inverted default says an identifier nobody can own is a warning ("is this a patient?"). A
resident's message is full of words that do have an owner the earlier rules do not name: the
writer's own life ("I'm flying out of Fresno", "my niece Xiomara"), the reader's ("your years in
Kigali"), a colleague by role or apposition ("Tamar, our PGY-3,", "health coaches (Lupe and
Ana)"), someone acting as a colleague does ("Lucia will present it", "Kwame mentioned you"), an
author ("a study by Brennan and Cho", "Kalanithi's memoir"), an event or venue ("the workshop on
March 2nd in Sacramento", "Hotel Nikko"), a program's site ("your Coalinga rural rotation") or a
product ("MyChart", "Lasix and Zosyn shortages"). Each rule reads the words around the
candidate (the clause's subject, an apposition, the verb it is the agent of), never the word
itself, and keeps the safe side where the clause speaks of a patient, a person by a courtesy
title or someone's care. `owner` returns the group's name ("" for none).
"""

from __future__ import annotations

import re

from assistant.phi import clause_roles, kin, writer_places
from assistant.phi.name_words import INSTITUTION, not_a_name_word
from assistant.phi.owner_people import ROLE_WORDS, person_owner, run_end
from assistant.phi.owner_things import OPEN, thing_owner
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# Words that speak of someone who may be cared for: a clause holding one between its subject
# and the candidate keeps the safe side ("I drove her to Fresno", "my patient from Kerman").
_SOMEONE = gated(
    r"\b(?:patients?(?!\s+(?:education|portal|experience|safety|satisfaction|advocates?|"
    r"navigators?|centered|centred))|pts?|pt['\u2019]s|mr|mrs|ms|miss|mx|him|them|guy|man|woman|lady|gentleman|"
    r"veteran|kid|baby|boy|girl|client|admits?|admission|case|consult|bed|room|rm|frequent|"
    r"regular|resident\s+of|family\s+(?:meeting|mtg))\b", words=False)
_HIS_HER = gated(r"\b(?:his|her|their)\b", words=False)
# Where a clause opens inside a sentence: a colon, a semicolon, a dash, "so" or "but" after a
# comma ("My grandmother turned 91, so I was in Tucson").
_CLAUSE_BREAK = lazy(r"[:;]|\s[-\u2013\u2014]\s|,\s+(?:so|but|and|because|since|then)\s")
# The writer or the reader as the clause's subject, or their own people and things:
# "I'm", "we", "my parents", "our QI team", "you", "your move".
_WRITER_SUBJECT = lazy(
    OPEN + r"(?:i|we|i['\u2019](?:m|ll|ve|d)|we['\u2019](?:re|ll|ve|d)|my|our|me|us)\b")
_READER_SUBJECT = lazy(OPEN + r"(?:you|you['\u2019](?:re|ll|ve|d)|your)\b")
# A life told without its subject, as the writer tells their own: "Born in Oaxaca, raised in
# Orange Cove", "Heading to Brigham Thursday", "Spent the weekend hiking east of Squaw Valley".
_OWN_LIFE_OPENS = lazy(
    OPEN + r"(?:just\s+|finally\s+|also\s+)?(?:born|raised|grew\s+up|growing\s+up|moved|moving|"
    r"heading|headed|flying|driving|spent|spending|volunteering|visiting|interviewing|rotating|"
    r"relocating|relocated|joining|starting|proud\s+to\s+join|excited\s+to\s+(?:join|start)|"
    r"back\s+home|originally\s+from)\b")
# A place after a preposition (lower-cased text before the candidate)
_PLACE_PREP = gated(
    r"\b(?:in|at|from|to|near|into|outside|around|past|between|of|for|toward|towards)\s+"
    r"(?:the\s+)?(?:(?:[\w.'\u2019-]+\s+){1,3}?(?:and|or|&)\s+)?$", words=False)
# "your Coalinga rural rotation", "my Kampala elective": a program's site, named before it
_SITE_OF = lazy(
    r"(?:\s+[A-Za-z][\w-]*){0,2}?\s+(?:rotation|elective|track|program|programme|partnership|"
    r"pathway|externship|sub-?i|campus|site|outreach|clinic\s+day|street-medicine)\b",
    re.IGNORECASE)
_OWN_THING_AFTER = lazy(r"\s+(?:project|poster|abstract|paper|award|scholarship|team)\b")
_OWN_BEFORE = gated(r"\b(?:your|my|our)\s+$", words=False)
# "electives in Lagos", "the Global Health Pathway at Emory", "matched into GI at Sunnyvale",
# "interested in nephrology at Stanford", "the OSH in Los Banos": a program's or a training's
# site, an institution's town
_SITE_BEFORE = gated(
    r"\b(?:electives?|rotations?|tracks?|programs?|pathways?|partnerships?|fellowships?|"
    r"residency|residencies|sub-?is?|clerkships?|externships?|osh|va|(?:matched|match|"
    r"interested|interviewing|moonlighting)\s+(?:in|into)\s+[\w-]+|regional|memorial|general|"
    r"health|medical|hospital|center|centre|university|college)\s+(?:[\w-]+\s+)?"
    r"(?:in|at)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+(?:and|or|&)\s+)?$", words=False)
# "Chinle has an IHS hospital", "Madison in 2027 will have a new hospitalist track"
_HAS_SITE = lazy(
    r"(?:\s+(?:and|&|or)\s+[\w/'\u2019-]+)?(?:\s+(?:in|by)\s+\d{4})?\s+"
    r"(?:(?:both|also|now|still)\s+)?(?:has|have|had|offers?|will\s+"
    r"have)\s+(?:(?:a|an|the|two|three|many|several)\s+)?(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?|"
    r"programs?|tracks?|fellowships?|residency|electives?|campus|openings|spots|positions)\b",
    re.IGNORECASE)
# "where I met you in", "great to meet you in Lemoore": where the correspondents met
_MET_YOU_IN = gated(
    r"\b(?:meet(?:ing)?|met|see(?:ing)?|saw)\s+(?:you|u)\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s+"
    r"(?:the\s+)?$", words=False)
# "Subject: Update from Fresno", "Thank you from Aiko", "Bongani Dube - interest in your
# elective", "my name is priya shah": the sender
_SENDER_BEFORE = gated(
    r"\b(?:(?:update|thank\s+you|thanks|greetings|hello|note|introduction|intro|hi)\s+from|"
    r"(?:intro|introduction|referred|connected)\s+(?:via|through|by)|"
    r"my\s+name\s+is|i\s+am|i['\u2019]m)\s+$", words=False)
_SENDER_AFTER = lazy(
    r"\s*[-\u2013\u2014:|]\s*(?:an?\s+)?(?:interest\s+in|introduction|intro|applicant|"
    r"application|prospective)\b", re.IGNORECASE)
# A writer or reader as the subject anywhere in the clause: "can I say I grew up in", "did you
# write it while you were at"
_LAST_PERSON = lazy(r"\b(?:i|we|you)\b(?!.*\b(?:i|we|you)\b)", re.DOTALL)
_LAST_OWNER = lazy(r"\b(?:i|we|my|our|you|your)\b(?!.*\b(?:i|we|my|our|you|your)\b)",
                         re.DOTALL)
_READER_GOES = gated(
    r"^you\s+(?:(?:were|are|did|had|have|also|just|still|once)\s+)*(?:decide|decided|choose|"
    r"chose|went|go|trained|train|worked|work|lived|live|moved|grew\s+up|spent|were|did|"
    r"studied|visited|started|built|ran|led)\b(?:\s+[\w'\u2019&.-]+){0,8}?\s+(?:in|to|from|at|"
    r"near|into|between|of)\s+(?:the\s+)?(?:(?:[\w.'\u2019-]+\s+){1,3}?(?:and|or|&)\s+)?$",
    words=False)
# "we filmed in", "I rounded at": the writer does something there, to no one named
_WRITER_DOES = gated(
    r"^(?:i|we)\s+(?:[\w'\u2019-]+\s+){1,6}?(?:in|at|from|to|near|around)\s+(?:the\s+)?"
    r"(?:(?:[\w.'\u2019-]+\s+){1,3}?(?:and|or|&)\s+)?$", words=False)
# "Residents of Pacific Grove and Monterey had the highest rates", "Michoacan and Jalisco account
# for most of ...": places of a counted population, no one's residence
_POPULATION_OPENS = lazy(
    OPEN + r"(?:residents|people|patients|adults|children|families|veterans|farmworkers|"
    r"participants|households)\s+(?:of|from|in)\b", re.IGNORECASE)
_STATISTIC = gated(r"\b(?:rates?|percent|prevalence|incidence|median|mean|highest|lowest|data|"
                   r"proportion|share|most|%)", words=False)
_AGGREGATE_AFTER = lazy(
    r"(?:\s*(?:,|and|&)\s*(?:and\s+)?[A-Z][\w'\u2019-]+)*\s+(?:account(?:ed|s)?\s+for|make\s+up|"
    r"made\s+up)\b")
# "moonlighting starts in August at Grady": a training's own place
_CAREER_SUBJECT = lazy(
    OPEN + r"(?:my\s+|our\s+|the\s+)?(?:[\w-]+\s+)?(?:moonlighting|residency|fellowship|"
    r"rotation|elective|orientation|interview|sub-?i|job|externship)\s+(?:starts|begins|is|was|"
    r"ends|will\s+be)\b", re.IGNORECASE)
# A signature block's line: short, then a line with an e-mail or a phone
_SIGNATURE_NEXT = lazy(r"[^\n]{0,40}\n[^\n]*(?:@|\d{3}[-.\s]\d{3}[-.\s]\d{4})")
_ADDRESS_BEFORE = lazy(r"\b\d{2,5}\s+(?:[A-Z][\w'\u2019-]*\.?\s*){1,4},\s*$")
_NATIVE_AFTER = lazy(r"\s+(?:native|local|born\s+and\s+raised|transplant)\b")
_LANGUAGE_BEFORE = gated(r"\b(?:speaks?|spoke|speaking|fluent\s+in|translat\w+\s+(?:into|to))\s+$",
                         words=False)
_PLACE_WHERE = lazy(r"\s+(?:is|was)\s+where\s+(?:i|we|you|my|our)\b", re.IGNORECASE)

_KIN = kin.alternation(kin.CLOSE, kin.NIECES_NEPHEWS, kin.GRANDPARENTS, kin.GRANDPARENTS_FAMILIAR,
                       kin.AUNTS_UNCLES, kin.COUSINS, kin.PARTNER, kin.DATING, kin.SPOUSE,
                       kin.FAMILIAR_ELDERS, kin.PAPA_MAMA)
# "my niece Xiomara", "my sister-in-law Imelda", "My Abuela Chucha", "our friend Dele": the
# writer's own people
_OWN_PERSON_BEFORE = gated(
    rf"\b(?:my|our)\s+(?:(?:little|big|older|younger|baby|best|oldest|youngest)\s+)?"
    rf"(?:(?:{_KIN})(?:-in-law)?s?|fianc[\u00e9e]e?|friends?|roommates?|neighbou?rs?|babies|baby|"
    r"kids?|child|children|twins|newborn|little\s+one)\s*,?\s*$",
    words=False)
_KIN_WORD = lazy(rf"(?i:{_KIN})\b")

# A title of office or rank, a storm, a clergy title: the word itself is no one's name here
# "[Mon 3:45 PM] Lucinda: reminder ...": who speaks in a pasted chat
_STAMP_BEFORE = lazy(r"(?:^|\n)[ \t]*\[[^\]\n]{1,30}\][ \t]*$")
_SPEAKER_AFTER = lazy(r"[ \t]*:")
# "the Midwest Critical Care Forum", "Northgate VA", "Cedar Valley Regional": part of the name of
# an institution or an event
_INSTITUTION_AFTER = lazy(
    r"(?:\s+[A-Z][\w'\u2019&-]+){0,4}?\s+(?:Forum|Conference|Meeting|Summit|Congress|Symposium|"
    r"Society|Association|Academy|College|University|Hospital|Medical|Health|Healthcare|Clinic|"
    r"Center|Centre|Institute|Foundation|Regional|Memorial|VA|VAMC|School|Residency|Fellowship|"
    # "the Okwuosa Visiting Professorship": a named lecture or award
    r"Professorship|Lecture|Lectureship|Award|Prize|Scholarship|Chair)\b")
_TITLE_WORD = lazy(
    r"(?:Sgt|Capt|Col|Lt|Maj|Gen|Cpl|Officer|Discussant|Moderator|Attendings|Residents|Interns|"
    r"Nonagenarians|Centenarians|Octogenarians|Conf(?:\.|erence)?\s+R(?:oo)?m|"
    r"Fellows|Chiefs|Subj|Debrief|Agenda)\b\.?")
_STORM_BEFORE = lazy(r"\b(?:Hurricane|Tropical\s+Storm|Typhoon|Cyclone)\s+$")


# "our Dexcom study": a study's name
_STUDY_AFTER = lazy(r"\s+(?:study|trial|pilot|registry|substudy)\b")
_STUDY_BEFORE = gated(r"\b(?:our|the|a|an|this)\s+$", words=False)
_LINK_AFTER = lazy(r"\s*[:(]?\s*(?:https?://|www\.)|\.(?:gov|com|org|edu|net)\b")
_INNER_CAPITAL = lazy(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z])[A-Z][a-z]+[A-Z]")
# "Hmong patients' views", "the Tongan community": a people, not a person
_PEOPLE_AFTER = lazy(r"\s+(?:patients|people|community|communities|families|elders|speakers|"
                           r"population|culture|immigrants|refugees|diaspora)\b")
_HASHTAG_BEFORE = lazy(r"#$")
# "who is the best TAVR person in Fresno?": where the writer looks for a clinician or a program
_REFERRAL_BEFORE = gated(
    r"\b(?:best|good|great|go-to|top)\s+(?:[\w-]+\s+){0,2}?(?:person|doc|doctor|surgeon|"
    r"specialist|program|place|hospital|clinic)s?\s+(?:in|at|near|around)\s+$", words=False)


# "118 adults aged 65-89 from Orange Cove and Parlier", "96 clinics in Lemoore": a counted group
_COUNTED = gated(
    r"\b\d{2,}\s+(?:[\w-]+\s+){0,2}?(?:adults|participants|patients|residents|people|clinics|"
    r"respondents|subjects|children|veterans|households|farmworkers|women|men|hospitals|sites)\b",
    words=False)


_REACH = 300


def _clause_start(lower: str, sentence_start: int, pos: int) -> int:
    start = sentence_start
    for m in _CLAUSE_BREAK.finditer(lower, max(sentence_start, pos - _REACH), pos):
        start = m.end()
    return start


def _heads(text: str, start: int, floor: int) -> list[int]:
    """`start` and the starts of up to three capitalised words or initials just before it, so a
    cue before "Oliver Sacks" or "R.T. Vasquez" is read for "Sacks" too."""
    out = [start]
    pos = start
    for _ in range(3):
        m = re.search(r"(?:[A-Z][\w'\u2019-]*\.?|[A-Z]\.[A-Z]\.|['\"\u201c\u2018][A-Z][\w-]*"
                      r"['\"\u201d\u2019])\s+$", text[max(floor, pos - 30):pos])
        if m is None:
            break
        pos = max(floor, pos - 30) + m.start()
        out.append(pos)
    return out




_ROLE_LINE = lazy(rf"(?i:{ROLE_WORDS}|md|do|phd|mph|internal\s+medicine|pediatrics)\b")


def _signature_line(text: str, start: int, end: int) -> bool:
    """A line of a signature block: an institution's name, or under a line with a role."""
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
    if line_start == 0:
        return False
    line_end = text.find("\n", end, end + _REACH)
    line = text[line_start : line_end if line_end != -1 else end]
    previous = text[text.rfind("\n", max(0, line_start - _REACH), line_start - 1) + 1 : line_start]
    return INSTITUTION.search(line) is not None or _ROLE_LINE.search(previous) is not None


def prep_any(lower: str, heads: list[int]) -> bool:
    """Does a preposition of place stand before the candidate (or the name it ends)?"""
    return any(_PLACE_PREP.search(lower, max(0, h - 40), h) for h in heads)


def owner(text: str, lower: str, start: int, end: int, sentence: tuple[int, int],
          care: bool, place: bool) -> str:
    """The non-patient owner group of the candidate `start..end` ("" for none).

    `care`: the sentence tells of someone's care (the writer's and reader's own lives are then
    not read from the subject); `place`: the candidate stands where a place does."""
    # every look is bounded (`_REACH`), so a megabyte with no sentence end stays linear
    s_start = max(sentence[0], start - _REACH)
    clause = _clause_start(lower, s_start, start)
    between = lower[clause:start]
    someone = _SOMEONE.search(between) is not None
    heads = _heads(text, start, s_start)
    word = text[start:end]

    # the word itself
    if all(not_a_name_word(w) for w in re.split(r"[\s-]+", word) if w):
        return "title_word"  # "Jan-Dec 2024": months, days, no name
    if _TITLE_WORD.fullmatch(word) or _STORM_BEFORE.search(text, max(0, start - 20), start):
        return "title_word"
    if (_INNER_CAPITAL.match(word) or _HASHTAG_BEFORE.search(text, max(0, start - 1), start)
            or _LINK_AFTER.match(text, end)):
        return "product"

    if _STAMP_BEFORE.search(text, max(0, start - 40), start) and _SPEAKER_AFTER.match(text, end):
        return "chat_speaker"
    if _INSTITUTION_AFTER.match(text, end) or _PEOPLE_AFTER.match(text, end):
        return "institution"
    study = _STUDY_AFTER.match(text, end) and _STUDY_BEFORE.search(lower, max(0, start - 8), start)
    if study:
        return "product"
    if prep_any(lower, heads) and _COUNTED.search(lower, s_start, start):
        return "population"
    statistic = _STATISTIC.search(lower, start, min(sentence[1], end + _REACH))
    if (_POPULATION_OPENS.match(text, clause) and statistic) or _AGGREGATE_AFTER.match(text, end):
        return "population"
    if _SIGNATURE_NEXT.match(text, end) and _signature_line(text, start, end):
        return "signature"

    # the sender, where the correspondents met
    if any(_SENDER_BEFORE.search(lower, max(0, h - 30), h) for h in heads) or (
            _SENDER_AFTER.match(text, run_end(text, end))):
        return "sender"
    if _REFERRAL_BEFORE.search(lower, max(0, start - 60), start):
        return "met_place"
    if _MET_YOU_IN.search(lower, max(0, start - 50), start):
        return "met_place"

    # the writer's own life and people (the reader's, when "you" or "your" is the nearer)
    nearest = _LAST_OWNER.search(between)
    life = "reader_life" if nearest is not None and nearest.group().startswith("you") else (
        "writer_life")
    prep = prep_any(lower, heads)
    if not care and not someone:
        last = _LAST_PERSON.search(between)
        if last is not None and not _HIS_HER.search(between, last.start()):
            k = clause + last.start()
            if lower.startswith("you", k):
                if _READER_GOES.search(lower[k:start]):
                    return life
            elif any(writer_places.writer_goes(lower, k, h) for h in heads):
                return life
        if _NATIVE_AFTER.match(text, end) and last is not None:
            return life
        if last is not None and not lower.startswith("you", clause + last.start()) and (
                _WRITER_DOES.search(lower[clause + last.start() : start])):
            return life
        if _CAREER_SUBJECT.match(lower, clause) and prep:
            return life
        subject = _WRITER_SUBJECT.match(lower, clause)
        own_people = subject is not None and _KIN_WORD.search(between) is not None
        if subject and (own_people or not _HIS_HER.search(between)) and (
                prep or _SITE_OF.match(text, end)):
            return life
        if _OWN_LIFE_OPENS.match(lower, clause) and not _HIS_HER.search(between):
            return life
        if _READER_SUBJECT.match(lower, clause) and not _HIS_HER.search(between) and prep:
            return life
        if prep and re.search(r"\byour\s+(?:[\w'\u2019-]+\s+){0,6}?$", between):
            return life
        if prep and re.search(r"\b(?:my|our)\s+(?:[\w'\u2019-]+\s+){0,6}?$", between):
            return life
    if any(_OWN_PERSON_BEFORE.search(lower, max(0, h - 40), h) for h in heads) or (
            _KIN_WORD.match(word) and _OWN_BEFORE.search(lower, max(0, start - 8), start)):
        return "writer_family"
    if any(_OWN_BEFORE.search(lower, max(0, h - 8), h) for h in heads) and (
            _SITE_OF.match(text, end) or _OWN_THING_AFTER.match(text, end)):
        return "program_site"
    if _PLACE_WHERE.match(text, end):
        return "writer_life"

    if any(_SITE_BEFORE.search(lower, max(0, h - 50), h) for h in heads) or _HAS_SITE.match(
            text, end) or _ADDRESS_BEFORE.search(text, max(0, start - 50), start):
        return "program_site"
    if _LANGUAGE_BEFORE.search(lower, max(0, start - 20), start):
        return "language"
    # a social or working verb's object, who owns work or a life event, a line about them
    who = clause_roles.owner(text, lower, start, end, sentence[0]) if not someone else ""
    if who:
        return who
    who = person_owner(text, lower, start, end, heads, someone, not text[s_start:start].strip(
        " \t\n>*-\"'"))
    if who:
        return who
    who = thing_owner(text, lower, start, end, heads, someone, clause, s_start)
    if who:
        return who
    if _SITE_OF.match(text, end) and not someone:
        return "program_site"
    return ""
