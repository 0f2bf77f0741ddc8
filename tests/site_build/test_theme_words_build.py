"""Material's own interface words on the built pages: where data/words.yml (group ``theme``)
corrects Material's translation, the page shows the correction and not Material's string
(hooks/theme_words.py, overrides/partials/tw-language-words.html); a language it does not correct keeps
Material's."""
import html as html_mod
import re
from pathlib import Path

import material
import pytest

from conftest import read_html
from tawsiyat import words

pytestmark = pytest.mark.build
MATERIAL_LANGUAGES = Path(material.__file__).parent / "templates" / "partials" / "languages"


def material_words(lang: str) -> dict[str, str]:
    """Material's own strings for ``lang``, from its generated language partial."""
    text = (MATERIAL_LANGUAGES / f"{lang}.html").read_text(encoding="utf-8")
    return dict(re.findall(r'^\s*"([a-z.]+)": "([^"]*)",?$', text, re.M))


PAGES = ("", "recommendations/39", "about")  # home, a recommendation, a page with a table of contents


def test_corrected_theme_words_replace_materials_own():
    theme = words.load()["material"]
    assert theme
    checked = 0
    for lang in {lang for texts in theme.values() for lang in texts}:
        own = material_words(lang)
        for key, texts in theme.items():
            assert key in own, key  # a key Material does not have corrects nothing
            checked += own[key] != texts[lang]
    assert checked  # at least one correction differs from Material's string


@pytest.mark.parametrize("url", PAGES)
def test_arabic_pages_show_the_corrected_words(built_site, url):
    html = html_mod.unescape(read_html(built_site, url))
    own = material_words("ar")
    shown = 0
    for key, texts in words.load()["material"].items():
        fix = texts.get("ar")
        if not fix or fix == own[key]:
            continue
        assert own[key] not in html, (url, key, own[key])
        shown += fix in html
    assert shown >= 3, url  # top, edit and the language switch are on every such page


def test_english_pages_keep_materials_english(built_site):
    html = html_mod.unescape(read_html(built_site, "en/recommendations/39"))
    own = material_words("en")
    assert own["top"] in html and own["action.edit"] in html


def test_materials_credit_is_in_the_page_language_and_its_name_marked_english(built_site):
    from tawsiyat import words

    for lang, url in (("ar", "recommendations/39"), ("en", "en/recommendations/39")):
        footer = read_html(built_site, url)
        footer = footer[footer.index('class="md-copyright"'):]
        assert words.word("theme", "made_with", lang) in footer, lang
        assert re.search(r'<a [^>]*lang="en" dir="ltr"[^>]*>Material for MkDocs</a>', footer), lang
    assert "Made with" not in read_html(built_site, "recommendations/39")
