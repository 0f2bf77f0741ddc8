"""A reader saves a recommendation's citation from its page, in headless Chromium: by mouse on a
phone-width screen and by keyboard on a desktop one, in both languages, the browser saves a file
named after the citation's key whose content a reference manager reads (bibtexparser, rispy, JSON)."""
from __future__ import annotations

import json

import pytest

from conftest import TEST_SITE_URL, site_model
from tawsiyat import citations
from tawsiyat.pages import prefix, url_of

pytestmark = pytest.mark.browser


def _citation(lang: str):
    the_site = site_model()
    page = next(p for p in the_site.recommendations(lang) if p.meta["paragraph"] == 22)  # any one
    return page, citations.citation(the_site, page, TEST_SITE_URL)


def _check(path, ext: str, c: citations.Citation) -> None:
    text = path.read_text(encoding="utf-8")
    if ext == "bib":
        import bibtexparser
        [entry] = bibtexparser.parse_string(text).entries
        assert entry.key == c.key
    elif ext == "ris":
        import rispy
        [record] = rispy.loads(text)
        assert record["title"] == c.title
    else:
        [item] = json.loads(text)
        assert item["id"] == c.key and item["title"] == c.title


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_citation_downloads_by_mouse_and_by_keyboard(page_at, site_url, lang, tmp_path):
    page_model, c = _citation(lang)
    url = f"{site_url}/{prefix(lang)}{url_of(page_model.rel)}"
    links = lambda page: page.locator(".tw-cite-downloads a")  # noqa: E731

    phone = page_at(url, width=360, height=740)
    assert links(phone).all_inner_texts() == list(citations.FORMATS.values())
    with phone.expect_download() as saved:
        links(phone).nth(0).click()
    assert saved.value.suggested_filename == f"{c.key}.bib"
    saved.value.save_as(tmp_path / "a.bib")
    _check(tmp_path / "a.bib", "bib", c)

    desktop = page_at(url, width=1366, height=900)
    for index, ext in enumerate(citations.FORMATS):
        link = links(desktop).nth(index)
        link.focus()
        assert desktop.evaluate("document.activeElement.getAttribute('download')") == f"{c.key}.{ext}"
        with desktop.expect_download() as saved:
            desktop.keyboard.press("Enter")
        assert saved.value.suggested_filename == f"{c.key}.{ext}"
        saved.value.save_as(tmp_path / f"k.{ext}")
        _check(tmp_path / f"k.{ext}", ext, c)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_copy_button_copies_the_reference_by_keyboard(browser, site_url, lang):
    """Issue 26 §2: what a reader copies names the report's own title, its symbol and the paragraph;
    on an English page, also that the wording is the project's unofficial translation."""
    page_model, c = _citation(lang)
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin="/".join(site_url.split("/")[:3]))
    try:
        page = context.new_page()
        page.goto(f"{site_url}/{prefix(lang)}{url_of(page_model.rel)}", wait_until="load")
        page.locator("button.tw-copy").focus()
        page.keyboard.press("Enter")
        page.wait_for_function("async () => (await navigator.clipboard.readText()).length > 0")
        copied = page.evaluate("navigator.clipboard.readText()")
    finally:
        context.close()
    assert copied == c.reference
    assert c.title in copied and c.symbol in copied
    assert page_model.meta["title"] not in copied
    if lang == "en":
        assert "unofficial English translation" in copied and "Tawsiyat project" in copied
