"""Word lists the judgement check reads (people, their traits, disparaging words and idioms),
each with where it comes from and what it is for. The informal-register lists (text-speak,
slang) are in `lexicon_informal.py`.

The lists are closed classes a pattern needs (people nouns, insults), not lists of whole
phrases: the patterns in `rules_judgement.py` decide what a word is doing in its sentence.
Tests in tests/checks/test_functions.py exercise each list in both directions (the word in its
disparaging use, and a look-alike that is not).

Sources:
- Negative judgements: the disparaging adjectives and nouns of Hu and Liu's Opinion Lexicon
  (2004) that describe people or their work, and idioms of disregard ("phoning it in",
  "couldn't care less").
"""

from __future__ import annotations

from assistant.text.patterns import lazy

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
    "doctor", "nurse's", "chair", "dean", "deans", "registrar", "registrars", "senior",
    "junior", "juniors", "upper-level", "co-fellow", "co-fellows", "student", "students",
})
# A person named by a specialty or a role ("the intensivists", "my oncologist colleague",
# "the pediatricians"): what a disparaging word may be about, whatever the specialty.
ROLE_SHAPE = lazy(r"[a-z-]+(?:ologists?|iatrists?|icians?|ivists?|alists?|ernists?|"
                        r"geons?)")
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
    "bully", "bullies", "cynic", "cynics", "hypocrite", "hypocrites", "slacker", "slackers",
    "deadbeat", "deadbeats", "snake", "snakes", "tyrant", "tyrants", "dictator", "dictators",
    "egomaniac", "egomaniacs", "freaks", "hacks", "spoiled", "spoilt",
})
# Idioms of disregard said of people: "phoning it in", "couldn't care less". Each is (words one
# of which every match holds, the regex): a message holding none of them skips the regex.
DISREGARD: tuple[tuple[tuple[str, ...], str], ...] = (
    (("phon",), r"phon(?:e|es|ed|ing)[ \t]+it[ \t]+in"),
    (("care",), r"(?:could|couldn['’]t|could[ \t]+not)[ \t]+care[ \t]+less"),
    (("care", "bother", "listen", "show"),
     r"(?:don['’]t|do[ \t]+not|doesn['’]t|does[ \t]+not|didn['’]t|did[ \t]+not|never)"
     r"[ \t]+(?:\w+[ \t]+)?(?:care|bother|listen|show[ \t]+up)\b"),
    (("clue", "idea"), r"(?:have|has|had)[ \t]+no[ \t]+(?:clue|idea[ \t]+what)"),
    (("waste",), r"waste[ \t]+of[ \t]+(?:time|space|oxygen)"),
    (("touch",), r"out[ \t]+of[ \t]+touch"), (("checked",), r"checked[ \t]+out"),
    (("asleep",), r"asleep[ \t]+at[ \t]+the[ \t]+wheel"),
    (("teach", "lead", "manage"),
     r"(?:can['’]t|cannot|could[ \t]+not|couldn['’]t)[ \t]+(?:teach|lead|manage)\b"),
)
# Idioms of incompetence, indifference and contempt (Merriam-Webster's and Wiktionary's idiom
# entries): judgements only when their subject is people or a program's teaching. Each is
# (a word every match holds, the regex): a message without the word skips the regex, which
# keeps the scan of an ordinary message as short as before they were added.
# Whom a verb of contempt is done to: people other than the sender.
_OTHERS = (r"(?:anyone|everyone|us|them|people|interns|residents|students|juniors|nurses|"
           r"the[ \t]+\w+|their[ \t]+\w+|our[ \t]+\w+)")
DISREGARD_ANCHORED = (
    ("lunch", r"out[ \t]+to[ \t]+lunch"), ("weight", r"dead[ \t]+weight"),
    ("coast", r"coast(?:s|ed|ing)?[ \t]+(?:through|along)"),
    # "doesn't give a damn", "not interested in teaching", "nobody ... knows what they are
    # doing", "are not caring about the residents", "only care for their RVUs"
    ("give", r"(?:don['’]t|do[ \t]+not|doesn['’]t|does[ \t]+not|didn['’]t|never)[ \t]+give[ \t]+"
     r"a[ \t]+(?:damn|crap|shit|hoot|fig|toss)"),
    ("interested", r"not[ \t]+(?:at[ \t]+all[ \t]+)?interested[ \t]+in[ \t]+(?:teaching|helping|"
     r"residents|interns|us|learners|students)"),
    ("doing", r"(?:(?:don['’]t|doesn['’]t|do[ \t]+not|does[ \t]+not|didn['’]t)[ \t]+|(?:nobody|"
     r"no[ \t]+one)(?:[ \t]+[\w'’-]+){0,4}[ \t]+)knows?[ \t]+what[ \t]+(?:they|he|she)(?:['’]re|"
     r"['’]s|[ \t]+are|[ \t]+is)[ \t]+doing"),
    *((word, r"not[ \t]+" + word + r"\b") for word in ("caring", "bothering", "listening")),
    ("only care", r"only[ \t]+care[ \t]+(?:about|for)[ \t]+(?:their|them|themselves|his|her|"
     r"money|rvus|billing|research|publishing|getting)"),
    # "could not teach to save their lives" (not "worked to save their lives")
    ("save", r"(?:can['’]t|cannot|could[ \t]+not|couldn['’]t)[ \t]+\w+(?:[ \t]+\w+)?[ \t]+to"
     r"[ \t]+save[ \t]+(?:their|his|her)[ \t]+(?:lives|life)"),
    # names for people that disparage: "a control freak", "bean counters", "a dumpster fire"
    ("freak", r"control[ \t]+freaks?"), ("dumpster", r"dumpster[ \t]+fires?"),
    ("counter", r"bean[ \t]+counters?"), ("wreck", r"train[ \t]+wrecks?"),
    ("hot", r"hot[ \t]+mess(?:es)?"),
    # verbs of contempt toward others: "cynics who mock anyone", "seniors belittle interns"
    *((stem, stem + r"(?:e|es|ed|ing|s|y|ies|ied|ying)?[ \t]+" + _OTHERS) for stem in (
        "mock", "belittl", "ridicul", "humiliat", "demean", "berat", "bull")),  # not "shame"
    *((verb, verb + r"(?:s|ed|ing)?[ \t]+at[ \t]+" + _OTHERS) for verb in ("yell", "scream")),
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
