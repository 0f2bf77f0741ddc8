import pytest

pytestmark = pytest.mark.browser


def test_language_menu_goes_to_the_twin_and_back(page_at, site_url):
    page = page_at(f"{site_url}/recommendations/27/")
    page.locator(".md-select").first.hover()
    page.locator('.md-select__link[hreflang="en"]').click()
    page.wait_for_url("**/en/recommendations/27/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#p-27").count() == 1
    page.locator(".md-select").first.hover()
    page.locator('.md-select__link[hreflang="ar"]').click()
    page.wait_for_url(lambda url: url.rstrip("/").endswith("/recommendations/27") and "/en/" not in url)
    assert page.locator("html").get_attribute("lang") == "ar"
