"""The network: contacts imported from CSV, what is due, and calendar reminders.

`importer` reads LinkedIn's Connections.csv or a mapped CSV into the store (`csvfile` reads and
limits any CSV; `dedupe` tells contacts apart),
`due` answers "who do I owe a message?", `calendar` turns that into an .ics file. The modules
import SQLAlchemy and icalendar only inside their functions, so importing this package is cheap.
"""

from __future__ import annotations

from assistant.network.csvfile import SkippedRow
from assistant.network.due import DueItem, add_months, due_items, follow_up_overdue
from assistant.network.importer import (
    FIELDS,
    ImportReport,
    import_contacts,
    import_file,
    parse_mapping,
)

__all__ = [
    "FIELDS", "DueItem", "ImportReport", "SkippedRow", "add_months", "due_items",
    "follow_up_overdue", "import_contacts", "import_file", "parse_mapping",
]
