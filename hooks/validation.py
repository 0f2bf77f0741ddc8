"""Validate everything before anything is built, and stop the build on bad input.

Makes: nothing but errors — a PluginError listing every problem (fails `mkdocs build`, strict or
not, and makes `mkdocs serve` wait until it is fixed). It runs the checks of
tawsiyat.checks.BUILD_CHECKS, the very functions behind `scripts/dev.sh check`:
the data files (vocabulary, glossary, words: file and line), every page's front matter and blocks
(file, field, value, what is allowed; placeholders left by `new`), and the fidelity of the
official Arabic of every meeting that has a source (paragraph and characters).
From: all pages of all languages, data/*.yml, the sources under source/ (loaded once per build
into the shared site model the other hooks read).
Under `mkdocs serve` (_support.serving()), a page that only still holds the
placeholders `new` wrote does not stop the site: its problem is logged as an error and shown at
the top of that page, and every other page is served; the build and `check` still refuse it.
Priority -110 on config: after static-i18n (-100) has set the language being built, before any
file or page event. The checks run once per build, in the first (default-language) pass; the
language passes static-i18n nests inside it reuse the result.
"""
from __future__ import annotations

from html import escape

from _support import current_language, load_site, logger, serving
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from tawsiyat import checks, words
from tawsiyat.schema import PlaceholderError

log = logger("validation")
_state: dict = {}


@event_priority(-110)
def on_config(config):
    site = load_site(config)
    if _state.get("site") is not site:  # a new build (or a rebuild under serve)
        problems = checks.run(site)
        unfinished = {}
        if serving():  # serve the rest; show these pages' problems on them
            unfinished = {p.path: str(p) for p in site.problems if isinstance(p, PlaceholderError)}
            problems = [problem for problem in problems if problem not in unfinished.values()]
            for problem in unfinished.values():
                log.error(problem)
        _state["site"], _state["problems"], _state["unfinished"] = site, problems, unfinished
        for note in checks.unverified(site):  # not a warning: a meeting's pages may come before its source
            log.info(note)
    problems = _state["problems"]
    if problems:
        listing = "\n".join("  - " + problem.replace("\n", "\n    ") for problem in problems)
        raise PluginError(f"{len(problems)} problem(s); fix them and build again "
                          f"(`scripts/dev.sh check` lists the same):\n{listing}")
    return config


@event_priority(100)
def on_page_content(html, page, config, files):
    """Under serve, an unfinished page says what is left to do, at its top."""
    problem = _state.get("unfinished", {}).get(f"docs/{page.file.src_uri}")
    if not problem:
        return html
    title = words.word("unfinished", "title", current_language(config))
    return (f'<div class="admonition danger tw-unfinished"><p class="admonition-title">{escape(title)}</p>'
            f"<p>{escape(problem)}</p></div>\n" + html)
