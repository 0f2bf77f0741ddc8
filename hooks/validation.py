"""Validate every page before anything is built, and stop the build on bad input.

Makes: nothing but errors — a PluginError listing every problem, each naming the file, the field,
the offending value and what is allowed (fails `mkdocs build` strict or not).
From: all pages of all languages, data/schema.yml and data/vocabulary.yml (loaded once per
build into the shared site model the other hooks read).
Priority -110 on config: after static-i18n (-100) has set the language being built, before any
file or page event.
"""
from __future__ import annotations

from _support import load_site, logger
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

log = logger("validation")


@event_priority(-110)
def on_config(config):
    site = load_site(config)
    if site.problems:
        listing = "\n".join(f"  - {problem}" for problem in site.problems)
        raise PluginError(f"{len(site.problems)} problem(s) in the pages:\n{listing}")
    return config
