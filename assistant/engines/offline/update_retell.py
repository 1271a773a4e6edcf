"""A clause of another language inside an update retold in English when it can be, kept in the
resident's own words when it cannot; never left out when it holds a fact.

A resident writing to a mentor who shares a language mixes it in ("¡me aceptaron en la
fellowship de cardiología en Miami! starting July"). The engine does not translate prose; it
retells a clause only when every word of it is accounted for by one small table (below): the
clause opens with a first-person news verb of the language (accepted, passed, got, started,
finished, won; "no" before it keeps the negation) or with a thing of the resident's and what
happened to it ("le poster a gagné": won, was accepted, published, funded), and each word after
it is a function word,
a month, a specialty written the language's way, or a word English knows, a name, an acronym or
a number. Anything else ("beca", "investigación") and the clause is not retold: when it holds a
fact (a number, a name, an English word, or four words and more) it is kept as the resident
typed it, in quotes, and the notice says so; a short exclamation ("al fin", "enfin", "grâce à
vous") holds none and is left out as before.

The table covers the languages the update's reader detects first: Spanish, French, Portuguese
and Filipino (Tagalog); German and Italian clauses are kept in the resident's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.text.patterns import lazy
from assistant.text.shorthand import OTHER_MONTHS as _MONTHS

# The first-person news verbs that open a clause, per language, and what they say in English;
# an optional adverb ("ya", "enfin", "na") may come first or after
_OPENINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "es": ((r"me\s+(?:aceptaron|admitieron|seleccionaron|eligieron)", "I was accepted"),
           (r"(?:fui|quedé)\s+(?:aceptad[oa]|admitid[oa]|seleccionad[oa])", "I was accepted"),
           (r"(?:pasé|aprobé)", "I passed"),
           (r"(?:conseguí|obtuve|me\s+dieron|recibí)", "I got"),
           (r"gané", "I won"),
           (r"(?:empiezo|comienzo)", "I start"), (r"(?:empecé|comencé)", "I started"),
           (r"(?:terminé|acabé)", "I finished"), (r"presenté", "I presented"),
           (r"publiqué", "I published"), (r"me\s+mudé", "I moved")),
    "pt": ((r"(?:fui|passei\s+a\s+ser)\s+(?:aceit[oa]|aprovad[oa]|selecionad[oa])",
            "I was accepted"),
           (r"passei", "I passed"), (r"(?:consegui|recebi|ganhei)", "I got"),
           (r"(?:começo|inicio)", "I start"), (r"(?:comecei|iniciei)", "I started"),
           (r"(?:terminei|acabei)", "I finished"), (r"apresentei", "I presented")),
    "fr": ((r"j['’]ai\s+été\s+(?:accepté|admis|retenu|sélectionné)e?", "I was accepted"),
           (r"je\s+suis\s+(?:accepté|admis|retenu|pris)e?", "I was accepted"),
           (r"j['’]ai\s+(?:réussi|validé)", "I passed"),
           (r"j['’]ai\s+(?:eu|obtenu|reçu|décroché)", "I got"), (r"j['’]ai\s+gagné", "I won"),
           (r"je\s+commence", "I start"), (r"j['’]ai\s+commencé", "I started"),
           (r"j['’]ai\s+(?:fini|terminé)", "I finished"), (r"j['’]ai\s+présenté", "I presented"),
           (r"j['’]ai\s+publié", "I published")),
    "fil": ((r"(?:natanggap|tinanggap)\s+(?:na\s+)?ako", "I was accepted"),
            (r"(?:pumasa|nakapasa|pasa|pasado)\s+(?:na\s+)?ako", "I passed"),
            (r"(?:nakuha|nakamit)\s+(?:na\s+)?(?:ko)", "I got"),
            (r"(?:tapos|natapos)\s+(?:na\s+)?(?:ako|ko)", "I finished"),
            (r"(?:magsisimula|mag-?start)\s+(?:na\s+)?ako", "I start"),
            (r"nanalo\s+(?:na\s+)?ako", "I won")),
}
# A thing of the resident's and what happened to it ("le poster a gagné", "mi artículo fue
# aceptado"): the determiners that open its subject, and the verbs after it in English
_SUBJECT_DETS = {"fr": r"le|la|les|l['’]|mon|ma|mes|notre|nos",
                 "es": r"el|la|los|las|mi|mis|nuestro|nuestra|nuestros|nuestras",
                 "pt": r"o|a|os|as|meu|minha|meus|minhas|nosso|nossa"}
_THING_VERBS: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": ((r"a\s+gagné", "won"), (r"a\s+été\s+(?:accepté|retenu|sélectionné)e?s?",
                                      "was accepted"),
           (r"(?:a\s+été|est)\s+publié(?:e|s|es)?", "was published"),
           (r"a\s+été\s+financé(?:e|s|es)?", "was funded"),
           (r"est\s+(?:accepté|retenu)e?s?", "was accepted")),
    "es": ((r"ganó", "won"), (r"fue\s+(?:aceptad|seleccionad|aprobad)[oa]s?", "was accepted"),
           (r"(?:fue|salió)\s+publicad[oa]s?", "was published"),
           (r"fue\s+financiad[oa]s?", "was funded")),
    "pt": ((r"ganhou", "won"), (r"foi\s+(?:aceit|aprovad|selecionad)[oa]s?", "was accepted"),
           (r"foi\s+publicad[oa]s?", "was published"), (r"foi\s+financiad[oa]s?", "was funded")),
}
# A negation or an adverb before the verb ("no pasé", "ya me aceptaron", "enfin j'ai eu")
_BEFORE = {"es": r"(?:(?P<no>no)\s+|(?:ya|por\s+fin|al\s+fin|finalmente)\s+)?",
           "pt": r"(?:(?P<no>não)\s+|(?:já|finalmente)\s+)?",
           "fr": r"(?:(?P<no>je\s+n['’]ai\s+pas)\s+|(?:enfin|finalement)\s+)?",
           "fil": r"(?:(?P<no>hindi)\s+|(?:sa\s+wakas|sa\s+wakas\s+ay)\s+)?"}
# The negative of each English opening
_NOT = {"I was accepted": "I was not accepted", "I passed": "I did not pass",
        "I got": "I did not get", "I won": "I did not win", "I start": "I do not start",
        "I started": "I did not start", "I finished": "I did not finish",
        "I presented": "I did not present", "I published": "I did not publish",
        "I moved": "I did not move"}

# Function words after the verb, per language ("" leaves the word out); "sa" and "en" before a
# capitalised word are places ("at UCLA", "in Miami")
_FUNCTION: dict[str, dict[str, str]] = {
    "es": {"el": "the", "la": "the", "los": "the", "las": "the", "un": "a", "una": "a",
           "de": "of", "del": "of the", "en": "in", "a": "to", "al": "to the", "y": "and",
           "e": "and", "con": "with", "para": "for", "por": "for", "mi": "my", "mis": "my",
           "nuestro": "our", "nuestra": "our", "desde": "from", "hasta": "until"},
    "pt": {"o": "the", "a": "the", "os": "the", "as": "the", "um": "a", "uma": "a", "de": "of",
           "do": "of the", "da": "of the", "em": "in", "no": "in the", "na": "in the",
           "e": "and", "com": "with", "para": "for", "meu": "my", "minha": "my"},
    "fr": {"le": "the", "la": "the", "les": "the", "l": "the", "un": "a", "une": "a",
           "de": "of", "d": "of", "du": "of the", "des": "of the", "en": "in", "à": "in",
           "au": "at the", "aux": "at the", "dans": "in", "et": "and", "avec": "with",
           "pour": "for", "mon": "my", "ma": "my", "mes": "my", "notre": "our", "depuis": "since"},
    "fil": {"sa": "the", "ang": "the", "ng": "of", "mga": "", "na": "", "po": "", "din": "",
            "rin": "", "ko": "", "ako": "", "kami": "", "nang": "", "noong": "in"},
}
# A specialty written the language's way: the "-logy" fields by their ending, a few by name
_FIELD_ENDING = lazy(r"([a-zà-ÿ]{3,})olog(?:ía|ia|ie|iya)")
_FIELDS = {"pediatría": "pediatrics", "pediatria": "pediatrics", "pédiatrie": "pediatrics",
           "cirugía": "surgery", "cirurgia": "surgery", "chirurgie": "surgery",
           "psiquiatría": "psychiatry", "psiquiatria": "psychiatry",
           "psychiatrie": "psychiatry", "medicina": "medicine", "médecine": "medicine",
           "residencia": "residency", "residência": "residency", "internado": "internship",
           "internat": "residency", "interna": "internal", "interne": "internal",
           "familiar": "family", "familiale": "family", "urgencias": "emergency medicine",
           "urgences": "emergency medicine"}
# "and" in each language, where a second clause of the same kind may begin
_AND = {"es": "y|e", "pt": "e", "fr": "et", "fil": "at"}
_FOLD = str.maketrans("áéíóúàèìòùâêîôûäëïöüçñã", "aeiouaeiouaeiouaeioucna")
_TOKEN = lazy(r"[^\W_]+(?:['’-][^\W_]+)*|[^\w\s]")


def _field(word: str) -> str | None:
    if word in _FIELDS:
        return _FIELDS[word]
    m = _FIELD_ENDING.fullmatch(word)
    return f"{m.group(1).translate(_FOLD)}ology" if m else None


def _gloss(rest: str, lang: str, english: Callable[[str, str], bool]) -> str | None:
    """The words after the verb in English, or None when one is not accounted for."""
    table = _FUNCTION[lang]
    out: list[str] = []
    rest = re.sub(r"\b([ldLD])['’](?=[^\W\d_])", r"\1 ", rest)  # "l'ECN" -> "l ECN"
    tokens = _TOKEN.findall(rest)
    for n, tok in enumerate(tokens):
        low = tok.lower().rstrip("'’")
        nxt = tokens[n + 1] if n + 1 < len(tokens) else ""
        if not tok[:1].isalnum():
            if tok not in "¡¿":
                out.append(tok)
            continue
        if low in table and not (tok[:1].isupper() and n):
            word = table[low]
            if nxt[:1].isupper() and low in ("sa", "en", "à", "em", "dans", "no", "na", "ng"):
                word = "at" if lang == "fil" else "in"  # "sa UCLA", "en Miami"
            if word:
                out.append(word)
            continue
        if low in _MONTHS:
            out.append(_MONTHS[low])
        elif _field(low):
            out.append(_field(low) or "")
        elif tok[:1].isupper() or tok[:1].isdigit() or tok.isupper():
            out.append(tok)  # a name, an acronym, a number
        elif tok.isascii() and english(low, lang):
            out.append(tok)  # a word English knows better ("fellowship"; not "plaza")
        else:
            return None
    text = " ".join(out)
    text = re.sub(r"\s+([,.!?;:])", r"\1", text)
    # "the fellowship of cardiology" -> "the cardiology fellowship": a field after its noun
    return _ordered(text)


def _ordered(text: str) -> str:
    """English order: "the fellowship of cardiology" -> "the cardiology fellowship"."""
    text = re.sub(r"\bmedicine (internal|family)\b", r"\1 medicine", text)
    text = re.sub(r"\b(the|a|my|our) ([a-z]+) of ((?:internal )?(?:[a-z]+ology|pediatrics|"
                  r"surgery|psychiatry|medicine))\b", r"\1 \3 \2", text)
    text = re.sub(r"\b(the|a|my|our) ([a-z]+) of (emergency medicine|family medicine)\b",
                  r"\1 \3 \2", text)
    return re.sub(r"\bthe the\b|\bof the the\b", "the", text)


def retold(clause: str, lang: str, english: Callable[[str, str], bool]) -> str | None:
    """The clause retold in English ("me aceptaron en la fellowship de cardiología en Miami" ->
    "I was accepted into the cardiology fellowship in Miami"), or None; the detected language's
    table first, then the others' (Spanish and Portuguese share many words)."""
    text = re.sub(r"^[¡¿\s]+|[!?¡¿\s]+$", "", clause)
    for name in (lang, *(o for o in _OPENINGS if o != lang)):
        said = _retold_in(text, name, english)
        if said:
            return said
    return None


def _thing_retold(text: str, lang: str, english: Callable[[str, str], bool]) -> str | None:
    """"le poster a gagné" -> "the poster won": a thing's subject, glossed, and its verb."""
    for pattern, said in _THING_VERBS.get(lang, ()):
        m = re.match(rf"(?P<subj>(?:{_SUBJECT_DETS[lang]})\s*\S+(?:\s+\S+){{0,3}}?)\s+"
                     rf"{pattern}\b\s*", text, re.IGNORECASE)
        if not m:
            continue
        subject, rest = _gloss(m["subj"], lang, english), _gloss(text[m.end():], lang, english)
        if not subject or rest is None:
            return None
        if said.startswith("was ") and re.match(r"(?:les|los|las|os|as|mes|mis|nos)\b", m["subj"],
                                                re.IGNORECASE):
            said = "were " + said[4:]
        return f"{subject} {said} {rest}".strip()
    return None


def _retold_in(text: str, lang: str, english: Callable[[str, str], bool]) -> str | None:
    for pattern, said in _OPENINGS.get(lang, ()):
        m = re.match(rf"{_BEFORE[lang]}{pattern}\b\s*", text, re.IGNORECASE)
        if not m:
            continue
        rest, second = text[m.end():], ""
        # "... et je commence en novembre": a second clause of the same kind after "and"
        for j in re.finditer(rf"\s+(?:{_AND[lang]})\s+", rest, re.IGNORECASE):
            after = _retold_in(rest[j.end():], lang, english)
            if after:
                rest, second = rest[:j.start()], f" and {after}"
                break
        glossed = _gloss(rest, lang, english)
        if glossed is None:
            return None
        lead = _NOT[said] if m.group("no") else said
        if said == "I was accepted":  # "accepted in (the) fellowship" -> "into the"
            glossed = re.sub(r"^(?:in|to|at)\s+(?=[a-z])(?!(?:the|a|an|my|our)\b)", "in the ",
                             glossed)
            glossed = _ordered(re.sub(r"^(?:(?:in|to|at)\s+)?(?=(?:the|a|my)\b)", "into ",
                                      glossed))
        return f"{lead} {glossed}".strip() + second
    return _thing_retold(text, lang, english)


def holds_fact(clause: str) -> bool:
    """Whether a clause not retold still holds a fact worth keeping in the resident's words: a
    number, a name or an acronym, a month, or four words and more ("al fin",
    "grâce à vous" hold none)."""
    words = _TOKEN.findall(re.sub(r"^[¡¿\s]+", "", clause))
    words = [w for w in words if w[:1].isalnum()]
    return len(words) >= 4 or any(w[:1].isdigit() or w[1:2].isupper() or
                                  (w[:1].isupper() and n) or w.lower() in _MONTHS
                                  for n, w in enumerate(words))
