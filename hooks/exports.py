"""Write the open data exports: /data/recommendations.json, .csv and .schema.json.

Makes: one record per recommendation with both languages (tawsiyat.exports).
From: the validated site model and the vocabulary; page URLs from site_url.
Priority -200 on post_build, and only in the final pass: static-i18n builds the other languages
inside its own post_build (-100) of the first pass, so this runs once, after every language.
"""
from __future__ import annotations

from pathlib import Path

from _support import final_pass, logger, site
from mkdocs.plugins import event_priority
from tawsiyat import exports

log = logger("exports")


@event_priority(-200)
def on_post_build(config):
    if not final_pass(config):
        return
    written = exports.write_all(site(), config.site_url or "/", Path(config.site_dir) / "data")
    log.info("wrote %s", ", ".join(p.name for p in written))
