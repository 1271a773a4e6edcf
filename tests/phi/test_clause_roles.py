"""The clause reader (`clause_roles`): what a name is in its clause, by the verb it is the object
of, the place that verb happens in and the clause's subject; for each rule a wording it decides
and a look-alike it must not. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from assistant.phi import clause_roles, find_phi, unattributed_names


def _read(text: str, word: str) -> clause_roles.Clause:
    start = text.index(word)
    return clause_roles.read(text, text.lower(), start, start + len(word), 0)


def _owner(text: str, word: str) -> str:
    start = text.index(word)
    return clause_roles.owner(text, text.lower(), start, start + len(word), 0)


def _names(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.severity) for f in find_phi(text) if f.type == "NAME"]


# (rule, sentence, word, the role asked, is it that role?)
ROLES = [
    ("a verb of care", "Pre-rounded on Zdzislaw before sign-out.", "Zdzislaw", "cared_for", True),
    ("a verb of care, a subject", "This morning we consented Ilse for the tap.", "Ilse",
     "cared_for", True),
    ("care in a place of care", "I saw Rosalind in clinic this afternoon.", "Rosalind",
     "cared_for", True),
    ("... after a word of time", "saw Rosalind again today on the floor", "Rosalind",
     "cared_for", True),
    ("... look-alike: no place of care", "I saw Rosalind at the bookstore.", "Rosalind",
     "cared_for", False),
    ("... look-alike: a social verb", "I met Rosalind on the floor of the expo.", "Rosalind",
     "cared_for", False),
    ("no verb before the name", "Rosalind is in clinic today.", "Rosalind", "cared_for", False),
    ("the writer's working verb", "I covered for Radomir on Saturday.", "Radomir", "social",
     True),
    ("a clause with no subject", "Emailed Radomir about the call swap.", "Radomir", "social",
     True),
    ("a social phrase", "so I grabbed coffee with Radomir after noon conference", "Radomir",
     "social", True),
    ("the reader", "Then you cc'd Radomir on the thread.", "Radomir", "social", True),
    ("look-alike: a place of care", "I met Radomir in the ED at 3 am.", "Radomir", "social",
     False),
    ("look-alike: someone else's verb", "Dr. Ames met Radomir before the scan.", "Radomir",
     "social", False),
    ("look-alike: a verb of care", "I admitted Radomir on Saturday.", "Radomir", "social",
     False),
    ("a verb done only to a colleague", "Covering for Radomir while his sister visits.",
     "Radomir", "colleague", True),
    ("look-alike: a social verb, not only a colleague's", "Texted Radomir about the INR.",
     "Radomir", "colleague", False),
    ("seen somewhere else", "I saw Radomir at the farmers market.", "Radomir", "social", True),
    ("look-alike: seen at a hospital", "I saw Radomir at the VA hospital.", "Radomir", "social",
     False),
]


@pytest.mark.parametrize(("rule", "text", "word", "role", "expected"), ROLES,
                         ids=[r[0] for r in ROLES])
def test_the_role_of_a_name_in_its_clause(rule: str, text: str, word: str, role: str,
                                          expected: bool) -> None:
    assert getattr(_read(text, word), role) is expected


# (rule, sentence, word, owner group)
OWNERS = [
    ("work owned", "Quick q re: Oyelowo's QI poster", "Oyelowo", "work_owner"),
    ("a life event owned", "Tamsin's wedding is the week after boards.", "Tamsin", "work_owner"),
    ("look-alike: care owned", "Tamsin's labs are back, K is 6.1.", "Tamsin", ""),
    ("a line about work", "Szymanska - slides due 3/4", "Szymanska", "topic_line"),
    ("a line of two names", "Ruiz / Szymanska: sim lab booking", "Szymanska", "topic_line"),
    ("look-alike: a line about care", "Szymanska - labs back, call family?", "Szymanska", ""),
    ("a ward rounded on", "I rounded on Tillman 3 with the night team.", "Tillman", "ward"),
    ("look-alike: a person rounded on", "I rounded on Tillman overnight.", "Tillman", ""),
    ("a social verb's object", "I emailed Dolores about the schedule.", "Dolores",
     "social_object"),
    ("work handed over", "Can you send the slides to Radomir before Friday?", "Radomir",
     "social_object"),
    ("look-alike: a person sent", "Can you send the family to Radomir's room?", "Radomir", ""),
    ("told what the writer will do", "Told Radomir I'd cover his Tuesday.", "Radomir",
     "social_object"),
    ("look-alike: told about care", "Told Radomir his potassium is high.", "Radomir", ""),
    ("a career", "Radomir was promoted to associate PD.", "Radomir", "career"),
    ("a career, a verb", "Radomir is starting her GI fellowship in July.", "Radomir", "career"),
    ("look-alike: care after the name", "Radomir was transferred to the ICU.", "Radomir", ""),
]


# (rule, sentence, word, the subject of care received?)
RECEIVES = [
    ("a clinical object", "Ilse needs a repeat BMP in the morning.", "Ilse", True),
    ("an event only a patient has", "Wojtek spiked to 39 overnight.", "Wojtek", True),
    ("nothing by mouth", "Wojtek NPO after midnight for the EGD", "Wojtek", True),
    ("a clinical object four words on", "Wojtek needs a 4 am troponin.", "Wojtek", True),
    ("look-alike: work with a clinical topic", "Ilse has a talk on sepsis Friday.", "Ilse",
     False),
    ("look-alike: no clinical object", "Ilse refused the invitation to speak.", "Ilse", False),
    ("look-alike: a life event", "Ilse had a baby last week!", "Ilse", False),
]


@pytest.mark.parametrize(("rule", "text", "word", "receives"), RECEIVES,
                         ids=[r[0] for r in RECEIVES])
def test_the_subject_of_care_received(rule: str, text: str, word: str, receives: bool) -> None:
    start = text.index(word)
    assert clause_roles.receives_care(text, start + len(word)) is receives


@pytest.mark.parametrize(("rule", "text", "word", "group"), OWNERS, ids=[o[0] for o in OWNERS])
def test_the_owner_read_from_the_clause(rule: str, text: str, word: str, group: str) -> None:
    assert _owner(text, word) == group


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("rounded on Tomasz this morning.", "Tomasz"),  # no census name, no clinical word
        ("I saw Rosalind in clinic today.", "Rosalind"),  # an error, not a warning
        ("I saw rosalind in clinic yesterday.", "rosalind"),  # lower case after care
        ("discharged wojciech home this morning.", "wojciech"),  # a word English does not know
        ("worked up zdzislaw for syncope overnight", "zdzislaw"),
        ("Ilse needs a repeat BMP in the morning.", "Ilse"),  # the subject of care
        ("I wrote up Wojtek Nowak for the case conference.", "Wojtek Nowak"),  # not the event
    ],
)
def test_a_name_cared_for_is_an_error(text: str, word: str) -> None:
    assert (word, "error") in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "I covered for Dolores on Saturday.",  # a colleague covered for
        "I emailed Dolores about the schedule.",
        "Covering for Ilse Marek while she is at her sister's wedding.",  # a colleague
        "Kenji has my pager until noon.",  # holds the writer's work
        "Hollis is charge tonight if you need a bed.",
        "Shadowed Dr. Ilse Marek in the burn clinic.",  # the clause's verb, no name
        "I saw patients in clinic yesterday.",  # no name after the verb
        "scoped egd today, no bleed",  # shorthand, not a name
        "Mom's flight lands Sunday, so I'm off that weekend.",  # the writer's family
        "Can't stay late, my dad's flight lands at 6.",
        "Grandpa's hip surgery went fine, thanks for covering my call.",  # a kin word as a name
        "Abuela's biopsy came back benign, I'm so relieved!",
    ],
)
def test_a_colleague_a_procedure_or_the_writers_family_is_no_name(text: str) -> None:
    assert _names(text) == []


def test_the_switch_gives_a_line_about_work_to_its_colleague(monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """With every unsure reason kept as a warning, the clause still owns what it can."""
    monkeypatch.setattr(unattributed_names, "UNSURE_WARNINGS",
                        frozenset(unattributed_names.UNSURE_REASONS))
    assert _names("Szymanska - slides due 3/4") == []
    assert _names("Quick q re: Oyelowo's QI poster") == []
