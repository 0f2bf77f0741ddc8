"""Search with Pagefind: mark what each page contributes, then index the built site.

Makes: (1) per page, the Pagefind markup — ``data-pagefind-body`` around the content, the title
and a summary as metadata, each recommendation's facets as filters (labels in the page's
language), lists and notices that repeat other pages' text excluded, and on Arabic pages the
hidden normalised search terms (tawsiyat.search_terms); (2) the search box settings (UI words,
facet names, the Arabic normalisation rules) for partials/tw-search.html; (3) after the last
language is built, the Pagefind index of the whole site (one index per <html lang>), so that
``mkdocs build`` and ``mkdocs serve`` are searchable with no extra step.
From: rendered page HTML, page front matter, the vocabulary; the pagefind binary from PyPI.
Priorities: on_config -120 (after static-i18n set the language); page_content -50, after
symbols (default 0) so its links are in place; post_build -300, after exports (-200) and after
static-i18n's nested builds (-100), in the final pass only.
Set TAWSIYAT_ARABIC_NORMALISATION=off to build without the Arabic normalisation (tests use it
to prove that they fail without it).
"""
from __future__ import annotations

import html as html_mod
import os
import subprocess
import sys

from _support import current_language, final_pass, logger, page_rel, site
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from tawsiyat import indexes, search_terms, words
from tawsiyat.htmltext import html_to_text
from tawsiyat.schema import is_recommendation

log = logger("search")
IGNORED = ("headerlink", "tw-para-num", "tw-facet-list", "tw-rec-meta", "tw-chart", "tw-matrix", "admonition info", "tw-rec-link")


def _normalising() -> bool:
    return os.environ.get("TAWSIYAT_ARABIC_NORMALISATION", "on").lower() not in ("off", "0", "false", "no")


@event_priority(-120)
def on_config(config):
    lang = current_language(config)
    config.extra["tw_search"] = {
        "lang": lang,
        "words": words.group("search", lang),
        "counts": words.counts(lang),
        "filters": [{"key": f.name, "label": f.label[lang]} for f in indexes.FACETS],
        "rules": search_terms.RULES if _normalising() else None,
    }
    return config


def _hidden(attr: str, name: str, value: str) -> str:
    return f'<span {attr}="{html_mod.escape(name)}" hidden>{html_mod.escape(value)}</span>'


@event_priority(-50)
def on_page_content(html, page, config, files):
    lang = current_language(config)
    the_site = site()
    text = html_to_text(html, IGNORED)
    for name in IGNORED:
        html = html.replace(f'class="{name}', f'data-pagefind-ignore="all" class="{name}')
    extra = [_hidden("data-pagefind-meta", "title", page.title or "")]
    source = the_site.page(lang, page_rel(page))
    if source is not None and is_recommendation(source):
        for facet in indexes.FACETS:
            for value in indexes.values_of(source, facet):
                label = the_site.vocabulary[facet.vocabulary][value]["label"][lang]
                extra.append(_hidden("data-pagefind-filter", facet.name, label))
        extra.append(_hidden("data-pagefind-meta", "paragraph", str(source.meta["paragraph"])))
        summary = indexes.first_words(source, 30)
    else:
        words = text.split()
        summary = " ".join(words[:30]) + (" …" if len(words) > 30 else "")
    extra.append(_hidden("data-pagefind-meta", "summary", summary))
    if lang == "ar" and _normalising():
        terms = search_terms.terms(text + " " + (page.title or ""))
        if terms:
            extra.append(f'<div class="tw-search-terms" hidden>{html_mod.escape(terms)}</div>')
    return f'<div data-pagefind-body>{html}\n{"".join(extra)}</div>'


@event_priority(-300)
def on_post_build(config):
    if not final_pass(config):
        return
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", config.site_dir, "--quiet"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise PluginError(f"pagefind failed to index {config.site_dir}:\n{result.stderr or result.stdout}")
    log.info("pagefind indexed %s", config.site_dir)
