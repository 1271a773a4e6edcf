"""The composed draft read by the PHI guard again, before anyone sees it.

The offline engine is given a request whose fields were judged one by one
(`drafting_phi.strip_phi_fields`): a field goes, or loses its identifying words, only when the
guard is sure of them in the field read alone. A word can become a patient's only once the
engine has put it in a sentence: "visited okafor in tulare on 3/4" gave "visiting a patient in
Tulare", where "Tulare" is now the town of a patient, and the draft's own `phi` check called it
an error in a draft the engine had just written. So the composed draft goes through the same
reading as that check (`checks.rules_content.phi_findings`), and what it would flag is withheld:

- an `error` (tied to a patient): always withheld;
- a `warning` (the guard cannot say whose it is) on a NAME in a sentence of care ("saw Mr Haddad
  in clinic") or after a lay title ("talked me through mr okoro's agitation"): withheld too.
  A probable patient's name must not ride silently in a draft the resident may send without
  reading; a name the resident meant (a colleague) is still in their own request, and the
  notice says a name was left out;
- any other warning in a sentence something was withheld from: withheld with it (it is that
  patient's date or town);
- every other warning stays, and the draft's `phi` check asks its question ("Is “Tuesday” a
  patient's date?"): a date or a place the guard cannot attribute is most often the
  resident's own, and taking it out silently would change their facts.

How: a sentence first loses only the identifying words (`drafting_phi.without_identifiers`: a
name becomes "a patient", "in Tulare" and "on 3/4" go), so the clinical point stays; a sentence
that would then read broken (ending on a dangling word, too short, or still pointing at the
person with "he"/"her", which the reader would take for themself), or that the guard still
flags, is left out whole; a line or paragraph left empty goes with it. A subject that cannot be
generalised becomes the kind's plain subject. The notice says what was withheld, by type,
never quoting it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.engines.base import Composition, message_text
from assistant.models import DraftRequest, PhiFinding
from assistant.text.patterns import lazy
from assistant.text.pronouns import THIRD_PERSON
from assistant.text.sentences import sentence_spans

# Beside the guard's lexicons, the ward's words for care given to one person ("rounded on",
# "the family meeting for", "goals of care with", "scrubbed in on")
# (the guard's wider list of events a date can be tied to holds "fall", "since", "clinic":
# too wide to decide whose a name is)
_CARE_WORDS = lazy(r"\b(?:saw|seen|visited|examined|intubated|extubated|resuscitated|"
                   r"round(?:ed|ing)?\s+(?:with\s+\w+\s+)?on|consult(?:ed|ing)?\s+on|"
                   r"scrubbed\s+(?:in\s+)?on|operated\s+on|coded|family\s+meeting|goals\s+of\s+"
                   r"care|code\s+status|took\s+care\s+of|looked\s+after|bedside|on\s+service)\b")
# "Mr"/"Mrs"/"Ms" before an unsure name: colleagues are named by their title or role, so a
# person the guard cannot place, given a lay title, is most likely someone cared for
_LAY_TITLE = lazy(r"\b(?:mr|mrs|ms|miss|mx)\.?\s+$", re.IGNORECASE)
_THIRD_PERSON = lazy(rf"\b(?:{'|'.join(THIRD_PERSON)}|himself|herself)\b", re.IGNORECASE)
# A sentence left ending on a word that needs what followed it ("visiting a patient in.",
# "about the.", "One thing has stayed with me:").
_DANGLING_END = lazy(
    r"(?:\b(?:in|at|on|from|to|of|for|with|about|by|the|a|an|and|or|but|my|your|our|his|her|"
    r"their|when|where|that|which|who)|[:,;—–-])\s*[.!?]?\s*$",
    re.IGNORECASE)
_WORDS = lazy(r"[A-Za-z][\w'’-]*")
PLAIN_SUBJECT = {"introduction": "A brief introduction", "follow_up": "Thank you for your time",
                 "update": "A quick update", "mentor_agenda": "Agenda for our meeting"}
_WHAT = {"NAME": "a name", "LOCATION": "a place", "DATE": "a date", "AGE": "an age",
         "ROOM": "a room or bed", "PHOTO": "a photograph"}


@dataclass
class _Report:
    generalised: set[str]
    left_out: set[str]
    taken_out: set[str] = field(default_factory=set)
    sentences: int = 0


def _care_sentence(sentence: str) -> bool:
    """Does the sentence speak of care given to someone (a patient cue or an event of care)?"""
    from assistant.phi.lexicon import PATIENT_CUE
    from assistant.text.words import lower_ascii

    low = lower_ascii(sentence)
    return bool(_CARE_WORDS.search(low) or PATIENT_CUE.search(low))


def to_withhold(text: str, found: Sequence[PhiFinding]) -> list[PhiFinding]:
    """Of the `phi` check's findings on a composed draft, those the draft must not carry (see
    the module docstring): errors, unsure names in a sentence of care, and any unsure item in
    a sentence something else is withheld from."""
    spans = sentence_spans(text, lines=True)

    def sentence_of(f: PhiFinding) -> tuple[int, int]:
        return next(((s, e) for s, e in spans if s <= f.start < e), (f.start, f.end))

    chosen = [f for f in found if f.severity == "error" or (f.type == "NAME" and (
        _LAY_TITLE.search(text, max(0, f.start - 6), f.start) is not None
        or _care_sentence(text[slice(*sentence_of(f))])))]
    hit = {sentence_of(f) for f in chosen}
    return [f for f in found if f in chosen or sentence_of(f) in hit]


def _broken(before: str, after: str, names: bool) -> bool:
    """Does a sentence read broken once its identifying words went?"""
    if len(_WORDS.findall(after)) < 3 or _DANGLING_END.search(after):
        return True
    # "he says hi" once "Mr Haddad" is "a patient": the pronoun now points at someone the
    # reader cannot see (and reads as the reader); keep it only if it was there for another
    return names and _THIRD_PERSON.search(after) is not None


# What joins a name to the sentence it is part of ("program directors, especially Brookfield",
# "colleagues like Brookfield", "with Brookfield")
_JOIN_BEFORE = lazy(r"(?:,?\s*\b(?:especially|including|like|such\s+as|particularly|notably|"
                    r"and|or|with|from|at|by|to)\s+|,\s*)(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?$",
                    re.IGNORECASE)


def _names_joined(sentence: str, found: list[PhiFinding]) -> list[PhiFinding]:
    """Each NAME finding widened to the words that join it to the sentence, typed "GONE" (taken
    out as it stands, never replaced by "a patient")."""
    out = []
    for f in found:
        if f.type != "NAME":
            out.append(f)
            continue
        join = _JOIN_BEFORE.search(sentence, 0, f.start)
        start = join.start() if join else f.start
        out.append(f.model_copy(update={"type": "GONE", "start": start}))
    return out


def _without_sentences(body: str, drops: list[tuple[int, int]]) -> str:
    """`body` with the spans in `drops` taken out, and the lines and paragraphs they emptied."""
    for s, e in sorted(drops, reverse=True):
        line_start = body.rfind("\n", 0, s) + 1
        line_end = body.find("\n", e)
        line_end = len(body) if line_end < 0 else line_end
        rest = (body[line_start:s] + body[e:line_end]).strip()
        if not rest or re.fullmatch(r"(?:[-•*]|\d+[.)])", rest):
            # the whole line (a list item's marker with it) goes, and its line break
            body = body[:line_start] + body[line_end + 1:]
        else:
            tail = body[e:]
            body = body[:s].rstrip(" ") + (" " if body[:s].strip() and tail[:1] == " " else "") \
                + tail.lstrip(" ")
            body = body.replace(" \n", "\n")
    return re.sub(r"\n{3,}", "\n\n", body).strip("\n")


def _renumber(body: str) -> str:
    """A numbered list that lost an item counts on without a gap."""
    out, n = [], 0
    for line in body.split("\n"):
        m = re.match(r"^(\s*)(\d+)([.)]\s)", line)
        if m:
            n += 1
            line = f"{m.group(1)}{n}{m.group(3)}{line[m.end():]}"
        elif line.strip():
            n = 0
        out.append(line)
    return "\n".join(out)


def _body(body: str, chosen: list[PhiFinding], first: bool, report: _Report) -> str:
    """The body with `chosen` (offsets into the body) generalised or their sentences left out."""
    from assistant.drafting_phi import without_identifiers

    spans = sentence_spans(body, lines=True)
    edits: list[tuple[int, int, str | None]] = []
    for s, e in spans:
        inside = [f for f in chosen if s <= f.start < e]
        if not inside:
            continue
        report.sentences += 1
        sentence = body[s:e]
        local = [f.model_copy(update={"start": f.start - s, "end": min(f.end, e) - s})
                 for f in inside]
        if first:
            names = any(f.type == "NAME" for f in inside)
            if names and not _care_sentence(sentence):
                # no care in the sentence: "a patient" would read as nonsense ("meet program
                # directors, especially a patient"); the name goes with the words that joined it
                local = _names_joined(sentence, local)
            after = without_identifiers(sentence, [f for f in local if f.type != "GONE"])
            for f in sorted((f for f in local if f.type == "GONE"), key=lambda f: -f.start):
                after = after.replace(sentence[f.start:f.end], "", 1)
                report.taken_out.add("a name")
            after = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", after)).strip()
            if after and not _broken(sentence, after, names):
                if sentence[-1:] in ".!?" and after[-1:] not in ".!?":
                    after += sentence[-1]
                edits.append((s, e, after[:1].upper() + after[1:]))
                report.generalised.update(_WHAT.get(f.type, "an identifier") for f in inside
                                          if f.type != "NAME" or "a name" not in report.taken_out)
                continue
        edits.append((s, e, None))
        report.left_out.update(_WHAT.get(f.type, "an identifier") for f in inside)
    drops = [(s, e) for s, e, repl in edits if repl is None]
    for s, e, repl in sorted(edits, reverse=True):
        if repl is not None:
            body = body[:s] + repl + body[e:]
            shift = len(repl) - (e - s)
            drops = [(ds + shift, de + shift) if ds > s else (ds, de) for ds, de in drops]
    return _renumber(_without_sentences(body, drops)) if drops else body


def withhold_composed(comp: Composition, request: DraftRequest) -> list[str]:
    """Read the composed draft as the `phi` check will and withhold, in place, what it would
    flag as a patient's (see the module docstring). Returns the notice lines."""
    from assistant.checks.rules_content import phi_findings

    report = _Report(set(), set())
    for round_ in range(3):
        text = message_text(comp.subject, comp.body)
        chosen = to_withhold(text, phi_findings(text, request))
        if not chosen:
            break
        offset = len(text) - len(comp.body)
        head = [f for f in chosen if f.start < offset]
        if head and comp.subject:
            _subject(comp, request, head, offset, round_ == 0, report)
        inside = [f.model_copy(update={"start": f.start - offset, "end": f.end - offset})
                  for f in chosen if f.start >= offset]
        if inside:
            comp.body = _body(comp.body, inside, round_ == 0, report)
    else:  # still flagged after three readings: every sentence the check flags goes
        text = message_text(comp.subject, comp.body)
        offset = len(text) - len(comp.body)
        rest = [f.model_copy(update={"start": f.start - offset, "end": f.end - offset})
                for f in to_withhold(text, phi_findings(text, request)) if f.start >= offset]
        if rest:
            comp.body = _body(comp.body, rest, False, report)
    return _notice(report)


def _subject(comp: Composition, request: DraftRequest, head: list[PhiFinding], offset: int,
             first: bool, report: _Report) -> None:
    from assistant.drafting_phi import without_identifiers

    lead = len("Subject: ")
    subject = comp.subject or ""
    local = [f.model_copy(update={"start": f.start - lead, "end": min(f.end, offset) - lead})
             for f in head]
    after = without_identifiers(subject, local) if first else ""
    what = {_WHAT.get(f.type, "an identifier") for f in head}
    if after and not _broken(subject, after + ".", any(f.type == "NAME" for f in head)):
        comp.subject = after
        report.generalised |= what
    else:
        comp.subject = PLAIN_SUBJECT.get(request.kind, "A note")
        report.left_out |= what


def _notice(report: _Report) -> list[str]:
    if not report.sentences:
        return []
    parts = []
    if report.generalised:
        parts.append("generalised " + _listed(report.generalised))
    if report.taken_out:
        parts.append("took out " + _listed(report.taken_out))
    if report.left_out:
        parts.append("left out the sentence holding " + _listed(report.left_out))
    return ["Read again as a whole, the draft tied words to a patient, so the assistant "
            + " and ".join(parts) + " (the phi check would have flagged it)."]


def _listed(items: set[str]) -> str:
    words = sorted(items)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
