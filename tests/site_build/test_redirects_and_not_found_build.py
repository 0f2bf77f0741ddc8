"""Addresses without a recommendation's leading zero, the 404 page of each language, and no
<link rel="alternate"> for Material's language script to fetch a sitemap next to — in the built
site, both languages."""
from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, read_html, site_model

from tawsiyat import redirects, words
from tawsiyat.pages import LANGUAGES, url_of


@pytest.fixture(scope="module")
def model():
    return site_model()


def prefix(lang):
    return "" if lang == "ar" else f"{lang}/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_zero_padded_recommendation_has_its_unpadded_address(built_site, model, lang):
    pages = model.recommendations(lang)
    padded = [p for p in pages if url_of(p.rel).rstrip("/").rsplit("/", 1)[-1].startswith("0")]
    assert padded, "the recommendation pages are named with two digits"
    for page in padded:
        alias = redirects.alias_of(page.rel)
        assert alias == url_of(page.rel).replace("/0", "/", 1)
        html = read_html(built_site, prefix(lang) + alias)
        target = url_of(page.rel).rstrip("/").rsplit("/", 1)[-1]
        assert f'<meta http-equiv="refresh" content="0; url=../{target}/">' in html
        assert f'<a href="../{target}/">' in html and page.meta["title"] in html
        assert re.search(rf'<link rel="canonical" href="[^"]*/{prefix(lang)}{url_of(page.rel)}">', html)
        assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in html
        assert "<script src" not in html and "<link rel=\"stylesheet\"" not in html
        assert (built_site / (prefix(lang) + alias) / f"../{target}/index.html").resolve().is_file()


def test_redirects_are_in_neither_the_sitemap_nor_search(built_site, model):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    aliases = [redirects.alias_of(p.rel) for p in model.recommendations("ar")]
    for alias in filter(None, aliases):
        assert f"/{alias}<" not in sitemap and f"/{alias}\"" not in sitemap, alias
    assert "404.html" not in sitemap
    # Pagefind indexes the pages marked data-pagefind-body: exactly the site's pages per language,
    # each language in a bundle of its own
    for lang in LANGUAGES:
        root = built_site / prefix(lang)
        entry = json.loads((root / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
        assert list(entry["languages"]) == [lang]
        marked = [p for p in root.rglob("index.html")
                  if (lang != "ar" or "en" not in p.relative_to(built_site).parts[:1])
                  and "data-pagefind-body" in p.read_text(encoding="utf-8")]
        assert entry["languages"][lang]["page_count"] == len(marked), lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_404_page_per_language(built_site, lang):
    html = (built_site / prefix(lang) / "404.html").read_text(encoding="utf-8")
    labels = words.group("not_found", lang)
    assert f'<html lang="{lang}"' in html
    assert f'<body dir="{"rtl" if lang == "ar" else "ltr"}"' in html
    assert f"<h1>{labels['title']}</h1>" in html
    # the language menu leads to each language's home page, not the last page built
    menu = html[html.index('class="md-select__list"'):]
    menu = menu[: menu.index("</ul>")]
    assert dict(re.findall(r'href="([^"]+)" hreflang="(\w+)"', menu)) == {"/": "ar", "/en/": "en"}
    links = html[html.index('class="tw-not-found-links"'):]
    assert f'href="/{prefix(lang)}">{labels["home"]}<' in links
    assert f'href="/{prefix(lang)}sections/">{labels["list"]}<' in links
    assert (built_site / prefix(lang) / "sections/index.html").is_file()
    assert 'id="tw-not-found-search"' in html and 'id="tw-search-input"' in html
    # every asset address is absolute: the page is served at any depth of missing address
    assets = re.findall(r'(?:href|src)="([^"#]+\.(?:css|js|woff2|svg))"', html)
    assert assets and all(a.startswith("/") for a in assets), assets


def test_no_alternate_link_for_materials_sitemap_fetch(built_site):
    for url in ("", "en", "recommendations/05", "en/recommendations/05", "report", "en/parallel"):
        assert '<link rel="alternate"' not in read_html(built_site, url), url
    assert '<link rel="alternate"' not in (built_site / "404.html").read_text(encoding="utf-8")


def test_under_a_project_path_the_404_pages_and_citations_follow_site_url(tmp_path):
    """Deployed below a path (GitHub Pages project sites): the error pages' links and the
    citations' URLs carry it."""
    from conftest import mkdocs_build

    site = tmp_path / "site"
    result = mkdocs_build(ROOT, site, env={"SITE_URL": "https://example.org/tawsiyat/"})
    assert result.returncode == 0, result.stderr
    for lang in LANGUAGES:
        html = (site / prefix(lang) / "404.html").read_text(encoding="utf-8")
        assets = re.findall(r'(?:href|src)="([^"#]+\.(?:css|js))"', html)
        assert assets and all(a.startswith("/tawsiyat/") for a in assets), assets
        links = html[html.index('class="tw-not-found-links"'):]
        assert f'href="/tawsiyat/{prefix(lang)}sections/"' in links
    assert '<link rel="canonical" href="https://example.org/tawsiyat/en/recommendations/05/">' in (
        site / "en/recommendations/5/index.html").read_text(encoding="utf-8")
    assert '<meta name="citation_public_url" content="https://example.org/tawsiyat/en/recommendations/05/">' in (
        site / "en/recommendations/05/index.html").read_text(encoding="utf-8")
