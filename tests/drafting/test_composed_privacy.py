"""The composed offline draft is read by the PHI guard again: what the draft's own `phi` check
would flag as a patient's is withheld (generalised, or its sentence left out) and said in the
notice; an unsure date or place outside a sentence of care stays, with the check's question."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.drafting_withhold import to_withhold, withhold_composed
from assistant.engines.base import Composition
from assistant.models import DraftRequest, PhiFinding


def _follow_up(**meeting: str) -> DraftRequest:
    return DraftRequest.model_validate({
        "kind": "follow_up", "today": "2026-05-08",
        "sender": {"name": "Noor Haddadi", "role": "PGY-1 resident",
                   "program": "Lakeview Internal Medicine"},
        "contact": {"name": "Dr. Ines Carvalho", "relationship": "met_once"},
        "meeting": {"event": "SGIM 2026", "date": "2026-05-06", "topics": ["home visits"],
                    "next_step": "send you my QI summary by Friday", **meeting},
    })


@pytest.mark.parametrize(
    ("detail", "gone"),
    [
        # a town that is a patient's only in the composed sentence: generalised
        ("we talked about mr petrakis who we admitted from fresno", ["Fresno", "etrakis"]),
        # an unsure name in a sentence of care, with a pronoun that would point at it: the
        # sentence goes (never "a patient sends his regards")
        ("saw Mr Whitcombe in clinic wednesday, he sends his regards",
         ["Whitcombe", "Wednesday", "regards"]),
    ],
)
def test_composed_draft_withholds_what_its_phi_check_would_flag(
        built_index: Settings, detail: str, gone: list[str]) -> None:
    result = draft(_follow_up(specific_detail=detail), engine="offline", settings=built_index)
    for word in gone:
        assert word not in result.body
    assert not [f for f in result.findings if f.code == "phi"]
    # withheld from the field read alone or from the composed draft, and said either way
    assert "Read again as a whole" in (result.notice or "") or \
        "protected health information" in (result.notice or "")
    # never a broken sentence left behind: every sentence ends as one, no dangling word
    for paragraph in result.body.split("\n\n")[1:-1]:  # the text between greeting and sign-off
        assert paragraph.rstrip().endswith((".", "?")), paragraph
        assert not paragraph.rstrip().endswith((" in.", " from.", " on.", " at.")), paragraph


def _finding(text: str, word: str, kind: str, severity: str) -> PhiFinding:
    start = text.index(word)
    return PhiFinding(type=kind, start=start, end=start + len(word), text=word,
                      severity=severity)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "word", "kind", "severity", "withheld"),
    [
        ("I rounded with you on Tarkowski before the family meeting.", "Tarkowski", "NAME",
         "warning", True),   # an unsure name where care was given: withheld
        ("I hope Tarkowski can join us at the retreat.", "Tarkowski", "NAME", "warning",
         False),             # an unsure name in no sentence of care: the check asks
        ("I will send the slides on Thursday.", "Thursday", "DATE", "warning", False),
        ("The patient from Elmira taught me a lot.", "Elmira", "LOCATION", "error", True),
    ],
)
def test_which_findings_a_draft_withholds(text: str, word: str, kind: str, severity: str,
                                          withheld: bool) -> None:
    found = [_finding(text, word, kind, severity)]
    assert bool(to_withhold(text, found)) is withheld


def test_a_date_beside_a_withheld_name_goes_with_it() -> None:
    text = "I saw Tarkowski in clinic on Thursday."
    found = [_finding(text, "Tarkowski", "NAME", "warning"),
             _finding(text, "Thursday", "DATE", "warning")]
    assert {f.text for f in to_withhold(text, found)} == {"Tarkowski", "Thursday"}


def test_withholding_from_an_agenda_renumbers_its_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """A list item that cannot be generalised goes whole; the list counts on without a gap."""
    import assistant.checks.rules_content as rules

    body = ("Dear Dr. Carvalho,\n\n1. A brief introduction.\n2. Mr Tarkowski.\n"
            "3. Next steps.\n\nBest,\nNoor")
    request = DraftRequest.model_validate({"kind": "mentor_agenda",
                                           "contact": {"name": "Dr. Ines Carvalho"}})

    def fake(text: str, req: DraftRequest | None) -> list[PhiFinding]:
        return [_finding(text, "Tarkowski", "NAME", "error")] if "Tarkowski" in text else []

    monkeypatch.setattr(rules, "phi_findings", fake)
    comp = Composition(subject="Agenda for our meeting", body=body)
    notes = withhold_composed(comp, request)
    assert comp.body == ("Dear Dr. Carvalho,\n\n1. A brief introduction.\n2. Next steps.\n\n"
                         "Best,\nNoor")
    assert notes and "left out the sentence holding a name" in notes[0]
    assert "Tarkowski" not in notes[0]  # the notice says what kind, never the identifier


def test_a_clean_draft_is_left_as_it_is() -> None:
    request = _follow_up(specific_detail="your advice on picking a QI project")
    comp = Composition(subject="Thank you", body="Dear Dr. Carvalho,\n\nThank you.\n\nNoor")
    assert withhold_composed(comp, request) == []
    assert comp.body == "Dear Dr. Carvalho,\n\nThank you.\n\nNoor"


@pytest.mark.parametrize(
    ("sentence", "word", "said"),
    [
        # care in the sentence: the person becomes "a patient", the clinical point stays
        ("I keep thinking about how we rounded on Mr Tarkowski together.", "Tarkowski",
         "I keep thinking about how we rounded on a patient together."),
        # no care in the sentence: "a patient" would be nonsense; the name goes with its joint
        ("I hope to meet program directors, especially Tarkowski.", "Tarkowski",
         "I hope to meet program directors."),
    ],
)
def test_a_flagged_name_is_generalised_only_where_care_is_spoken_of(
        monkeypatch: pytest.MonkeyPatch, sentence: str, word: str, said: str) -> None:
    import assistant.checks.rules_content as rules

    def fake(text: str, req: DraftRequest | None) -> list[PhiFinding]:
        return [_finding(text, word, "NAME", "error")] if word in text else []

    monkeypatch.setattr(rules, "phi_findings", fake)
    comp = Composition(subject=None, body=f"Hi Dr. Carvalho,\n\n{sentence}\n\nNoor")
    withhold_composed(comp, _follow_up())
    assert comp.body == f"Hi Dr. Carvalho,\n\n{said}\n\nNoor"
