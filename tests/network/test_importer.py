"""Importing LinkedIn's Connections.csv and mapped CSVs: header detection, de-duplication
against the store and within the file, and the reasons rows are skipped."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.errors import InputError
from assistant.network.csvfile import decode_csv
from assistant.network.importer import import_contacts, parse_mapping, plan_import
from assistant.storage import ContactRecord
from assistant.storage.keys import url_key


def _text(path) -> str:
    return path.read_text(encoding="utf-8")


def test_linkedin_export_is_read_past_its_notes(store, connections_csv):
    report = import_contacts(store, _text(connections_csv))
    assert report.total == 13
    assert report.imported == 9
    by_name = {c.name: c for c in store.list_contacts()}
    assert set(by_name) == {
        "Priya Raman", "Zoë Łukasiewicz", "José Núñez", "Marcus O'Brien", "Aisha Bello",
        "Wei Zhang", "Emily Chen", 'Sarah "Sally" Kim',
    }
    priya = by_name["Priya Raman"]
    assert priya.title == "Program Director, Internal Medicine Residency"  # quoted comma
    assert priya.institution == "Massachusetts General Hospital"
    assert priya.email == "priya.raman@example.org"
    assert priya.linkedin_url == "https://www.linkedin.com/in/priya-raman-md"
    assert priya.connected_on == date(2024, 11, 12)
    assert by_name["José Núñez"].institution == "University of California, San Francisco"
    assert by_name["Zoë Łukasiewicz"].email is None  # empty email stays empty
    assert by_name["Emily Chen"].institution is None


def test_skipped_rows_name_their_reason(store, connections_csv):
    report = import_contacts(store, _text(connections_csv))
    reasons = {s.row: s.reason for s in report.skipped}
    assert reasons == {
        10: "duplicate of row 5 (same email)",
        11: "missing name",
        16: "duplicate of row 7 (same LinkedIn URL)",
        17: "malformed date '31 Sept 2025' in 'Connected On' (expected e.g. '12 Nov 2024')",
    }
    assert report.imported + len(report.skipped) == report.total


def test_two_people_with_one_name_but_different_profiles_are_both_kept(store, connections_csv):
    import_contacts(store, _text(connections_csv))
    zhangs = [c for c in store.list_contacts() if c.name == "Wei Zhang"]
    assert {c.institution for c in zhangs} == {"Stanford Health Care", "Mayo Clinic"}


def test_reimporting_the_same_file_imports_nothing(store, connections_csv):
    first = import_contacts(store, _text(connections_csv))
    second = import_contacts(store, _text(connections_csv))
    assert first.imported == 9
    assert second.imported == 0
    assert len(store.list_contacts()) == 9
    dup_reasons = [s.reason for s in second.skipped if s.reason.startswith("duplicate")]
    assert len(dup_reasons) == 11
    assert all("contact #" in r or "row " in r for r in dup_reasons)


def test_bom_and_crlf_are_handled(store, connections_csv):
    data = b"\xef\xbb\xbf" + _text(connections_csv).replace("\n", "\r\n").encode("utf-8")
    report = import_contacts(store, decode_csv(data))
    assert report.imported == 9


def test_non_utf8_is_refused_with_one_line():
    with pytest.raises(InputError, match="not UTF-8"):
        decode_csv("First Name,Last Name\nZoë,X\n".encode("latin-1"))


@pytest.mark.parametrize(
    ("existing", "row", "reason"),
    [
        (ContactRecord(name="Priya Raman", email="PRIYA@example.org"),
         "Dr. Priya Raman,priya@example.org,", "same email"),
        (ContactRecord(name="P. Raman", linkedin_url="http://linkedin.com/in/praman/"),
         "Priya Raman,,https://www.linkedin.com/in/praman?trk=x", "same LinkedIn URL"),
        (ContactRecord(name="Dr. Priya Raman, MD"), "priya raman,,", "same name"),
        (ContactRecord(name="Priya Raman", email="a@example.org"),
         "Priya Raman,,", "same name"),
    ],
)
def test_duplicates_of_stored_contacts(store, existing, row, reason):
    cid = store.add_contact(existing)
    report = import_contacts(store, f"Name,Email,URL\n{row}\n")
    assert report.imported == 0
    assert report.skipped[0].reason == f"duplicate of contact #{cid} ({existing.name}) ({reason})"


@pytest.mark.parametrize(
    ("existing", "row"),
    [
        (ContactRecord(name="Priya Raman", email="a@example.org"), "Priya Raman,b@example.org,"),
        (ContactRecord(name="Priya Raman", linkedin_url="https://linkedin.com/in/a"),
         "Priya Raman,,https://linkedin.com/in/b"),
    ],
)
def test_same_name_with_conflicting_identity_is_a_different_person(store, existing, row):
    store.add_contact(existing)
    report = import_contacts(store, f"Name,Email,URL\n{row}\n")
    assert report.imported == 1
    assert report.skipped == []


def test_names_without_latin_letters_are_not_merged(store):
    report = import_contacts(store, "Name\n王芳\n李娜\n王芳\n")
    assert report.imported == 2
    assert report.skipped[0].reason == "duplicate of row 2 (same name)"


def test_generic_csv_with_a_mapping(store):
    text = (
        "Full Name,E-mail,Organisation,Role,Stage,Labels,Met\n"
        'Dr. Ana Lima,ana@example.org,"Hospital Sírio-Libanês, São Paulo",Cardiologist,'
        'mentor,"research; cardiology",2025-03-02\n'
    )
    mapping = parse_mapping([
        "name=Full Name", "email=E-mail", "institution=Organisation", "title=Role",
        "relationship=Stage", "tags=Labels", "connected_on=Met",
    ])
    report = import_contacts(store, text, mapping)
    assert report.imported == 1
    (ana,) = store.list_contacts()
    assert ana.institution == "Hospital Sírio-Libanês, São Paulo"
    assert ana.relationship == "mentor"
    assert ana.tags == ["research", "cardiology"]
    assert ana.connected_on == date(2025, 3, 2)


def test_first_and_last_name_mapping(store):
    mapping = parse_mapping(["first_name=Given", "last_name=Family", "email=Mail"])
    report = import_contacts(store, "Given,Family,Mail\nJosé,Núñez,\nAna,,ana@example.org\n",
                             mapping)
    assert report.imported == 2
    assert sorted(c.name for c in store.list_contacts()) == ["Ana", "José Núñez"]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (",,x@example.org,", "missing name"),
        ("Ana,Lima,not-an-email,", "malformed email 'not-an-email'"),
        ("Ana,Lima,,13/31/2025", "malformed date '13/31/2025' in 'Connected On'"),
        ("Ana,Lima,,01 Jan 2025,extra", "5 cells but the header has 4 (an unquoted comma?)"),
    ],
)
def test_unusable_rows_are_skipped_with_a_reason(row, reason):
    text = f"First Name,Last Name,Email Address,Connected On\n{row}\n"
    accepted, skipped, total = plan_import(text)
    assert accepted == [] and total == 1
    assert skipped[0].row == 2
    assert skipped[0].reason.startswith(reason)


def test_unknown_relationship_is_skipped():
    _, skipped, _ = plan_import("Name,Relationship\nAna,boss\n")
    assert skipped[0].reason.startswith("unknown relationship 'boss'")


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (["phone=Phone"], "--map: unknown field 'phone'"),
        (["name"], "--map: expected FIELD=COLUMN"),
        (["=Name"], "--map: expected FIELD=COLUMN"),
    ],
)
def test_bad_mappings(pairs, message):
    with pytest.raises(InputError, match=message):
        parse_mapping(pairs)


@pytest.mark.parametrize(
    ("text", "mapping", "message"),
    [
        ("", {}, "file: the file is empty"),
        ("\n \n,,\n", {"name": "Full Name"}, "file: the file is empty"),
        ('{"name": "Ana"}\n', {}, "file: no header row found"),
        ("Phone,City\n555,Boston\n", {}, "file: no header row found"),
        ("Name,Email\nAna,a@example.org\n", {"name": "Full Name"}, "--map: no header row"),
        ("Phone,City\n555,Boston\n", {"email": "Phone"}, "--map: no name column"),
    ],
)
def test_files_without_a_usable_header(text, mapping, message):
    with pytest.raises(InputError, match=message):
        plan_import(text, mapping)


def test_url_key_ignores_scheme_www_query_and_slash():
    assert url_key("HTTPS://www.LinkedIn.com/in/ana-lima/?trk=abc") == "linkedin.com/in/ana-lima"
    assert url_key("linkedin.com/in/ana-lima") == "linkedin.com/in/ana-lima"
