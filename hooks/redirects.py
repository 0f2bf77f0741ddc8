"""Write the redirect pages of recommendation addresses without their leading zero.

Makes: /recommendations/5/ -> /recommendations/05/ (and /en/recommendations/5/ ->
/en/recommendations/05/, and so on for every zero-padded page), as static pages
(tawsiyat.redirects).
From: the validated site model (the recommendation pages of the language being built) and site_url
for the canonical link.
Priority: post_build at the default priority, in each language pass (static-i18n builds every
language into the same site_dir, prefixing the other languages' pages with <lang>/). The files
are written after the pages, so they are in no page list: not in the sitemap, and Pagefind skips
them (they have no data-pagefind-body).
"""
from __future__ import annotations

from pathlib import Path

from _support import current_language, logger, site
from tawsiyat import redirects
from tawsiyat.pages import DEFAULT_LANGUAGE, url_of

log = logger("redirects")


def on_post_build(config):
    lang = current_language(config)
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    titles = {url_of(p.rel): p.meta.get("title", "") for p in site().recommendations(lang)}
    root = (config.site_url or "/").rstrip("/") + "/"
    aliases = redirects.aliases(sorted(p.rel for p in site().recommendations(lang)))
    for alias, target in aliases.items():
        path = Path(config.site_dir) / prefix / alias / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(redirects.page(alias, target, root + prefix + target, titles[target], lang), encoding="utf-8")
    log.info("%s: %d redirect pages", lang, len(aliases))
