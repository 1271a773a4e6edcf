"""The `grammar` check: sentences that a careful resident would not send, in drafts and in the
resident's own edits alike.

- the reader in the third person: "his tip", "she said", or the contact's own name in the body
  (outside the greeting and quoted text) of a message to that contact;
- a deferred or self-referential ask: "I'll ask if you ...", "Would you be willing to ask ...";
- a broken frame: a modal after "to" ("look forward to will ..."), "I'll will";
- a lowercase "i", or a sentence that starts in lowercase;
- a role missing its noun: "I'm a PGY-3 pediatrics at ...";
- a doubled word: "the the";
- a dropped apostrophe ("im", "Dont", "youre", "its" where "it is" is meant);
- a word-for-word confusion ("could of", "your the", "their was", "for you advice") or a
  common misspelling ("definately", "greatful": `lexicon_spelling.py`, sourced);
- a verb form its subject or frame does not take: "I has", "I seen", "look forward to hear",
  "I am interesting in".
(A stretched word, "sooo", is casual register: the slang check's.)

Severity warning: each finding says what to change. Pronouns are only read as the reader when
the message names no other person before them, so "my patient ... her" or "Dr. Ito ... his" in a
message to someone else stays silent. Standard library only (the cold path of `outreach check`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.checks.base import Context, quote
from assistant.checks.lexicon_spelling import MISSPELLINGS
from assistant.checks.lexicons import PERSONS
from assistant.checks.text import QUOTATION_RE
from assistant.checks.wordlist import COMMON_WORDS
from assistant.text.names import name_fold
from assistant.text.patterns import lazy
from assistant.text.sentences import is_abbreviation, opens_sentence
from assistant.text.words import lower_ascii

if TYPE_CHECKING:
    from assistant.models import DraftRequest

# Each alternative opens with its letter, the look-behind after it (the engine skips ahead in C).
# Both run on the lower-cased content (same offsets): without IGNORECASE they are several
# times faster.
_PRONOUN = lazy(r"(h(?<![\w'’-]h)(?:e|is|er|im|ers|imself|erself)|s(?<![\w'’-]s)he)"
                      r"(?![\w'’-])")
_SECOND = {"he": "you", "she": "you", "his": "your", "her": "your", "him": "you",
           "hers": "yours", "himself": "yourself", "herself": "yourself"}
# A person other than the reader, whom a pronoun may stand for: a titled name ("Dr. Lee"), an
# untitled full name ("Ama Owusu": two capitalised words that are not everyday words), a noun
# for a person (lexicons.PERSONS: "my co-resident", "reviewer 2", "the patient") or a person
# described by age ("a 45-year-old").
_TITLED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[A-Z][\w'’-]+")
_CAPITALISED = "A-ZÀ-ÖØ-ÞĀ-Ž"
_FULL_NAME = re.compile(  # the look-behind after the first letter: the engine skips ahead in C
    rf"[{_CAPITALISED}](?<![\w'’-].)[\w'’-]+[ \t]+[{_CAPITALISED}][\w'’-]+")
_CAPITALISED_WORD = lazy(rf"[{_CAPITALISED}](?<![\w'’-].)[\w'’-]*")
_AGED = re.compile(r"\b\d{1,3}[- ](?:year|yr|month|week|day)s?[- ]old\b|\b\d{1,3} ?(?:yo|y/o)\b")
_DEFERRED = lazy(
    r"\b(?:I['’]ll|I\s+will|I\s+am\s+going\s+to|I['’]m\s+going\s+to|I\s+plan\s+to)\s+ask\s+"
    r"(?:you\s+)?(?:if|whether|about)\b"
    r"|\b(?:willing|open|able|happy)\s+to\s+ask(?:ing)?\s+(?:if|whether|about|him|her|you)\b",
    re.IGNORECASE)
_BROKEN_FRAME = lazy(
    r"\b(?:forward|willing|able|open|hoping|want|like|love)\s+to\s+(?:will|would|can|could|shall|"
    r"should|must|may|might|I|I['’]ll|I['’]m)\b"
    r"|\bI['’]ll\s+will\b|\bI\s+will\s+(?:will|I['’]ll)\b|\byou\s+you\b(?!['’])",
)
_LOWER_I = lazy(r"i(?<![\w.'’(/-]i)(?=['’](?:m|ll|ve|d)\b|\s+[a-z])")
# the cheap test (on lower-case text) before the scan
_ROLE_CUE = lazy(r"(?:pgy|ms)-?\d|(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th)-year")
_YEAR = r"(?:(?:PGY|MS)-?\d|(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th)-year)"
# A word of a specialty's name before its head: not a preposition or a verb ("a PGY-2 on
# surgery", "a PGY-3 starting cardiology" are whole phrases); "and" joins two names
# ("obstetrics and gynecology", "physical medicine and rehabilitation").
_SPECIALTY_WORD = (
    r"(?:(?!(?:in|at|of|with|for|on|to|into|through|from|during|after|before|like|as)\b)"
    r"(?![a-z]+(?:ing|ed)\b)[a-z]+\s+)"
)
_ROLE_NO_NOUN = lazy(
    # "I'm a PGY-3 pediatrics at", "I'm Maria Gomez, a PGY-2 internal medicine at"
    r"\b(?:I['’]m|I\s+am|as)(?:\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},)?\s+(?:(?:a|an)\s+)?"
    r"(" + _YEAR + r"\s+" + _SPECIALTY_WORD + r"{0,3}"
    r"(?:medicine|pediatrics|surgery|psychiatry|neurology|radiology|pathology|anesthesiology|"
    r"anesthesia|dermatology|ophthalmology|urology|cardiology|oncology|obstetrics|gynecology|"
    r"rehabilitation|otolaryngology|orthopedics|ob-?gyn|ob/gyn|med-peds))"
    # ends the phrase; "and" ends it unless the name goes on to its noun ("obstetrics and
    # gynecology trainee")
    r"(?=\s*(?:[.,;!?]|$|\s+(?:at|in|from|with)\b|\s+and\b(?!(?:\s+[a-z]+){1,3}\s+(?:resident|"
    r"intern|trainee|fellow|physician|doctor|student|house[ \t]+officer)s?\b)))", re.IGNORECASE)
_DOUBLED = lazy(r"(?<![\w'’-])([a-z]+)\s+\1(?![\w'’-])")
# Words English lets stand twice, each copy in its own role: "that that" (conjunction and
# determiner), "had had", "do do" (emphatic auxiliary and verb), "her her" (object and
# possessive), "is is" (a pseudo-cleft); and repetitions for emphasis ("very very", "again and").
_DOUBLE_OK = {"that", "had", "do", "her", "is", "very", "so", "bye", "no", "ha", "knock",
              "many", "far", "more", "long", "again", "really", "step", "day"}
_MID_SENTENCE = lazy(r"\b[a-z]+\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?:[A-Z][\w'’-]*\s+)?$")
_APOSTROPHE = {"im": "I'm", "ive": "I've", "dont": "don't", "didnt": "didn't", "thats": "that's",
               "youre": "you're", "isnt": "isn't", "wasnt": "wasn't", "couldnt": "couldn't",
               "wouldnt": "wouldn't", "doesnt": "doesn't", "shouldnt": "shouldn't",
               "havent": "haven't", "arent": "aren't", "theyre": "they're", "theres": "there's",
               "whats": "what's", "heres": "here's", "hasnt": "hasn't", "werent": "weren't",
               "wouldve": "would've", "couldve": "could've", "shouldve": "should've"}
# Lower case anywhere, or Capitalised ("Im grateful", "Dont worry").
_NO_APOSTROPHE = lazy(r"(?<![\w'’@./-])(" + "|".join(
    (*_APOSTROPHE, *(k.capitalize() for k in _APOSTROPHE))) + r")(?![\w'’@-])")
# "id" is "I'd" only before a verb it takes ("id love to connect"); else it is ID.
_ID_RE = lazy(r"(?<![\w'’@./-])id(?= (?:love|luv|like|be|appreciate|welcome|want|enjoy|"
                    r"rather|value)\b)")
# "ill" is "I'll" only before a verb ("ill be using it", "ill send the slides"); else it is ill.
_ILL_RE = lazy(r"(?<![\w'’@./-])[Ii]ll(?= (?:be|have|send|email|reach|follow|let|keep|"
                     r"see|try|make|get|call|text|bring|share|look|need|probably|definitely|"
                     r"def|prob)\b)")
# "wont" and "cant" are words of their own ("as was her wont"), but before a verb they are
# "won't" and "can't" ("linkedin wont let me", "cant wait"): a word follows that is not "to"
# (idiomatic "wont to") nor a conjunction, and no possessive or article comes before.
_NOT_RE = lazy(r"(?<![\w'’@./-])([Ww]o|[Cc]a)nt(?= (?!(?:to|of|and|or|but)\b)[a-z])")
# "a" before a vowel sound ("a intern", "a elective"): "an". Only lowercase words opening with a,
# e, i or o (a "u" may sound as "you": "a university"; "one", "once", "eu-" open with a
# consonant sound), never a letter or an acronym ("a A1c", "Plan A").
_A_AN = lazy(r"(?:(?<![\w'’.-])(a)|(?:^|(?<=[.!?]\s))(A)) (?=(?:[aio]|e(?!u))[a-z]+\b)"
                   r"(?!one\b|once\b|ones\b)", re.MULTILINE)
# "discuss about", "discussed about": a second language's preposition after a verb that takes
# its object directly.
_DISCUSS_ABOUT = lazy(r"\b(discuss(?:ed|ing)?) about\b", re.IGNORECASE)
_NOT_NOUN = lazy(r"\b(?:his|her|their|its|my|your|our|the|a|this|that)\s+$",
                       re.IGNORECASE)
# Word-for-word confusions a spell-checker cannot see: "could of" (could have), "your the"
# (you're), "their was" (there), "for you advice" (your). Each: (the confused word, what must
# come before it, the pattern from the word on, the correction). The patterns run on the
# lower-cased content and open with the word itself, so the engine skips ahead to it; the
# context before it is checked at each match.
_CONFUSIONS: tuple[tuple[str, re.Pattern[str], re.Pattern[str], str], ...] = (
    ("of", re.compile(r"\b(?:could|would|should|must|might)[ \t]+$"),
     re.compile(r"(o(?<![\w'’-]o)f)\b"), "have"),
    ("your", re.compile(r""),
     re.compile(r"(y(?<![\w'’-]y)our)[ \t]+(?:the|so|too|a|an|welcome(?=[ \t]*(?:[.,!]|$)))"
                r"(?![\w'’-])", re.MULTILINE), "you're"),
    ("their", re.compile(r"(?:^|[.!?\n])[ \t]*$"),
     re.compile(r"(t(?<![\w'’-]t)heir)[ \t]+(?:is|was|are|were|will|has|have|had)\b"), "there"),
    ("you", re.compile(r"\b(?:for|on|about|with|of|to|from|by|and)[ \t]+$"),
     re.compile(r"(y(?<![\w'’-]y)ou)[ \t]+(?:time|advice|help|feedback|support|guidance|"
                r"input|insights?|talk|work|paper|research|lab|team|program|mentorship|"
                r"generosity|kindness|patience|email|message|comments?|suggestions?|"
                r"presentation|session|lecture|letter|edits)\b"), "your"),
)
# A verb form its subject or frame does not take: "I has", "I is" (not "Phase I is"), "I seen",
# "look forward to hear" (to + -ing), "I am interesting in" (the experiencer's -ed). Each:
# (a word the message must hold, the pattern on the lower-cased content, opening with its
# first letter; group 1 is replaced by its entry in the map).
# Keys are written with a straight apostrophe; a curly one in the message is kept in the fix.
_I_VERB = {"has": "have", "is": "am", "does": "do", "hasn't": "haven't", "isn't": "am not",
           "doesn't": "don't", "seen": "saw", "done": "did"}
_TO_ING = {"hear": "hearing", "meet": "meeting", "see": "seeing", "speak": "speaking",
           "talk": "talking", "connect": "connecting", "learn": "learning",
           "receive": "receiving", "discuss": "discussing", "chat": "chatting",
           "join": "joining", "collaborate": "collaborating", "read": "reading"}
_EXPERIENCER = {"interesting": "interested", "exciting": "excited"}
_FORMS: tuple[tuple[str, re.Pattern[str], dict[str, str]], ...] = (
    ("i", re.compile(r"i(?<![\w'’.-]i)[ \t]+(has|is|does|hasn['’]t|isn['’]t|doesn['’]t|seen|done)"
                     r"(?![\w'’-])"), _I_VERB),
    ("forward", re.compile(r"forward(?<![\w'’-]forward)[ \t]+to[ \t]+(" + "|".join(_TO_ING)
                           + r")(?![\w'’-])"), _TO_ING),
    ("interesting", re.compile(r"i(?<![\w'’-]i)(?:['’]m|[ \t]+am|[ \t]+was)[ \t]+"
                               r"(?:(?:very|really|so|particularly|especially|most|deeply|quite)"
                               r"[ \t]+)?(interesting)[ \t]+(?:in|about)\b"), _EXPERIENCER),
    ("exciting", re.compile(r"i(?<![\w'’-]i)(?:['’]m|[ \t]+am|[ \t]+was)[ \t]+"
                            r"(?:(?:very|really|so|particularly|especially|most|deeply|quite)"
                            r"[ \t]+)?(exciting)[ \t]+(?:to|about|for)\b"), _EXPERIENCER),
)
_CLAUSE_WORDS = frozenset({"and", "but", "so", "because", "that", "when", "if", "since", "as",
                           "then", "which", "where", "after", "before", "while", "now"})


def _pronoun_i(content: str, pos: int) -> bool:
    """The capital "I" at `pos` is the pronoun: it opens a clause or follows a lower-case word;
    after a capitalised word mid-sentence it is a numeral ("Phase I is", "Type I has")."""
    if content[pos] != "I":
        return False
    before = content[max(0, pos - 30):pos].rstrip(" \t")
    if not before or before[-1] in ".!?,;:\n(—–-":
        return True
    prev = before.split()[-1]
    return prev.lower() in _CLAUSE_WORDS or prev.islower()


# "its" is a possessive: a noun phrase follows it ("its funding", "its first year"). Before a
# word that cannot open a noun phrase (a determiner, a participle of "be", a negation, an
# adverb of degree), "its" is "it's" without its apostrophe: "Its my dream", "its been".
_ITS_FOR_IT_IS = lazy(
    r"(?<![\w'’@./-])([Ii]ts)[ \t]+(?=(?:a|an|the|my|your|our|his|her|their|this|that|been|"
    r"being|not|going|gonna|getting|so|very|really|just|also|always|never|ok|okay|fine|true|"
    r"too|such|hard|important|great|nice|time[ \t]+to|about[ \t]+time|due|done|ready|still|"
    r"here|there|late|now)\b)")
_WORD = lazy(r"[^\W\d_][\w'’-]*")
# The reader's name as part of a thing's name, not as the person: a citation ("Park et al.",
# "Park 2025", "(Park, 2025)"), a name of several capitalised words ("the AHA Young
# Investigator award", "Long Island") or an eponym after "the" ("the Long Lab").
_CITED_AFTER = lazy(r"(?:['’]s)?\s*(?:et\s+al\b|and\s+colleagues\b|,?\s*\(?(?:19|20)\d\d\b)"
                          r"|[ \t]+[A-Z][a-z]")
_THE_BEFORE = lazy(r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+)?$")
_INITIALISM = lazy(r"\(?(?:[A-Za-z]\.){2,}")
# A list item's marker at the start of its line ("1.", "2)", "a)", "iv."): the item may be a
# lower-case fragment.
_LIST_MARKER = lazy(r"(?:^|\n)[ \t]*(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)][ \t]*$")


def _blank_quotes(text: str) -> str:
    """Quoted text keeps its offsets but is not read (a quotation may say "he")."""
    return QUOTATION_RE.sub(lambda m: " " * len(m.group(0)), text)


# A first name by its place: before "and I" or a parenthesis saying who they are
_NAMED_BY_PLACE = lazy(r"(?<![\w'’.-])[A-Z][a-z]+(?=\s+and\s+(?:I|me)\b|\s*\((?:my|our)\s)")


def _first_other_person(content: str, reader: set[str]) -> int:
    """Where the message first names a person other than the reader (whose name tokens are
    `reader`), or len(content): before it, "he" or "she" can only be the reader."""
    first = len(content)
    for pattern in (_TITLED, _FULL_NAME, _AGED):
        for m in pattern.finditer(content, 0, first):
            words = [name_fold(w) for w in _WORD.findall(m.group(0))]
            if reader & set(words):
                continue
            if pattern is _FULL_NAME and any(w.replace("’", "'") in COMMON_WORDS for w in words):
                continue
            first = m.start()
            break
    for m in _NAMED_BY_PLACE.finditer(content, 0, first):  # "Priya and I", "Sam (my co-res)"
        if name_fold(m.group(0)) not in reader:
            first = m.start()
            break
    for m in _WORD.finditer(content, 0, first):
        word = m.group(0).lower()
        if word in PERSONS or word.endswith(("'s", "’s")) and word[:-2] in PERSONS:
            return m.start()
    return first


_HE = frozenset({"he", "his", "him", "himself"})
_SHE = frozenset({"she", "her", "hers", "herself"})


def _other_gender(req: DraftRequest) -> frozenset[str]:
    """The pronouns that cannot be the reader's: when the request's own words about the
    contact ("her ICU checklist", "his letter") use one set only, the other set."""
    said = " ".join(t for t in (req.meeting.specific_detail, req.update.credit,
                                req.contact.their_work) if t).lower()
    words = set(re.findall(r"[a-z]+", said)) if said else set()
    he, she = bool(words & _HE), bool(words & _SHE)
    return _SHE if he and not she else _HE if she and not he else frozenset()


def _third_person(ctx: Context, content: str, lowered: str, base: int) -> None:
    req = ctx.request
    name = ctx.reader
    if req is None or name is None:
        return
    tokens = {t for t in name.tokens if len(t) > 2}
    first_other = _first_other_person(content, tokens)
    other_gender = _other_gender(req)
    for m in _PRONOUN.finditer(lowered, 0, first_other):
        word = content[m.start(1):m.end(1)]
        if word.lower() in other_gender:
            continue  # the request speaks of the reader as "her": "his" is someone else
        new = _SECOND[word.lower()]
        new = new.capitalize() if word[0].isupper() else new
        ctx.add("grammar", f"{quote(word)} speaks of the reader in the third person; the message "
                           f"is to them, so write {quote(new)}.",
                base + m.start(), base + m.end(), new)
    last = name_fold(name.last or "")
    if len(last) < 2:
        return
    for m in _CAPITALISED_WORD.finditer(content):  # a name is capitalised: most words are not
        word = m.group(0)
        if word[0].isascii() and word[0].lower() != last[0]:
            continue  # the cheap test before folding
        if _POSSESSIVE.sub("", name_fold(word)) != last:
            continue
        possessive = _POSSESSIVE.search(word)
        before = content[max(0, m.start() - 25):m.start()]
        if _CITED_AFTER.match(content, m.end()) or _THE_BEFORE.search(before):
            continue
        mid_sentence = _MID_SENTENCE.search(before) and content[m.end():m.end() + 1] != ","
        if possessive or mid_sentence:
            ctx.add("grammar", f"{quote(word)} names the reader in the body of a message to "
                               "them; write “you” or “your”.", base + m.start(), base + m.end())


_LOWER_WORD = lazy(r"[a-z][a-z'’]*")
_LAST_TOKEN = lazy(r"(\S+)\s*$")
_POSSESSIVE = lazy(r"['’]s$")


def _lowercase_starts(ctx: Context, text: str, start: int) -> None:
    """A sentence after a full stop, or a paragraph, that starts in lowercase ("after a
    greeting on the same line, "Hi Dr. Rivera, thank you ..." is one sentence). Reads the
    message's shared sentence split; looks back at most a line or two before each."""
    for s, e in ctx.msg.content_sentences():
        m = _LOWER_WORD.match(text, s, e)
        if not m:
            continue
        word = m.group(0)
        before = text[max(start, s - 200):s].rstrip(" \t")
        prev = _LAST_TOKEN.search(before)
        new_paragraph = before.endswith("\n") and not before.rstrip().endswith(":")
        # an abbreviation's period, or an initialism's ("P.S.", "U.S."), ends no sentence
        after_stop = bool(prev) and prev.group(1)[-1:] in ".!?" and not (
            prev.group(1).endswith(".") and (is_abbreviation(prev.group(1)[:-1])
                                             or _INITIALISM.fullmatch(prev.group(1))))
        if word == "i" or not (new_paragraph or after_stop) or _LIST_MARKER.search(before):
            continue
        if word.replace("’", "'").lower() in COMMON_WORDS:
            ctx.add("grammar", f"The sentence {quote(text[s:e])} starts in lowercase.",
                    s, s + len(word), word[:1].upper() + word[1:])


def check_grammar(ctx: Context) -> None:
    msg = ctx.msg
    start, end = msg.content_start, msg.body_end
    if end <= start:
        return
    text = ctx.text
    content = _blank_quotes(text[start:end])
    lowered = lower_ascii(content)
    _third_person(ctx, content, lowered, start)
    low = msg.lower[start:end]
    for m in _DEFERRED.finditer(content) if "ask" in low else ():
        ctx.add("grammar", f"{quote(m.group(0))} defers the ask: ask it directly, as a question "
                           "to the reader.", start + m.start(), start + m.end())
    for m in _BROKEN_FRAME.finditer(content):
        ctx.add("grammar", f"{quote(m.group(0))} is a broken sentence frame.",
                start + m.start(), start + m.end())
    for m in _LOWER_I.finditer(content):
        ctx.add("grammar", "“i” is written “I”.", start + m.start(), start + m.end(), "I")
    for m in _ROLE_NO_NOUN.finditer(content) if _ROLE_CUE.search(low) else ():
        ctx.add("grammar", f"{quote(m.group(1))} is a role without its noun: add “resident”.",
                start + m.end(1), start + m.end(1), " resident")
    for m in _DOUBLED.finditer(lowered):
        said = content[m.start():m.end()]
        first, second = said[:len(m.group(1))], said[-len(m.group(1)):]
        if first.lower() in _DOUBLE_OK or first.isupper() and len(first) > 1:
            continue
        if first[0].isupper() and second[0].isupper() and re.search(
                r"[\w,][ \t]*$", content[max(0, m.start() - 3):m.start()]):
            continue  # a name said twice mid-sentence: "Walla Walla", "Bora Bora"
        ctx.add("grammar", f"{quote(said)} repeats a word.",
                start + m.start(), start + m.end(), first)
    words = msg.token_set()
    for m in _NO_APOSTROPHE.finditer(content) if not words.isdisjoint(_APOSTROPHE) else ():
        said = m.group(1)
        fixed = _APOSTROPHE[said.lower()]
        fixed = fixed[0].upper() + fixed[1:] if said[0].isupper() else fixed
        ctx.add("grammar", f"{quote(said)} has lost its apostrophe.",
                start + m.start(1), start + m.end(1), fixed)
    for m in _ID_RE.finditer(content) if "id" in words else ():
        ctx.add("grammar", f"{quote(m.group(0))} has lost its apostrophe.",
                start + m.start(), start + m.end(), "I'd")
    for m in _ILL_RE.finditer(content) if "ill" in words else ():
        ctx.add("grammar", f"{quote(m.group(0))} has lost its apostrophe.",
                start + m.start(), start + m.end(), "I'll")
    for m in _NOT_RE.finditer(content) if not words.isdisjoint(("wont", "cant")) else ():
        if _NOT_NOUN.search(content, max(0, m.start() - 8), m.start()):
            continue
        fixed = f"{m.group(1)}n't"
        ctx.add("grammar", f"{quote(m.group(0))} has lost its apostrophe.",
                start + m.start(), start + m.end(), fixed)
    for m in _A_AN.finditer(content) if " a " in f" {lowered} " else ():
        said = content[m.start():m.end()] + re.match(r"[a-z]*", content[m.end():]).group(0)
        ctx.add("grammar", f"{quote(said)}: write “an” before a vowel sound.", start + m.start(),
                start + m.start() + 1, "an" if m.group(1) else "An")
    for m in _DISCUSS_ABOUT.finditer(content) if "discuss" in lowered else ():
        ctx.add("grammar", f"{quote(m.group(0))}: “{m.group(1)}” takes its object directly.",
                start + m.start(), start + m.end(), m.group(1))
    for word, before, pattern, fix in _CONFUSIONS:
        for m in pattern.finditer(lowered) if word in words else ():
            if not before.search(lowered, max(0, m.start() - 8), m.start()):
                continue
            said = content[m.start(1):m.end(1)]
            new = fix[0].upper() + fix[1:] if said[0].isupper() else fix
            ctx.add("grammar", f"{quote(content[m.start():m.end()])}: write “{new}” for "
                               f"“{said}”.", start + m.start(1), start + m.end(1), new)
    for ws, we in msg.words if not words.isdisjoint(MISSPELLINGS) else ():
        fixed = MISSPELLINGS.get(msg.lower[ws:we])
        if fixed and ws >= start and we <= end:
            said = text[ws:we]
            if said[0].isupper() and not opens_sentence(text, ws, start):
                continue  # capitalised mid-sentence: a name ("Dr. Wich"), not a misspelling
            new = fixed[0].upper() + fixed[1:] if said[0].isupper() else fixed
            ctx.add("grammar", f"{quote(said)} is misspelled: “{new}”.", ws, we, new)
    for word, pattern, fixes in _FORMS:
        for m in pattern.finditer(lowered) if word in words else ():
            if word == "i" and not _pronoun_i(content, m.start()):
                continue
            said = content[m.start(1):m.end(1)]
            fix = fixes[said.lower().replace("’", "'")]
            fix = fix.replace("'", "’") if "’" in said else fix
            ctx.add("grammar", f"{quote(content[m.start():m.end()])}: write “{fix}” for “{said}”.",
                    start + m.start(1), start + m.end(1), fix)
    for m in _ITS_FOR_IT_IS.finditer(content) if "its" in words else ():
        word = m.group(1)
        ctx.add("grammar", f"{quote(word)} here means “it is”: write “{word[0]}t's”.",
                start + m.start(1), start + m.end(1), f"{word[0]}t's")
    _lowercase_starts(ctx, text, start)
