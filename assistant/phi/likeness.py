"""A person's likeness: photographs of a face or a tattoo (Safe Harbor 17) and biometric
identifiers described in words (Safe Harbor 16). Runs on the lower-cased text."""

from __future__ import annotations

from collections.abc import Iterator

from assistant.phi.shapes import Shape
from assistant.text.gated import gated
from assistant.text.patterns import lazy

_FACE_PART = (r"\b(?:cheeks?|forehead|nose|lips?|ears?|eyes?|eyelids?|chin|jaw|scalp|neck|temple|"
              r"retinas?|iris|irises)\b")
# Photographs of a person (Safe Harbor 17): "a photo of her face", "facial photograph".
PHOTO = gated(
    r"\b(?:full[- ]face\s+|facial\s+)?(?:photo(?:graph)?s?|pictures?|pics?|images?|selfies?|"
    r"screenshots?|snapshots?|videos?|vids?|recordings?|mugshots?)"
    # "a photo she took of his face"
    r"(?:(?:\s+(?:she|he|they|i|we|you|the\s+family|his\s+\w+|her\s+\w+)\s+(?:took|sent|shared|posted|"
    r"snapped|texted))?\s+of\s+(?:the\s+)?(?:(?:patient|pt)['\u2019]?s\s+|her\s+|his\s+|their\s+|the\s+)?"
    r"(?:patient|pt|face|tattoo|birthmark|hands?\s+and\s+face|face\s+and\s+\w+|[\w'\u2019]+\s+face|"
    # "a pic of him from before the stroke": a picture of a person (not "of her new baby")
    r"(?:him|them|her)(?=\s*(?:[,.;:!?)]|$|\s+(?:from|before|after|when|while|that|and|to|with|"
    r"on\s+(?:his|her|their)|taken|posted|sent|shared|\w+ing)\b))|"
    # "a photo of Mr. Lee's face"
    r"(?:mr|mrs|ms|miss)\.?\s+[\w'\u2019-]+['\u2019]s\s+face|"
    # "a photograph of the lesion on her left cheek": a part of someone's face
    rf"(?:[\w-]+\s+){{0,4}}?(?:on|of|over|around)\s+(?:her|his|their|the\s+(?:patient|pt)['\u2019]?s)\s+"
    rf"(?:(?:left|right|upper|lower)\s+)?(?:{_FACE_PART}|face)|"
    # "an image of her eyes"
    rf"(?:(?:left|right|upper|lower)\s+)?{_FACE_PART})"
    r"(?:\s+with\s+the\s+\w+)?"
    # "a photo showing his left facial droop"
    rf"|\s+(?:showing|demonstrating|depicting)\s+(?:her|his|their|the\s+(?:patient|pt)['\u2019]?s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_FACE_PART}|face|facial\s+\w+)"
    # "the photo from his driver's license": an identity document's portrait
    r"|\s+(?:from|on)\s+(?:his|her|their|the\s+(?:patient|pt)['\u2019]?s)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:license|licence|passport|id|id\s+card|badge|green\s+card)"
    # "pt pic (face)", "photo - full face": what the picture shows, in brackets or after a dash
    r"|\s*(?:\(|-|:)\s*(?:full[- ])?fac(?:e|ial)\b\)?)?\b"
    r"|\b(?:full[- ]face|facial)\s+(?:photo(?:graph)?|picture|image)s?\b"
    # "a FaceTime screenshot of his droop": a still of a video call shows a face
    r"|\b(?:facetime|video[- ]call|skype|whatsapp\s+video)\s+(?:screenshots?|snapshots?|photos?|"
    r"pics?|images?|stills?)\b"
)
_PHOTO_SUBJECT = lazy(
    rf"face|facial|tattoo|birthmark|patient|pt\b|selfie|\b(?:him|her|them)(?:\s+with\s+the\s+\w+)?$|{_FACE_PART}|"
    r"licen[cs]e$|passport$|\bid$|card$|badge$"
)


# Biometric identifiers in words (Safe Harbor 16), owned by a person or used to identify one:
# "his fingerprints", "identified by a retinal scan" (not "badge readers use fingerprints").
_BIOMETRIC = (
    r"(?:finger\s*prints?|retinal\s+scans?|retina\s+scans?|iris\s+scans?|voice\s*prints?|"
    r"face\s*prints?|palm\s*prints?|palm[- ]vein\s+scans?|dna\s+profile|gait\s+(?:signature|"
    r"pattern|recognition))"
)
BIOMETRIC = gated(
    rf"\b(?:his|her|their|(?:the\s+)?(?:patient|pt)['\u2019]?s)\s+(?:[a-z-]+\s+)?(?P<a>{_BIOMETRIC})\b"
    r"|\b(?:identified|identify|matched|confirmed|recogni[sz]ed|id'?d|verified)\b[^.;\n]{0,30}?"
    rf"\b(?:by|from|with|using|via|through)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
    rf"(?P<b>{_BIOMETRIC})\b"
)


def biometrics(lower: str) -> Iterator[Shape]:
    for m in BIOMETRIC.finditer(lower):
        group = "a" if m.group("a") else "b"
        yield Shape("ID", m.start(group), m.end(group))


# "A clinical photograph taken at presentation (Figure 1) shows bilateral facial swelling": what
# the photograph shows is a face - unless the face was taken out of it.
# "she sent me a vid of her tremor, you can see her face": a video or picture in which the
# sentence says the face is seen
_PHOTO_SHOWS = gated(
    r"\b(?:clinical\s+)?(?:photo(?:graph)?s?|pictures?|pics?|images?|videos?|vids?|clips?|"
    r"recordings?)\b(?=[^.;\n]{0,50}?\b(?:shows?|showing|demonstrat\w*|depict\w*|reveal\w*|"
    rf"(?:can|could|you)\s+see)\b[^.;\n]{{0,40}}?(?:\bfac(?:e|ial)\b|{_FACE_PART}))"
)
# a word for a picture or a video ("provide" and "topic" hold no "vid" or "pic" word)
_SHOWN_WORD = gated(r"\b(?:photo|image|picture|pics?\b|vids?\b|video|clip|recording)")
_FACE_REMOVED = lazy(
    r"de-?identified|cropped|removed|obscured|masked|no\s+identifying|without\s+(?:the\s+)?face"
    r"|face\s+(?:is\s+)?(?:not\s+(?:shown|visible|included)|hidden|excluded)"
)
# "Figure 2: the patient at day 5, full face, after IVIG": a figure's caption that shows a face
_CAPTION = gated(
    r"(?m)^[ \t>*-]*(?:figure|fig\.?|image|photo(?:graph)?|panel|supplementa(?:l|ry)\s+"
    r"(?:figure|video))\s*\d*[a-z]?\s*[:.][^\n]{0,120}?\b(?:full[- ]face|face|facial)\b"
)


# "no facial photographs are included", "without a photo of the face": none is sent
_NEGATED = gated(
    r"\b(?:no|not|never|without)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?$"
, words=False)


_PERSON_SHOWN = gated(
    r"\b(?:patient|pt|her|his|him|their|man|woman|boy|girl|child|infant|baby|neonate)\b"
, words=False)


# "his picture", "the patient's selfie": a person's own picture (weak: whose, the sentence says)
_OWNED_PHOTO = gated(
    r"\b(?:his|her|their|(?:the\s+)?(?:patient|pt)['\u2019]?s)\s+(?:[a-z-]+\s+)?"
    r"(?:photo(?:graph)?|picture|pic|selfie|mugshot|snapshot)s?\b"
)
# "the patient's facial features are shown in Figure 2"
_FACE_SHOWN_IN = gated(
    r"\b(?:face|facial\s+\w+)\b[^.;\n]{0,30}?\b(?:shown|seen|pictured|depicted)\s+in\s+"
    r"(?:figure|fig\.?|image|photo)"
)


def photos(lower: str) -> Iterator[Shape]:
    spans = []
    for m in _OWNED_PHOTO.finditer(lower):
        if not _NEGATED.search(lower, max(0, m.start() - 20), m.start()):
            spans.append(m.span())
            yield Shape("PHOTO", m.start(), m.end(), weak=True)
    for m in _FACE_SHOWN_IN.finditer(lower):
        if _PERSON_SHOWN.search(lower, max(0, m.start() - 40), m.start()) and not any(
                a < m.end() and m.start() < b for a, b in spans):
            spans.append(m.span())
            yield Shape("PHOTO", m.start(), m.end())
    for m in PHOTO.finditer(lower):
        if _NEGATED.search(lower, max(0, m.start() - 20), m.start()):
            continue
        if _PHOTO_SUBJECT.search(m.group()):
            spans.append(m.span())
            yield Shape("PHOTO", m.start(), m.end())
    for m in _CAPTION.finditer(lower):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        line_end = lower.find("\n", m.end())
        line_end = line_end if line_end != -1 else len(lower)
        if not _PERSON_SHOWN.search(lower, m.start(), line_end):
            continue  # "Figure 1. Facial nerve anatomy": a face, no one's
        if not _FACE_REMOVED.search(lower, m.start(), line_end):
            spans.append(m.span())
            yield Shape("PHOTO", m.start(), m.end())
    if not spans and _SHOWN_WORD.search(lower) is None:
        return
    for m in _PHOTO_SHOWS.finditer(lower):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        if not _FACE_REMOVED.search(lower, max(0, m.start() - 80), m.end() + 120):
            yield Shape("PHOTO", m.start(), m.end())
