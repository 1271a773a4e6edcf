"""Labels that say what the value after them is: "MRN:", "DOB", "Member ID", "Acct #", "phone".

A label that only ever describes a person's record (SSN, MRN, health plan, account, licence,
vehicle, device, patient ID) makes the value after it an identifier on its own; contact labels
(phone, e-mail, fax) still need the value to belong to a patient. Runs on the lower-cased text.
"""

from __future__ import annotations

from bisect import bisect_right

from assistant.phi.context import MessageContext
from assistant.text.gated import gated
from assistant.text.patterns import lazy
from assistant.text.words import lower_ascii

# A label word names what the value after it is. Ordered alternatives: longest first.
_LABELS: list[tuple[str, str]] = [
    ("SSN", r"ssn|ss\s?#|social\s+security(?:\s+(?:number|no\.?|#))?"),
    # "MR 55821", "MR# 402291": not "MR 3T" (magnetic resonance)
    ("MRN", r"mrn|m\.r\.n\.?|emr|ehr|mr\s*#|mr(?=\s*\d{4,}(?![\w-]))|"
            r"med(?:ical)?\.?\s*rec(?:ord)?s?\.?(?:\s*(?:number|no\.?|num|#))?|"
            r"record(?:\s*(?:number|no\.?|num|#))?|"
            r"chart\s*(?:number|no\.?|#)|hospital\s*(?:number|no\.?|#)|unit\s+number"),
    ("HEALTH_PLAN", r"member\s*(?:id|#|number)|subscriber\s*(?:id|#)|beneficiary(?:\s*(?:id|#|"
                    r"number))?|medicare(?:\s*(?:id|#|number))?|medicaid(?:\s*(?:id|#|number))?|"
                    r"medi-?cal(?:\s*(?:id|#|number))?|"
                    r"hicn|mbi|hbn|insur\w*|ins\.?|policy|health\s*plan|plan\s*(?:id|number|#)|"
                    r"(?:his|her|their|the)\s+plan|hmo(?:\s*id)?|ppo|group\s*(?:number|#)|"
                    r"prescription\s+plan"),
    ("ACCOUNT", r"acct\.?|account(?:\s*(?:number|no\.?|#))?|billing\s*(?:number|#|id)"),
    ("LICENSE", r"licen[cs]e(?:\s*(?:number|no\.?|#))?|driver'?s\s+licen[cs]e|dl\s*#|"
                r"certificate(?:\s*(?:number|no\.?|#))?|passport(?:\s*(?:number|no\.?|#))?"),
    ("VEHICLE", r"vin|vehicle\s*id\w*|licen[cs]e\s+plate|plate\s*(?:number|no\.?|#)"),
    ("DEVICE", r"serial(?:\s*(?:number|no\.?|#))?|s/n|device\s*(?:id|identifier|serial)|udi|imei"),
    ("ID", r"patient\s*id|pt\.?\s*id|id\s*#|id|identifier|case\s*(?:number|no\.?|#)?|"
           r"ref(?:erence)?\.?(?:\s*(?:code|number|no\.?|#))?|site\s*id|"
           r"encounter\s*(?:number|no\.?|#|id)|enc\.?\s*(?:#|no\.?|number|id)|enc(?=\s*\d{4,}(?![\w-]))|visit\s*(?:number|#|id)|accession(?:\s*(?:number|"
           r"no\.?|#))?|claim\s*(?:number|no\.?|#)|fin|csn|"
           # a card or band that identifies its holder: "tribal enrollment no.", "wristband barcode"
           r"(?:tribal\s+)?enrol(?:l)?ment(?:\s*(?:number|no\.?|num|#|id))?|"
           r"(?:wrist)?band\s+(?:barcode|number|no\.?|#)"),
    ("FAX", r"fax(?:\s*(?:number|no\.?|#))?"),
    ("CONTACT", r"phone(?:\s*(?:number|no\.?|#))?|tel\.?|telephone|cell(?:\s*phone)?|mobile|"
                r"contact(?:\s*(?:number|info|information|phone|#|email))?|pager|e-?mail|"
                r"call|text|reach(?:ed)?"),
    ("IP", r"ip(?:\s*address)?|ipv[46]"),
    ("DATE", r"dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthday|born(?:\s+on)?|dod|"
             r"date\s+of\s+death|died(?:\s+on)?|date\s+of\s+(?:service|admission|discharge)|"
             r"admit(?:ted)?(?:\s+date)?|discharge(?:d)?(?:\s+date)?|dos"),
    ("LOCATION", r"zip(?:\s*code)?|postal\s+code|address|lives\s+at|residing\s+at|resides\s+at"),
]
LABEL = gated(  # run on the lower-cased text
    r"\b(?:" + "|".join(f"(?P<{t}>{p})" for t, p in _LABELS) + r")(?![\w-])"
)
# Between a label and its value: punctuation and a few filler words ("is", "number", "no.").
FILLER = lazy(
    r"[\s:#=.(-]*(?:(?:is|was|are|number|no|num|id|includes|under|of|with|plan|policy|"
    r"the|any|issues|a|an|listed|as|on|file|card|said|says|read|reads|shows|showed)(?![\w-])"
    r"[\s:#=.(-]*){0,4}"
)
UNCONDITIONAL = {"SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "ID"}


def label_before(ctx: MessageContext, start: int, labels: list[tuple[int, int, str]]) -> str | None:
    """The label whose value slot `start` is in, if any (label then only filler words)."""
    found = label_span_before(ctx, start, labels)
    return found[2] if found else None


def label_span_before(
    ctx: MessageContext, start: int, labels: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    i = bisect_right(labels, (start, -1, "")) - 1
    while i >= 0:
        lstart, lend, kind = labels[i]
        if start - lend > 48:
            return None
        if lend <= start:
            if FILLER.fullmatch(ctx.lower, lend, start):
                return labels[i]
            return None
        i -= 1
    return None


def find_labels(text: str) -> list[tuple[int, int, str]]:
    """Every label, with runs like "insurance ID" or "contact phone" merged into the first."""
    merged: list[tuple[int, int, str]] = []
    for m in LABEL.finditer(lower_ascii(text)):
        kind = m.lastgroup or ""
        if merged and m.start() - merged[-1][1] <= 2 and not text[merged[-1][1] : m.start()].strip(
            " \t-"
        ):
            start, _, first = merged[-1]
            merged[-1] = (start, m.end(), first)
            continue
        merged.append((m.start(), m.end(), kind))
    return merged
