"""Citations for reference managers, and whose words a citation quotes.

Makes: (1) on each recommendation page, its Highwire Press citation_* tags (page.meta
["tw_citation"], written into <head> by overrides/main.html's extrahead block), in its cite
section its citation as BibTeX, RIS and CSL-JSON downloads (data: links, no files), and under
its title one line saying the title is the editors' (the report gives its paragraphs none, and
citations name the report's own title, tawsiyat.citations); (2) on the
home page, links to the citation files of every recommendation after the data downloads; (3)
those files under /data/citations/ (tawsiyat.citations: one per language and format).
From: the validated site model, the vocabulary (meeting dates, document symbols) and site_url.
Events: page_content at -10, after indexes (default 0) has appended the cite section and before
search (-50) marks the page; each language's files in on_files of its own pass, when the site
directory has just been cleaned (as redirects.py).
"""
from __future__ import annotations

from pathlib import Path

from _support import citation as page_citation
from _support import current_language, logger, page_rel, site
from mkdocs.plugins import event_priority
from tawsiyat import citations
from tawsiyat.filewriter import write_files
from tawsiyat.schema import is_recommendation

log = logger("citations")
CITE_SECTION = ('class="tw-citation"', "</p>")  # the citation paragraph made by tawsiyat.indexes
DATA_DOWNLOADS = ('recommendations.schema.json"', "</li>")  # the home page's data downloads item


def _insert_after(html: str, anchor: tuple[str, str], insert: str) -> str | None:
    start = html.find(anchor[0])
    end = html.find(anchor[1], start) if start >= 0 else -1
    if end < 0:
        return None
    end += len(anchor[1])
    return html[:end] + insert + html[end:]


@event_priority(-10)
def on_page_content(html, page, config, files):
    lang = current_language(config)
    rel = page_rel(page)
    if rel == "index.md":
        placed = _insert_after(html, DATA_DOWNLOADS, citations.collection_downloads(lang, rel))
        if placed is None:
            log.warning("%s: no data downloads (a link to recommendations.schema.json) to add the "
                        "citation downloads after", page.file.src_uri)
        return placed or html
    source = site().page(lang, rel)
    if source is None or not is_recommendation(source):
        return html
    citation = page_citation(source, config.site_url or "/")
    page.meta["tw_citation"] = citations.meta_tags(citation)
    html = citations.editors_title(lang) + "\n" + html  # at the top of the content: under the H1
    placed = _insert_after(html, CITE_SECTION, "\n" + citations.page_downloads(citation))
    if placed is None:
        log.warning("%s: no cite section (class=\"tw-citation\") to add the citation downloads to",
                    page.file.src_uri)
    return placed or html


def on_files(files, config):
    lang = current_language(config)
    count = write_files(Path(config.site_dir), citations.files(site(), config.site_url or "/", (lang,)), newline="")
    log.info("wrote %d citation files (%s) under %s", count, lang, citations.DIR)
    return files
