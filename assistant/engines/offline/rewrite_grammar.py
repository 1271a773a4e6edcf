"""The grammar a typed note left out, restored before the rewrite weighs its sentences: a
clause's missing "I" or "it", thanks run on after a clause, a role with no noun, the request's
own spelling of names and acronyms, a spoken "and so" or counted questions made sentences."""

from __future__ import annotations

import re

from assistant.checks.wordlist import COMMON_WORDS
from assistant.engines import phrasing as ph
from assistant.engines.offline.parse import ROLE_NOUNS
from assistant.engines.offline.rewrite_fix import THANKS_BEFORE
from assistant.text.patterns import lazy

# A note that starts "loved your talk" or "lets connect" lost its subject or apostrophe.
_NO_SUBJECT = lazy(
    r"(^|[.!?]\s+|[,;]\s+)(loved|enjoyed|appreciated|liked|really enjoyed|really appreciated|"
    r"would (?!(?:be|you|it|we|they|he|she|i|this|that|there)\b)[a-z]+|hope to|look forward|"
    r"met you|heard you|learned|learnt|saw|(?:just )?matched|just (?:wanted|got|started|finished)|"
    r"couldn['’]t have|wanted to|was hoping|was wondering|was thinking|"
    r"(?:want|plan) to(?![^.!?]*\?)|"
    r"hope (?=you|your|all|things|everything|this)\b)\b",
    re.IGNORECASE,
)
# "... and would be great to chat": an evaluation of the act ("great", "a pleasure") needs the
# subject "it"; a state of the writer ("happy", "glad", "excited") shares the clause's "I".
_IS_ME = lazy(r"(^|[.!?,]\s+)is\s+me\b(?!\s*\?)", re.IGNORECASE)
_WOULD_BE = lazy(
    r"(^|[.!?]\s+|\band\s+|\bso\s+|\bbut\s+)(would|will)\s+be\s+"
    r"(?!(?:(?:so|really|very|super)\s+)?(?:happy|glad|eager|willing|able|unable|available|keen|"
    r"interested|ready|free|open|curious|sure|proud|grateful|thankful|lucky|fortunate|\w+ed)\b)"
    r"((?:so\s+|really\s+|very\s+|super\s+)?(?:an?\s+)?\w+\s+(?:to|if)\b)",
    re.IGNORECASE,
)
# "Would be so grateful to connect", "..., am a PGY-1 in neurology": a state or a role of the
# writer typed without its "I" (a comma before it ends the sentence: no comma splice).
_OWN_STATE = lazy(
    r"(^|[.!?]\s+|,\s+)(?:(would|will)\s+be|(am))\s+(?=(?:(?:so|really|very)\s+)?(?:happy|glad|"
    r"eager|grateful|thankful|honou?red|excited|keen|interested|available|free)\b|"
    r"(?<=am\s)(?:a|an|the|currently)\s)", re.IGNORECASE)
_BEEN = lazy(r"(^|[.!?]\s+)been\s+(?=[a-z]+ing\b)", re.IGNORECASE)
# "Glad to help with the next one", "Also happy to help with the registry": a state of the
# writer typed without its "I'm" (not in a question: "Glad to chat?" asks the reader,
# `rewrite_ask`'s fragment questions).
_STATE = lazy(r"(^|[.!?]\s+|,\s+)((?:also|still|always|definitely|more\s+than)\s+)?"
                    r"(glad|happy|eager|excited|keen|thrilled)\s+to\b(?![^.!?]*\?)",
                    re.IGNORECASE)
# "Interested in lupus trials", "Keen on your registry", "Passionate about rural care": a
# state of the writer opening a sentence, typed without its "I'm" (a headline's last segment, a
# line of a bio); after a comma it describes the noun before it and stays.
_STATE_ABOUT = lazy(r"(^|[.!?]\s+)((?:also|still|always|really|very|particularly|"
                          r"especially)\s+)?(interested|keen|passionate|curious|excited)\s+"
                          r"(?=(?:in|on|about)\b)(?![^.!?]*\?)", re.IGNORECASE)
_LETS = lazy(r"\blets (?=(?:connect|chat|meet|talk|keep|stay|catch)\b)", re.IGNORECASE)


# "... next spring thank you for your time": thanks run on after a clause with no stop, its
# own sentence ("wanted to thank you", "many thanks" are not).
_TRAILING_THANKS = lazy(
    r"(\b[a-z]{2,}) (thanks|thank you)(?=(?: so much| again)?(?: for [^.!?\n]{1,60})?[ \t]*"
    r"(?:[.!?]|$))")
# "I finally submitted the abstract, thx for all ur help": a comma splice before thanks for
# something; the thanks is a sentence of its own (after a clause of four words or more).
_SPLICED_THANKS = lazy(r"((?:^|[.!?]\s+)(?:[^\s.!?,]+\s+){3,}[^\s.!?,]+),\s+"
                             r"(thank you|thanks)(?=\s+(?:so much\s+)?(?:for|again)\b)",
                             re.IGNORECASE)


def restore_grammar(text: str) -> str:
    def subject(m: re.Match[str]) -> str:
        lead = ". " if m.group(1).startswith(",") else m.group(1)  # no comma splice
        lead = "; " if lead.startswith(";") else lead
        return f"{lead}I {m.group(2).lower()}"

    text = _NO_SUBJECT.sub(subject, text)
    text = _OWN_STATE.sub(lambda m: f"{'. ' if m.group(1).startswith(',') else m.group(1)}I "
                          f"{(m.group(2) + ' be') if m.group(2) else 'am'} ".replace(
                              "I Would", "I would").replace("I Will", "I will"), text)
    text = _STATE.sub(lambda m: f"{'. ' if m.group(1).startswith(',') else m.group(1)}I'm "
                      f"{(m.group(2) or '').lower()}{m.group(3).lower()} to", text)  # no splice
    text = _STATE_ABOUT.sub(lambda m: f"{m.group(1)}I'm {(m.group(2) or '').lower()}"
                            f"{m.group(3).lower()} ", text)
    # "Been reading about your study": the "I have" of a present perfect typed without it
    text = _BEEN.sub(lambda m: f"{m.group(1)}I have been ", text)

    def dummy_it(m: re.Match[str]) -> str:
        lead = m.group(1)
        it = "It" if not lead or lead[0] in ".!?" else "it"
        return f"{lead}{it} {m.group(2).lower()} be {m.group(3)}"

    text = _WOULD_BE.sub(dummy_it, text)
    # "Dr. Morales, is me, Lucía": a language that drops the subject says who is writing with
    # "is me"; English needs its "it"
    mark = "’" if "’" in text else "'"

    def it_is_me(m: re.Match[str]) -> str:
        lead = m.group(1)
        return f"{lead}{'It' if not lead or lead[0] in '.!?' else 'it'}{mark}s me"

    text = _IS_ME.sub(it_is_me, text)
    # "... would love any advice thanks": the thanks that ends a clause is a sentence of its own
    text = _TRAILING_THANKS.sub(lambda m: m.group(0) if THANKS_BEFORE.search(m.group(1)) else
                                f"{m.group(1)}. {m.group(2).capitalize()}", text)
    text = _SPLICED_THANKS.sub(lambda m: f"{m.group(1)}. {m.group(2).capitalize()}", text)
    return _LETS.sub(lambda m: "Let's " if m.group(0)[0].isupper() else "let's ", text)


_FIELD = ph.FIELD_WORDS.pattern.replace(r"\b(", r"\b(?:", 1)
_PGY_FIELD = lazy(rf"\bPGY-\d(?:\s+{_FIELD})+(?!\s+{_FIELD})(?=\s+(\w+)|\W|$)",
                        re.IGNORECASE)


def role_noun(text: str) -> str:
    """"I'm a PGY-1 internal medicine interested in GI" -> "... internal medicine resident
    interested in GI": a training year and its field with no noun gains "resident"."""
    def noun(m: re.Match[str]) -> str:
        if m.group(1) and ROLE_NOUNS.fullmatch(m.group(1)):
            return m.group(0)
        return f"{m.group(0)} resident"

    # "PGY-3 emergency medicine here": who is writing, said as a sentence
    text = re.sub(r"(^|[.!?]\s+|,\s+)(PGY-\d[^,.!?]{0,40}?)\s+here\b",
                  lambda m: f"{m.group(1)}I'm a {m.group(2)}", text)
    # "PGY-2 family medicine at Cook County, want to ...": a sentence that opens with the
    # writer's role and says nothing of it (no verb before its first stop) is who is writing
    text = _ROLE_FRAGMENT.sub(lambda m: f"{m.group(1)}I'm a ", text)
    text = re.sub(r"(?<=I'm a )[A-Z](?=[a-z]+[- ]year\b)", lambda m: m.group(0).lower(), text)
    # "I'm PGY-2 pediatrics resident": the role takes its article
    text = re.sub(r"\b(I['’]m|I am) (?=PGY-\d)", r"\1 a ", text)
    return _PGY_FIELD.sub(noun, text)


# A sentence opening with a training year, whose words up to the first stop hold no verb.
_ROLE_FRAGMENT = lazy(
    r"(^|[.!?]\s+)(?=(?:PGY-\d|(?:first|second|third|fourth|fifth)[- ]year)\s(?![^,.!?]*\b(?:is|"
    r"are|was|were|am|be|been|have|has|had|will|would|can|could|do|does|did|want|wants|need|"
    r"plan|hope|love|loved|[a-z]{3,}ed)\b)[^,.!?]{3,80}[,.!?])", re.IGNORECASE)


def restore_case(text: str, request_text: str, acronyms_only: bool = False) -> str:
    """Write names the way the request spells them ("riverside" -> "Riverside", "pgy1" ->
    "PGY-1", "sgim" -> "SGIM"), and "i" as "I". Ordinary words keep their case, so "medicine"
    does not become "Medicine" because the program is called Internal Medicine. `acronyms_only`
    (a note whose writer capitalises): only acronyms, so "the regional anesthesia workshop"
    stays as typed beside "Stanford Anesthesia"."""
    def key(word: str) -> str:
        return re.sub(r"[\W_]", "", word.lower())

    spelled = {key(w): w for w in re.findall(r"[\w'’-]+", request_text)
               if re.search(r"[A-Z]", w) and len(key(w)) >= 3 and
               (not acronyms_only or re.search(r"[A-Z\d].*[A-Z\d]", w))}

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if word == "i":
            return "I"
        if word in COMMON_WORDS or ph.FIELD_WORDS.fullmatch(word):
            return word  # "emergency" stays lowercase beside "Brown Emergency Medicine"
        return spelled.get(key(word), word)

    if not acronyms_only:  # a name of several words, one of them everyday ("case western")
        for run in re.findall(r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)+", request_text):
            words = run.split()
            for n in range(len(words), 1, -1):  # "Case Western" of "Case Western IM"
                for i in range(len(words) - n + 1):
                    if any(ph.FIELD_WORDS.fullmatch(w.lower()) or w.isupper()
                           for w in words[i:i + n]):
                        continue  # "internal medicine" is no name; "IM" may be "I'm"
                    name = " ".join(words[i:i + n])
                    text = re.sub(rf"(?<![\w'’-]){re.escape(name.lower())}(?![\w'’-])", name,
                                  text)
    return re.sub(r"(?<![\w'’-])[a-z][\w'’-]*|\bi\b", fix, text)


# A spoken discourse marker opening a sentence ("so I was at your session", "anyway could we
# chat", "ok so I finally submitted"): it says nothing in a note.
SPOKEN_SO = lazy(r"^(?:(?:ok|okay|anyway|anyhow|alright|yeah|well),?\s+)*(?:(?:so|anyway|"
                        r"anyhow),?\s+)(?=(?:I|I['’]\w+|we|my|you|your|could|would|can|do|is|"
                        r"are)\b)", re.IGNORECASE)


# "... at the SGIM regional and so I tried it on Monday and so now I want ...": a spoken run-on
# whose "and so" opens a new clause with its own subject (or a question); each is a sentence.
_AND_SO = re.compile(r",?\s+and\s+so\s+(?:now\s+|then\s+)?(?=(?:I|I['’]\w+|we|my|our|you|"
                     r"could|can|would|do)\b)")


# Questions counted aloud ("a couple of questions first is the elective open to second years
# and second could I talk to ..."): the count opens each question, which is a sentence.
_ASKED = r"(?=(?:is|are|do|does|did|can|could|would|will|should|what|how|when|where|who|which)\b)"
_FIRST_ASK = re.compile(r"[,:;]?\s+(?:first(?:ly)?|first\s+of\s+all)[,:]?\s+" + _ASKED,
                        re.IGNORECASE)
_NEXT_ASK = re.compile(r"[,;?]?\s+(?:and\s+)?(?:second(?:ly)?|third(?:ly)?|last(?:ly)?)[,:]?\s+" +
                       _ASKED, re.IGNORECASE)


def and_so(text: str) -> str:
    """Each clause a spoken "and so" joins on becomes a sentence of its own (`_AND_SO`), and
    each question counted aloud a question of its own (`_FIRST_ASK`, `_NEXT_ASK`)."""
    for pattern, stop in ((_AND_SO, ". "), (_FIRST_ASK, ". "), (_NEXT_ASK, "? ")):
        out, at = [], 0
        for m in pattern.finditer(text):
            out += [text[at:m.start()], stop, text[m.end()].upper()]
            at = m.end() + 1
        text = "".join(out) + text[at:]
    return text


# Punctuation said aloud to voice-to-text ("i'm a pgy one in family medicine comma", "... farmworker
# health period"): each is the mark it names. Read only in a note that says more marks than it
# types, so "the study period" or "a comma" in a typed note stays a word.
_SPOKEN_MARKS = {"comma": ",", "period": ".", "full stop": ".", "question mark": "?",
                 "exclamation point": "!", "exclamation mark": "!", "colon": ":",
                 "semicolon": ";", "new line": "\n", "new paragraph": "\n"}
_SPOKEN_MARK = lazy(r"[ \t]*\b(" + "|".join(sorted(_SPOKEN_MARKS, key=len, reverse=True))
                    .replace(" ", r"[ \t]+") + r")\b", re.IGNORECASE)
_TYPED_MARK = lazy(r"[.,;:!?](?=\s|$)")
# A training year said aloud ("pgy one"): the number it names.
_SPOKEN_YEAR = lazy(r"\b(pgy)[ \t-]*(one|two|three|four|five|six|seven)\b", re.IGNORECASE)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def spoken_punctuation(text: str) -> str:
    """The marks said aloud written as marks, and a training year said aloud as its number
    ("pgy one" -> "pgy 1"), in a note that says at least two marks and types fewer."""
    said = _SPOKEN_MARK.findall(text)
    if len(said) < 2 or len(_TYPED_MARK.findall(text)) >= len(said):
        return text
    out = _SPOKEN_MARK.sub(lambda m: _SPOKEN_MARKS[re.sub(r"\s+", " ", m.group(1).lower())],
                           text)
    return _SPOKEN_YEAR.sub(lambda m: f"{m.group(1)} {_NUMBERS[m.group(2).lower()]}", out)
