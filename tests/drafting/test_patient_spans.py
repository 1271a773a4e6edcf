"""A note that mentions a patient keeps its clinical point: only the identifying words go."""

from __future__ import annotations

import pytest

from assistant.drafting import strip_phi_fields
from assistant.models import DraftRequest


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("after we saw Mr. Jenkins in room 4 together, I now check a lactate early.",
         "after we saw a patient together, I now check a lactate early."),
        ("Our patient John Park in clinic showed me why you screen for hep C.",
         "Our patient in clinic showed me why you screen for hep C."),
        ("My patient in bed 12 with DKA taught me that the anion gap closes first.",
         "My patient with DKA taught me that the anion gap closes first."),
        # a later clause whose subject was the person named goes with the name
        ("after I saw Mrs. Abernethy-Cole in room 12, she thanked the whole team",
         "after I saw a patient"),
        ("we admitted Mr. Tobiasz on 3/2 and he asked about you", "we admitted a patient"),
        # look-alike: nothing identifying, nothing taken out
        ("Your talk on DKA taught me that the anion gap closes first.",
         "Your talk on DKA taught me that the anion gap closes first."),
    ],
)
def test_only_identifying_span_removed(typed: str, kept: str) -> None:
    req = DraftRequest.model_validate({"kind": "linkedin_rewrite", "existing_text": typed,
                                       "contact": {"name": "Dr. Ana Ruiz"}})
    assert strip_phi_fields(req).request.existing_text == kept
