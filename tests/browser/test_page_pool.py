"""The pages the browser tests share (tests/page_pool.py) come back as fresh ones would be, and a
page a test listened to is never handed out again."""
from __future__ import annotations

import pytest

from page_pool import PageOpener, PagePool

pytestmark = [pytest.mark.browser, pytest.mark.engine(in_second_pass=True)]  # the tests' own machinery: on one tree


@pytest.fixture
def pool(browser):
    pool = PagePool(browser)
    yield pool
    pool.close()


def test_a_page_comes_back_as_a_fresh_one(pool, site_url):
    first = PageOpener(pool, 800, 600)
    page = first(site_url + "/", color_scheme="dark")
    page.evaluate("() => { localStorage.setItem('tw-test', '1'); sessionStorage.setItem('tw-test', '1'); window.twMark = 1; }")
    page.emulate_media(media="print", color_scheme="light")
    page.set_viewport_size({"width": 400, "height": 300})
    pool.after_test(first.pages, failed=False)

    again = PageOpener(pool, 800, 600)(site_url + "/#top", color_scheme="dark")
    assert again is page  # the same renderer, reset
    assert again.evaluate("[localStorage.getItem('tw-test'), sessionStorage.getItem('tw-test'), window.twMark]") == [None, None, None]
    assert again.evaluate("matchMedia('print').matches") is False
    assert again.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") is True
    assert again.viewport_size == {"width": 800, "height": 600}


def test_a_page_a_test_listened_to_or_failed_on_is_not_handed_out_again(pool, site_url):
    opener = PageOpener(pool, 800, 600)
    listened = opener(site_url + "/")
    listened.on("console", lambda message: None)
    pool.after_test(opener.pages, failed=False)
    assert PageOpener(pool, 800, 600)(site_url + "/") is not listened

    opener = PageOpener(pool, 800, 600)
    page = opener(site_url + "/")
    pool.after_test(opener.pages, failed=True)
    assert PageOpener(pool, 800, 600)(site_url + "/") is not page


def test_one_test_may_hold_two_pages_of_the_same_options(pool, site_url):
    opener = PageOpener(pool, 800, 600)
    arabic = opener(site_url + "/")
    english = opener.beside(site_url + "/en/")
    assert arabic is not english and arabic.url == site_url + "/" and english.url == site_url + "/en/"
    assert opener(site_url + "/about/") is arabic  # a second call with the same options moves the page
