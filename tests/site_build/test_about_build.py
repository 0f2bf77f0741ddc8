"""The About page (issue 21) in both languages, linked from the footer of every page; and the
claims the site makes about its text say only what the checks prove (issue 20 §2)."""
import re

import pytest

from conftest import read_html

pytestmark = pytest.mark.build


def test_every_page_links_the_about_page_of_its_language(built_site):
    pages = [p for p in built_site.rglob("*.html") if not p.relative_to(built_site).as_posix().startswith(("pagefind", "en/pagefind", "assets"))]
    checked = 0
    for path in pages:
        html = path.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:  # a redirect page
            continue
        rel = path.relative_to(built_site).as_posix()
        english = rel.startswith("en/")
        link = re.search(r'<a class="tw-about-link" href="([^"]+)">([^<]+)</a>', html)
        assert link, rel
        assert link.group(2) == ("About" if english else "عن الموقع"), rel
        about = "en/about/index.html" if english else "about/index.html"
        assert link.group(1).rstrip("/").endswith("about") or (rel == about and link.group(1) in ("./", ".")), rel
        checked += 1
    assert checked > 100


@pytest.mark.parametrize("prefix, lang", [("", "ar"), ("en/", "en")])
def test_the_about_page_says_what_is_official_and_what_is_proven(built_site, prefix, lang):
    html = read_html(built_site, f"{prefix}about")
    assert f'<html lang="{lang}"' in html
    for sign in {"en": ("official English version", "unofficial translation", "order of the words", "issues"),
                 "ar": ("النسخة الإنكليزية الرسمية", "ترجمة غير رسمية", "ترتيب الكلمات", "issues")}[lang]:
        assert sign in html, sign


def test_no_page_claims_more_than_the_checks_prove(built_site):
    for prefix in ("", "en/"):
        home = read_html(built_site, prefix)
        assert "letter for letter" not in home and "checked against it by automated tests" not in home
        assert "official United Nations text" not in home and "نص الأمم المتحدة الرسمي" not in home
    ar_home = read_html(built_site, "")
    assert "ترجمة غير رسمية" in ar_home[ar_home.index("<h1"):ar_home.index("md-footer")]  # in the body, not only the footer
