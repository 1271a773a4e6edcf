"""How a note's sentences are read for fitting a limit (`checks.shorten`'s first half): what
each sentence does (`does`: the writer's news, the reader's work or the shared context, the
writer's reason, a second question, thanks for something named, who the writer is), what each
form of it is worth (`worth`), its shorter forms (ended at an earlier clause boundary,
`shorter_forms`, or said by its last clauses alone, `tail_forms`), and the note as pieces to
choose among (`role_pieces`: the ask and the opening kept, pleasantries first to go).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.checks.functions import asks_or_commits
from assistant.checks.polite import polite_only
from assistant.checks.shorten_within import ANNOUNCED, compressed, without_venue
from assistant.checks.wordlist import COMMON_WORDS
from assistant.phi.vocab import is_common
from assistant.text.patterns import lazy

CUT_COST = 5.0  # per clause cut from an ask or next step: what is asked matters most
PURPOSE = 6.0  # weight of the sentence that asks to connect, in a note cut to its limit
READER = 10.0  # what the note says of the reader's work or their shared context
# Where an ask or next step can end early and still say what is asked: "15 minutes for coffee
# during the meeting to hear how ..." -> "15 minutes for coffee during the meeting".
CLAUSE_CUT = re.compile(r",\s|\s(?:to|about|on|during|so|so that|in|for|at|while|and|as|"
                        r"with|along with|from|by|before|after)\s")
# Where any sentence can end early: before a clause of its own, never inside a phrase
# ("... connect because your work on HF is great" -> "... connect", never "because your work").
CLAUSE_ONLY = re.compile(r",\s|\s(?:and|because|so that|so|but|since|as|while)\s")
# ... and before a relative clause ("at the poster session, where you were talking with ...").
# ... where "and" joins a clause, never two nouns ("the search and rescue rotation", "your
# work on X and your recent paper on Y"): what follows it opens a clause or a verb phrase.
# (an irregular past tense as well: "... of hypoplastic left heart and took notes")
_CLAUSE_NEXT = (r"(?=(?:I|I['’]\w+|we|you|he|she|they|it|this|that|there|then|also|now|so|"
                r"honestly|maybe|would|will|could|can|am|was|were|have|has|had|hope|want|plan|"
                r"love|need|how|what|why|thank|thanks|look|wish|appreciate|learn|got|saw|met|"
                r"read|heard|took|went|made|wrote|gave|found|brought|began|taught|kept|left|felt|"
                r"thought|told|sent|spent|built|ran|came|became|[a-z]+ed)\b)")
_CUTS = re.compile(r",\s|\s(?:because|so that|so|but|since|as|while|where|when|which|who)\s|"
                   rf"\sand\s{_CLAUSE_NEXT}|"
                   # ... and before a participle saying what the writer is after, which the
                   # rest of the note may say again ("a PGY-2 resident at Tufts interested in
                   # ID" -> "a PGY-2 resident at Tufts")
                   # (after a noun, never "got me interested in")
                   r"(?<!\bme)(?<!\bus)(?<!\bam)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bbe)"
                   r"(?<!['’]m)(?<!['’]re)(?<!['’]s)"  # "I'm interested in", "we're hoping"
                   r"(?<!\bgot)(?<!\bget)(?<!\bso)(?<!\bvery)(?<!\breally)(?<!\balso)"
                   r"\s(?=(?:interested|keen|applying|hoping|planning)\s)|"
                   # ... and before a participle saying what a plan or a work is about ("a
                   # research year focused on surgical capacity" -> "a research year")
                   r"(?<=[a-z])\s(?=(?:focused|focussed|centered|centred|based|aimed)\s+on\s)")
CLOSING = lazy(r"\b(stay|staying|keep|keeping) (connected|in touch)\b|\bconnect\b",
                     re.IGNORECASE)
# Who the writer is: a sentence introducing them.
_IDENTITY = lazy(r"^(?:My name is\b|I(?:['’]m|\s+am)\s+(?:a|an|the|currently)\b|"
                       r"I(?:['’]m|\s+am)\s+[A-Z][\w'’-]+,\s+(?:a|an)\b)", re.IGNORECASE)
_NAMED = lazy(r"My name is [^\W\d_][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:,\s*|\s+)and\s+"
                    r"(?=I\b)")
# Why they write: a plan, a hope, an interest, an application.
_REASON = lazy(r"\b(?:because|hoping|hope to|planning|plan to|starting|applying|"
                     r"interested in|thinking about|want(?:ed)? to|trying to|would like to|"
                     r"aiming|building|working on)\b", re.IGNORECASE)
# The reader's work or the context the note shares with them ("your talk", "met you at"):
# not thanks, nor the reader's time or advice that any note asks for.
_READER = lazy(r"(?<!thank )\byou\b(?!['’]re\b|\s+are\b)|"
                     # the context shared with them: "our conversation at ASN", "we met at ..."
                     r"\bour\s+(?:\w+\s+)?(?:conversation|chat|talk|discussion|meeting|call|"
                     r"exchange)\b|\bwe\s+(?:met|spoke|talked|chatted|discussed)\b|"
                     r"\byour\b(?!\s+(?:time|advice|help|perspective|thoughts|input|feedback|"
                     r"guidance|insights?|support|consideration|schedule|inbox|day|week)\b"
                     # ... unless it says on what: "your advice about choosing a mentor"
                     r"(?!\s+(?:about|on|for|with)\s+(?!me\b|us\b|this\b|it\b)\w))",
                     re.IGNORECASE)
# The writer's news, what an update is for: "I matched into ...", "I finally submitted the
# abstract", "my paper was accepted".
_NEWS = lazy(r"\bI(?:['’]ve|\s+have)?\s+(?:\w+ly\s+|just\s+|since\s+|now\s+)?(?:matched|"
                   r"submitted|passed|published|won|finished|completed|presented|defended|"
                   # what the writer built or began ("I've since started a buprenorphine
                   # pathway", "I launched a journal club")
                   r"started|launched|founded|built|created|designed|developed|"
                   r"got\s+(?:accepted|into|in)|was\s+"
                   r"(?:accepted|selected|awarded|named|chosen|elected))\b|\b(?:was|were|got|"
                   r"has\s+been|have\s+been)\s+(?:accepted|funded|published|selected)\b",
                   re.IGNORECASE)
QUESTION_START = lazy(r"(?:do|does|did|would|could|can|will|is|are|was|were|have|has|"
                            r"should|may|might|shall|what|how|why|when|where|who|which|any)\b",
                            re.IGNORECASE)
_THANKS = lazy(r"^(?:[\w ]{1,20},\s*)?(?:thanks|thank you)\b", re.IGNORECASE)
# Why they write, said outright: "the reason is", "I'm torn between", "keen on", "my goal".
_REASON_MORE = lazy(r"\b(?:reason|torn between|keen on|curious about|passionate about|"
                          r"pursu(?:e|ing)|go(?:ing)? into|apply(?:ing)? (?:to|for)|my goal|"
                          r"considering|deciding|(?:been\s+)?(?:reading|learning)\s+(?:a\s+lot\s+|"
                          r"more\s+)?about|help(?:ing)?\s+(?:with|out|on)|contribut\w+|"
                          r"volunteer\w*)\b", re.IGNORECASE)
# What a plan names when it names a step of training ("applying to cardiology fellowship",
# "hoping to do a sub-internship in geriatrics"): why the writer writes, though every word of
# it is everyday English.
_TRAINING = lazy(r"\b(?:fellowships?|residenc(?:y|ies)|sub-?internships?|electives?|"
                       r"rotations?|tracks?|[a-z]+(?:ology|iatry|iatrics|ics)|medicine|surgery)\b",
                       re.IGNORECASE)
# What each thing a sentence does is worth in a note cut to its limit (`does`).
ROLE_WORTH = {"news": READER + 2.0, "shared": READER, "reason": READER - 4.0,
              "question": 6.0, "thanks": 6.0, "identity": 2.0, "other": 0.0}
# Thanks for something named ("Thank you for all your help with the stats").
_THANKS_FOR = lazy(r"\b(?:thanks|thank\s+you)\s+(?:(?:so|very)\s+much\s+|again\s+)?for\b",
                         re.IGNORECASE)
# A pronoun that points back: a clause holding one cannot stand without what it points to.
_POINTS_BACK = lazy(r"\b(?:he|she|his|her|him|hers|they|them|their|it|its)\b",
                          re.IGNORECASE)
# A clause that can stand as a sentence by itself: it opens with its subject.
_SUBJECT = lazy(r"(?:(?:anyway|anyhow|so|but|and|also|honestly|mostly)[ ,]+)*"
                      r"(?=(?:I|I['’](?:m|ve|d|ll)|we|my|our|you|your|there)\b)", re.IGNORECASE)


def does(sentence: str) -> tuple[str, ...]:
    """What a sentence (or one form of it) does, the most valuable first: gives the writer's
    news, speaks of the reader's work or the context they share ("your talk on ..."), says
    why the writer writes, asks the reader something more, thanks them for something named,
    says who the writer is; ("other",) when none (narration: "it was a long week
    here")."""
    reason = _REASON.search(sentence) or _REASON_MORE.search(sentence)
    roles = [role for role, found in (
        ("news", _NEWS.search(sentence)), ("shared", _READER.search(sentence)),
        # a reason names what it is for ("I want to pitch a protected-time pilot"); "I wanted
        # to start learning more" gives none
        ("reason", reason and (specific(sentence[reason.end():]) or
                               _TRAINING.search(sentence, reason.end()))),
        # a second question put to the reader ("Do you take residents for electives?")
        ("question", sentence.rstrip().endswith("?")),
        ("thanks", _THANKS_FOR.search(sentence)),
        ("identity", _IDENTITY.match(sentence))) if found]
    return tuple(roles) or ("other",)


def specific(text: str) -> bool:
    """The text names something everyday English does not: a term, a place, an acronym, or a
    name its capitals mark, whatever its words ("the Kidney Week poster session")."""
    return any(w.isupper() or not is_common(w) and w.lower() not in COMMON_WORDS
               for w in re.findall(r"[^\W\d_][\w-]+", text)
               if len(w) > 2 or w.isupper()) or \
        NAMED_MID.search(text) is not None  # an acronym ("GI", "ID") names something


# A capitalised word inside a sentence (not its first, not "I" or a weekday or month): a name.
NAMED_MID = lazy(r"(?<=[a-z,] )(?!(?:I|I['’]\w+|Dr|Mr|Ms|Mrs|Prof|January|February|March|"
                        r"April|May|June|July|August|September|October|November|December|Monday|"
                        r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+")


def worth(sentence: str) -> float:
    """What keeping this form of a sentence is worth: its most valuable role, a little for each
    other one, and its content."""
    roles = does(sentence)
    top = ROLE_WORTH[roles[0]]
    if roles[0] == "shared" and not specific(sentence):
        top = 1.0  # "I'd love to learn more about your research": no one thing of theirs
    return top + 2.0 * (len(roles) - 1) + min(3.0, 0.4 * _content(sentence))


@dataclass
class Piece:
    """One sentence of a note: its forms (full first), and whether it may be left out.
    `worths`, when given, is what each form is worth by itself (what that form does); else
    each shorter form costs `step_cost` less than `weight`."""

    forms: list[str]
    required: bool = False
    weight: float = 0.0
    step_cost: float = 1.0  # what each shorter form costs beyond the facts it loses
    worths: list[float] | None = None

    def value(self, form: str) -> float:
        i = self.forms.index(form)
        return self.worths[i] if self.worths else self.weight - i * self.step_cost

    def only(self, indices: Sequence[int]) -> Piece:
        """The piece with only the forms at `indices` (in that order)."""
        return Piece([self.forms[i] for i in indices], self.required, self.weight,
                     self.step_cost, [self.worths[i] for i in indices] if self.worths else None)


# A word that cannot end a clause: an article, a possessive, a preposition, a conjunction; or
# a verb that waits for its "to ..." ("... and would love to learn how" is no "... would love").
_WAITS = lazy(r"(?:^|\s)(?:a|an|the|my|your|our|their|his|her|its|this|that|of|for|to|in|"
                    r"on|at|with|from|by|about|into|and|or|but|so|very|than|as|mostly|mainly|just|only|"
                    r"even|also|really|especially|particularly|(?:would|I['’]d|we['’]d)\s+(?:love|like|"
                    r"prefer)|want(?:s|ed)?|hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|need(?:s|ed)?|"
                    r"trying|going|able|wish(?:ed)?)$", re.IGNORECASE)

# A subject still waiting for its verb: "... that I", "... that I, a first-year resident" (the
# appositive after it ended, the clause did not).
_NO_VERB_YET = lazy(r"(?:^|\s)(?:I|we)(?:,\s+(?:a|an|the|my|our|one)\s[^,]*)?$")


def in_quote(text: str, pos: int) -> bool:
    """Position `pos` of `text` is inside a quotation or a bracketed aside (either is cut whole
    or not at all: "Listen to the patient, he is ..." is no clause to end on)."""
    before = text[:pos]
    if before.count("(") > before.count(")"):
        return True  # inside an aside in brackets: "(currently on research years, through 2028)"
    # (a quotation in single marks opens after a space, colon or bracket and closes before
    # one; an apostrophe inside a word is neither: "don't", "residents' lounge")
    single = len(_SINGLE_OPENS.findall(before)) > len(_SINGLE_CLOSES.findall(before))
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or single


_SINGLE_OPENS = lazy(r"(?:^|(?<=[\s:(]))['‘](?=\w)")
_SINGLE_CLOSES = lazy(r"(?<=[\w.!?,])['’](?=[\s.,;:!?)]|$)")


_QUOTE_COMMA = lazy(r"[,;:]\s*([\"”’'])$")


def shorter_forms(sentence: str, min_words: int = 4,
                  cuts: re.Pattern[str] = CLAUSE_CUT) -> list[str]:
    """The sentence ended early at each clause boundary, longest first ("Would you have 15
    minutes for coffee during the meeting?", "Would you have 15 minutes for coffee?")."""
    text = sentence.strip()
    end = "?" if text.endswith("?") else "."
    body = text.rstrip(".?!").rstrip()
    forms = []
    for m in reversed(list(cuts.finditer(body))):
        if in_quote(body, m.start()):
            continue
        # a quotation ended by the writer's comma ends without it: '... “from the night
        # nurse,” and that stuck with me' -> '... “from the night nurse.”'
        head = _QUOTE_COMMA.sub(r"\1", body[: m.start()].rstrip(" ,;:"))
        # never a form ending on a word that waits for more ("for a while now" is no clause
        # boundary: "... for a.")
        if len(head.split()) >= min_words and not _WAITS.search(head) and \
                not _NO_VERB_YET.search(head):
            # a question ended before its question is a statement ("Your talk was great, any
            # chance I could sit in?" -> "Your talk was great.")
            forms.append(head + (end if end == "." or QUESTION_START.match(head) else "."))
    return list(dict.fromkeys(forms))


# Where a sentence's last clauses start: a clause boundary, or after an empty lead-in ("the
# reason is that I'm ...").
_TAIL_CUTS = lazy(CLAUSE_ONLY.pattern + r"|\b(?:reason\s+(?:is|was)|is\s+that|was\s+that)"
                        r"\s+(?:that\s+)?|\s[—–]\s")  # (and after a dash: "“...” — you quoted")


# "I was wondering whether you might have time to chat": a question put as a statement.
_WONDERING = lazy(r"\bI(?:\s+was|['’]m|\s+am)\s+wondering\s+(?:if|whether)\b", re.IGNORECASE)


def _asks(sentence: str) -> bool:
    """The sentence asks the reader something or commits to a next step."""
    return sentence.rstrip().endswith("?") or asks_or_commits(sentence) or \
        _WONDERING.search(sentence) is not None


def tail_forms(sentence: str, min_words: int = 4) -> list[str]:
    """The sentence said by its last clauses alone, each opening with its own subject,
    longest first ("it was a long week here, but I finally read the slides from your talk"
    -> "I finally read the slides from your talk.")."""
    text = sentence.strip()
    forms = []
    for m in _TAIL_CUTS.finditer(text):
        if in_quote(text, m.start()):
            continue
        rest = text[m.end():]
        lead = _SUBJECT.match(rest)
        if lead is None or not re.match(r"\w", rest[lead.end():]):
            continue
        rest = rest[lead.end():]
        # a clause opening with a pronoun is checked form by form (a later clause may point
        # back: "you quoted Osler ... and it made me rethink"); one opening with a noun phrase
        # ("your recent paper on X, and it lines up ...") whole: its verb may be in the rest
        if len(rest.split()) >= min_words and (
                re.match(r"(?:I|I['’]\w+|we|you|there)\b", rest, re.IGNORECASE) or
                not _POINTS_BACK.search(rest)):
            tail = rest[:1].upper() + rest[1:]
            forms += [f for f in [tail, *shorter_forms(tail, min_words, CLAUSE_ONLY)]
                      if not _POINTS_BACK.search(f)]
    return list(dict.fromkeys(forms))


def _content(sentence: str) -> int:
    return len(re.findall(r"[A-Za-z][\w'’-]{3,}", sentence))


def _is_signoff(sentence: str) -> bool:
    return len(sentence.split()) <= 5 and not sentence.rstrip().endswith(("?", "."))


# Words of an ask's frame: a shorter form of the ask left with fewer than two other words asks
# nothing ("Would you be open to me joining the registry?" -> "Would you be open?").
_ASK_FRAME = frozenset([
    "would", "could", "can", "will", "do", "does", "did", "you", "we", "i", "be", "have",
    "has", "had", "mind", "open", "willing", "able", "time", "any", "some", "a", "an", "the",
    "to", "me", "your", "my", "if", "is", "are", "there", "way", "for", "it", "that", "this",
    "like", "love", "happy", "glad", "free", "available", "possible", "ok", "okay"])
# A sentence said wholly in brackets, or one that only announces the questions after it.
_ASIDE_ONLY = lazy(rf"\s*\([^()]*\)[.!?]?\s*|\s*{ANNOUNCED}\s*[.:!]?\s*", re.IGNORECASE)
# An offer put as an ask ("Let me know if you want me to add anything", "Happy to send the
# slides if useful"): what the writer can do for the reader, never the note's ask.
_OFFER = lazy(r"^(?:(?:also|and|so)\s*,?\s+)?(?:let\s+me\s+know\s+if\s+(?:you\s+(?:want|need|would"
              r"\s+like)\s+(?:me\b|anything)|there\s+is\s+anything|I\s+can\b)|(?:I['’]m\s+|I\s+am\s+)?"
              r"happy\s+to\s+(?:send|share|help)\b)", re.IGNORECASE)
ASKED_AGAIN = ROLE_WORTH["question"]  # a note's second ask: kept when it fits
HOLLOW = 8.0  # what an ask cut down to its frame loses beyond the cut itself
TOPIC = 5.0  # ... and what it loses when the cut takes what it is about ("... a call about X")
_TOPIC_CUT = lazy(r"\s*(?:about|re:?|regarding|on|into)\s", re.IGNORECASE)


def _loses_topic(ask: str, form: str) -> bool:
    """The ask's shorter form ends where what it is about begins ("Would you be open to a
    short call about your fellowship?" -> "... a short call?")."""
    return _TOPIC_CUT.match(ask.rstrip(".?! "), len(form.rstrip(".?! "))) is not None


def _hollow(form: str) -> bool:
    """The ask's form says nothing of what is asked (`_ASK_FRAME`)."""
    words = re.findall(r"[\w][\w'’-]*", form.lower())
    return sum(w not in _ASK_FRAME for w in words) < 2


def _squeezed(p: Piece) -> Piece:
    """The piece with each form's compressed form (`shorten_within.compressed`: asides,
    intensifiers, hedges, announcing frames left out; then the writer's program and when a told
    event happened too) beside it, worth what that form is worth less a little: a note keeps
    every sentence's facts before it keeps their every word."""
    worths = p.worths or [p.weight - i * p.step_cost for i in range(len(p.forms))]
    forms: list[str] = []
    values: list[float] = []
    for form, w in zip(p.forms, worths, strict=True):
        # (the writer's program and when a told event happened go in a deeper form: a
        # note keeps them before it keeps an aside's fact)
        deepest = compressed(form)
        for f, v in ((form, w), (compressed(form, deep=False), w - 0.3),
                     (deepest, w - 0.6), (without_venue(deepest), w - 0.9)):
            if f not in forms:
                forms.append(f)
                values.append(v)
    return Piece(forms, p.required, p.weight, p.step_cost, values)


def role_pieces(sentences: Sequence[str], *, opening: bool = False,
                first_ask: bool = False) -> list[Piece]:
    """Each sentence read for what it does (module docstring), each form beside its
    compressed form (`_squeezed`). `opening`: the first sentence after the greeting (who is
    writing, in a note checked as typed) is kept too unless it is only polite, and so is a
    sign-off that ends the note ("Best, Maria"). `first_ask` (the rewrite of the resident's own
    note): of two asks the first is the one kept, the other weighs as a second question does
    and stays when it fits ("Is the elective open to second years? Could I talk to a resident
    who did it?")."""
    last = len(sentences) - 1
    signoff = opening and last > 0 and _is_signoff(sentences[last])
    # (a sentence ending in a quotation ends with it: '... “walks you through them.”')
    sentences = [s if i == last and signoff or
                 s.rstrip().rstrip("\"”’')")[-1:] in (".", "!", "?", "…")
                 else s.rstrip() + "." for i, s in enumerate(sentences)]
    # the ask: the last question, else the last sentence that asks or commits to a next step
    asks = [i for i, s in enumerate(sentences) if not polite_only(s) and _asks(s)
            and not (first_ask and _OFFER.match(s))]
    questions = [i for i in asks if sentences[i].rstrip().endswith("?")]
    ask = (questions or asks or [None])[0 if first_ask else -1]
    # the note's other asks of the same kind (a second question beside a question; a second
    # wish when none is a question: "I'd love to shadow ... I'd also be grateful if ...")
    others = set((questions or asks)[1:]) if first_ask else set()
    pieces = []
    for i, s in enumerate(sentences):
        if signoff and i == last:
            pieces.append(Piece([s, *shorter_forms(s, cuts=_CUTS)], required=True,
                                weight=1.0))
        elif opening and i == 0 and not polite_only(s) and i != ask:
            # who is writing, kept: by the form of it that says most ("I know you're busy,
            # but I'm applying to ..." -> "I'm applying to ...")
            forms = list(dict.fromkeys([s, *shorter_forms(s, cuts=_CUTS), *tail_forms(s)]))
            pieces.append(Piece(forms, required=True, worths=[
                worth(f) - (0.5 if n else 0.0) for n, f in enumerate(forms)]))
        elif _ASIDE_ONLY.fullmatch(s):  # "(No worries if you're swamped.)", "I have two
            # questions.": a remark aside
            pieces.append(Piece([s], worths=[-6.0]))
        elif polite_only(s):
            # only polite as a whole, though a last clause may say more ("I'm not sure you
            # remember me, but I was the intern at your lecture")
            tails = [t for t in tail_forms(s) if not polite_only(t)]
            pieces.append(Piece([s, *tails], worths=[-6.0, *(worth(t) - 0.5 for t in tails)]))
        elif i == ask:
            # ended early, each cut costs; said by a last clause that still asks, a little
            # (a form that no longer asks is no form of the ask: "I'm planning a rheumatology
            # career and would love to get coffee" is never "I'm planning a rheumatology career")
            ended = [s, *(f for f in shorter_forms(s) if _asks(f))]
            # (a question's last clause asks only when it opens as one: "... coffee so I
            # could ask about your path?" is no question by its "so I could ...")
            # (only whole last clauses: the ask is at the sentence's end)
            tails = [t for t in tail_forms(s) if s.rstrip(".?! ").endswith(t.rstrip(".?! ")[1:])
                     and (QUESTION_START.match(t) if t.endswith("?") else _asks(t))]
            tails = [t for t in tails if t not in ended]
            pieces.append(Piece([*ended, *tails], required=True, weight=6.0,
                                step_cost=CUT_COST,
                                worths=[6.0 - CUT_COST * n - (HOLLOW if n and _hollow(f) else 0.0)
                                        - (TOPIC if n and _loses_topic(s, f) else 0.0)
                                        for n, f in enumerate(ended)] + [5.0] * len(tails)))
        else:
            # a closing remark after the ask ("Either way, thanks for all you share") weighs
            # as a wish to stay in touch does, whatever it says of the reader
            closing = CLOSING.search(s) is not None or \
                ask is not None and i > ask and _THANKS.match(s) is not None
            # a clause left alone that is only polite ("I would really appreciate it", of an
            # ask that went) is no shorter form of the sentence
            shorter = [f for f in [*shorter_forms(s, cuts=_CUTS), *tail_forms(s)]
                       if not polite_only(f)]
            named = _NAMED.match(s)  # the profile shows the name: "I am ..." says the rest
            if named:
                shorter.insert(0, s[named.end():][:1].upper() + s[named.end():][1:])
            # another ask: ended early as the ask is, each cut costing what it costs the ask
            ended = [f for f in shorter_forms(s) if _asks(f) and f not in shorter] \
                if i in others else []
            forms = list(dict.fromkeys([s, *shorter, *ended]))
            if closing:
                weight = min(3.0, 0.4 * _content(s)) + (2.0 if ask is not None else PURPOSE)
                pieces.append(Piece(forms, weight=weight, step_cost=1.0))
            else:  # each form worth what it does; any cut costs a little
                # (another ask of the note, while it still asks, weighs as a question does)
                # (another ask weighs as a second question, whatever of the reader's it names:
                # "your clinic" in "Could I also observe your clinic?" is what is asked, no
                # reference to their work; a form of it that lost a clause costs what a cut of
                # the ask costs)
                pieces.append(Piece(forms, worths=[
                    ASKED_AGAIN + min(3.0, 0.4 * _content(f)) - (CUT_COST if n else 0.0)
                    if i in others and _asks(f) else worth(f) - (0.5 if n else 0.0)
                    for n, f in enumerate(forms)]))
    return [_squeezed(p) for p in pieces]
