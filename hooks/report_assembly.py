"""Assemble the full report and the per-section recommendation lists at build time.

Makes: the body of every page holding ``<!-- full-report -->`` (the whole report from its
pages, in order), of ``<!-- parallel-report -->`` (Arabic and English side by side, paragraph by
paragraph) and the link list behind each ``<!-- recommendations: X -->``.
From: the validated site model (hooks/validation.py loads it once per build).
Priority 20 on page_markdown: before official_text (10), which turns the paragraph blocks this
hook gathers into their marked HTML, and after nothing else of ours.
"""
from __future__ import annotations

from _support import current_language, logger, page_rel, site
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from tawsiyat import pages as pages_mod
from tawsiyat import report

log = logger("report_assembly")


@event_priority(20)
def on_page_markdown(markdown, page, config, files):
    lang = current_language(config)
    me = pages_mod.Page(page_rel(page), lang, dict(page.meta), markdown)
    the_site = site()
    order = the_site.vocabulary["sessions"].get(me.meta.get("session"), {}).get("report_pages", [])
    try:
        if report.PARALLEL_MARKER.search(markdown):
            both = report.parallel(the_site.pages, me.meta.get("session", ""), order, lang, me.rel)
            markdown = report.PARALLEL_MARKER.sub(lambda m: both, markdown)
        return report.expand_page(me, markdown, the_site.pages[lang], order)
    except KeyError as exc:
        raise PluginError(f"{me.label}: the report page {exc} listed in data/vocabulary.yml does not exist") from None
