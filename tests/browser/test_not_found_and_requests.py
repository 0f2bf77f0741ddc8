"""As a reader in Chromium: no page makes a failing request or a request to another host; a
missing address shows the 404 page of its language, whose language menu, links and search box
work even deep under the site; an address without a recommendation's leading zero arrives."""
from __future__ import annotations

import pytest
from conftest import ARTIFACTS

from tawsiyat import words
from tawsiyat.devtools import localserve

pytestmark = pytest.mark.browser

PAGES = ["", "recommendations/05/", "report/", "parallel/"]
MISSING = "no/such/page/"  # the 404 page itself: only the document's own status may be 404
QUERY = {"ar": "الموافقة", "en": "consent"}


@pytest.fixture(scope="module")
def hosted(built_site):
    """The built site as a static host serves it: a missing address gets the nearest 404.html."""
    server = localserve.serve(built_site, not_found_pages="nearest")
    yield localserve.url(server)
    server.shutdown()


@pytest.fixture(scope="module")
def root_only(built_site):
    """A host that serves only the root 404.html for every missing address (GitHub Pages)."""
    server = localserve.serve(built_site, not_found_pages="root")
    yield localserve.url(server)
    server.shutdown()


def _problems(browser, base: str, urls: list[str]) -> list[str]:
    """What goes wrong while each page loads, in one new page (a renderer started once per test:
    what a later page takes from the cache, an earlier one of the test fetched and was checked)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems, current = [], {"url": ""}
    page.on("request", lambda r: problems.append(f"{current['url']}: other host: {r.url}")
            if not r.url.startswith(base + "/") and not r.url.startswith(("data:", "blob:")) else None)
    page.on("response", lambda r: problems.append(f"{current['url']}: {r.status} {r.url}")
            if r.status >= 400 and not (r.url == current["url"] and r.url.endswith(MISSING)) else None)
    page.on("requestfailed", lambda r: problems.append(f"{current['url']}: failed: {r.url}"))
    try:
        for url in urls:
            current["url"] = url
            page.goto(url, wait_until="networkidle")
            page.locator(".md-select").first.hover()  # the language menu: Material's script looks at it
            page.wait_for_load_state("networkidle")  # whatever the hover asks for has been answered
    finally:
        context.close()
    return problems


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_failing_request_and_nothing_from_another_host(browser, hosted, lang):
    prefix = "" if lang == "ar" else "en/"
    assert _problems(browser, hosted, [f"{hosted}/{prefix}{path}" for path in PAGES + [MISSING]]) == []


def _open(browser, url: str, width: int = 1280):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    response = page.goto(url, wait_until="networkidle")
    return context, page, response


@pytest.mark.engine  # the 404 pages are the theme's: this checkout only
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_missing_address_shows_the_404_page_of_its_language(browser, hosted, lang):
    prefix = "" if lang == "ar" else "en/"
    other = "en" if lang == "ar" else "ar"
    context, page, response = _open(browser, f"{hosted}/{prefix}no/such/page/at/depth/")
    try:
        assert response.status == 404
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator("body").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
        assert page.locator("h1").inner_text() == words.word("not_found", "title", lang)
        # styles and fonts loaded although the address is deep
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
        # the search box finds recommendations from here
        page.fill("#tw-not-found-query", QUERY[lang])
        page.press("#tw-not-found-query", "Enter")
        page.wait_for_selector("#tw-search-list li a", timeout=15000)
        first = page.locator("#tw-search-list li a").first.get_attribute("href")
        assert first.startswith("/" + prefix) and "/no/such" not in first
        page.keyboard.press("Escape")
        # the language menu goes to the other language's home page
        page.locator(".md-select").first.hover()
        page.locator(f'.md-select__link[hreflang="{other}"]').click()
        page.wait_for_load_state("load")
        assert page.locator("html").get_attribute("lang") == other
        assert page.url.rstrip("/") == hosted + ("/en" if other == "en" else "")
        # and its links lead home and to the recommendation list
        page.goto(f"{hosted}/{prefix}missing/", wait_until="load")
        page.locator(".tw-not-found-links a").nth(1).click()
        page.wait_for_load_state("load")
        assert page.url == f"{hosted}/{prefix}sections/"
        assert page.locator("html").get_attribute("lang") == lang
    finally:
        context.close()


@pytest.mark.engine  # the 404 pages are the theme's: this checkout only
def test_a_host_with_only_the_root_404_page_sends_english_readers_to_theirs(browser, root_only):
    context, page, _ = _open(browser, f"{root_only}/en/no/such/page/")
    try:
        page.wait_for_url("**/en/404.html")
        assert page.locator("html").get_attribute("lang") == "en"
        page.goto(f"{root_only}/no/such/page/", wait_until="load")
        assert page.locator("html").get_attribute("lang") == "ar" and page.url.endswith("/no/such/page/")
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_unpadded_recommendation_address_arrives_with_its_fragment(browser, hosted, lang):
    prefix = "" if lang == "ar" else "en/"
    context, page, _ = _open(browser, f"{hosted}/{prefix}recommendations/7/#p-7")
    try:
        page.wait_for_url(f"{hosted}/{prefix}recommendations/07/#p-7")
        assert page.locator("#p-7").count() == 1
    finally:
        context.close()


@pytest.mark.engine  # the 404 pages are the theme's: this checkout only
def test_screenshots_of_the_404_pages(browser, hosted):
    ARTIFACTS.mkdir(exist_ok=True)
    for lang, path in (("ar", "recommendations/99/"), ("en", "en/recommendations/99/")):
        context, page, _ = _open(browser, "about:blank")
        try:
            for width in (360, 768, 1366):
                page.set_viewport_size({"width": width, "height": 900})
                page.goto(f"{hosted}/{path}", wait_until="networkidle")
                page.screenshot(path=str(ARTIFACTS / f"404-{lang}-{width}.png"))
                assert page.evaluate("document.documentElement.scrollWidth") <= width
        finally:
            context.close()


@pytest.mark.engine  # the 404 pages are the theme's: this checkout only
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_404_page_by_keyboard_and_for_axe(browser, hosted, lang):
    from axe_playwright_python.sync_playwright import Axe

    prefix = "" if lang == "ar" else "en/"
    context, page, _ = _open(browser, f"{hosted}/{prefix}no/such/", 768)
    try:
        result = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
        bad = [(v["id"], v["impact"]) for v in result.response["violations"] if v["impact"] in ("serious", "critical")]
        assert bad == []
        # Tab reaches the search field before the links; typing and Enter shows results
        for _ in range(40):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.id") == "tw-not-found-query":
                break
        assert page.evaluate("document.activeElement.id") == "tw-not-found-query"
        page.keyboard.type(QUERY[lang])
        page.keyboard.press("Enter")
        page.wait_for_selector("#tw-search-list li a", timeout=15000)
        page.screenshot(path=str(ARTIFACTS / f"404-{lang}-768-keyboard-search.png"))
    finally:
        context.close()
