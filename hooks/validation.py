"""Validate everything before anything is built, and stop the build on bad input.

Makes: nothing but errors — a PluginError listing every problem (fails `mkdocs build`, strict or
not, and makes `mkdocs serve` wait until it is fixed). It runs the checks of
tawsiyat.checks.BUILD_CHECKS, the very functions behind `scripts/dev.sh check`:
the data files (vocabulary, glossary, words: file and line), every page's front matter and blocks
(file, field, value, what is allowed; placeholders left by `new`), and the fidelity of the
official Arabic of every meeting that has a source (paragraph and characters).
From: all pages of all languages, data/*.yml, the sources under source/ (loaded once per build
into the shared site model the other hooks read).
Priority -110 on config: after static-i18n (-100) has set the language being built, before any
file or page event. The checks run once per build, in the first (default-language) pass; the
language passes static-i18n nests inside it reuse the result.
"""
from __future__ import annotations

from _support import load_site, logger
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from tawsiyat import checks

log = logger("validation")
_state: dict = {}


@event_priority(-110)
def on_config(config):
    site = load_site(config)
    if _state.get("site") is not site:  # a new build (or a rebuild under serve)
        _state["site"], _state["problems"] = site, checks.run(site)
        for note in checks.unverified(site):  # not a warning: a meeting's pages may come before its source
            log.info(note)
    problems = _state["problems"]
    if problems:
        listing = "\n".join("  - " + problem.replace("\n", "\n    ") for problem in problems)
        raise PluginError(f"{len(problems)} problem(s); fix them and build again "
                          f"(`scripts/dev.sh check` lists the same):\n{listing}")
    return config
