"""Wrap the tables of each page in Material's scrolling wrapper (tawsiyat/tables.py).

Makes: ``<div class="md-typeset__scrollwrap"><div class="md-typeset__table">`` around each
table without a class, as Material's JavaScript bundle did in the browser; the site does without
that bundle (overrides/assets/js/theme.js), so the build writes what the CSS expects.
From: the page's HTML after the hooks that insert tables (indexes, at priority 0).
Priority -900 on page_content: after indexes (0), symbols (0) and search (-50), before anchors
(-1000), which only collects ids (the wrapper has none).
"""
from __future__ import annotations

from mkdocs.plugins import event_priority

from tawsiyat.tables import wrap_tables


@event_priority(-900)
def on_page_content(html, page, config, files):
    return wrap_tables(html)
