"""Search with Pagefind: mark what each page contributes, then index the built site.

Makes: (1) per page, the Pagefind markup — ``data-pagefind-body`` around the content, the title
as metadata, each recommendation's facets as filters (labels in the page's language), lists,
notices and the glossary table that repeat other pages' text excluded, and on Arabic pages the
hidden normalised search terms (tawsiyat.search_terms); (2) the search box settings (UI words,
facet names, the Arabic normalisation rules) for partials/tw-search.html; (3) a Pagefind bundle
per language (``/pagefind/`` for Arabic, ``/en/pagefind/`` for English), so that ``mkdocs build``
and ``mkdocs serve`` are searchable with no extra step.
From: rendered page HTML, page front matter, the vocabulary; the pagefind binary from PyPI.
Priorities: on_config -120 (after static-i18n set the language); page_content -50, after
symbols (default 0) so its links are in place; post_build twice: at -50, as each language's pass
ends, Pagefind starts on that language's pages in a process of its own; at -300, the build waits
for every index it started and fails if one failed: in the final pass, after the exports (and,
when hooks/parallel_languages.py builds the other languages in a child process, in that child).
Pagefind reads only what it indexes (issue 30): on_env makes each language pass a temporary folder
(in /dev/shm where it has room), and on_post_page, after every other hook (-200), copies into it
the ``<html>`` tag, the title and the ``data-pagefind-body`` element of each written page that has
one (tawsiyat.pagefind_input); Pagefind indexes that copy into the site, reading about a third of
the bytes for the same bundle (a build test decodes both and compares them). The folder goes when
its index is made, on a failed build, at exit, or (a killed process's) at the next build. Where a
pass did not write every page (``--dirty``), Pagefind reads the language's folder as before.
Under ``mkdocs serve`` the build does not wait (the browser reloads as soon as the pages are
written); on_config at 100, before anything of the next rebuild, waits for what it left running.
Each paragraph is found once, on the page that holds it: the assembled full report and the
parallel view repeat every paragraph of the recommendation and meeting pages, so they are kept out
of the index (no ``data-pagefind-body``) rather than indexed three times or cut into per-paragraph
records (through the ``pagefind`` Python API): the recommendation pages already are one
paragraph each, and custom records would mean extracting the text a second time, outside
Pagefind's own HTML handling. Pages that hold several paragraphs (the meeting pages) need no
records of their own either, nor Pagefind's sub-results (which split a page only at headings or
elements with ``data-pagefind-title``): Pagefind returns the position of every element with an id
(``anchors``) and of every hit, so the search box opens the page at the ``#p-N`` holding the
most query words and Pagefind's highlight script marks the words there.
What the first query fetches (issue 14: at most 150 KB gzip at 5,000 recommendations per
language) decides the rest. Pagefind indexes every metadata field's words beside the text, and
cuts its word index into chunks in word order, a chunk closing once it holds about 20,000 page
entries and positions; a query fetches the chunk holding each of its words. So:
- the only metadata is the title (Pagefind ranks title matches higher); no summary (it would index
  the first words of each page a second time: the search box cuts excerpts from the text) and no
  paragraph number (thousands of one-page words that would share a chunk with common words);
- every page lists the numbers of its paragraphs as the ``paragraph`` filter, for lookup by
  number ("الفقرة ٢٢", "para 22"): filters are fetched only when a query uses them;
- a search needs at least one word (Pagefind fetches the whole index for a search with none), so
  every page has one word, ``EVERY_PAGE``, which a search by filters alone or by number asks for.
  It is made of the letter U+06FF, which sorts after every Arabic and Latin word, so this longest
  of posting lists ends the index instead of sharing a chunk with words readers search for.
Everything this hook adds as hidden metadata is written as attribute values, not text, so it is
not shown in excerpts; the hidden search terms come last, after an empty element with the id
``tw-search-terms``, so the search box knows where the visible text ends.
Equivalences (data/equivalences.yml, tawsiyat.equivalences) add the other phrases of a group to
the hidden terms of a page containing one; a bad entry stops the build naming the file and entry.
The same file's weak words (and their weight) go to the search box, which ranks with them.
Issue 27: the pages that hold no paragraph get the word ``INDEX_PAGE`` among their hidden terms,
so that the search box ranks them after the paragraphs with the same words; and each language's
words, with the number of pages having each (``VOCABULARY``, written beside the pages as their
pass ends), let the search box correct a one-letter typo in a query word found nowhere.
Set TAWSIYAT_ARABIC_NORMALISATION=off to build without the Arabic normalisation and
TAWSIYAT_EQUIVALENCES=off without the equivalences (tests use them to prove that they fail
without).
"""
from __future__ import annotations

import atexit
import html as html_mod
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from _support import current_language, final_pass, language_child, logger, page_rel, project, serving, site
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from tawsiyat import equivalences, exports, glossary, indexes, pagefind_input, report, search_terms, words
from tawsiyat.blocks import FULL_REPORT_MARKER, RECOMMENDATIONS_MARKER
from tawsiyat.pages import DEFAULT_LANGUAGE, LANGUAGES, prefix
from tawsiyat.htmltext import html_to_text
from tawsiyat.schema import is_recommendation

log = logger("search")
IGNORED = ("headerlink", "tw-para-num", "tw-facet-list", "tw-rec-meta", "tw-chart", "tw-matrix", "admonition info", "tw-rec-link",
           glossary.TABLE_CLASS)


PARAGRAPH = re.compile(r'data-paragraph="(\d+)"')
EVERY_PAGE = "\u06ff\u06ff\u06ff"  # see the module docstring: the word every page has, sorted last
# the word the pages that hold no paragraph of a report have (indexes, the home and about pages):
# the search box asks for it once (quoted: an exact search, not the beginning of EVERY_PAGE) and
# ranks these pages after the paragraphs that have the same words (issue 27)
INDEX_PAGE = "\u06ff\u06ff"
# each language's words, with the number of pages having each, beside its Pagefind bundle
VOCABULARY = "search-words.json"
# the lists of recommendation titles on a chapter page (report.section_list) repeat other pages
TITLE_LIST = re.compile(r'<ul>(?=\s*<li><a href="[^"]*recommendations/)')
IGNORED_LIST = re.compile(r'<ul data-pagefind-ignore="all">.*?</ul>', re.S)
_state: dict = {}


def _switch(name: str) -> bool:
    return os.environ.get(name, "on").lower() not in ("off", "0", "false", "no")


def _normalising() -> bool:
    return _switch("TAWSIYAT_ARABIC_NORMALISATION")


def _equivalences(config) -> equivalences.Equivalences:
    """The validated equivalences file, read once per build (its first language pass)."""
    path = project(config).root / "data" / "equivalences.yml"
    if current_language(config) == DEFAULT_LANGUAGE or "equivalences" not in _state:
        try:
            loaded = equivalences.load(path) if path.exists() else equivalences.empty()
        except equivalences.EquivalenceError as exc:
            raise PluginError(str(exc)) from None
        if not _switch("TAWSIYAT_EQUIVALENCES"):
            kept = loaded
            loaded = equivalences.empty()
            loaded.paragraph_words, loaded.weak_words, loaded.weak_weight = (
                kept.paragraph_words, kept.weak_words, kept.weak_weight)
        _state["equivalences"] = loaded
    return _state["equivalences"]


@event_priority(-120)
def _configure(config):
    lang = current_language(config)
    equiv = _equivalences(config)
    _state["vocabulary"] = {}  # this language's words and how many pages have each (on_page_content)
    config.extra["tw_search"] = {
        # the words put before a paragraph number, this language's first: a reader may type the
        # other language's ("para 33" on the Arabic site, «الفقرة ٣٣» on the English one)
        "paragraph_words": list(dict.fromkeys(
            [*equiv.paragraph_words[lang], *(w for other in LANGUAGES if other != lang for w in equiv.paragraph_words[other])])),
        # the words that count little in a query, and how little (the search box ranks with them)
        "weak_words": equiv.weak_words[lang],
        "weak_weight": equiv.weak_weight,
        "every_page": EVERY_PAGE,
        "index_page": INDEX_PAGE,
        # this language's words (on_post_build), fetched for typo correction only
        "vocabulary": prefix(lang) + VOCABULARY,
        # the groups, so that a result found through one phrase highlights the other in the text
        "equivalences": equiv.groups[lang],
        "lang": lang,
        # with more than one meeting on the site, paragraph numbers collide: the search box names a
        # result's meeting (from its `session` filter, which Pagefind does not index as words)
        "name_meetings": len(site().held_sessions()) > 1,
        # each language has its own Pagefind bundle (see on_post_build), under its own root
        "base": prefix(lang),
        "words": words.group("search", lang),
        "counts": words.counts(lang),
        "digits": words.digits(lang),
        "filters": [{"key": f.name, "label": f.label[lang]} for f in indexes.FACETS],
        # the open data the listed recommendations are downloaded from (issue 28), and the file name
        "downloads": {"json": "data/" + exports.JSON_NAME, "name": "recommendations-selected"},
        # where the "no results" panel sends the reader (paths from the site root): the themes, the
        # glossary, and the other language's site, whose search box opens with the same query
        "links": {
            "themes": prefix(lang) + _index_url("theme"),
            "glossary": prefix(lang) + "glossary/",
            "other": prefix(next(other for other in LANGUAGES if other != lang)),
        },
        "rules": search_terms.RULES if _normalising() else None,
        # how many pages the index holds (counted in on_page_content, before any page is
        # rendered): the search box weighs a query's words by how rare they are among them
        "pages": 0,
    }
    return config


def _index_url(facet_name: str) -> str:
    """The URL (from a language's root) of a facet's index page."""
    facet = next(f for f in indexes.FACETS if f.name == facet_name)
    return indexes.overview_page(facet)[: -len("index.md")]


def _hidden(attr: str, name: str, value: str) -> str:
    """Metadata or a filter value given inline, as an attribute: no text for Pagefind to index."""
    value = " ".join(value.split())
    return f'<span {attr}="{html_mod.escape(name)}:{html_mod.escape(value)}" hidden></span>'


def _assembled(source) -> bool:
    """The full report and the parallel view: every paragraph on them has its own page."""
    return bool(FULL_REPORT_MARKER.search(source.body) or report.PARALLEL_MARKER.search(source.body))


@event_priority(-50)
def on_page_content(html, page, config, files):
    lang = current_language(config)
    the_site = site()
    source = the_site.page(lang, page_rel(page))
    if source is not None and _assembled(source):
        return html
    if source is not None and RECOMMENDATIONS_MARKER.search(source.body):
        html = TITLE_LIST.sub('<ul data-pagefind-ignore="all">', html)
    text = html_to_text(IGNORED_LIST.sub("", html), IGNORED)
    for name in IGNORED:
        html = html.replace(f'class="{name}', f'data-pagefind-ignore="all" class="{name}')
    extra = [_hidden("data-pagefind-meta", "title", page.title or "")]
    numbers = dict.fromkeys(PARAGRAPH.findall(html))
    for number in numbers:
        extra.append(_hidden("data-pagefind-filter", "paragraph", number))
    if source is not None and is_recommendation(source):
        for facet in indexes.FACETS:
            for value in indexes.values_of(source, facet):
                label = the_site.vocabulary[facet.vocabulary][value]["label"][lang]
                extra.append(_hidden("data-pagefind-filter", facet.name, label))
    full = text + " " + (page.title or "")
    terms = [_state["equivalences"].terms(full, lang)]
    if lang == "ar" and _normalising():
        terms.insert(0, search_terms.terms(full))
    if not numbers:
        terms.append(INDEX_PAGE)
    terms.append(EVERY_PAGE)
    terms_text = " ".join(t for t in terms if t)
    # always present: its id marks, for the search box, where the page's visible text ends (an
    # empty element: Pagefind keeps the text of an element with an id in every result's data)
    extra.append(f'<span id="tw-search-terms"></span><div hidden>{html_mod.escape(terms_text)}</div>')
    config.extra["tw_search"]["pages"] += 1
    counts = _state["vocabulary"]
    for word in search_terms.vocabulary(full + " " + terms_text, lang):
        counts[word] = counts.get(word, 0) + 1
    return f'{pagefind_input.BODY}{html}\n{"".join(extra)}</div>'


SHM = Path("/dev/shm")
SHM_FREE = 2 * 1024**3  # bytes: the copies of 5,000 recommendations per language take about 130 MB


COPIES = "tawsiyat-pagefind-"  # + language + "-" + the building process's id + "-" + a random part


def _in_memory() -> Path:
    """Where the copies go: in memory where the system has room to spare (Linux's /dev/shm: a file
    written there costs a fifth of one on disk, measured), else the temporary folder. A
    container's /dev/shm is often 64 MB: too small, and so not used."""
    try:
        if SHM.is_dir() and os.access(SHM, os.W_OK) and shutil.disk_usage(SHM).free >= SHM_FREE:
            return SHM
    except OSError:
        pass
    return Path(tempfile.gettempdir())


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs (where that can be asked without harm: on Windows, os.kill
    ends the process, so every process counts as running and stale copies stay)."""
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's: alive
        pass
    return True


def _new_copies_folder(lang: str) -> Path:
    """A folder for this pass's copies, removed when its index is made, when the build fails, when
    this process exits, and otherwise (a process killed) by the next build that starts here."""
    for parent in {SHM, Path(tempfile.gettempdir())}:
        for stale in parent.glob(COPIES + "*"):
            parts = stale.name[len(COPIES):].split("-")
            if len(parts) >= 2 and parts[1].isdigit() and not _alive(int(parts[1])):
                shutil.rmtree(stale, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix=f"{COPIES}{lang}-{os.getpid()}-", dir=_in_memory()))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _copies() -> dict:
    """This language pass's indexed copies: their folder, and which pages went into it."""
    return _state.setdefault("copies", {})


def on_env(env, config, files):
    """Each language's pass: a new folder for the indexed copies of the pages it will write."""
    copies = _copies()
    copies.clear()
    copies["folder"] = _new_copies_folder(current_language(config))
    copies["root"] = Path(config.site_dir) / prefix(current_language(config))  # what the copies mirror
    copies["expected"] = {f.src_uri for f in files.documentation_pages()}
    copies["written"] = set()
    return env


@event_priority(-200)  # after every other hook: the page as it is written
def on_post_page(output, page, config):
    copies = _copies()
    if "folder" in copies:
        copies["written"].add(page.file.src_uri)
        path = copies["folder"] / Path(page.file.abs_dest_path).relative_to(copies["root"])
        try:
            pagefind_input.copy_indexed_part(output, path)
        except ValueError as exc:
            raise PluginError(f"{page.file.src_uri}: {exc}") from None
    return output


def _index_language(config) -> tuple[subprocess.Popen, Path | None]:
    """Start Pagefind on the pages of the language just built, into its own bundle
    (``<site>/pagefind/`` for the default language, ``<site>/<lang>/pagefind/`` for the others):
    on their indexed copies when the pass wrote every page, else on the language's folder."""
    lang = current_language(config)
    folder = Path(config.site_dir) / prefix(lang)
    copies = _copies()
    copied = copies.pop("folder", None)
    if copied is not None and copies["expected"] <= copies["written"]:
        command = [*pagefind_input.command(), "--site", str(copied), "--output-path", str(folder / "pagefind"), "--quiet"]
    else:
        if copied is not None:
            shutil.rmtree(copied, ignore_errors=True)
            copied = None
        command = [*pagefind_input.command(), "--site", str(folder), "--quiet"]
        if lang == DEFAULT_LANGUAGE:  # at the site root, beside the other languages' folders
            others = {other for other in LANGUAGES if other != DEFAULT_LANGUAGE}
            names = sorted(p.name for p in folder.iterdir() if p.is_dir() and p.name not in others)
            command += ["--glob", "{" + ",".join(["*.html"] + [f"{name}/**/*.html" for name in names]) + "}"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True), copied


def _write_vocabulary(config, lang: str) -> None:
    """The words of this language's indexed pages, each with the number of pages that have it, for
    the search box to correct a one-letter typo in a query word found nowhere (fetched only then)."""
    folder = Path(config.site_dir) / prefix(lang)
    folder.mkdir(parents=True, exist_ok=True)
    words = dict(sorted(_state.get("vocabulary", {}).items()))
    (folder / VOCABULARY).write_text(json.dumps(words, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


@event_priority(-50)
def _start_index(config):
    """Each language's pages are complete when its pass ends: index them in the background, while
    the build goes on."""
    lang = current_language(config)
    _write_vocabulary(config, lang)
    _state.setdefault("indexing", {})[lang] = _index_language(config)


@event_priority(-300)
def _wait_for_indexes(config):
    """In the final pass, after everything else, wait for every language's index (and in the
    child that builds the other languages, for the indexes it started). Under ``serve`` the
    browser reloads without waiting: the indexes are done a moment later, and the next rebuild
    waits for them before it empties the site folder (_await_earlier_indexes)."""
    if not (final_pass(config) or language_child()):
        return
    if serving():
        _EARLIER.update(_state.pop("indexing", {}))
        return
    for lang, process in _state.pop("indexing", {}).items():
        _finish(lang, process)


def _finish(lang: str, started: tuple[subprocess.Popen, Path | None]) -> None:
    process, copied = started
    output, _ = process.communicate()
    if copied is not None:
        shutil.rmtree(copied, ignore_errors=True)
    if process.returncode != 0:
        raise PluginError(f"pagefind failed to index the {lang} pages:\n{output}")
    log.info("pagefind indexed the %s pages", lang)


# serve: the indexes the last build started and did not wait for (language -> process)
_EARLIER: dict[str, tuple[subprocess.Popen, Path | None]] = {}


@event_priority(100)
def _await_earlier_indexes(config):
    """Under ``serve``, before a rebuild empties the site folder: the indexes the last build left
    running are finished (a failure is logged: the new build indexes again)."""
    while _EARLIER:
        lang, process = _EARLIER.popitem()
        try:
            _finish(lang, process)
        except PluginError as exc:
            log.error(str(exc))


def on_build_error(error):
    """A failed build leaves no copies behind."""
    copied = _copies().pop("folder", None)
    if copied is not None:
        shutil.rmtree(copied, ignore_errors=True)


def on_shutdown():
    _await_earlier_indexes(None)


on_post_build = CombinedEvent(_start_index, _wait_for_indexes)
on_config = CombinedEvent(_await_earlier_indexes, _configure)
