"""Makes `outreach-0.1.db`: a database written by the first release (before owners and
migrations), with data, for the migration tests. Run it with that release's code:

    git archive <first-release-commit> assistant | tar -x -C /tmp/release
    PYTHONPATH=/tmp/release python tests/data/legacy/make_legacy_db.py tests/data/legacy

The file holds what that release allowed and a migration must keep: a profile, contacts with
non-ASCII names, two contacts sharing an email (concurrent imports made those), interactions,
and drafts (drafted, failed, sent).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from assistant.config import Settings
from assistant.models import Draft, DraftRequest, Sender
from assistant.storage import ContactRecord, InteractionRecord, Store

out = Path(sys.argv[1])
(out / "outreach.db").unlink(missing_ok=True)
store = Store(Settings(data_dir=out, _env_file=None))
store.save_profile(Sender(name="Maya Chen", role="PGY-1", program="Riverside IM",
                          interests=["QI"], email="maya.chen@riverside.org"))
ids = store.add_contacts([
    ContactRecord(name="Dr. Ada Okafor", email="ada.okafor@lakeside.edu", relationship="mentor",
                  tags=["QI", "GME"], connected_on=date(2025, 3, 2)),
    ContactRecord(name="Zoë Łukasiewicz", linkedin_url="https://www.linkedin.com/in/zoe-l/"),
    ContactRecord(name="王芳", institution="Peking Union"),
    ContactRecord(name="Ada Okafor, MD", email="Ada.Okafor@lakeside.edu"),  # same email
    ContactRecord(name="王芳"),  # same name, neither email nor URL
    *[ContactRecord(name=f"Contact {n}", email=f"c{n}@example.org") for n in range(40)],
])
store.add_interaction(InteractionRecord(contact_id=ids[0], date=date(2026, 11, 20), type="met",
                                        event="SGIM 2026", topics=["QI"],
                                        next_step="send my poster", due_date=date(2026, 11, 27)))
store.add_interaction(InteractionRecord(contact_id=ids[1], date=date(2026, 10, 1), type="meeting"))
for n in range(12):
    request = DraftRequest(kind="follow_up", contact={"name": "Dr. Ada Okafor"},
                           meeting={"event": "SGIM 2026", "topics": ["QI"]})
    draft_id = store.save_request(request, contact_id=ids[0] if n % 2 else None)
    if n % 3 == 0:
        store.mark_failed(draft_id, "model unreachable")
        continue
    store.save_draft(draft_id, Draft(kind="follow_up", channel="email", subject=f"Thanks {n}",
                                     body=f"Dear Dr. Okafor, thank you ({n}).", engine="offline"))
    if n % 4 == 1:
        store.mark_sent(draft_id, when=date(2026, 11, 22))
store.engine.dispose()
print(out / "outreach.db")
