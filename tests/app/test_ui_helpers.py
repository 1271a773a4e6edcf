"""The app's plain helpers: exports, highlighting, suggestions, the form's request."""

from __future__ import annotations

import datetime as dt
from email import policy
from email.parser import BytesParser
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from assistant.errors import InputError
from assistant.models import Finding, Sender
from assistant.ui import export, findings, forms

SENDER = Sender(name="Maya Chen", email="maya.chen@hospital.org", role="PGY-1")


def parse(data: bytes):
    return BytesParser(policy=policy.default).parsebytes(data)


def test_eml_is_a_real_message_with_to_and_from() -> None:
    data = export.build_eml(
        "Thank you — SGIM", "Dear Dr. Okafor,\n\nThank you.\n\nMaya", sender=SENDER,
        to_name="Dr. Ada Okafor", to_email="ada.okafor@univ.edu",
    )
    msg = parse(data)
    assert msg["Subject"] == "Thank you — SGIM"
    assert msg["To"].addresses[0].addr_spec == "ada.okafor@univ.edu"
    assert msg["To"].addresses[0].display_name == "Dr. Ada Okafor"
    assert msg["From"].addresses[0].addr_spec == "maya.chen@hospital.org"
    assert msg["Date"] and msg["Message-ID"]
    assert msg.get_content() == "Dear Dr. Okafor,\n\nThank you.\n\nMaya\n"
    assert all(b < 128 for b in data)  # non-ASCII subject is encoded, not raw


@pytest.mark.parametrize("email", [None, "", "not an address", "a@b@c", "  "])
def test_eml_leaves_to_out_without_a_usable_address(email: str | None) -> None:
    msg = parse(export.build_eml("Hi", "Body", to_name="Dr. Lee", to_email=email))
    assert msg["To"] is None
    assert msg["From"] is None  # no profile: nothing guessed
    assert msg.get_content().strip() == "Body"


def test_eml_survives_header_injection_in_subject() -> None:
    msg = parse(export.build_eml("Hello\nBcc: evil@example.com", "Body"))
    assert msg["Bcc"] is None
    assert msg["Subject"] == "Hello Bcc: evil@example.com"


def test_text_export_has_subject_line_only_when_there_is_a_subject() -> None:
    assert export.as_text("Coffee", "Body\n") == "Subject: Coffee\n\nBody\n"
    assert export.as_text(None, "Note") == "Note\n"
    assert export.as_text("  ", "Note") == "Note\n"


def test_mailto_encodes_subject_and_body() -> None:
    url = export.mailto_link("ada@univ.edu", "Coffee & SGIM?", "Line 1\nLine 2 100%")
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "ada@univ.edu"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Coffee & SGIM?"]
    assert query["body"] == ["Line 1\r\nLine 2 100%"]


def test_mailto_without_address_still_opens_a_message() -> None:
    url = export.mailto_link(None, "Hi", "x")
    assert url.startswith("mailto:?subject=Hi")
    assert export.mailto_link("bad address", None, "") == "mailto:"


def test_safe_filename() -> None:
    assert export.safe_filename("Thank you — SGIM 2026!") == "thank-you-sgim-2026"
    assert export.safe_filename("———") == "draft"


@pytest.mark.parametrize(
    ("subject", "body"),
    [("Coffee at SGIM", "Dear Dr. Lee,\n\nHi."), ("", "\nstarts blank"), (None, "note only")],
)
def test_compose_and_split_round_trip(subject: str | None, body: str) -> None:
    text = findings.compose_text(subject, body)
    assert findings.split_text(text, subject is not None) == (subject, body)


def test_apply_suggestion_replaces_only_the_span() -> None:
    text = "Hey Dr. Lee, thanks"
    f = Finding(code="greeting", severity="warning", message="casual", start=0, end=3,
                suggestion="Dear")
    assert findings.can_apply(f, text)
    assert findings.apply_suggestion(text, f) == "Dear Dr. Lee, thanks"


@pytest.mark.parametrize(
    "finding",
    [
        Finding(code="no_thanks", severity="warning", message="m", suggestion="Say thanks"),
        Finding(code="x", severity="info", message="m", start=5, end=2, suggestion="y"),
        Finding(code="x", severity="info", message="m", start=0, end=999, suggestion="y"),
        Finding(code="x", severity="info", message="m", start=0, end=3),
        Finding(code="x", severity="info", message="m", start=0, end=3, suggestion="Hey"),
    ],
)
def test_suggestions_that_cannot_be_applied_leave_the_text(finding: Finding) -> None:
    text = "Hey Dr. Lee"
    assert not findings.can_apply(finding, text)
    assert findings.apply_suggestion(text, finding) == text


def test_empty_suggestion_deletes_the_span() -> None:
    text = "Thanks 🙂"
    f = Finding(code="emoji", severity="warning", message="m", start=6, end=8, suggestion="")
    assert findings.apply_suggestion(text, f) == "Thanks"


def test_highlight_escapes_everything_and_marks_spans() -> None:
    text = "<script>alert(1)</script> Hey & bye"
    f = Finding(code="greeting", severity="warning", message='Casual "greeting" <b>',
                start=26, end=29)
    out = findings.highlight_html(text, [f])
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "&amp; bye" in out
    assert 'class="finding finding-warning"' in out and ">Hey</mark>" in out
    assert "&quot;greeting&quot; &lt;b&gt;" in out


def test_highlight_overlap_takes_the_most_severe_colour() -> None:
    text = "REALLY URGENT"
    warn = Finding(code="shouting", severity="warning", message="w", start=0, end=13)
    err = Finding(code="x", severity="error", message="e", start=7, end=13)
    out = findings.highlight_html(text, [warn, err])
    assert out.count("<mark") == 2
    assert 'finding-error" title="w · e"' in out
    assert ">REALLY </mark>" in out


def test_highlight_ignores_spans_outside_the_text() -> None:
    f = Finding(code="x", severity="info", message="m", start=3, end=50)
    assert "<mark" not in findings.highlight_html("abc", [f])


def test_sort_findings_puts_errors_first() -> None:
    fs = [Finding(code=c, severity=s, message="m", start=i)
          for i, (c, s) in enumerate([("a", "info"), ("b", "warning"), ("c", "error")])]
    assert [f.code for f in findings.sort_findings(fs)] == ["c", "b", "a"]
    assert findings.sorted_indices(fs) == [2, 1, 0]


def test_char_status() -> None:
    assert findings.char_status("x" * 201, 200) == (201, -1, True)
    assert findings.char_status("x" * 200, 200) == (200, 0, False)


def test_counter_html_shows_count_and_never_the_text() -> None:
    out = findings.counter_html("<img src=x>" * 30, 200, "free")
    assert "<b>330 / 200</b>" in out and "over the limit</span>" in out
    assert "<img" not in out and "const limit = 200" in out
    assert "<b>3 / 300</b>" in findings.counter_html("abc", 300, "premium")


def test_excerpt_gives_context() -> None:
    text = "a" * 40 + "Hey" + "b" * 40
    f = Finding(code="g", severity="warning", message="m", start=40, end=43)
    assert findings.excerpt(text, f, width=5) == "…aaaaaHeybbbbb…"
    text = "Subject: Thanks\n\nHey Dr. Lee,\nGreat talk"
    f = Finding(code="g", severity="warning", message="m", start=17, end=20)
    assert findings.excerpt(text, f) == "Hey Dr. Lee,"
    assert findings.excerpt(text, Finding(code="g", severity="info", message="m")) is None


FORM = {
    "f_kind": "follow_up", "f_tone": "formal", "f_channel": None,
    "f_contact_name": " Dr. Ada Okafor ", "f_contact_relationship": "met_once",
    "f_contact_email": "ada@univ.edu", "f_meeting_event": "SGIM 2026",
    "f_meeting_date": dt.date(2026, 4, 10), "f_meeting_topics": "QI curricula, residents\nGME",
    "f_decisions": "- Fellowship or not\n\nWhich QI project", "f_ask": "", "f_notes": "  ",
}


def test_build_request_from_form_values() -> None:
    req = forms.build_request({**FORM, "f_kind": "mentor_agenda"}, sender=SENDER)
    assert req.decisions == ["Fellowship or not", "Which QI project"]
    req = forms.build_request(FORM, sender=SENDER)
    assert req.kind == "follow_up" and req.tone == "formal" and req.channel is None
    assert req.contact.name == "Dr. Ada Okafor" and req.contact.email == "ada@univ.edu"
    assert req.meeting.date == dt.date(2026, 4, 10)
    assert req.meeting.topics == ["QI curricula", "residents", "GME"]
    assert req.decisions == []  # a mentor-agenda field, hidden for a follow-up
    assert req.ask is None and req.notes is None
    assert req.sender.email == "maya.chen@hospital.org"


def test_form_round_trip_through_saved_request() -> None:
    req = forms.build_request({**FORM, "f_kind": "mentor_agenda"}, sender=SENDER)
    values = forms.form_values(req.model_dump(mode="json", exclude_defaults=True))
    again = forms.build_request(values, sender=SENDER)
    assert again == req


def test_build_request_names_the_bad_field() -> None:
    with pytest.raises(InputError, match="kind"):
        forms.build_request({"f_contact_name": "x"})
    with pytest.raises(InputError, match="contact.relationship"):
        forms.build_request({"f_kind": "introduction", "f_contact_relationship": "boss"})


def test_scan_and_redact_fields_use_the_given_guard() -> None:
    values = {"f_notes": "pt John MRN 123", "f_ask": "coffee", "f_kind": "introduction",
              "f_existing_text": "MRN 9"}  # hidden for an introduction: not scanned

    def find(text: str) -> list[str]:
        return ["MRN"] if "MRN" in text else []

    hits = forms.scan_fields(values, find)
    assert hits == [("f_notes", "Pasted notes", "MRN")]
    new = forms.redact_fields(values, {"f_notes"}, lambda t: (t.replace("123", "[MRN]"), {}))
    assert new == {"f_notes": "pt John MRN [MRN]"}


def test_reopened_fields_fit_their_widgets() -> None:
    """Topics go back into a one-line text input: separated by commas, never by line breaks
    (a text input drops them, gluing 'handoffs' to 'resident'); tone and channel come back."""
    topics = ["night float handoffs", "resident QI curricula", "sepsis bundles"]
    values = forms.form_values({"kind": "follow_up", "tone": "formal", "channel": "email",
                                "meeting": {"topics": topics}, "decisions": ["a", "b"]})
    assert values["f_meeting_topics"] == "night float handoffs, resident QI curricula, " \
                                         "sepsis bundles"
    assert values["f_decisions"] == "a\nb"
    assert (values["f_tone"], values["f_channel"]) == ("formal", "email")
    assert forms.build_request(values).meeting.topics == topics
