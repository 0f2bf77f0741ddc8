"""Citations of the recommendations for reference managers: Highwire Press ``citation_*`` meta
tags (read by Zotero, Mendeley and Google Scholar), BibTeX, RIS and CSL-JSON, and the reference a
reader copies from a page.

One recommendation is cited as a paragraph of the United Nations report that adopted it, as a UN
librarian would cite it: the report's own title (``report_title`` in data/vocabulary.yml, the
Arabic version's in Arabic, the UN English version's in English), author the Working Group (a
body, not a person), publisher the United Nations, report number the document symbol, date the
last day of the meeting (when the report was adopted), the paragraph in the note (no
reference-manager field holds a paragraph, and a page field would claim a page), language and URL
of the page. The report has no titles of its own: the heading a recommendation carries on this
site is the project's, so it appears only in the note, named as the project's. An English page
quotes the project's own translation from the Arabic version: its citation names the project as
translator and says so in the note. Words from data/words.yml (group ``citations``). Output is
deterministic (no access date, stable order).

Files (``/data/citations/``, ``-<lang>`` after the name for any language but the default one):
    recommendations.bib / .ris / .json          every recommendation, Arabic
    recommendations-en.bib / .ris / .json       every recommendation, English
One recommendation's citation is downloaded from its page, where each format is a ``data:`` link
saved under the citation's key (``wgtip-2013-11-05.bib``, ``wgtip-2013-11-05-en.ris`` …).
"""
from __future__ import annotations

import datetime as dt
import html
import json
import posixpath
import re
from dataclasses import dataclass, field

from . import words
from .exports import page_url
from .blocks import number_label
from .pages import DEFAULT_LANGUAGE, LANGUAGES, Page, prefix, url_of
from .site import Site

DIR = "data/citations"
COLLECTION = "recommendations"
FORMATS = {"bib": "BibTeX", "ris": "RIS", "json": "CSL-JSON"}
MEDIA_TYPES = {"bib": "application/x-bibtex", "ris": "application/x-research-info-systems",
               "json": "application/vnd.citationstyles.csl+json"}
# BibTeX/biblatex language names (babel's) of the site's languages.
LANGID = {"ar": "arabic", "en": "english"}


@dataclass(frozen=True)
class Citation:
    key: str  # BibTeX key and CSL id: wgtip-2013-11-05, wgtip-2013-11-05-en
    lang: str
    title: str  # the report's own title
    author: str
    publisher: str
    symbol: str | None
    paragraph: int
    date: dt.date
    url: str
    reference: str = ""  # what a reader copies: title, symbol, paragraph (and, in English, whose translation)
    note: str | None = None
    # the note without the project's heading: the paragraph and, in English, whose translation it
    # is; the meta tags' citation_abstract (the one free-text field Zotero reads from them)
    wording: str | None = None
    translator: str | None = None  # the project, for a citation of its translation
    keywords: tuple[str, ...] = field(default_factory=tuple)


def suffix(lang: str) -> str:
    return "" if lang == DEFAULT_LANGUAGE else f"-{lang}"


def collection_name(lang: str, ext: str) -> str:
    """The path of a language's citation file under the site root: data/citations/recommendations-en.bib."""
    return f"{DIR}/{COLLECTION}{suffix(lang)}.{ext}"


def page_path(lang: str, rel: str) -> str:
    """The URL path of a page under the site root: en/recommendations/05/."""
    return prefix(lang) + url_of(rel)


def relative(from_page: str, target: str) -> str:
    """A link from a page (its URL path, a directory) to a file, both under the site root."""
    return posixpath.relpath(target, from_page or ".")


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def citation(the_site: Site, page: Page, site_url: str) -> Citation:
    """The citation of one recommendation page, in its language."""
    lang, meta = page.lang, page.meta
    session = the_site.vocabulary["sessions"][meta["session"]]
    labels = words.group("citations", lang)
    symbol = session.get("report_symbol")
    paragraph = int(meta["paragraph"])
    number = number_label(paragraph, lang)
    title = session["report_title"][lang]
    themes = tuple(the_site.vocabulary["themes"][t]["label"][lang] for t in meta.get("themes", ()))
    english = words.group("citation_notes", lang)  # the translation's: empty for the Arabic
    fields = {"report": title, "symbol": symbol or "", "paragraph": number, "title": meta["title"]}
    parts = [labels["paragraph"], english.get("translation", "")]
    wording = " ".join(part.format(**fields) for part in parts if part)
    note = " ".join(part for part in (wording, labels["heading"].format(**fields)) if part)
    return Citation(
        key=f"{meta['session']}-{paragraph:02d}{suffix(lang)}",
        lang=lang,
        title=title,
        author=labels["author"],
        publisher=labels["publisher"],
        symbol=symbol,
        paragraph=paragraph,
        date=_date(session["end"]),
        url=page_url(site_url, lang, page.rel),
        reference=labels["reference"].format(**fields),
        note=note or None,
        wording=wording or None,
        translator=english.get("translator"),
        keywords=themes,
    )


def citations(the_site: Site, lang: str, site_url: str) -> list[Citation]:
    return [citation(the_site, p, site_url) for p in the_site.recommendations(lang)]


# --- Highwire Press meta tags -------------------------------------------------------------------

def meta_tags(c: Citation) -> list[tuple[str, str]]:
    """(name, content) pairs, in the order Google Scholar's inclusion guidelines list them.
    citation_technical_report_institution makes Zotero save the page as a report. No Highwire tag
    holds a paragraph or a translator: citation_abstract (Zotero's Abstract) carries the paragraph
    and, on an English page, that the wording is the project's unofficial translation; the
    project's heading stays out of the tags, since a reference manager would take it for the work's."""
    date = c.date.strftime("%Y/%m/%d")
    # "Last, First" with no first name: a body's name stays whole. Zotero splits an author with
    # no comma at its last space ("Working Group on Trafficking in" "Persons").
    tags = [("citation_title", c.title), ("citation_author", c.author + ","),
            ("citation_publication_date", date), ("citation_date", date),
            ("citation_publisher", c.publisher), ("citation_technical_report_institution", c.publisher)]
    if c.symbol:
        tags.append(("citation_technical_report_number", c.symbol))
    tags += [("citation_language", c.lang), ("citation_abstract_html_url", c.url), ("citation_public_url", c.url)]
    if c.keywords:
        tags.append(("citation_keywords", "; ".join(c.keywords)))
    if c.wording:
        tags.append(("citation_abstract", c.wording))
    return tags


# --- BibTeX -------------------------------------------------------------------------------------

_BIB_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
                "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# (a substitution, not str.translate: translating Arabic text through a table costs a lookup per
# character, and most text has none of these)
_BIB_CHARS = re.compile("|".join(map(re.escape, _BIB_SPECIAL)))


def bib_escape(text: str) -> str:
    return _BIB_CHARS.sub(lambda match: _BIB_SPECIAL[match.group(0)], text)


def bibtex_entry(c: Citation) -> str:
    fields = [
        ("author", "{" + bib_escape(c.author) + "}"),  # double braces: a body, not "Persons, W. G. o. T. i."
        ("title", bib_escape(c.title)),
        ("institution", bib_escape(c.publisher)),
    ]
    if c.translator:
        fields.append(("translator", "{" + bib_escape(c.translator) + "}"))  # biblatex; a body, as author
    if c.symbol:
        fields.append(("number", bib_escape(c.symbol)))
    fields += [("year", str(c.date.year)), ("month", None), ("date", c.date.isoformat()),
               ("langid", LANGID.get(c.lang, c.lang)), ("language", LANGID.get(c.lang, c.lang)),
               ("url", c.url)]
    if c.note:
        fields.append(("note", bib_escape(c.note)))
    if c.keywords:
        fields.append(("keywords", bib_escape(", ".join(c.keywords))))
    lines = []
    for name, value in fields:
        if name == "month":
            lines.append(f"  month = {_MONTHS[c.date.month - 1]},")
        else:
            lines.append(f"  {name} = {{{value}}},")
    return "@techreport{" + c.key + ",\n" + "\n".join(lines) + "\n}\n"


def to_bibtex(cs: list[Citation]) -> str:
    return "\n".join(bibtex_entry(c) for c in cs)


# --- RIS ----------------------------------------------------------------------------------------

def ris_entry(c: Citation) -> str:
    def one_line(text: str) -> str:
        return " ".join(text.split())

    tags = [("TY", "RPRT"), ("AU", c.author)]
    if c.translator:
        tags.append(("A4", c.translator))  # Zotero reads A4 as the translator
    tags += [("TI", c.title), ("PY", str(c.date.year)),
            ("DA", c.date.strftime("%Y/%m/%d")), ("PB", c.publisher)]
    if c.symbol:
        tags.append(("SN", c.symbol))  # the report number of an RPRT record
    tags += [("LA", c.lang), ("UR", c.url)]
    if c.note:
        tags.append(("N1", c.note))
    tags += [("KW", k) for k in c.keywords]
    tags.append(("ER", ""))
    return "".join(f"{tag}  - {one_line(value)}\r\n" for tag, value in tags)


def to_ris(cs: list[Citation]) -> str:
    return "\r\n".join(ris_entry(c) for c in cs)


# --- CSL-JSON -----------------------------------------------------------------------------------

def csl_item(c: Citation) -> dict:
    item = {
        "id": c.key,
        "type": "report",
        "title": c.title,
        "author": [{"literal": c.author}],
        "publisher": c.publisher,
        **({"translator": [{"literal": c.translator}]} if c.translator else {}),
        "issued": {"date-parts": [[c.date.year, c.date.month, c.date.day]]},
        "language": c.lang,
        "URL": c.url,
    }
    if c.symbol:
        item["number"] = c.symbol
    if c.note:
        item["note"] = c.note
    if c.keywords:
        item["keyword"] = ", ".join(c.keywords)
    return item


def to_csl_json(cs: list[Citation]) -> str:
    return json.dumps([csl_item(c) for c in cs], ensure_ascii=False, indent=2) + "\n"


WRITERS = {"bib": to_bibtex, "ris": to_ris, "json": to_csl_json}


# --- files and links ----------------------------------------------------------------------------

def files(the_site: Site, site_url: str, languages: tuple[str, ...] = LANGUAGES) -> dict[str, str]:
    """The citation files of all recommendations, per language (of ``languages``) and format: path
    under the site root -> text. A recommendation's own citation is no file but a data: link on its
    page (page_downloads): thousands of small files would cost the build far more than the bytes."""
    out: dict[str, str] = {}
    for lang in languages:
        cs = citations(the_site, lang, site_url)
        for ext, write in WRITERS.items():
            out[collection_name(lang, ext)] = write(cs)
    return out


# characters a data: URL cannot carry as they are: the percent sign (first: the others' escapes
# hold one), the fragment mark, and the newlines and tabs the URL parser would drop; everything
# else (Arabic included) stays readable
_DATA_ESCAPES = [(c, f"%{ord(c):02X}") for c in "%#\r\n\t"]


def data_url(text: str, ext: str) -> str:
    """A data: URL holding one citation file's text, UTF-8."""
    for char, escape in _DATA_ESCAPES:  # str.replace: str.translate is slow on Arabic text
        text = text.replace(char, escape)
    return f"data:{MEDIA_TYPES[ext]};charset=utf-8," + text


def _links(targets: dict[str, str], from_page: str) -> str:
    return " · ".join(f'<a href="{relative(from_page, target)}" download>{label}</a>'
                      for label, target in targets.items())


def page_downloads(c: Citation) -> str:
    """The paragraph of download links for a recommendation page's cite section: each format of
    its citation as a data: link, saved under the citation's key (wgtip-2013-11-05.bib)."""
    links = " · ".join(
        f'<a href="{html.escape(data_url(WRITERS[ext]([c]), ext), quote=True)}" download="{c.key}.{ext}">{label}</a>'
        for ext, label in FORMATS.items())
    return f'<p class="tw-cite-downloads">{words.word("citations", "download", c.lang)}: {links}</p>'


def collection_downloads(lang: str, from_rel: str = "index.md") -> str:
    """A list item 'Citations: BibTeX · RIS · CSL-JSON' for after the home page's data downloads."""
    here = page_path(lang, from_rel)
    targets = {label: collection_name(lang, ext) for ext, label in FORMATS.items()}
    label = words.word("citations", "all", lang)
    return f'\n<li class="tw-cite-all"><strong>{label}</strong>: {_links(targets, here)}</li>'


def editors_title(lang: str) -> str:
    """The line under a recommendation's title saying whose title it is (not indexed for search)."""
    return f'<p class="tw-editors-title" data-pagefind-ignore="all">{html.escape(words.word("citations", "editors_title", lang))}</p>'
