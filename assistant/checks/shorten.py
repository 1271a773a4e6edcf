"""The one note shortener: a note's sentences fitted to a limit (LinkedIn's characters, a
message's words) by what each sentence does, without inventing anything. The checks' limit
suggestion (`shorten_note`), the rewrite of the resident's own note and the offline engine's
composed notes all fit here; the engine adds what its request's facts are worth (`choose`'s
`value`).

How a sentence is read (`role_pieces`): the ask (the last sentence that asks or commits to a
next step) is always kept, ended at an earlier clause boundary if it must be, or said by its
last clause alone ("I know you're busy, but could we talk about X?" -> "Could we talk about
X?"); pleasantries ("I hope this finds you well", "sorry for the long message") go first. The
guide's short note says who you are, why you write and what you ask, and refers to something
specific of the reader's: each form of a sentence (full, ended early, its last clauses alone)
is worth what that form does (`does`: the writer's news, the reader's work or the shared
context, the writer's reason, who they are, else only its content), so a form that keeps a
sentence's opening ("it was a long week here") is not worth what its lost clause ("... your
talk on anticoagulation") was. Whole sentences or clauses only: every combination of the
sentences' forms is scored and the richest one that fits wins.
Only when even the kept sentences in their shortest forms are too long is the text cut, at a
word boundary, marked with "…", and the caller says so.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.checks.functions import asks_or_commits, polite_only
from assistant.checks.text import parse_greeting
from assistant.checks.wordlist import COMMON_WORDS
from assistant.phi.vocab import is_common
from assistant.text.sentences import split_sentences

CUT_COST = 5.0  # per clause cut from an ask or next step: what is asked matters most
MAX_COMBINATIONS = 2048
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
_CUTS = re.compile(CLAUSE_ONLY.pattern[:-3] + r"|where|when|which|who)\s")
CLOSING = re.compile(r"\b(stay|staying|keep|keeping) (connected|in touch)\b|\bconnect\b",
                     re.IGNORECASE)
# Who the writer is: a sentence introducing them.
_IDENTITY = re.compile(r"^(?:My name is\b|I(?:['’]m|\s+am)\s+(?:a|an|the|currently)\b|"
                       r"I(?:['’]m|\s+am)\s+[A-Z][\w'’-]+,\s+(?:a|an)\b)", re.IGNORECASE)
_NAMED = re.compile(r"My name is [^\W\d_][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:,\s*|\s+)and\s+"
                    r"(?=I\b)")
# Why they write: a plan, a hope, an interest, an application.
_REASON = re.compile(r"\b(?:because|hoping|hope to|planning|plan to|starting|applying|"
                     r"interested in|thinking about|want(?:ed)? to|trying to|would like to|"
                     r"aiming|building|working on)\b", re.IGNORECASE)
# The reader's work or the context the note shares with them ("your talk", "met you at"):
# not thanks, nor the reader's time or advice that any note asks for.
_READER = re.compile(r"(?<!thank )\byou\b(?!['’]re\b|\s+are\b)|"
                     r"\byour\b(?!\s+(?:time|advice|help|perspective|thoughts|input|feedback|"
                     r"guidance|insights?|support|consideration|schedule|inbox|day|week)\b)",
                     re.IGNORECASE)
# The writer's news, what an update is for: "I matched into ...", "I finally submitted the
# abstract", "my paper was accepted".
_NEWS = re.compile(r"\bI\s+(?:\w+ly\s+|just\s+)?(?:matched|submitted|passed|published|won|"
                   r"finished|completed|presented|defended|got\s+(?:accepted|into|in)|was\s+"
                   r"(?:accepted|selected|awarded|named|chosen|elected))\b|\b(?:was|were|got|"
                   r"has\s+been|have\s+been)\s+(?:accepted|funded|published|selected)\b",
                   re.IGNORECASE)
QUESTION_START = re.compile(r"(?:do|does|did|would|could|can|will|is|are|was|were|have|has|"
                            r"should|may|might|shall|what|how|why|when|where|who|which|any)\b",
                            re.IGNORECASE)
_THANKS = re.compile(r"^(?:[\w ]{1,20},\s*)?(?:thanks|thank you)\b", re.IGNORECASE)
# Why they write, said outright: "the reason is", "I'm torn between", "keen on", "my goal".
_REASON_MORE = re.compile(r"\b(?:reason|torn between|keen on|curious about|passionate about|"
                          r"pursu(?:e|ing)|go(?:ing)? into|apply(?:ing)? (?:to|for)|my goal|"
                          r"considering|deciding|(?:been\s+)?(?:reading|learning)\s+(?:a\s+lot\s+|"
                          r"more\s+)?about|help(?:ing)?\s+(?:with|out|on)|contribut\w+|"
                          r"volunteer\w*)\b", re.IGNORECASE)
# What each thing a sentence does is worth in a note cut to its limit (`does`).
ROLE_WORTH = {"news": READER + 2.0, "shared": READER, "reason": READER - 4.0,
              "question": 6.0, "thanks": 6.0, "identity": 2.0, "other": 0.0}
# Thanks for something named ("Thank you for all your help with the stats").
_THANKS_FOR = re.compile(r"\b(?:thanks|thank\s+you)\s+(?:(?:so|very)\s+much\s+|again\s+)?for\b",
                         re.IGNORECASE)
# A pronoun that points back: a clause holding one cannot stand without what it points to.
_POINTS_BACK = re.compile(r"\b(?:he|she|his|her|him|hers|they|them|their|it|its)\b",
                          re.IGNORECASE)
# A clause that can stand as a sentence by itself: it opens with its subject.
_SUBJECT = re.compile(r"(?:(?:anyway|anyhow|so|but|and|also|honestly|mostly)[ ,]+)*"
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
        ("reason", reason and _specific(sentence[reason.end():])),
        # a second question put to the reader ("Do you take residents for electives?")
        ("question", sentence.rstrip().endswith("?")),
        ("thanks", _THANKS_FOR.search(sentence)),
        ("identity", _IDENTITY.match(sentence))) if found]
    return tuple(roles) or ("other",)


def _specific(text: str) -> bool:
    """The text names something everyday English does not: a term, a place, an acronym."""
    return any(not is_common(w) and w.lower() not in COMMON_WORDS
               for w in re.findall(r"[^\W\d_][\w-]{2,}", text))


def worth(sentence: str) -> float:
    """What keeping this form of a sentence is worth: its most valuable role, a little for each
    other one, and its content."""
    roles = does(sentence)
    top = ROLE_WORTH[roles[0]]
    if roles[0] == "shared" and not _specific(sentence):
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


def shorter_forms(sentence: str, min_words: int = 4,
                  cuts: re.Pattern[str] = CLAUSE_CUT) -> list[str]:
    """The sentence ended early at each clause boundary, longest first ("Would you have 15
    minutes for coffee during the meeting?", "Would you have 15 minutes for coffee?")."""
    text = sentence.strip()
    end = "?" if text.endswith("?") else "."
    body = text.rstrip(".?!").rstrip()
    forms = []
    for m in reversed(list(cuts.finditer(body))):
        head = body[: m.start()].rstrip(" ,;:")
        if len(head.split()) >= min_words:
            forms.append(head + end)
    return list(dict.fromkeys(forms))


# Where a sentence's last clauses start: a clause boundary, or after an empty lead-in ("the
# reason is that I'm ...").
_TAIL_CUTS = re.compile(CLAUSE_ONLY.pattern + r"|\b(?:reason\s+(?:is|was)|is\s+that|was\s+that)"
                        r"\s+(?:that\s+)?")


# "I was wondering whether you might have time to chat": a question put as a statement.
_WONDERING = re.compile(r"\bI(?:\s+was|['’]m|\s+am)\s+wondering\s+(?:if|whether)\b", re.IGNORECASE)


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
        rest = text[m.end():]
        lead = _SUBJECT.match(rest)
        if lead is None or not re.match(r"\w", rest[lead.end():]):
            continue
        rest = rest[lead.end():]
        if len(rest.split()) >= min_words and not _POINTS_BACK.search(rest):
            tail = rest[:1].upper() + rest[1:]
            forms += [tail, *shorter_forms(tail, min_words, CLAUSE_ONLY)]
    return list(dict.fromkeys(forms))


def _content(sentence: str) -> int:
    return len(re.findall(r"[A-Za-z][\w'’-]{3,}", sentence))


def _is_signoff(sentence: str) -> bool:
    return len(sentence.split()) <= 5 and not sentence.rstrip().endswith(("?", "."))


def role_pieces(sentences: Sequence[str], *, opening: bool = False) -> list[Piece]:
    """Each sentence read for what it does (module docstring). `opening`: the first sentence
    after the greeting (who is writing, in a note checked as typed) is kept too unless it is
    only polite, and so is a sign-off that ends the note ("Best, Maria")."""
    last = len(sentences) - 1
    signoff = opening and last > 0 and _is_signoff(sentences[last])
    sentences = [s if i == last and signoff or s.rstrip()[-1:] in (".", "!", "?", "…")
                 else s.rstrip() + "." for i, s in enumerate(sentences)]
    # the ask: the last question, else the last sentence that asks or commits to a next step
    asks = [i for i, s in enumerate(sentences) if not polite_only(s) and _asks(s)]
    questions = [i for i in asks if sentences[i].rstrip().endswith("?")]
    ask = questions[-1] if questions else asks[-1] if asks else None
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
        elif polite_only(s):
            # only polite as a whole, though a last clause may say more ("I'm not sure you
            # remember me, but I was the intern at your lecture")
            tails = [t for t in tail_forms(s) if not polite_only(t)]
            pieces.append(Piece([s, *tails], worths=[-6.0, *(worth(t) - 0.5 for t in tails)]))
        elif i == ask:
            # ended early, each cut costs; said by a last clause that still asks, a little
            ended = [s, *shorter_forms(s)]
            # (a question's last clause asks only when it opens as one: "... coffee so I
            # could ask about your path?" is no question by its "so I could ...")
            # (only whole last clauses: the ask is at the sentence's end)
            tails = [t for t in tail_forms(s) if s.rstrip(".?! ").endswith(t.rstrip(".?! ")[1:])
                     and (QUESTION_START.match(t) if t.endswith("?") else _asks(t))]
            tails = [t for t in tails if t not in ended]
            pieces.append(Piece([*ended, *tails], required=True, weight=6.0,
                                step_cost=CUT_COST,
                                worths=[6.0 - CUT_COST * n for n in range(len(ended))] +
                                [5.0] * len(tails)))
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
            forms = list(dict.fromkeys([s, *shorter]))
            if closing:
                weight = min(3.0, 0.4 * _content(s)) + (2.0 if ask is not None else PURPOSE)
                pieces.append(Piece(forms, weight=weight, step_cost=1.0))
            else:  # each form worth what it does; any cut costs a little
                pieces.append(Piece(forms, worths=[worth(f) - (0.5 if n else 0.0)
                                                   for n, f in enumerate(forms)]))
    return pieces


def base_value(texts: Sequence[str], kept: Sequence[Piece]) -> float:
    """What a choice of forms is worth without a request: the weight of the sentences kept,
    less what shortening cost (ties: the longer note)."""
    return sum(p.value(t) for p, t in zip(kept, texts, strict=True)) + \
        sum(len(t) for t in texts) / 1000


def choose(pieces: Sequence[Piece], limit: int, join: Callable[[Sequence[str]], str],
           value: Callable[[Sequence[str], Sequence[Piece]], float] = base_value,
           size: Callable[[str], int] = len) -> str:
    """The best note within `limit` (of `size`: characters, or words): required pieces always
    (in their shortest form if need be), then whichever forms of the others `value` prefers;
    when even that is too long, `last_resort`."""
    pieces = [p for p in pieces if p.forms and p.forms[0].strip()]
    if not pieces:
        return ""
    pool, best = _search(pieces, limit, join, value, size)
    return best if best is not None else last_resort(pool, limit, join, size)


def _search(pieces: Sequence[Piece], limit: int, join: Callable[[Sequence[str]], str],
            value: Callable[[Sequence[str], Sequence[Piece]], float],
            size: Callable[[str], int]) -> tuple[list[Piece], str | None]:
    """(the pieces searched, the best note within the limit or None)."""
    full = join([p.forms[0] for p in pieces])
    if size(full) <= limit:
        return list(pieces), full

    def options(p: Piece) -> list[str | None]:
        return [*p.forms, *([] if p.required else [None])]

    # Too many combinations (a long pasted note): keep at most five forms of a sentence, and
    # only as many optional sentences, the most valuable first, as stay within MAX_COMBINATIONS.
    pool = [p if len(p.forms) <= 5 else p.only(_five(p)) for p in pieces]
    total = math.prod(len(options(p)) for p in pool if p.required)
    if total > MAX_COMBINATIONS:
        pool = [Piece(p.forms[-1:], True) if p.required else p for p in pool]
        total = 1
    ranked = sorted((i for i, p in enumerate(pool) if not p.required),
                    key=lambda i: (-value([pool[i].forms[0]], [pool[i]]), i))
    keep = {i for i, p in enumerate(pool) if p.required}
    for i in ranked:
        if total * len(options(pool[i])) > MAX_COMBINATIONS:
            break
        total *= len(options(pool[i]))
        keep.add(i)
    pool = [p for i, p in enumerate(pool) if i in keep]

    best: tuple[float, str] | None = None
    for choice in itertools.product(*(options(p) for p in pool)):
        texts = [t for t in choice if t]
        if not texts:
            continue
        note = join(texts)
        if size(note) > limit:
            continue
        score = value(texts, [p for p, t in zip(pool, choice, strict=True) if t])
        if best is None or score > best[0]:
            best = (score, note)
    return pool, best[1] if best else None


def _five(p: Piece) -> list[int]:
    """Which five forms of a sentence with more are searched: the full one, the shortest, and
    the three others worth most (without `worths`: the first four and the last)."""
    if not p.worths:
        return [0, 1, 2, 3, len(p.forms) - 1]
    shortest = min(range(len(p.forms)), key=lambda i: len(p.forms[i]))
    rest = sorted((i for i in range(1, len(p.forms)) if i != shortest),
                  key=lambda i: -p.worths[i])[:3]
    return sorted({0, shortest, *rest})


def last_resort(pool: Sequence[Piece], limit: int, join: Callable[[Sequence[str]], str],
                size: Callable[[str], int] = len) -> str:
    """Even the required sentences in their shortest forms are too long: whole sentences go,
    last first, then the first one is ended at an earlier clause boundary. Only a single
    sentence with no boundary within the limit (input, not a draft) is cut, marked "…"."""
    required = [min(p.forms, key=len) for p in pool if p.required] or \
        [min(pool[0].forms, key=len)]
    candidates = [join(required[:n]) for n in range(len(required), 0, -1)]
    candidates += [join([form]) for form in shorter_forms(required[0], min_words=2)]
    fitting = next((c for c in candidates if size(c) <= limit), None)
    if fitting:
        return fitting
    return cut(min(candidates, key=len), limit)


def cut(text: str, limit: int) -> str:
    """Cut at the last word boundary that leaves room for "…"."""
    room = text[: limit - 1]
    if len(text) > limit - 1 and not text[limit - 1].isspace() and " " in room:
        room = room[: room.rfind(" ")]
    return room.rstrip(" ,;:—–-") + "…"


# ---------------------------------------------------------------- the checks' suggestion

_FILLERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), r) for p, r in (
        # ("thank you very much" keeps its "very": "thank you much" is no English)
        (r"\b(?:really|very|truly|just|actually|basically|definitely) "
         r"(?=\w)(?!(?:much|many|few|little|well)\b)", ""),
        (r"\bI would (love|like) to\b", r"I'd \1 to"),
        (r"\bI am\b", "I'm"),
        (r"\bin order to\b", "to"),
        # "I'm reaching out because I heard your talk" says only "I heard your talk"
        (r"\bI(?:['’]m| am) (?:reaching out|writing|messaging you|writing to you) "
         r"(?:because|since|as) (?=I\b)", ""),
        (r"\bas well as\b", "and"),
    )
]
_SO_MUCH = re.compile(r"\b(thank you|thanks) so much\b", re.IGNORECASE)


def _squeeze(text: str) -> str:
    spaced = re.sub(r"[ \t]+", " ", text)  # now no run of blanks is longer than one
    return re.sub(r" ?\n ?(?:\n ?)+", "\n", spaced).strip()


def tighten(text: str) -> str:
    """Blanks squeezed, then filler words tightened ("thank you so much", "really", "in order
    to", "I would love to" -> "I'd love to"): nothing said is lost. What `shorten_note` fits to
    the limit, the form a flagged span is compared in, and the rewrite's first step over a
    limit."""
    out = _SO_MUCH.sub(lambda m: m.group(1), _squeeze(text))
    for pattern, replacement in _FILLERS:
        out = _squeeze(pattern.sub(replacement, out))
    return out


FLAGGED = -20.0  # a sentence holding what another check flags: the first to go


def shorten_note(text: str, limit: int, flagged: Sequence[str] = ()) -> tuple[str, bool]:
    """(the note as typed within `limit` characters, whether it had to be cut mid-sentence):
    filler words tightened first ("really", "in order to"), then its sentences fitted by
    `role_pieces`, its opening and sign-off kept; a sentence holding any of `flagged` (what
    the other checks flag: a patient's identifier, a judgement of colleagues) goes first."""
    # Far past any real note (a pasted document): only its opening can become the note.
    out = _squeeze(text[: limit * 10])
    if len(out) <= limit:
        return out, False
    out = tighten(out)
    if len(out) <= limit:
        return out, False
    # the flagged spans are looked for in the tightened sentences: tightened the same way
    flagged = [t for t in (tighten(f) for f in flagged) if len(t) >= 3]
    hello = _greeting(out)
    sentences = split_sentences(out[len(hello):])
    if not sentences:
        return cut(out, limit), True
    def join(texts: Sequence[str]) -> str:
        return hello + " ".join(texts)

    pieces = role_pieces(sentences, opening=True)
    for p in pieces:
        if not p.required and any(f in p.forms[0] for f in flagged):
            p.weight = FLAGGED  # and so is each form still holding it
            p.worths = [FLAGGED if any(f in form for f in flagged) else w
                        for form, w in zip(p.forms, p.worths or [FLAGGED] * len(p.forms),
                                           strict=True)]
    pool, short = _search(pieces, limit, join, base_value, len)
    if short is not None:
        return short, False
    # even the opening, the ask and the sign-off are too long: the first of them alone, else
    # the first cut at a word boundary (an ask ended mid-phrase is no suggestion to make)
    required = [min(p.forms, key=len) for p in pool if p.required] or \
        [min(pool[0].forms, key=len)]
    fitting = next((c for c in (join(required[:n]) for n in range(len(required), 0, -1))
                    if len(c) <= limit), None)
    return (fitting, False) if fitting else (cut(join(required[:1]), limit), True)


def _greeting(text: str) -> str:
    """The salutation the note opens with, up to its comma and the space after it ("Hi Dr.
    Rivera, "): kept as it is, never a clause to cut at. '' when the note opens otherwise."""
    head = re.match(r"subject:[^\n]*\n\s*", text, re.IGNORECASE)  # a pasted email's subject
    g = parse_greeting(text, head.end() if head else 0, len(text), inline=True)
    if g is None:
        return ""
    m = re.match(r"[ \t]*[,:!—–-]\s*", text[g.name_end:]) if g.name else \
        re.match(r"[ \t]*[,:!—–-]\s*", text[g.sal_end:])
    if m is None:
        return ""
    return text[:(g.name_end if g.name else g.sal_end) + m.end()]
