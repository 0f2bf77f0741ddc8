"""The English edition in the built site: notices, language switch, hreflang, staleness."""
import re

from build_assertions import check_twins
from conftest import ROOT, mkdocs_build, read_html, run_cli


def test_every_recommendation_switches_to_its_twin_and_back_and_says_it_is_unofficial(built_site):
    check_twins(ROOT, built_site)


def test_hreflang_alternates_in_the_sitemap(built_site):
    """The language alternates of each page are in sitemap.xml (static-i18n's xhtml:link entries),
    not in <head>: Material's language script fetches a sitemap.xml next to every
    <link rel="alternate"> of the head, which failed on every page."""
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    entry = sitemap[sitemap.index("recommendations/12/</loc>"):]
    entry = entry[: entry.index("</url>")]
    assert re.search(r'hreflang="ar" href="[^"]*/recommendations/12/"', entry)
    assert re.search(r'hreflang="en" href="[^"]*/en/recommendations/12/"', entry)


def test_english_pages_say_the_translation_is_unofficial_and_name_the_document(built_site):
    for url in ["en", "en/report", "en/meeting/introduction"]:
        html = read_html(built_site, url)
        assert "Unofficial translation" in html and "CTOC/COP/WG.4/2013/5" in html, url
        assert "may be out of date" not in html, url
    assert "Unofficial translation" not in read_html(built_site, "recommendations/05")


def test_glossary_page_in_both_languages(built_site):
    for url in ("glossary", "en/glossary"):
        html = read_html(built_site, url)
        assert "mutual legal assistance" in html and "المساعدة القانونية المتبادلة" in html


def test_editing_the_arabic_makes_the_english_stale(project_copy, tmp_path):
    # a change of word order keeps every character of the source (the build checks that) but
    # changes the text the English translates
    page = project_copy / "docs/ar/recommendations/31.md"
    page.write_text(page.read_text(encoding="utf-8").replace("وفقاً للقوانين", "للقوانين وفقاً", 1), encoding="utf-8")
    check = run_cli(project_copy, "check", "stale")
    assert check.returncode == 1 and "docs/en/recommendations/31.md" in check.stdout
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    stale = read_html(tmp_path / "site", "en/recommendations/31")
    assert "Translation may be out of date" in stale and "paragraph(s) 31" in stale
    assert "may be out of date" not in read_html(tmp_path / "site", "en/recommendations/32")
