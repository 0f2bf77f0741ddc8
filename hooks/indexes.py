"""Generate the cross-index pages and enrich every recommendation page.

Makes: per language, an overview page per facet (themes/index.md …), a page per facet value
(themes/consent.md …) listing exactly the recommendations that carry it (and linking that list as
CSV and JSON, which hooks/exports.py writes), the list of every recommendation
(recommendations/index.md, with the whole exports), the themes × addressees matrix (matrix.md); on each recommendation page, links to its paragraph in the full report and the
parallel view, the previous and next recommendation, its facet links, its citation and its related
recommendations; the count charts in place of ``<!-- overview-charts -->`` and the meetings held in
place of ``<!-- holdings -->`` (home page); on each held meeting's page its own charts, and its own
matrix (sessions/<id>/matrix.md).
From: the validated site model (front matter of every page) and data/vocabulary.yml; the lists are
computed once per build by tawsiyat.indexes and only placed here, the generated pages' Markdown
once per language, on the first of its pages that is built.
Why generated pages, and why these events: static-i18n only localises files that sit under
docs/<lang>/ and rebuilds the file list at priority -100 in on_files. So on_files runs here at the
default priority (before it) and adds real File entries at docs/<lang>/… paths, which static-i18n
then localises like hand-written pages (alternates, language switcher, /en/ prefix); it re-creates
File objects and drops generated content, so the Markdown is handed over in on_pre_page, which
fires for each page before its source is read. Long lists (thousands of links at scale) are not
Markdown: they are put into the rendered page in on_page_content (default priority, before the
search hook at -50 marks what to index), which keeps the Markdown parser off them.
"""
from __future__ import annotations

from _support import citation as page_citation
from _support import current_language, page_rel, site, site_indexes
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from tawsiyat import indexes, report
from tawsiyat.pages import LANGUAGES
from tawsiyat.schema import is_recommendation

_state: dict = {}


def _indexes() -> dict[str, indexes.Index]:
    the_site = site()
    if _state.get("site") is not the_site:  # once per build, shared by the language passes
        _state["site"] = the_site
        _state["pages"] = {}
    return site_indexes()


def _generated(src_uri: str):
    """The generated page at ``src_uri`` (<lang>/<path>): its Markdown and slot fragments, made
    for the whole language the first time one of its pages is asked for (when the languages are
    built in two processes, each makes only its own), or None for any other page."""
    lang = src_uri.split("/", 1)[0]
    if lang not in LANGUAGES:
        return None
    if lang not in _state["pages"]:
        index = _indexes()[lang]
        _state["pages"][lang] = {f"{lang}/{rel}": made for rel, made in indexes.generated_pages(index, lang).items()}
    return _state["pages"][lang].get(src_uri)


def on_files(files, config):
    existing = {f.src_uri for f in files}
    for lang, index in _indexes().items():
        for rel in indexes.generated_paths(index):
            src_uri = f"{lang}/{rel}"
            if src_uri in existing:
                raise PluginError(f"docs/{src_uri} is generated from the vocabulary: remove the hand-written file")
            files.append(File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls))
    return files


def on_pre_page(page, config, files):
    generated = _generated(page.file.src_uri)
    if generated is not None:
        page.file.content_string = generated[0]
        page.edit_url = None  # nothing to edit: the page is made from the vocabulary
    return page


def on_page_content(html, page, config, files):
    generated = _generated(page.file.src_uri)
    if generated is not None:
        return indexes.fill_slots(html, generated[1])
    lang = current_language(config)
    rel = page_rel(page)
    index = _indexes()[lang]
    if indexes.OVERVIEW_SLOT in html:
        html = html.replace(indexes.OVERVIEW_SLOT, indexes.overview_charts(index, lang, rel), 1)
    if indexes.HOLDINGS_SLOT in html:
        html = html.replace(indexes.HOLDINGS_SLOT, indexes.holdings(index, lang, rel), 1)
    source = site().page(lang, rel)
    if source is not None and is_recommendation(source):
        reference = page_citation(source, config.site_url or "/").reference
        views = _views(lang).get(str(source.meta["session"]))
        html += ("\n" + indexes.recommendation_views(index, source, lang, views)
                 + indexes.recommendation_footer(index, source, lang, reference))
    return html


def _views(lang: str) -> dict:
    """Each meeting's full report and parallel view pages, found once per build and language."""
    key = ("views", lang)
    if key not in _state or _state.get(("views-site", lang)) is not site():
        _state[key] = report.view_pages(site().pages[lang])
        _state[("views-site", lang)] = site()
    return _state[key]
