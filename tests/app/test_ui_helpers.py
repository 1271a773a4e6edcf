"""The app's plain helpers: export headers, findings order, the form's request."""

from __future__ import annotations

import base64
import datetime as dt
from email import policy
from email.parser import BytesParser

import pytest

from assistant.errors import InputError
from assistant.models import Finding, Sender
from assistant.ui import export, findings, forms

SENDER = Sender(name="Maya Chen", email="maya.chen@hospital.org", role="PGY-1")


def parse(data: bytes):
    return BytesParser(policy=policy.default).parsebytes(data)


def test_eml_head_has_to_and_from_and_a_base64_utf8_body() -> None:
    head = export.eml_head(sender=SENDER, to_name="Dr. Ada Okafor",
                           to_email="ada.okafor@univ.edu")
    subject = "=?utf-8?b?" + base64.b64encode("Thank you — SGIM".encode()).decode() + "?="
    body = base64.b64encode(b"Dear Dr. Okafor,\r\n\r\nThank you.\r\n").decode()
    msg = parse(f"Subject: {subject}\r\n{head}\r\n\r\n{body}\r\n".encode())  # as editor.js
    assert msg["Subject"] == "Thank you — SGIM"
    assert msg["To"].addresses[0].addr_spec == "ada.okafor@univ.edu"
    assert msg["To"].addresses[0].display_name == "Dr. Ada Okafor"
    assert msg["From"].addresses[0].addr_spec == "maya.chen@hospital.org"
    assert msg["Date"] and msg["Message-ID"] and msg["X-Unsent"] == "1"
    assert msg.get_content().replace("\r\n", "\n") == "Dear Dr. Okafor,\n\nThank you.\n"
    assert head.isascii() and "Subject" not in head


@pytest.mark.parametrize("email", [None, "", "not an address", "a@b@c", "  "])
def test_eml_head_leaves_to_out_without_a_usable_address(email: str | None) -> None:
    head = export.eml_head(to_name="Dr. Lee", to_email=email)
    assert "To:" not in head and "From:" not in head  # no profile: nothing guessed
    assert export.usable_address(email) == ""


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


def test_sort_findings_puts_errors_first() -> None:
    fs = [Finding(code=c, severity=s, message="m", start=i)
          for i, (c, s) in enumerate([("a", "info"), ("b", "warning"), ("c", "error")])]
    assert [f.code for f in findings.sort_findings(fs)] == ["c", "b", "a"]


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


def test_history_groups_re_drafts_and_shows_local_time() -> None:
    from datetime import datetime
    from types import SimpleNamespace

    from assistant.ui.history import group_versions, local_time

    def d(n: int, kind: str, name: str, event: str, cid: int | None = None) -> SimpleNamespace:
        return SimpleNamespace(id=n, kind=kind, contact_id=cid,
                               request={"contact": {"name": name}, "meeting": {"event": event}})

    drafts = [d(5, "follow_up", "Dr. Ada Okafor", "SGIM"), d(4, "follow_up", "dr. ada  okafor",
              "sgim"), d(3, "update", "Dr. Ada Okafor", "SGIM"), d(2, "follow_up", "Dr. Lee", "")]
    assert [[x.id for x in g] for g in group_versions(drafts)] == [[5, 4], [3], [2]]
    utc = datetime(2026, 11, 29, 18, 5)
    assert local_time(utc, "America/New_York") == "2026-11-29 13:05"
    assert local_time(utc, "Not/AZone") != ""  # an unknown zone falls back, never fails
    assert local_time(None) == ""


def test_server_side_eml_and_mail_link() -> None:
    msg = parse(export.build_eml("Hello\nBcc: evil@example.com", "Body", sender=SENDER,
                                 to_name="Dr. Lee", to_email="lee@univ.edu"))
    assert msg["Bcc"] is None and msg["Subject"] == "Hello Bcc: evil@example.com"
    assert msg["To"].addresses[0].addr_spec == "lee@univ.edu"
    assert msg.get_content() == "Body\n"
    assert export.mailto_link("lee@univ.edu", "Coffee & SGIM?", "a\nb") == (
        "mailto:lee@univ.edu?subject=Coffee%20%26%20SGIM%3F&body=a%0D%0Ab")
    assert export.mailto_link("bad address", None, "") == "mailto:"
