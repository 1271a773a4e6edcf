"""An update's phrases in the idiom a mentor reads, before they are read (update_typed.py calls
these): by phrase type, never by the exact words of an example.

- `measured`: a number with its unit ("13.1 mi" -> "13.1 miles", "2 year" -> "2 years", before
  a noun "2-year"); the count after a number is its plural.
- `idiomatic`: the forms a writer of another first language types, each by its structure: a
  base verb after "is" where the participle is meant ("is finish" -> "is finished"), a done
  event in the present passive ("is accepted" -> "has been accepted"), a plural of a noun that
  takes none ("advices"), a count noun with no article after "with"/"as" ("as poster"), "in"
  before a meeting or a named institution ("in the ESC congress" -> "at ..."), the object put
  before its verb ("the results we will present at ..." -> "we will present the results at
  ..."), and a relative clause that says the thanks again ("your letter which help me a lot"
  -> "your letter").
- `run_on_deeds`: deeds of the resident typed in one line with no marks ("passed boards got
  the chief spot") split where a second past verb follows the first one's object.
"""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.engines.offline.antecedent import PERSON_NOUN as _PERSON
from assistant.engines.offline.update_words import IRREGULAR_GERUND, is_gerund, is_past
from assistant.phi.vocab import is_common
from assistant.text.patterns import lazy

_UNITS = {"year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours",
          "minute": "minutes", "mile": "miles", "point": "points"}
_NUMBER = r"(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve)"
# Words after a count that are no noun it modifies ("2 year, ...", "6 month in Kigali")
_FUNCTION = {"in", "at", "on", "of", "for", "to", "from", "with", "by", "and", "or", "but", "so",
             "since", "after", "before", "ago", "later", "now", "the", "a", "an", "my", "our",
             "is", "was", "are", "were", "will", "until", "then", "total", "each", "left"}
# Words after a length of time that say how or when, never what it modifies ("2 weeks off")
_AFTER_TIME = {"off", "early", "late", "straight", "running", "away", "out", "apart", "long",
               "behind", "ahead", "prior", "earlier", "back", "more", "less", "overdue", "old",
               "in", "into", "post", "pre", "so", "far"}


def measured(text: str) -> str:
    """A number with its unit written out and agreeing (see the module's docstring)."""
    text = re.sub(r"(?<=\d)\s?mi\b(?![\w/-])", " miles", text)  # "13.1 mi"; "MI" is no unit
    # "3 mo", "6 mos": a month after a count ("mo" alone is no unit)
    text = re.sub(r"(?<=\d)\s?(mo)(s?)\b(?![\w/'’-])(?:\.(?=\s+[a-z]))?",
                  lambda m: f" month{m.group(2)}", text)

    def agree(m: re.Match[str]) -> str:
        count, unit, after = m.group(1), m.group(2), m.group(3) or ""
        nxt = after.strip().lower()
        if nxt and re.fullmatch(r"[a-z][\w-]*", nxt) and nxt not in _FUNCTION | _AFTER_TIME and \
                unit != "point" and not nxt.endswith("ly"):
            return f"{count}-{unit}{after}"  # "a 2 year grant" -> "a 2-year grant"
        if count in ("1", "one"):
            return m.group(0)
        return f"{count} {_UNITS[unit]}{after}"

    return re.sub(rf"\b({_NUMBER}) ({'|'.join(_UNITS)})\b(?!-)(\s+[\w-]+)?", agree, text)


# Verbs whose participle a base form after "is" stands for ("the project is finish")
_PARTICIPLE_OF = {"finish", "publish", "accept", "submit", "approve", "select", "complete", "fund",
                  "reject", "schedule", "present", "admit", "award", "confirm", "done", "invite",
                  "choose"}

# Nouns that take no plural ("advices", "feedbacks")
_MASS = ("advice", "feedback", "information", "knowledge", "equipment", "homework", "guidance",
         "mentorship", "support")

# Count nouns that need an article after "with" or "as"
_COUNT = ("poster", "talk", "oral presentation", "oral", "presentation", "abstract", "score",
          "result", "grade", "mark", "platform talk", "first author", "co-author")

# A meeting or an institution named after "in": "at" is its preposition
_EVENT_HEAD = r"(?:congress|meeting|conference|symposium|summit|forum|sessions|week|retreat)"
_INSTITUTION_HEAD = r"(?:Clinic|Hospital|Medical Center|Medical Centre|Health|Institute|Infirmary)"


def _participle(verb: str) -> str:
    if verb == "choose":
        return "chosen"
    if verb == "done":
        return verb
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", verb) and verb in ("submit", "admit"):
        return f"{verb}{verb[-1]}ed"
    return f"{verb}d" if verb.endswith("e") else f"{verb}ed"


def idiomatic(text: str) -> str:
    """The phrase in the idiom a mentor reads (see the module's docstring)."""
    text = re.sub(r"\b(is|are|was|were|be|been|got)\s+(" + "|".join(_PARTICIPLE_OF) +
                  r")\b(?![\w'-])", lambda m: f"{m.group(1)} {_participle(m.group(2).lower())}",
                  text, flags=re.IGNORECASE)
    # "my abstract is accepted in ...": news of a done event is told as done
    text = re.sub(r"\b(is|are)\s+(accepted|approved|funded|published|selected|awarded)\b"
                  r"(?!\s+(?:as\s+of|until|through|for\s+\w+ing)\b)",
                  lambda m: f"{'has' if m.group(1).lower() == 'is' else 'have'} been "
                  f"{m.group(2)}", text)
    text = re.sub(rf"\b({'|'.join(_MASS)})s\b", r"\1", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(with|as)\s+(?:(good|high|great|excellent|strong|nice|low)\s+)?(" +
                  "|".join(_COUNT) + r")\b(?!-)",
                  lambda m: f"{m.group(1)} {ph.article(m.group(2) or m.group(3))} " +
                  (f"{m.group(2)} " if m.group(2) else "") + m.group(3), text)
    text = re.sub(rf"\bin\s+(?=the\s+(?:[\w&'’-]+\s+){{0,4}}{_EVENT_HEAD}\b)", "at ", text,
                  flags=re.IGNORECASE)
    text = re.sub(rf"\bin\s+(?=(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){{1,4}}{_INSTITUTION_HEAD}\b)",
                  "at ", text)
    # "the results we will present at ...": the object put back after its verb
    text = re.sub(r"(?:(?<=^)|(?<=\band\s)|(?<=,\s))(?P<np>(?:the|our|my)\s+[a-z]+(?:\s+[a-z]+)?)"
                  r"\s+(?P<subj>we|I)\s+(?P<aux>will|would|are going to|am going to|plan to|"
                  r"hope to|want to)\s+(?P<verb>present|share|send|submit|publish|show|discuss|"
                  r"write up)\b(?P<rest>[^,.;!?]*)",
                  lambda m: f"{m['subj']} {m['aux']} {m['verb']} {m['np']}{m['rest']}", text)
    # "it will publish in May": a thing a journal or a committee acts on is what is done to it
    text = re.sub(r"\b(it|this|they)\s+(will|would|should|can|may)\s+(" + "|".join(_PARTICIPLE_OF) +
                  r")\b(?=\s+(?:in|on|by|at|next|soon|this|early|late|online)\b|\s*[.,;!]|\s*$)",
                  lambda m: f"{m.group(1)} {m.group(2)} be {_participle(m.group(3).lower())}", text,
                  flags=re.IGNORECASE)
    # "since two weeks I am working in ..." (German "seit", Spanish "desde hace"): what has
    # gone on for a time
    text = re.sub(r"^since\s+((?:\w+\s+)?(?:days?|weeks?|months?|years?))[,\s]+I\s+am\s+"
                  r"(\w+ing\b[^,.;!?]*)", r"I have been \2 for \1", text, flags=re.IGNORECASE)
    # "it begin in September": a verb after "it" agrees with it
    text = re.sub(r"(?<![\w'’])([Ii]t)\s+(begin|start|end|open|close|run|last|take|go|come|need|"
                  r"look|seem|mean|work|happen|finish|launch|continue|stay)\b(?![\w'’-])",
                  lambda m: f"{m.group(1)} {m.group(2)}"
                  f"{'es' if m.group(2) in ('go', 'finish') else 's'}",
                  text)
    # "your contact to Prof. Weber" (German "Kontakt zu"): the connection the reader made
    text = re.sub(r"\b(your|my|the)\s+contact\s+to\b", r"\1 connection to", text,
                  flags=re.IGNORECASE)
    # "your letter which help me a lot": the thanks says what it did
    return re.sub(r",?\s+(?:which|that)\s+(?:really\s+|so\s+)?(?:help|helps|helped)\s+me"
                  r"(?:\s+(?:a\s+lot|so\s+much|very\s+much|a\s+great\s+deal|greatly))?\s*[.!]*$",
                  "", text, flags=re.IGNORECASE)


# Where a run of deeds goes on: after a conjunction or a mark a new part begins
_PART = lazy(r"([,;.!?]\s+|\s+(?:and|but|so|then)\s+)")
# Words that open what a verb does to (its object)
_OBJECT = lazy(r"(?:the|a|an|my|our|it|them|me|us|this|that|his|her|their|some|all|"
                     r"\$?\d[\w,.$%]*|[a-z]+ing)$", re.IGNORECASE)
# A determiner before a noun: "the", "my", "our" ... and a preposition after a verb that takes
# no object ("moved into", "rotated through")
_DETERMINERS = {"the", "a", "an", "my", "our", "his", "her", "their", "your", "this", "that"}
_PLACE_AFTER = {"into", "to", "through", "back", "over", "onto", "across", "at"}
_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|"
           r"December")
# Verbs whose object may be a clause ("heard your curriculum got the award"): no run of deeds
_TELLS = {"heard", "learned", "learnt", "found", "saw", "noticed", "realized", "realised", "knew",
          "thought", "felt", "said", "told", "read", "figured", "discovered", "guessed", "hoped",
          "wished", "assumed", "confirmed", "showed", "proved"}
_NO_DEED = {"was", "were", "had", "did", "didn't", "didnt", "never", "cut", "read", "let", "set",
            "put"}


def _deed(word: str) -> bool:
    low = word.lower()
    return low not in _NO_DEED and (is_past(low) or low in IRREGULAR_GERUND)


# An object pronoun, then a new subject and its "is" ("ranked them all match day is march 19")
_NEW_SUBJECT = lazy(r"\b(them|it|him|her|us)((?:\s+(?:all|both))?)\s+(?=(?:[a-z]+\s+){1,3}"
                          r"(?:is|are|was|were)\b)")

# A word that ends a clause, then a new subject and its verb ("went great they asked about ...")
_CLAUSE_AFTER = lazy(r"\b(great|well|fine|ok|okay|smoothly|amazing|awesome|badly|perfectly|"
                     r"today|yesterday)\s+(?=(?:they|we|he|she|I|everyone|\d+\s+[a-z]+|"
                     r"(?:the|my|our)\s+[a-z]+)\s+[a-z]+\b)")

_I_AFTER = lazy(r"\b(it|them)\s+(?=I\s+(?!(?:think|guess|believe|hope|mean|suppose|feel)\b)"
                      r"[a-z]+\b)")

# A phrasal verb's particle, then where the resident is back ("took 2 weeks off back on wards")
_BACK = lazy(r"\b(off|out|away|over)\s+(?=back\s+(?:on|in|at|to)\b)")


# Words after a verb that are no bare object of it: a particle or an adverb
_PARTICLES = {"up", "out", "off", "down", "back", "over", "away", "around", "through", "along",
              "again", "early", "late", "last", "next", "this", "today", "yesterday", "too",
              "well", "very", "really", "so", "not", "never", "still", "just", "also"}


def _bare_object(verb: str, nxt: str) -> bool:
    """Whether `nxt` opens the object of `verb` typed with no determiner ("started fellowship",
    "passed boards") or, after "got", a participle ("got married")."""
    if verb.lower() == "got" and is_past(nxt):
        return True
    return bool(re.fullmatch(r"[a-z][a-z-]+", nxt)) and nxt not in _FUNCTION | _PARTICLES | \
        _CLAUSE_WORDS and not nxt.endswith("ly") and not is_past(nxt)


# Counts and quantities, which a past verb after them modifies ("caught two missed fractures")
_QUANTIFIERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few",
                "several", "many", "some", "all", "both", "most", "more", "fewer", "any"}

# Words that open a clause or stand for a noun, never a bare object's first word
_CLAUSE_WORDS = {"how", "what", "why", "when", "where", "who", "whom", "which", "whether", "if",
                 "that", "it", "its", "they", "we", "he", "she", "you", "i", "me", "us", "them",
                 "him", "her", "there", "here", "because", "while", "though", "although"}


def run_on_deeds(text: str) -> str:
    """A comma where one deed of a run typed with no marks ends and the next begins (see the
    module's docstring): in a part that opens with a past verb (the resident's deed), before a
    later past verb whose word before is an ordinary word (the first deed's object, not a name
    or a pronoun: "the project dr zhang started" stays) and whose word after opens an object."""
    pieces = _PART.split(text)
    for n in range(0, len(pieces), 2):
        words = pieces[n].split(" ")
        if len(words) < 4 or not _deed(words[0]) or words[0].lower() in _TELLS:
            continue
        out = [words[0]]
        for i in range(1, len(words)):
            w, prev = words[i], words[i - 1]
            nxt = words[i + 1] if i + 1 < len(words) else ""
            # after a determiner, a noun and a verb may be a relative clause ("the paper my PI
            # started in May"): only an object then says a new deed begins
            # ("got the spot started nights": a verb before the determiner, so no subject of a
            # relative clause sits between the noun and the verb)
            # ("got our abstract accepted": a verb that has something done is no new deed)
            through = words[i - 2].lower() in _DETERMINERS and i >= 3 and \
                _deed(words[i - 3]) and words[i - 3].lower() not in ("got", "had", "gotten")
            bare = words[i - 2].lower() not in _DETERMINERS
            if i >= 2 and _deed(w) and (re.fullmatch(r"[a-z][a-z-]*", prev) and (
                    is_common(prev) or prev.endswith("s") and is_common(prev[:-1])) or
                    re.fullmatch(_MONTHS, prev) or re.fullmatch(r"[A-Z]{2,6}", prev) or
                    bare and re.fullmatch(r"\d{1,4}", prev) or
                    # a place after its preposition ("moved to Denver started at the VA")
                    words[i - 2] in _PLACE_AFTER | {"at", "in", "from"} and
                    (re.fullmatch(r"[A-Z][a-z]+", prev) or
                     re.fullmatch(r"[a-z]{3,}", prev) and not is_common(prev)) or
                    # a noun of training or a name typed in lower case before a verb that has
                    # its object or its place ("started fellowship moved into ...")
                    re.fullmatch(r"[a-z]{3,}", prev) and nxt and (
                        _OBJECT.match(nxt) or nxt in _PLACE_AFTER)) and \
                    prev not in _FUNCTION | _CLAUSE_WORDS | {"who",
                                             "which", "that", "dr", "just", "also", "everyone",
                                             "everybody", "someone", "nobody", "people"} and \
                    words[i - 2].lower().rstrip(".") not in ("dr", "prof") and \
                    prev.lower() not in _QUANTIFIERS and \
                    nxt and (_OBJECT.match(nxt) or bare and nxt in _PLACE_AFTER or
                             (bare or through) and _bare_object(w, nxt) or
                             # "finished the MPH moved to Tucson"; a person after the determiner
                             # may be the one moved ("admitted the patient transferred to ...")
                             through and nxt in _PLACE_AFTER and not _PERSON.fullmatch(prev)):
                out[-1] = f"{out[-1]},"
            out.append(w)
        pieces[n] = _BACK.sub(r"\1, ", _NEW_SUBJECT.sub(r"\1\2, ", " ".join(out)))
    # "did it I submitted the R03": an object pronoun, then "I" and its verb, is a new clause
    return run_on_clauses(_I_AFTER.sub(r"\1; ", _CLAUSE_AFTER.sub(r"\1; ", "".join(pieces))))


_WHEN_WORD = (rf"(?:{_MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
              r"yesterday|tonight|week|month|night|\d{1,4})")
# A gerund and its preposition after a time ("married in may starting in july")
_GERUND_AFTER_TIME = lazy(rf"\b({_WHEN_WORD})\s+(?=([a-z]+ing)\s+(?:in|at|on|to|for|with|"
                          r"the|my|a|an|next|this)\b)", re.IGNORECASE)
# How it went, typed right after when ("grand rounds tuesday went really well")
_WENT_AFTER_TIME = lazy(rf"\b({_WHEN_WORD})\s+(?=(?:went|was)\s+(?:really\s+|so\s+|very\s+|"
                        r"pretty\s+)?(?:well|great|fine|ok|okay|amazing|awesome|badly|rough|"
                        r"smoothly)\b)", re.IGNORECASE)
# A noun and the state it is in, then another noun or a gerund ("poster done flights booked")
_STATE_THEN = lazy(r"\b([a-z][\w/-]*|[A-Z]{2,6})\s+(done|booked|submitted|resubmitted|"
                   r"approved|accepted|finished|scheduled|funded|printed|signed|sent|filed|"
                   r"rejected|renewed)\s+(?=([a-z][\w-]*)\b)")
# A clause that ends in its state, then a new subject and its verb ("the review is out the editor
# loved it")
_STATE_CLAUSE = lazy(r"\b(is|are|was|were)\s+(out|in|done|over|live|up|official|back|"
                     r"final)\s+"
                     r"(?=(?:the|my|our|a|an|their)\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+ed|is|are|"
                     r"was|were|got|went|came|said|took|gave|made|wants|thinks|says)\b)")
# Words before a state that make it a verb's part, not a noun's state ("have submitted")
_AUXILIARY = {"i", "we", "you", "they", "he", "she", "it", "have", "has", "had", "was", "were",
              "is", "are", "be", "been", "got", "get", "just", "finally", "also", "the", "a", "an",
              "my", "our", "all", "not", "never", "already", "and", "or", "but"}


def run_on_clauses(text: str) -> str:
    """A comma where a run-on goes on to another outcome by its clauses (see the module's
    docstring): a gerund after a time, how it went after when, a noun's state before another
    noun or a gerund, a clause's state before a new subject."""
    text = _GERUND_AFTER_TIME.sub(lambda m: f"{m.group(1)}, " if is_gerund(m.group(2).lower())
                                  else m.group(0), text)
    text = _WENT_AFTER_TIME.sub(r"\1, ", text)
    text = _STATE_CLAUSE.sub(r"\1 \2, ", text)
    # "... a new apartment it's been a wild summer": the summing-up is a clause of its own
    text = re.sub(r"(?<=[a-z])(?<!\band)(?<!\bbut)(?<!\bso)(?<!\bthat)(?<!\bbecause)\s+"
                  r"(?=(?:it['’]s|its|it\s+has)\s+been\b)", "; ", text)
    # "... got accepted its going to be an oral": "its" before what never follows a possessive
    # (a verb's "-ing", an article) opens a clause of its own after a participle
    text = re.sub(r"(?<=[a-z]ed)\s+(?=(?:it['’]s|its)\s+(?:going|gonna|a|an|the|now|official|"
                  r"final|due|set|scheduled|happening|in|out|on)\b)", "; ", text)

    def state(m: re.Match[str]) -> str:
        nxt = m.group(3).lower()
        before = text[max(0, m.start() - 8):m.start()].split()[-1:]
        if m.group(1).lower() in _AUXILIARY or nxt in _FUNCTION | _PARTICLES | _NOT_NOUN or \
                nxt.endswith("ly") or is_past(nxt) or is_past(m.group(1).lower()) or \
                before and before[0].lower() in _DETERMINERS:
            return m.group(0)  # "the IRB approved protocol": a subject and its verb
        return f"{m.group(1)} {m.group(2)}, "
    return _STATE_THEN.sub(state, text)


# Words after a state that go on with it ("submitted for review", "done with boards")
_NOT_NOUN = {"for", "with", "by", "as", "to", "at", "in", "on", "from", "into", "about", "after",
             "before", "until", "via", "without", "under", "pending", "and", "but", "so", "if",
             "when", "because", "since"}
