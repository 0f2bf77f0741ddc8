import pytest

from tawsiyat import blocks
from tawsiyat.htmltext import markdown_to_text, texts_by_attribute

PAGE = """# عنوان

::: paragraph 7
نص الفقرة.
:::

!!! note "ملاحظة"
    خارج الكتلة.

::: footnote 1
حاشية.
:::
"""


def test_find_blocks():
    found = blocks.find_blocks(PAGE)
    assert [(b.kind, b.number, b.body) for b in found] == [("paragraph", 7, "نص الفقرة."), ("footnote", 1, "حاشية.")]


def test_unclosed_block_is_an_error():
    with pytest.raises(blocks.BlockError, match="unclosed"):
        blocks.find_blocks("::: paragraph 3\nنص\n")


def test_unknown_kind_is_an_error():
    with pytest.raises(blocks.BlockError, match="unknown block kind"):
        blocks.find_blocks("::: chapter 3\nنص\n:::\n")


def test_render_marks_the_text_and_only_the_text():
    import markdown

    html = markdown.markdown(blocks.render_blocks(PAGE, "s-1", "ar"), extensions=["md_in_html", "admonition"])
    marked = dict(texts_by_attribute(html, "data-paragraph"))
    assert marked["7"].strip() == "نص الفقرة."
    assert 'id="p-7"' in html and 'data-session="s-1"' in html
    assert 'href="#p-7"' in html and ">٧<" in html  # the number, outside, Arabic-Indic
    assert "خارج الكتلة" not in marked["7"]


def test_english_numbers_are_western():
    assert ">7<" in blocks.render_blocks(PAGE, "s", "en")


def test_fingerprint_ignores_whitespace_only():
    a = blocks.find_blocks("::: paragraph 1\nنص  الفقرة\n:::")[0]
    b = blocks.find_blocks("::: paragraph 1\nنص\nالفقرة\n:::")[0]
    c = blocks.find_blocks("::: paragraph 1\nنص الفقرات\n:::")[0]
    assert a.fingerprint == b.fingerprint != c.fingerprint


def test_markdown_to_text_drops_markup():
    assert markdown_to_text("**نص** [رابط](x.md)\n{: .agenda-item }").split() == ["نص", "رابط"]


_EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html", "admonition", "pymdownx.superfences"]


def _render(text: str) -> str:
    import markdown

    return markdown.Markdown(extensions=_EXTENSIONS, extension_configs={"toc": {"permalink": "#"}}).convert(text)


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("page", [
    PAGE,
    "# Title\n\n::: paragraph 12\nOne *line*,\nand [a link](x.md).\n\nA second paragraph.\n\n- a list\n- of two\n:::\n",
    "::: annex 1\n| a | b |\n| - | - |\n| 1 | 2 |\n:::\n\ntext\n\n::: footnote 3\nA & B < C\n:::\n",
    '<div class="tw-parallel" markdown="block">\n<div markdown="block">\n\n::: paragraph 5\nنص\n:::\n\n</div>\n'
    '<div markdown="block">\n\n::: paragraph 5\nText\n:::\n\n</div>\n</div>\n',
])
def test_text_rendered_with_the_page_and_wrappers_put_in_after_make_what_md_in_html_makes(page, lang):
    found = blocks.find_blocks(page)
    templates = {kind: _render(blocks.template_markup(kind, lang)) for kind in blocks.BLOCK_KINDS}
    wrappers = [blocks.wrapper(templates[block.kind], block, "wgtip-2013-11", lang) for block in found]
    filled = blocks.fill_blocks(_render(blocks.mark_blocks(page, found)), wrappers)
    assert filled == _render(blocks.render_blocks(page, "wgtip-2013-11", lang, found))


def test_a_marker_that_is_no_paragraph_of_its_own_is_an_error():
    page = "::: paragraph 1\n<div>\nan element left open\n:::\n"
    found = blocks.find_blocks(page)
    wrappers = [blocks.wrapper(_render(blocks.template_markup("paragraph", "en")), found[0], "s", "en")]
    with pytest.raises(blocks.BlockError, match="marker"):
        blocks.fill_blocks(_render(blocks.mark_blocks(page, found)), wrappers)
