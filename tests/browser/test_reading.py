"""The report as a reader sees it, in headless Chromium."""
import pytest

from conftest import ARTIFACTS, ROOT
from tawsiyat import source

PARAGRAPHS = len(source.load(ROOT / "source" / "report-2013-ar.txt").paragraphs)  # from the source, not a literal

pytestmark = pytest.mark.browser


def test_full_report_reads_like_the_report(page_at, site_url):
    page = page_at(f"{site_url}/report/")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.locator("[data-paragraph]").count() == PARAGRAPHS
    headings = page.locator("article h2").all_inner_texts()
    assert headings[0].startswith("أولاً") and headings[-1].startswith("المرفق")
    first = page.locator("#p-1")
    assert first.inner_text().startswith("سلَّم مؤتمر الأطراف")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-ar-desktop.png"))


def test_deep_link_scrolls_to_the_paragraph(page_at, site_url):
    page = page_at(f"{site_url}/report/#p-48")
    top = page.evaluate("document.getElementById('p-48').getBoundingClientRect().top")
    assert 0 <= top < 400
