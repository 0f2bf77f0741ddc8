"""What a first visit costs, as a reader in Chromium sees it: every stylesheet a page loads (each
one blocks the first paint) holds a rule for that page, and every face it preloads is used.
(Layout shift while the faces arrive cannot be tested here: this machine has Noto Naskh Arabic
and Noto Sans installed, so the fallback during the swap is the same face; Lighthouse's CLS in
`scripts/tawsiyat.py page-weight` is the measure.)"""
from __future__ import annotations

import pytest

from tawsiyat import pages, translation

pytestmark = pytest.mark.browser

PAGES = {"home": "", "recommendation": "recommendations/12/"}
PREFIX = {lang: "" if lang == translation.ORIGINAL else f"{lang}/" for lang in pages.LANGUAGES}

# Rules a stylesheet holds for states and parts a selector cannot find at load: hover, focus,
# ::before and the like are stripped before the selector is looked up.
UNUSED_RULES = """() => {
  const strip = (selector) => selector
    .replace(/::?[a-z-]+\\((?:[^()]|\\([^()]*\\))*\\)/g, (m) => /^:(?:not|is|where|has|lang|dir|nth-[a-z-]+)\\(/.test(m) ? m : '')
    .replace(/::?(?:before|after|placeholder|selection|marker|hover|focus|focus-visible|focus-within|active|visited|checked|target|disabled|first-letter|first-line|-webkit-[a-z-]+|-moz-[a-z-]+)/g, '');
  const matches = (rule) => rule.selectorText.split(',').some((s) => {
    try { return document.querySelector(strip(s).trim() || '*') !== null; } catch (e) { return true; }
  });
  const walk = (rules) => [...rules].some((rule) =>
    rule instanceof CSSFontFaceRule || (rule.selectorText !== undefined && matches(rule)) || (rule.cssRules && walk(rule.cssRules)));
  return [...document.styleSheets].filter((sheet) => sheet.href && !walk(sheet.cssRules)).map((sheet) => sheet.href);
}"""


@pytest.mark.parametrize("lang", pages.LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_every_stylesheet_holds_a_rule_for_the_page(page_at, site_url, lang, name):
    page = page_at(f"{site_url}/{PREFIX[lang]}{PAGES[name]}", width=360)
    assert page.evaluate(UNUSED_RULES) == []


@pytest.mark.parametrize("lang", pages.LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_every_preloaded_face_is_used(page_at, site_url, lang, name):
    """A preloaded face the page's text does not use is a request for nothing."""
    page = page_at(f"{site_url}/{PREFIX[lang]}{PAGES[name]}", width=360)
    unused = page.evaluate("""async () => {
      await document.fonts.ready;
      const faces = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule instanceof CSSFontFaceRule)
        .map((rule) => ({src: new URL(rule.style.getPropertyValue('src').match(/url\\("?([^")]+)/)[1], rule.parentStyleSheet.href).href,
                         family: rule.style.getPropertyValue('font-family').replace(/"/g, ''),
                         weight: rule.style.getPropertyValue('font-weight'), style: rule.style.getPropertyValue('font-style')}));
      const loaded = [...document.fonts].filter((f) => f.status === 'loaded')
        .map((f) => [f.family.replace(/"/g, ''), f.weight, f.style].join(' '));
      return [...document.querySelectorAll('link[rel=preload][as=font]')].map((link) => link.href)
        .filter((href) => { const face = faces.find((f) => f.src === href);
                            return !face || !loaded.includes([face.family, face.weight, face.style].join(' ')); });
    }""")
    assert unused == []
