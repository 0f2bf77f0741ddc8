"""Search by keyboard alone, as a combobox over a listbox of results, in Arabic (right to left)
and English: type, ArrowDown, Enter opens; Escape gives focus back to the box; Tab out closes;
every matching recommendation is reachable through "more results"; a hit lands on its paragraph
with the words highlighted."""
import re

import pytest

from search_helpers import count, listed
from conftest import site_model

pytestmark = pytest.mark.browser
PREFIX = {"ar": "", "en": "/en"}
BROAD = {"ar": "الاتجار", "en": "trafficking"}


def tab_to_box(page, limit: int = 15) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "tw-search-input":
            return
    raise AssertionError("Tab never reached the search box")


def type_query(page, query: str) -> None:
    page.keyboard.type(query, delay=15)
    page.wait_for_function("q => document.getElementById('tw-search-list').getAttribute('data-query') === q",
                           arg=query, timeout=15000)


def is_open(page) -> bool:
    return page.evaluate("document.getElementById('__search').checked")


def active_option(page) -> str:
    return page.evaluate("document.getElementById('tw-search-input').getAttribute('aria-activedescendant') || ''")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_keyboard_opens_a_result_at_its_paragraph(page_at, site_url, lang):
    page = page_at(f"{site_url}{PREFIX[lang]}/recommendations/05/", width=1280)
    tab_to_box(page)
    assert not is_open(page), "tabbing onto the box must not open the panel"
    type_query(page, "رسوم التوظيف" if lang == "ar" else "recruitment fees")
    assert is_open(page)
    assert page.get_attribute("#tw-search-input", "role") == "combobox"
    assert page.get_attribute("#tw-search-input", "aria-expanded") == "true"
    assert page.locator("#tw-search-meta").get_attribute("role") == "status"
    page.keyboard.press("ArrowDown")
    first = page.locator('#tw-search-list [role="option"]').first
    assert active_option(page) == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    href = first.locator("a").get_attribute("href")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(href.split("#")[0].split("?")[0])))
    assert re.search(r"#p-\d+$", page.url), page.url
    number = page.url.rsplit("#p-", 1)[1]
    page.wait_for_selector(f"#p-{number} mark.tw-highlight")


@pytest.mark.engine  # the search box's keyboard handling: this checkout only
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_escape_returns_focus_and_tab_out_closes(page_at, site_url, lang):
    page = page_at(f"{site_url}{PREFIX[lang]}/recommendations/05/", width=1280)
    tab_to_box(page)
    type_query(page, "الموافقة" if lang == "ar" else "consent")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")
    assert not is_open(page)
    assert page.evaluate("document.activeElement.id") == "tw-search-input"
    assert active_option(page) == ""
    page.keyboard.press("ArrowDown")  # opens again
    assert is_open(page)
    for _ in range(10):  # out of the dialog, whatever its tab stops (filters, downloads)
        page.keyboard.press("Tab")
        if not page.evaluate("document.activeElement.closest('.tw-search') !== null"):
            break
    assert not page.evaluate("document.activeElement.closest('.tw-search') !== null")
    assert not is_open(page), "leaving the dialog by Tab must close it"
    assert page.evaluate("document.querySelector('.md-search__output').inert")


@pytest.mark.engine  # the search box's keyboard handling: this checkout only
def test_narrow_screen_search_button_takes_the_keyboard(page_at, site_url):
    page = page_at(f"{site_url}/recommendations/05/", width=390, height=844)
    for _ in range(10):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.className || document.activeElement.id")
        assert focused != "tw-search-input", "the closed, off-screen box must not take focus"
        if "tw-search-opener" in focused:
            break
    assert "tw-search-opener" in focused
    assert page.evaluate("document.activeElement.tagName") == "BUTTON"  # a real button, announced as one
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.id === 'tw-search-input'")
    type_query(page, "الأطفال")
    page.keyboard.press("Escape")
    assert not is_open(page)
    assert "tw-search-opener" in page.evaluate("document.activeElement.className")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_broad_query_reaches_every_matching_recommendation(page_at, site_url, lang):
    """The recommendations whose text holds the word, from the data; all reachable by keyboard."""
    the_site = site_model()
    word = BROAD[lang]
    expected = {f"{PREFIX[lang]}/recommendations/{p.rel[len('recommendations/'):-3]}/"
                for p in the_site.recommendations(lang) if word in p.body.lower()}
    assert expected
    page = page_at(f"{site_url}{PREFIX[lang]}/recommendations/05/", width=1280)
    tab_to_box(page)
    type_query(page, word)
    total = count(page)
    assert total >= len(expected)
    page.keyboard.press("ArrowDown")
    for _ in range(total):  # End: the last option; Enter on "more results" while there is one
        page.keyboard.press("End")
        if active_option(page) != "tw-search-more":
            break
        shown = len(listed(page))
        page.keyboard.press("Enter")
        page.wait_for_function("n => document.querySelectorAll('#tw-search-list a').length > n", arg=shown)
        assert active_option(page) == f"tw-search-option-{shown}", "focus moves to the first new result"
    urls = listed(page)
    assert len(urls) == total
    assert expected <= set(urls), sorted(expected - set(urls))


def test_a_filter_alone_lists_everything_addressed_to_someone(page_at, site_url):
    """No words, one addressee: every recommendation addressed to it, counted from the data."""
    the_site = site_model()
    key = "states-parties"
    label = the_site.vocabulary["addressees"][key]["label"]["ar"]
    expected = {f"/recommendations/{p.rel[len('recommendations/'):-3]}/"
                for p in the_site.recommendations("ar") if key in (p.meta.get("addressees") or [])}
    page = page_at(f"{site_url}/recommendations/05/", width=1280)
    page.locator("#tw-search-input").click()
    page.locator("#tw-search-filters summary").click()
    page.locator(f'input[data-filter="addressee"][value="{label}"]').check()
    page.wait_for_function("() => (document.getElementById('tw-search-list').getAttribute('data-filters') || '').includes('addressee')")
    assert count(page) == len(expected)
    while page.locator("#tw-search-more").count():
        shown = len(listed(page))
        page.locator("#tw-search-more").click()
        page.wait_for_function("n => document.querySelectorAll('#tw-search-list a').length > n", arg=shown)
    assert set(listed(page)) == expected
    assert page.locator("#tw-search-meta").inner_text().split()[0] == f"{len(expected):d}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


@pytest.mark.engine  # the search box's keyboard handling: this checkout only
@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_slash_keeps_every_letter_typed_after_it(page_at, site_url, lang, width):
    """"/" opens the search; the letters typed right after it (80 ms apart) all land in the box."""
    page = page_at(f"{site_url}{PREFIX[lang]}/recommendations/05/", width=width, height=844)
    word = "demand" if lang == "en" else "الطلب"
    page.keyboard.press("/")
    page.keyboard.type(word, delay=80)
    page.wait_for_function("w => document.getElementById('tw-search-input').value === w", arg=word, timeout=5000)
    assert page.evaluate("document.activeElement.id") == "tw-search-input"
    page.wait_for_function("q => document.getElementById('tw-search-list').getAttribute('data-query') === q",
                           arg=word, timeout=15000)


@pytest.mark.engine  # the search box's keyboard handling: this checkout only
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_box_reached_by_tab_is_visibly_focused(page_at, site_url, lang):
    """WCAG 2.4.7: the focused box draws an outline it does not have unfocused."""
    page = page_at(f"{site_url}{PREFIX[lang]}/recommendations/05/", width=1280)
    style = "(() => { const s = getComputedStyle(document.getElementById('tw-search-input'));" \
            " return [s.outlineStyle, s.outlineWidth, s.boxShadow]; })()"
    before = page.evaluate(style)
    tab_to_box(page)
    after = page.evaluate(style)
    assert after != before, (before, after)
    assert after[0] != "none" and after[1] not in ("0px", ""), after
