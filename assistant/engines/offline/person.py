"""The reader in the second person: "his tip" -> "your tip", "she said" -> "you said", "he
takes" -> "you take", "Dr. Ito's help" -> "your help", "send her my CV" -> "send you my CV", with
the verb's agreement; and the reader's work without the report of it ("your colleague said you
built ..." -> "you built ...")."""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.engines.offline.antecedent import others
from assistant.models import DraftRequest
from assistant.text.names import person_name
from assistant.text.patterns import lazy

ADVERBS = r"(?:also|still|often|usually|already|really|just|now|currently|even)"
_PRON_VERB = lazy(rf"\b(he|she)(\s+{ADVERBS})?\s+((?:[a-z]+-)?[a-z]+(?:['’]t)?)(?![\w'’-])",
                        re.IGNORECASE)
_PRON_CONTRACTION = lazy(r"\b(he|she)(['’])(s|d|ll)\b", re.IGNORECASE)
# "her" is the object when no noun of hers follows: a function word, an adverb, the end
_HER_OBJECT = lazy(
    r"\bher\b(?=\s+(?:my|the|a|an|our|this|that|these|those|some|to|and|or|but|so|about|for|"
    r"in|on|at|by|with|from|after|before|during|since|until|when|while|because|as|if|"
    r"whether|know|out|up|back|over|into|briefly|recently|again|once|twice|there|here|today|"
    r"tomorrow|yesterday|earlier|later|soon|last|next|personally|online|virtually|in person|"
    r"what|how|why|where|who|which|posted|updated|informed)"
    r"\b|\s*[,.;:!?)]|\s*$)", re.IGNORECASE)
IRREGULAR = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
             "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't"}
NOT_VERBS = {"also", "always", "never", "probably", "will", "would", "could", "can", "should",
             "might", "may", "must", "did", "had", "said", "mentioned"}


def third_to_second_verb(word: str) -> str | None:
    if "-" in word:  # "co-leads" -> "co-lead"
        head, _, tail = word.rpartition("-")
        base = third_to_second_verb(tail)
        return f"{head}-{base}" if base else None
    low = word.lower()
    if low.replace("’", "'") in IRREGULAR:  # "doesn’t", typed with a curly apostrophe
        base = IRREGULAR[low.replace("’", "'")]
        return base.replace("'", "’") if "’" in low else base
    if low in NOT_VERBS or len(low) < 3 or not low.endswith("s") or low.endswith("ss"):
        return None
    if low.endswith("ies"):
        return low[:-3] + "y"
    if re.search(r"(ch|sh|x|z|ss|us)es$", low) or low in ("goes", "does"):
        return low[:-2]
    return low[:-1]


def _name_verb(word: str) -> str:
    """The word after the reader's name, in the second person when it is a verb in the third
    ("has" -> "have", "takes" -> "take"); any other word ("this week") as it is."""
    base = third_to_second_verb(word)
    known = word.lower() in IRREGULAR or word.lower() in ph.THIRD_PERSON_PRESENT or \
        base in ph.COMMON_VERBS
    return base if base and known else word


def _agree(aux: str) -> str:
    """'does' -> 'do', 'Is' -> 'Are', "doesn’t" -> "don’t": the auxiliary for "you"."""
    base = IRREGULAR.get(aux.lower().replace("’", "'"), aux.lower())
    base = base.replace("'", "’") if "’" in aux else base
    return base.capitalize() if aux[:1].isupper() else base


_THEIR_UNIT = lazy(r"\btheir(?=(?:\s+[\w-]+)?\s+(?:lab|labs|laboratory|team|group|clinic|"
                         r"program|research|work|study|studies|trials?|project|service|unit|"
                         r"division|registry|fellowship|curriculum|network)\b)", re.IGNORECASE)


def second_person(text: str, request: DraftRequest, they: bool = True) -> str:
    """The reader in the second person: pronouns, the reader's own name, and agreement.
    `they=False`: a "they" with nothing before it stays (an update's news, where it is most often
    the program, journal or committee that decided: "the paper wasn't rejected - they want
    revisions")."""
    if not text:
        return text
    # a pronoun that stands for a patient or a third party is theirs: held out of the pass
    held = others(text, request)
    out = text
    for n, (start, end) in enumerate(reversed(held)):
        out = f"{out[:start]}{chr(_HOLD + len(held) - 1 - n)}{out[end:]}"
    out = _second_person(out, request, they)
    for n, (start, end) in enumerate(held):
        out = out.replace(chr(_HOLD + n), text[start:end], 1)
    return out


# Where the pronouns held out of the second-person pass wait (Unicode's private use area), and
# where an eponym waits
_HOLD = 0xE000
_EPONYM = 0xE800


def _second_person(text: str, request: DraftRequest, they: bool = True) -> str:
    """`second_person` of a text whose third parties' pronouns are held out."""
    out = text
    contact = request.contact.name or ""
    last = ph.last_name(contact)
    if last:
        # the reader by first name too ("priya said the trial needs a resident"), unless the
        # resident shares it
        first = ph.first_name(contact)
        mine = ph.first_name(request.sender.name or "")
        given = first if len(first) > 2 and first.lower() != mine.lower() and \
            first.lower() != last.lower() else ""
        names = [re.escape(n) for n in {person_name(contact), last, given} if n]
        title = r"(?:(?:Dr|Doctor|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?"
        who = rf"{title}(?:{'|'.join(names)})"
        # the name in a thing named after it ("the Marchetti Award", "Ito Lecture") names the
        # thing, not the reader: held out of the pass; "the Ito lab" is the reader's own
        eponyms = [m.group(0) for m in re.finditer(rf"(?<!\w){who}(?=\s+(?-i:[A-Z][a-z]))", out,
                                                   re.IGNORECASE)]
        for n, eponym in enumerate(eponyms):
            out = out.replace(eponym, chr(_EPONYM + n), 1)
        out = re.sub(rf"(?<!\w){who}['’]s(?!\w)", "your", out, flags=re.IGNORECASE)
        out = re.sub(rf"(?<!\w)the\s+{who}\s+(?=(?-i:[a-z]))", "your ", out, flags=re.IGNORECASE)
        # the reader's name as a subject takes the verb's second person ("if Dr. Weiss has
        # time" -> "if you have time")
        out = re.sub(rf"(?<!\w){who}(?!\w)(\s+{ADVERBS})?(?:\s+((?:[a-z]+-)?[a-z]+(?:['’]t)?)"
                     r"(?![\w'’-]))?", lambda m: "you" + (m.group(1) or "") + (
                         f" {_name_verb(m.group(2))}" if m.group(2) else ""), out,
                     flags=re.IGNORECASE)

        for n, eponym in enumerate(eponyms):
            out = out.replace(chr(_EPONYM + n), eponym, 1)

    def contraction(m: re.Match[str]) -> str:
        tail = {"s": "re", "d": "d", "ll": "ll"}[m.group(3).lower()]
        return f"you{m.group(2)}{tail}"

    out = _PRON_CONTRACTION.sub(contraction, out)

    def verb(m: re.Match[str]) -> str:
        base = third_to_second_verb(m.group(3))
        return f"you{m.group(2) or ''} {base or m.group(3)}"

    out = _PRON_VERB.sub(verb, out)
    out = _coordinated(out)
    out = re.sub(r"\b(he|she)\b", "you", out, flags=re.IGNORECASE)
    out = re.sub(r"\b(himself|herself)\b", "yourself", out, flags=re.IGNORECASE)
    out = re.sub(r"\bhers\b", "yours", out, flags=re.IGNORECASE)
    out = _HER_OBJECT.sub("you", out)
    # the one doing what a gerund with an object says: "her pushing me to apply"
    out = re.sub(r"\b(her|him)\s+(?=[a-z]+ing\s+(?:me|us)\b)", "you ", out, flags=re.IGNORECASE)
    # after a verb of giving or contacting, "her" is the one given to: "text her dates"
    out = re.sub(r"\b(send|text|give|show|tell|bring|forward|owe|teach|offer)\s+her\b",
                 r"\1 you", out, flags=re.IGNORECASE)
    # a verb of contacting takes one object: "email her" is her, "email her coordinator" hers
    out = re.sub(r"\b(email|e-mail|ping|call|message|thank|update|remind)\s+her\b"
                 r"(?!\s+(?!(?:my|the|a|an|our|this|that|some|about|re|in|on|at|by|with|to|for|"
                 r"when|once|after|before|if|and|or|again|back|soon|today|tomorrow|next|"
                 r"this)\b)[a-z][\w-]*)", r"\1 you", out, flags=re.IGNORECASE)
    # after a verb of perceiving, "her" is the one seen doing something: "saw her speak" (a
    # verb that is also a noun, "her talk", stays hers)
    out = re.sub(r"\b(saw|see|seen|heard|hear|watched|watch|caught|catch)\s+her\s+(?=(?:speak|"
                 r"present|teach|moderate|give|lead|run|precept|operate)(?:ing)?\b)",
                 r"\1 you ", out, flags=re.IGNORECASE)
    out = re.sub(r"\b(his|her)\b", "your", out, flags=re.IGNORECASE)
    out = re.sub(r"\bhim\b", "you", out, flags=re.IGNORECASE)
    # the singular "their" of a field about the reader: their own lab, team or clinic ("join
    # their lab meeting", "their lab studies CKD"); "their patients" may be anyone's, and stays
    out = _THEIR_UNIT.sub("your", out)
    if they and _reader_is_they(request):
        out = _they_as_you(out)
    # a question's auxiliary agrees with its new subject: "does she take" -> "do you take"
    out = re.sub(r"\b(does|is|was|has|doesn['’]t|isn['’]t|wasn['’]t|hasn['’]t)(?=\s+you\b)",
                 lambda m: _agree(m.group(1)), out, flags=re.IGNORECASE)
    out = re.sub(r"\byou (pushing|helping|encouraging|telling|showing|letting)\b",
                 r"you \1", out)
    # "your" at the start of a sentence keeps its capital
    return re.sub(r"(^|[.!?]\s+)(you|your)\b", lambda m: m.group(1) + m.group(2).capitalize()
                  if m.group(1) else m.group(2), out)


_TOKEN = lazy(r"[A-Za-z'’-]+|[.;:!?]|,")


def _coordinated(text: str) -> str:
    """A verb joined to the reader's by "and" or a comma shares its subject and agrees: "you
    run the clinic and studies migraine" -> "... and study migraine". Only when the nearest verb
    before it is the reader's: in "you said the clinic runs on Fridays and takes residents"
    the clinic takes them."""
    out, subject, joined = [], None, False
    last = 0
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        low = word.lower()
        if low in (".", ";", ":", "!", "?"):
            subject, joined = None, False
        elif low in (",", "and", "but", "or") and not word.isupper():  # "the OR": a room
            joined = subject is not None
            continue
        elif low == "you":
            subject = "you-next"
        elif subject == "you-next":  # the reader's own verb
            subject = "you"
        elif low in ph.THIRD_PERSON_PRESENT or low in IRREGULAR:
            if subject == "you" and joined:
                out.append(text[last:m.start()] + _name_verb(word))
                last = m.end()
            else:
                subject = "third"
        joined = False
    out.append(text[last:])
    return "".join(out)


_GENDERED = lazy(r"\b(?:he|she|his|her|hers|him|himself|herself)\b", re.IGNORECASE)
_THEY = lazy(r"\b(they|their|theirs)(?=(?:['’](?:re|d|ll|ve))?\b)", re.IGNORECASE)
_YOU = {"they": "you", "their": "your", "theirs": "yours"}
# a word that may be a plural noun (or a verb's -s): someone "they" might stand for instead
_PLURAL = lazy(r"\b[a-z]{3,}s\b", re.IGNORECASE)
# a capitalised word after the text's first (a name "they" may stand for), "I" aside
_NAMED = lazy(r"(?<=\S)\s+(?!I\b)[A-Z][\w'’-]*")
_NOT_PLURAL = {"was", "has", "does", "is", "his", "this", "thus", "plus", "always", "perhaps",
               "across", "yes", "its", "hers", "yours", "ours", "less", "unless"}


def _reader_is_they(request: DraftRequest) -> bool:
    """The resident calls the reader "they": no field about the reader or the meeting has a
    gendered pronoun (one would be the reader's, and "they" someone else)."""
    m = request.meeting
    fields = [request.ask, m.next_step, m.specific_detail, *m.topics,
              request.contact.their_work, request.notes, request.update.news,
              request.update.credit]
    return not any(_GENDERED.search(f) for f in fields if f)


def _they_as_you(text: str) -> str:
    """The singular "they" of the reader as "you" ("could they recommend" -> "could you
    recommend", "they said" -> "you said", "their workshop" -> "your workshop"); a "they" after
    a word that may be a plural noun or a name ("the fellows said they ...", "patients and
    their families", "the rotation at Barrow and they invited me") may stand for those, and
    stays."""
    def swap(m: re.Match[str]) -> str:
        before = [w for w in _PLURAL.findall(text, 0, m.start()) if w.lower() not in _NOT_PLURAL]
        # a name before it (a place, a program, a person: "the rotation at Barrow and they")
        named = _NAMED.search(text, 0, m.start())
        # the reader already "you" before it ("Dr. Ito's call to their PD"): "they" is another
        reader = re.search(r"\byou(?:r|rs)?\b", text[:m.start()], re.IGNORECASE)
        if before or named or reader:
            return m.group(1)
        you = _YOU[m.group(1).lower()]
        return you.capitalize() if m.group(1)[0].isupper() else you
    return _THEY.sub(swap, text)


# Who told the resident about the reader's work, in front of what they did ("his colleague said
# she built ...", "I heard that he runs ...", "read that she leads ...")
_REPORT = lazy(r"(?:(?:i|we)\s+)?(?:heard|read|learned|saw)\s+(?:that\s+)?(?=you\b)|"
                     r"(?:my|your|a|the|one)\s+(?:[\w-]+\s+){1,2}?(?:said|says|told me|tells me|"
                     r"mentioned)\s+(?:that\s+)?(?=you\b)", re.IGNORECASE)


def reported(work: str | None) -> str | None:
    """The reader's work without the report of it: 'your colleague said you built the consult
    service' -> 'you built the consult service' (what the sentence is about; who said it is
    the resident's, not a fact for the reader)."""
    m = _REPORT.match(work) if work else None
    return work[m.end():] if m else work
