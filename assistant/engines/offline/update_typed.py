"""An update's phrases as typed, made plain before they are read (update_read.py): the
project's checks' own fixes for slang, emoji and shouting; symbols typed for words ("@", "->",
"2x", "its printed", an emoticon, a hashtag, "my #1"); a label ("Update:", "Re:"); a run-on; a
field left "none"; and a lowercase name after "at"/"with" with its capitals.
"""

from __future__ import annotations

import re

from assistant.checks.lexicon_informal import FILLERS
from assistant.engines import phrasing as ph
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.update_idiom import idiomatic, measured, run_on_deeds
from assistant.engines.offline.update_words import is_gerund
from assistant.models import DraftRequest
from assistant.phi.vocab import is_common
from assistant.text.casing import acronym
from assistant.text.names import person_name
from assistant.text.patterns import lazy
from assistant.text.shorthand import WORDS
from assistant.text.words import unhashtagged

EMOTICON = lazy(r"(?<!\w)(?:[:;=]-?[()\[\]/\\|DPp]|<3|\^_\^|T_T)(?!\w)")


_ORDINALS = ("", "first", "second", "third", "fourth", "fifth")


def plain(text: str) -> str:
    """Symbols typed for words: "@ SHM" -> "at SHM", "its printed" -> "it's printed", an
    emoticon or a run of "!" inside the news -> a break between outcomes."""
    text = re.sub(r"(?<=\s)@(?=\s*[A-Za-z])", "at", text)
    # a code of one letter and its number typed in lower case ("k08", "r01", "t32"): a grant
    # mechanism or a vitamin, written in capitals
    text = re.sub(r"(?<![\w'’/-])([a-z])(\d{2,3})(?![\w'’/-])",
                  lambda m: m.group(1).upper() + m.group(2), text)
    text = re.sub(r"(?<!\S)@\s+", "at ", text)
    # "from 62 -> 41 min": a change between two values; "heard back -> accepted": what came next
    text = re.sub(r"\s*(?:-+>|→)\s*(?=[$£€]?\d)", " to ", text)
    text = re.sub(r"\s*(?:-+>|→)\s*", " - ", text)
    text = re.sub(r"\b([12])x\b", lambda m: "once" if m.group(1) == "1" else "twice", text)
    text = re.sub(r"\b([3-9]|[1-9]\d)x\b", r"\1 times", text)  # "3x this fall"
    text = its_fixed(quiet(patient_said_less(text)))
    text = unlabelled(text)
    # "net = ok i guess": a hedge after the news is the writer's shrug, not news
    text = re.sub(r"[,;\s]+(?:i|I)\s+(?:guess|suppose|think)\s*[.!]*\s*$", "", text)
    text = run_on_deeds(_run_on(text))
    text = re.sub(r"\bmy #([1-5])\b", lambda m: f"my {_ORDINALS[int(m.group(1))]} choice", text)
    # "ranked Mayo #1": a place in an order after what holds it
    text = re.sub(r"(?<=\w)\s+#([1-5])\b", lambda m: f" {_ORDINALS[int(m.group(1))]}", text)
    # "fingers crossed" after the news: the hope it means
    text = re.sub(r"(?:,\s*|\s+[-–—]\s+|\.\s+)fingers crossed\b", " and am hoping for good news",
                  text, flags=re.IGNORECASE)
    # "applying cards": a field applied to takes "in"
    text = re.sub(r"\b(apply|applying)\s+(?!(?:in|to|for|the|a|an|my|our|this|that|it)\s)"
                  r"(?=(?:[\w/-]+\s+){0,3}(?:medicine|surgery|pediatrics|"
                  r"cardiology|oncology|nephrology|neurology|psychiatry|dermatology|radiology|"
                  r"anesthesiology|care|fellowship)\b)", r"\1 in ", text)
    # "applying in cards fellowship": a fellowship is applied for
    text = re.sub(r"\b(apply|applying) in ((?:[\w/-]+\s+){0,3}fellowships?)\b", r"\1 for \2", text)
    text = re.sub(r"\bw\s+(?=(?:a|an|the|my|our|\d+)\b)", "with ", text)  # "w a 245"
    text = re.sub(r"(?<![\w~])~\s?(?=[$£€]?\d)", "about ", text)  # "~200 pts", "~$850k"
    # "... and so the hospital wants ... and so now I'm ...": a consequence, then what is now
    text = re.sub(r"\s+and\s+so\s+now\s+", ", and now ", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+and\s+so\s+(?=(?:the|I|we|my|our|it|they|he|she|you)\b)", ", so ", text)
    text = re.sub(r"\beff\.?\s+(?=\d{1,2}/\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                  r"[a-z]*\b)", "effective ", text, flags=re.IGNORECASE)  # "eff 7/1"
    # "s/p" opening an outcome of the resident's own is "finished" (status post: done with);
    # left as typed, the chart's word makes the news read as a patient's
    text = re.sub(r"(?:^|(?<=[,;]\s))(?:s/p|S/P)\s+(?=[A-Za-z])", "finished ", text)
    # "=" typed for a word: before a participle it goes ("resubmission = funded"), else "is"
    text = re.sub(r"\s+=\s+(?=(?:not\s+)?\w+ed\b)", " ", text)
    text = re.sub(r"\s+=\s+", " is ", text)
    text = unhashtagged(text, inner="drop")  # a hashtag: "#intern", "#match2027"
    text = EMOTICON.sub(". ", text)
    text = re.sub(r"(?<=[a-z])[:;]-?[()](?=\s|$)", ". ", text)  # "this year:(" as typed glued
    # "matched!!! peds at X": a bare verb, then its object
    text = re.sub(r"^(\w+)\s*!+\s+(?=[a-z])", r"\1 ", text)
    # "matched!! IM at Northwestern": the match, then where or in what
    text = re.sub(r"^(matched)\s*!+\s+(?=([A-Z]\w*))",
                  lambda m: f"{m.group(1)} " if m.group(2).isupper() or
                  ph.FIELD_WORDS.fullmatch(m.group(2).lower()) else m.group(0), text,
                  flags=re.IGNORECASE)
    text = re.sub(r"\s*\(\s*[!?]+\s*\)", "", text)  # "(!!)"
    text = re.sub(r"!{2,}", "!", text)
    text = re.sub(r"\s*!\s*(?=\()", " ", text)  # "passed boards!! (ABIM)"
    return re.sub(r"[\s,;:–—-]+$", "", re.sub(r"\s{2,}", " ", text).strip())


# A patient's age and sex as a chart writes them ("72M", "34 yo F", "a 60-year-old woman")
_AGE_SEX = (r"\d{1,3}\s?(?:yo\s?|y/o\s?|y\.o\.\s?|-year-old\s+|year\s+old\s+)?"
            r"(?:M|F|male|female|man|woman|guy|lady|gentleman|boy|girl)(?![\w'’])")


def patient_said_less(text: str) -> str:
    """A patient's age and sex left out of a message to a colleague: a parenthesis that holds
    them is dropped ("my pt (72M w/ amyloid)" -> "my pt"), and "the 34F with ..." becomes "the
    patient with ..."; the case stays, the person is not described."""
    text = re.sub(rf"\s*\([^()]*(?<![\w/]){_AGE_SEX}[^()]*\)", "", text)
    text = re.sub(rf"\b(a|an|the|my|our|this|that)\s+{_AGE_SEX}", r"\1 patient", text,
                  flags=re.IGNORECASE)
    return re.sub(r"\ban patient\b", "a patient", text)


# The checks' fillers ("honestly", "tbh"), none of the message's words, left out with their comma
_FILLER = lazy(r"(?<![\w'’-])(?:" + "|".join(r"\s+".join(map(re.escape, f.split()))
                                                  for f in FILLERS) + r")(?![\w'’-]),?\s*",
                     re.IGNORECASE)


# Laughter typed in the news ("haha", "hehe", "jaja", "mdr"): no word of the message
_LAUGH = lazy(r"\s*(?<![\w'])(?:ha(?:ha)+h?|he(?:he)+|lo+l|lmao|rofl|"
              # laughter typed in Spanish, Portuguese, French, Filipino
              r"ja(?:ja)+j?|je(?:je)+|rs(?:rs)+|k{4,}|mdr|hihi+)(?![\w'])", re.IGNORECASE)


# "2" for "to" before a verb ("how 2 talk about my research")
_TWO = lazy(r"(?<=[a-z] )2(?= ([a-z]+)\b)")


# Verbs a "2" may stand before, besides the common ones of the phrasing toolkit
_TO_VERBS = {"do", "be", "go", "make", "say", "prep", "study", "handle", "manage", "pick",
             "choose", "decide", "deal", "approach", "frame", "pitch", "present", "answer"}


# A time of day typed as a phone shows it ("2am", "11:30pm"): written "2 AM" (no period a
# sentence's end would swallow)
_CLOCK = lazy(r"(?<![\w:.])((?:1[0-2]|0?[1-9])(?::[0-5]\d)?)\s?([ap])m(?!\w)",
                    re.IGNORECASE)

# "was a lot", "has been a lot": the strain said plainly, as the checks would have it
_HARD = lazy(r"\b(was|is|has been|have been|were|are)\s+(?:(?:honestly|just|really|so)\s+)?"
                   r"a\s+lot(?=\s*(?:[.!;,]|$|\s+(?:and|but|so)\b))", re.IGNORECASE)


def fixed(ctx: Ctx, text: str) -> str:
    """A typed phrase with the project's own checks' fixes for slang, emoji, shouting and
    grammar ("w my partner" -> "with my partner", "soooo" -> "so", an emoji left out, "didnt"
    -> "didn't"), its first letter kept in the case typed."""
    from assistant.engines.offline.rewrite_fix import apply_check_fixes

    text = _TWO.sub(lambda m: "to" if m.group(1) in ph.COMMON_VERBS | _TO_VERBS else "2", text)
    text = _CLOCK.sub(lambda m: f"{m.group(1)} {m.group(2).upper()}M", text)  # "at 2am"
    # "thx to him pushing me": what the news is owed to, not thanks said ("thank you to")
    text = re.sub(r"\b(?:thx|thnx|thanx|tx|ty|thank\s+(?:you|u))\s+(?=to\s+(?:you|u|him|her|them|"
                  r"the|my|your|his|their)\b)", "thanks ", text, flags=re.IGNORECASE)
    text = _HARD.sub(r"\1 demanding", text)  # "intern year was a lot"
    text = re.sub(r"\b(will|I'll|I’ll|i'll|going to|gonna|would|I'd|i'd)\s+prob\b", r"\1 probably",
                  text)
    text = re.sub(r"^[\s,.!?;:]+", "", _LAUGH.sub("", _FILLER.sub("", text)))
    # "will lmk": the resident's promise to let the reader know
    text = re.sub(r"\b(will|I'll|i'll|I’ll|going to|gonna)\s+(?:lmk|let\s+me\s+know)\b",
                  r"\1 let you know", text)
    text = re.sub(r"^im\b(?=\s+(?:on|in|at|so|now|the|a|an|officially|finally|going|starting|"
                  r"moving|applying|back|done|still|also|not|really|very|heading|staying)\b)",
                  "I'm", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<![\w'’-])def(?=\s+(?:made|helped|worth|got|was|is|want|need|going|"
                  r"will|the|a)\b)", "definitely", text)
    text = measured(idiomatic(text))
    # the grammar check's fixes too: a lost apostrophe ("didnt"), a lower-case "i", a doubled
    # word, a role without its noun
    out = apply_check_fixes(ctx, text, codes=("slang", "emoji", "shouting", "grammar"))
    out = re.sub(r"\s{2,}", " ", out).strip()
    return out[:1].lower() + out[1:] if text[:1].islower() and out[1:2].islower() else out


def with_fixes(ctx: Ctx) -> DraftRequest:
    """The request with its update's phrases (news, credit, next step, ask) fixed (`fixed`)."""
    r = ctx.request.model_copy(deep=True)
    u, m = r.update, r.meeting
    languages = ctx.languages
    if languages and languages.retold:
        ctx.remark("Retold in English from another language (please check the wording): " +
                   "; ".join(f"“{a}” as “{b}”" for a, b in languages.retold) + ".")
    if languages and languages.own:
        ctx.remark("Kept in your own words, as typed in another language (the draft does not "
                   "translate): " + "; ".join(f"“{c}”" for c in languages.own) + ".")
    if languages and languages.left:
        ctx.remark("Left out as written in another language (the draft does not translate): " +
                   "; ".join(f"“{c}”" for c in languages.left) + ".")
    for name in ("news", "credit"):
        setattr(u, name, _readers_own(ctx, getattr(u, name)))
    u.news = _unaddressed(ctx, u.news)
    u.news = fixed(ctx, u.news) if u.news else u.news
    u.credit = fixed(ctx, u.credit) if u.credit else u.credit
    m.next_step = fixed(ctx, m.next_step) if m.next_step else m.next_step
    r.ask = fixed(ctx, r.ask) if r.ask else r.ask
    # "none", "n/a", "-": the field filled in to say there is nothing
    m.next_step = None if _NOTHING.fullmatch(m.next_step or "") else m.next_step
    r.ask = None if _NOTHING.fullmatch(r.ask or "") else r.ask
    return r


def own_words(ctx: Ctx) -> list[str]:
    """The clauses of another language that hold a fact the draft cannot retell, each as the
    resident typed it, cleaned ("¡ya me dieron la beca!" -> "Ya me dieron la beca"; a question
    keeps its marks): quoted in the draft rather than dropped, the sentence's period after the
    quotation (a fragment's)."""
    out = []
    for clause in ctx.languages.own if ctx.languages else []:
        clause = re.sub(r"\s{2,}", " ", clause).strip(" ,;:-–—")
        question = clause.endswith("?")
        clause = re.sub(r"^[¡¿!\s]+|[!?.\s]+$", "", clause)
        clause = f"{clause}?" if question else clause
        out.append(clause[:1].upper() + clause[1:])
    return out


def _readers_own(ctx: Ctx, text: str | None) -> str | None:
    """The reader's first name in the possessive, in any case, is "your" ("søren's feedback"
    to Dr. Søren Østergaard -> "your feedback"); the full and family names are the shared
    second-person pass's."""
    given = person_name(ctx.request.contact.name or "").split()
    if not text or len(given) < 2 or len(given[0]) < 2:
        return text
    return re.sub(rf"(?<![\w'’-])(?:(?:Dr|Prof)\.?\s+)?{re.escape(given[0])}['’]s(?![\w'’])",
                  "your", text, flags=re.IGNORECASE)


def _unaddressed(ctx: Ctx, text: str | None) -> str | None:
    """The news without the reader's name typed first to address them ("Dr. Reyes, wanted you
    to know ...", "Lucia - big news"): the draft has its own greeting."""
    name = ctx.request.contact.name or ""
    if not text or not name.strip():
        return text
    given, last = person_name(name).split()[:1], ph.last_name(name)
    names = [re.escape(n) for n in (*given, last, person_name(name)) if len(n) > 1]
    if not names:
        return text
    called = re.match(rf"\s*(?:(?:hi|hey|hello|dear)\s+)?(?:(?:Dr|Prof|Professor|Doctor)\.?\s+)?"
                      rf"(?:{'|'.join(names)})\s*(?:[,:!]+|\s[-–—]+)\s*(?=\S)", text,
                      re.IGNORECASE)
    if called:
        return text[called.end():]
    # the name already said in the second person ("you, wanted you to know ...")
    return re.sub(r"^\s*you\s*(?:[,:!]+|\s[-–—]+)\s*(?=\S)", "", text, flags=re.IGNORECASE)


_NOTHING = lazy(r"\s*(?:none|nothing|no|nope|n/?a|tbd|-+|\.+|nothing (?:yet|for now)|"
                      r"none (?:yet|for now))[.!]?\s*", re.IGNORECASE)


# A label in front of the news ("Update:", "big news -", "bad news -", "ok so quick update:",
# "Re:"); "update on X:" names its topic, which stays
LABEL = lazy(r"^(?:ok(?:ay)?[,\s]+)?(?:so[,\s]+)?(?:(?:a\s+)?(?:big|quick|some|good|great|"
                   r"bad|sad|exciting|small|life|short|brief)\s+)?(?:update|news)(?:\s*[:!–—-]+\s*|"
                   r"\s+on\s+(?=[^:]{3,60}:))|^(?:re|fwd?|fw)\s*:\s*|"
                   # "ok so bad news, failed ...": a qualified label before a comma
                   r"^(?:ok(?:ay)?[,\s]+)?(?:so[,\s]+)?(?:some\s+)?(?:big|good|great|bad|sad|"
                   r"exciting|quick|mixed)\s+(?:update|news)\s*,\s*(?=\S)", re.IGNORECASE)


def unlabelled(text: str) -> str:
    """`text` without the label in front of it (`LABEL`)."""
    return LABEL.sub("", text, count=1)


# Where a run-on goes on to another outcome with no mark: before "so excited" after a word that
# takes no adjective, before an adverb and a gerund ("boards finally starting fellowship"), and
# before a gerund right after an acronym ("SAEM presenting in may")
_RUN_ON = lazy(
    r"\b([\w)]+)\s+(?=(?:so|very|really|super|pretty)\s+(?:excited|happy|thrilled|grateful|"
    r"relieved|proud|glad|honored|humbled|stoked)\b)"
    r"|\b(\w+)\s+(?=(?:finally|now|also|currently|already|still)\s+[a-z]+ing\b)"
    r"|(?:\b(my|our|the|a|an|his|her|their|your|its)\s+)?\b([A-Z]{2,})\s+"
    r"(?=([a-z]+ing)\s+(?:in|at|on|it|the|my|our|a|an|this|next|to|with|for|them|him|her)\b)")


_TAKES_ADJECTIVE = {"am", "is", "are", "was", "were", "be", "been", "feel", "felt", "so", "very",
                    "really", "get", "got", "and", "but", "i'm", "im", "still"}


def _run_on(text: str) -> str:
    """A break where a run-on goes on to another outcome (see `_RUN_ON`)."""
    def cut(m: re.Match[str]) -> str:
        if m.group(4):  # "SAEM presenting in May"; "our ED boarding data", "ASA meeting" stay
            if m.group(3) or not is_gerund(m.group(5)):
                return m.group(0)
            return f"{m.group(4)}. "
        word = next(g for g in m.groups() if g)
        if word.lower() in _TAKES_ADJECTIVE or is_gerund(word.lower()):
            return m.group(0)
        return f"{word}. "
    return _RUN_ON.sub(cut, text)


def quiet(text: str) -> str:
    """An ordinary word typed in capitals for emphasis written plainly ("FINALLY got the
    paper in" -> "finally ..."); an acronym (ABIM, SHM) is no ordinary word and stays."""
    def plain_word(m: re.Match[str]) -> str:
        if re.search(r"\b(?:at|in|to|into|from)\s+$", text[max(0, m.start() - 6):m.start()]) \
                and not re.search(r"[A-Z]{4,}\s+[A-Z]{4,}", text):
            return m.group(0)  # "in press at CHEST": a journal or a meeting, as it is spelled
        near = text[max(0, m.start() - 12):m.start()].split()[-1:] + \
            text[m.end():m.end() + 12].split()[:1]
        if any(re.fullmatch(r"[A-Z][A-Z\d&]+", w.strip(",.;:!?()")) and
               not is_common(w.strip(",.;:!?()").lower()) for w in near):
            return m.group(0)  # "the SGIM TEACH program": a name beside a name
        return m.group(0).lower() if is_common(m.group(0).lower()) else m.group(0)
    return re.sub(r"(?<![\w-])[A-Z]{4,}(?![\w-])", plain_word, text)


def its_fixed(text: str) -> str:
    """'once its printed' -> 'once it's printed' (a possessive cannot take a participle);
    "its" opening a clause before a word no noun follows a possessive as ("its busy but I
    learn a lot", "its been a good month", "its so quiet") is "it's" too."""
    text = re.sub(r"\bits(?=\s+(?:printed|online|out|done|ready|live|up|published|over|"
                  r"official|final|submitted|accepted|in|been)\b)", "it's", text)
    return _CLAUSE_ITS.sub(lambda m: m.group(0) if m.group(2).lower() in _ITS_NOUNS or not (
        m.group(2).lower() in _NOT_AFTER_POSSESSIVE or m.group(2).endswith("ly") or
        is_gerund(m.group(2).lower()) or m.group(2).lower() in _STATE_WORDS) else
        f"{m.group(1)}'s", text)


# "its" where a clause opens (the text's start, after a mark or a conjunction) and the word after
_CLAUSE_ITS = lazy(r"(?:(?<=^)|(?<=[,;.!?:]\s)|(?<=[-–—]\s)|(?<=\band\s)|(?<=\bbut\s)|"
                   r"(?<=\bso\s)|(?<=\bnow\s)|(?<=\bcause\s)|(?<=\bbecause\s))"
                   r"([Ii]t)s(?=\s+([A-Za-z]+)\b)")
# Words a possessive "its" is never followed by: determiners, degree words, a verb's parts
_NOT_AFTER_POSSESSIVE = {"a", "an", "the", "so", "very", "really", "pretty", "too", "not", "just",
                         "still", "all", "also", "only", "finally", "officially", "going",
                         "gonna", "been", "getting", "my", "our", "your", "nice", "definitely",
                         "probably", "kind", "sort", "such", "more", "less", "quite", "almost",
                         "already", "hard", "easy"}
# Words of a state after "it's" ("its busy", "its crazy"), besides degree words and -ly adverbs
_STATE_WORDS = {"busy", "crazy", "great", "good", "fine", "ok", "okay", "tough", "rough",
                "fun", "intense", "quiet", "slow", "amazing", "awesome", "wild", "exhausting",
                "official", "over", "done", "ready", "live", "out", "true", "real", "worth",
                "weird", "hectic", "brutal", "manageable"}
# "its" before these is a possessive even though they end like adverbs or gerunds
_ITS_NOUNS = {"family", "funding", "timing", "ranking", "opening", "meeting", "setting", "supply"}


# A lowercase name after "at" or "with": "matched at lurie for 2028" ("to" is too often an
# infinitive's: "asked me to co-lead")
_PLACE = lazy(r"\b(at|with)\s+((?:[a-z][\w'’&-]*)(?:\s+[a-z][\w'’&-]*)*)")


_NOT_NAME = {"for", "in", "on", "the", "and", "as", "with", "to", "from", "next", "this", "last",
             "by", "after", "before", "during", "since", "until", "a", "an", "or", "but", "so",
             "now", "then", "too", "again", "today", "yet", "of", "my", "our", "your", "their",
             "we", "i", "you", "he", "she", "they", "who", "that", "which", "it"}


def _field_word(word: str) -> bool:
    """A word of medicine or training ("pediatric", "cardiology", "fellowship"), not a name."""
    return word not in _INSTITUTION and (
        bool(ph.FIELD_WORDS.fullmatch(word)) or word in _SHORTHAND_WORDS or word.endswith(
            ("ic", "ics", "ology", "ogy", "al", "ary", "ship", "ency", "tion", "ive", "ist",
             "iac", "oid", "osis", "itis", "oma", "emia", "pathy")))


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
    # "starts July": a month after a verb takes "in"
    text = re.sub(r"\b(starts?|started|begins?|began|ends?|ended|graduate|graduating|moving|"
                  r"move|starting|beginning)\s+(?=(?:January|February|March|April|May|June|July|"
                  r"August|September|October|November|December)\b(?!\s+\d))", r"\1 in ", text)
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
