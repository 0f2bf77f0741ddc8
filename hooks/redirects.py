"""Write the redirect pages of recommendation addresses without their leading zero.

Makes: /recommendations/5/ -> /recommendations/05/ (and /en/recommendations/5/ ->
/en/recommendations/05/, and so on for every zero-padded page), as static pages
(tawsiyat.redirects).
From: the validated site model (the recommendation pages of every language) and site_url for the
canonical link.
Event: on_files of each language's pass, for that language (so that, when
hooks/parallel_languages.py builds the other languages in a child process, each process writes its
own), just after the site directory is cleaned: Pagefind is not yet writing its index (at the end
of the build, thousands of small files took three times as long beside it; built in one process,
the other languages' passes run while Pagefind indexes the default language). They are in no page
list: not in the sitemap, and Pagefind skips them (they have no data-pagefind-body).
"""
from __future__ import annotations

from pathlib import Path

from _support import current_language, logger, site
from tawsiyat import redirects
from tawsiyat.filewriter import write_files

log = logger("redirects")


def on_files(files, config):
    lang = current_language(config)
    written = write_files(Path(config.site_dir), redirects.files(site(), config.site_url or "/", (lang,)))
    log.info("wrote %d redirect pages (%s)", written, lang)
    return files
