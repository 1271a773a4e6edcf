"""Run-on sentences split where a new clause starts, by construction rather than by filler
words: "met you at the poster session your work on sepsis alerts was great i would love to
learn more" -> "met you at the poster session. Your work on sepsis alerts was great. I would
love to learn more".

A new clause starts at a subject followed by its finite verb — a pronoun with its verb ("i
would", "it was") or a noun phrase opened by a determiner ("your work on sepsis alerts was") —
right after a word that can end a clause; or at "would love" with the writer's "I" left out.
It does not start after a word that asks for what follows (a preposition, a conjunction,
"that", "how", a verb of thinking or saying: "I think your work is", "to hear how your
project is going"), nor after an object that a verb of telling is still waiting on ("tell you
it was great"), and both sides keep at least three words. Praise left at the end without a
verb ("loved your talk at X so good") becomes its own sentence ("It was so good").
"""

from __future__ import annotations

import re

from assistant.text.patterns import lazy

PRONOUNS = {"i", "we", "it", "they", "he", "she", "you", "this", "that", "there"}
DETERMINERS = {"your", "my", "our", "his", "her", "their", "the"}
FINITE = {"was", "is", "were", "are", "has", "have", "had", "will", "would", "can", "could",
          "should", "may", "might", "must", "did", "do", "does", "am", "'m", "'s", "'d", "'ll",
          "'re", "'ve", "really", "also", "just", "still", "definitely", "totally"}
# Words after which a clause goes on: what they introduce is part of it.
GOES_ON = {
    "a", "an", "the", "your", "my", "our", "his", "her", "their", "this", "that", "these",
    "those", "of", "in", "on", "at", "to", "for", "with", "about", "from", "by", "into", "over",
    "after", "before", "during", "since", "as", "like", "than", "and", "or", "but", "so", "nor",
    "because", "if", "whether", "how", "what", "why", "when", "where", "which", "who", "whom",
    "whose", "while", "though", "although", "unless", "until", "think", "thought", "know",
    "knew", "hope", "hoped", "feel", "felt", "believe", "believed", "guess", "wish", "said",
    "say", "sure", "glad", "realize", "realized", "mean", "heard", "hear", "see", "saw", "is",
    "hoping", "thinking", "wondering", "wished", "wishing", "noticed", "figured", "decided",
    "agreed", "realise", "realised", "learned", "learnt", "remember", "remembered",
    "was", "are", "were", "be", "been", "am", "would", "will", "could", "can", "should", "not",
    "very", "too", "really", "just", "also", "even", "i", "we", "it", "they", "you",
    # an auxiliary before its subject is a question ("do you have ...")
    "do", "does", "did", "have", "has", "had", "may", "might", "must", "shall",
}
TELLING = {"tell", "told", "remind", "reminded", "show", "showed", "assure", "promise",
           "promised", "let", "ask", "asked", "teach", "taught", "wanted", "bet"}
WANTING = {"love", "like", "value", "appreciate", "enjoy", "welcome"}
OBJECTS = {"you", "me", "him", "her", "us", "them"}
_TOKEN = lazy(r"[\w'’&-]+|[^\w\s]")
# Heads of a whole utterance without a verb of their own ("sorry for the late reply", "great
# meeting you") and past verbs not spelled "-ed" ("met you at ...").
UTTERANCES = {"met", "saw", "heard", "thanks", "thank", "sorry", "congrats", "congratulations",
              "great", "nice", "good", "glad", "happy"}
MAX_NP = 6  # words of a noun phrase subject before its verb
# Nouns a clause can follow with its "that" left out, after a word that makes them specific:
# "the reason i passed my shelf", "the first time we met", "the way you explained it".
RELATIVE_HEADS = {"reason", "way", "time", "day", "moment", "thing", "things", "one", "part",
                  "kind", "place", "week", "year", "night", "case", "question", "advice"}
SPECIFIC = {"the", "this", "that", "every", "each", "first", "last", "only", "best", "same",
            "main", "whole", "one", "any", "no"}
# Adverbials that open the clause after them ("... in october and so far we have ..."): the
# new sentence starts before them, not between them and their clause.
LEADS = {("so", "far"), ("since", "then"), ("right", "now"), ("for", "now"), ("by", "now"),
         ("until", "now"), ("so", "now"), ("and", "now"), ("and", "then")}
# Hedges that open the clause after them ("learn more from you maybe we could talk").
HEDGES = {"maybe", "perhaps", "hopefully"}
# A long run of clauses joined by "and I ..." ("I am a resident at Rush and I have been reading
# ... and I saw that ... and I would love to connect"): past this many words, each "and" before
# the writer's own "I" or "we" and a verb starts a sentence.
LONG_RUN = 30
_PRAISE = lazy(r"\s(so|really|super|very)\s+([a-z]+)\s*([.!?]*)\s*$", re.IGNORECASE)
# Verbs that take the praise as their complement ("it looks so good"): nothing to split off.
LINKING = {"look", "looks", "looked", "seem", "seems", "seemed", "feel", "feels", "felt", "sound",
           "sounds", "sounded", "get", "gets", "got", "become", "became", "stay", "stayed",
           "remain", "remained", "be", "been", "being", "keep", "kept"}
NOT_PRAISE = {"much", "many", "far", "long", "soon", "often", "well", "little", "few", "more",
              "most", "less", "fast", "hard", "late", "early"}


# An auxiliary before "you", "we" or "I" opens a question ("... at the lecture yesterday can
# we connect"): in a note typed without punctuation, a new sentence that ends with "?".
QUESTION_AUX = {"can", "could", "would", "will", "do", "does", "did", "are", "is", "may"}
QUESTION_START = lazy(r"(?:can|could|would|will|do|does|did|are|is|may)\s+(?:you|we|i)\b",
                            re.IGNORECASE)


# A word with its verb contracted onto it ("it's", "i'm", "that's"): a clause's verb.
_CONTRACTED = lazy(r"\w['’](?:s|m|re|ve|d|ll)$")


def _is_verb(word: str) -> bool:
    return word in FINITE or (len(word) > 4 and word.endswith("ed"))


def _starts_clause(words: list[str], i: int, careful: bool = False) -> bool:
    """Does a clause with its own subject and finite verb start at words[i]? In a `careful`
    note only a clause whose "I" was left out does: there "the checklist you showed" is a
    relative clause, not a new sentence."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in ("would", "will") and nxt in WANTING:
        return True  # "... fellowship would love to apply": the writer's "I" left out
    if careful:
        return False
    if w == "sorry" and nxt in ("if", "for", "about", "again", "to") and i and \
            words[i - 1] not in _SORRY_BEFORE:
        return True  # "... at your session yesterday sorry if i held you up": an apology
    if w in QUESTION_AUX and nxt in ("you", "we", "i"):
        return True
    if w in ("i", "we", "they"):  # what follows a subject pronoun is its verb
        return bool(re.fullmatch(r"[a-z'-]+", nxt))
    if w in ("i'd", "i'm", "i've", "i'll", "we're", "we'd", "we've"):  # the verb is in it
        return bool(re.fullmatch(r"[a-z'-]+", nxt))
    if w in PRONOUNS:
        return _is_verb(nxt) or (nxt.endswith("s") and w in ("it", "he", "she", "this", "that"))
    if w in DETERMINERS:
        for j in range(i + 1, min(len(words), i + 1 + MAX_NP)):
            if words[j] in PRONOUNS or not re.match(r"[\w'’&-]", words[j]):
                return False
            if _is_verb(words[j]) and j > i + 1:
                return True
    return False


# Words "sorry" goes on from ("i'm so sorry", "feel sorry"): no apology of its own starts there.
_SORRY_BEFORE = frozenset({"i'm", "im", "am", "so", "very", "really", "was", "be", "been", "feel",
                           "felt", "i", "we're", "we", "are", "super", "truly", "deeply"})


_TAGS = frozenset({"think", "guess", "believe", "hope", "suppose", "assume", "thought"})


def _tag(words: list[str], i: int) -> bool:
    """words[i:] is "I think" and the sentence's end: a hedge tagged on, not a clause."""
    return words[i] in ("i", "i'm") and i + 1 < len(words) and words[i + 1] in _TAGS and \
        all(not re.match(r"[\w'&-]", w) for w in words[i + 2:])


def split_run_ons(sentence: str, careful: bool = False) -> str:
    """The sentence with a period wherever a new clause starts without punctuation (see the
    module docstring); the words themselves are left as typed. `careful`: the writer
    punctuates (only a clause missing its "I" is split off)."""
    tokens = list(_TOKEN.finditer(sentence))
    words = [t.group(0).lower().replace("’", "'") for t in tokens]
    cuts: list[tuple[int, int]] = []  # (where the sentence before ends, where the next starts)
    last = 0
    for i in range(1, len(words)):
        prev = words[i - 1]
        if not re.match(r"[\w'&-]", prev) or prev in GOES_ON:
            continue  # punctuation already there, or the clause goes on
        if prev in OBJECTS and i >= 2 and words[i - 2] in TELLING:
            continue  # "tell you it was great"
        if prev in RELATIVE_HEADS and i >= 2 and words[i - 2] in SPECIFIC:
            continue  # "the reason i passed", "the first time we met"
        if i - last < 3 or len(words) - i < 3 or not _starts_clause(words, i, careful):
            continue
        if _tag(words, i):
            continue  # "the deadline is jan 15 i think?": a hedge on the clause, not a new one
        if not any(_is_verb(w) or w in UTTERANCES or _CONTRACTED.search(w)
                   for w in words[last:i]):
            continue  # what comes before has no verb of its own: not a clause yet
        lead = 2 if i >= 2 and (words[i - 2], prev) in LEADS and i - 2 - last >= 3 else \
            1 if prev in HEDGES and i - 1 - last >= 3 else 0
        # "... in october and so far we have": the "and" before the adverbial goes
        joined = lead and i - 3 - last >= 3 and words[i - 3] in ("and", "but")
        cuts.append((tokens[i - lead - 1].start() if joined else tokens[i - lead].start(),
                     tokens[i - lead].start()))
        last = i
    out = sentence
    tail = _PRAISE.search(sentence)
    words = [w for w in words if re.match(r"[\w'&-]", w)]
    before = words[-3] if len(words) >= 3 else ""
    if tail and len(words) >= 5 and before not in GOES_ON | OBJECTS | PRONOUNS | LINKING \
            and "'" not in before and not _is_verb(before) \
            and tail.group(2).lower() not in NOT_PRAISE and not tail.group(2).endswith("ly") \
            and any(_is_verb(w) or w in UTTERANCES for w in words[:-2]):
        # "loved your talk at X so good": the verbless praise at the end is a sentence of its own
        out = f"{sentence[:tail.start()].rstrip()}. It was {tail.group(1)} {tail.group(2)}" \
            f"{tail.group(3)}"
    # each new sentence ends as what it is: a question opened by its auxiliary with "?"
    starts = [0, *(at for _, at in cuts)]
    asks = [QUESTION_START.match(sentence, s) is not None for s in starts]
    if asks[-1] and cuts:
        body = out.rstrip().rstrip(".!")
        out = body + ("" if body.endswith("?") else "?") + out[len(out.rstrip()):]
    for k in range(len(cuts) - 1, -1, -1):
        end, at = cuts[k]
        head = out[:end].rstrip()
        out = head + ("?" if asks[k] else ".") + " " + out[at:][:1].upper() + out[at:][1:]
    return _and_i(out) if len(words) > LONG_RUN else out


_AND_I = lazy(r",?\s+and\s+(?=(?:I|i|we)(?:['’](?:ve|m|d|ll)|\s+(?!and\b|or\b)[a-z'’]+)\b)")


def split_and_i(text: str, min_words: int = 5) -> str:
    """Each "and I ..." joining two clauses starts a sentence, where both sides keep
    `min_words` words or more ("... at Rush and I have been reading ..." -> "... at Rush. I have
    been reading ..."): each clause can then be kept or left out on its own."""
    return _and_i(text, min_words)


def _and_i(text: str, min_words: int = 5) -> str:
    """Each "and I ..." of a long run-on starts a sentence (`split_and_i`)."""
    out, last = [], 0
    for m in _AND_I.finditer(text):
        head, rest = text[last:m.start()], text[m.end():]
        if len(re.findall(r"[\w'’-]+", head.split(". ")[-1])) < min_words or \
                len(re.findall(r"[\w'’-]+", rest.split(". ")[0])) < min_words:
            continue
        # "Several of my co-residents and I have been ...": "and I" joins the subject, not
        # two clauses (what comes before has no verb of its own)
        clause = re.split(r"[.!?;:,]\s", head)[-1].lower().replace("’", "'")
        if not any(_is_verb(w) or w in UTTERANCES or _CONTRACTED.search(w)
                   for w in re.findall(r"[\w'-]+", clause)):
            continue
        out.append(text[last:m.start()] + ". ")
        last = m.end()
    out.append(text[last:])
    return re.sub(r"(\. )we\b", r"\1We", "".join(out))
