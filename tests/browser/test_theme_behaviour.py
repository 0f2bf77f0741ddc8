"""What the site keeps of Material's page behaviour without Material's JavaScript bundle
(overrides/assets/js/theme.js): sidebars that scroll within the window on wide screens, the page
title in the header, the table of contents following the reader, the back-to-top button, the
keyboard's previous/next page keys, the drawer closing on a link within the page, and the page
held still behind the open search panel on a phone. Screenshots go to test-artifacts/theme/."""
import pytest

from conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.engine]

LANGS = {"ar": "/", "en": "/en/"}
SHOTS = ARTIFACTS / "theme"


def ready(page):
    """Wait until theme.js listens (it starts after the first paint) and has measured the page."""
    page.evaluate("() => new Promise(r => window.tawsiyatAfterFirstPaint("
                  "() => requestAnimationFrame(() => requestAnimationFrame(r))))")


def frames(page, n=2):
    """Wait until the browser has drawn ``n`` more frames: theme.js handles a scroll in the next one."""
    page.evaluate("n => new Promise(r => { const f = k => k ? requestAnimationFrame(() => f(k - 1)) : r(); f(n); })", n)


def scrolled_to(page, y):
    page.evaluate("y => window.scrollTo(0, y)", y)
    page.wait_for_function("y => Math.abs(window.scrollY - y) < 2", arg=y)
    frames(page)


def test_material_bundle_is_not_loaded_and_the_page_says_javascript_runs(browser, site_url):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for prefix in LANGS.values():
        page.goto(site_url + prefix + "recommendations/12/", wait_until="load")
        assert page.evaluate("document.documentElement.className") == "js"
    assert not [u for u in requested if "/assets/javascripts/bundle." in u]
    assert any(u.endswith("/assets/js/theme.js") for u in requested)
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_wide_screens_sidebars_header_title_and_table_of_contents_follow_the_reader(page_at, site_url, lang):
    page = page_at(site_url + LANGS[lang] + "report/", width=1366, height=900)
    ready(page)
    title = page.locator(".md-header__title")
    assert "md-header__title--active" not in title.get_attribute("class")
    sidebars = """() => [...document.querySelectorAll('.md-sidebar')].map(s => {
        const wrap = s.querySelector('.md-sidebar__scrollwrap');
        return {top: s.style.top, height: parseFloat(wrap.style.height), bottom: wrap.getBoundingClientRect().bottom,
                header: document.querySelector('.md-header').offsetHeight};
    })"""
    ids = page.evaluate("""() => [...document.querySelectorAll('.md-sidebar--secondary .md-nav__link[href^="#"]')]
        .map(a => decodeURIComponent(a.hash.slice(1)))""")
    assert len(ids) >= 4
    for target in (None, ids[2], ids[len(ids) // 2]):  # not near the end: there the last entry is the one read
        if target:
            page.evaluate("id => window.scrollTo(0, document.getElementById(id).getBoundingClientRect().top + window.scrollY)", target)
            # the state asserted below: the title in the header, the entry marked, within its area
            page.wait_for_function("""id => {
                const a = [...document.querySelectorAll('.md-sidebar--secondary .md-nav__link--active')];
                if (a.length !== 1 || decodeURIComponent(a[0].hash.slice(1)) !== id) return false;
                if (!document.querySelector('.md-header__title').classList.contains('md-header__title--active')) return false;
                const box = a[0].closest('.md-sidebar__scrollwrap').getBoundingClientRect(), r = a[0].getBoundingClientRect();
                return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
            }""", arg=target, timeout=5000)
        # the sidebars scroll inside the window, under the header, whatever the page's scroll
        found = page.evaluate(sidebars)
        assert len(found) == 2
        for s in found:
            assert s["top"] == f"{s['header']}px"
            assert 200 < s["height"] < 900 - s["header"]
            assert s["bottom"] <= 900
        if not target:
            continue
        # the header shows the page's title once its heading has gone under it
        assert "md-header__title--active" in title.get_attribute("class")
        # the table of contents marks the section being read and the ones before it
        active = page.evaluate("""() => [...document.querySelectorAll('.md-sidebar--secondary .md-nav__link--active')]
            .map(a => decodeURIComponent(a.hash.slice(1)))""")
        assert active == [target]
        passed = page.evaluate("""() => document.querySelectorAll('.md-sidebar--secondary .md-nav__link--passed').length""")
        assert passed == ids.index(target) + 1
        # toc.follow: the active entry is within its scrolling area
        inside = page.evaluate("""() => {
            const a = document.querySelector('.md-sidebar--secondary .md-nav__link--active');
            const box = a.closest('.md-sidebar__scrollwrap').getBoundingClientRect(), r = a.getBoundingClientRect();
            return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
        }""")
        assert inside
    page.screenshot(path=str(SHOTS / f"wide-{lang}-1366.png"))
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_function("!document.querySelector('.md-header__title').classList.contains('md-header__title--active')",
                           timeout=5000)
    assert "md-header__title--active" not in title.get_attribute("class")


@pytest.mark.parametrize("lang,width", [("ar", 360), ("en", 1366)])
def test_back_to_top_shows_while_scrolling_up_and_takes_the_reader_up(page_at, site_url, lang, width):
    page = page_at(site_url + LANGS[lang] + "report/", width=width, height=800)
    ready(page)
    top = page.locator(".md-top")
    assert top.get_attribute("hidden") is not None and top.get_attribute("tabindex") == "-1"  # not a Tab stop
    scrolled_to(page, 4000)
    assert top.get_attribute("hidden") is not None  # scrolling down: out of the way
    page.evaluate("window.scrollTo(0, 3500)")
    page.wait_for_function("!document.querySelector('.md-top').hasAttribute('hidden')", timeout=5000)
    assert top.get_attribute("hidden") is None and top.get_attribute("tabindex") is None
    assert top.is_visible()
    page.screenshot(path=str(SHOTS / f"top-{lang}-{width}.png"))
    top.click()
    page.wait_for_function("window.scrollY === 0")
    page.wait_for_function("document.querySelector('.md-top').hasAttribute('hidden')", timeout=5000)
    assert top.get_attribute("hidden") is not None and top.get_attribute("tabindex") == "-1"


@pytest.mark.parametrize("lang", ["ar"])
def test_keys_n_and_p_open_the_next_and_previous_pages_but_type_in_a_box(page_at, site_url, lang):
    page = page_at(site_url + LANGS[lang] + "report/", width=1366, height=900)
    next_href = page.evaluate("document.querySelector('link[rel=next]').href")
    with page.expect_navigation():
        page.keyboard.press("n")
    assert page.url == next_href
    prev_href = page.evaluate("document.querySelector('link[rel=prev]').href")
    with page.expect_navigation():
        page.keyboard.press("p")
    assert page.url == prev_href
    page.locator("#tw-search-input").click()
    page.keyboard.type("np")
    page.wait_for_function("document.getElementById('tw-search-input').value === 'np'")
    frames(page)  # a key handled as n or p would have started a navigation by now
    assert page.url == prev_href
    assert page.locator("#tw-search-input").input_value() == "np"


@pytest.mark.parametrize("lang", ["ar"])
def test_a_link_within_the_page_closes_the_drawer(page_at, site_url, lang):
    page = page_at(site_url + LANGS[lang] + "report/", width=360, height=740)
    ready(page)
    page.locator("label.md-header__button[for=__drawer]").click()
    page.wait_for_function("document.getElementById('__drawer').checked")
    assert page.evaluate("document.getElementById('__drawer').checked")
    page.screenshot(path=str(SHOTS / f"drawer-{lang}-360.png"))
    # the page's own table of contents, inside the drawer
    page.locator(".md-sidebar--primary label.md-nav__link[for=__toc]").click()
    page.wait_for_function("document.getElementById('__toc').checked")
    link = page.locator(".md-sidebar--primary .md-nav--secondary .md-nav__link[href^='#']").nth(1)
    link.click()
    page.wait_for_function("!document.getElementById('__drawer').checked", timeout=2000)


@pytest.mark.parametrize("lang", ["en"])
def test_the_page_holds_still_behind_the_open_search_panel_on_a_phone(page_at, site_url, lang):
    page = page_at(site_url + LANGS[lang] + "report/", width=360, height=740)
    ready(page)
    scrolled_to(page, 1500)
    page.locator(".tw-search-opener").click()
    page.wait_for_function("document.body.hasAttribute('data-md-scrolllock')", timeout=2000)
    assert page.evaluate("document.body.style.top") == "-1500px"
    page.keyboard.press("Escape")
    page.wait_for_function("!document.body.hasAttribute('data-md-scrolllock')", timeout=2000)
    assert page.evaluate("window.scrollY") == 1500
