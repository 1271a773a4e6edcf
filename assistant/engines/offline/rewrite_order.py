"""A note typed in a second language's word order, said in English order, clause by clause,
before its sentences are weighed: the object put first ("Your talk on X I have liked a lot" ->
"I liked your talk on X a lot"), a verb put last ("Your lecture very impressive was" -> "Your
lecture was very impressive"), a thing named before the question about it ("The protocol of
your unit, can you share it with me?" -> "Can you share the protocol of your unit with me?"),
a doubled subject ("me I am"), a role without its article ("I am resident in ..."), a
duration said with "since" ("Since one year I am a resident" -> "I have been a resident for
one year"), the year of training said after the role ("a resident of first year" -> "a
first-year resident"), and a request said as "(is) possible to ..." or "is it possible that we
...". Each rule reads the clause's shape, never its topic."""

from __future__ import annotations

import re

from assistant.text.patterns import lazy

_ROLE = (r"(?:resident|intern|fellow|registrar|PGY-?\d|(?:first|second|third|fourth|fifth)[- ]"
         r"year)")
# "me I am", "me, I'm": a pronoun doubled before the subject.
_DOUBLED = lazy(r"\bme,?[ \t]+(?=I\b)", re.IGNORECASE)
# "I am resident", "I'm second-year pediatric resident": the role's article.
_NO_ARTICLE = lazy(rf"\b(I['’]m|I am|I have been)[ \t]+(?={_ROLE}\b|[a-z-]+[ \t]+"
                         r"(?:resident|intern|fellow)\b)(?!a\b|an\b|the\b)")
# "Since one year I'm a resident in X" -> "I have been a resident in X for one year".
_SINCE = lazy(r"\bSince[ \t]+(one|two|three|four|five|six|a|\d+)[ \t]+(years?|months?|"
                    r"weeks?)[ \t]*,?[ \t]+I(?:['’]m|[ \t]+am)[ \t]+([^.!?,]{3,80}?)(?=[.!?,]|$)",
                    re.IGNORECASE)
# "Your talk on X at Y I have liked a lot.": the object first, then "I" and its verb.
_OBJECT_FIRST = lazy(
    r"(^|(?<=[.!?][ \t]))(Your|The|This)[ \t]+([^.!?]{3,100}?)[ \t]+I[ \t]+(?:have[ \t]+)?"
    r"((?:really[ \t]+)?(?:liked|loved|enjoyed|appreciated|read|found|used|remember(?:ed)?))"
    r"((?:[ \t]+(?:a[ \t]+lot|very[ \t]+much|so[ \t]+much))?)[ \t]*(?=[.!])")
# "Your lecture yesterday very impressive was.": the copula last.
_VERB_LAST = lazy(r"(^|(?<=[.!?][ \t]))([^.!?]{3,120}?)[ \t]+((?:very|so|really|most)"
                        r"[ \t]+)?([a-z]+(?:ing|ive|ful|ful|ous|ent|ant|al|ic|ble|ed)|great|good|"
                        r"clear)[ \t]+(was|is|were|are)[ \t]*(?=[.!])")
# "The terlipressin protocol of your unit, can you share it with me?"
_NAMED_FIRST = lazy(r"(^|(?<=[.!?][ \t]))((?:The|Your|This)[ \t]+[^.!?,]{3,80}?),[ \t]+"
                          r"(can|could|would|will)[ \t]+you[ \t]+(\w+)[ \t]+(?:it|them)\b"
                          r"([^.!?]{0,60})\?")
# "possible to meet 15 minutes?", "Is it possible that we speak one time by video call?"
_POSSIBLE = lazy(r"(^|(?<=[.!?,][ \t]))(?:is[ \t]+(?:it[ \t]+)?)?possible[ \t]+to[ \t]+",
                       re.IGNORECASE)
_POSSIBLE_THAT = lazy(r"\bIs[ \t]+it[ \t]+possible[ \t]+that[ \t]+we[ \t]+", re.IGNORECASE)
# "a resident of first year", "resident of family medicine in second year": the year of
# training after the role, said before it ("a first-year resident in family medicine").
_YEAR = r"(first|second|third|fourth|fifth)"
_YEAR_AFTER = lazy(rf"\b(resident|intern|fellow)[ \t]+(?:of|in)[ \t]+{_YEAR}[ \t]+year\b"
                         rf"|\b(resident|intern|fellow)[ \t]+(of|in)[ \t]+([a-z][a-z ]{{2,40}}?)"
                         rf"[ \t]+in[ \t]+(?:the[ \t]+)?{_YEAR}[ \t]+year\b", re.IGNORECASE)
# "since long time I follow your research": a duration said with "since" before the present
# tense ("I have followed your research for a long time").
_SINCE_LONG = lazy(r"\b[Ss]ince[ \t]+(?:a[ \t]+)?long[ \t]+time,?[ \t]+I[ \t]+(follow|admire|read|"
                   r"know|study|watch)[ \t]+([^.!?,;]{3,80}?)(?=[.!?,;]|$)")
_PARTICIPLE = {"follow": "followed", "admire": "admired", "read": "read", "know": "known",
               "study": "studied", "watch": "watched"}
# "for to learn more": a second language's "para"/"pour" before the verb's "to".
_FOR_TO = lazy(r"\bfor[ \t]+to[ \t]+(?=[a-z])")
_MEET_FOR = lazy(r"\b(meet|talk|speak|call)[ \t]+(?=\d+[ \t]+minutes\b)")
_ONE_TIME = lazy(r"\bone[ \t]+time\b(?=[^.!?]*\?)")


def in_english_order(text: str) -> str:
    """The note with each second-language shape (module docstring) said in English order."""
    text = _DOUBLED.sub("", text)
    text = _SINCE.sub(lambda m: f"I have been {m.group(3).strip()} for {m.group(1).lower()} "
                      f"{m.group(2)}", text)
    text = _NO_ARTICLE.sub(lambda m: f"{m.group(1)} a ", text)
    text = _OBJECT_FIRST.sub(lambda m: f"{m.group(1)}I {m.group(4)} {m.group(2).lower()} "
                             f"{m.group(3)}{m.group(5)}", text)
    text = _VERB_LAST.sub(lambda m: f"{m.group(1)}{m.group(2)} {m.group(5)} "
                          f"{m.group(3) or ''}{m.group(4)}", text)
    text = _NAMED_FIRST.sub(lambda m: f"{m.group(1)}{m.group(3).capitalize()} you {m.group(4)} "
                            f"{m.group(2)[0].lower()}{m.group(2)[1:]}{m.group(5)}?", text)
    text = _POSSIBLE_THAT.sub("Could we ", text)
    text = _POSSIBLE.sub(lambda m: f"{m.group(1)}would it be possible to ", text)
    text = re.sub(r"(^|(?<=[.!?][ \t]))would it be", lambda m: f"{m.group(1)}Would it be", text)
    text = _YEAR_AFTER.sub(lambda m: f"{m.group(2).lower()}-year {m.group(1)}" if m.group(1)
                           else f"{m.group(6).lower()}-year {m.group(3)} in {m.group(5)}", text)
    text = _SINCE_LONG.sub(lambda m: f"I have {_PARTICIPLE[m.group(1)]} {m.group(2)} for a long "
                           "time", text)
    text = _FOR_TO.sub("to ", text)
    text = _MEET_FOR.sub(lambda m: f"{m.group(1)} for ", text)
    return _ONE_TIME.sub("once", text)
