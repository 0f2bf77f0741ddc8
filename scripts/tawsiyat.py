#!/usr/bin/env python3
"""Tawsiyat's command line: one entry point, one subcommand per job.

    scripts/tawsiyat.py cut [--json]           the source cut into its parts
    scripts/tawsiyat.py check [WHAT ...]       validation; exits 1 on any problem
    scripts/tawsiyat.py stamp [PAGE ...]       record in English pages which Arabic they translate
    scripts/tawsiyat.py new N [--section S]    scaffold a recommendation in both languages
    scripts/tawsiyat.py import FILE --session S   paragraph pages from another report's text
    scripts/tawsiyat.py bench-build | bench-search | page-weight | fonts

scripts/dev.sh check|stamp|new|import|cut runs the same inside the project's .venv (and creates
it when missing). Run directly, this script re-runs itself with .venv/bin/python when the Python
that started it lacks the project's packages.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

try:
    import frontmatter  # noqa: F401  (the project's packages: installed in .venv by scripts/dev.sh)
    import markdown  # noqa: F401
except ImportError:
    # A venv's python is a link to the base interpreter, so resolved paths are equal: what tells
    # them apart is the prefix (sys.prefix is the venv's own folder when it runs). The variable
    # keeps a broken venv from re-running forever.
    venv = ROOT / ".venv"
    if (venv / "bin" / "python").exists() and Path(sys.prefix).resolve() != venv.resolve() \
            and not os.environ.get("TAWSIYAT_RERUN"):
        os.environ["TAWSIYAT_RERUN"] = "1"
        python = str(venv / "bin" / "python")
        os.execv(python, [python, str(Path(__file__).resolve()), *sys.argv[1:]])
    sys.exit(f"{Path(sys.argv[0]).name}: the project's Python packages are missing; run it as "
             f"`scripts/dev.sh {' '.join(sys.argv[1:2]) or 'check'} …` (it sets up .venv the first time)")

from tawsiyat.devtools import cli  # noqa: E402

if __name__ == "__main__":
    sys.exit(cli.main(sys.argv[1:], ROOT))
