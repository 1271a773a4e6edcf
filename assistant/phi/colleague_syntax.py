"""Who did what to whom around a bare name: the syntax that makes it a colleague's, an
author's or the sender's companion's ("Congrats to Kavya", "Smith et al.", "Tobi suggested I
reach out"), and the sender's own meeting with a clinician. Kept apart from roles and titles
because it reads the sentence's structure, never the name itself.
"""

from __future__ import annotations

import re

from assistant.phi.attribution import ROLE, THIRD_PERSON
from assistant.phi.context import MessageContext
from assistant.phi.sentence_anchors import COUNTED_GROUP
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# The writer's own meeting with a clinician by title: "I saw Dr. Ng in the cath lab on Tuesday",
# "we met with Dr. Osei Friday" (not "Dr. Ng's patient", whose care it would be).
SENDER_MEETS_CLINICIAN = gated(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:saw|met|shadowed|joined|visited|caught\s+up|ran\s+into)"
    r"\s+(?:(?:with|up\s+with)\s+)?(?:drs?|prof|professor)\.?\s+[a-z][\w-]*+(?!['\u2019-])"
, words=False)
# How a message speaks of a colleague, an author or a friend by a bare name (no title, no
# relation word): by the syntax around the name, never by the name itself. Only for names whose
# shape alone does not say "a person" strongly (no "Mr."/"Mrs.", no relative), so a patient
# introduced by title keeps its finding.
_PRAISED_BEFORE = lazy(
    # "Congrats to Kavya", "shout-out to Ramon", "please thank Rosa", "say hi to Jun", "cc Marisol"
    r"(?:\b(?:congrats|congratulations|kudos|shout-?outs?|props|thanks|thank\s+you|welcome|"
    r"say\s+(?:hi|hello)|hats\s+off|grateful|thankful|indebted)(?:\s+(?:again|so\s+much|all))?"
    r"\s+to"
    r"|(?:^|[.!?]\s+|\bplease\s+)(?:thank|congratulate|cc|loop\s+in|copy)"
    # "As Osler said", "what Maya Angelou said", "in the words of Peabody": a quoted author
    r"|(?:^|[\s,(])(?:as|what|like)|\bin\s+the\s+words\s+of"
    # "reading Gawande", "a memoir by Kalanithi": an author; "I read about Henrietta Lacks",
    # "the story of ...": someone written about, not cared for
    r"|\b(?:reading|reread(?:ing)?|by)"
    r"|\b(?:read|reading|learned|learning|learnt)\s+about|\b(?:story|legacy|life)\s+of"
    # "I met with Keisha", "coffee with Jun", "introduced me to Wren": the sender's network
    r"|\b(?:met|meet|meeting|coffee|lunch|dinner|drinks)\s+(?:up\s+)?with"
    # "sign up with Ana", "RSVP to Jorge": who organises an event
    r"|\b(?:sign\s+up|signup|register|rsvp)\s+(?:with|to)"
    # "give my best to Taro", "send my regards to Ingeborg": someone both correspondents know
    r"|\b(?:give|send|pass\s+on)\s+my\s+(?:best|regards|love|thanks|congrats|greetings)\s+to"
    r"|\b(?:introduc\w+|connect\w*)\s+(?:me|us)\s+(?:to|with)"
    # "Dr. Levine or Yusuf": joined to a clinician
    r"|\b(?:drs?|prof|professor)\.?\s+[a-z][\w'\u2019-]+\s*,?\s*(?:and|or|&)"
    # "questions to Sam", "direct any questions to Ilka": who answers for the team
    r"|\b(?:questions?|concerns?|requests?)\s+(?:(?:can|should|will|may)\s+)?(?:go\s+)?to"
    r"|\b(?:direct|forward|route|send)\s+(?:any\s+|all\s+|your\s+)?(?:questions?|concerns?|"
    r"requests?)\s+to"
    # "Smith and I", "me and Ramon", "with Priya and me"
    r"|\b(?:i|me)\s+(?:and|&))\s+$"
)
_QUOTED_AFTER = lazy(
    r"(?:['\u2019]s)?\s+(?:once\s+|famously\s+|always\s+)?(?:said|says|wrote|writes|put\s+it|"
    r"taught|teaches|noted|argued|observed|reminds\s+us)\b"
)
_WITH_ME_AFTER = lazy(r"\s+(?:and|&)\s+(?:i|me|myself)\b")
_AS_BEFORE = lazy(r"(?:^|[\s,(])(?:as|what|like)\s+$")
# The one who does something to "our patient" is a clinician, not the patient.
_TREATS_A_PATIENT = gated(
    r"\s+(?:(?:also|then|just|kindly)\s+)?(?:presented|admitted|discharged|saw|sees|examined|"
    r"consulted\s+on|rounded\s+on|signed\s+out|handed\s+off|covered|precepted|scoped|cathed|"
    r"intubated|treated|followed)\s+(?:our|my|the|a|an|his|her|their|this|that)\s+"
    r"(?:[\w-]+\s+)?(?:patients?|pts?)\b"
)
# "the cases reported by Kawasaki and Tanaka in 1998", "(Weingart, 2019)": a citation
_CITED_BY = gated(
    r"(?:\b(?:reported|described|published|proposed|coined|characteri[sz]ed|named|defined|"
    r"studied|reviewed)\s+(?:first\s+)?by|\()\s*$"
)
_CITED_YEAR = lazy(
    r"(?:\s+(?:and|&)\s+[A-Z][\w'\u2019-]+)?(?:\s+et\s+al\.?)?(?:\s+in\s+|\s*\(\s*|\s*,\s*)"
    r"(?:19|20)\d\d\b"
)
_COLLEAGUE_AFTER = lazy(
    # "Ramon and I covered nights", "Priya and me": the sender's companion at work
    r"\s+(?:and|&)\s+(?:i|me|myself)\b"
    # "Smith et al.": the authors of a paper
    r"|\s+et\s+al\b"
    # "tell Chiamaka I said hi", "hope Bashir and the kids are well": someone both know
    r"|\s+i\s+said\s+(?:hi|hello|hey)\b|\s+and\s+the\s+(?:kids|family|girls|boys|little\s+ones)\s+"
    r"(?:are|were)\s+(?:well|good|doing\s+well)\b"
    # "Dolores says hi!", "Omar sends his best": someone the writer and the reader both know
    r"|\s+(?:says|said|sends|sent)\s+(?:hi|hello|hey|(?:his|her|their)\s+(?:best|regards|love|"
    r"congrats|thanks))\b"
    # "R.M. Patel and K. Osei contributed equally": the authors of a paper
    r"|(?:\s+[a-z][\w'\u2019-]+)?(?:\s*(?:,|and|&)\s*(?:[a-z]\.\s*)*[a-z][\w'\u2019-]+)*"
    r"\s+(?:both\s+|all\s+)?"
    r"contributed\s+(?:equally|to\s+(?:this|the)\s+(?:work|manuscript|paper|study|article))"
    # "Tobi suggested I reach out", "Kwame referred me": who points the sender to someone
    r"|(?:\s+(?:from|of|at|in)\s+(?:the\s+)?(?:[\w&'\u2019-]+\s+){0,4}?[\w&'\u2019-]+"
    r"|\s*,\s*[^,.;!?\n]{1,60},)?"
    r"\s+(?:(?:had|has|kindly|also|first|originally)\s+)?(?:suggested|recommended|referred|"
    r"introduced|connected|encouraged|pointed|put|supervised|mentored|taught|trained|precepted|"
    r"hired|recruited)\s+(?:that\s+)?(?:i|me|us|we|you|my|our)\b"
    # "Brigham was my top choice", "Leah is our chief": what the sender has or ranks (not "was
    # my patient")
    r"|\s+(?:is|was|['\u2019]s)\s+(?:still\s+)?(?:my|our|your)\b"
    r"(?![^.;,!?\n]{0,30}\b(?:patients?|pts?|case)\b)"
    # "Atul Gawande's Complications": the author of a titled work
    r"|['\u2019]s\s+(?:book|memoir|novel|essay|paper|piece|article|podcast|textbook|lab|group)\b"
    # "Beatriz in the sim center", "Sal at the front office": staff where they work
    r"|\s+(?:in|from|at)\s+the\s+(?:[\w&-]+\s+){0,2}(?:center|centre|office|library|lab|desk|"
    r"shop|bookstore)\b"
)
# "Are you still in touch with Hiroshi? He was chief when I was an intern.": the next sentence
# gives the person a professional role.
_ROLE_NEXT = lazy(
    r"\s*(?:he|she|they)(?:['\u2019]s|['\u2019]re|\s+(?:is|was|were|are|became|becomes))\s+"
    rf"(?:(?:now|still|also|then|just|a|an|the|our|my|your|his|her)\s+){{0,3}}(?:[\w-]+\s+){{0,2}}?"
    rf"{ROLE}\b"
)


# "Name: Farrukh Yusupov | Role: Chief Resident": a table row with a cell that holds a role
_ROLE_CELL = lazy(
    rf"\|[ \t]*(?:(?:role|position|title)[ \t]*:[ \t]*)?(?:[\w-]+[ \t]+){{0,2}}(?:{ROLE}|pgy-?\d)\b"
)
# "Rosalind on 6 North helped me with the IV", "Big Mike from transport got us to CT": who
# helps the writer is a co-worker, whatever care the help was for
_HELPED_WRITER = lazy(
    r"(?:\s+(?:from|on|in|at)\s+(?:the\s+)?[\w&'\u2019-]+(?:\s+[\w&'\u2019-]+){0,2}?)?"
    r"\s+(?:(?:also|kindly|really|just|always)\s+)?(?:helped|taught|trained|walked\s+(?:me|us)\s+"
    r"through|got\s+(?:me|us)\s+(?:to|into|a|an|the)|covered\s+for|bailed\s+(?:me|us)\s+out)"
    r"(?:\s+(?:me|us))?\b"
)
# "Dembélé and Haugen's review", "Atul Gawande's commencement speech": the authors or speaker
# of a work
_AUTHORED_WORK = lazy(
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'\u2019-]+)*['\u2019]s\s+(?:[a-z]+\s+)?(?:review|"
    r"meta-analysis|speech|keynote|talk|lecture|book|memoir|essay|paper|article|podcast|"
    r"textbook|editorial|commentary)\b"
)
# "Austin and Tyler are covering; Madison is on backup", "Florence is post-call": the subject of
# a staffing predicate (a shift, a call, coverage) is a co-worker, whatever else the name is
_STAFFED = lazy(
    r"(?:\s*(?:,|/|&|\band\b)\s*[A-Z][\w'\u2019-]+)*\s+(?:(?:is|are|was|were|will\s+be)\s+|"
    r"['\u2019](?:s|re)\s+)?(?:(?:still|also|now)\s+)?(?:covering|cross-?covering|post-?call|"
    r"pre-?call|on\s+(?:call|backup|back-up|jeopardy|nights|days|service|wards|vacation|leave|"
    r"the\s+(?:pager|list|schedule))|off\s+(?:today|tomorrow|tonight|this|next)|swapp(?:ed|ing))\b"
    # a schedule's row: "5N Okafor/Lee days", "Halvorsen nights; Adeyemi backup"
    r"|(?:\s*(?:,|/|&|\band\b)\s*[A-Z][\w'\u2019-]+)*\s+(?:days|nights|weekend|call|backup|"
    r"back-up|jeopardy|swing|short\s+call|long\s+call|night\s+float|nf|pager)"
    r"(?=[ \t]*(?:[,;|]|\n|$))"
)
# "Arturo led the debrief", "Ezra is gonna cover my clinic", "Wren swapped nights with me": the
# subject of a verb of running, making or covering the work of a team is a co-worker, whatever
# care the work was about (not "Arturo led the way home": the thing led is a piece of work)
_DOES_TEAM_WORK = lazy(
    r"\s+(?:(?:is|was|will|would|can|could|has|had|also|kindly|just|then|gonna|going\s+to|"
    r"['\u2019]ll|['\u2019]s|is\s+gonna|is\s+going\s+to|offered\s+to|agreed\s+to)\s+){0,3}"
    r"(?:(?:led|leads|leading|lead|ran|runs|running|run|chaired|chairs|chair|moderated|moderates|"
    r"moderate|organi[sz]ed|organi[sz]es|organi[sz]e|hosted|hosts|host|facilitated|facilitates|"
    r"co-?led|coordinated|coordinates|reviewed|edited|drafted|wrote|made|built|designed|"
    r"collected|abstracted|analy[sz]ed|cleaned|proofread|summari[sz]ed|outlined|explained|"
    r"identified|walked\s+through|chairing|moderating|organi[sz]ing|hosting|facilitating|"
    r"coordinating|reviewing|editing|drafting|writing|making|building|designing|collecting|"
    r"abstracting|analy[sz]ing|cleaning|proofreading|summari[sz]ing|outlining|presenting)"
    r"\s+(?:the|our|my|a|an|this|that|your|"
    r"their)\s+(?:[\w&/-]+\s+){0,2}?(?:discussion|session|meeting|journal\s+club|workshop|"
    r"debrief|huddle|sim(?:ulation)?|retreat|m&m|lecture|talk|conference|didactics?|curriculum|"
    r"project|study|survey|analysis|abstract|poster|slides?|figures?|tables?|manuscript|paper|"
    r"draft|stats|statistics|data|database|protocol|lit(?:erature)?\s+review|review|chapter|"
    r"grant|proposal|spreadsheet|dashboard|agenda|minutes|newsletter|schedule|issues|timeline|"
    r"findings|lessons|takeaways|results|literature|evidence|process|errors?|gaps|delays?|"
    r"systems?\s+issues|teaching\s+points|case|methods|discussion|introduction|intro|background|"
    r"aims|references|bibliography|limitations)s?"
    r"|cover(?:s|ed|ing)?\s+(?:for\s+)?(?:my|our|your|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:clinic|shifts?|call|service|nights?|weekends?|days?|pager|list|team|census|half-?day|"
    r"block|admissions|patients|pts)"
    r"|(?:swap(?:s|ped|ping)?|trade[sd]?|trading)\s+(?:[\w-]+\s+){0,2}?with\s+(?:me|us)"
    r"|(?:take|takes|took|taking)\s+my\s+(?:call|shifts?|pager|clinic|weekend|nights?|admits|"
    r"admissions))\b"
)
# "ask Keziah to be second author", "asked Tomas to review the draft": a role in the work
_ASKED_BEFORE = gated(r"\b(?:ask|asked|asking|invite|invited|inviting)\s+$", words=False)
_ASKED_FOR_WORK = lazy(
    r"\s+to\s+(?:(?:be|serve\s+as|join\s+as)\s+(?:(?:a|an|the|our|my|first|second|third|"
    r"senior|last|co-?)\s*)*(?:[\w-]+\s+)?(?:authors?|co-?authors?|mentors?|reviewers?|"
    r"presenters?|speakers?|judges?|moderators?|chairs?|leads?|co-?leads?|references?|advisors?|"
    r"pi|co-?pi|co-?presenters?)"
    r"|co-?author|co-?present|moderate|review\s+(?:the|our|my)|proofread|edit\s+(?:the|our|my)|"
    r"mentor\s+(?:me|us)|join\s+(?:the|our|my)\s+(?:[\w-]+\s+)?(?:project|study|team|"
    r"committee|group|paper))\b"
)
_TITLED_WORK = lazy(r"['\u2019]s\s+(?:The\s+|A\s+)?[A-Z][a-z]{3,}")
_READING = gated(
    r"\b(?:read|reading|reread\w*|books?|novels?|memoirs?|essays?|biograph\w+|articles?|"
    r"podcasts?|textbooks?|chapters?|recs?|recommendations?)\b"
, words=False)


def _named_thing_after(text: str, start: int, end: int) -> bool:
    """A full name whose words' first letters make a thing's name in the text ("Henrietta
    Lacks" and the HeLa cells): the person a cell line or a thing is named after, a public one."""
    words = text[start:end].split()
    if len(words) == 1 and _SYLLABLE_NAME.fullmatch(words[0]):
        # the thing's name itself ("HeLa"), beside the full name it is made of
        parts = re.findall(r"[A-Z][a-z]", words[0])
        full = r"\s+".join(rf"{p}[a-z]+" for p in parts)
        return re.search(rf"\b{full}\b", text) is not None
    if len(words) < 2 or not all(w[:2].isalpha() for w in words):
        return False
    short = "".join(w[:2] for w in words)
    # a pattern made for one name is compiled afresh for each (more names than the `re` cache
    # holds): asked of the regex engine only when the text holds those letters at all
    if short not in text or short in text[start:end]:
        return False
    return re.search(rf"\b{re.escape(short)}\b", text) is not None


_SYLLABLE_NAME = lazy(r"(?:[A-Z][a-z]){2,3}")


def role_in_row(lower: str, end: int) -> bool:
    """A table row that goes on with a role cell ("| Role: Chief Resident"): a roster's."""
    line_end = lower.find("\n", end)
    line_end = line_end if line_end != -1 else len(lower)
    return "|" in lower[end:line_end] and _ROLE_CELL.search(lower, end, line_end) is not None


# A duty of the schedule or a role, after a name in a list row: "Quintanilla - wards wk 1",
# "Mbeki - journal club", "Hakobyan: chair of the wellness committee", "Oduya (wards)",
# "Ferreira, Conceicao - Nephrology Fellow" (lower-cased text; not a ward: "Lindgren (ICU)")
_DUTY = (
    r"(?:(?:call\s+)?(?:schedule\s+)?(?:swap|switch|trade)|call\s+schedule|"
    r"wards?|nights?|days|night\s+float|nf|call|backup|back-up|jeopardy|swing|consults?|"
    r"journal\s+club|m&m(?:\s+slides)?|noon\s+(?:conference|report)|grand\s+rounds|morning\s+report|"
    r"chair|co-?chair|lead|co-?lead|chief|pd|apd|associate\s+pd|program\s+director|"
    r"(?:qi|wellness|research|education|sim)\s+(?:lead|chair|rep|director))"
)
_DUTY_AFTER = gated(
    r"(?:\s*,\s*[a-z][\w'\u2019-]+)?\s*(?:[-\u2013\u2014:]|\()\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{_DUTY}|{ROLE})\b"
    # the duty ends the row's item (not "Garcia - call family re: DNR", a task about someone)
    r"(?=\s*(?:$|[,;)(\n]|(?:wk|week|block|shift|this|next|on|of|for|at|in|topic|slides|prep|"
    r"date|talk|\d+)\b))",
    words=False)
# A line headed by a schedule, a shift or a role: "Call schedule: Mon - Castellanos; ...",
# "night float: Osei-Tutu, backup: Rasmussen", "Attendings this block: Oduya (wards), ..."
_DUTY_HEAD = gated(
    r"[ \t>*-]*(?:[\w/&-]+\s+){0,3}?(?:schedule|attendings|chiefs|call|night\s+float|nf|"
    r"backup|back-up|jeopardy|coverage|presenters|speakers|faculty|moderators|judges|"
    r"references)\b[^:\n]{0,24}:", words=False)


# A day of the week given to someone, item by item: "Mon - Castellano; Tue - Whitfield"
_DAY_BEFORE = gated(
    r"(?:^|[;,|\n]|:)[ \t]*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?[ \t]*"
    r"[-\u2013\u2014:][ \t]*$", words=False)
_ITEM_ENDS = lazy(r"[ \t]*(?:[;,|\n(]|$)")


def duty_after(lower: str, end: int = 0) -> bool:
    """Does a duty of the schedule or a role follow the name ending at `end`?"""
    return _DUTY_AFTER.match(lower, end) is not None


def duty_row(lower: str, start: int, end: int) -> bool:
    """A name given a duty or a role in a schedule's or a roster's row."""
    if duty_after(lower, end):
        return True
    if _DAY_BEFORE.search(lower, max(0, start - 16), start) and _ITEM_ENDS.match(lower, end):
        return True  # "Mon - Castellano; Tue - Whitfield": a call schedule's days
    line = lower.rfind("\n", 0, start) + 1
    head = _DUTY_HEAD.match(lower, line)
    return head is not None and head.end() <= start


def is_colleague_by_syntax(ctx: MessageContext, start: int, end: int, care: bool = False) -> bool:
    """A bare name the sentence gives to a colleague, an author or the sender's companion.

    `care`: the sentence tells of someone's care; then only a quotation ("As Osler said") or a
    citation ("Smith et al.") gives the name away, as a patient may be met or thanked too.
    """
    lower = ctx.lower
    before_start = max(ctx.sentence_span(start)[0], start - 40)
    if _TREATS_A_PATIENT.match(lower, end):
        return True  # "Ahmed presented our patient at morning report": a clinician
    if role_in_row(lower, end):
        return True
    if _HELPED_WRITER.match(lower, end) or _AUTHORED_WORK.match(ctx.text, end):
        return True
    if _STAFFED.match(ctx.text, end) or _named_thing_after(ctx.text, start, end):
        return True
    if _DOES_TEAM_WORK.match(lower, end):
        return True  # "Arturo led the debrief", "Ezra is covering my clinic"
    if care:
        if _WITH_ME_AFTER.match(lower, end) and COUNTED_GROUP.search(lower, *ctx.sentence_span(
                start)) and not THIRD_PERSON.search(lower, end, ctx.sentence_span(start)[1]):
            return True  # "Babajide and I covered nights and admitted six patients": the
            # patients are a counted group, the one beside the writer a co-worker
        return bool(_AS_BEFORE.search(lower, before_start, start)
                    and _QUOTED_AFTER.match(lower, end)) or lower.startswith(" et al", end) or bool(
            _CITED_BY.search(lower, before_start, start) and _CITED_YEAR.match(ctx.text, end))
    if duty_row(lower, start, end):
        return True  # "night float: Osei-Tutu", "Mbeki - journal club": a roster's
    if _ASKED_BEFORE.search(lower, before_start, start) and _ASKED_FOR_WORK.match(lower, end):
        return True  # "ask Keziah to be second author": a role in the writer's work
    span = ctx.sentence_span(start)
    titled = _TITLED_WORK.search(ctx.text, start, end) or _TITLED_WORK.match(ctx.text, end)
    if titled and _READING.search(lower, *span):
        return True  # "Atul Gawande's Complications": a run that holds the title of a work
    if _PRAISED_BEFORE.search(lower, before_start, start):
        return not _AS_BEFORE.search(lower, before_start, start) or bool(
            _QUOTED_AFTER.match(lower, end))
    if _COLLEAGUE_AFTER.match(lower, end):
        return True
    s_end = ctx.sentence_span(start)[1]
    # the name is what the pronoun of the next sentence refers to: near its sentence's end
    return bool(_ROLE_NEXT.match(lower, s_end)) and lower.count(" ", start, s_end) <= 12
