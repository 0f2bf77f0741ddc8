"""Generate the cross-index pages and enrich every recommendation page.

Makes: per language, an overview page per facet (themes/index.md …), a page per facet value
(themes/consent.md …) listing exactly the recommendations that carry it, the themes × addressees
matrix (matrix.md); on each recommendation page, its facet links, its citation and its
related recommendations; and the count charts behind ``<!-- overview-charts -->`` (home page).
From: the validated site model (front matter of every page) and data/vocabulary.yml; the lists are
computed once per build by tawsiyat.indexes and only formatted here.
Why generated pages, and why this priority: static-i18n only localises files that sit under
docs/<lang>/ and rebuilds the file list at priority -100 in on_files. So on_files runs here at the
default priority (before it) and adds real File entries at docs/<lang>/… paths, which static-i18n
then localises like hand-written pages (alternates, language switcher, /en/ prefix); it re-creates
File objects and drops generated content, so the Markdown is handed over in on_pre_page, which
fires for each page before its source is read.
"""
from __future__ import annotations

from _support import current_language, page_rel, site
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from tawsiyat import indexes
from tawsiyat.pages import LANGUAGES, Page
from tawsiyat.schema import is_recommendation

_state: dict = {}


def _indexes() -> dict[str, indexes.Index]:
    the_site = site()
    if _state.get("site") is not the_site:  # once per build, shared by the language passes
        _state["site"] = the_site
        _state["index"] = {lang: indexes.Index.build(the_site.recommendations(lang), the_site.vocabulary)
                           for lang in LANGUAGES}
        _state["content"] = {f"{lang}/{rel}": md for lang in LANGUAGES
                             for rel, md in indexes.generated_pages(_state["index"][lang], lang).items()}
    return _state["index"]


def on_files(files, config):
    _indexes()
    for src_uri in _state["content"]:
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(f"docs/{src_uri} is generated from the vocabulary: remove the hand-written file")
        files.append(File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls))
    return files


def on_pre_page(page, config, files):
    content = _state["content"].get(page.file.src_uri)
    if content is not None:
        page.file.content_string = content
        page.edit_url = None  # nothing to edit: the page is made from the vocabulary
    return page


@event_priority(20)
def on_page_markdown(markdown, page, config, files):
    lang = current_language(config)
    me = Page(page_rel(page), lang, dict(page.meta), markdown)
    index = _indexes()[lang]
    if indexes.OVERVIEW_MARKER.search(markdown):
        charts = indexes.overview_charts(index, lang, me.rel)
        return indexes.OVERVIEW_MARKER.sub(lambda m: charts, markdown)
    if not is_recommendation(me):
        return markdown
    symbol = index.vocab["sessions"][me.meta["session"]].get("report_symbol")
    return markdown + "\n\n" + indexes.recommendation_footer(index, me, lang, symbol)
