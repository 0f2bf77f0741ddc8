"""Citations in the built site, both languages: the citation_* meta tags Zotero and Mendeley read,
and the BibTeX, RIS and CSL-JSON downloads, parsed by real parsers (bibtexparser, rispy) and
rendered by a real CSL processor (citeproc-py). Expected values come from the pages' front matter,
the vocabulary and data/words.yml, never from literals."""
from __future__ import annotations

import html as html_mod
import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import TEST_SITE_URL, read_html, site_model

from tawsiyat import citations, exports, words
from tawsiyat.blocks import number_label
from tawsiyat.pages import LANGUAGES, url_of

SITE_URL = TEST_SITE_URL  # the address the test build is made for
META = re.compile(r'<meta name="(citation_[a-z_]+)" content="([^"]*)">')


@pytest.fixture(scope="module")
def model():
    return site_model()


def recs(model, lang):
    return model.recommendations(lang)


def head(html: str) -> str:
    return html[: html.index("</head>")]


def tags(html: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, content in META.findall(head(html)):
        out.setdefault(name, []).append(html_mod.unescape(content))
    return out


def prefix(lang):
    return "" if lang == "ar" else f"{lang}/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_recommendation_page_has_citation_tags_in_its_head(built_site, model, lang):
    labels = words.group("citations", lang)
    pages = recs(model, lang)
    assert pages
    for page in pages:
        session = model.vocabulary["sessions"][page.meta["session"]]
        url = exports.page_url(SITE_URL, lang, page.rel)
        found = tags(read_html(built_site, prefix(lang) + url_of(page.rel)))
        date = str(session["end"]).replace("-", "/")
        # the report's own title: the page's title is the project's (issue 26 §2)
        assert found["citation_title"] == [session["report_title"][lang]], page.rel
        assert all(page.meta["title"] not in value for values in found.values() for value in values), page.rel
        assert found["citation_author"] == [labels["author"] + ","]  # "Last, First": one body, not split
        assert found["citation_publication_date"] == found["citation_date"] == [date]
        assert found["citation_publisher"] == found["citation_technical_report_institution"] == [labels["publisher"]]
        assert found["citation_technical_report_number"] == [session["report_symbol"]]
        assert found["citation_language"] == [lang]
        assert found["citation_abstract_html_url"] == found["citation_public_url"] == [url]
        # the only free text Zotero reads from the tags: the paragraph, and in English whose
        # translation the page quotes (issue 26 §2); never the project's heading (checked above)
        fields = {"symbol": session["report_symbol"], "paragraph": number_label(page.meta["paragraph"], lang)}
        abstract = found["citation_abstract"]
        assert len(abstract) == 1 and abstract[0].startswith(labels["paragraph"].format(**fields)), page.rel
        translation = words.group("citation_notes", lang).get("translation")
        assert (translation.format(**fields) in abstract[0]) if translation else abstract[0] == labels["paragraph"].format(**fields)


def test_other_pages_have_no_citation_tags(built_site):
    for url in ("", "en", "report", "en/report", "themes/consent", "en/parallel"):
        assert tags(read_html(built_site, url)) == {}, url


def _download_links(html: str, cls: str) -> list[tuple[str, str]]:
    """(href, download name) of each download link in the element of class ``cls``."""
    block = re.search(rf'class="{cls}">(.*?)</(?:p|li)>', html, re.S)
    assert block, cls
    return [(html_mod.unescape(href), name) for href, name in re.findall(r'href="([^"]+)" download(?:="([^"]*)")?', block.group(1))]


def _page_citations(built_site, lang, model) -> list[dict[str, tuple[str, str]]]:
    """Per recommendation page, in order: extension -> (download name, the file's text)."""
    out = []
    for page in recs(model, lang):
        html = read_html(built_site, prefix(lang) + url_of(page.rel))
        found = {}
        for href, name in _download_links(html[html.index('id="tw-cite"'):], "tw-cite-downloads"):
            head, _, data = href.partition(",")
            found[Path(name).suffix[1:]] = (name, head, unquote(data))
        out.append(found)
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cite_section_downloads_the_citation_and_home_page_links_to_the_files(built_site, model, lang):
    for page, found in zip(recs(model, lang), _page_citations(built_site, lang, model)):
        assert list(found) == ["bib", "ris", "json"], page.rel
        key = citations.citation(model, page, SITE_URL).key
        for ext, (name, head, _) in found.items():
            assert name == f"{key}.{ext}"
            assert head == f"data:{citations.MEDIA_TYPES[ext]};charset=utf-8"
    home = built_site / prefix(lang)
    links = [href for href, _ in _download_links((home / "index.html").read_text(encoding="utf-8"), "tw-cite-all")]
    assert [(home / h).resolve() for h in links] == [
        (built_site / citations.collection_name(lang, ext)).resolve() for ext in ("bib", "ris", "json")]
    assert all((home / h).resolve().is_file() for h in links)


def _files(built_site, lang, ext, model):
    """The language's citation file, and the text of each recommendation page's own citation."""
    return built_site / citations.collection_name(lang, ext), [
        found[ext][2] for found in _page_citations(built_site, lang, model)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bibtex_parses_with_bibtexparser(built_site, model, lang):
    import bibtexparser

    collection, singles = _files(built_site, lang, "bib", model)
    library = bibtexparser.parse_string(collection.read_text(encoding="utf-8"))
    assert library.failed_blocks == []
    assert len(library.entries) == len(recs(model, lang))
    assert len({e.key for e in library.entries}) == len(library.entries)
    labels = words.group("citations", lang)
    for entry, page in zip(library.entries, recs(model, lang)):
        fields = entry.fields_dict
        assert entry.entry_type == "techreport"
        assert fields["author"].value == "{" + labels["author"] + "}"
        session = model.vocabulary["sessions"][page.meta["session"]]
        assert fields["title"].value == citations.bib_escape(session["report_title"][lang])
        note = fields["note"].value
        assert number_label(page.meta["paragraph"], lang) in note and citations.bib_escape(page.meta["title"]) in note
        translator = words.group("citation_notes", lang).get("translator")
        assert (fields["translator"].value if "translator" in fields else None) == (translator and "{" + translator + "}")
        assert fields["number"].value == session["report_symbol"]
        assert fields["url"].value == exports.page_url(SITE_URL, lang, page.rel)
    for single, page in zip(singles, recs(model, lang)):
        one = bibtexparser.parse_string(single)
        assert one.failed_blocks == [] and len(one.entries) == 1, single
        assert one.entries[0].fields_dict["url"].value == exports.page_url(SITE_URL, lang, page.rel)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ris_parses_with_rispy(built_site, model, lang):
    import rispy

    collection, singles = _files(built_site, lang, "ris", model)
    records = rispy.loads(collection.read_text(encoding="utf-8"))
    assert len(records) == len(recs(model, lang))
    for record, page in zip(records, recs(model, lang)):
        assert record["type_of_reference"] == "RPRT"
        assert record["authors"] == [words.word("citations", "author", lang)]
        assert record["title"] == model.vocabulary["sessions"][page.meta["session"]]["report_title"][lang]
        assert page.meta["title"] in record["notes"][0]
        translator = words.group("citation_notes", lang).get("translator")
        assert record.get("subsidiary_authors") == ([translator] if translator else None)
        assert record["urls"] == [exports.page_url(SITE_URL, lang, page.rel)]
        assert record["language"] == lang
    for single in singles:
        assert len(rispy.loads(single)) == 1, single


@pytest.mark.parametrize("lang", LANGUAGES)
def test_csl_json_renders_with_citeproc(built_site, model, lang):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    collection, singles = _files(built_site, lang, "json", model)
    items = json.loads(collection.read_text(encoding="utf-8"))
    assert len(items) == len(recs(model, lang))
    bibliography = CitationStylesBibliography(CitationStylesStyle("harvard-cite-them-right", validate=False),
                                              CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == len(items)
    author = words.word("citations", "author", lang)
    for page in recs(model, lang):
        url = exports.page_url(SITE_URL, lang, page.rel)
        [line] = [r for r in rendered if url in r]
        symbol = model.vocabulary["sessions"][page.meta["session"]]["report_symbol"]
        year = str(model.vocabulary["sessions"][page.meta["session"]]["end"])[:4]
        report_title = model.vocabulary["sessions"][page.meta["session"]]["report_title"][lang]
        assert line.startswith(f"{author} ({year})") and report_title in line and symbol in line, line
    for single in singles:
        assert len(json.loads(single)) == 1, single
