"""Under ``mkdocs serve``, convert again only the Markdown that changed since the last rebuild.

Makes: nothing new; the pages ``serve`` writes after a save are those a first build writes (the
tests compare them byte for byte). ``serve`` rebuilds the whole site at every save, and converting
the Markdown of every page was the largest share of a rebuild: the assembled full report and the
parallel view alone hold every paragraph of the meeting twice over.
How: a page's HTML, contents and title are what MkDocs's Markdown conversion (Page.render) makes
of its final Markdown, its address, the site's file list (its links are resolved against it) and
mkdocs.yml (the extensions and their settings). Keyed on those, the result of a conversion is kept
for the life of the ``serve`` process and given back instead of converting again. What is kept is
copied in and out, so a hook that changes a page's contents in place changes only that page.
A page whose Markdown did not change logs its link warnings once, at the first build that
converted it, not at every rebuild.
From: each page's Markdown as the other hooks leave it (on_page_markdown at -1000, after every
other) and the file list (on_files at -1000, after every hook that adds or drops a file).
Not under ``mkdocs build``: there every page is converted once anyway.
"""
from __future__ import annotations

import copy
import hashlib
import types
from pathlib import Path

from _support import final_pass, logger, serving
from mkdocs.plugins import event_priority

log = logger("serve_cache")

_CACHE: dict[tuple, tuple] = {}  # key -> what Page.render set (see _kept)
_MAX = 20_000  # pages; emptied when full (a serve session rarely converts that many distinct texts)
_state: dict = {}


@event_priority(-1000)
def on_files(files, config):
    if serving():
        _state.setdefault("counts", {"converted": 0, "kept": 0})
        listing = "\n".join(f"{f.src_uri}\t{f.url}" for f in files)
        settings = Path(config.config_file_path).read_bytes() if config.config_file_path else b""
        _state["site"] = hashlib.sha256(listing.encode("utf-8") + b"\0" + settings).hexdigest()
    return files


def _kept(page) -> tuple:
    links = {file.src_uri: dict(anchors) for file, anchors in (page.links_to_anchors or {}).items()}
    return (page.content, copy.deepcopy(page.toc), page._title_from_render, set(page.present_anchor_ids or ()), links)


def _render_cached(page, config, files) -> None:
    key = (_state["site"], page.file.src_uri, page.url, page.markdown)
    kept = _CACHE.get(key)
    _state["counts"]["converted" if kept is None else "kept"] += 1
    if kept is None:
        type(page).render(page, config, files)
        if len(_CACHE) >= _MAX:
            _CACHE.clear()
        _CACHE[key] = _kept(page)
        return
    content, toc, title, anchors, links = kept
    page.content, page.toc, page._title_from_render = content, copy.deepcopy(toc), title
    page.present_anchor_ids = set(anchors)
    page.links_to_anchors = {files.get_file_from_path(uri): dict(a) for uri, a in links.items()
                             if files.get_file_from_path(uri) is not None}


@event_priority(-1000)
def on_page_markdown(markdown, page, config, files):
    if serving() and "site" in _state:
        page.render = types.MethodType(_render_cached, page)
    return markdown


@event_priority(-250)  # after static-i18n's post_build (-100), in which it builds the other languages
def on_post_build(config):
    if serving() and final_pass(config) and "counts" in _state:
        counts = _state.pop("counts")
        log.info("Markdown converted for %d pages, kept from the last build for %d", counts["converted"], counts["kept"])
