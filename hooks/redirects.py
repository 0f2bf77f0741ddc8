"""Write the redirect pages of recommendation addresses without their leading zero.

Makes: /recommendations/5/ -> /recommendations/05/ (and /en/recommendations/5/ ->
/en/recommendations/05/, and so on for every zero-padded page), as static pages
(tawsiyat.redirects).
From: the validated site model (the recommendation pages of every language) and site_url for the
canonical link.
Priority -250 on post_build, in the final pass only (after static-i18n's nested builds at -100
and the exports at -200, before the build waits for the search indexes at -300): the site model
holds every language. They are in no page list: not in the sitemap, and Pagefind skips them (they
have no data-pagefind-body).
"""
from __future__ import annotations

from pathlib import Path

from _support import final_pass, logger, site
from mkdocs.plugins import event_priority
from tawsiyat import redirects
from tawsiyat.filewriter import write_files

log = logger("redirects")


@event_priority(-250)
def on_post_build(config):
    if not final_pass(config):
        return
    log.info("wrote %d redirect pages", write_files(Path(config.site_dir), redirects.files(site(), config.site_url or "/")))
