"""Assemble the full report, and the per-section recommendation lists, from the pages.

Each paragraph is written once, in its page; the full report is put together from those pages
in the session's order (``report_pages`` in the vocabulary), headings demoted one level under
the report title, each ``<!-- recommendations: X -->`` replaced by the recommendation pages of
section X in paragraph order.
"""
from __future__ import annotations

import html
import re

from . import words
from .blocks import FULL_REPORT_MARKER, ID_PREFIX, RECOMMENDATIONS_MARKER, number_label
from .pages import Page

_HEADING = re.compile(r"^(#{1,5})(?=[ \t])", re.M)


def recommendations(pages: list[Page], session: str) -> list[Page]:
    """The session's recommendation pages, in paragraph order."""
    recs = [p for p in pages if p.is_recommendation and p.meta.get("session") == session]
    return sorted(recs, key=lambda p: p.meta["paragraph"])


def by_section(recs: list[Page]) -> dict[str, list[Page]]:
    out: dict[str, list[Page]] = {}
    for page in recs:
        out.setdefault(str(page.meta.get("section")), []).append(page)
    return out


def demote(markdown: str) -> str:
    return _HEADING.sub(lambda m: m.group(1) + "#", markdown)


def relative(from_rel: str, to_rel: str) -> str:
    """A Markdown link target from one page to another (paths under docs/<lang>/)."""
    up = from_rel.count("/")
    return "../" * up + to_rel


def section_list(recs: list[Page], from_rel: str, lang: str) -> str:
    """A link list of recommendations, for the chapter page."""
    lines = []
    for page in recs:
        label = number_label(page.meta["paragraph"], lang)
        lines.append(f"- [{label} — {page.meta.get('title', '')}]({relative(from_rel, page.rel)})")
    return "\n".join(lines) + "\n"


def expand_sections(markdown: str, sections: dict[str, list[Page]], render) -> str:
    return RECOMMENDATIONS_MARKER.sub(lambda m: render(sections.get(m.group("section"), [])), markdown)


def full_report(pages: list[Page], session: str, order: list[str], lang: str, from_rel: str) -> str:
    """The Markdown of the whole report, in its original order."""
    by_rel = {p.rel: p for p in pages}
    sections = by_section(recommendations(pages, session))

    def inline(recs: list[Page]) -> str:
        parts = []
        for page in recs:
            body = page.body.strip()
            link = relative(from_rel, page.rel)
            more = words.group("views", lang)["page"]
            parts.append(f"{body}\n\n[{more}: {page.meta.get('title', '')}]({link}){{ .tw-rec-link }}\n")
        return "\n".join(parts)

    chunks = []
    for rel in order:
        page = by_rel.get(rel)
        if page is None:
            raise KeyError(rel)
        chunks.append(demote(expand_sections(page.body.strip(), sections, inline)))
    return "\n\n".join(chunks) + "\n"


def expand_page(page: Page, markdown: str, pages: list[Page], session_order: list[str]) -> str:
    """Expand the markers of one page's Markdown."""
    session = page.meta.get("session", "")
    if FULL_REPORT_MARKER.search(markdown):
        whole = full_report(pages, session, session_order, page.lang, page.rel)
        markdown = FULL_REPORT_MARKER.sub(lambda m: whole, markdown)
    if RECOMMENDATIONS_MARKER.search(markdown):
        sections = by_section(recommendations(pages, session))
        markdown = expand_sections(markdown, sections, lambda recs: section_list(recs, page.rel, page.lang))
    return markdown


# --- the parallel view --------------------------------------------------------------------

_UNIT = re.compile(
    r"^(?P<heading>#{1,6})[ \t]+(?P<htext>.+?)[ \t]*$"
    r"|^:::[ \t]*(?P<kind>[a-z-]+)[ \t]+(?P<num>\d+)[ \t]*\n(?P<body>.*?)\n:::[ \t]*$",
    re.M | re.S,
)
_LINK_LINE = re.compile(r"^\[[^\]]*\]\([^)]*\)\{[^}]*\}\s*$", re.M)


def units(markdown: str) -> list[tuple]:
    """The report as a sequence: ("heading", level, text) and ("block", kind, number, body,
    notes, link) — notes being the Markdown that follows a block up to the next unit, link the
    line that leads to the block's recommendation page ("" when there is none)."""
    out: list[tuple] = []
    matches = list(_UNIT.finditer(markdown))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(markdown)
        between = markdown[match.end():end]
        links = _LINK_LINE.findall(between)
        trailing = _LINK_LINE.sub("", between).strip()
        if match.group("heading"):
            out.append(("heading", len(match.group("heading")), match.group("htext")))
        else:
            out.append(("block", match.group("kind"), int(match.group("num")), match.group("body"), trailing,
                        links[0].strip() if links else ""))
    return out


def _heading_id(index: int) -> str:
    """The anchor of the index-th heading of the parallel view (the same in both languages)."""
    return f"part-{index + 1}"


def _cell(lang: str, unit: tuple, session: str, main: bool, heading_index: int = 0) -> str:
    """One language's half of a row. ``main``: the page's own language, whose headings are the
    page's headings (in its table of contents) and whose paragraphs link to their pages."""
    direction = "rtl" if lang == "ar" else "ltr"
    tag = f'<p class="tw-parallel-lang" aria-hidden="true">{words.word("views", "language_" + lang, lang)}</p>\n'
    if unit[0] == "heading":
        level = min(unit[1], 6)
        if main:
            heading = (f'<h{level} id="{_heading_id(heading_index)}" class="tw-parallel-heading tw-level-{unit[1]}" '
                       f'markdown="span">{unit[2]}</h{level}>')
        else:
            heading = f'<p class="tw-parallel-heading tw-level-{unit[1]}" markdown="span">{unit[2]}</p>'
        return (f'<div class="tw-parallel-cell" lang="{lang}" dir="{direction}" markdown="block">\n\n'
                f'{heading}\n\n</div>')
    _, kind, number, body, notes, link = unit
    body = re.sub(r"^#{1,6}[ \t]+(.+)$", r"**\1**", body, flags=re.M)  # no second heading in the TOC
    body = body.replace('id="', f'id="{lang}-')  # ids inside the text exist once per language
    anchor = f"{ID_PREFIX[kind]}-{number}"
    number_html = ""
    if kind == "paragraph":
        label = number_label(number, lang)
        aria = f"{words.word('indexes', 'paragraph', lang)} {label}"
        number_html = (f'<div class="tw-para-num-box"><a class="tw-para-num" href="#{anchor}" '
                       f'aria-label="{aria}">{label}</a></div>\n')
    attrs = f'id="{lang}-{anchor}" data-{kind}="{number}" data-session="{session}" lang="{lang}" dir="{direction}"'
    extra = "\n\n".join(part for part in (notes, link if main else "") if part)
    return (f'<div class="tw-parallel-cell{" tw-has-num" if number_html else ""}" lang="{lang}" dir="{direction}" markdown="block">\n'
            + number_html + tag
            + f'<div class="tw-para-text" {attrs} markdown="block">\n\n{body}\n\n</div>\n\n'
            + (f'<div class="tw-parallel-notes" markdown="block">\n\n{extra}\n\n</div>\n\n' if extra else "")
            + "</div>")


def _plain(markdown_text: str) -> str:
    return html.escape(re.sub(r"[*_`]|\{[^}]*\}", "", markdown_text).strip(), quote=False)


def parallel_toc(headings: list[tuple], lang: str) -> str:
    """Chapters and their sections, linking to the headings of the parallel view."""
    if not headings:
        return ""
    top = min(h[1] for h in headings)
    out, open_sub = [], False
    for i, heading in enumerate(headings):
        item = f'<a href="#{_heading_id(i)}">{_plain(heading[2])}</a>'
        if heading[1] > top:
            if not open_sub:
                out.append("<ol>")
                open_sub = True
            out.append(f"<li>{item}</li>")
        else:
            if open_sub:
                out.append("</ol>")
                open_sub = False
            if out:
                out.append("</li>")
            out.append(f"<li>{item}")
    out.append("</ol></li>" if open_sub else "</li>")
    label = words.word("views", "contents", lang)
    return (f'<nav class="tw-parallel-toc" aria-label="{label}"><p class="tw-parallel-toc-title">{label}</p>'
            f'<ol>{"".join(out)}</ol></nav>\n\n')


def parallel(pages_by_lang: dict[str, list[Page]], session: str, order: list[str], page_lang: str,
             from_rel: str) -> str:
    """Arabic and English side by side, row by row: headings paired in order, blocks by number;
    a table of contents of the page language's headings first."""
    langs = [page_lang] + [lang for lang in ("ar", "en") if lang != page_lang]
    streams = {lang: units(full_report(pages_by_lang[lang], session, order, lang, from_rel)) for lang in langs}
    headings = {lang: [u for u in streams[lang] if u[0] == "heading"] for lang in langs}
    blocks = {lang: {(u[1], u[2]): u for u in streams[lang] if u[0] == "block"} for lang in langs}
    rows, heading_index = [], 0
    for unit in streams["ar"]:
        if unit[0] == "heading":
            pair = {lang: headings[lang][heading_index] if heading_index < len(headings[lang]) else unit for lang in langs}
            anchor, kind = "", "tw-parallel-headrow"
            cells = "\n".join(_cell(lang, pair[lang], session, lang == page_lang, heading_index) for lang in langs)
            heading_index += 1
        else:
            pair = {lang: blocks[lang].get((unit[1], unit[2]), unit) for lang in langs}
            anchor, kind = f' id="{ID_PREFIX[unit[1]]}-{unit[2]}"', "tw-parallel-block"
            cells = "\n".join(_cell(lang, pair[lang], session, lang == page_lang) for lang in langs)
        rows.append(f'<div class="tw-parallel-row {kind}"{anchor} markdown="block">\n{cells}\n</div>')
    own = headings[page_lang] if len(headings[page_lang]) == len(headings["ar"]) else headings["ar"]
    return parallel_toc(own, page_lang) + "\n\n".join(rows) + "\n"


PARALLEL_MARKER = re.compile(r"^<!--\s*parallel-report\s*-->\s*$", re.M)


def view_pages(pages: list[Page]) -> dict[str, dict[str, str]]:
    """Where each session's full report and parallel view are: {session: {"report": rel,
    "parallel": rel}}, found by their markers (one language's pages)."""
    out: dict[str, dict[str, str]] = {}
    for page in pages:
        session = page.meta.get("session")
        if not session:
            continue
        if FULL_REPORT_MARKER.search(page.body):
            out.setdefault(str(session), {})["report"] = page.rel
        if PARALLEL_MARKER.search(page.body):
            out.setdefault(str(session), {})["parallel"] = page.rel
    return out
