"""The rewrite applies what its own checks know: runs of question marks, a clause the checks
flag without a fix (negativity about colleagues), an outright mentorship request."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.engines.offline.rewrite import _tidy
from assistant.models import DraftRequest


@pytest.mark.parametrize(
    ("typed", "tidy"),
    [
        ("Do you take residents??", "Do you take residents?"),
        ("it was refreshing?!? I would love to connect.",
         "It was refreshing. I would love to connect."),
        ("Could we meet?!", "Could we meet?"),
        ("Great talk! Can we meet?", "Great talk! Can we meet?"),  # look-alike: left as is
    ],
)
def test_question_mark_runs(typed: str, tidy: str) -> None:
    assert _tidy(typed) == tidy


@pytest.mark.parametrize(
    ("note", "gone", "kept"),
    [
        ("Your talk on heart failure clinics was great. Honestly my attendings here are clueless "
         "about GDMT, so it was refreshing?!? Would love to connect.", "clueless",
         "heart failure clinics"),
        ("Loved your talk on bronchiolitis at grand rounds. Will you be my mentor?!",
         "be my mentor", "bronchiolitis"),
        ("Your QI talk was great?? Do you take residents on your projects??", "??",
         "take residents"),
    ],
)
def test_rewrite_applies_check_fixes(tmp_path, note: str, gone: str, kept: str) -> None:
    req = DraftRequest.model_validate({
        "kind": "linkedin_rewrite", "existing_text": note,
        "sender": {"name": "Ben Okafor", "role": "PGY-2 IM"},
        "contact": {"name": "Dr. Helen Zhou", "relationship": "met_once"}})
    settings = Settings(data_dir=tmp_path, _env_file=None)
    d = draft(req, engine="offline", settings=settings)
    assert gone not in d.body and kept in d.body
    assert not [f.code for f in d.findings if f.severity in ("warning", "error")]
