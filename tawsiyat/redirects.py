"""Redirect pages: a recommendation's address without the leading zero of its number
(/recommendations/5/) leads to the page (/recommendations/05/).

Each alias is a small static HTML page in the language of its target: a meta refresh, a
canonical link to the target, a visible link for readers whose browser does not follow the
refresh, and one inline line that keeps the #fragment (a meta refresh drops it). Nothing is
loaded. The aliases are derived from the recommendation pages, so a new recommendation or
another meeting's pages (recommendations/<session>/05.md) get theirs without a list to keep.
"""
from __future__ import annotations

import html
import json
import posixpath

from . import words
from .pages import LANGUAGES, prefix, url_of

DIRECTION = {"ar": "rtl"}


def alias_of(rel: str) -> str | None:
    """The unpadded URL path of a page whose file name is a zero-padded number
    (recommendations/05.md -> recommendations/5/), or None when there is none."""
    url = url_of(rel)
    parent, _, name = url.rstrip("/").rpartition("/")
    if not name.isdigit() or str(int(name)) == name:
        return None
    return (parent + "/" if parent else "") + str(int(name)) + "/"


def aliases(rels: list[str]) -> dict[str, str]:
    """alias URL path -> target URL path (both under the language root), for every page that
    has an alias, skipping an alias that is itself a page."""
    pages = {url_of(rel) for rel in rels}
    out = {}
    for rel in rels:
        alias = alias_of(rel)
        if alias and alias not in pages:
            out[alias] = url_of(rel)
    return out


def page(alias: str, target: str, canonical: str, title: str, lang: str) -> str:
    """The redirect page written at ``alias`` (a directory URL) for ``target``."""
    href = posixpath.relpath(target, alias) + "/"
    esc = html.escape
    labels = words.group("redirect", lang)
    return (
        "<!doctype html>\n"
        f'<html lang="{lang}" dir="{DIRECTION.get(lang, "ltr")}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(labels['title'])}</title>\n"
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{esc(canonical)}">\n'
        f"<script>location.replace({json.dumps(href)} + location.search + location.hash)</script>\n"
        f'<meta http-equiv="refresh" content="0; url={esc(href)}">\n'
        "</head>\n<body>\n"
        f'<p>{esc(labels["text"])} <a href="{esc(href)}">{esc(title)}</a></p>\n'
        "</body>\n</html>\n"
    )


def files(the_site, site_url: str, languages: tuple[str, ...] = LANGUAGES) -> dict[str, str]:
    """Every redirect page of each of ``languages``: path under the site root -> HTML (the
    default language at the root, the others under /<lang>/)."""
    root = (site_url or "/").rstrip("/") + "/"
    out: dict[str, str] = {}
    for lang in languages:
        folder = prefix(lang)
        recs = the_site.recommendations(lang)
        titles = {url_of(p.rel): p.meta.get("title", "") for p in recs}
        for alias, target in aliases(sorted(p.rel for p in recs)).items():
            out[f"{folder}{alias}index.html"] = page(alias, target, root + folder + target, titles[target], lang)
    return out
