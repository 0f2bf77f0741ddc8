"""Typing into the site's search box like a reader, and reading the results."""
from __future__ import annotations


def open_search(page) -> None:
    width = page.viewport_size["width"]
    target = "#tw-search-input" if width >= 1220 else ".tw-search-opener"
    page.locator(target).click()
    page.locator("#tw-search-input").wait_for(state="visible")


def search(page, query: str, clear: bool = True) -> list[str]:
    """Type ``query`` key by key (no Enter, no trailing space) and return the result URLs."""
    box = page.locator("#tw-search-input")
    if clear:
        box.fill("")
    box.press_sequentially(query, delay=20)
    page.wait_for_function(
        "q => document.getElementById('tw-search-list').getAttribute('data-query') === q", arg=query.strip(), timeout=15000)
    return page.eval_on_selector_all("#tw-search-list a", "links => links.map(a => new URL(a.href).pathname)")


def count(page) -> int:
    """How many results the list has for its query (all of them, listed or not yet)."""
    return int(page.locator("#tw-search-list").get_attribute("data-total") or 0)


def listed(page) -> list[str]:
    return page.eval_on_selector_all("#tw-search-list a", "links => links.map(a => new URL(a.href).pathname)")


def rows(page) -> list[dict]:
    """The listed results: each one's URL path and its line saying which query words it matched."""
    return page.eval_on_selector_all(
        "#tw-search-list .tw-search-option:not(#tw-search-more)",
        "els => els.map(e => ({url: new URL(e.querySelector('a').href).pathname,"
        " matched: (e.querySelector('.tw-search-matched') || {}).textContent || ''}))")
