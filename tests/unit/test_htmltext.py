"""html_to_text: the text of a built page's HTML, with some elements left out (search, fidelity).

It reads only the tags around the elements it leaves out; a loop over every tag of the page (the
reference below, what it replaced) must give the same text for any well-formed HTML."""
import html as html_mod
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tawsiyat.htmltext import VOID, html_to_text

SKIP = ("headerlink", "tw-rec-meta", "admonition info")

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->", re.S)
_CLASS = re.compile(r"""\bclass\s*=\s*["']([^"']*)["']""")


def reference(html: str, skip_classes: tuple[str, ...] = ()) -> str:
    """Every tag read in turn, with a stack of open elements."""
    parts, stack, skipping, last = [], [], 0, 0
    for match in _TAG.finditer(html):
        if not skipping:
            parts.append(html[last:match.start()])
        last = match.end()
        closing, tag = match.group(1), (match.group(2) or "").lower()
        if not tag or tag in VOID or match.group(3).rstrip().endswith("/"):
            continue
        if closing:
            if stack:
                skipping -= stack.pop()
            continue
        found = _CLASS.search(match.group(3))
        skip = bool(found and skip_classes and found.group(1).startswith(skip_classes))
        stack.append(skip)
        skipping += skip
    if not skipping:
        parts.append(html[last:])
    return html_mod.unescape(" ".join(parts))


def test_tags_and_comments_read_as_spaces_and_entities_decoded():
    assert html_to_text("a<b>c</b>d<!-- x -->e &amp; f<br>g") == "a c d e & f g"


def test_an_element_left_out_with_what_it_holds_nested_elements_of_its_name_included():
    html = ('<div>keep <div class="tw-rec-meta">out <div>out</div> <br> out</div> after</div>'
            '<h2 id="x">Title<a class="headerlink" href="#x">#</a></h2>'
            '<div class="admonition info"><p>out</p></div><div class="admonition warning"><p>in</p></div>')
    text = html_to_text(html, SKIP)
    assert "out" not in text and "#" not in text
    assert text.split() == ["keep", "after", "Title", "in"]
    assert text == reference(html, SKIP)


def test_only_a_start_tag_s_first_class_outside_comments_counts():
    html = ('<p data-class="headerlink" class="x">one</p><p class="x" class="headerlink">two</p>'
            '<!-- <div class="tw-rec-meta"> -->three<p>class="headerlink" four</p>')
    assert html_to_text(html, SKIP).split() == ["two", "three", 'class="headerlink"', "four"]
    assert html_to_text(html, SKIP) == reference(html, SKIP)


_NAMES = ("div", "p", "span", "a", "ul", "li")
_CLASSES = ("", ' class="tw-rec-meta"', ' class="headerlink x"', ' class="admonition info"', ' class="other"',
            ' id="a" class="admonition warning"')


@st.composite
def _fragment(draw, depth=0):
    """Well-formed HTML: text, void and self-closing tags, comments and nested elements."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["text", "void", "comment", "element"] if depth < 4 else ["text", "void"]))
        if kind == "text":
            parts.append(draw(st.sampled_from(["a", "نص", " b ", "&amp;", "c d", ""])))
        elif kind == "void":
            parts.append(draw(st.sampled_from(["<br>", "<hr/>", '<img class="tw-rec-meta" src="x">', "<span/>"])))
        elif kind == "comment":
            parts.append(draw(st.sampled_from(["<!-- c -->", '<!-- <div class="headerlink"> -->'])))
        else:
            name = draw(st.sampled_from(_NAMES))
            attrs = draw(st.sampled_from(_CLASSES))
            parts.append(f"<{name}{attrs}>{draw(_fragment(depth + 1))}</{name}>")
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(_fragment())
def test_the_same_text_as_reading_every_tag(html):
    assert html_to_text(html, SKIP) == reference(html, SKIP)
    assert html_to_text(html) == reference(html)


def test_words_in_the_other_script_carry_their_language():
    from tawsiyat.htmltext import escape_marking_language
    english = escape_marking_language('calls «المكتب» ("the Office") & <b>', "en")
    assert english == 'calls «<span lang="ar" dir="rtl">المكتب</span>» (&quot;the Office&quot;) &amp; &lt;b&gt;'
    arabic = escape_marking_language("بحرف كبير (the Secretariat)، و ICAT", "ar")
    assert arabic == ('بحرف كبير <span lang="en" dir="ltr">(the Secretariat)</span>، و '
                      '<span lang="en" dir="ltr">ICAT</span>')
    assert escape_marking_language("نص عربي فقط", "ar") == "نص عربي فقط"
    assert escape_marking_language("English only", "en") == "English only"
