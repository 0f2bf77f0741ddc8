"""Issue 28, the reader's kit, in headless Chromium: the matrix, the search box and titles on a
phone, landing on a paragraph, dark mode (system setting, toggle, contrast), the language menu
and footer, print, and the downloads offered on the pages; by mouse, keyboard and touch, in both
languages at 360, 768 and 1366 px. Expectations come from the project's data (words.yml, the
pages), never from today's counts. Screenshots go to test-artifacts/kit-*.png."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import ARTIFACTS, site_model
from tawsiyat import report, words
from tawsiyat.pages import prefix, url_of

pytestmark = pytest.mark.browser

SITE = site_model()
LANGS = ("ar", "en")
WIDTHS = (360, 768, 1366)
PT10 = 10 * 96 / 72 - 0.01  # 10 pt in CSS pixels (as the browser rounds it)


def address(site_url: str, lang: str, rel: str) -> str:
    return site_url + "/" + prefix(lang) + url_of(rel)


def with_view(lang: str, view: str):
    """The last recommendation (in reading order) whose meeting has ``view`` (report, parallel),
    and that view's page: a meeting may have none."""
    views = report.view_pages(SITE.pages[lang])
    for rec in reversed(SITE.recommendations(lang)):
        rel = views.get(str(rec.meta["session"]), {}).get(view)
        if rel:
            return rec, rel
    pytest.fail(f"no meeting has a {view} view")


@pytest.fixture
def opened(page_at):
    """open(url, width=1366, height=800, **context options) -> page, its faces loaded."""

    def open_(url, width=1366, height=800, **context):
        page = page_at(url, width, height, **context)
        page.evaluate("document.fonts.ready")
        return page

    return open_


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"kit-{name}.png"))


# --- the matrix -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_matrix_keeps_its_header_row_and_its_counts_are_24px_targets(opened, site_url, lang, width):
    page = opened(address(site_url, lang, "matrix.md"), width=width)
    sizes = page.eval_on_selector_all(".tw-matrix td a[href^='#']", "links => links.map(a => { const r = a.getBoundingClientRect(); return [r.width, r.height]; })")
    assert sizes, "the matrix has no count links"
    small = [s for s in sizes if s[0] < 24 or s[1] < 24]
    assert not small, small[:5]
    # scroll the table's box down, as a reader's finger or wheel does, until its last row
    page.evaluate("""() => { const b = document.querySelector('.tw-matrix');
        const under = document.querySelector('.md-header').getBoundingClientRect().bottom;
        window.scrollTo(0, scrollY + b.getBoundingClientRect().top - under - 8); }""")
    scrollable = page.evaluate("(() => { const b = document.querySelector('.tw-matrix'); return b.scrollHeight - b.clientHeight; })()")
    assert scrollable > 0, "the matrix box does not scroll down: its header row could not stay in view"
    page.evaluate("document.querySelector('.tw-matrix').scrollTop = 1e6")
    page.wait_for_function("""() => { const b = document.querySelector('.tw-matrix'); return b.scrollTop > 0; }""")
    gap = page.evaluate("""() => {
        const b = document.querySelector('.tw-matrix'), box = b.getBoundingClientRect();
        const th = [...b.querySelectorAll('thead th:not(:first-child)')].find(h => {  // one in sight
            const r = h.getBoundingClientRect(), x = r.left + r.width / 2;
            return x > box.left && x < box.right; });
        const r = th.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return [r.top - box.top, th.contains(hit)];
    }""")
    assert abs(gap[0]) <= 1 and gap[1], gap  # the header row is at the top of the box, on top of the rows
    shot(page, f"matrix-{lang}-{width}")


def test_matrix_count_is_followed_by_touch(opened, site_url):
    page = opened(address(site_url, "en", "matrix.md"), width=360, height=740, has_touch=True, is_mobile=True)
    link = page.locator(".tw-matrix td a[href^='#']").first
    target = link.get_attribute("href")
    link.tap()
    page.wait_for_function("h => location.hash === h", arg=target)
    assert page.locator(target).is_visible()


# --- phones: the search box, the titles, Arabic leading ---------------------------------------

PLACEHOLDER = """() => {
    const i = document.querySelector('input.md-search__input');
    const cs = getComputedStyle(i, '::placeholder'), st = getComputedStyle(i);
    const c = document.createElement('canvas').getContext('2d');
    c.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    return [i.placeholder, c.measureText(i.placeholder).width,
            i.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight)];
}"""


@pytest.mark.engine  # the theme's CSS and script, not the tree's data: this checkout only
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_search_placeholder_is_shown_whole(opened, site_url, lang, width):
    page = opened(address(site_url, lang, "index.md"), width=width)
    if page.locator(".tw-search-opener").is_visible():
        page.locator(".tw-search-opener").click()
        page.locator("input.md-search__input").wait_for(state="visible")
    placeholder, needed, room = page.evaluate(PLACEHOLDER)
    assert placeholder == words.word("search", "placeholder", lang)
    assert needed <= room, (placeholder, needed, room)
    shot(page, f"search-{lang}-{width}")


H1_GAP = """() => {
    const h = document.querySelector('.md-content h1');
    const range = document.createRange();
    range.selectNodeContents(h);
    const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
    const ink = Math.max(...rects.filter(r => getComputedStyle(h).visibility !== 'hidden').map(r => r.bottom));
    const box = h.getBoundingClientRect(), st = getComputedStyle(h);
    return box.bottom - parseFloat(st.paddingBottom) - ink;
}"""


# the theme's CSS, not the tree's data: on one tree, the second pass's when there is one (it ends sooner)
@pytest.mark.engine(in_second_pass=True)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_no_blank_line_under_a_title(opened, site_url, lang, width):
    """The matrix's title (and any page's): nothing invisible takes a line under its last words."""
    for rel in ("matrix.md", "recommendations/index.md", SITE.recommendations(lang)[0].rel):
        page = opened(address(site_url, lang, rel), width=width)
        line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-content h1')).lineHeight)")
        assert page.evaluate(H1_GAP) < line / 2, (rel, width)


@pytest.mark.engine  # the theme's CSS and script, not the tree's data: this checkout only
@pytest.mark.parametrize("width", WIDTHS)
def test_arabic_leading_is_tight_on_phones(opened, site_url, width):
    page = opened(address(site_url, "ar", SITE.recommendations("ar")[0].rel), width=width)
    ratio = page.evaluate("""() => { const p = document.querySelector('.tw-para-text p');
        const s = getComputedStyle(p); return parseFloat(s.lineHeight) / parseFloat(s.fontSize); }""")
    if width < 720:
        assert 1.5 <= ratio <= 1.75, ratio
    else:
        assert ratio >= 1.75, ratio  # on wide lines more leading helps the eye find the next line


# --- landing on a paragraph ----------------------------------------------------------------

def _in_view(page, selector):
    return page.evaluate("""s => { const e = document.querySelector(s); if (!e) return false;
        const r = e.getBoundingClientRect(), top = document.querySelector('.md-header').getBoundingClientRect().bottom;
        return r.top >= top - 1 && r.top < innerHeight; }""", selector)


@pytest.mark.parametrize("width", WIDTHS)
def test_landing_on_a_recommendations_paragraph_shows_its_title_and_notice(opened, site_url, width):
    rec = SITE.recommendations("en")[-1]
    n = rec.meta["paragraph"]
    page = opened(address(site_url, "en", rec.rel) + f"#p-{n}", width=width, height=740)
    page.wait_for_function("() => document.querySelector('.md-content h1').getBoundingClientRect().top >= 0")
    assert _in_view(page, ".md-content h1")
    assert _in_view(page, ".md-content .admonition")
    assert _in_view(page, f"#p-{n}")
    shot(page, f"landing-recommendation-{width}")


@pytest.mark.parametrize("view", ["report", "parallel"])
@pytest.mark.parametrize("width", WIDTHS)
def test_landing_deep_in_a_view_carries_a_reminder_of_the_notice(opened, site_url, view, width):
    rec, rel = with_view("en", view)
    n = rec.meta["paragraph"]
    page = opened(address(site_url, "en", rel) + f"#p-{n}", width=width, height=740)
    page.wait_for_selector(".tw-reminder")
    page.wait_for_function("""() => { const r = document.querySelector('.tw-reminder').getBoundingClientRect();
        return r.top >= document.querySelector('.md-header').getBoundingClientRect().bottom - 1 && r.bottom < innerHeight; }""")
    notice_title = page.locator(".md-content .admonition:has(a[hreflang]) .admonition-title").first.text_content().strip()
    reminder = page.locator(".tw-reminder")
    assert notice_title in reminder.text_content()
    href = reminder.locator("a").get_attribute("href")
    assert href.endswith(f"#p-{n}") and reminder.locator("a").get_attribute("hreflang") == "ar"
    assert _in_view(page, f"#p-{n}")
    shot(page, f"landing-{view}-{width}")


def test_arabic_pages_carry_no_reminder(opened, site_url):
    rec, rel = with_view("ar", "report")
    page = opened(address(site_url, "ar", rel) + f"#p-{rec.meta['paragraph']}", width=360)
    page.wait_for_function("document.readyState === 'complete'")
    # the landing runs in a task queued at load: let the queue and the next frame pass
    page.evaluate("() => new Promise(done => setTimeout(() => requestAnimationFrame(() => done())))")
    assert page.locator(".tw-reminder").count() == 0


# --- dark mode -----------------------------------------------------------------------------

SCHEME = "document.body.getAttribute('data-md-color-scheme')"


@pytest.mark.engine  # the theme's CSS and script, not the tree's data: this checkout only
@pytest.mark.parametrize("lang", LANGS)
def test_dark_mode_follows_the_system_until_the_reader_chooses(opened, site_url, lang):
    url = address(site_url, lang, "index.md")
    page = opened(url, color_scheme="dark")
    toggle = page.locator("[data-tw-scheme-toggle]")
    assert page.evaluate(SCHEME) == "slate" and toggle.get_attribute("aria-pressed") == "true"
    assert toggle.get_attribute("aria-label") == words.word("theme", "dark", lang)
    toggle.click()  # the reader chooses light
    page.wait_for_function(f"{SCHEME} === 'default'")
    assert toggle.get_attribute("aria-pressed") == "false"
    page.reload(wait_until="load")
    assert page.evaluate(SCHEME) == "default"  # remembered
    page.locator("[data-tw-scheme-toggle]").click()  # back to the system's own: forgotten
    page.wait_for_function(f"{SCHEME} === 'slate'")
    assert page.evaluate("localStorage.getItem('tw-scheme')") is None
    page.emulate_media(color_scheme="light")  # the system changes: the page follows
    page.wait_for_function(f"{SCHEME} === 'default'")
    light = opened(url, color_scheme="light")
    assert light.evaluate(SCHEME) == "default"
    assert light.locator("[data-tw-scheme-toggle]").get_attribute("aria-pressed") == "false"


@pytest.mark.engine  # the theme's CSS and script, not the tree's data: this checkout only
def test_dark_mode_toggle_by_keyboard_and_by_touch(opened, site_url):
    page = opened(address(site_url, "en", "index.md"), width=1366, color_scheme="light")
    for _ in range(40):  # Tab through the header until the toggle has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.hasAttribute('data-tw-scheme-toggle')"):
            break
    else:
        pytest.fail("the dark-mode toggle is not reached by Tab")
    page.keyboard.press("Enter")
    page.wait_for_function(f"{SCHEME} === 'slate'")
    page.keyboard.press("Space")
    page.wait_for_function(f"{SCHEME} === 'default'")
    phone = opened(address(site_url, "ar", "index.md"), width=360, color_scheme="light", has_touch=True, is_mobile=True)
    phone.locator("[data-tw-scheme-toggle]").tap()
    phone.wait_for_function(f"{SCHEME} === 'slate'")
    shot(phone, "dark-ar-360")


CONTRAST_PAGES = ("index.md", "matrix.md", "recommendations/index.md", "themes/index.md")


# the theme's CSS, not the tree's data: on one tree, the second pass's when there is one (it ends sooner)
@pytest.mark.engine(in_second_pass=True)
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGS)
def test_text_contrast_is_aa_in_both_schemes(opened, site_url, scheme, lang):
    """axe-core's colour-contrast rule (WCAG 2 AA: 4.5:1, 3:1 for large text), computed in the
    browser from the rendered colours, on the home page, the matrix, a list and a recommendation."""
    rels = CONTRAST_PAGES + (SITE.recommendations(lang)[0].rel,)
    for rel in rels:
        page = opened(address(site_url, lang, rel), color_scheme=scheme)
        assert page.evaluate(SCHEME) == ("slate" if scheme == "dark" else "default")
        result = Axe().run(page, options={"runOnly": {"type": "rule", "values": ["color-contrast"]}})
        bad = [(n["target"], n.get("any", [{}])[0].get("message", "")[:120])
               for v in result.response["violations"] for n in v["nodes"]]
        assert bad == [], (rel, bad[:5])
        checked = sum(len(p["nodes"]) for p in result.response["passes"])
        assert checked >= 5, (rel, checked)  # the rule did look at the page's text
    shot(page, f"contrast-{lang}-{scheme}")


# --- language menu and footer --------------------------------------------------------------

@pytest.mark.engine  # the theme's CSS and script, not the tree's data: this checkout only
@pytest.mark.parametrize("lang", LANGS)
def test_language_menu_marks_the_current_language_and_the_footer_speaks_it(opened, site_url, lang):
    page = opened(address(site_url, lang, SITE.recommendations(lang)[0].rel), width=768)
    marks = page.eval_on_selector_all(".md-select__link", "ls => ls.map(a => [a.hreflang, a.getAttribute('aria-current')])")
    assert len(marks) >= 2
    assert [h for h, current in marks if current == "true"] == [lang]
    page.locator(".md-select button").hover()
    current = page.locator(".md-select__link[aria-current]")
    current.wait_for(state="visible")
    other = page.locator(".md-select__link:not([aria-current])").first
    assert current.evaluate("e => getComputedStyle(e).fontWeight") != other.evaluate("e => getComputedStyle(e).fontWeight")
    shot(page, f"language-menu-{lang}")
    footer = page.locator(".md-copyright").inner_text()
    assert words.word("theme", "made_with", lang) in footer
    if lang == "ar":
        assert "Made with" not in footer


# --- print ---------------------------------------------------------------------------------

SIZES = """sel => [...document.querySelectorAll(sel)].slice(0, 3).map(e => parseFloat(getComputedStyle(e).fontSize))"""


def _print_size(opened, site_url, lang, rel, selector):
    page = opened(address(site_url, lang, rel))
    page.emulate_media(media="print")
    sizes = page.evaluate(SIZES, selector)
    assert sizes, (rel, selector)
    return sizes[0], page


@pytest.mark.engine(in_second_pass=True)  # the theme's CSS, not the tree's data: on one tree, the second pass's when there is one
def test_arabic_and_english_print_at_the_same_optical_size(opened, site_url):
    """Arabic letters' bodies are smaller than Latin ones at one size: Arabic prints larger by the
    same ratio as on screen, on the pages of each language and in the parallel view of both, and
    no English prints below 10 pt."""
    rec, parallel = with_view("ar", "parallel")
    screen = opened(address(site_url, "ar", rec.rel))
    scale = float(screen.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--tw-arabic-scale')"))
    assert scale > 1
    ar, _ = _print_size(opened, site_url, "ar", rec.rel, ".tw-para-text p")
    en, _ = _print_size(opened, site_url, "en", rec.rel, ".tw-para-text p")
    assert en >= PT10 and ar == pytest.approx(en * scale, rel=0.02), (ar, en)
    for lang in LANGS:
        page_ar, page = _print_size(opened, site_url, lang, parallel, '.tw-parallel-block .tw-parallel-cell[lang="ar"] .tw-para-text p')
        page_en = page.evaluate(SIZES, '.tw-parallel-block .tw-parallel-cell[lang="en"] .tw-para-text p')[0]
        assert page_en >= PT10, (lang, page_en)
        assert page_ar == pytest.approx(page_en * scale, rel=0.02), (lang, page_ar, page_en)


@pytest.mark.engine(in_second_pass=True)  # the theme's CSS, not the tree's data: on one tree, the second pass's when there is one
@pytest.mark.parametrize("lang", LANGS)
def test_links_that_do_nothing_on_paper_are_not_printed(opened, site_url, lang):
    rec = SITE.recommendations(lang)[0]
    for rel in (rec.rel, "recommendations/index.md", "themes/index.md", "index.md"):
        page = opened(address(site_url, lang, rel))
        page.emulate_media(media="print")
        shown = page.evaluate("""() => [...document.querySelectorAll('a[download], a[href^="data:"], .md-content .admonition a[hreflang]')]
            .filter(a => a.getClientRects().length && parseFloat(getComputedStyle(a).fontSize) > 0).map(a => a.textContent.trim())""")
        assert shown == [], (rel, shown)
    if lang == "en":  # the notice's link to the Arabic prints as that page's address
        printed = page.evaluate("""() => { const a = document.querySelector('.md-content .admonition a[hreflang]');
            return a && getComputedStyle(a, '::after').content; }""")
        assert printed and "http" in printed, printed


@pytest.mark.parametrize("lang", LANGS)
def test_parallel_print_starts_on_its_first_page_and_rows_may_break(opened, site_url, lang):
    """The English parallel print had a third of its first page blank: a row, kept whole, did not
    fit under the title. A row may now break across pages (its paragraphs keep 3 lines together)."""
    page = opened(address(site_url, lang, with_view(lang, "parallel")[1]))
    page.emulate_media(media="print")
    rows = page.eval_on_selector_all(".tw-parallel-block", "rs => rs.map(r => getComputedStyle(r).breakInside)")
    assert rows and set(rows) == {"auto"}
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / f"kit-parallel-{lang}.pdf"
    page.pdf(path=str(pdf), format="A4")
    assert pdf.stat().st_size > 10_000


# --- downloads on the pages ----------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_an_index_pages_downloads_are_reached_and_fetched(opened, site_url, lang):
    """The first addressee with recommendations: its page's CSV and JSON are served, by keyboard."""
    value = next(v for v in SITE.vocabulary["addressees"]
                 if any(v in p.meta["addressees"] for p in SITE.recommendations(lang)))
    page = opened(address(site_url, lang, f"addressees/{value}.md"), width=360)
    formats = page.eval_on_selector_all(".tw-downloads a", "ls => ls.map(a => a.dataset.format)")
    assert formats == ["csv", "json"]
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest && !!document.activeElement.closest('.tw-downloads')"):
            break
    else:
        pytest.fail("the download links are not reached by Tab")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == f"{value}.csv"
    expected = [f"{p.meta['session']}/{p.meta['paragraph']}" for p in SITE.recommendations(lang) if value in p.meta["addressees"]]
    data = page.evaluate("async u => (await fetch(u)).json()", page.locator(".tw-downloads a[data-format=json]").get_attribute("href"))
    assert [r["id"] for r in data["recommendations"]] == expected
