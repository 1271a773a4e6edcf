"""An update's news read into its parts before it is written (update_parts.py, update_read.py,
update_typed.py): a list however it is typed, a question to the reader asked as one, an apology
for writing late said once, a patient described by age and sex left undescribed, the reader's
first name in the possessive as "your", thanks with nothing named, an exam's bare score, a
stage ("in review"), a delay as a setback. Wordings here are new, not from the drafting corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.engines.offline import parse, update_read, update_typed
from assistant.engines.offline import update as upd
from assistant.engines.offline.context import Ctx
from assistant.engines.offline.update_parts import as_list, news_parts
from assistant.models import DraftRequest

REQUEST = DraftRequest.model_validate({
    "kind": "update", "today": "2027-03-01",
    "contact": {"name": "Dr. Ilse Vandermeer", "relationship": "mentor"}})


def _ctx(**fields: object) -> Ctx:
    request = DraftRequest.model_validate({**REQUEST.model_dump(exclude_none=True), **fields})
    return Ctx(parse.understand(request).request, Settings(_env_file=None))


@pytest.mark.parametrize(("typed", "items"), [
    ("- passed the OSCE\n- started the QI elective", "passed the OSCE; started the QI elective"),
    ("• ABIM done\n• moving in May\n", "ABIM done; moving in May"),
    ("1. poster printed\n2. flights booked", "poster printed; flights booked"),
    ("1) K12 letter in 2) interview on 4/2", "K12 letter in; interview on 4/2"),
    ("(a) ITE over (b) elective set", "ITE over; elective set"),
    ("a) abstract in b) slides due friday", "abstract in; slides due friday"),
    ("abstract in / slides next / travel booked", "abstract in; slides next; travel booked"),
    ("abstract in | slides next", "abstract in; slides next"),
    ("IRB done.\n- consent forms printed", "IRB done. consent forms printed"),
    # one item: as typed; slashes with no space are words ("w/", "b/c", "3/14", "and/or")
    ("matched w/ my partner b/c of the couples match on 3/14", "matched w/ my partner b/c of "
     "the couples match on 3/14"),
    ("applying in IM and/or peds", "applying in IM and/or peds"),
    ("so proud (a) of this", "so proud (a) of this"),
])
def test_a_list_is_read_into_its_items(typed: str, items: str) -> None:
    assert as_list(typed) == items


@pytest.mark.parametrize(("typed", "news", "questions", "apology"), [
    ("got the Tacoma offer. would it be crazy to ask for a later start?",
     "got the Tacoma offer.", ["Would it be crazy to ask for a later start?"], False),
    ("K08 triaged - should i resubmit or switch to an R03?", "K08 triaged",
     ["Should I resubmit or switch to an R03?"], False),
    ("chief year starts july; any chance u could look at my teaching plan?",
     "chief year starts july", ["Would you be willing to look at my teaching plan?"], False),
    ("sorry for the slow reply!! finished the MPH", "finished the MPH", [], True),
    ("long time no talk - matched neuro at Emory", "matched neuro at Emory", [], True),
    ("it's been ages. signed with a group in Boise", "signed with a group in Boise", [], True),
    ("so a lot has happened since the fall. the grant got funded",
     "the grant got funded", [], False),
    # no question opener, a short exclamation, a "?!": news as typed
    ("got scooped?! sending it to JGIM", "got scooped?! sending it to JGIM", [], False),
    ("matched?", "matched?", [], False),
    ("passed boards - sorry state of my sleep though",
     "passed boards - sorry state of my sleep though", [], False),
    # the frame typed before the news and praise of the reader are the message's own to say
    ("just wanted to let u know that the K23 got a score", "the K23 got a score", [], False),
    ("funded!! you're the best", "funded!!", [], False),
])
def test_news_is_read_into_its_parts(typed: str, news: str, questions: list[str],
                                     apology: bool) -> None:
    parts = news_parts(typed)
    assert (parts.news, parts.questions, parts.apology) == (news, questions, apology)


@pytest.mark.parametrize(("news", "sentence"), [
    ("ECG curriculum adopted by the dept; journal club moved to thursdays",
     "I wanted to share that the ECG curriculum was adopted by the department and the journal "
     "club was moved to Thursdays."),
    ("fellowship start delayed to 2028 bc of the hiring freeze", "I wanted to let you know "
     "that the fellowship start was delayed to 2028 because of the hiring freeze."),
    ("passed step 1, step 2 ck 251", "I wanted to share that I passed Step 1 and scored 251 "
     "on Step 2 CK."),
    ("MCAT 517", "I wanted to share that I scored 517 on MCAT."),
    ("ITE 64th percentile", "I wanted to share that I scored in the 64th percentile on the ITE."),
    ("protocol paper under review at BMJ Open", "I wanted to share that the protocol paper is "
     "under review at BMJ Open."),
    ("the scholarly project on hold till fall", "I wanted to share that the scholarly project is "
     "on hold till fall."),
    ("ERAS submitted", "I wanted to share that the ERAS was submitted."),
    ("thanks to your call, the Duke lab took me for the summer", "I wanted to share that the "
     "Duke lab took me for the summer, thanks to your call."),
    ("had to withdraw my Fulbright application", "I wanted to let you know that I had to "
     "withdraw my Fulbright application."),
    # a noun item takes the verb its shape asks for, an aside is read around
    ("IRB approved; site visit on 2/12", "I wanted to share that the IRB was approved and the "
     "site visit is on February 12."),
    ("boards booked, results next week", "I wanted to share that the boards are booked and the "
     "results are next week."),
    ("wellness survey done, burnout 61% to 44%", "I wanted to share that the wellness survey is "
     "done and the burnout went from 61% to 44%."),
    ("moved to Tacoma; back on service in june", "I wanted to share that I moved to Tacoma and "
     "will be back on service in June."),
    ("still no word from the K awards study section", "I wanted to let you know that I still "
     "have no word from the K awards study section."),
    ("withdrew from the chief search", "I wanted to let you know that I withdrew from the chief "
     "search."),
    ("R21: not funded, score 52", "I wanted to let you know that the R21 was not funded and "
     "the score was 52."),
    ("finished the pilot, coaching award nomination, and I'm mentoring two students",
     "I wanted to share that I finished the pilot, have a coaching award nomination, and I'm "
     "mentoring two students."),
    ("poster at SHM (invited!), and I'm teaching the stats course",
     "I wanted to share that I have a poster at SHM (invited!) and I'm teaching the stats "
     "course."),
    ("I presented at ASH, met the Utah group, and got a second interview",
     "I wanted to share that I presented at ASH, met the Utah group, and got a second "
     "interview."),
    ("ICU rotation update: night float cut to 4 weeks", "I wanted to share an update on the "
     "ICU rotation: night float cut to 4 weeks."),
    ("ok so update: IRB approved", "I wanted to share that the IRB was approved."),
    ("update on the sim project: 2 sessions run, 30 learners", "I wanted to share an update on "
     "the simulation project: 2 sessions run, 30 learners."),
    ("the board delayed the vote. now expected in june", "I wanted to let you know that the "
     "board delayed the vote and it is now expected in June."),
    ("site visit scheduled for 5/2", "I wanted to share that the site visit is scheduled for "
     "5/2."),
    ("matched at Baylor - pediatric neurology!", "I wanted to share that I matched at Baylor in "
     "pediatric neurology."),
])
def test_news_items_get_their_verb_and_tone(news: str, sentence: str) -> None:
    assert upd.news_sentence(news_parts(parse.phrase(news, REQUEST) or "").news) == sentence


@pytest.mark.parametrize(("typed", "plain"), [
    ("my poster on the 67F w/ wegener's got picked", "my poster on the patient w/ wegener's got "
     "picked"),
    ("the case (45 yo M, post-op day 3) went to M&M", "the case went to M&M"),
    ("presented a 19 y/o woman with lupus nephritis", "presented a patient with lupus "
     "nephritis"),
    ("won 2nd place for the case", "won 2nd place for the case"),  # no age, no sex: as typed
    ("published in BLOOD", "published in BLOOD"),  # a journal's own capitals
    ("VERY happy about it", "very happy about it"),
    ("about ~40 residents came", "about about 40 residents came"),
    ("K99 = funded, IRB = done", "K99 funded, IRB is done"),
    ("passed w 238", "passed with 238"),
    ("s/p my away at UCSF, applying GI", "finished my away at UCSF, applying GI"),
])
def test_a_patient_is_not_described_and_a_journal_keeps_its_name(typed: str, plain: str) -> None:
    assert update_typed.plain(typed) == plain


@pytest.mark.parametrize(("typed", "plain"), [
    ("will lmk how the interview goes", "will let you know how the interview goes"),
    ("I'll let me know when I hear", "I'll let you know when I hear"),
    ("im on the wellness committee now", "I'm on the wellness committee now"),
    # not a frame this reads: the grammar check's own fix restores the apostrophe
    ("im sure it will work", "I'm sure it will work"),
    ("not gonna lie the exam was rough", "the exam was rough"),
])
def test_typed_phrases_read_as_meant(typed: str, plain: str) -> None:
    assert update_typed.fixed(_ctx(), typed) == plain


@pytest.mark.parametrize(("credit", "sentence"), [
    ("ty!!", "Thank you again for your guidance along the way."),
    ("thanks so much", "Thank you again for your guidance along the way."),
    ("ok", "Thank you again for your guidance along the way."),
    ("ilse's read of the aims", "Your read of the aims made a real difference along the way — "
     "thank you."),
    ("Dr. ILSE's edits", "Your edits made a real difference along the way — thank you."),
    ("your coaching since ms1", "Your coaching since my first year of medical school made a "
     "real difference along the way — thank you."),
    ("honestly your whole approach", "Your whole approach made a real difference along the "
     "way — thank you."),
])
def test_credit_with_nothing_named_or_the_readers_first_name(credit: str, sentence: str) -> None:
    ctx = _ctx(update={"credit": credit})
    fixed = update_typed.with_fixes(ctx).update.credit or ""
    assert upd.credit_sentence(ctx, fixed, "news") == sentence


@pytest.mark.parametrize(("news", "tone"), [
    ("start date pushed back a month", "setback"), ("withdrew from the match", "setback"),
    ("talk postponed to May", "setback"), ("matched!", "news"),
])
def test_a_delay_or_a_withdrawal_is_a_setback(news: str, tone: str) -> None:
    assert update_read.tone(news) == tone


@pytest.mark.parametrize(("met", "apology", "said"), [
    ("2026-05-02", False, "It has been a while since we last connected."),
    ("2027-01-20", True, "I am sorry it has been so long since my last update."),
    ("2027-01-20", False, ""),
    (None, False, ""),
])
def test_a_late_update_says_so_once(met: str | None, apology: bool, said: str) -> None:
    ctx = _ctx(meeting={"date": dt.date.fromisoformat(met)} if met else {})
    assert upd.late_sentence(ctx, apology) == said


def test_the_question_is_asked_and_the_apology_said(built_index: Settings) -> None:
    request = DraftRequest.model_validate({
        **REQUEST.model_dump(exclude_none=True),
        "update": {"news": "sorry for going quiet! got the Tacoma offer - should i negotiate "
                           "the start date?", "credit": "ilse's contract tips"}})
    body = draft(request, engine="offline", settings=built_index).body
    assert "I am sorry it has been so long since my last update." in body
    assert "I wanted to share that I got the Tacoma offer." in body
    assert "Should I negotiate the start date?" in body
    assert "Your contract tips" in body and "ilse" not in body.lower().split(",", 1)[1]
    assert "sorry for going quiet" not in body
