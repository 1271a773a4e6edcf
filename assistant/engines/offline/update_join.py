"""An update's outcomes said together: one clause list sharing the "I" of the one before
(`joined`), or, for six outcomes and more, a sentence for each group (`grouped`): the first
three in the frame, the rest of the work after "I also", and the outcomes of the resident's
life outside work (a wedding, a baby, a house, a pet, a race, a trip) after "On a personal
note," — every outcome kept, none in a sentence of more than four.
"""

from __future__ import annotations

import re

from assistant.engines import phrasing as ph
from assistant.engines.offline.update_read import renames
from assistant.engines.offline.update_shape import Outcome
from assistant.phi.vocab import is_common
from assistant.text.patterns import lazy

# How many outcomes make a list long enough to group
GROUPED = 6

# A word that opens a sentence and keeps no capital mid-sentence (a determiner, a pronoun, an
# adverb of time or sequence) before a word in lower case
_CAPITAL_OPENER = lazy(r"^(The|A|An|My|Our|This|That|These|Those|It|We|They|Next|Then|Now|Also|"
                       r"Still|Just|Finally|Today|Tomorrow|Yesterday)(?= [a-z])")


def joined(items: list[Outcome]) -> str:
    """Outcomes as one clause list sharing the "I" of the one before."""
    pieces: list[str] = []
    shared = False
    others = any(i.shape != "noun" for i in items)
    for n, item in enumerate(items):
        # a noun among outcomes, not last (where it renames what came before: "matched at
        # Lurie - pediatric cardiology")
        if item.shape == "noun" and others and n < len(items) - 1 and not renames(item.text):
            # "teaching award nomination" among outcomes: something the resident has
            np = item.text
            if not re.match(r"(?:a|an|the|my|our|some|two|three|\d)\b", np, re.IGNORECASE):
                np = f"{ph.article(np)} {np}"
            item = Outcome(f"have {np}", "I", item.but)
        if item.shape == "noun":
            if pieces:  # an apposition: "..., my first publication as a resident"
                np = item.text
                if re.fullmatch(r"(?:[\w/-]+\s+){0,3}(?:" + ph.FIELD_WORDS.pattern[3:-3] +
                                r"|[a-z]+ology)", np, re.IGNORECASE) and np[:1].islower() and \
                        re.search(r"\bmatched\b", pieces[-1]):
                    pieces[-1] = f"{pieces[-1]} in {np}"  # "matched at Lurie - peds cardiology"
                    continue
                if re.match(r"[A-Z][a-z]+\s+[a-z]", np) and is_common(np.split()[0].lower()):
                    np = np[:1].lower() + np[1:]  # "Poster on ..." after a sentence's end
                fielded = re.match(r"(?:[\w/-]+\s+){0,2}?(?:" + ph.FIELD_WORDS.pattern[3:-3] +
                                   r"|[a-z]+ology)\b", np, re.IGNORECASE)
                if not re.match(r"(?:(?:a|an|the|my|our|your)\b|[$£€\d]|(?:about|around|"
                                r"roughly|nearly|almost|over|under|up\s+to)\s+[$£€]?\d)", np,
                                re.IGNORECASE) and not np[:1].isupper() and not fielded:
                    det = "my" if ph.first_word(np) in ("first", "best", "last", "biggest") \
                        else ph.article(np)
                    np = f"{det} {np}"
                pieces[-1] = f"{pieces[-1]}, {np}"
                continue
            pieces.append(item.text)
            shared = False
            continue
        lead = {"I": "I", "I am": "I am", "I will": "I"}.get(item.shape)
        if lead is None:  # a clause of its own; "I ..." lends its "I" to the next outcome
            pieces.append(item.text)
            shared = bool(re.match(r"I\s+(?!am\b|['’])", item.text))
            continue
        if shared:
            lead = {"I": "", "I am": "am", "I will": ""}[item.shape]
        pieces.append(f"{lead} {item.text}".strip())
        shared = True
        continue
    # "You will be happy ...": the reader said in the second person mid-sentence is "you"
    pieces = [re.sub(r"^You(?=r?s?\b)", "you", p) for p in pieces]
    # "... last week and The family ...": a determiner capitalised only by a sentence's end
    pieces = pieces[:1] + [_CAPITAL_OPENER.sub(lambda m: m.group(1).lower(), p)
                           for p in pieces[1:]]
    # "... and Graduation was Saturday": a common noun capitalised only by a "!" before its verb
    pieces = pieces[:1] + [re.sub(r"^([A-Z][a-z]+)(?=\s+(?:was|is|went|were|are|got|starts|"
                                  r"started|ends|ended)\b)", lambda m: m.group(1).lower()
                                  if is_common(m.group(1).lower()) else m.group(1), p)
                           for p in pieces[1:]]
    if len(pieces) > 1 and items[-1].but:  # "I didn't get the Hopkins spot, but got Emory"
        return f"{ph.join_list(pieces[:-1])}, but {pieces[-1]}"
    return ph.join_list(pieces)


# Words of the resident's life outside work (a small table: what makes an outcome personal)
_PERSONAL = lazy(r"\b(?:married|engaged|wedding|honeymoon|baby|pregnant|expecting|newborn|"
                 r"house|home|apartment|condo|lease|dog|puppy|cat|kitten|pet|marathon|"
                 r"half[- ]marathon|race|running|ran|hiking|vacation|trip|traveled|travelled|"
                 r"partner|wife|husband|fianc[ée]e?|boyfriend|girlfriend|sister|brother|mom|"
                 r"dad|mother|father|parents|kids?|son|daughter|family|hobby|garden|piano|"
                 r"guitar|climbing|gym)\b", re.IGNORECASE)


def _also(body: str) -> str:
    """A later group's clause list with "also" ("I also signed ...", "I am also moving ...",
    "Also, my paper ...")."""
    if re.match(r"I am\b", body):
        return "I am also" + body[4:]
    if re.match(r"I\s+(?!['’])", body):
        return "I also" + body[1:]
    return f"Also, {_lowered(body)}"


def _lowered(body: str) -> str:
    """A determiner that opens a clause list, lowered mid-sentence ("The paper" -> "the paper")."""
    return body[:1].lower() + body[1:] if re.match(r"(?:The|My|Our|A|An)\b", body) else body


def grouped(items: list[Outcome], lead: str) -> str:
    """Six outcomes and more, every one kept, in sentences of four at most: the work first
    (three in the frame, the rest after "I also"), then the personal ones."""
    personal = [i for i in items if _PERSONAL.search(i.text)]
    work = [i for i in items if i not in personal] or personal
    personal = [] if work is personal else personal
    cut = 3 if len(work) > 4 else len(work)
    chunks = [work[:cut]] + ([work[cut:]] if work[cut:] else [])
    sentences = []
    for n, chunk in enumerate(chunks):
        body = joined(chunk)
        sentences.append(f"{lead} {_lowered(body)}." if n == 0 else f"{_also(body)}.")
    if personal:
        sentences.append(f"On a personal note, {_lowered(joined(personal))}.")
    return " ".join(sentences)
