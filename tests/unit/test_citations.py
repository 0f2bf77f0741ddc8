"""The pure core of citations and redirect pages (tawsiyat.citations, tawsiyat.redirects)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from tawsiyat import citations, redirects


def _citation(**kw) -> citations.Citation:
    base = dict(key="s-05", lang="en", title="T", author="Working Group", publisher="United Nations",
                symbol="A/B/1", paragraph=5, date=dt.date(2013, 11, 8), url="https://example.org/recommendations/05/")
    return citations.Citation(**{**base, **kw})


def test_bibtex_special_characters_survive_a_real_parser():
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware

    # (^ is escaped too, as \textasciicircum{}, which pylatexenc decodes to a modifier letter)
    title = r"Costs & benefits: 100% of {cases} #1 under_score $5 ~ \ end"
    text = citations.to_bibtex([_citation(title=title)])
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert library.failed_blocks == []
    assert library.entries[0].fields_dict["title"].value == title
    assert citations.bib_escape("x^2") == r"x\textasciicircum{}2"


def test_ris_keeps_each_record_on_its_own_lines():
    import rispy

    records = rispy.loads(citations.to_ris([_citation(title="a\nb  c"), _citation(key="s-06", paragraph=6)]))
    assert [r["title"] for r in records] == ["a b c", "T"]


def test_file_names_per_language():
    assert citations.collection_name("ar", "bib") == "data/citations/recommendations.bib"
    assert citations.collection_name("en", "json") == "data/citations/recommendations-en.json"
    assert citations.relative("en/", "data/citations/recommendations-en.bib") == "../data/citations/recommendations-en.bib"
    assert citations.relative("", "data/citations/recommendations.bib") == "data/citations/recommendations.bib"


@pytest.mark.parametrize("ext", sorted(citations.WRITERS))
def test_a_data_link_gives_back_the_file_exactly(ext):
    from urllib.parse import unquote

    # Arabic, a percent sign, a fragment mark, newlines and a tab: what a URL would change or drop
    text = citations.WRITERS[ext]([_citation(title="الاتجار 100% #1", lang="ar")]) + "\t\r\n"
    url = citations.data_url(text, ext)
    assert url.startswith(f"data:{citations.MEDIA_TYPES[ext]};charset=utf-8,")
    assert not any(c in url for c in "#\r\n\t")
    assert unquote(url.split(",", 1)[1]) == text


@pytest.mark.parametrize("rel, alias", [
    ("recommendations/05.md", "recommendations/5/"),
    ("recommendations/48.md", None),
    ("recommendations/wgtip-2010-01/07.md", "recommendations/wgtip-2010-01/7/"),
    ("recommendations/index.md", None),
    ("glossary.md", None),
])
def test_alias_of(rel, alias):
    assert redirects.alias_of(rel) == alias


def test_an_alias_that_is_a_page_is_not_overwritten():
    assert redirects.aliases(["recommendations/05.md", "recommendations/5.md"]) == {}
    assert redirects.aliases(["recommendations/05.md"]) == {"recommendations/5/": "recommendations/05/"}


def test_redirect_page_keeps_the_fragment_and_loads_nothing():
    html = redirects.page("recommendations/5/", "recommendations/05/", "https://x.org/recommendations/05/", "T <b>", "ar")
    assert '<html lang="ar" dir="rtl">' in html
    assert 'location.replace("../05/" + location.search + location.hash)' in html
    assert '<meta http-equiv="refresh" content="0; url=../05/">' in html
    assert "T &lt;b&gt;" in html and " src=" not in html


def test_a_translation_names_its_translator_in_every_format():
    """An English citation quotes the project's translation: BibTeX's translator, RIS's A4 (which
    Zotero reads as the translator), CSL-JSON's translator; an Arabic one names none."""
    import bibtexparser
    import rispy

    c = _citation(translator="Tawsiyat project")
    assert bibtexparser.parse_string(citations.to_bibtex([c])).entries[0].fields_dict["translator"].value == "{Tawsiyat project}"
    assert "A4  - Tawsiyat project\r\n" in citations.to_ris([c])
    assert rispy.loads(citations.to_ris([c]))[0]["subsidiary_authors"] == ["Tawsiyat project"]
    assert json.loads(citations.to_csl_json([c]))[0]["translator"] == [{"literal": "Tawsiyat project"}]
    original = _citation(lang="ar")
    assert "translator" not in citations.to_bibtex([original]) and "A4 " not in citations.to_ris([original])
    assert "translator" not in json.loads(citations.to_csl_json([original]))[0]
