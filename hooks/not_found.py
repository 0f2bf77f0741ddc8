"""One "page not found" page per language: Arabic at /404.html, English at /en/404.html.

Makes: the context of overrides/404.html (its words, the links to the language's home page and
recommendation list, the other languages' prefixes) and the language menu of the 404 page (each
language's home page: the menu otherwise kept the links of the last page built); in a
non-default language pass, the rendered page is written to <lang>/404.html instead of the root.
From: data/words.yml (group not_found), static-i18n's language list.
Why these events: mkdocs renders 404.html once per language pass (static-i18n runs the whole
build per language) into site_dir/404.html, before the pages, so the English pass overwrote the
Arabic page. on_template_context and on_post_template are the only events of a theme template;
returning an empty page from on_post_template makes mkdocs skip its own write (it logs "Template
skipped", at info level).
"""
from __future__ import annotations

import copy
from pathlib import Path
from urllib.parse import urlsplit

from _support import current_language, i18n
from tawsiyat import words
from tawsiyat.pages import DEFAULT_LANGUAGE, LANGUAGES, prefix

TEMPLATE = "404.html"
LIST_PAGE = "sections/"


def on_template_context(context, template_name, config):
    if template_name != TEMPLATE:
        return context
    lang = current_language(config)
    base = urlsplit(config.site_url or "/").path  # what mkdocs bases error pages' links on
    base += "" if base.endswith("/") else "/"
    context["tw_not_found"] = {
        "words": words.group("not_found", lang),
        "base": base,
        "home": base + prefix(lang),
        "list": base + prefix(lang) + LIST_PAGE,
        # the root 404 page is all a host such as GitHub Pages serves: it sends a reader of
        # another language's missing address to that language's 404 page
        "others": [] if lang != DEFAULT_LANGUAGE else [prefix(other) for other in LANGUAGES if other != lang],
    }
    plugin = i18n(config)
    if plugin is not None and plugin.extra_alternate:
        # each language's home page; set as an attribute, the way static-i18n sets it per page
        # (jinja's config.extra.alternate reads the attribute before the item)
        config.extra.alternate = copy.deepcopy(plugin.extra_alternate)
    return context


def on_post_template(output, template_name, config):
    lang = current_language(config)
    if template_name != TEMPLATE or lang == DEFAULT_LANGUAGE:
        return output
    path = Path(config.site_dir) / lang / TEMPLATE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(output, encoding="utf-8")
    return ""  # mkdocs writes nothing at the root: that is the default language's page
