"""`python -m assistant` is the same as the `outreach` command."""

from assistant.cli import main

raise SystemExit(main())
