"""The update to a mentor or sponsor: read the resident's news, plan the note, realise it.

Residents type the news in fragments ("matched IM at UCSF!!", "abstract accepted as poster @
SHM", "didn't get the grant :( resubmitting next cycle", "took step 3 last wk - still waiting
on the score"). The news is parsed into outcomes, each given a shape by its first words (a verb
phrase with an implied "I", a gerund or a predicate adjective that takes "I am", a clause with
its own subject, a noun phrase), and a tone (a setback, a result still pending, or news); the
realiser then chooses a frame per shape and per tone, so every sentence has a subject and a
verb and a setback is never announced as news to celebrate. The credit is thanked for by its
shape too ("your letter and you pushing me to apply" -> "Thank you for your letter and for
pushing me to apply"), and a next step made of several outcomes ("still looking at 2 other
places - will keep you posted") becomes one sentence with "I". When the request gives no
credit, what the contact did for the resident is taken from the notes, as a fact (a sentence
that instructs is never read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.engines import phrasing as ph
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.notes import MAX_WORDS
from assistant.engines.offline.parse import second_person
from assistant.engines.offline.sentences import ADVICE_NOUNS, next_step_sentence
from assistant.models import DraftRequest
from assistant.phi.vocab import is_common
from assistant.text.casing import acronym
from assistant.text.names import person_name
from assistant.text.sentences import split_sentences
from assistant.text.shorthand import WORDS, expand

PARTICIPLES = {"chosen", "selected", "named", "elected", "invited", "awarded", "nominated",
               "appointed", "accepted", "asked", "given", "offered", "ranked", "funded",
               "published", "approved", "promoted", "waitlisted", "rejected", "hired"}
# Participles that are the resident's own past act before an object ("accepted a job")
ACTIVE_TOO = {"accepted", "published", "approved", "hired", "ranked", "funded", "selected",
              "offered", "renewed"}
# Subjects of a clause of its own ("it changed how I talk", "we got the grant")
SUBJECTS = ph.SENTENCE_OPENERS | {"my", "our", "the", "a", "an", "all", "both", "everyone",
                                  "nobody", "everything", "his", "her", "their", "your"}
FINITE = re.compile(r"\b(is|are|was|were|am|has|have|had|got|gets|will|did|didn't|does|doesn't|"
                    r"went|came|fell|made|became|can|could|won|took|changed|worked|use|uses|"
                    r"used|cut|dropped|went|increased|decreased|improved|saved|launched|started|"
                    r"ended|passed|failed|matched|accepted|published|funded)\b", re.IGNORECASE)
# A noun phrase and the state it is in: "first month of intern year done"
_STATE = re.compile(r"^(?P<np>.+?)\s+(?P<state>done|over|finished|complete|official|live|out|"
                    r"submitted|approved)$", re.IGNORECASE)
# A predicate adjective with an implied "I am": "pretty sure it was ...", "so excited"
PREDICATE = re.compile(r"^(?:pretty|so|very|really|fairly|quite|super|still|now|also)?\s*"
                       r"(sure|glad|happy|thrilled|excited|proud|grateful|relieved|bummed|"
                       r"disappointed|nervous|hopeful|honored|honoured|humbled|lucky|"
                       r"determined|optimistic|okay|ok|fine|torn|unsure|not sure)\b",
                       re.IGNORECASE)
# What a resident's own result going down or up looks like: "readmissions down 8%"
CHANGE = re.compile(r"^(?P<np>(?:[\w/'’-]+\s+){0,4}?[\w/'’%-]+?)\s+(?P<dir>(?:way\s+)?(?:down|up)\b"
                    r"|(?:dropped|fell|rose|improved)\b)", re.IGNORECASE)
SETBACK = re.compile(r"\b(bad news|sad news|didn'?t|did not|don'?t|wasn'?t|was not|weren'?t|not|"
                     r"no longer|never|"
                     r"failed|fell through|rejected|declined|denied|waitlisted|unfortunately|"
                     r"unsuccessful|withdrawn|cancell?ed|lost|missed out|passed over|"
                     r"turned down|no luck|no offers?|didn'?t work out)\b", re.IGNORECASE)
PENDING = re.compile(r"\b(still waiting|waiting (?:on|for)|pending|haven'?t heard|not yet|"
                     r"fingers crossed|any day now|should hear)\b", re.IGNORECASE)
EMOTICON = re.compile(r"(?<!\w)(?:[:;=]-?[()\[\]/\\|DPp]|<3|\^_\^|T_T)(?!\w)")
# Where the news goes on to another outcome: a sentence end, a semicolon, a dash between
# words, an emoticon, ", also", "+" (written out as "and" by the shorthand table)
BREAK = re.compile(r"\s*(?:(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bvs)(?<!\bProf)"
                   r"[.!?;]+\s+|\s+[-–—]+\s+|\s*[-–—]{2,}\s*|,\s+(?:and\s+)?also\s+|"
                   r"\s+and\s+also\s+)")
# -ing words that are adjectives, never "I am ...": "amazing month"
ING_ADJECTIVES = {"amazing", "exciting", "interesting", "rewarding", "challenging", "humbling",
                  "exhausting", "inspiring", "surprising", "overwhelming", "demanding",
                  "grueling", "gruelling", "fascinating", "encouraging", "disappointing",
                  "devastating", "frustrating", "terrifying", "thrilling", "touching",
                  "life-changing", "eye-opening", "incredible", "outstanding", "promising"}
GERUND_NOT = {"during", "nothing", "something", "morning", "evening", "thing", "spring",
              "bring", "ring", "string", "king", "anything", "everything", "ceiling", "wing",
              "sibling", "building", "meeting", "funding", "training", "hearing", "finding",
              "writing", "ranking", "warning", "opening", "timing", "wedding", "setting"}
IRREGULAR_GERUND = {
    "told": "telling", "said": "saying", "let": "letting", "kept": "keeping", "gave": "giving",
    "made": "making", "took": "taking", "ran": "running", "wrote": "writing",
    "taught": "teaching", "got": "getting", "put": "putting", "sent": "sending",
    "brought": "bringing", "read": "reading", "set": "setting", "found": "finding",
    "met": "meeting", "went": "going", "came": "coming", "saw": "seeing", "knew": "knowing",
    "thought": "thinking", "built": "building", "led": "leading", "spent": "spending",
    "stood": "standing", "stuck": "sticking", "caught": "catching", "heard": "hearing",
    "lent": "lending", "held": "holding", "sat": "sitting", "spoke": "speaking",
    "fought": "fighting", "vouched": "vouching", "bought": "buying", "paid": "paying",
    "shared": "sharing", "had": "having", "did": "doing", "were": "being", "was": "being",
}
# A second clause after the help ("... and it worked", "..., which got me the interview")
SECOND_CLAUSE = re.compile(r"(?:,?\s+(?:and|so|which|because)\s+(?=(?:it|that|I|this|they|we|"
                           r"now)\b)|,\s+(?:it|that|which)\b)", re.IGNORECASE)


# Verbs of what comes next, in their base form after a first outcome ("..., hear back in
# March", "..., graduate in June")
BASE_VERBS = {"hear", "find", "know", "begin", "graduate", "move", "defend", "learn", "head",
              "return", "rotate", "interview"}


def _and_am(text: str) -> str:
    """A gerund after "and" in a verb phrase of the resident's gets its "am" ("didn't get in
    and going to reapply" -> "... and am going to reapply")."""
    return re.sub(r"\b(and|but|so)\s+(?=(\w+)\b)",
                  lambda m: f"{m.group(1)} am " if _is_gerund(m.group(2).lower()) or
                  m.group(2).lower() in ("back", "home", "now") else m.group(0), text)


@dataclass
class Outcome:
    """One outcome of the news: `shape` is "I" (a verb phrase of the resident's), "I am" (a
    gerund or a predicate adjective), "I will", "clause" (its own subject) or "noun"."""

    text: str
    shape: str


def tone(news: str) -> str:
    """"setback", "pending" or "news"."""
    if PENDING.search(news):
        return "pending"
    return "setback" if SETBACK.search(news) else "news"


def _plain(text: str) -> str:
    """Symbols typed for words: "@ SHM" -> "at SHM", "its printed" -> "it's printed", an
    emoticon or a run of "!" inside the news -> a break between outcomes."""
    text = re.sub(r"(?<=\s)@(?=\s*[A-Za-z])", "at", text)
    text = re.sub(r"(?<!\S)@\s+", "at ", text)
    text = _its(quiet(text))
    text = _LABEL.sub("", text)
    text = _run_on(text)
    text = re.sub(r"\bmy #1\b", "my first choice", text)
    text = re.sub(r"\s*(?<![\w&])#(?!\d)[\w-]+", "", text)  # a hashtag: "#intern", "#match2027"
    text = EMOTICON.sub(". ", text)
    # "matched!!! peds at X": a bare verb, then its object
    text = re.sub(r"^(\w+)\s*!+\s+(?=[a-z])", r"\1 ", text)
    text = re.sub(r"!{2,}", "!", text)
    text = re.sub(r"\s*!\s*(?=\()", " ", text)  # "passed boards!! (ABIM)"
    return re.sub(r"[\s,;:–—-]+$", "", re.sub(r"\s{2,}", " ", text).strip())


# Laughter typed in the news ("haha", "hehe"): no word of the message
_LAUGH = re.compile(r"\s*(?<![\w'])(?:ha(?:ha)+h?|he(?:he)+|lo+l)(?![\w'])", re.IGNORECASE)
# "2" for "to" before a verb ("how 2 talk about my research")
_TWO = re.compile(r"(?<=[a-z] )2(?= ([a-z]+)\b)")
# Verbs a "2" may stand before, besides the common ones of the phrasing toolkit
_TO_VERBS = {"do", "be", "go", "make", "say", "prep", "study", "handle", "manage", "pick",
             "choose", "decide", "deal", "approach", "frame", "pitch", "present", "answer"}


def fixed(ctx: Ctx, text: str) -> str:
    """A typed phrase with the project's own checks' fixes for slang, emoji and shouting
    ("w my partner" -> "with my partner", "soooo" -> "so", an emoji left out), its first letter
    kept in the case typed."""
    from assistant.engines.offline.rewrite_fix import apply_check_fixes

    text = _TWO.sub(lambda m: "to" if m.group(1) in ph.COMMON_VERBS | _TO_VERBS else "2", text)
    text = re.sub(r"\b(will|I'll|I’ll|i'll|going to|gonna|would|I'd|i'd)\s+prob\b", r"\1 probably",
                  text)
    text = re.sub(r"^[\s,.!?;:]+", "", _LAUGH.sub("", text))
    out = apply_check_fixes(ctx, text, codes=("slang", "emoji", "shouting"))
    out = re.sub(r"\s{2,}", " ", out).strip()
    return out[:1].lower() + out[1:] if text[:1].islower() and out[1:2].islower() else out


def with_fixes(ctx: Ctx) -> DraftRequest:
    """The request with its update's phrases (news, credit, next step, ask) fixed (`fixed`)."""
    r = ctx.request.model_copy(deep=True)
    u, m = r.update, r.meeting
    u.news = fixed(ctx, u.news) if u.news else u.news
    u.credit = fixed(ctx, u.credit) if u.credit else u.credit
    m.next_step = fixed(ctx, m.next_step) if m.next_step else m.next_step
    r.ask = fixed(ctx, r.ask) if r.ask else r.ask
    return r


# A label in front of the news ("Update:", "big news -", "bad news -")
_LABEL = re.compile(r"^(?:(?:big|quick|some|good|great|bad|sad|exciting|small|life)\s+)?"
                    r"(?:update|news)\s*[:!–—-]+\s*", re.IGNORECASE)
# Where a run-on goes on to another outcome with no mark: before "so excited" after a word that
# takes no adjective, before an adverb and a gerund ("boards finally starting fellowship"), and
# before a gerund right after an acronym ("SAEM presenting in may")
_RUN_ON = re.compile(
    r"\b([\w)]+)\s+(?=(?:so|very|really|super|pretty)\s+(?:excited|happy|thrilled|grateful|"
    r"relieved|proud|glad|honored|humbled|stoked)\b)"
    r"|\b(\w+)\s+(?=(?:finally|now|also|currently|already)\s+[a-z]+ing\b)"
    r"|\b([A-Z]{2,})\s+(?=[a-z]+ing\s)")
_TAKES_ADJECTIVE = {"am", "is", "are", "was", "were", "be", "been", "feel", "felt", "so", "very",
                    "really", "get", "got", "and", "but", "i'm", "im", "still"}


def _run_on(text: str) -> str:
    """A break where a run-on goes on to another outcome (see `_RUN_ON`)."""
    def cut(m: re.Match[str]) -> str:
        word = next(g for g in m.groups() if g)
        if word.lower() in _TAKES_ADJECTIVE or _is_gerund(word.lower()):
            return m.group(0)
        return f"{word}. "
    return _RUN_ON.sub(cut, text)


def quiet(text: str) -> str:
    """An ordinary word typed in capitals for emphasis written plainly ("FINALLY got the
    paper in" -> "finally ..."); an acronym (ABIM, SHM) is no ordinary word and stays."""
    return re.sub(r"\b[A-Z]{4,}\b", lambda m: m.group(0).lower()
                  if is_common(m.group(0).lower()) else m.group(0), text)


def _its(text: str) -> str:
    """'once its printed' -> 'once it's printed' (a possessive cannot take a participle)."""
    return re.sub(r"\bits(?=\s+(?:printed|online|out|done|ready|live|up|published|over|"
                  r"official|final|submitted|accepted|in)\b)", "it's", text)


def _article_before_role(text: str) -> str:
    """'accepted as poster' -> 'accepted as a poster' (a count noun after "as" takes its
    article)."""
    return re.sub(r"\b(as|for)\s+(poster|oral|oral presentation|finalist|speaker|plenary|"
                  r"keynote|moderator|panelist|semifinalist|winner|runner-up)\b",
                  lambda m: f"{m.group(1)} {ph.article(m.group(2))} {m.group(2)}", text)


def _as_clause(text: str) -> str:
    """'matched nephrology' -> 'matched into nephrology', 'grant funded' -> 'the grant was
    funded', 'recently awarded the prize' -> 'was recently awarded the prize'."""
    text = re.sub(r"^matched\s+(?!(?:into|in|at|to|with|for)\b)", "matched into ", text)
    text = re.sub(rf"^((?:just|recently|finally|officially)\s+)(?=(?:{'|'.join(PARTICIPLES)})\b)",
                  r"was \1", text, flags=re.IGNORECASE)
    text = _BARE_NEWS.sub(r"the \1 was \2", text)
    return _BARE_SUBJECT.sub(r"the \1 \2", text)


_BARE_NEWS = re.compile(
    r"^(?!(?:my|our|the|a|an|i|we|you|was|were|is|are|am|been|be|have|has|had|got|get|just|"
    r"recently|finally|also|officially|being|still|not|never|didn't|did)\b)"
    r"([a-z][\w/-]*(?:\s+[\w/-]+){0,6}?)\s+(accepted|published|funded|approved|selected|chosen|"
    r"awarded|renewed)\b", re.IGNORECASE)


_BARE_SUBJECT = re.compile(
    r"^(?!(?:my|our|the|a|an|i|we|you|it|they|this|that|just|recently|finally|also|still|not|"
    r"never|didn't|did|got|get|was|were|is|are)\b)((?:abstract|paper|poster|manuscript|grant|"
    r"proposal|project|case report|application|study|protocol|curriculum|pilot)(?:\s+[a-z][\w/-]*)"
    r"{0,3}?)\s+(got|went|is|was|were|are|has|have|made|won)\b", re.IGNORECASE)


def _is_gerund(word: str) -> bool:
    return len(word) > 4 and word.endswith("ing") and word not in GERUND_NOT | ING_ADJECTIVES


def _is_past(word: str) -> bool:
    return word in ph.PAST_VERB_IRREGULAR or word in IRREGULAR_GERUND or \
        (len(word) > 3 and word.endswith("ed")) or word in {"didn't", "didnt", "never", "cut"}


def outcome(item: str) -> Outcome:
    """One outcome with its shape (see `Outcome`)."""
    text = re.sub(r"^(?:and\s+)?(?:also|plus)\s+", "", ph.clean(item).rstrip("!?.").strip(),
                  flags=re.IGNORECASE)
    text = _article_before_role(_as_clause(text))
    text = re.sub(r"^didnt\b", "didn't", text, flags=re.IGNORECASE)
    word = ph.first_word(text)
    if text[:1].isupper() and text[1:2].islower() and word not in ph.I_FORMS and (
            _is_past(word) or _is_gerund(word) or PREDICATE.match(text) or word == "will"):
        text = text[:1].lower() + text[1:]  # "So happy" after a "!" the checks capitalised
    words = text.split()
    second = ph.first_word(" ".join(words[1:])) if len(words) > 1 else ""
    if word in ACTIVE_TOO and re.match(r"(?:a|an|the|my|our|his|her|their|two|three|\d)\b",
                                       second):
        return Outcome(text, "I")  # "accepted a job at Kaiser": the resident's own act
    if word in PARTICIPLES:  # "chosen as chief for next year"
        return Outcome(f"was {text}", "I")
    if word == "not" and second in PARTICIPLES:  # "not selected for chief"
        return Outcome(f"was {text}", "I")
    if _is_gerund(word) and _is_past(second):  # "attending said I was ready": a noun subject
        return Outcome(text, "clause")
    if re.match(r"(?:officially|now|finally|newly|also)\s+(?:a|an|the)\s", text, re.IGNORECASE):
        return Outcome(text, "I am")  # "officially a chief"
    if word == "no":  # "no luck with the scholarship this year"
        return Outcome(f"had {text}", "I")
    state = _STATE.match(text)
    if state and word not in SUBJECTS - {"the", "my", "our"} and not FINITE.search(
            state.group("np")) and not _is_past(word) and not _is_gerund(word):
        np = state.group("np")  # "first month of intern year done" -> "... is done"
        if word in {"first", "last", "second", "third", "final"}:
            np = f"my {np}"
        elif word not in {"the", "my", "our", "a", "an"} and not np[:1].isupper():
            np = f"the {np}"
        return Outcome(f"{np} is {state.group('state')}", "clause")
    if word == "will":
        return Outcome(text, "I will")
    if _is_gerund(word) or word in {"still", "now", "currently", "also", "finally", "already",
                                    "officially"} and _is_gerund(second):
        return Outcome(text, "I am")
    if PREDICATE.match(text) and not FINITE.match(text):
        return Outcome(text, "I am")
    change = CHANGE.match(text)
    if change and not FINITE.search(change.group("np")) and word not in SUBJECTS - {"the"}:
        np = change.group("np")
        if change.group("dir").split()[-1].lower() in ("down", "up"):
            be = "is" if not np.lower().endswith("s") or np.lower().endswith("ss") else "are"
            return Outcome(f"{np} {be} {text[len(np):].strip()}", "clause")
        return Outcome(text, "clause")
    if word in SUBJECTS and (FINITE.search(text) or word in ph.SENTENCE_OPENERS or any(
            _is_past(w.lower()) for w in words[1:6])):
        return Outcome(ph.decapitalize(text) if word in {"my", "our", "your"} else text,
                       "clause")
    if _is_past(word) or word in ph.NEWS_LEADS or word in ph.COMMON_VERBS | BASE_VERBS:
        return Outcome(_and_am(text), "I")
    if FINITE.search(text) and word not in SUBJECTS:  # "all 3 teams use it now"
        return Outcome(text, "clause")
    named = re.match(r"(?:Dr|Prof|Mr|Ms|Mrs)\.?\s", text) or not is_common(word)
    if text[:1].isupper() and named and any(_is_past(w.lower()) for w in words[1:]):
        return Outcome(text, "clause")  # "Dr. Alvarez invited me to join the team"
    return Outcome(text, "noun")


def outcomes(news: str) -> list[Outcome]:
    """The news as outcomes; a comma starts a new one only before a verb or a clause."""
    items: list[Outcome] = []
    for chunk in BREAK.split(_plain(ph.clean(news))):
        if not ph.clean(chunk):
            continue
        parts = re.split(r",\s+", chunk)
        current = parts[0]
        for part in parts[1:]:
            shaped = outcome(part)
            if shaped.shape != "noun" and outcome(current).shape != "noun":
                items.append(outcome(current))
                current = part
            else:
                current = f"{current}, {part}"
        items.append(outcome(current))
    return items


def _joined(items: list[Outcome]) -> str:
    """Outcomes as one clause list sharing the "I" of the one before."""
    pieces: list[str] = []
    shared = False
    for item in items:
        if item.shape == "noun":
            if pieces:  # an apposition: "..., my first publication as a resident"
                np = item.text
                if not re.match(r"(?:(?:a|an|the|my|our|your)\b|[$£€\d])", np,
                                re.IGNORECASE) and not np[:1].isupper():
                    det = "my" if ph.first_word(np) in ("first", "best", "last", "biggest") \
                        else ph.article(np)
                    np = f"{det} {np}"
                pieces[-1] = f"{pieces[-1]}, {np}"
                continue
            pieces.append(item.text)
            shared = False
            continue
        lead = {"I": "I", "I am": "I am", "I will": "I"}.get(item.shape)
        if lead is None:  # a clause of its own
            pieces.append(item.text)
            shared = False
            continue
        if shared:
            lead = {"I": "", "I am": "am", "I will": ""}[item.shape]
        pieces.append(f"{lead} {item.text}".strip())
        shared = True
    return ph.join_list(pieces)


# A lowercase name after "at" or "with": "matched at lurie for 2028" ("to" is too often an
# infinitive's: "asked me to co-lead")
_PLACE = re.compile(r"\b(at|with)\s+((?:[a-z][\w'’&-]*)(?:\s+[a-z][\w'’&-]*)*)")
_NOT_NAME = {"for", "in", "on", "the", "and", "as", "with", "to", "from", "next", "this", "last",
             "by", "after", "before", "during", "since", "until", "a", "an", "or", "but", "so",
             "now", "then", "too", "again", "today", "yet", "of", "my", "our", "your", "their"}


def _field_word(word: str) -> bool:
    """A word of medicine or training ("pediatric", "cardiology", "fellowship"), not a name."""
    return word not in _INSTITUTION and (
        bool(ph.FIELD_WORDS.fullmatch(word)) or word in _SHORTHAND_WORDS or word.endswith(
            ("ic", "ics", "ology", "ogy", "al", "ary", "ship", "ency", "tion", "ive", "ist")))


_SHORTHAND_WORDS = frozenset(w for v in WORDS.values() for w in v.lower().split())


def named_places(text: str) -> str:
    """A lowercase name after "at"/"with" written with its capitals when its first word is
    no ordinary word ("at cincinnati children's" -> "at Cincinnati Children's", "at mgh" ->
    "at MGH"); "at the poison center", "at noon conference" stay as typed."""
    def name(m: re.Match[str]) -> str:
        words = m.group(2).split()
        run: list[str] = []
        for w in words:
            if w in _NOT_NAME:
                break
            run.append(w)
        if not run or is_common(run[0]) or any(_field_word(w) or w.endswith(("ing", "ed"))
                                               for w in run):
            return m.group(0)
        spelled = [w.upper() if acronym(w) else w[:1].upper() + w[1:] for w in run]
        return f"{m.group(1)} {' '.join(spelled + words[len(run):])}"
    text = _PLACE.sub(name, text)
    # "at Cincinnati children's": a word of an institution after its name is part of it
    return re.sub(r"\b((?:at|with)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)((?:\s+[a-z][\w'’]*)+)",
                  lambda m: m.group(1) + _institution_words(m.group(2)), text)


_INSTITUTION = {"medical", "center", "centre", "hospital", "hospitals", "university", "college",
                "school", "clinic", "institute", "health", "general", "memorial", "children's",
                "infirmary", "foundation", "regional", "community", "county"}


def _institution_words(tail: str) -> str:
    """The leading words of `tail` that name a kind of institution, capitalised."""
    words = tail.split(" ")
    for i, w in enumerate(words):
        if not w:
            continue
        if w.lower() not in _INSTITUTION:
            if w.lower().strip(",.;:!?") not in _NOT_NAME:
                return tail  # "at UCSF general surgery": the words go on to something else
            break
        words[i] = w[:1].upper() + w[1:]
    return " ".join(words)


def news_sentence(news: str) -> str:
    """The news in one sentence, framed by its tone: "I wanted to share that I matched into
    internal medicine at UCSF.", "I wanted to let you know that I didn't get the grant and am
    resubmitting next cycle."."""
    items = outcomes(named_places(_plain(ph.clean(news))))
    if not items:
        return "I wanted to send a brief update."
    lead = "I wanted to share that" if tone(news) == "news" else "I wanted to let you know that"
    if items[0].shape == "noun" and len(items) == 1:
        text = re.sub(r"^(The|A|An)(?= )", lambda m: m.group(1).lower(), items[0].text)
        return f"I wanted to share some news: {text}." if tone(news) == "news" else \
            f"I wanted to give you an update: {text}."
    body = _joined(items)
    return f"{lead} {ph.decapitalize(body) if ph.first_word(body) != 'i' else body}."


def _gerund(word: str) -> str:
    """The -ing form of a past verb: 'helped' -> 'helping', 'encouraged' -> 'encouraging'."""
    low = word.lower()
    if low in IRREGULAR_GERUND:
        return IRREGULAR_GERUND[low]
    if low.endswith("eed"):
        return low[:-1] + "ing"
    if low.endswith("ied"):
        return low[:-3] + "ying"
    if low.endswith("ed"):
        return low[:-2] + "ing"
    return low


def credit_sentence(ctx: Ctx, credit: str, news_tone: str = "news") -> str:
    """Thanks for the help the resident names, by the shape of the phrase; "made a real
    difference" only of news worth it (never of a setback)."""
    text = quiet(ph.clean(credit))
    # "thx for all the advice": the thanks is the frame's, the rest is what it is for
    text = re.sub(r"^(?:(?:thank you|thanks)(?:\s+so\s+much)?\s+)?for\s+|^(?:thank you|thanks)"
                  r"(?:\s+so\s+much)?\s+", "", text, flags=re.IGNORECASE) or text
    word = ph.first_word(text)
    good = news_tone == "news"
    contact_names = {person_name(ctx.request.contact.name).lower(),
                     ph.last_name(ctx.request.contact.name).lower()} - {""}
    # "your letter and you pushing me to apply": a noun and a deed, each thanked for
    text = re.sub(r"\band you\s+(\w+ing)\b", r"and for \1", text, flags=re.IGNORECASE)
    # "your reading my contract": a deed with its object ("your mentoring" is a noun)
    deeds = re.match(r"your\s+(\w+ing)\b(\s+(?:my|me|the|a|an|us|our|this|that|every|all)\b.*)$",
                     text, re.IGNORECASE)
    if deeds and _is_gerund(deeds.group(1).lower()):  # "your reading my contract"
        text = f"you {deeds.group(1)}{deeds.group(2)}"
        word = "you"
    if word == "your" or word in {"all", "the", "every"} and re.search(r"\byour\b", text):
        if good and " and for " not in text:
            return f"{ph.capitalize(text)} made a real difference along the way — thank you."
        return f"Thank you for {ph.decapitalize(text)}."
    if re.fullmatch(r"(?:you|u|yours?)[.!]*", text, re.IGNORECASE):  # "you": their advice
        text, word = "advice", "advice"
    gerund = re.match(r"you\s+(\w+ing\b.*)$", text, re.IGNORECASE)
    if gerund:  # "you pushing me to apply early"
        return f"Thank you for {gerund.group(1)}" + \
            (" — it made a real difference." if good else ".")
    deed = re.match(r"you\s+(?:(always|really|also|even|\w+ly)\s+)?([a-z'’]+)\b(.*)$", text,
                    re.IGNORECASE)
    if deed and _is_past(deed.group(2).lower()) and not SECOND_CLAUSE.search(deed.group(3)) \
            and deed.group(2).lower() not in {"were", "was", "had", "did", "didn't"}:
        verb = _gerund(deed.group(2))
        # "helped me pick the case and edited the abstract": each deed thanked for alike
        rest = re.sub(r"\b(and|or)\s+([a-z]+)\b", lambda m: f"{m.group(1)} {_gerund(m.group(2))}"
                      if _is_past(m.group(2)) and m.group(2) not in ("cut", "never") else
                      m.group(0), deed.group(3))
        if verb == "saying" and re.match(r"\s+to\b", rest):  # "you said to email the PD"
            verb = "telling me"
        adverb = f"{deed.group(1)} " if deed.group(1) else ""
        return f"Thank you for {adverb}{verb}{rest}" + \
            (" — it made a real difference." if good else ".")
    if word == "you" and SECOND_CLAUSE.search(text):  # "you said to email the PD and it worked"
        return f"{ph.capitalize(text)} — thank you."
    if word == "you":  # a clause of its own
        return f"{ph.capitalize(text)}. Thank you" + (" — it made a real difference." if good
                                                       else ".")
    if person_name(text).lower() in contact_names:
        return "Your advice made a real difference along the way — thank you." if good else \
            "Thank you for your advice along the way."
    if re.fullmatch(r"(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", text):
        return f"I am grateful for {text}'s advice along the way."  # someone else's
    if word in ADVICE_NOUNS:
        return f"Your {text} made a real difference along the way — thank you." if good else \
            f"Thank you for your {text}."
    return f"Thank you for {text}."


# A wish in front of a next step ("would love to catch up at ASH", "hope to visit in May")
_WISH = re.compile(r"(?:i\s*)?((?:would|['’]d)\s+(?:really\s+)?(?:love|like)\s+to|hope\s+to|"
                   r"want\s+to|plan\s+to|intend\s+to)\s+(.+)$", re.IGNORECASE)


def next_step(ctx: Ctx, step: str) -> str:
    """A next step of several outcomes ("still looking at 2 other places - will keep you
    posted") as one sentence with "I"; one phrase is the shared realiser's."""
    plea = re.split(r",\s+(?=please\s+[a-z])", ph.clean(step), maxsplit=1, flags=re.IGNORECASE)
    if len(plea) == 2:  # "will send the proofs, pls flag anything": a promise, then a request
        return f"{next_step(ctx, plea[0])} {ph.sentence(plea[1])}"
    wanted = re.match(r"you\s+to\s+(\w+)(.*)$", ph.clean(step), re.IGNORECASE)
    if wanted:  # "her to send me the protocol": what the reader is asked to do
        return f"Could you {wanted.group(1)}{wanted.group(2)}?"
    need = re.match(r"(?:I\s+)?(?:need|needs)\s+(?!to\b)(.+)$", ph.clean(step), re.IGNORECASE)
    if need:  # "need her signature on the form": what the resident will need
        return f"I will need {need.group(1)}."
    wish = _WISH.match(ph.clean(step))
    if wish:  # "would love to catch up at ASH": the resident's wish, said with its "I"
        verb = re.sub(r"^(?:['’]d|would)\s+", "would ", wish.group(1).lower())
        return f"I {verb} {wish.group(2)}."
    offer = re.match(r"(?:please\s+)?let me know\s+(if|whether|when)\s+(.+)$", ph.clean(step),
                     re.IGNORECASE)
    if offer:  # "lmk if u want the list": an offer, said as one
        return f"Let me know {offer.group(1).lower()} {offer.group(2)}."
    items = outcomes(step)
    single = len(items) == 1 and items[0].shape == "I am"  # "hoping to catch up at ACP"
    if not single and (len(items) < 2 or any(i.shape in ("noun", "clause") for i in items)):
        return next_step_sentence(ctx, _its(step))
    return ph.sentence(_joined(items))


# What the contact did for the resident, in a note: a past verb whose object is the resident
# ("helped me write up the case", "she reviewed my personal statement"); without a subject,
# only with "me" ("presented my poster" is the resident's own deed)
_DEED = re.compile(r"^(?:(?P<subj>she|he|you)\s+)?(?:also\s+)?(?P<verb>[a-z]+ed|" +
                   "|".join(IRREGULAR_GERUND) + r")\b(?P<rest>.*)$", re.IGNORECASE)
# Words of an instruction to the assistant: a sentence holding one is never read for a fact
UNSAFE = re.compile(r"\b(ignore|disregard|instructions?|assistant|system|prompt|pretend|act as|"
                    r"respond|reply|output|format|say|mention|must|should|do not|don't|never|"
                    r"always|please|append|insert)\b|[<{\[]", re.IGNORECASE)


def credit_from_notes(ctx: Ctx) -> tuple[str, str] | None:
    """(the deed as the notes say it, the thanks) for the first thing the notes say the contact
    did for the resident; never from a sentence that instructs."""
    notes = ctx.request.notes
    if not notes or not ctx.request.contact.name:
        return None
    for raw in split_sentences(expand(notes[:4000])):
        sentence = ph.clean(raw)
        if UNSAFE.search(sentence) or len(sentence.split()) > MAX_WORDS:
            continue
        m = _DEED.match(sentence)
        if not m or not _is_past(m.group("verb").lower()) or \
                m.group("verb").lower() in ("was", "were", "had", "did"):
            continue
        if not re.search(r"\bme\b" if not m.group("subj") else r"\b(?:me|my)\b",
                         m.group("rest"), re.IGNORECASE):
            continue
        deed = second_person(f"{m.group('verb')}{m.group('rest')}", ctx.request)
        return sentence, credit_sentence(ctx, f"you {deed}", "other")
    return None
