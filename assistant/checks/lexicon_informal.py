"""The lexicon of informal English the slang check reads: text-speak, slang evaluatives and
the closed classes their patterns need (intensifiers, copulas). Each entry maps the written
form to what to write instead ("" = leave it out, None = no single replacement).

Sources (entries kept to those a resident might type in a message to a physician):
- Text-speak and internet abbreviations: Wiktionary, Category "English internet slang" and
  Appendix "English internet slang"; the NetLingo "Acronyms and Text Message" list and the
  NoSlang.com text-message dictionary.
- Eye-dialect and clipped spellings ("luv", "rly", "pls", "cuz", "thru"): Merriam-Webster's
  and Wiktionary's entries labelled "informal", "nonstandard" or "eye dialect".
- Slang evaluatives and interjections ("dope", "legit", "lowkey", "stoked", "clutch", "lit",
  "bet"): words Merriam-Webster and Wiktionary label "slang" or "informal", in the sense so
  labelled; reassurances and fillers of spoken register ("no biggie", "ya know") are phrase
  patterns in `rules_register.py`.
- One-letter words for whole words ("r" for "are", "u" for "you", "n" for "and", "w" for
  "with"): the rebus spellings of SMS language listed in Wiktionary's "English internet
  slang" appendix; `rules_register.py` decides when a single letter stands for a word.

The lists are tested in both directions (tests/checks/test_phrasings.py and
tests/checks/test_functions.py): the casual use, and a look-alike that is not casual.
"""

from __future__ import annotations

import re
from functools import cache

# ---------------------------------------------------------------- text-speak

# Written form -> what to write instead ("" = leave it out). Any case.
TEXT_SPEAK: dict[str, str] = {
    "thx": "thank you", "thnx": "thank you", "thanx": "thank you", "tnx": "thank you",
    "tysm": "thank you so much", "tyvm": "thank you very much",
    "lol": "", "lmao": "", "rofl": "", "omg": "", "smh": "", "brb": "", "nvm": "", "jk": "",
    "ikr": "", "ngl": "honestly", "tbh": "honestly", "fwiw": "", "irl": "in person",
    "btw": "by the way", "gonna": "going to", "wanna": "want to", "gotta": "have to",
    "kinda": "somewhat", "sorta": "somewhat", "idk": "I'm not sure", "lmk": "let me know",
    "pls": "please", "plz": "please", "cuz": "because", "bcuz": "because", "ttyl": "talk soon",
    "b4": "before", "in2": "into", "gr8": "great", "l8r": "later", "2day": "today",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow", "tmr": "tomorrow", "hmu": "let me know", "lemme": "let me",
    "gimme": "give me", "dunno": "don't know", "w/o": "without", "w/": "with", "b/c": "because",
    "thru": "through", "convo": "conversation", "ppl": "people", "prolly": "probably",
    "cya": "see you", "yep": "yes", "yup": "yes", "bday": "birthday", "yeah": "yes",
    "nope": "no", "nah": "no", "omw": "on my way", "gtg": "", "g2g": "", "wyd": "", "hbu": "",
    "ofc": "of course", "obvi": "obviously", "totes": "totally", "deets": "details",
    "y'all": "you all", "yall": "you all", "ain't": "isn't", "lowkey": "", "highkey": "",
    "nbd": "",
    # eye-dialect and clipped spellings, and more SMS abbreviations
    "luv": "love", "rly": "really", "rlly": "really", "srsly": "seriously", "sry": "sorry",
    "soz": "sorry", "thnks": "thank you", "thks": "thank you", "tyty": "thank you",
    "ttys": "talk soon", "wbu": "", "idc": "", "ily": "", "kk": "okay", "okie": "okay",
    "bruh": "", "fam": "", "yolo": "", "fomo": "", "tmi": "", "wya": "", "gud": "good",
    "nite": "night", "tonite": "tonight", "coz": "because", "bcoz": "because",
    "becuz": "because", "altho": "although", "frfr": "", "istg": "", "imma": "I'm going to",
    "finna": "about to", "tryna": "trying to", "outta": "out of", "lotta": "lot of",
    "shoulda": "should have", "coulda": "could have", "woulda": "would have",
    "haha": "", "hahaha": "", "hehe": "", "lolol": "", "xoxo": "", "wud": "would",
    "cud": "could", "tbf": "to be fair", "obv": "obviously", "yea": "yes", "b/t": "between",
}
# In capitals these are also names or acronyms (SMH: St. Michael's Hospital; PLS: partial
# least squares; JK: a name's initials), so only their lower-case or Capitalised spelling counts.
NOT_IN_CAPITALS = frozenset({
    "smh", "pls", "tmr", "tmrw", "cuz", "ppl", "abt", "convo", "jk", "irl", "ofc", "ikr",
    "fam", "tmi", "gud", "idc", "ily", "kk", "sry", "wya",
})
# One letter for a whole word ("r u free", "papers r inspiring", "obsessed w transplant"):
# between two capitalised words it is part of a name ("Salt n Pepa") and does not count;
# casual only in lower case with a word on each side, and not after an article or a name
# ("the r value", "Pearson r", "an n of 40"), nor before a number or a sign ("r = 0.4");
# "R" the language, "Mr. R", "(r)" and "r/medicine" are not words of a sentence. ("c" and "k"
# are left out: "c diff" and "replete k" are clinical shorthand.)
# ("y" is left out too: it is Spanish "and", as in "Hospital Universitario y Politécnico".)
ONE_LETTER_WORDS: dict[str, str] = {"r": "are", "n": "and", "w": "with"}
# Slang interjections, casual only when they stand alone between punctuation ("If yes, bet,
# I'll ...", "Facts."): elsewhere they are ordinary words ("a safe bet", "the facts").
INTERJECTION_SLANG: dict[str, str] = {
    "bet": "", "facts": "", "same": "", "cool": "",
}
# Short forms that are also acronyms in capitals (UR: Rochester, U: "U of M", BC, NP, MSG, RN):
# only their lower-case spelling counts as text-speak.
TEXT_SPEAK_LOWER: dict[str, str] = {
    "u": "you", "ur": "your", "ya": "you", "ty": "thank you", "bc": "because", "tho": "though",
    "np": "no problem", "imo": "in my view", "imho": "in my view", "msg": "message",
    "abt": "about", "def": "definitely", "deffo": "definitely",
    # "wd love to connect" (WD is a brand), "a couple qs" (QS a quality score)
    "wd": "would", "qs": "questions",
    # "connect fr" (for real), "thank you sm" (so much); "Fr." is a title, "SM" an acronym
    "fr": "", "sm": "so much",
    # "ik you're busy", "esp your talk"; "IK" and "ESP" are initials and an acronym
    "ik": "I know", "esp": "especially",
    # the hesitations of speech a dictated note keeps ("um hi Dr. Reyes it's uh Luis"):
    # Wiktionary's English interjections of hesitation; "UM" is a university, "um" after a
    # number a micrometre (`rules_register.SPOKEN_HESITATIONS`)
    "um": "", "umm": "", "uh": "", "uhh": "", "uhm": "", "erm": "",
    # "quick q", "prob applying"; Q is a quarter, PROB a trial's acronym
    "q": "question", "prob": "probably",
}

# Words typed only to lean on a sentence, none of the message's: a sentence composed from a
# resident's phrase leaves them out (the slang check itself writes "tbh" and "ngl" as
# "honestly" in the resident's own note, which keeps its voice).
FILLERS: tuple[str, ...] = ("honestly", "literally", "basically", "tbh", "ngl", "lowkey", "low-key",
                            "not gonna lie", "not going to lie", "to be honest")

# ---------------------------------------------------------------- informal register

# Slang evaluatives that are casual wherever they stand. Word -> a plainer word ("" = leave
# it out, None = no single replacement).
SLANG_WORDS: dict[str, str | None] = {
    "dope": "great", "legit": "really", "hella": "very", "stoked": "excited",
    "psyched": "excited", "bummed": "disappointed", "freaking": "", "frickin": "",
    "awesomesauce": "great", "amazeballs": "great", "bro": "", "dude": "",
    "bestie": "", "vibes": None, "vibe": None, "slay": None, "bussin": None, "sus": None,
    "cray": None, "yay": "", "woohoo": "", "ugh": "", "meh": "", "whoa": "", "dang": "",
    "geez": "", "damn": "", "crap": None, "sesh": "session", "rando": None, "biggie": None,
    "ginormous": "very large", "gotcha": "understood", "wassup": None, "holler": "",
    "hyped": "excited", "goated": "outstanding", "mate": "", "banger": None, "bangers": None,
    "deadass": "",
}
# Informal words that are ordinary in another sense ("cool the patient", "chills", "clutch" of
# a car): casual only as a predicate or after an intensifier ("was clutch", "super chill").
# ("Epic" and "solid" are left out: Epic is a record system, a solid plan is standard.)
PREDICATE_SLANG: dict[str, str] = {
    "chill": "relaxed", "cool": "interesting", "clutch": "very helpful", "fire": "excellent",
    "rad": "great", "pumped": "excited", "fab": "great", "awesome": "wonderful",
    "sick": "impressive", "killer": "excellent", "lit": "excellent", "epic": "excellent",
    "wild": "remarkable", "insane": "remarkable",
}
# Predicate slang that is a name in its capitalised spelling: "Epic" is a record system.
ONLY_IN_LOWER_CASE = frozenset({"epic"})
# Predicate slang that is literal when said of a person: "the patient was sick", "I was sick
# last week" (but "your talk was sick"). Checked against the subject's words (PERSONS, and
# the personal pronouns).
LITERAL_OF_PEOPLE = frozenset({"sick", "wild", "insane"})
# Predicate slang that is literal when said of a place or a light: "the room was lit".
LITERAL_OF_PLACES: dict[str, frozenset[str]] = {"lit": frozenset({
    "room", "rooms", "hall", "hallway", "hallways", "screen", "stage", "or", "unit", "ward",
    "wards", "building", "street", "streets", "candle", "candles", "sky", "tree", "lamp",
    "lamps", "light", "lights", "sign", "signs", "bay", "corridor", "office", "area",
    "field", "cigarette", "match", "stove", "fire", "torch", "path", "parking",
})}
# Slang adjectives before a noun ("a killer talk", "a sick lecture"), with the nouns that make
# them literal ("killer T cells", "a killer whale", "a sick patient", "sick leave").
ATTRIBUTIVE_SLANG: dict[str, tuple[str, frozenset[str]]] = {
    "killer": ("excellent", frozenset({
        "cell", "cells", "t", "whale", "whales", "bee", "bees", "app", "instinct", "disease",
        "diseases", "virus", "infection", "infections", "lymphocyte", "lymphocytes"})),
    "sick": ("impressive", frozenset({
        "patient", "patients", "pt", "pts", "kid", "kids", "child", "children", "baby", "babies",
        "infant", "infants", "people", "person", "leave", "day", "days", "call", "note", "notes",
        "bay", "bays", "role", "building", "buildings", "visit", "visits", "pay", "time",
        "feeling", "friend", "family", "parent", "parents", "man", "woman", "men", "women",
        "neonate", "neonates", "adult", "adults", "elderly", "one", "ones", "list", "dog", "cat",
        "animal", "animals", "sinus", "euthyroid", "headache", "stomach", "mother", "father"})),
}
# Words that make a following evaluative casual: "super chill", "so cool", "mad helpful".
INTENSIFIERS = (
    "super", "so", "really", "pretty", "totally", "very", "real", "hella", "mad", "way",
    "crazy", "insanely", "soo", "sooo", "too", "wicked",
)
COPULAS = (
    "is", "was", "are", "were", "be", "been", "being", "it's", "that's", "looks", "sounds",
    "seems", "felt", "feels", "'s",
)


# ---------------------------------------------------------------- plain replacements


def plain(word: str) -> str | None:
    """What the slang check writes for a text-speak or slang word (lower case): "" to leave it
    out, None when there is no single replacement or the word is not listed. Text-speak wins
    over an evaluative of the same spelling."""
    return TEXT_SPEAK.get(word, SLANG_WORDS.get(word))


@cache
def plain_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every listed word with a plain replacement, as it is typed (lower case, Capitalised, and in
    capitals unless capitals make it a name), and one pattern finding them as whole words: for a
    short typed phrase, where the slang check's reading of the sentence around a word has
    nothing to read."""
    listed = {**{k: v for k, v in SLANG_WORDS.items() if v is not None}, **TEXT_SPEAK}
    words = {**{w.capitalize(): r for w, r in listed.items()},
             **{w.upper(): r for w, r in listed.items() if w not in NOT_IN_CAPITALS},
             **listed, **TEXT_SPEAK_LOWER}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’/-])(?:{alternatives})(?![\w'’/-])"), words
