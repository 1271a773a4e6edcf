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

from assistant.phi import kin, writer_places
from assistant.phi.name_words import INSTITUTION, not_a_name_word
from assistant.phi.roles import ROLE
from assistant.text.gated import gated

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
_CLAUSE_BREAK = re.compile(r"[:;]|\s[-\u2013\u2014]\s|,\s+(?:so|but|and|because|since|then)\s")
_OPEN = (r"[\s>*(\"'-]*(?:(?:update|news|so|and|also|btw|fyi|ps|but|plus|quick\s+update|oh)"
         r"\s*[:,!-]?\s+)?")
# The writer or the reader as the clause's subject, or their own people and things:
# "I'm", "we", "my parents", "our QI team", "you", "your move".
_WRITER_SUBJECT = re.compile(
    _OPEN + r"(?:i|we|i['\u2019](?:m|ll|ve|d)|we['\u2019](?:re|ll|ve|d)|my|our|me|us)\b")
_READER_SUBJECT = re.compile(_OPEN + r"(?:you|you['\u2019](?:re|ll|ve|d)|your)\b")
# A life told without its subject, as the writer tells their own: "Born in Oaxaca, raised in
# Orange Cove", "Heading to Brigham Thursday", "Spent the weekend hiking east of Squaw Valley".
_OWN_LIFE_OPENS = re.compile(
    _OPEN + r"(?:just\s+|finally\s+|also\s+)?(?:born|raised|grew\s+up|growing\s+up|moved|moving|"
    r"heading|headed|flying|driving|spent|spending|volunteering|visiting|interviewing|rotating|"
    r"relocating|relocated|joining|starting|proud\s+to\s+join|excited\s+to\s+(?:join|start)|"
    r"back\s+home|originally\s+from)\b")
# A place after a preposition (lower-cased text before the candidate)
_PLACE_PREP = gated(
    r"\b(?:in|at|from|to|near|into|outside|around|past|between|of|for|toward|towards)\s+"
    r"(?:the\s+)?(?:(?:[\w.'\u2019-]+\s+){1,3}?(?:and|or|&)\s+)?$", words=False)
# "your Coalinga rural rotation", "my Kampala elective": a program's site, named before it
_SITE_OF = re.compile(
    r"(?:\s+[A-Za-z][\w-]*){0,2}?\s+(?:rotation|elective|track|program|programme|partnership|"
    r"pathway|externship|sub-?i|campus|site|outreach|clinic\s+day|street-medicine)\b",
    re.IGNORECASE)
_OWN_THING_AFTER = re.compile(r"\s+(?:project|poster|abstract|paper|award|scholarship|team)\b")
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
_HAS_SITE = re.compile(
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
_SENDER_AFTER = re.compile(
    r"\s*[-\u2013\u2014:|]\s*(?:an?\s+)?(?:interest\s+in|introduction|intro|applicant|"
    r"application|prospective)\b", re.IGNORECASE)
# A writer or reader as the subject anywhere in the clause: "can I say I grew up in", "did you
# write it while you were at"
_LAST_PERSON = re.compile(r"\b(?:i|we|you)\b(?!.*\b(?:i|we|you)\b)", re.DOTALL)
_LAST_OWNER = re.compile(r"\b(?:i|we|my|our|you|your)\b(?!.*\b(?:i|we|my|our|you|your)\b)",
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
_POPULATION_OPENS = re.compile(
    _OPEN + r"(?:residents|people|patients|adults|children|families|veterans|farmworkers|"
    r"participants|households)\s+(?:of|from|in)\b", re.IGNORECASE)
_STATISTIC = gated(r"\b(?:rates?|percent|prevalence|incidence|median|mean|highest|lowest|data|"
                   r"proportion|share|most|%)", words=False)
_AGGREGATE_AFTER = re.compile(
    r"(?:\s*(?:,|and|&)\s*(?:and\s+)?[A-Z][\w'\u2019-]+)*\s+(?:account(?:ed|s)?\s+for|make\s+up|"
    r"made\s+up)\b")
# "moonlighting starts in August at Grady": a training's own place
_CAREER_SUBJECT = re.compile(
    _OPEN + r"(?:my\s+|our\s+|the\s+)?(?:[\w-]+\s+)?(?:moonlighting|residency|fellowship|"
    r"rotation|elective|orientation|interview|sub-?i|job|externship)\s+(?:starts|begins|is|was|"
    r"ends|will\s+be)\b", re.IGNORECASE)
# A signature block's line: short, then a line with an e-mail or a phone
_SIGNATURE_NEXT = re.compile(r"[^\n]{0,40}\n[^\n]*(?:@|\d{3}[-.\s]\d{3}[-.\s]\d{4})")
_ADDRESS_BEFORE = re.compile(r"\b\d{2,5}\s+(?:[A-Z][\w'\u2019-]*\.?\s*){1,4},\s*$")
_NATIVE_AFTER = re.compile(r"\s+(?:native|local|born\s+and\s+raised|transplant)\b")
_LANGUAGE_BEFORE = gated(r"\b(?:speaks?|spoke|speaking|fluent\s+in|translat\w+\s+(?:into|to))\s+$",
                         words=False)
_VENUE_IS_AT = gated(
    r"\b(?:clinic|hospital|office|program|center|centre|campus|meeting|event|dinner|party|"
    r"lunch|session)\s+(?:is|was|will\s+be)\s+(?:at|in|on)\s+(?:the\s+)?"
    r"(?:[a-z][\w'\u2019-]*\s+(?:and|&)\s+)?$", words=False)
_PLACE_WHERE = re.compile(r"\s+(?:is|was)\s+where\s+(?:i|we|you|my|our)\b", re.IGNORECASE)

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
_KIN_WORD = re.compile(rf"(?i:{_KIN})\b")

# A role after the name, set off as an apposition: "Tamar, our PGY-3,", "Kaur and Adeyemi
# (PGY-3s)", "(Priya, QI)", "Esther Lam, nurse manager", "Rita (chief res)", "Kwabena Mensah, a
# PGY-3", "Anneliese and Gunther, my co-interns"; or a description that places them in the
# writer's group: "Lena, the new one in our research group", "Marcus, the quiet guy from my
# intern class"; or who they are by what they did: "Sam Ortiz, the Army veteran who spoke at
# our grand rounds".
_ROLE_WORDS = (rf"(?:{ROLE}|coach(?:es)?|pgy-?\d+s?|ms-?[1-4]s?|chiefs?(?:\s+res(?:ident)?s?)?|"
               r"qi|co-?fellows?|co-?authors?|teammates?|employees?|volunteers?|owners?|organi[sz]ers?|hosts?)")
# "Fishbone (Priya, QI)": an agenda item with the person who owns it in parentheses
_ITEM_OWNER_AFTER = re.compile(
    r"\s*\(\s*(?:Dr\.?\s+)?[A-Z][\w'\u2019-]+\s*,\s*(?:[\w-]+\s+)?(?i:" + _ROLE_WORDS
    + r")\s*\)")
_LIST_TAIL = r"(?:\s*(?:,|and|&)\s*(?:and\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)*"
_ROLE_APPOSITION = re.compile(
    _LIST_TAIL + r"(?:\s*[,(]|\s+[-\u2013\u2014])\s*(?:(?:our|my|your|the|a|an|his|her)\s+)?"
    r"(?:(?:new|other|former|current|fellow|own|incoming|outgoing|senior|junior|rockstar|star|"
    r"amazing|favou?rite|lead|head|unit|night|day|charge|research|clinic|program|ward|icu|ed|"
    r"wards|floor|\d+\s*\w+)\s+){0,3}(?:" + _ROLE_WORDS + r"|[\w-]+\s+on\s+call)\b",
    re.IGNORECASE)
_GROUP_APPOSITION = re.compile(
    _LIST_TAIL + r"\s*[,(]\s*(?:the|a|an)\s+[^,.;!?\n]{0,40}?\b(?:in|from|of|on)\s+"
    r"(?:our|my|your)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:class|cohort|group|lab|team|program|year|residency|class\s+year)\b"
    r"|" + _LIST_TAIL + r"\s*,\s*(?:the|a|an)\s+[^,.;!?\n]{0,40}?\bwho\s+(?:now\s+|also\s+)?"
    r"(?:spoke|speaks|leads|led|runs|ran|gave|gives|teaches|taught|organi[sz]es|organi[sz]ed|"
    r"directs|founded|chairs|presented|asked|wrote|coaches)\b", re.IGNORECASE)
# "..., is my co-resident", "... was an amazing mentor", "Rosa has been a nurse on 5 West"
_ROLE_PREDICATE = re.compile(
    _LIST_TAIL + r"(?:\s*,[^,.;!?\n]{1,60},)?"
    r"(?:\s+(?:on|in|from)\s+the\s+[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:still\s+|now\s+|also\s+)?"
    r"(?:(?:my|our|your|the|a|an)\s+)(?:(?:new|amazing|great|incredible|best|other|former|"
    r"current|favou?rite)\s+)*" + _ROLE_WORDS + r"\b(?!\s+(?:for|at)\b)", re.IGNORECASE)
# A role before the name: "health coaches (Lupe and Ana)", "our new chief residents are Nia,
# Omar, and Beatriz", "Our PD, Hope Nakashima,", "employee Delphine Marchand", "Our chaplain,
# Sister Perpetua", "Action item owner: Esther Lam"
_ROLE_BEFORE = gated(
    rf"\b{_ROLE_WORDS}(?:\s*(?:\(|:|,|\s+(?:are|is|were|was))\s*"
    r"(?:(?:[a-z]+\.?\s+)?[a-z][\w'\u2019-]*\s*(?:,|and|&)\s*(?:and\s+)?){0,4}|\s+)"
    r"(?:(?:sister|brother|father|fr\.?|mother|rev\.?|pastor|rabbi|imam)\s+)?$", words=False)
# Who acts as a colleague: the agent of a verb a trainee or clinician does for work, to the
# writer or the reader ("Lucia will present it", "Kwame mentioned you", "Marisol co-authored
# the poster", "Ignatius fixed the order set"), not a patient presenting with a complaint.
_COLLEAGUE_ACTS = re.compile(
    _LIST_TAIL + r"(?:\s*\([^()\n]{1,30}\))?(?:\s+(?:from|in|on|at)\s+(?:the\s+)?[\w&'\u2019/-]+"
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
    r"session|sim))\b", re.IGNORECASE)
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
_SOCIAL_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:and\s+(?:i|me)\b|i\s+said\b|and\s+the\s+rest\s+of\b|"
    r"for\s+(?:editing|reviewing|the\s+photo|the\s+slides|proofreading|help(?:ing)?\s+with))",
    re.IGNORECASE)
# Addressed: "Esperanza, thank you for your mentorship", "Aurelio, thank you for ..."
_ADDRESSED_AFTER = re.compile(
    r"\s*,\s*(?:thank|thanks|thx|congrats|congratulations|welcome|hope|i\s+(?:hope|wanted|just|"
    r"am|was)|it\s+was\s+(?:great|nice|lovely)|great\s+(?:to|meeting|seeing))\b", re.IGNORECASE)
# A staff member named with the service they work in: "Gwendolyn from scheduling", "Ignatius
# from 5W pharmacy", "Marisol and Frank from the ICU nursing team", "Osei in biomed", "Big Tony
# from the cafeteria", "Farida Haidari from our class"
_STAFF_OF = re.compile(
    _LIST_TAIL + r"\s+(?:from|in|of|on)\s+(?:the\s+)?(?:(?:our|my|your)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:class|cohort|group|lab|team|program|residency|fellowship|department|service)|(?:[\w/-]+\s+){0,2}?(?:pharmacy|"
    r"scheduling|nursing|biomed|admin|administration|transport|cafeteria|security|library|"
    r"front\s+desk|office|(?:nursing|research|qi|sim|it|hr)\s+team|department|dept|it|hr|"
    r"registration|billing|chaplaincy|facilities|housekeeping|dietary|lab|research\s+group|"
    r"(?:renal|cardiology|gi|id|palliative|consult)\s+(?:consult\s+)?service))\b"
    r"|\s*\((?:the\s+)?(?:[\w-]+\s+)?(?:center|centre|lab|office|pharmacy|library|desk|it|hr)\)",
    re.IGNORECASE)
# A title of office or rank, a storm, a clergy title: the word itself is no one's name here
# "[Mon 3:45 PM] Lucinda: reminder ...": who speaks in a pasted chat
_STAMP_BEFORE = re.compile(r"(?:^|\n)[ \t]*\[[^\]\n]{1,30}\][ \t]*$")
_SPEAKER_AFTER = re.compile(r"[ \t]*:")
# "the Midwest Critical Care Forum", "Northgate VA", "Cedar Valley Regional": part of the name of
# an institution or an event
_INSTITUTION_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'\u2019&-]+){0,4}?\s+(?:Forum|Conference|Meeting|Summit|Congress|Symposium|"
    r"Society|Association|Academy|College|University|Hospital|Medical|Health|Healthcare|Clinic|"
    r"Center|Centre|Institute|Foundation|Regional|Memorial|VA|VAMC|School|Residency|Fellowship)\b")
_TITLE_WORD = re.compile(
    r"(?:Sgt|Capt|Col|Lt|Maj|Gen|Cpl|Officer|Discussant|Moderator|Attendings|Residents|Interns|"
    r"Nonagenarians|Centenarians|Octogenarians|Conf(?:\.|erence)?\s+R(?:oo)?m|"
    r"Fellows|Chiefs|Subj|Debrief|Agenda)\b\.?")
_TITLE_BEFORE = gated(r"\b(?:dr|drs|prof|professor)\.?\s+$", words=False)
_STORM_BEFORE = re.compile(r"\b(?:Hurricane|Tropical\s+Storm|Typhoon|Cyclone)\s+$")

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
_TITLE_THEN_AUTHOR = re.compile(r"\s+by\s+(?:Dr\.?\s+)?[A-Z][\w'\u2019-]+(?!\s+(?:Monday|Tuesday|"
                                r"Wednesday|Thursday|Friday|Saturday|Sunday|noon|then)\b)")
_AUTHOR_AFTER = re.compile(
    _LIST_TAIL + r"(?:\s+et\s+al\.?)?\s+(?:showed|shows|reported|found|described|demonstrated|"
    r"argued|proposed|wrote|published|pioneered)\s+(?:in\s+(?:(?:their|his|her|a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:[A-Z]{3,}|(?:19|20)\d\d|(?i:paper|study|trial|review|article|journal|"
    r"book|cohort|series))|how|the\s+first)\b"
    r"|" + _LIST_TAIL + r"\s*,\s*(?:19|20)\d\d\s*\)"
    r"|(?:['\u2019]s?)\s+(?:(?:original|famous|classic|first|new|old|landmark|seminal)\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+){1,5}(?=[A-Z]?[a-z]*\b)|(?:[\w-]+\s+)?(?:memoir|book|novel|essays?|"
    r"notebooks?|charts?|stages|model|work|checklists?|theory|principles?|laws?|writings?|"
    r"lectures?|speech|keynote|legacy|method|triad|criteria|rule))"
    r"|\s+(?:would\s+be\s+(?:proud|horrified|appalled|amazed)|once\s+said|famously)\b"
    r"|(?:['\u2019]s)?\s+(?:grant|r01|k23|protocol)\b"
    r"|['\u2019]s\s+(?:Manual|Guide|Handbook|Atlas|Textbook)\b"
    r"|\s+(?:documentary|film|movie|novel|podcast|memoir)\b")

# Events, venues and sites: "the workshop on March 2nd in Sacramento", "your talk on valley fever
# in Orosi", "(Fresno, April 2026)", "Congress, Feb 2-4, Orlando", "SGIM is Apr 22-25 in Orlando",
# "Hotel Nikko", "the Huron Room", "Coffee at Peet's", "lunch from Panera", "the Greyhound
# station", "the Fresno Heart Walk", "Heritage Oaks volunteer day"
_EVENT = (r"(?:meeting|conference|congress|symposium|summit|converge|chapter|sessions?|week|"
          r"retreat|course|workshop|forum|assembly|talk|lecture|panel|fair|walk|booth|gala|"
          r"dinner|keynote|webinar|grand\s+rounds|invitation|screening|hike|interview|visit|"
          # the same in Spanish: "la conferencia el 3 de mayo en Fresno", "charlas ... en"
          r"conferencia|reuni\u00f3n|reunion|charlas?|taller|sesi\u00f3n|feria)")
_EVENT_NEAR_BEFORE = gated(
    rf"\b{_EVENT}\b(?:\s+(?!(?:with|for|of)\b)[^\s.;!?]+){{0,6}}?\s+(?:in|at|en)\s+(?:the\s+)?$",
    words=False)
_EVENT_SUBJECT = re.compile(
    _OPEN + r"(?:the\s+)?(?:[A-Z][A-Za-z&-]*\s+){0,4}?(?:[A-Z]{3,}|(?i:" + _EVENT + r"))"
    r"(?:\s+\d{4})?\s+(?:is|runs|will\s+be|was|takes\s+place|starts)\b")
_EVENT_LINE = gated(rf"\b(?:{_EVENT}|presented\s+at|accepted\s+(?:at|for|to))\b", words=False)
_SET_OFF_BEFORE = re.compile(r"(?:,|\(|\s[-\u2013\u2014])\s*$")
_SET_OFF_AFTER = re.compile(r"(?:\s+[A-Z][\w'\u2019-]+)?\s*(?:,|\)|\.?\s*$|\s[-\u2013\u2014]\s)")
_VENUE_BEFORE = gated(
    r"(?:\b(?:hotel|inn|cafe|caf\u00e9|restaurant|camp|park|stadium)\s+"
    r"|\b(?:building|campus|office|garage|parking\s+lot)\s+on\s+"
    r"|\b(?:coffee|lunch|dinner|breakfast|brunch|drinks|food|tacos|pizza|recommendations?|"
    r"parking|park|garage)\s+(?:\w+\s+){0,2}?(?:at|from|near|on|off)\s+(?:the\s+)?)$", words=False)
_VENUE_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:\s+[A-Z][\w'\u2019-]+){0,3}\s+(?:Room|Hall|Ballroom|Auditorium|Suite|"
    r"station|Station|IRB|Home|Veterans\s+Home|SNF|LTAC|volunteer\s+day|Heart\s+Walk|walk|run|5k|"
    r"(?:hike|hiking|trail)\b|partnership)\b")
# Goods and organisations: "Lasix and Zosyn shortages", "Ozempic and Mounjaro access", "Zofran
# and Reglan both back-ordered", "Humana's value-based care pilot", "Cochrane reviews", "the
# Lancet Commission", "a consultant for Abbott", "pacemaker (Medtronic)", "our Zoom: https://..."
_GOODS_AFTER = re.compile(
    _LIST_TAIL + r"(?:['\u2019]s)?\s+(?:(?:both|all|are|is|were|was|again)\s+)*"
    r"(?:[\w-]+\s+){0,3}?(?:shortages?|back-?ordered|access|coverage|formulary|prior\s+auths?|"
    r"logins?|reminders|supply|recalls?|pricing|reviews|commission|pilot|initiative|"
    r"collaboration|consortium|guidelines)\b", re.IGNORECASE)
_MAKER_BEFORE = gated(
    r"(?:\b(?:consultant|advisor|speaker)\s+for|\bprior\s+auths?\s+(?:for|on)|\bsponsored\s+by|\bfunded\s+by|\bgrant\s+from|"
    r"\b(?:pacemaker|device|pump|monitor|stent|valve|catheter|system|generator)\s*\()\s*$",
    words=False)
# "Eliquis was held for the procedure", "our Dexcom study": a drug given or held, a study's name
_DRUG_AFTER = re.compile(r"\s+(?:was|were|is|got)\s+(?:held|restarted|resumed|discontinued|"
                         r"titrated|tapered|back-?ordered)\b")
_STUDY_AFTER = re.compile(r"\s+(?:study|trial|pilot|registry|substudy)\b")
_STUDY_BEFORE = gated(r"\b(?:our|the|a|an|this)\s+$", words=False)
# "Staphylococcus lugdunensis", "Clostridioides difficile": a genus before its species
_SPECIES_AFTER = re.compile(
    r"\s+[a-z]{3,}(?:ensis|ae|ii|us|um|ans|ens|ilis|ile|icus|ica|oides|atus|ata|alis|aris|ella|"
    r"inum|ium|es)\b")
_LINK_AFTER = re.compile(r"\s*[:(]?\s*(?:https?://|www\.)|\.(?:gov|com|org|edu|net)\b")
_INNER_CAPITAL = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z])[A-Z][a-z]+[A-Z]")
# "Hmong patients' views", "the Tongan community": a people, not a person
_PEOPLE_AFTER = re.compile(r"\s+(?:patients|people|community|communities|families|elders|speakers|"
                           r"population|culture|immigrants|refugees|diaspora)\b")
_HASHTAG_BEFORE = re.compile(r"#$")
# "Patients with Parkinson's were excluded": a disease named by its eponym alone
_EPONYM_DISEASE = re.compile(r"['\u2019]s\b(?!\s+(?!(?:were|was|are|is|and|or|had|have)\b)[a-z])")
# "who is the best TAVR person in Fresno?": where the writer looks for a clinician or a program
_REFERRAL_BEFORE = gated(
    r"\b(?:best|good|great|go-to|top)\s+(?:[\w-]+\s+){0,2}?(?:person|doc|doctor|surgeon|"
    r"specialist|program|place|hospital|clinic)s?\s+(?:in|at|near|around)\s+$", words=False)
_WITH_BEFORE = gated(r"\b(?:with|has|had|of|for)\s+$", words=False)


# "118 adults aged 65-89 from Orange Cove and Parlier", "96 clinics in Lemoore": a counted group
_COUNTED = gated(
    r"\b\d{2,}\s+(?:[\w-]+\s+){0,2}?(?:adults|participants|patients|residents|people|clinics|"
    r"respondents|subjects|children|veterans|households|farmworkers|women|men|hospitals|sites)\b",
    words=False)


def _clause_start(lower: str, sentence_start: int, pos: int) -> int:
    start = sentence_start
    for m in _CLAUSE_BREAK.finditer(lower, sentence_start, pos):
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


_NAME_RUN = re.compile(
    r"['\"\u201d\u2019]?(?:\s+(?:['\"\u201c\u2018][A-Z][\w-]*['\"\u201d\u2019]|[A-Z][\w'\u2019-]+)){1,3}")


def _run_end(text: str, end: int) -> int:
    """Past a nickname and the rest of a name: "Robert 'Bobby' Tsosie"."""
    m = _NAME_RUN.match(text[end : end + 60])
    return end + m.end() if m else end


_CREDENTIALS_AFTER = re.compile(r",?\s+(?:MD|DO|RN|NP|PA-C|PhD|PharmD|MPH|MSN|FACP|FAAP)\b")


_ROLE_LINE = re.compile(rf"(?i:{_ROLE_WORDS}|md|do|phd|mph|internal\s+medicine|pediatrics)\b")


def _signature_line(text: str, start: int, end: int) -> bool:
    """A line of a signature block: an institution's name, or under a line with a role."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return False
    line = text[line_start : text.find("\n", end) if "\n" in text[end:] else len(text)]
    previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start]
    return INSTITUTION.search(line) is not None or _ROLE_LINE.search(previous) is not None


def prep_any(lower: str, heads: list[int]) -> bool:
    """Does a preposition of place stand before the candidate (or the name it ends)?"""
    return any(_PLACE_PREP.search(lower, max(0, h - 40), h) for h in heads)


def owner(text: str, lower: str, start: int, end: int, sentence: tuple[int, int],
          care: bool, place: bool) -> str:
    """The non-patient owner group of the candidate `start..end` ("" for none).

    `care`: the sentence tells of someone's care (the writer's and reader's own lives are then
    not read from the subject); `place`: the candidate stands where a place does."""
    s_start = sentence[0]
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
    if _SPECIES_AFTER.match(text, end) or _DRUG_AFTER.match(text, end) or study:
        return "product"
    if prep_any(lower, heads) and _COUNTED.search(lower, s_start, start):
        return "population"
    if (_POPULATION_OPENS.match(text, clause) and _STATISTIC.search(lower, start, sentence[1])) or (
            _AGGREGATE_AFTER.match(text, end)):
        return "population"
    if _SIGNATURE_NEXT.match(text, end) and _signature_line(text, start, end):
        return "signature"

    # the sender, where the correspondents met
    if any(_SENDER_BEFORE.search(lower, max(0, h - 30), h) for h in heads) or (
            _SENDER_AFTER.match(text, _run_end(text, end))):
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
    if _ITEM_OWNER_AFTER.match(text, end):
        return "agenda_item"

    # colleagues by role, apposition or what they do
    tail = _run_end(text, end)
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
            or (start == s_start and _ADDRESSED_AFTER.match(text, end))):
        return "correspondent_social"

    # authors and their works
    if (any(_AUTHOR_BEFORE.search(lower, max(0, h - 50), h) for h in heads)
            or _AUTHOR_AFTER.match(text, end) or _TITLE_THEN_AUTHOR.match(text, end)):
        return "author"

    # events, venues, sites
    if _EVENT_NEAR_BEFORE.search(lower, max(0, start - 70), start) and not someone:
        return "event"
    if _EVENT_SUBJECT.match(text, clause) and _PLACE_PREP.search(lower, max(0, start - 14), start):
        return "event"
    if (_SET_OFF_BEFORE.search(text, max(0, start - 3), start) and _SET_OFF_AFTER.match(text, end)
            and _EVENT_LINE.search(lower, s_start, start)):
        return "event"
    if any(_VENUE_BEFORE.search(lower, max(0, h - 40), h) or _VENUE_IS_AT.search(
            lower, max(0, h - 60), h) for h in heads) or _VENUE_AFTER.match(text, end):
        return "venue"
    if _SITE_OF.match(text, end) and not someone:
        return "program_site"

    # goods and organisations, a disease by its eponym
    if _GOODS_AFTER.match(text, end) or _MAKER_BEFORE.search(lower, max(0, start - 30), start):
        return "product"
    if _WITH_BEFORE.search(lower, max(0, start - 8), start) and _EPONYM_DISEASE.match(text, end):
        return "eponym"
    return ""
