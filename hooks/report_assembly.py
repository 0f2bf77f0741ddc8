"""Assemble the full report and the per-section recommendation lists at build time.

Makes: the body of every page holding ``<!-- full-report -->`` (the whole report from its
pages, in order) and the link list behind each ``<!-- recommendations: X -->``.
From: the Markdown pages of the language being built, read once per language build in
``on_files`` (static-i18n runs the whole build once per language).
Priority 20 on page_markdown: before official_text (10), which turns the paragraph blocks this
hook gathers into their marked HTML, and after nothing else of ours.
"""
from __future__ import annotations

from _support import current_language, logger, project
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from tawsiyat import pages as pages_mod
from tawsiyat import report

log = logger("report_assembly")
_state: dict = {}


def on_files(files, config):
    proj = project(config)
    lang = current_language(config)
    try:
        _state["pages"] = pages_mod.load_language(proj.docs, lang)
    except pages_mod.PageError as exc:
        raise PluginError(str(exc)) from None
    _state["sessions"] = proj.vocabulary["sessions"]
    return files


@event_priority(20)
def on_page_markdown(markdown, page, config, files):
    rel = page.file.src_uri.split("/", 1)[1] if "/" in page.file.src_uri else page.file.src_uri
    lang = current_language(config)
    meta = dict(page.meta)
    me = pages_mod.Page(rel, lang, meta, markdown)
    order = _state["sessions"].get(meta.get("session"), {}).get("report_pages", [])
    try:
        return report.expand_page(me, markdown, _state["pages"], order)
    except KeyError as exc:
        raise PluginError(f"{me.label}: the report page {exc} listed in data/vocabulary.yml does not exist") from None
