"""Word lists the tone checks read, each with where it comes from and what it is for.

The lists are closed classes a pattern needs (text-speak, informal evaluatives, people nouns),
not lists of whole phrases: the patterns in `rules_register.py` and `rules_judgement.py` decide
what a word is doing in its sentence. Tests in tests/checks/test_functions.py exercise each
list in both directions (the word in its casual or disparaging use, and a look-alike that is
not).

Sources:
- Text-speak: the abbreviations of the NetLingo and NoSlang text-message dictionaries and
  Wiktionary's "English internet slang" category, kept to those a resident might type.
- Informal and slang evaluatives: words Merriam-Webster and Wiktionary label "slang" or
  "informal" ("dope", "legit", "lowkey", "stoked", "clutch"), plus reassurances and fillers of
  spoken register ("no biggie", "ya know").
- Negative judgements: the disparaging adjectives and nouns of Hu and Liu's Opinion Lexicon
  (2004) that describe people or their work, and idioms of disregard ("phoning it in",
  "couldn't care less").
"""

from __future__ import annotations

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
    "b4": "before", "gr8": "great", "l8r": "later", "2day": "today", "2morrow": "tomorrow",
    "tmrw": "tomorrow", "tmr": "tomorrow", "hmu": "let me know", "lemme": "let me",
    "gimme": "give me", "dunno": "don't know", "w/o": "without", "w/": "with", "b/c": "because",
    "thru": "through", "convo": "conversation", "ppl": "people", "prolly": "probably",
    "cya": "see you", "yep": "yes", "yup": "yes", "bday": "birthday", "yeah": "yes",
    "nope": "no", "nah": "no", "omw": "on my way", "gtg": "", "g2g": "", "wyd": "", "hbu": "",
    "ofc": "of course", "obvi": "obviously", "totes": "totally", "deets": "details",
    "y'all": "you all", "yall": "you all", "ain't": "isn't", "lowkey": "", "highkey": "",
    "nbd": "", "luv": "love",
}
# In capitals these are also names or acronyms (SMH: St. Michael's Hospital; PLS: partial
# least squares; JK: a name's initials), so only their lower-case or Capitalised spelling counts.
NOT_IN_CAPITALS = frozenset({
    "smh", "pls", "tmr", "tmrw", "cuz", "ppl", "abt", "convo", "jk", "irl", "ofc", "ikr",
})
# Short forms that are also acronyms in capitals (UR: Rochester, U: "U of M", BC, NP, MSG, RN):
# only their lower-case spelling counts as text-speak.
TEXT_SPEAK_LOWER: dict[str, str] = {
    "u": "you", "ur": "your", "ya": "you", "ty": "thank you", "bc": "because", "tho": "though",
    "np": "no problem", "imo": "in my view", "imho": "in my view", "msg": "message",
    "abt": "about", "def": "definitely", "deffo": "definitely",
}

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
    "ginormous": "very large", "gotcha": "understood", "wassup": None,
}
# Informal words that are ordinary in another sense ("cool the patient", "chills", "clutch" of
# a car): casual only as a predicate or after an intensifier ("was clutch", "super chill").
# ("lit", "Epic" and "solid" are left out: a room is lit, Epic is a record system.)
PREDICATE_SLANG: dict[str, str] = {
    "chill": "relaxed", "cool": "interesting", "clutch": "very helpful", "fire": "excellent",
    "rad": "great", "pumped": "excited", "fab": "great", "awesome": "wonderful",
    "sick": "impressive", "killer": "excellent",
}
# "lit" is slang as a predicate of an occasion ("the talk was lit", "it was so lit"); of a
# room, a candle or a screen it is literal ("the ICU was poorly lit", "the hall was lit").
LIT_OCCASIONS = frozenset({
    "talk", "talks", "lecture", "lectures", "session", "sessions", "conference", "party",
    "keynote", "workshop", "presentation", "panel", "event", "dinner", "night", "rounds",
    "reception", "mixer", "weekend", "podcast", "episode", "retreat", "meeting", "it", "that",
    "this"})
# Predicate slang that is literal when said of a person: "the patient was sick", "I was sick
# last week" (but "your talk was sick"). Checked against the subject's words (PERSONS, and
# the personal pronouns).
LITERAL_OF_PEOPLE = frozenset({"sick"})
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
    "crazy", "insanely", "soo", "sooo", "too",
)
COPULAS = (
    "is", "was", "are", "were", "be", "been", "being", "it's", "that's", "looks", "sounds",
    "seems", "felt", "feels", "'s",
)

# ---------------------------------------------------------------- people and judgements

# Nouns for people and the institutions made of them: what a disparaging word may be about.
PEOPLE = frozenset({
    "program", "programs", "residency", "attending", "attendings", "resident", "residents",
    "intern", "interns", "co-intern", "co-interns", "faculty", "staff", "nurse", "nurses",
    "nursing", "pd", "apd", "chief", "chiefs", "director", "directors", "administration",
    "admin", "admins", "administrators", "hospital", "hospitals", "department", "departments",
    "institution", "institutions", "school", "leadership", "colleague", "colleagues",
    "co-resident", "co-residents", "coresidents", "team", "boss", "mentor", "mentors",
    "supervisor", "supervisors", "pharmacist", "pharmacists", "consultant", "consultants",
    "fellow", "fellows", "division", "service", "people", "everyone", "he", "she", "they",
    "them", "him", "her", "management", "coordinator", "interviewers", "physicians", "doctors",
    "surgeons", "surgeon", "teacher", "teachers", "educator", "educators", "leader", "leaders",
    "clinicians", "person", "man", "woman", "guy", "guys", "bosses", "pds", "apds", "mentee",
    "advisor", "advisors", "adviser", "preceptor", "preceptors", "seniors", "upper-levels",
    "hospitalists", "internists", "cardiologists", "committee", "members", "physician",
    "doctor", "nurse's", "chair", "dean", "deans", "registrar", "registrars",
})
# Who a third-person pronoun may stand for when it is not the reader ("my co-resident ...
# she", "a 45-year-old ... his"): the people among PEOPLE, and the roles, relations and case
# descriptions a resident names (the ACGME's and AAMC's names for learners and faculty).
PERSONS = (PEOPLE - {
    "program", "programs", "residency", "nursing", "administration", "admin", "admins",
    "hospital", "hospitals", "department", "departments", "institution", "institutions",
    "school", "leadership", "team", "division", "service", "he", "she", "they", "them", "him",
    "her", "management", "committee", "staff", "faculty", "people", "everyone",
}) | frozenset({
    "co-fellow", "co-fellows", "student", "students", "classmate", "classmates",
    "interviewer", "intensivist", "intensivists", "neurologist", "neurologists", "radiologist",
    "radiologists", "pediatrician", "pediatricians", "psychiatrist", "psychiatrists",
    "therapist", "therapists", "scientist", "scientists", "researcher", "researchers",
    "investigator", "investigators", "pi", "author", "authors", "co-author", "co-authors",
    "coauthor", "coauthors", "reviewer", "reviewers", "editor", "editors", "speaker",
    "speakers", "panelist", "panelists", "moderator", "chairs", "senior", "junior", "juniors",
    "teammate", "teammates", "roommate", "roommates", "friend", "friends", "partner", "spouse",
    "husband", "wife", "fiance", "fiancé", "fiancée", "mother", "father", "mom", "dad",
    "parent", "parents", "son", "daughter", "brother", "sister", "sibling", "aunt", "uncle",
    "grandmother", "grandfather", "patient", "patients", "pt", "pts", "men", "women", "boy",
    "girl", "child", "children", "kid", "kids", "baby", "infant", "gentleman", "lady",
    "someone", "member",
})
# What a program is judged by: "a toxic culture", "terrible teaching".
TRAITS = frozenset({
    "culture", "environment", "atmosphere", "workplace", "place", "leadership", "teaching",
    "training", "mentorship", "supervision", "attitude", "attitudes", "behavior", "behaviour",
    "personality", "personalities", "vibe", "vibes",
})
# Insults and contempt: disparaging whatever they are said about (unless clinical: "an
# incompetent valve", "a lazy eye").
INSULTS = frozenset({
    "incompetent", "idiot", "idiots", "idiotic", "moron", "morons", "moronic", "imbecile",
    "stupid", "dumb", "clueless", "pathetic", "worthless", "lazy", "jerk", "jerks", "asshole",
    "assholes", "bitch", "bitchy", "crappy", "shitty", "sucks", "sucked", "loser", "losers",
    "scumbag", "inept", "spineless", "two-faced", "insufferable",
})
# Harsh words that disparage when said of people or a program ("a terrible program") and are
# ordinary when said of a symptom, a night or the weather. Word -> a neutral replacement.
HARSH: dict[str, str | None] = {
    "terrible": "difficult", "awful": "difficult", "horrible": "difficult",
    "horrendous": "difficult", "toxic": "difficult", "malignant": "demanding",
    "dysfunctional": None, "nightmare": None, "disaster": None, "rude": None,
    "arrogant": None, "condescending": None, "hostile": None, "disgusting": None,
    "ridiculous": None, "garbage": None, "trash": None, "dump": None, "hate": None,
    "hated": None, "hates": None, "despise": None, "despised": None, "mediocre": None,
    "dismissive": None, "unprofessional": None, "ignorant": None, "careless": None,
    "sloppy": None, "petty": None, "fake": None, "annoying": None, "suck": None,
    "worst": None, "useless": "unhelpful", "hopeless": None,
}
# Nouns that disparage people only as a predicate: "the surgeons are clowns", "my program is
# a joke" (but "he told a joke", "the dinosaur stickers").
PREDICATE_INSULTS = frozenset({
    "joke", "jokes", "clown", "clowns", "dinosaur", "dinosaurs", "circus", "zoo", "mess",
})
# Idioms of disregard said of people: "phoning it in", "couldn't care less". Each is a regex.
DISREGARD = (
    r"phon(?:e|es|ed|ing)[ \t]+it[ \t]+in",
    r"(?:could|couldn['’]t|could[ \t]+not)[ \t]+care[ \t]+less",
    r"(?:don['’]t|do[ \t]+not|doesn['’]t|does[ \t]+not|didn['’]t|did[ \t]+not|never)"
    r"[ \t]+(?:\w+[ \t]+)?(?:care|bother|listen|show[ \t]+up)\b",
    r"(?:have|has|had)[ \t]+no[ \t]+(?:clue|idea[ \t]+what)",
    r"waste[ \t]+of[ \t]+(?:time|space|oxygen)",
    r"out[ \t]+of[ \t]+touch", r"checked[ \t]+out", r"asleep[ \t]+at[ \t]+the[ \t]+wheel",
    r"(?:can['’]t|cannot)[ \t]+(?:teach|lead|manage)",
)
# Idioms of incompetence, indifference and contempt (Merriam-Webster's and Wiktionary's idiom
# entries): judgements only when their subject is people or a program's teaching. Each is
# (a word every match holds, the regex): a message without the word skips the regex, which
# keeps the scan of an ordinary message as short as before they were added.
DISREGARD_ANCHORED = (
    ("lunch", r"out[ \t]+to[ \t]+lunch"), ("weight", r"dead[ \t]+weight"),
    ("times", r"behind[ \t]+the[ \t]+times"),
    ("stuck", r"stuck[ \t]+in[ \t]+the[ \t]+(?:past|\d0s|(?:19|20)\d0s|dark[ \t]+ages|"
     r"stone[ \t]+age)"),
    ("full", r"full[ \t]+of[ \t]+(?:themselves|himself|herself|it|hot[ \t]+air)"),
    ("mail", r"(?:mail|mails|mailed|mailing)[ \t]+it[ \t]+in"),
    ("motions", r"go(?:es|ing)?[ \t]+through[ \t]+the[ \t]+motions"),
    ("bothered", r"(?:can['’]t|cannot|couldn['’]t)[ \t]+be[ \t]+bothered"),
    ("hear", r"(?:won['’]t|wouldn['’]t|will[ \t]+not)[ \t]+hear[ \t]+of"),
    ("down", r"(?:look|looks|looked|looking)[ \t]+down[ \t]+on"),
    ("head", r"in[ \t]+over[ \t]+(?:their|his|her)[ \t]+heads?"),
    ("bus", r"(?:throw|throws|threw|throwing)[ \t]+(?:\w+[ \t]+){1,2}under[ \t]+the[ \t]+bus"),
    ("finger", r"(?:don['’]t|doesn['’]t|didn['’]t|never)[ \t]+lift[ \t]+a[ \t]+finger"),
    ("dump", r"(?:dump|dumps|dumped|dumping)[ \t]+(?:all[ \t]+)?(?:\w+[ \t]+)?on[ \t]+"
     r"(?:the[ \t]+)?(?:interns|residents|juniors|us|students|nurses)"),
    # "treat interns like furniture": any likeness but an approving one
    ("treat", r"(?:treat|treats|treated|treating)[ \t]+(?:\w+[ \t]+){1,2}like[ \t]+(?!(?:a[ \t]+|"
     r"an[ \t]+|their[ \t]+own[ \t]+|one[ \t]+of[ \t]+)?(?:family|colleagues?|equals?|peers?|"
     r"adults?|partners?|professionals?|physicians?|doctors?|royalty|friends?|gold|vips?)\b)\w+"),
)
