"""`outreach draft`."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    sys.stderr.write("outreach: 'draft' is not available yet\n")
    return 1
