"""Row 5: links found by shape (any domain, with or without a scheme or a path), phone numbers
in international formats and money, gift cards, credentials or transfers asked for in words are
removed from a model's draft with a notice, never left with a mere warning. Both directions are
tested: the look-alikes (e.g., Dr.Smith, 3.5, cv.pdf) are not links."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.guard import scan
from assistant.models import DraftRequest
from assistant.text.patterns import find_links, find_phones
from tests.drafting.conftest import GOOD_DRAFT, FakeOpenAI

LINKS = [  # (text, the link in it)
    ("visit evil.ru/pay today", "evil.ru/pay"),
    ("see evil.ru.", "evil.ru"),
    ("EVIL.RU", "EVIL.RU"),
    ("go to https://evil.example/pay?x=1.", "https://evil.example/pay?x=1"),
    ("hxxp://evil.ru/x", "hxxp://evil.ru/x"),
    ("ftp://files.evil.net", "ftp://files.evil.net"),
    ("(www.acc.org)", "www.acc.org"),
    ("tiny link bit.ly/3abc", "bit.ly/3abc"),
    ("see x.example for more", "x.example"),
    ("my-clinic.health/book", "my-clinic.health/book"),
    ("shop.evil.co.uk/cart", "shop.evil.co.uk/cart"),
    ("пример.рф/путь", "пример.рф/путь"),
    ("xn--80ak6aa92e.com", "xn--80ak6aa92e.com"),
    ("evil.com:8080", "evil.com:8080"),
    ("localhost:8080/admin", "localhost:8080/admin"),
    ("at 203.0.113.7/pay", "203.0.113.7/pay"),
    ("evil.zip/x", "evil.zip/x"),  # a file-name ending with a path is a link
]
NOT_LINKS = [
    "e.g. this", "i.e. that", "Dr.Smith said", "St.Louis", "version 3.5 of the tool",
    "my cv.pdf is attached", "notes.docx", "Ph.D. student", "9 a.m. meeting", "U.S. News",
    "ana@hopkins.edu", "1.5mg dose", "Jan.2026", "Node.js", "p. 12", "meeting.Thanks",
]
PHONES = [
    ("call +44 20 7946 0958 now", "+44 20 7946 0958"),
    ("+33 (0)1 42 68 53 00", "+33 (0)1 42 68 53 00"),
    ("0044 20 7946 0958", "0044 20 7946 0958"),
    ("+49-30-901820", "+49-30-901820"),
    ("+1 617 555 0142", "+1 617 555 0142"),
    ("(617) 555-0142", "(617) 555-0142"),
    ("6175550142", "6175550142"),
]
NOT_PHONES = ["on 2026-05-06", "PGY-1 in 2026", "score +3 4 5", "ISBN 978-3-16-148410-0",
              "from 9 to 5", "room 4512"]
REQUESTS = [
    "transfer 500 dollars via Western Union",
    "send me your password",
    "please buy gift cards for the team",
    "buy some iTunes cards",
    "wire me 1,500 USD",
    "send 3 BTC to my wallet",
    "give me a few hundred bucks",
    "share your login details",
    "what is your PIN",
    "€50 by Friday",
    "send it through MoneyGram",
]
NOT_REQUESTS = [
    "I will transfer to the ICU rotation", "we should pin down a date",
    "Could you send me your CV?", "I will pay attention to that",
    "the 2 million dollar grant you won",  # news, not a request for money
]
REQUEST = DraftRequest.model_validate({
    "kind": "follow_up", "today": "2026-05-08",
    "sender": {"name": "Priya Shah", "signature": "Priya Shah\nPGY-1, UCSF\n(415) 555-0100"},
    "contact": {"name": "Dr. Amara Okafor"},
    "meeting": {"event": "SGIM 2026", "date": "2026-05-06",
                "topics": ["hospital-at-home programs"]}})


@pytest.mark.parametrize(("text", "link"), LINKS)
def test_links_by_shape(text: str, link: str) -> None:
    assert [text[s:e] for s, e in find_links(text)] == [link]
    assert [f.code for f in scan(text, REQUEST)] == ["invented_contact"]


@pytest.mark.parametrize("text", NOT_LINKS)
def test_look_alikes_are_not_links(text: str) -> None:
    assert find_links(text) == []
    assert [f for f in scan(text, REQUEST) if "link" in f.message] == []


@pytest.mark.parametrize(("text", "phone"), PHONES)
def test_phones_in_any_format(text: str, phone: str) -> None:
    assert [text[s:e] for s, e in find_phones(text)] == [phone]
    assert [f.code for f in scan(text, REQUEST)] == ["invented_contact"]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_numbers_that_are_not_phones(text: str) -> None:
    assert find_phones(text) == []


def test_the_senders_own_phone_and_link_stay() -> None:
    own = REQUEST.model_copy(update={"ask": "my poster is at priya.dev/poster"})
    assert scan("Reach me at (415) 555-0100 or priya.dev/poster.", own) == []


@pytest.mark.parametrize("text", REQUESTS)
def test_money_and_credentials_in_words(text: str) -> None:
    assert "suspicious_request" in {f.code for f in scan(text, REQUEST)}


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_ordinary_sentences_are_not_requests(text: str) -> None:
    assert scan(text, REQUEST) == []


HOSTILE = ("Dear Dr. Okafor,\n\nThank you for speaking with me at SGIM 2026 about "
           "hospital-at-home programs. Please visit evil.ru/pay and transfer 500 dollars via "
           "Western Union, or call +44 20 7946 0958. I look forward to staying in touch.\n\n"
           "Best regards,\nPriya Shah")


@pytest.mark.parametrize("streaming", [False, True], ids=["structured", "streaming"])
def test_a_hostile_model_reply_never_reaches_the_body(streaming: bool, fake_openai: FakeOpenAI,
                                                      llm_settings: Settings) -> None:
    """The issue's probe, against the real local server: the first answer and the revision
    both carry it; the body keeps the rest of the message and the notice says what went."""
    hostile = {**GOOD_DRAFT, "body": HOSTILE}
    fake_openai.then({"draft": hostile}, {"draft": hostile})
    result = draft(REQUEST, engine="llm", settings=llm_settings,
                   on_token=(lambda _t: None) if streaming else None)
    assert len(fake_openai.requests) == 2  # it was sent back for revision first
    for gone in ("evil.ru", "500 dollars", "Western Union", "7946"):
        assert gone not in result.body
    assert "Thank you for speaking with me at SGIM 2026" in result.body
    assert result.notice and "Removed from the draft" in result.notice
    assert not [f for f in result.findings if f.code in ("invented_contact",
                                                         "suspicious_request")]
