"""The reading experience in headless Chromium: accessibility, direction and language, phones,
fonts, print, and that nothing loads from another host. Screenshots go to test-artifacts/."""
import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import ARTIFACTS
from search_helpers import open_search, search

pytestmark = pytest.mark.browser

KEY = {"home": "", "recommendation": "recommendations/12/", "index": "themes/consent/", "report": "report/",
       "parallel": "parallel/", "glossary": "glossary/", "addressee": "addressees/unodc/"}
LANGS = {"ar": "/", "en": "/en/"}
AXE_RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def url(site_url, lang, key):
    return site_url + LANGS[lang] + KEY[key]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", ["home", "recommendation", "index", "report"])
def test_no_serious_accessibility_violation(page_at, site_url, lang, key):
    page = page_at(url(site_url, lang, key))
    result = Axe().run(page, options=AXE_RULES)
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]])
           for v in result.response["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == []


@pytest.mark.parametrize("lang", LANGS)
def test_language_and_direction_of_pages_and_passages(page_at, site_url, lang):
    for key in KEY:
        page = page_at(url(site_url, lang, key))
        assert page.evaluate("document.documentElement.lang") == lang
        assert page.evaluate("getComputedStyle(document.body).direction") == ("rtl" if lang == "ar" else "ltr")
        # every run of text in the other language sits in an element that says so
        stray = page.evaluate("""(lang) => {
            const other = lang === 'ar' ? /[A-Za-z]{4,}/ : /[\\u0600-\\u06FF]/;
            const out = [];
            const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode, text = node.textContent;
              if (!other.test(text) || node.parentElement.closest('[hidden]')) continue;  // hidden: never read
              const owner = node.parentElement.closest('[lang]');
              if (lang === 'en' && owner.lang !== 'ar') out.push(text.trim().slice(0, 40));
              if (lang === 'ar' && owner.lang === 'ar' && /\\b[a-z]{4,}\\b/.test(text) && !node.parentElement.closest('[dir=ltr], code, .tw-symbol'))
                out.push(text.trim().slice(0, 40));
            }
            return out;
        }""", lang)
        assert stray == [], (key, stray[:5])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", list(KEY))
def test_no_page_scrolls_sideways_at_360px(page_at, site_url, lang, key):
    page = page_at(url(site_url, lang, key), width=360, height=740)
    sizes = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert sizes[0] <= sizes[1], sizes


# Words cut in two across lines inside a table cell: each word of each cell (a hyphen, an en dash
# or a slash ends a word, since a line may break after one: "6–|8", "الثاني/|نوفمبر"), measured by its rectangles, two of which stand one above the
# other when the word is cut. Words longer than a phone's column could ever hold are not asked about.
CUT_WORDS = """() => {
  const cut = [];
  for (const cell of document.querySelectorAll('article td, article th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      for (const m of node.textContent.matchAll(/[^\\s\\-\u2013\\/]+/g)) {
        if (m[0].length > 20) continue;
        const range = document.createRange();
        range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (tops.size > 1) cut.push(m[0]);
      }
    }
  }
  return cut;
}"""


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["strengths/", "themes/", "addressees/", "glossary/", "sections/", "meeting/annex/"])
def test_no_word_is_cut_in_two_in_a_table_at_360px(page_at, site_url, lang, path):
    page = page_at(site_url + LANGS[lang] + path, width=360, height=740)
    assert page.locator("article td").count() > 0
    assert page.evaluate(CUT_WORDS) == []


@pytest.mark.engine  # the theme's fonts: this checkout only
def test_arabic_text_is_set_in_the_self_hosted_face(page_at, site_url):
    page = page_at(url(site_url, "ar", "recommendation"))
    page.evaluate("document.fonts.ready")
    family = page.evaluate("getComputedStyle(document.querySelector('.tw-para-text')).fontFamily")
    assert family.startswith('"Noto Naskh Arabic"'), family
    assert page.evaluate("document.fonts.check('16px \"Noto Naskh Arabic\"', 'يجب')")
    loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
    assert any("Noto Naskh Arabic" in f for f in loaded), loaded


def test_no_request_leaves_the_site(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    for lang in LANGS:
        for key in KEY:
            page.goto(url(site_url, lang, key), wait_until="networkidle")
    open_search(page)
    search(page, "consent")
    context.close()
    outside = [u for u in requests if not u.startswith(site_url) and not u.startswith("data:")]
    assert outside == []
    assert any("/pagefind/" in u for u in requests)


@pytest.mark.engine  # the theme's skip link and search box: this checkout only
def test_keyboard_reaches_content_and_search(page_at, site_url):
    page = page_at(url(site_url, "ar", "recommendation"))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className").startswith("md-skip")
    page.keyboard.press("Escape")
    page.locator("body").click(position={"x": 5, "y": 400})
    page.keyboard.press("/")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'tw-search-input'")
    page.keyboard.type("الموافقة")
    page.wait_for_function("document.querySelectorAll('#tw-search-list a').length > 0")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")


@pytest.mark.engine  # the print style sheet, on 2013's pages: this checkout only
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", ["recommendation", "report"])
def test_print_keeps_text_numbers_and_citation_without_chrome(page_at, site_url, lang, key):
    page = page_at(url(site_url, lang, key))
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer', '.md-content__button']
        .map(s => document.querySelector(s)).filter(Boolean).map(e => getComputedStyle(e).display)""")
    assert set(hidden) == {"none"}
    assert page.locator(".tw-para-num").first.is_visible()
    if key == "recommendation":
        assert page.locator(".tw-citation-text").is_visible()
        assert not page.locator(".tw-copy").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"print-{key}-{lang}.png"), full_page=False)


@pytest.mark.engine  # the same 2013 pages as pictures for a reader to look at: the second pass's are thrown away: this checkout only
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_of_key_pages(page_at, site_url, lang, width):
    ARTIFACTS.mkdir(exist_ok=True)
    for key in KEY:
        page = page_at(url(site_url, lang, key), width=width, height=900)
        page.evaluate("document.fonts.ready")
        path = ARTIFACTS / f"{key}-{lang}-{width}.png"
        page.screenshot(path=str(path))
        assert path.stat().st_size > 10_000
