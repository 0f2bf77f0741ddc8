#!/usr/bin/env python3
"""Tawsiyat's command line: one entry point, one subcommand per job.

    python scripts/tawsiyat.py cut [--json]           the source cut into its parts
    python scripts/tawsiyat.py check [WHAT ...]       validation; exits 1 on any problem
    python scripts/tawsiyat.py stamp                  record in English pages which Arabic they translate
    python scripts/tawsiyat.py new N --section S      scaffold a recommendation in both languages
    python scripts/tawsiyat.py import FILE --session S   paragraph pages from another report's text
    python scripts/tawsiyat.py bench-build | bench-search | page-weight | fonts
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tawsiyat import cli  # noqa: E402

if __name__ == "__main__":
    sys.exit(cli.main(sys.argv[1:], ROOT))
