"""linkedin_rewrite offline: keep the resident's facts and voice, fix what the checks flag, by
the checks' own suggestions (`rewrite_fix`: slang, casual greeting, emoji, exclamation marks,
shouting, placeholders, a mentor ask, negativity, an ask put off; the rewritten note is
checked again until nothing is left), read each sentence for what it does (`rewrite_plan`: an
instruction to the writer left out, the reader addressed, a put-off ask made a question) and
fit the limit (the LinkedIn note's characters, a LinkedIn message's or an email's words) by
value, in whole sentences."""

from __future__ import annotations

import re

from assistant.checks.rules_structure import (
    EMAIL_WORD_LIMIT,
    LINKEDIN_MESSAGE_WORD_LIMIT,
    NOTE_MIN_WORDS,
)
from assistant.checks.shorten import tighten
from assistant.checks.shorten_read import CLOSING
from assistant.checks.text import parse_greeting
from assistant.checks.wordlist import COMMON_WORDS
from assistant.engines import phrasing as ph
from assistant.engines.offline import rewrite_plan as plan
from assistant.engines.offline.clauses import QUESTION_START, split_and_i, split_run_ons
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.note import linkedin_note_body
from assistant.engines.offline.parse import ROLE_NOUNS
from assistant.engines.offline.rewrite_email import (
    as_email,
    as_paragraphs,
    email_subject,
    paragraph_ends,
    split_sign_off,
)
from assistant.engines.offline.rewrite_fix import (
    THANKS_BEFORE,
    apply_check_fixes,
    findings,
    placeholders,
    repair,
    tidy,
    without_mentor_clause,
)
from assistant.engines.offline.rewrite_lines import from_bullets, from_thread
from assistant.engines.offline.sentences import identity_sentence
from assistant.models import DraftRequest
from assistant.text.names import name_fold, name_tokens
from assistant.text.sentences import split_sentences
from assistant.text.shorthand import expand
from assistant.text.words import word_count

# After the salutation: an optional title, then a name token (any script, with its combining
# accents: "Adébáyọ̀"); it is the greeting's name only when it is one of the contact's.
_NAME_TOKEN = re.compile(r"[ \t,]*((?:dr|doctor|prof|professor)\.?[ \t]+)?"
                         r"([^\W\d_][\w'’\u0300-\u036f-]*)", re.IGNORECASE)
# After a bare "Dr. Ruiz" with no comma, what still reads as addressing them ("dr liu thx so
# much", "Dr. Clarke thank u", "dr o'malley r u taking residents"): thanks, a greeting word, a
# first-person sentence, a question put to them.
_CASUAL_NEXT = re.compile(r"[ \t]+(?:thank|thanks|thx|ty|hi|hello|hey|so|just|i|i['’]m|im|my|we|"
                          r"your|ur|you|u|great|congrats|congratulations|sorry|hope|quick|"
                          r"(?:r|are|do|did|can|could|would|will|have|is)[ \t]+(?:you|u|we|i))\b",
                          re.IGNORECASE)
_SLOT = re.compile(r"[ \t]*(?:\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|<[^>\n]{1,40}>)")
_AFTER_GREETING = re.compile(r"[ \t]*[,!.:;—–-]*\s*")


def _theirs(m: re.Match[str], known: set[str]) -> bool:
    """The name token is one of the contact's, or after a title the initial of one ("sup dr
    w," to Dr. Watanabe)."""
    token = name_fold(m.group(2))
    return token in known or bool(m.group(1)) and len(token) == 1 and \
        any(k.startswith(token) for k in known)


def _greeting(text: str, request: DraftRequest) -> tuple[str, int, int, str] | None:
    """The resident's greeting: (salutation as typed, where it starts, where the greeting ends,
    the name as typed). The salutation is the greeting check's own reading
    (`parse_greeting`); the name is taken only when it is the contact's, so "hi! Great meeting
    you" has none. None when the note opens with no greeting."""
    g = parse_greeting(text, 0, len(text))
    word, start, pos = "", 0, 0
    if g is not None and g.salutation:
        word, start, pos = text[g.sal_start:g.sal_end], g.sal_start, g.sal_end
    known = set(name_tokens(request.contact.name or ""))
    said, at = "", pos
    slot = _SLOT.match(text, pos)
    if word and slot:  # "Hi [Name]," addresses the reader: the greeting names them instead
        return word, start, _AFTER_GREETING.match(text, slot.end()).end(), ""
    for _ in range(2):  # "Dr. Ada Okafor": up to two of the contact's name tokens
        m = _NAME_TOKEN.match(text, at)
        if not m or not _theirs(m, known) or (m.group(1) and said):
            break
        said = (said + " " if said else "") + text[m.start(1) if m.group(1) else m.start(2):
                                                  m.end()].strip(" \t,")
        at = m.end()
    if not word and not (said and re.match(r"(?:dr|doctor|prof)", said, re.IGNORECASE)):
        return None  # a sentence that opens with a name is not a greeting
    if not word and re.match(r"[ \t]+[a-z]", text[at:]) and not _CASUAL_NEXT.match(text, at):
        return None  # "Dr. Ruiz was amazing at the panel": the name is the sentence's subject
    return word, start, _AFTER_GREETING.match(text, at).end(), said



# A note that starts "loved your talk" or "lets connect" lost its subject or apostrophe.
_NO_SUBJECT = re.compile(
    r"(^|[.!?]\s+|,\s+)(loved|enjoyed|appreciated|liked|really enjoyed|really appreciated|"
    r"would (?!(?:be|you|it|we|they|he|she|i|this|that|there)\b)[a-z]+|hope to|look forward|"
    r"met you|heard you|learned|learnt|saw|(?:just )?matched|just (?:wanted|got|started|finished)|"
    r"couldn['’]t have|wanted to|was hoping|was wondering|was thinking|"
    r"hope (?=you|your|all|things|everything|this)\b)\b",
    re.IGNORECASE,
)
# "... and would be great to chat": an evaluation of the act ("great", "a pleasure") needs the
# subject "it"; a state of the writer ("happy", "glad", "excited") shares the clause's "I".
_WOULD_BE = re.compile(
    r"(^|[.!?]\s+|\band\s+|\bso\s+|\bbut\s+)(would|will)\s+be\s+"
    r"(?!(?:(?:so|really|very|super)\s+)?(?:happy|glad|eager|willing|able|unable|available|keen|"
    r"interested|ready|free|open|curious|sure|proud|grateful|thankful|lucky|fortunate|\w+ed)\b)"
    r"((?:so\s+|really\s+|very\s+|super\s+)?(?:an?\s+)?\w+\s+(?:to|if)\b)",
    re.IGNORECASE,
)
# "Would be so grateful to connect", "..., am a PGY-1 in neurology": a state or a role of the
# writer typed without its "I" (a comma before it ends the sentence: no comma splice).
_OWN_STATE = re.compile(
    r"(^|[.!?]\s+|,\s+)(?:(would|will)\s+be|(am))\s+(?=(?:(?:so|really|very)\s+)?(?:happy|glad|"
    r"eager|grateful|thankful|honou?red|excited|keen|interested|available|free)\b|"
    r"(?<=am\s)(?:a|an|the|currently)\s)", re.IGNORECASE)
_BEEN = re.compile(r"(^|[.!?]\s+)been\s+(?=[a-z]+ing\b)", re.IGNORECASE)
# "Glad to help with the next one": a state of the writer typed without its "I'm" (not in a
# question: "Glad to chat?" asks the reader, `rewrite_plan`'s fragment questions).
_STATE = re.compile(r"(^|[.!?]\s+|,\s+)(glad|happy|eager|excited|keen|thrilled)\s+to\b"
                    r"(?![^.!?]*\?)", re.IGNORECASE)
_LETS = re.compile(r"\blets (?=(?:connect|chat|meet|talk|keep|stay|catch)\b)", re.IGNORECASE)


# "... next spring thank you for your time": thanks run on after a clause with no stop, its
# own sentence ("wanted to thank you", "many thanks" are not).
_TRAILING_THANKS = re.compile(
    r"(\b[a-z]{2,}) (thanks|thank you)(?=(?: so much| again)?(?: for [^.!?\n]{1,60})?[ \t]*"
    r"(?:[.!?]|$))")
# "I finally submitted the abstract, thx for all ur help": a comma splice before thanks for
# something; the thanks is a sentence of its own (after a clause of four words or more).
_SPLICED_THANKS = re.compile(r"((?:^|[.!?]\s+)(?:[^\s.!?,]+\s+){3,}[^\s.!?,]+),\s+"
                             r"(thank you|thanks)(?=\s+(?:so much\s+)?(?:for|again)\b)",
                             re.IGNORECASE)


def _restore_grammar(text: str) -> str:
    def subject(m: re.Match[str]) -> str:
        lead = ". " if m.group(1).startswith(",") else m.group(1)  # no comma splice
        return f"{lead}I {m.group(2).lower()}"

    text = _NO_SUBJECT.sub(subject, text)
    text = _OWN_STATE.sub(lambda m: f"{'. ' if m.group(1).startswith(',') else m.group(1)}I "
                          f"{(m.group(2) + ' be') if m.group(2) else 'am'} ".replace(
                              "I Would", "I would").replace("I Will", "I will"), text)
    text = _STATE.sub(lambda m: f"{'. ' if m.group(1).startswith(',') else m.group(1)}I'm "
                      f"{m.group(2).lower()} to", text)  # no comma splice
    # "Been reading about your study": the "I have" of a present perfect typed without it
    text = _BEEN.sub(lambda m: f"{m.group(1)}I have been ", text)

    def dummy_it(m: re.Match[str]) -> str:
        lead = m.group(1)
        it = "It" if not lead or lead[0] in ".!?" else "it"
        return f"{lead}{it} {m.group(2).lower()} be {m.group(3)}"

    text = _WOULD_BE.sub(dummy_it, text)
    # "... would love any advice thanks": the thanks that ends a clause is a sentence of its own
    text = _TRAILING_THANKS.sub(lambda m: m.group(0) if THANKS_BEFORE.search(m.group(1)) else
                                f"{m.group(1)}. {m.group(2).capitalize()}", text)
    text = _SPLICED_THANKS.sub(lambda m: f"{m.group(1)}. {m.group(2).capitalize()}", text)
    return _LETS.sub(lambda m: "Let's " if m.group(0)[0].isupper() else "let's ", text)


_FIELD = ph.FIELD_WORDS.pattern.replace(r"\b(", r"\b(?:", 1)
_PGY_FIELD = re.compile(rf"\bPGY-\d(?:\s+{_FIELD})+(?!\s+{_FIELD})(?=\s+(\w+)|\W|$)",
                        re.IGNORECASE)


def _role_noun(text: str) -> str:
    """"I'm a PGY-1 internal medicine interested in GI" -> "... internal medicine resident
    interested in GI": a training year and its field with no noun gains "resident"."""
    def noun(m: re.Match[str]) -> str:
        if m.group(1) and ROLE_NOUNS.fullmatch(m.group(1)):
            return m.group(0)
        return f"{m.group(0)} resident"

    # "PGY-3 emergency medicine here": who is writing, said as a sentence
    text = re.sub(r"(^|[.!?]\s+|,\s+)(PGY-\d[^,.!?]{0,40}?)\s+here\b",
                  lambda m: f"{m.group(1)}I'm a {m.group(2)}", text)
    # "I'm PGY-2 pediatrics resident": the role takes its article
    text = re.sub(r"\b(I['’]m|I am) (?=PGY-\d)", r"\1 a ", text)
    return _PGY_FIELD.sub(noun, text)


def _restore_case(text: str, request_text: str, acronyms_only: bool = False) -> str:
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

    return re.sub(r"(?<![\w'’-])[a-z][\w'’-]*|\bi\b", fix, text)


def _after_hello(hello: str, body: str) -> str:
    """The body goes on the greeting's sentence: "Hi Dr. Okafor, great meeting you", "Hi Dr.
    Ruiz, my name is ..." (a name or "I" keeps its capital)."""
    first = re.match(r"[A-Z][a-z]+\b", body)
    if hello and first and first.group(0).lower() in COMMON_WORDS:
        return body[:1].lower() + body[1:]
    return body


# A sentence this long holds clauses worth weighing one by one when the note must be cut.
_LONG_SENTENCE = 20


def _clauses(sentence: str) -> str:
    """A long sentence's clauses joined by "and I" as sentences of their own ("... at
    Vanderbilt and I've been reading about your work ..." -> "... at Vanderbilt. I've been
    reading about your work ..."), so that fitting a limit keeps the one that says more."""
    if word_count(sentence) < _LONG_SENTENCE:
        return sentence
    split = split_and_i(sentence, 4)
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), split)


def _joined(hello: str, kept: list[str]) -> str:
    """The greeting and the kept sentences as one tidy note."""
    text = tidy(" ".join(s for s in [hello, _after_hello(hello, " ".join(kept))] if s))
    if text and text[-1].isalnum():
        text += "."  # "lets connect lol" loses its last word and with it the sentence's end
    return text


# A spoken discourse marker opening a sentence ("so I was at your session", "anyway could we
# chat", "ok so I finally submitted"): it says nothing in a note.
_SPOKEN_SO = re.compile(r"^(?:(?:ok|okay|anyway|anyhow|alright|yeah|well),?\s+)*(?:(?:so|anyway|"
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


def _and_so(text: str) -> str:
    """Each clause a spoken "and so" joins on becomes a sentence of its own (`_AND_SO`), and
    each question counted aloud a question of its own (`_FIRST_ASK`, `_NEXT_ASK`)."""
    for pattern, stop in ((_AND_SO, ". "), (_FIRST_ASK, ". "), (_NEXT_ASK, "? ")):
        out, at = [], 0
        for m in pattern.finditer(text):
            out += [text[at:m.start()], stop, text[m.end()].upper()]
            at = m.end() + 1
        text = "".join(out) + text[at:]
    return text


def compose(ctx: Ctx) -> tuple[str | None, str]:
    r = ctx.request
    ctx.use("linkedin-personalized-note", "professional-tone-everywhere")
    original = (r.existing_text or "").strip()
    if not original:
        ctx.gap("the note you want improved (existing_text); this is a fresh note instead")
        return None, linkedin_note_body(ctx)
    email = ctx.request.effective_channel == "email"
    # a pasted text thread: the resident's own lines; bullets: a sentence each
    original, others = from_thread(original, r)
    if others:
        ctx.remark("Lines someone else wrote in the pasted thread were left out; the note keeps "
                   "your own.")
    original = from_bullets(original)
    original, asides = plan.without_asides(original)
    original, own_sign_off = split_sign_off(original, r.sender.name) if email \
        else (original, [])
    # the project's one shorthand table first: "pgy1 im" is the specialty before the grammar
    # check can read "im" as "I'm"
    # (clinical shorthand a mentor reads as written, "med rec", stays as typed)
    text = apply_check_fixes(ctx, expand(original, clinical=False))
    request_text = " ".join(filter(None, [r.meeting.event, *r.meeting.topics, r.contact.title,
                                          r.contact.institution, r.sender.program, r.sender.role,
                                          *r.sender.interests, r.contact.their_work]))
    # a note typed with capitals where they belong keeps its own case but for acronyms
    capitalised = re.search(r"(?:^|[.!?]\s+)[a-z]|(?<![\w'’])i(?![\w'’])", original) is None
    text = _restore_case(text, " ".join(filter(None, [
        request_text, r.contact.name, r.sender.name, r.contact.specialty])), capitalised)

    # "its Marisol from the EM residency": voice-to-text's "its" before the writer's own name
    first = name_tokens(r.sender.name or "")[:1]
    if first:
        text = re.sub(rf"(?<![\w'’])([Ii])ts\s+(?=(?:me|{re.escape(first[0])})\b)", r"\1t's ",
                      text, flags=re.IGNORECASE)
    text = _and_so(text)
    found = _greeting(text, r)
    end = found[2] if found else 0
    name = ph.address_name(r)
    parts = split_sentences(text[end:])
    ends = paragraph_ends(text[end:]) if email else []
    # quoted as the resident typed it
    told = [t.rstrip(" .!?") for t in asides + [x for x in split_sentences(original)
                                                if plan.instruction(x)]]
    if told:
        ctx.remark("Your note held an instruction to the writer, not words to the reader; it was "
                   f"left out, not followed: {'; '.join(told)}.")
    # a note typed with its sentences capitalised, or a sentence with commas, was punctuated
    # by its writer: only a clause missing its "I" is split off ("share the checklist you
    # showed" is one clause)
    careful = re.search(r"(?:^|[.!?]\s+)[A-Z]", original) is not None and \
        re.search(r"(?<![\w'’])i(?![\w'’])", original) is None and \
        (word_count(original) < 25 or re.search(r"[.!?,;:]\s", original) is not None)
    # (thirty words with no stop or comma anywhere were typed as one run, capitals or not)
    body = " ".join(split_run_ons(x, careful or re.search(r"[,;:]", x) is not None)
                    for x in parts if not plan.instruction(x))
    body = plan.addressed(body, r, pronouns=not plan.names_others(body))
    body = _role_noun(_restore_grammar(body))
    hello = ""  # without a greeting of their own, adding one would change the resident's voice
    if found:
        word, start, _, said = found
        casual = [f.suggestion for f in findings(ctx, text[:end] + " Thanks.")
                  if f.code == "greeting" and f.suggestion and f.start == start]
        if word and casual:  # the greeting check's own word for a casual salutation
            word = casual[0].split()[0]
        addressed = name or said.strip()
        word = word.capitalize() if word.isupper() and len(word) > 1 else word  # "HI"
        hello = " ".join(filter(None, [ph.capitalize(word), addressed])) + ","
        hello = "" if hello == "," else hello

    body = _after_hello(hello, body)
    sentences = split_sentences(body.replace("\n", " "))
    kept: list[str] = []
    dropped_mentor = False
    for sentence in sentences:
        sentence = plan.as_questions(sentence)
        without = without_mentor_clause(ctx, sentence)
        if without is not None:
            dropped_mentor = True
            sentence = without
            if not sentence:
                continue
        # a question spliced in by commas, once a mentor ask is out of it
        sentence = plan.buried_questions(sentence)
        missing = False
        for slot, value in placeholders(ctx, sentence):
            if value is None:
                missing = True
                break
            sentence = sentence.replace(slot, value)
        if missing:
            ctx.gap("the facts your template left blank (a sentence with an unfilled slot was "
                    "removed)")
            continue
        if sentence:
            kept.append(sentence)
    kept = plan.vague_ask(kept)
    if dropped_mentor:
        ctx.use("dont-ask-will-you-be-my-mentor")
        if not any(CLOSING.search(k) for k in kept):
            kept.append("I would love to stay connected and learn from your experience.")
    kept = repair(ctx, hello, kept)
    # "so i was at your session ...", "so I finally submitted ...": a spoken "so" opening a
    # sentence of the note says nothing
    kept = [ph.capitalize(_SPOKEN_SO.sub("", k)) if _SPOKEN_SO.match(k) else k for k in kept]
    # each sentence ends as one, whichever follows it ("... what you do" before a closing line)
    # (a sentence closed by a bracket or a quotation after its stop has ended: "(... swamped.)")
    kept = [k if k.rstrip().rstrip(")\"”’'")[-1:] in ".!?…" else k.rstrip() + "."
            for k in kept if k.strip()]
    # a sentence that opens as a question ("Can we set up a time to talk.") ends as one
    kept = [k.rstrip()[:-1] + "?" if QUESTION_START.match(k) and k.rstrip().endswith(".")
            and not re.search(r"[.!?]\s", k) else k for k in kept]
    words = len(re.findall(r"[A-Za-z]{2,}", " ".join(kept)))
    if not words or told and words < 5:  # nothing, or a scrap, left beside an instruction
        ctx.gap("a note with words to the reader besides the instruction; this is a fresh note "
                "instead" if told else
                "a note with something left to keep (every sentence of existing_text needed a "
                "fact the request does not hold); this is a fresh note instead")
        return None, linkedin_note_body(ctx)
    if ctx.request.effective_channel == "linkedin_note" and \
            len(re.findall(r"[^\W\d_][\w'’-]*", " ".join(kept))) < NOTE_MIN_WORDS:
        # "thx for today!!": too few words to say who is writing; the request says it
        who = identity_sentence(ctx)
        if who:
            kept.append(who)
            ctx.remark("Your note was too short to say who you are; a line with your name and "
                       "role from your profile was added.")
    text = _joined(hello, kept)
    if email:
        over = word_count(as_email(ctx, text, hello, own_sign_off)) - EMAIL_WORD_LIMIT
        if over > 0:  # filler words first ("really", "just"): nothing said is lost
            kept = [tighten(k) for k in kept]
            text = _joined(hello, kept)
            over = word_count(as_email(ctx, text, hello, own_sign_off)) - EMAIL_WORD_LIMIT
        if over > 0:  # the whole email within the limit: the note's part shortened by value
            ctx.use("keep-messages-brief")
            text = plan.fit(r, "", split_sentences(" ".join(_clauses(k)
                                                            for k in kept)),
                            word_count(text) - over, size=word_count,
                            # words are counted as joined; tidied once, when chosen
                            finish=lambda rest: f"{hello} {rest}" if hello else rest)
            text = tidy(_after_hello(hello, text[len(hello):].strip()) if hello else text)
            text = f"{hello} {text}" if hello else text
        if hello and text.startswith(hello):
            text = f"{hello} {as_paragraphs(text[len(hello):].strip(), ends)}"
        else:
            text = as_paragraphs(text, ends)
        return email_subject(ctx), as_email(ctx, text, hello, own_sign_off)

    # a connection note within the account's characters, a LinkedIn message within its words
    limit, size = {"linkedin_note": (ctx.settings.linkedin_note_limit, len),
                   "linkedin_message": (LINKEDIN_MESSAGE_WORD_LIMIT, word_count)
                   }.get(ctx.request.effective_channel, (0, len))
    if not limit or size(text) <= limit:
        return None, text
    kept = [tighten(k) for k in kept]  # filler words first: nothing said is lost
    text = _joined(hello, kept)
    if size(text) <= limit:
        return None, text
    ctx.use("keep-messages-brief")
    # two clauses joined by "and I" are two sentences, each kept or left out by its own value
    sentences = split_sentences(" ".join(_clauses(k) for k in kept))
    return None, plan.fit(r, "", sentences, limit, size=size,
                          finish=lambda rest: tidy(f"{hello} {_after_hello(hello, rest)}"
                                                   if hello else rest))
