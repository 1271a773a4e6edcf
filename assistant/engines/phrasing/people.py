"""Who writes and who reads: the contact's name as the greeting says it (a doctor's title, a
peer's first name) and the resident's own identity from role and program ("a PGY-1 internal
medicine resident at Emory")."""

from __future__ import annotations

import re

from assistant.engines.phrasing.shapes import clean
from assistant.models import Contact, DraftRequest
from assistant.text.casing import US_STATES
from assistant.text.names import CREDENTIALS, HONORIFIC, person_name, surname_start
from assistant.text.patterns import lazy
from assistant.text.words import article

DOCTOR_TITLE = lazy(
    r"\b(MD|M\.D\.|DO|D\.O\.|PhD|Ph\.D\.|MBBS|Dr\.?|doctor|professor|attending|physician|"
    r"hospitalist|surgeon|cardiologist|oncologist|endocrinologist|nephrologist|neurologist|"
    r"psychiatrist|pediatrician|radiologist|pathologist|anesthesiologist|intensivist|"
    r"gastroenterologist|pulmonologist|rheumatologist|dermatologist|internist|"
    r"program director|chief of|chair of|division chief|department chair|fellow)\b",
    re.IGNORECASE,
)
# Words that name a place of work rather than a field: "a PGY-1 at Riverside Medical Center"
# but "a PGY-1 in Internal Medicine".
INSTITUTION_WORDS = lazy(
    r"\b(hospital|medical cent(er|re)|cent(er|re)|university|college|school|clinic|institute|"
    r"health|healthcare|foundation|infirmary|kaiser|mayo|general|children's)\b", re.IGNORECASE)
FIELD_WORDS = lazy(
    r"\b(medicine|surgery|pediatrics|paediatrics|psychiatry|neurology|radiology|pathology|"
    r"anesthesiology|anaesthesia|dermatology|ophthalmology|obstetrics|gynecology|urology|"
    r"orthopedics|orthopaedics|cardiology|oncology|nephrology|neurosurgery|otolaryngology|"
    r"family|emergency|internal|pharmacy|nursing|genetics|physiatry|rehabilitation|anesthesia|"
    # a field by its form: "gastroenterology", "geriatrics", "podiatry"
    r"[a-z]{3,}olog(?:y|ies)|[a-z]{2,}iatr(?:y|ics))\b",
    re.IGNORECASE)


def first_name(raw: str | None) -> str:
    name = person_name(raw)
    return name.split(" ")[0] if name else ""


def last_name(raw: str | None) -> str:
    name = person_name(raw)
    if not name:
        return ""
    parts = [p for p in name.split(" ") if not re.fullmatch(r"(Jr|Sr|II|III|IV)\.?", p)]
    return " ".join(parts[surname_start(parts):]) if parts else name


def is_doctor(contact: Contact) -> bool:
    """The contact's name or title says they hold a doctorate (Dr., MD, Professor, attending...)."""
    if contact.name and (HONORIFIC.match(contact.name) or CREDENTIALS.search(contact.name)):
        return True
    return bool(contact.title and DOCTOR_TITLE.search(contact.title))


def has_dr_prefix(contact: Contact) -> bool:
    return bool(contact.name and re.match(r"^\s*(dr|doctor)\.?\s", contact.name, re.IGNORECASE))


def address_name(request: DraftRequest) -> str:
    """How the contact is addressed: 'Dr. Lee', a peer's first name, or the full name."""
    contact = request.contact
    if not person_name(contact.name):
        return ""
    peer = contact.relationship == "peer"
    if is_doctor(contact) and not (peer and not has_dr_prefix(contact)):
        return f"Dr. {last_name(contact.name)}"
    if peer:
        return first_name(contact.name)
    # A first name is for someone the resident knows (a mentor) or whose role is known and is
    # not a doctorate (a coordinator); a stranger of unknown standing gets the full name, which
    # is never presumptuous.
    familiar = contact.relationship == "mentor" or bool(contact.title)
    if request.tone != "formal" and familiar:
        return first_name(contact.name)
    return person_name(contact.name)


def greeting(request: DraftRequest) -> str:
    """The salutation line: 'Dear Dr. Lee,' for a doctor, a first name for a peer."""
    name = address_name(request)
    formal = request.tone == "formal"
    if not name:
        return "Dear colleague," if formal else "Hello,"
    if request.contact.relationship == "peer" and not formal and not name.startswith("Dr. "):
        return f"Hi {name},"
    return f"Dear {name},"


def within(part: str, whole: str) -> bool:
    """`part` appears in `whole` as whole words ("intern" is not in "Internal Medicine")."""
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole, re.IGNORECASE) is not None


def is_field(program: str) -> bool:
    """A program named by its field ("Internal Medicine") rather than a place ("Riverside",
    "Penn Medicine")."""
    head = re.sub(r"^the\s+", "", program.strip(), flags=re.IGNORECASE)
    return bool(FIELD_WORDS.match(head)) and not INSTITUTION_WORDS.search(program) and \
        not re.search(r"\b[A-Z]{3,}\b", program)


def place_of(program: str, role: str) -> str:
    """'Emory Internal Medicine' for a PGY-1 internal medicine resident -> 'Emory': the field
    the role already names is not said twice ("a PGY-1 internal medicine resident at Emory")."""
    words = program.split()
    # the field is a field word, or whatever name the role gives it ("Kessler PM&R" for a
    # PM&R resident)
    if len(words) < 2 or not (FIELD_WORDS.fullmatch(words[-1]) or words[-1].upper() == "OB/GYN"
                              or not words[-1].islower() and within(words[-1], role)):
        return program
    # the longest tail of the program's name the role says ("UTSW General Surgery" for a
    # general surgery resident -> "UTSW"; "Mass General Surgery" for a surgery resident ->
    # "Mass General")
    for k in range(1, len(words)):
        place, field = " ".join(words[:k]), " ".join(words[k:])
        if within(field, role):
            if FIELD_WORDS.match(place) or place in US_STATES:  # "at Utah" names no program
                return program
            return place
    return program


def sender_identity(request: DraftRequest) -> str:
    """'a PGY-1 resident in the Internal Medicine Residency at UCSF' from role and program."""
    role = clean(request.sender.role)
    program = clean(request.sender.program)
    # a role that names its place ("PGY-1 resident at Riverside") says it once with the program
    at = re.fullmatch(r"(.+) at (.+)", role) if role and program else None
    if at and (within(at.group(2), program) or within(program, at.group(2))):
        role, at = at.group(1), None
    if role and program:
        program = place_of(program, role)
        if within(role, program):
            return f"{article(program)} {program}"
        in_words = r"\b(program|residency|department|track)\b"
        if re.search(in_words, program, re.IGNORECASE):
            lead = "" if program.lower().startswith("the ") else "the "
            return f"{article(role)} {role} in {lead}{program}"
        if is_field(program):  # "a PGY-1 in Internal Medicine"
            return f"{article(role)} {role} in {program}"
        # "the University of Iowa": a name headed by a common noun and "of" takes "the"
        if re.match(r"(?:University|College|Institute|School|Hospital|Academy|Center|Centre)"
                    r"\s+of\b", program):
            program = f"the {program}"
        return f"{article(role)} {role}{', ' if at else ' at '}{program}"
    if role:
        return f"{article(role)} {role}"
    if program:
        return f"in {program}" if is_field(program) else f"with {program}"
    return ""
