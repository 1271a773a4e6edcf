"""One outcome of an update's news and its shape, read from its first words (update_read.py
splits the news into outcomes and tells its tone): a verb phrase with an implied "I"
("matched at Brown"), a gerund or a predicate adjective that takes "I am" ("applying to
cards", "so relieved"), "will ...", a clause with its own subject ("the K award was not
funded", "interviews start in jan" -> "the interviews start in January"), or a noun phrase;
a contrast typed with "but" is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.engines import phrasing as ph
from assistant.engines.offline.update_forms import (
    ACTIVE_TOO,
    ADVERBS,
    AHEAD,
    BASE_VERBS,
    CHANGE,
    EXAM_SCORE,
    FINITE,
    FROM_TO,
    HELD,
    ING_HEADS,
    INTRANSITIVE,
    LATER,
    MONTH,
    PARTICIPLES,
    PASSIVE_AFTER,
    PERCENTILE,
    PLURAL_PRESENT,
    PREDICATE,
    PRESENT,
    SCORE,
    STATE,
    SUBJECTS,
    WHEN,
    and_am,
    article_before_role,
    as_clause,
    copula,
    verbless,
)
from assistant.engines.offline.update_typed import _NOT_NAME
from assistant.engines.offline.update_words import (
    BARE_SUBJECTS,
    HAPPENED,
    NOT_SUBJECT,
    TRAINING,
    is_gerund,
    is_past,
)
from assistant.phi import kin
from assistant.phi.vocab import is_common
from assistant.text.patterns import lazy

# A relative typed as a bare subject ("dad had his bypass"): the resident's own ("my dad")
_KIN_THE = lazy(r"^(?:the\s+)?(?=(?:" + "|".join(kin.PARENTS + kin.CHILDREN + kin.SPOUSES +
                                                 kin.SIBLINGS + kin.GRANDPARENTS +
                                                 kin.GRANDPARENTS_FAMILIAR + kin.PARTNER) +
                r")\s+(?:had|has|is|was|got|went|came|passed|started|finished|just|finally|"
                r"made|won|retired|moved|graduated)\b)")


@dataclass(frozen=True)
class Outcome:
    """One outcome of the news: `shape` is "I" (a verb phrase of the resident's), "I am" (a
    gerund or a predicate adjective), "I will", "clause" (its own subject) or "noun"."""

    text: str
    shape: str
    but: bool = False  # typed after "but" or "though": a contrast with the outcome before



@lru_cache(maxsize=4096)
def outcome(item: str) -> Outcome:
    """One outcome with its shape (see `Outcome`); cached, since a list reads its phrases again
    as it decides where a comma ends one. A clause whose subject is a bare singular noun gets
    its determiner ("case report on the boy we admitted got accepted" -> "the case report
    ...")."""
    shaped = _outcome(item)
    if shaped.shape == "clause" and _KIN_THE.match(shaped.text):  # "dad had his bypass"
        return replace(shaped, text=_KIN_THE.sub("my ", shaped.text, count=1))
    if shaped.shape != "clause":
        return shaped
    words = shaped.text.split()
    head = words[0] if words else ""
    if len(words) > 2 and re.fullmatch(r"[a-z][a-z]+", head) and (
            _common(head) or head in TRAINING) and \
            not head.endswith("s") and head not in SUBJECTS | ADVERBS | _NOT_NAME and \
            head not in BARE_SUBJECTS and \
            not is_gerund(head) and not is_past(head) and not head.endswith("ly") and \
            not FINITE.fullmatch(head) and not re.match(r"\d", words[1]) and \
            not FINITE.fullmatch(words[1]) and not is_past(words[1]) and \
            re.fullmatch(r"[a-z][a-z-]*", words[1]):
        return replace(shaped, text=f"the {shaped.text}")
    return shaped


def _outcome(item: str) -> Outcome:
    text = re.sub(r"^(?:(?:and|plus|also|then|&)\s+)+", "", ph.clean(item).rstrip("!?.").strip(),
                  flags=re.IGNORECASE)
    # "..., so I'm looking ...": a clause of its own after "so"
    text = re.sub(r"^(?:and\s+)?so\s+(?=(?:I|I['’]m|we|my|our|it)\b)", "", text)
    regret = re.match(r"(?:unfortunately|sadly|regrettably)\s*,?\s+(?=\S)", text, re.IGNORECASE)
    if regret:  # "unfortunately the program closed": the frame of a setback says the regret
        return outcome(text[regret.end():])
    contrast = re.match(r"(?:but|though|yet)\s+(?=\S)", text, re.IGNORECASE)
    if contrast:  # "but got Emory": the outcome, marked as a contrast
        return replace(outcome(text[contrast.end():]), but=True)
    aside = re.search(r"\s*\([^()]*\)", text)
    if aside and aside.start() > 0 and text[aside.end():aside.end() + 1] in (",", " ", ""):
        # "poster at ACP (accepted!)": an aside is read around, never as the outcome's verb
        anchor = text[:aside.start()].split()[-1]
        shaped = outcome(text[:aside.start()] + text[aside.end():])
        at = shaped.text.rfind(anchor)
        if at >= 0 and anchor in text[:aside.start()]:
            end = at + len(anchor)
            return replace(shaped, text=shaped.text[:end] + aside.group(0) + shaped.text[end:])
    text = article_before_role(as_clause(text))
    text = re.sub(r"^didnt\b", "didn't", text, flags=re.IGNORECASE)
    word = ph.first_word(text)
    if text[:1].isupper() and text[1:2].islower() and word not in ph.I_FORMS and (
            is_past(word) or is_gerund(word) or PREDICATE.match(text) or word == "will" or
            word.endswith("s") and len(word) > 4 and is_common(word[:-1]) or
            word in ADVERBS or word.endswith("ly") and is_common(word) or
            word in {"not", "no", "never", "still", "just", "now", "also", "back", "home",
                     "done", "off"}):
        text = text[:1].lower() + text[1:]  # "So happy" after a "!" the checks capitalised
    words = text.split()
    second = ph.first_word(" ".join(words[1:])) if len(words) > 1 else ""
    if word in ACTIVE_TOO and len(words) > 1 and (re.match(
            r"(?:a|an|the|my|our|his|her|their|two|three|\d+)\b", words[1], re.IGNORECASE) or
            re.match(r"[A-Z][\w'’-]*$", words[1]) and not is_common(words[1].lower())):
        # "accepted a job at Kaiser", "ranked Mayo first": the resident's own act
        return Outcome(text, "I")  # "accepted a job at Kaiser": the resident's own act
    if word == "ranked" and re.match(r"ranked\s+(?:[A-Z][\w'’&.-]*\s+){1,4}(?:first|second|"
                                     r"third|last|top|higher|highest|1st|2nd|3rd)\b", text):
        return Outcome(text, "I")  # "ranked Brown first": a program named, then its place
    if word in PARTICIPLES and second in ("them", "it", "him", "her", "us", "me"):
        return Outcome(text, "I")  # "ranked them all": an object, so the resident's own act
    if re.match(r"on\s+my\s+way\b", text, re.IGNORECASE):  # "on my way to the PD office"
        return Outcome(text, "I am")
    if word in PARTICIPLES:  # "chosen as chief for next year"
        return Outcome(f"was {text}", "I")
    if word == "not" and second in PARTICIPLES:  # "not selected for chief"
        return Outcome(f"was {text}", "I")
    if word == "not" and second.endswith("ed") and is_past(second):  # "not matched this year"
        return Outcome(f"was {text}", "I")
    if word == "not" and (is_gerund(second) or second == "going"):  # "not doing the research year"
        return Outcome(text, "I am")
    if is_gerund(word) and is_past(second):  # "attending said I was ready": a noun subject
        return Outcome(text, "clause")
    if re.match(r"(?:officially|now|finally|newly|also|almost|nearly|all)\s+(?:done|finished|"
                r"through|back|free|ready)\b", text, re.IGNORECASE):
        return Outcome(text, "I am")  # "finally done with boards"
    if re.match(r"(?:officially|now|finally|newly|also)\s+(?:a|an|the)\s", text, re.IGNORECASE):
        return Outcome(text, "I am")  # "officially a chief"
    have = re.match(r"(now|finally|also)\s+(?=\$?\d)", text, re.IGNORECASE)
    if have:  # "now 20% protected time": what the resident has now
        return Outcome(f"{have.group(1).lower()} have {text[have.end():]}", "I")
    if re.match(r"no\s+longer\s+[a-z]+ing\b", text, re.IGNORECASE):
        return Outcome(text, "I am")  # "no longer applying to derm": a plan given up
    if re.match(r"no\s+longer\s+", text, re.IGNORECASE):
        return Outcome(text, "I")  # "no longer need the waiver"
    if re.match(r"(?:couldn['’]?t|could\s+not|can['’]?t|cannot|wouldn['’]?t|won['’]?t|"
                r"haven['’]?t|wasn['’]?t)\s+[a-z]", text, re.IGNORECASE):
        return Outcome(text, "I")  # "couldn't believe it": the resident's, its "I" unsaid
    if re.match(r"(?:after|since|before|during|following|over|with)\s+[^,;]{2,40}?\s+"
                r"(?:I|I['’]m|I['’]ve|we|we['’]re)\s", text):
        return Outcome(text, "clause")  # "after the ICU month I'm leaning toward ..."
    both = re.match(r"both\s+(?!of\b)((?:doing\s+)?(?:healthy|well|fine|good|great|ok|okay|"
                    r"safe|home|happy)\b.*)$", text, re.IGNORECASE)
    if both:  # "we had our baby girl, both healthy": the two of them are
        return Outcome(f"both are {both.group(1)}", "clause")
    if word == "no":  # "no luck with the scholarship this year"; "no word yet": still so
        still = re.search(r"\byet\b", text)
        return Outcome(f"{'have' if still else 'had'} {text}", "I")
    left = re.match(r"(?P<np>(?:one|two|three|four|five|a few|\d+)\s+[\w/ -]+?)\s+left\b"
                    r"(?P<rest>.*)$", text, re.IGNORECASE)
    if left:  # "one interview left at UCLA": what the resident has still to do
        return Outcome(f"have {left.group('np')} left{left.group('rest')}", "I")
    told = re.match(r"(?P<np>(?:the|my|our|a|an)\s+[^,;]+?)\s+(?P<neg>not\s+)?(?P<pp>funded|"
                    r"accepted|approved|selected|rejected|renewed|chosen|published|submitted|"
                    r"waitlisted|declined)\b(?P<rest>.*)$", text, re.IGNORECASE)
    if told and verbless(told["np"]) and not FINITE.search(told["np"]) and \
            not _takes_object(told["rest"]):
        be = copula(told["np"])  # "the K award not funded" -> "the K award was not funded"
        return Outcome(f"{told['np']} {be} {told['neg'] or ''}{told['pp']}{told['rest']}",
                       "clause")
    done = re.match(r"(?P<np>.+?)\s+(?P<verb>passed|signed|defended)$", text, re.IGNORECASE)
    if done and not FINITE.search(done.group("np")) and word not in SUBJECTS - {"the", "my"}:
        return Outcome(f"{done.group('verb')} {done.group('np')}", "I")  # "boards passed"
    if word in {"went", "was", "felt"} and re.match(
            r"\w+\s+(?:ok|okay|well|great|fine|badly|smoothly|really|pretty|so|amazing|rough)\b",
            text, re.IGNORECASE):
        return Outcome(f"it {text}", "clause")  # "went ok": what went was the outcome before
    state = STATE.match(text)
    if state and word not in SUBJECTS - {"the", "my", "our"} and not FINITE.search(
            state.group("np")) and not is_past(word) and not is_gerund(word):
        np = state.group("np")  # "first month of intern year done" -> "... is done"
        if word in {"first", "last", "second", "third", "final"}:
            np = f"my {np}"
        elif word not in {"the", "my", "our", "a", "an"} and not np[:1].isdigit() and (
                not np[:1].isupper() or (
                len(np.split()) > 1 and not re.match(r"[A-Z][a-z]+\s+(?:[A-Z]|\d+\b)", np))):
            # ("Step 3 done", "Part 2 done": a name and its number take no "the")
            np = f"the {np}"
        head = re.split(r"\s+(?:of|for|on|in|at|with|from|to)\s+", np.lower())[0].split()[-1]
        plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))  # "week of nights"
        return Outcome(f"{np} {'are' if plural else 'is'} {state.group('state')}", "clause")
    held = HELD.match(text)
    if held and word not in SUBJECTS - {"the", "my", "our"} and not FINITE.search(held["np"]) \
            and not is_past(word) and not is_gerund(word):
        np = held["np"] if word in {"the", "my", "our", "a", "an"} or re.match(r"\d", held["np"]) \
            else f"the {held['np']}"  # "1 manuscript under review": a count is determiner enough
        return Outcome(f"{np} {copula(np).replace('was', 'is').replace('were', 'are')} "
                       f"{held['state']}{held['rest']}", "clause")  # "paper in review"
    if word in ("may", "might", "could", "should") and second == "be":
        return Outcome(f"it {text}", "clause")  # "..., may be fundable": what the news may be
    if word in ("probably", "likely", "possibly", "hopefully", "definitely") and len(words) == 2 \
            and re.fullmatch(r"[a-z]+(?:able|ible|ful|ive|ous|al|ed|ready|done|final|fine|ok)",
                             second):  # "..., probably fundable": what it likely is
        return Outcome(f"it is {text}", "clause")
    if re.match(r"\d+\s+(?:more\s+|other\s+)?(?:people|residents|attendings|students|interns|"
                r"fellows|programs|reviewers|others|colleagues|faculty|nurses)\s+\w+ed\b", text):
        return Outcome(text, "clause")  # "3 people asked for the protocol": its own subject
    if word == "will":
        return Outcome(text, "I will")
    if word in _THIRD_PRESENT and len(words) > 1:  # "..., starts in May": what was just named
        return Outcome(f"it {text}", "clause")
    ahead = re.match(r"(?:(now|still|currently|also)\s+)?(expected|scheduled|planned|slated)\b"
                     r"(.*)$", text, re.IGNORECASE)
    if ahead and not re.match(r"\s+(?:to|a|an|the|my|our)\b", ahead.group(3)):
        adverb = f"{ahead.group(1)} " if ahead.group(1) else ""  # "now expected mid-feb"
        return Outcome(f"it is {adverb}{ahead.group(2)}{ahead.group(3)}", "clause")
    if word == "back" and len(words) > 1:  # "back in clinic jan 2028": where the resident is
        later = re.search(rf"\b(?:next|after|by|until|soon)\b|{MONTH}|\b20\d\d\b|\d/\d", text)
        return Outcome(f"will be {text}", "I will") if later else Outcome(f"am {text}", "I")
    if re.match(r"still\s+no\b", text, re.IGNORECASE):  # "still no word on the grant"
        return Outcome(f"still have {text[6:].strip()}", "I")
    moved = FROM_TO.match(text)
    if moved and word not in SUBJECTS - {"the", "my", "our"} and verbless(moved["np"]) and \
            word not in ADVERBS:  # "pre/post confidence 2.1 to 3.9"
        np = moved["np"] if word in {"the", "my", "our"} else f"the {moved['np']}"
        went = f"went {moved['way'].lower()}" if moved["way"] else "went"
        return Outcome(f"{np} {went} from {moved['a']} to {moved['b']}{moved['rest']}", "clause")
    plural = next((i for i, w in enumerate(words[1:4], 1) if w in PLURAL_PRESENT), 0)
    if plural and len(words) > plural + 1 and word not in SUBJECTS and \
            re.fullmatch(r"[a-z][\w-]*[^s]s", words[plural - 1]) and \
            all(re.fullmatch(r"[a-z][\w-]*", w) and _common(w) for w in words[:plural]):
        return Outcome(f"the {text}", "clause")  # "interviews start in jan": its own subject
    when = WHEN.match(text)
    if when and word not in SUBJECTS - {"the", "my", "our"} and verbless(when["np"]) \
            and " and " not in when["np"] \
            and word not in BASE_VERBS | {"start"} | ADVERBS \
            and (when["prep"] in ("next", "this") or when["when"] not in ("week", "month", "year")):
        np = when["np"] if word in {"the", "my", "our"} else f"the {when['np']}"
        prep = when["prep"] or ("in" if re.match(rf"(?:{MONTH})(?!\s+\d)|\d{{4}}", when["when"])
                                else "on")  # "in October", "on October 14"
        return Outcome(f"{np} {copula(np).replace('was', 'is').replace('were', 'are')} {prep} "
                       f"{when['when']}", "clause")  # "T32 interview on 1/9", "results friday"
    if word == "start" and second in {"date", "time", "day"}:
        return Outcome(text, "noun")  # "start date 8/15": a noun
    if word in BASE_VERBS | {"start", "present", "go"} and LATER.search(text):
        return Outcome(f"will {text}", "I will")  # "hear back in March", "start 7/1"
    scored = SCORE.match(text)
    if scored:  # "score 38": a score and its number
        return Outcome(f"the {scored.group(1).lower()} was {scored.group(2)}", "clause")
    exam = EXAM_SCORE.match(text)
    if exam:  # "step 2 ck 262 and honors in surgery": a bare number after an exam is its score
        rest = re.sub(r"^\s+and\s+(?=(?:high\s+)?(?:honors|pass)\b)", " and got ",
                      exam.group("rest"), flags=re.IGNORECASE)
        return Outcome(f"scored {exam.group('n')} on {exam.group('exam')}{rest}", "I")
    score = PERCENTILE.match(text)
    if score:  # "ITE 91st percentile": a percentile is a score
        return Outcome(f"scored in the {score.group('pct')} on the {score.group('np')}"
                       f"{score.group('rest') or ''}", "I")
    if is_gerund(word) and second in ING_HEADS:  # "teaching award nomination": a noun
        return Outcome(text, "noun")
    if is_gerund(word) or word in {"still", "now", "currently", "also", "finally", "already",
                                    "officially", "probably", "likely", "hopefully", "maybe",
                                    "definitely"} and is_gerund(second):
        return Outcome(text, "I am")
    if PREDICATE.match(text) and not FINITE.match(text):
        return Outcome(text, "I am")
    change = CHANGE.match(text)
    if change and not FINITE.search(change.group("np")) and word not in SUBJECTS - {"the"} and \
            not any(is_past(w.lower()) or is_gerund(w.lower())
                    for w in change.group("np").split()):  # "wrote up the case": a verb's particle
        np = change.group("np")
        if change.group("dir").split()[-1].lower() in ("down", "up"):
            last = np.split()[-1]
            be = "is" if not last.lower().endswith("s") or last.lower().endswith("ss") or \
                last.isupper() else "are"  # "LOS is down", "falls are down"
            return Outcome(f"{np} {be} {text[len(np):].strip()}", "clause")
        return Outcome(text, "clause")
    if word in SUBJECTS and (FINITE.search(text) or word in ph.SENTENCE_OPENERS or any(
            is_past(w.lower()) for w in words[1:6])):
        return Outcome(ph.decapitalize(text) if word in {"my", "our", "your"} else text,
                       "clause")
    went = re.search(r"\s(?:went|was|were|is|are)\s+(?:really\s+|so\s+|very\s+|pretty\s+)?"
                     r"(?:great|well|ok|okay|fine|amazing|awesome|badly|rough|smoothly)\b", text)
    if went and len(text[:went.start()].split()) > 1 and word not in SUBJECTS and \
            not is_past(word) and re.fullmatch(
            r"[a-z][\w/-]*", words[0]) and not any(is_past(w) for w in text[:went.start()].split()):
        return Outcome(f"the {text}", "clause")  # "interview at Brown went great"
    happened = next((i for i, w in enumerate(words[1:6], 1) if w in HAPPENED), 0)
    if word in ph.COMMON_VERBS | BASE_VERBS and happened and not any(
            w.lower() in NOT_SUBJECT or is_past(w.lower()) for w in words[1:happened]):
        return Outcome(f"the {text}", "clause")  # "offer letter from Kaiser came in": a noun
    if is_past(word) or word in ph.NEWS_LEADS or word in ph.COMMON_VERBS | BASE_VERBS or \
            word in ADVERBS and is_past(second):  # "officially passed the OSCE"
        return Outcome(and_am(text), "I")
    at = next((i for i, w in enumerate(words[1:5], 1) if FINITE.fullmatch(w) or is_past(w)), 0)
    if at == 1 and re.fullmatch(r"[a-z][\w-]*[^s]s", words[0]):
        at = 0  # "wards went well", "boards went fine": a plural needs no determiner
    if at and word not in SUBJECTS | ADVERBS and not is_gerund(word) and all(
            (re.fullmatch(r"[a-z][\w/-]*", w) and _common(w) or re.fullmatch(r"[A-Z\d]{2,6}", w))
            and w not in _NOT_NAME and not is_past(w) and not is_gerund(w)
            for w in words[:at]) and (len(words) > at + 1 or words[at] in INTRANSITIVE) and not (
            words[at] not in INTRANSITIVE and words[at].endswith("ed") and
            words[at + 1] in PASSIVE_AFTER):
        return Outcome(f"the {text}", "clause")  # "chief res offer came in": its determiner
    be = re.match(r"((?:[a-z][\w/-]*\s+){1,6}?)(?:is|are|was|were)\b", text)
    if be and word not in SUBJECTS | ADVERBS and verbless(be.group(1)) and not any(
            w in _NOT_NAME for w in be.group(1).split()[:1]):
        return Outcome(f"the {text}", "clause")  # "follow-up study on X is done": its "the"
    if FINITE.search(text) and word not in SUBJECTS:  # "all 3 teams use it now"
        return Outcome(text, "clause")
    verb = next((i for i, w in enumerate(words[1:4], 1) if is_past(w) or w in PRESENT), 0)
    bare = verb and word not in SUBJECTS and all(  # "first 20 pts enrolled": a count inside
        (re.fullmatch(r"[a-z][\w/-]*", w) or n and re.fullmatch(r"\d[\d,]*", w)) and
        not is_gerund(w) and w not in _NOT_NAME for n, w in enumerate(words[:verb]))
    kin_acts = _KIN_THE.match(text)  # "mom retired from ...": a relative acts, no passive
    if bare and words[verb].endswith("ed") and words[verb] not in INTRANSITIVE and not kin_acts \
            and (len(words) == verb + 1 or words[verb + 1] in PASSIVE_AFTER):
        np = " ".join(words[:verb])  # "boards booked", "site visit scheduled for May": done to it
        be = copula(np)
        if words[verb] in AHEAD:  # "resubmission planned for nov": still to come
            be = {"was": "is", "were": "are"}[be]
        return Outcome(f"the {np} {be} {' '.join(words[verb:])}", "clause")
    if bare and len(words) > verb + 1:
        return Outcome(f"the {text}", "clause")  # "program director asked me to lead ..."
    acted = next((n for n, w in enumerate(words[2:9], 2) if is_past(w) and not (
        w.endswith("ed") and n + 1 < len(words) and words[n + 1] in PASSIVE_AFTER)), 0)
    if word in {"your", "his", "her", "their", "my", "our", "the", "this", "that"} and acted \
            and verbless(" ".join(words[:acted])):
        return Outcome(text, "clause")  # "your intro to the Duke group turned into a collab"
    named = re.match(r"(?:Dr|Prof|Mr|Ms|Mrs)\.?\s", text) or not is_common(word)
    if text[:1].isupper() and named and any(is_past(w.lower()) for w in words[1:]):
        return Outcome(text, "clause")  # "Dr. Alvarez invited me to join the team"
    return Outcome(text, "noun")


# Verbs in the present of a thing, typed with no subject after the thing was named ("got into
# the program - starts in May")
_THIRD_PRESENT = {"starts", "begins", "ends", "opens", "closes", "launches", "runs", "goes",
                  "lasts", "continues", "kicks"}


def _takes_object(rest: str) -> bool:
    """Whether the words after a participle are its object ("approved my elective", "selected
    two residents"): the participle is then a past verb of the subject before it, not done to
    it ("the chair approved my leave", not "the chair was approved my leave")."""
    first = ph.first_word(rest)
    return bool(re.match(r"\s+[\w$]", rest)) and first not in PASSIVE_AFTER | {
        "as", "and", "but", "so", "after", "pending", "again", "via", "through", "without",
        "under", "into", "over", "per", "because", "thanks", "yesterday", "today", "last",
        "this", "next", "finally", "officially", "just", "already", "twice", "once", "outright"}


def _common(word: str) -> bool:
    """An ordinary word, or the plural of one ("rotations"): no name typed in lower case."""
    return is_common(word) or word.endswith("s") and is_common(word[:-1])
