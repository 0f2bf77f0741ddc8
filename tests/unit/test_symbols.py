"""link_symbols looks only at the symbols of a page (and, when one is outside a tag, at the
elements whose text it keeps); it must link exactly what a pass over every tag of the page (the
reference below, what it replaced) links, for any well-formed HTML."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tawsiyat.symbols import SYMBOL, link_symbols, url

_KEEP_OR_SYMBOL = re.compile(
    r"(?P<keep>(?i:<(?P<tag>a|code|pre|script|style|bdi)\b[^>]*>.*?</(?P=tag)>)|<[^>]+>)|" + SYMBOL.pattern, re.S)


def reference(html: str, lang: str) -> str:
    if not SYMBOL.search(html):
        return html
    def replace(match: re.Match) -> str:
        if match.group("keep"):
            return match.group(0)
        symbol = match.group(0)
        return f'<a class="tw-symbol tw-ltr" dir="ltr" href="{url(symbol, lang)}">{symbol}</a>'
    return _KEEP_OR_SYMBOL.sub(replace, html)


def test_words_joined_by_a_slash_are_not_symbols_even_beside_one():
    html = "<p>CTOC/COP/WG.4/2011/8: children/infants, and/or Women/Girls</p>"
    linked = link_symbols(html, "en")
    assert linked.count("undocs.org") == 1
    assert "children/infants, and/or Women/Girls" in linked


def test_a_symbol_is_found_at_a_word_start_only():
    assert SYMBOL.findall("CTOC/COP/WG.4/2011/8 xAB/1 نصAB/2 (ST/SGB/2003/13) _AB/3 A/1 5AB/4.") == [
        "CTOC/COP/WG.4/2011/8", "ST/SGB/2003/13"]


_TEXT = ("See ", "CTOC/COP/WG.4/2011/8", ".", "نص", "A/RES/55/25 ", "xAB/1", " ", "and/or", "1 > AB/2", "/")
_OPEN = ("<p>", '<p title="CTOC/COP/WG.4/2011/8">', "<a href=\"x\">", "<A HREF='y'>", "<code>", "<bdi>",
         '<span class="tw-ltr">', "<pre>", "<em>")


@st.composite
def _fragment(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 3 and draw(st.booleans()):
            opening = draw(st.sampled_from(_OPEN))
            name = re.match(r"<(\w+)", opening).group(1)
            parts.append(f"{opening}{draw(_fragment(depth + 1))}</{name}>")
        else:
            parts.append(draw(st.sampled_from(_TEXT + ("<br>", '<img alt="E/CN.15/2013/1">'))))
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(_fragment())
def test_the_same_links_as_a_pass_over_every_tag(html):
    assert link_symbols(html, "en") == reference(html, "en")
