"""Write the redirect pages of recommendation addresses without their leading zero.

Makes: /recommendations/5/ -> /recommendations/05/ (and /en/recommendations/5/ ->
/en/recommendations/05/, and so on for every zero-padded page), as static pages
(tawsiyat.redirects).
From: the validated site model (the recommendation pages of every language) and site_url for the
canonical link.
Events: on_files of the first language pass (the site directory has just been cleaned, and the
site model holds every language) hands the pages to a FileWriter
(tawsiyat.filewriter), which writes them while the pages render; post_build at -250, in the
final pass only (after static-i18n's nested builds at -100 and the exports at -200, before the
search index at -300), waits for them. They are in no page list: not in the sitemap, and Pagefind
skips them (they have no data-pagefind-body).
"""
from __future__ import annotations

from pathlib import Path

from _support import current_language, final_pass, logger, site
from mkdocs.plugins import event_priority
from tawsiyat import redirects
from tawsiyat.filewriter import FileWriter
from tawsiyat.pages import DEFAULT_LANGUAGE

log = logger("redirects")
_state: dict = {}


def on_files(files, config):
    if current_language(config) == DEFAULT_LANGUAGE:
        _state["writer"] = FileWriter(Path(config.site_dir), redirects.files(site(), config.site_url or "/"))
    return files


@event_priority(-250)
def on_post_build(config):
    if not final_pass(config) or "writer" not in _state:
        return
    log.info("wrote %d redirect pages", _state.pop("writer").wait())
