"""Write the open data exports: /data/recommendations.json, .csv, .xlsx and .schema.json, and each
index page's own list, /data/<folder>/<value>.csv and .json (data/themes/consent.csv …).

Makes: one record per recommendation with both languages (tawsiyat.exports); the index lists are
those of tawsiyat.indexes (the same computation as the index pages, so a file holds exactly the
recommendations its page lists; a list that is empty gets no file and its page no link).
From: the validated site model and the vocabulary; page URLs from site_url.
Priority -200 on post_build, and only in the final pass: static-i18n builds the other languages
inside its own post_build (-100) of the first pass, so this runs once, after every language.
"""
from __future__ import annotations

from pathlib import Path

from _support import final_pass, logger, site, site_indexes
from mkdocs.plugins import event_priority
from tawsiyat import exports, indexes
from tawsiyat.pages import DEFAULT_LANGUAGE

log = logger("exports")


@event_priority(-200)
def on_post_build(config):
    if not final_pass(config):
        return
    written = exports.write_all(site(), config.site_url or "/", Path(config.site_dir) / "data",
                                indexes.listed_ids(site_indexes()[DEFAULT_LANGUAGE]))
    log.info("wrote %d files: %s and the lists of %d index pages", len(written),
             ", ".join(p.name for p in written[:4]), (len(written) - 4) // 2)
