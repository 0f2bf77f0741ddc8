"""Write the redirect pages of recommendation addresses without their leading zero.

Makes: /recommendations/5/ -> /recommendations/05/ (and /en/recommendations/5/ ->
/en/recommendations/05/, and so on for every zero-padded page), as static pages
(tawsiyat.redirects).
From: the validated site model (the recommendation pages of every language) and site_url for the
canonical link.
Event: on_files of the first (default-language) pass, just after the site directory is cleaned:
the site model already holds every language, and Pagefind is not yet writing its index (at the
end of the build, thousands of small files took three times as long beside it). They are in no page list: not in the sitemap, and Pagefind
skips them (they have no data-pagefind-body).
"""
from __future__ import annotations

from pathlib import Path

from _support import current_language, logger, site
from tawsiyat import redirects
from tawsiyat.filewriter import write_files
from tawsiyat.pages import DEFAULT_LANGUAGE

log = logger("redirects")


def on_files(files, config):
    if current_language(config) == DEFAULT_LANGUAGE:
        written = write_files(Path(config.site_dir), redirects.files(site(), config.site_url or "/"))
        log.info("wrote %d redirect pages", written)
    return files
