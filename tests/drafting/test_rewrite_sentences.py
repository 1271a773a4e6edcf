"""The LinkedIn rewrite leaves whole sentences: a register filler between two clauses is dropped
and the boundary restored, a subjectless "would be great to ..." gets its "it", a trailing
call to action ("hmu", "lmk", "thx") becomes its own sentence, shorthand is written out by the
project's one table; a note that is already well written comes back as typed."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.models import DraftRequest
from tests.drafting.invention import inventions

# (contact, note as the resident typed it, the rewrite)
CHANGED = [
    ("Dr. Ravi Menon",
     "heyyy dr menon!! loved ur talk at ACEP tbh it was sooo good. im a pgy1 em and would be "
     "dope to chat abt ultrasound sometime lol hmu",
     "Dear Dr. Menon, I loved your talk at ACEP. It was so good. I'm a PGY-1 emergency medicine "
     "resident and it would be great to chat about ultrasound sometime. Let me know."),
    ("Dr. Lena Park",
     "hi dr park, loved ur poster at SGIM lol it was so clear. would be great to hear more abt "
     "ur qi work",
     "Hi Dr. Park, I loved your poster at SGIM. It was so clear. It would be great to hear more "
     "about your QI work."),
    ("Dr. Omar Haddad",
     "hey dr haddad great chatting at the cards dinner ngl i learned a lot. im a pgy2 im and "
     "would be awesome to shadow in clinic sometime lmk",
     "Dear Dr. Haddad, great chatting at the cardiology dinner. I learned a lot. I'm a PGY-2 "
     "internal medicine resident and it would be wonderful to shadow in clinic sometime. Let me "
     "know."),
    ("Dr. Grace Liu",
     "dr liu thx so much for the advice on step 3. it helped a ton tbh",
     "Dr. Liu, thank you so much for the advice on Step 3. It helped a ton."),
    ("Dr. Tomás Ibáñez",
     "hi dr ibáñez, really enjoyed ur workshop on pocus tbh i want to use it on nights. would be "
     "an honor to learn from u, hmu",
     "Hi Dr. Ibáñez, I really enjoyed your workshop on POCUS. I want to use it on nights. It "
     "would be an honor to learn from you. Let me know."),
]
# Already well written: nothing the checks flag, so nothing changes ("would be glad to" shares
# the clause's "I"; a call to action that is a sentence already stays one).
UNCHANGED = [
    ("Dr. Sofia Reyes",
     "Dear Dr. Reyes, thank you for your talk on sepsis at ACEP. I am a PGY-1 in emergency "
     "medicine and would be glad to learn more about your research."),
    ("Dr. Amara Okafor",
     "Hi Dr. Okafor, I enjoyed your workshop on quality improvement. It would be great to stay "
     "in touch."),
    ("Dr. Ben Adler",
     "Dr. Adler, thank you for meeting with me last week. I appreciated your advice about "
     "fellowship applications and would be happy to send you my CV."),
    ("Dr. Nia Brooks",
     "Hello Dr. Brooks, I am a second-year internal medicine resident interested in cardiology. "
     "I would value the chance to connect."),
    ("Dr. Karim Saleh",
     "Dear Dr. Saleh, your talk at SHM was excellent. I am a PGY-3 and would be excited to "
     "discuss hospital medicine careers. Let me know if a short call works."),
]


def _rewrite(settings: Settings, contact: str, note: str) -> tuple[DraftRequest, str]:
    request = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "existing_text": note, "contact": {"name": contact}})
    return request, draft(request, engine="offline", settings=settings).body


@pytest.mark.parametrize(("contact", "note", "expected"), CHANGED,
                         ids=[c for c, _, _ in CHANGED])
def test_a_casual_note_is_rewritten_in_whole_sentences(
    built_index: Settings, contact: str, note: str, expected: str
) -> None:
    request, body = _rewrite(built_index, contact, note)
    assert body == expected
    assert inventions(body, request) == [], body


@pytest.mark.parametrize(("contact", "note"), UNCHANGED, ids=[c for c, _ in UNCHANGED])
def test_a_well_written_note_comes_back_as_typed(
    built_index: Settings, contact: str, note: str
) -> None:
    assert _rewrite(built_index, contact, note)[1] == note
