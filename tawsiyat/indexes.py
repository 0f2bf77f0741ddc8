"""Cross-indexes of the recommendations by facet, and the Markdown of the pages that show them:
each facet value's page (with links to its own list as CSV and JSON, which tawsiyat.exports
writes from ``listed_ids``), the overviews, the matrix and the list of every recommendation.

A facet is a front-matter key with a vocabulary: theme, addressee, session, strength, section.
``Index.build`` computes every list once; the page functions only format it. Links are relative
Markdown links between pages of one language, so MkDocs checks them and static-i18n localises them.
"""
from __future__ import annotations

import bisect
import html
import posixpath
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations

from . import exports, notices, symbols, words
from .blocks import number_label
from .htmltext import escape_marking_language, plain_text
from .pages import Page, href, prefix, sessions_of, url_of


def _subsets(themes: set[str]) -> list[frozenset[str]]:
    """Every non-empty subset of a page's themes (a handful: a page has a few themes)."""
    ordered = sorted(themes)
    return [frozenset(c) for size in range(1, len(ordered) + 1) for c in combinations(ordered, size)]


@dataclass(frozen=True)
class Facet:
    name: str  # theme
    key: str  # front-matter key: themes
    vocabulary: str  # list in vocabulary.yml: themes
    folder: str  # pages under docs/<lang>/<folder>/
    many: bool  # a list of values per page

    @property
    def label(self) -> dict:  # {"ar": …, "en": …}, from data/words.yml
        return words.load()["facets"][self.name]["label"]

    @property
    def plural(self) -> dict:
        return words.load()["facets"][self.name]["plural"]


FACETS = (
    Facet("theme", "themes", "themes", "themes", True),
    Facet("addressee", "addressees", "addressees", "addressees", True),
    Facet("session", "session", "sessions", "sessions", False),
    Facet("strength", "strength", "strengths", "strengths", False),
    Facet("section", "section", "sections", "sections", False),
)
FACET_BY_NAME = {f.name: f for f in FACETS}
MATRIX_PAGE = "matrix.md"
ALL_PAGE = "recommendations/index.md"  # the list of every recommendation


def values_of(page: Page, facet: Facet) -> list[str]:
    value = page.meta.get(facet.key)
    if value is None:
        return []
    return list(value) if facet.many else [value]


def first_words(page: Page, count: int = 14) -> str:
    blocks = page.paragraph_blocks
    if not blocks:
        return ""
    words = plain_text(next(iter(blocks.values())).body).split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def value_page(facet: Facet, value: str) -> str:
    return f"{facet.folder}/{value}.md"


def overview_page(facet: Facet) -> str:
    return f"{facet.folder}/index.md"


@dataclass
class Index:
    """Every facet value -> the recommendations carrying it, in reading order."""

    vocab: dict
    recs: list[Page]
    lists: dict[str, dict[str, list[Page]]]
    _excerpts: dict = field(default_factory=dict)
    _sets: dict | None = None  # each non-empty set of themes -> the pages having all of them
    _set_positions: dict = field(default_factory=dict)
    _position: dict = field(default_factory=dict)
    _neighbours: dict | None = None

    _by_session: dict = field(default_factory=dict)

    @classmethod
    def build(cls, recs: list[Page], vocab: dict) -> "Index":
        lists: dict[str, dict[str, list[Page]]] = {}
        for facet in FACETS:
            lists[facet.name] = {value: [] for value in vocab[facet.vocabulary]}
            for page in recs:
                for value in values_of(page, facet):
                    lists[facet.name].setdefault(value, []).append(page)
        return cls(vocab, recs, lists)

    @cached_property
    def held(self) -> list[str]:
        """The meetings whose recommendations the index holds, in reading order."""
        return sessions_of(self.recs)

    @property
    def many_meetings(self) -> bool:
        """More than one meeting held: every list says which meeting each item is from."""
        return len(self.held) > 1

    def of_session(self, session: str) -> "Index":
        """The index of one meeting's recommendations (its charts and matrix)."""
        if session not in self._by_session:
            self._by_session[session] = Index.build(self.lists["session"].get(session, []), self.vocab)
        return self._by_session[session]

    def meeting_label(self, page: Page, lang: str) -> str:
        """Which meeting a list item is from, where the site holds more than one (else empty)."""
        if not self.many_meetings:
            return ""
        label = self.vocab["sessions"][page.meta["session"]]["label"][lang]
        return f' <span class="tw-meeting" data-session="{_esc(page.meta["session"])}">({_esc(label)})</span>'

    def label(self, facet: Facet, value: str, lang: str) -> str:
        return self.vocab[facet.vocabulary][value]["label"][lang]

    def description(self, facet: Facet, value: str, lang: str) -> str:
        return self.vocab[facet.vocabulary][value].get("description", {}).get(lang, "")

    def related(self, page: Page, limit: int = 5) -> list[tuple[Page, int]]:
        """Recommendations sharing the most themes with ``page``, best first; ties go to the
        nearest in reading order. The same whatever the number of recommendations: a page that
        shares exactly the themes S with ``page`` is in the list of pages having all of S, and
        if ``limit`` pages of that list are nearer to ``page`` on its side, each of them shares
        S or more and is nearer, so it cannot be among the best ``limit``. So the candidates are
        the ``limit`` + 1 nearest on each side in the list of each set of ``page``'s themes."""
        if self._sets is None:
            self._prepare_related()
        mine = set(page.meta.get("themes", []))
        here = self._position.get(page.rel, 0)
        candidates: dict[str, Page] = {}
        for themes in _subsets(mine):
            members = self._sets.get(themes, [])
            at = bisect.bisect_left(self._set_positions.get(themes, []), here)
            for other in members[max(0, at - limit - 1): at + limit + 1]:
                candidates[other.rel] = other
        candidates.pop(page.rel, None)
        ranked = sorted(
            ((len(mine & set(o.meta.get("themes", []))), o) for o in candidates.values()),
            key=lambda t: (-t[0], abs(self._position[t[1].rel] - here), self._position[t[1].rel]))
        return [(other, shared) for shared, other in ranked[:limit] if shared]

    def _prepare_related(self) -> None:
        self._position = {p.rel: i for i, p in enumerate(self.recs)}
        self._sets = {}
        for p in self.recs:  # in reading order, so every list is too
            for themes in _subsets(set(p.meta.get("themes", []))):
                self._sets.setdefault(themes, []).append(p)
        self._set_positions = {themes: [self._position[p.rel] for p in members]
                               for themes, members in self._sets.items()}

    def excerpt(self, page: Page) -> str:
        """The first words of a recommendation, computed once per page per build."""
        key = id(page)
        if key not in self._excerpts:
            self._excerpts[key] = first_words(page)
        return self._excerpts[key]


def _esc(text: str) -> str:
    return html.escape(str(text), quote=True)


def _rec_item(index: Index, page: Page, from_rel: str, lang: str, meeting: bool = True) -> str:
    """One recommendation in a list, as HTML (lists can hold thousands of items: raw HTML with
    computed links renders much faster than Markdown links, and every target is a known page)."""
    number = number_label(page.meta["paragraph"], lang)
    title = _esc(page.meta.get("title", ""))
    return (f'<li><a href="{href(from_rel, page.rel)}">{number} — {title}</a>{index.meeting_label(page, lang) if meeting else ""}<br>'
            f'<span class="tw-excerpt">{_esc(index.excerpt(page))}</span></li>')


def rec_list(index: Index, facet: Facet, value: str, from_rel: str, lang: str) -> str:
    recs = index.lists[facet.name].get(value, [])
    items = "".join(_rec_item(index, p, from_rel, lang, meeting=facet.name != "session") for p in recs)
    if items:
        body = f"<ul>{items}</ul>"
    elif facet.name == "session":  # an earlier meeting: session_details says it is not here yet
        body = ""
    else:
        body = f"<p>{words.word('indexes', 'none', lang)}</p>"
    return (f'<div class="tw-facet-list" data-facet="{facet.name}" data-value="{_esc(value)}" '
            f'data-count="{len(recs)}">{body}</div>\n')


def slot(key: str) -> str:
    """A place in generated Markdown that the build fills with ready HTML after rendering: long
    lists skip the Markdown parser, which is slow on raw HTML."""
    return f"\n<!-- tw-html:{key} -->\n"


def fill_slots(html: str, fragments: dict[str, str]) -> str:
    for key, fragment in fragments.items():
        html = html.replace(f"<!-- tw-html:{key} -->", fragment, 1)
    return html


def value_page_markdown(index: Index, facet: Facet, value: str, lang: str) -> tuple[str, dict[str, str]]:
    rel = value_page(facet, value)
    recs = index.lists[facet.name].get(value, [])
    title = index.label(facet, value, lang)
    parts = [
        f"---\ntitle: {_yaml_str(facet.label[lang] + ': ' + title)}\n---\n",
        f"# {_esc(title)}\n",
        f"[{_esc(facet.plural[lang])}](index.md){{ .tw-facet-kind }}\n",
        f"{escape_marking_language(index.description(facet, value, lang), lang)}\n",
    ]
    if facet.name == "session":
        parts.append(session_details(index, value, lang))
    if recs or facet.name != "session":  # an earlier meeting says it is not on the site instead
        parts.append(f'<p class="tw-count" data-count="{len(recs)}"><strong>{words.count(len(recs), "recommendation", lang)}</strong></p>\n')
    if recs:
        parts.append(downloads(lang, rel, "download", [(ext.upper(), exports.list_path(facet.folder, value, ext))
                                                        for ext in ("csv", "json")]))
    parts.append(slot("list"))
    fragments = {"list": rec_list(index, facet, value, rel, lang)}
    if facet.name == "session" and recs:  # a held meeting: its own numbers
        labels = words.group("indexes", lang)
        parts.append(f'\n## {_esc(labels["in_numbers"])} {{ #tw-charts }}\n')
        parts.append(f'[{_esc(labels["matrix"])}]({_md_link(rel, session_matrix_page(value))})\n')
        parts.append(slot("charts"))
        fragments["charts"] = overview_charts(index.of_session(value), lang, rel)
    return "\n".join(parts), fragments


def session_details(index: Index, value: str, lang: str) -> str:
    info = index.vocab["sessions"][value]
    labels = words.group("indexes", lang)
    symbol = info.get("report_symbol")
    lines = []
    if symbol:
        lines.append(f"- {labels['report']}: <a class=\"tw-ltr\" dir=\"ltr\" href=\"{symbols.url(symbol, lang)}\">{symbol}</a>")
    held = bool(index.lists["session"].get(value))
    lines.append(f"- {labels['held'] if held else labels['not_held']}")
    return f'<div class="tw-session" data-held="{str(held).lower()}" markdown="block">\n\n' + "\n".join(lines) + "\n\n</div>\n"


def not_yet(index: Index, value: str, lang: str) -> str:
    """A meeting whose recommendations are not on the site: says so, and links its report."""
    labels = words.group("views", lang)
    symbol = index.vocab["sessions"][value].get("report_symbol")
    text = f'<span class="tw-not-yet" data-count="0">{_esc(labels["not_yet"])}</span>'
    if symbol:
        link = f'<a class="tw-symbol tw-ltr" dir="ltr" href="{symbols.url(symbol, lang)}">{_esc(symbol)}</a>'
        text += " — " + labels["official_report"].format(symbol=link)
    return text


def count_cell(index: Index, facet: Facet, value: str, count: int, lang: str) -> str:
    if facet.name == "session" and count == 0:
        return not_yet(index, value, lang)
    return f'<span data-count="{count}">{words.count(count, "recommendation", lang)}</span>'


def overview_markdown(index: Index, facet: Facet, lang: str) -> str:
    labels = words.group("indexes", lang)
    rows = [f"| {facet.label[lang]} | {labels['count']} |", "| --- | --- |"]
    values = list(index.lists[facet.name])
    if facet.name == "session":
        values.sort(key=lambda v: index.vocab["sessions"][v].get("order", 0))
    for value in values:
        count = len(index.lists[facet.name][value])
        text = _esc(index.label(facet, value, lang))
        if facet.name == "section" and index.many_meetings:  # which meeting's section
            text += f" ({_esc(index.vocab['sessions'][index.vocab['sections'][value]['session']]['label'][lang])})"
        link = f"[{text}]({value}.md)"
        rows.append(f"| {link} | {count_cell(index, facet, value, count, lang)} |")
    body = "\n".join(rows)
    return (f"---\ntitle: {_yaml_str(facet.plural[lang])}\n---\n\n# {_esc(facet.plural[lang])}\n\n"
            f'<div class="tw-facet-overview" data-facet="{facet.name}" markdown="block">\n\n{body}\n\n</div>\n'
            + ("\n" + f"[{labels['matrix']}](../{MATRIX_PAGE})\n" if facet.name in ("theme", "addressee") else ""))


def session_matrix_page(session: str) -> str:
    return f"sessions/{session}/matrix.md"


def _md_link(from_rel: str, to_rel: str) -> str:
    """A relative Markdown link target between two pages of one language (MkDocs checks it)."""
    return posixpath.relpath(to_rel, posixpath.dirname(from_rel) or ".")


def _by_meeting(index: Index, lang: str, from_rel: str, target) -> str:
    """"By meeting: A · B", linking each held meeting's own view (``target(session)``), where the
    site holds more than one meeting (else empty)."""
    if not index.many_meetings:
        return ""
    links = " · ".join(f'<a href="{href(from_rel, target(s))}">{_esc(index.vocab["sessions"][s]["label"][lang])}</a>'
                       for s in index.held)
    return f'<p class="tw-by-meeting">{_esc(words.word("indexes", "by_meeting", lang))} {links}</p>\n'


def matrix_markdown(index: Index, lang: str, rel: str = MATRIX_PAGE, session: str | None = None) -> tuple[str, dict[str, str]]:
    """Themes (rows) against addressees (columns): counts, each cell linking to its list; of every
    meeting (matrix.md) or of one (``session``: sessions/<id>/matrix.md)."""
    labels = words.group("indexes", lang)
    whole = index
    if session is not None:
        index = index.of_session(session)
    theme, addressee = FACET_BY_NAME["theme"], FACET_BY_NAME["addressee"]
    addressees = [a for a, recs in index.lists["addressee"].items() if recs]
    head = "| " + theme.label[lang] + " | " + " | ".join(_esc(index.label(addressee, a, lang)) for a in addressees) + " |"
    rows = [head, "|" + " --- |" * (len(addressees) + 1)]
    sections = []
    for t, t_recs in index.lists["theme"].items():
        if not t_recs:
            continue
        cells = []
        for a in addressees:
            both = [p for p in t_recs if a in p.meta.get("addressees", [])]
            if both:
                said = (f"{words.count(len(both), 'recommendation', lang)}: {index.label(theme, t, lang)} × "
                        f"{index.label(addressee, a, lang)}")
                cells.append(f'<a href="#{t}--{a}" aria-label="{_esc(said)}">{words.number(len(both), lang)}</a>')
                items = "".join(_rec_item(index, p, rel, lang) for p in both)
                sections.append(
                    f'<div class="tw-matrix-cell" id="{t}--{a}" data-theme="{t}" data-addressee="{a}">'
                    f"<p><strong>{_esc(index.label(theme, t, lang))} × {_esc(index.label(addressee, a, lang))}</strong></p>"
                    f"<ul>{items}</ul></div>\n")
            else:
                cells.append("–")
        rows.append(f"| [{_esc(index.label(theme, t, lang))}]({_md_link(rel, value_page(theme, t))}) | " + " | ".join(cells) + " |")
    hint = words.word("views", "matrix_scroll", lang)
    title = labels["matrix"]
    scope = ""
    if session is not None:
        meeting = index.vocab["sessions"][session]["label"][lang]
        title = f"{title} — {meeting}"
        scope = f'<p class="tw-scope">{_esc(labels["matrix_of"])} <a href="{href(rel, value_page(FACET_BY_NAME["session"], session))}">{_esc(meeting)}</a></p>\n\n'
    elif whole.many_meetings:
        scope = f'<p class="tw-scope">{_esc(labels["all_meetings"])}</p>\n\n' + _by_meeting(whole, lang, rel, session_matrix_page) + "\n"
    markdown = (f"---\ntitle: {_yaml_str(title)}\n---\n\n# {_esc(title)}\n\n{scope}{labels['matrix_intro']}\n\n"
                f'<p class="tw-scroll-hint" id="tw-matrix-hint">{_esc(hint)}</p>\n\n'
                f'<div class="tw-matrix" role="region" tabindex="0" aria-label="{_esc(title)}" '
                f'aria-describedby="tw-matrix-hint" markdown="block">\n\n' + "\n".join(rows) + "\n\n</div>\n" + slot("cells"))
    return markdown, {"cells": "\n".join(sections)}


def listed_ids(index: Index) -> dict[str, dict[str, list[str]]]:
    """Each index page's list as export ids: folder -> value -> ids, in the page's order."""
    return {facet.folder: {value: [exports.rec_id(p) for p in recs] for value, recs in index.lists[facet.name].items()}
            for facet in FACETS}


def data_href(lang: str, from_rel: str, path: str) -> str:
    """A link from a page to a file under the site's data/ folder (one for every language)."""
    depth = len([part for part in (prefix(lang) + url_of(from_rel)).split("/") if part])
    return "../" * depth + "data/" + path


def downloads(lang: str, from_rel: str, key: str, files: list[tuple[str, str]]) -> str:
    """"Download this list: CSV · JSON", linking files under data/ (``files``: (label, path))."""
    links = " · ".join(f'<a href="{_esc(data_href(lang, from_rel, path))}" download data-format="{_esc(path.rsplit(".", 1)[1])}">'
                       f"{_esc(label)}</a>" for label, path in files)
    return f'<p class="tw-downloads">{_esc(words.word("exports", key, lang))} {links}</p>\n'


def all_markdown(index: Index, lang: str) -> tuple[str, dict[str, str]]:
    """The list of every recommendation (/recommendations/), meeting by meeting where the site
    holds more than one, with the whole exports to download."""
    title = words.word("list_all", "title", lang)
    files = [(words.word("exports", "xlsx", lang), exports.XLSX_NAME), ("CSV", exports.CSV_NAME), ("JSON", exports.JSON_NAME)]
    parts = [f"---\ntitle: {_yaml_str(title)}\n---\n", f"# {_esc(title)}\n",
             f'<p class="tw-count" data-count="{len(index.recs)}"><strong>{words.count(len(index.recs), "recommendation", lang)}</strong></p>\n',
             downloads(lang, ALL_PAGE, "download_all", files), slot("list")]
    lists = []
    for session in index.held:
        recs = index.lists["session"][session]
        heading = ""
        if index.many_meetings:
            label = _esc(index.vocab["sessions"][session]["label"][lang])
            heading = f'<h2 id="{_esc(session)}"><a href="{href(ALL_PAGE, value_page(FACET_BY_NAME["session"], session))}">{label}</a></h2>'
        items = "".join(_rec_item(index, p, ALL_PAGE, lang, meeting=False) for p in recs)
        lists.append(f'{heading}<div class="tw-facet-list" data-facet="all" data-value="{_esc(session)}" '
                     f'data-count="{len(recs)}"><ul>{items}</ul></div>\n')
    return "\n".join(parts), {"list": "".join(lists)}


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generated_paths(index: Index) -> list[str]:
    """The paths under docs/<lang>/ of the generated pages (the same in every language)."""
    paths = [MATRIX_PAGE, ALL_PAGE] + [session_matrix_page(s) for s in index.held]
    for facet in FACETS:
        paths.append(overview_page(facet))
        paths += [value_page(facet, value) for value in index.lists[facet.name]]
    return paths


def generated_pages(index: Index, lang: str) -> dict[str, tuple[str, dict[str, str]]]:
    """Every generated page of one language: path under docs/<lang>/ -> (Markdown, the HTML
    fragments for its slots)."""
    pages = {MATRIX_PAGE: matrix_markdown(index, lang), ALL_PAGE: all_markdown(index, lang)}
    for session in index.held:
        rel = session_matrix_page(session)
        pages[rel] = matrix_markdown(index, lang, rel, session)
    for facet in FACETS:
        pages[overview_page(facet)] = (overview_markdown(index, facet, lang), {})
        for value in index.lists[facet.name]:
            pages[value_page(facet, value)] = value_page_markdown(index, facet, value, lang)
    return pages


def neighbours(index: Index, page: Page) -> tuple[Page | None, Page | None]:
    """The recommendations before and after ``page`` in its report's order (same meeting,
    paragraph order, across agenda sections). Found for every page at once, on first use."""
    if index._neighbours is None:
        by_session: dict = {}
        for p in index.recs:
            by_session.setdefault(p.meta.get("session"), []).append(p)
        index._neighbours = {}
        for same in by_session.values():
            for at, p in enumerate(same):
                index._neighbours[p.rel] = ((same[at - 1] if at > 0 else None),
                                            (same[at + 1] if at + 1 < len(same) else None))
    return index._neighbours.get(page.rel, (None, None))


def recommendation_views(index: Index, page: Page, lang: str, views: dict[str, str] | None) -> str:
    """Links from a recommendation page to its paragraph in the full report and in the parallel
    view (``views``: {"report": rel, "parallel": rel} of its meeting), and to the previous and
    next recommendation in the report's order."""
    labels = words.group("views", lang)
    para = page.meta["paragraph"]
    number = number_label(para, lang)
    out = ['<div class="tw-rec-meta tw-rec-views">']
    links = []
    for kind, key in (("report", "in_report"), ("parallel", "side_by_side")):
        if views and views.get(kind):
            links.append(f'<li><a class="tw-view-link" data-view="{kind}" href="{href(page.rel, views[kind])}#p-{para}">'
                         f'{_esc(labels[key].format(paragraph=number))}</a></li>')
    if links:
        out.append(f'<nav class="tw-views" aria-label="{_esc(labels["elsewhere"])}"><ul>{"".join(links)}</ul></nav>')
    before, after = neighbours(index, page)
    if before or after:
        items = []
        for other, rel, key in ((before, "prev", "previous"), (after, "next", "next")):
            if other is None:
                items.append(f'<li class="tw-{rel} tw-none" aria-hidden="true"></li>')
                continue
            items.append(f'<li class="tw-{rel}"><a rel="{rel}" href="{href(page.rel, other.rel)}">'
                         f'<span class="tw-pager-dir">{_esc(labels[key])}</span> '
                         f'<span class="tw-pager-title">{number_label(other.meta["paragraph"], lang)} — '
                         f'{_esc(other.meta.get("title", ""))}</span></a></li>')
        out.append(f'<nav class="tw-pager" aria-label="{_esc(labels["between"])}"><ul>{"".join(items)}</ul></nav>')
    out.append("</div>\n")
    return "\n".join(out)


def recommendation_footer(index: Index, page: Page, lang: str, reference: str | None) -> str:
    """Facet links, citation (``reference``: what a reader copies, tawsiyat.citations) and related
    recommendations, appended to a recommendation page (as HTML: see _rec_item)."""
    labels = words.group("indexes", lang)
    comma = words.word("search", "separator", lang)  # the list separator of data/words.yml
    out = ['<div class="tw-rec-meta">', f"<h2 id=\"tw-facets\">{labels['facets']}</h2><ul>"]
    for facet in FACETS:
        links = [f'<a href="{href(page.rel, value_page(facet, v))}">{_esc(index.label(facet, v, lang))}</a>'
                 for v in values_of(page, facet)]
        if links:  # "Themes:" before two themes, "Theme:" before one
            name = (facet.plural if len(links) > 1 else facet.label)[lang]
            out.append(f"<li><strong>{name}:</strong> {comma.join(links)}</li>")
    out.append("</ul>")
    if reference:
        copy = labels["copy"]
        out.append(f"<h2 id=\"tw-cite\">{labels['cite']}</h2>")
        out.append(f'<p class="tw-citation" data-citation="{_esc(reference)}"><span class="tw-citation-text">{_esc(reference)}</span> '
                   f'<button type="button" class="tw-copy md-button" data-copy="{_esc(reference)}" '
                   f'data-copied="{_esc(labels["copied"])}">{copy}</button></p>')
    related = index.related(page)
    if related:
        out.append(f"<div class=\"tw-related\"><h2 id=\"tw-related\">{labels['related']}</h2><ul>")
        for other, shared in related:
            number = number_label(other.meta["paragraph"], lang)
            out.append(f'<li><a href="{href(page.rel, other.rel)}">{number} — {_esc(other.meta.get("title", ""))}</a>'
                       f"{index.meeting_label(other, lang)} <small>({words.count(shared, 'shared_theme', lang)})</small></li>")
        out.append("</ul></div>")
    out.append("</div>\n")
    return "\n".join(out)


def chart(index: Index, facet_name: str, lang: str, from_rel: str = "index.md") -> str:
    """A horizontal bar chart of counts per value, as plain HTML (no script, no library)."""
    facet = FACET_BY_NAME[facet_name]
    counts = [(v, len(r)) for v, r in index.lists[facet_name].items() if r]
    counts.sort(key=lambda t: (-t[1], index.label(facet, t[0], lang)))
    top = max((c for _, c in counts), default=1)
    items = []
    for value, count in counts:
        link = href(from_rel, value_page(facet, value))
        width = round(100 * count / top)
        items.append(
            f'<li><a class="tw-chart-label" href="{link}">{_esc(index.label(facet, value, lang))}</a>'
            f'<span class="tw-chart-track" aria-hidden="true"><span class="tw-chart-bar" style="inline-size:{width}%"></span></span>'
            f'<span class="tw-chart-count" data-count="{count}"><span aria-hidden="true">{words.number(count, lang)}</span>'
            f'<span class="tw-sr-only">{words.count(count, "recommendation", lang)}</span></span></li>')
    return (f'<figure class="tw-chart" data-facet="{facet.name}">'
            f'<figcaption>{_esc(facet.plural[lang])}</figcaption><ul>' + "".join(items) + "</ul></figure>\n")


OVERVIEW_SLOT = "<!-- overview-charts -->"
HOLDINGS_SLOT = "<!-- holdings -->"


def holdings(index: Index, lang: str, from_rel: str) -> str:
    """What the site holds, meeting by meeting, from the data: each meeting's page, how many
    recommendations in how many sections, its report, and whether its text is verified."""
    labels = words.group("indexes", lang)
    items = []
    for session in index.held:
        info = index.vocab["sessions"][session]
        recs = index.lists["session"][session]
        count = words.count(len(recs), "recommendation", lang)
        sections = {p.meta["section"] for p in recs if p.meta.get("section")}
        if sections:
            count = labels["holding"].format(count=count, sections=words.count(len(sections), "section_genitive", lang))
        link = f'<a href="{href(from_rel, value_page(FACET_BY_NAME["session"], session))}">{_esc(info["label"][lang])}</a>'
        parts = [f'{link}: <span data-count="{len(recs)}">{_esc(count)}</span>']
        if info.get("report_symbol"):
            symbol = info["report_symbol"]
            parts.append(f'{_esc(labels["report"])}: <a class="tw-symbol tw-ltr" dir="ltr" href="{symbols.url(symbol, lang)}">{_esc(symbol)}</a>')
        if notices.unverified_session(info):
            parts.append(f'<strong class="tw-unverified">{_esc(labels["unverified"])}</strong>')
        items.append(f'<li data-session="{_esc(session)}">' + " — ".join(parts) + "</li>")
    return f'<p>{_esc(labels["holdings"])}</p>\n<ul class="tw-holdings">' + "".join(items) + "</ul>\n"


def overview_charts(index: Index, lang: str, from_rel: str) -> str:
    """The count charts; where the site holds more than one meeting, said to be of all of them,
    with a link to each meeting's own (on its page)."""
    scope = ""
    if index.many_meetings:
        scope = (f'<p class="tw-scope">{_esc(words.word("indexes", "all_meetings", lang))}</p>\n'
                 + _by_meeting(index, lang, from_rel, lambda s: value_page(FACET_BY_NAME["session"], s)))
    return scope + "\n".join(chart(index, name, lang, from_rel) for name in ("theme", "addressee", "strength"))

