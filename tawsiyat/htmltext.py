"""Read the text of marked elements out of HTML, without a browser."""
from __future__ import annotations

import functools
import html as _html
import re
from html.parser import HTMLParser

import markdown as _markdown

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
MARKDOWN_EXTENSIONS = ["attr_list", "md_in_html", "tables", "footnotes"]


class _Collector(HTMLParser):
    def __init__(self, attr: str) -> None:
        super().__init__(convert_charrefs=True)
        self.attr = attr
        self.stack: list[tuple[str, str | None]] = []  # (tag, value when it opens a marked element)
        self.open: list[list] = []  # [value, parts] of marked elements being read
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        value = dict(attrs).get(self.attr)
        self.stack.append((tag, value))
        if value is not None:
            self.open.append([value, []])

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            open_tag, value = self.stack.pop()
            if value is not None:
                val, parts = self.open.pop()
                self.found.append((val, "".join(parts)))
            if open_tag == tag:
                break

    def handle_data(self, data):
        for _, parts in self.open:
            parts.append(data)


def texts_by_attribute(html: str, attr: str) -> list[tuple[str, str]]:
    """Every element carrying ``attr``: (its value, its text content), in closing order."""
    parser = _Collector(attr)
    parser.feed(html)
    parser.close()
    return parser.found


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->", re.S)
_CLASS = re.compile(r"""\bclass\s*=\s*["']([^"']*)["']""")


def _opens_element(tag: re.Match) -> bool:
    """A start tag that an end tag closes (not an end tag, a comment, a void or a self-closing tag)."""
    name = tag.group(2)
    return bool(name) and not tag.group(1) and name.lower() not in VOID and not tag.group(3).rstrip().endswith("/")


@functools.lru_cache(maxsize=None)
def _same_name_tags(name: str) -> re.Pattern:
    """The start and end tags of the elements named ``name``, and the comments (to step over)."""
    return re.compile(rf"<!--.*?-->|<(/?){re.escape(name)}(?![a-zA-Z0-9])([^>]*)>", re.I | re.S)


def _element_end(html: str, start: re.Match) -> int:
    """Where the element that the start tag ``start`` opens ends: after its end tag (in well-formed
    HTML, the first end tag of its name that is not one of a nested element of the same name),
    or at the end of ``html``."""
    depth = 0
    for tag in _same_name_tags(start.group(2)).finditer(html, start.end()):
        if tag.group(2) is None:
            continue  # a comment
        if tag.group(1):
            if depth == 0:
                return tag.end()
            depth -= 1
        elif not tag.group(2).rstrip().endswith("/"):
            depth += 1
    return len(html)


@functools.lru_cache(maxsize=None)
def _class_starting_with(prefixes: tuple[str, ...]) -> re.Pattern:
    # the literal first, the word boundary after it: a pattern that opens with a literal is
    # searched for as a string, many times faster than trying \b at every position
    return re.compile(r"""class(?<!\wclass)\s*=\s*["'](?:""" + "|".join(map(re.escape, prefixes)) + ")")


def _skipped_elements(html: str, skip_classes: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the outermost elements whose (first) class attribute starts with one of
    ``skip_classes``. Only the tags around a matching class attribute are read, and inside the
    element those of its name."""
    spans: list[tuple[int, int]] = []
    for found in _class_starting_with(skip_classes).finditer(html):
        if spans and found.start() < spans[-1][1]:
            continue  # inside an element already skipped
        lt = html.rfind("<", 0, found.start())
        tag = _TAG.match(html, lt) if lt >= 0 else None
        if tag is None or tag.end() <= found.start() or not _opens_element(tag):
            continue  # not in a start tag
        first = _CLASS.search(tag.group(3))
        if first is None or tag.start(3) + first.start() != found.start():
            continue  # not the tag's first class attribute
        if html.rfind("<!--", 0, lt) > html.rfind("-->", 0, lt):
            continue  # in a comment
        spans.append((lt, _element_end(html, tag)))
    return spans


def html_to_text(html: str, skip_classes: tuple[str, ...] = ()) -> str:
    """The text of an HTML fragment, every tag and comment read as a space, leaving out elements
    whose class starts with one of ``skip_classes``. Regular expressions, not a parser: built
    pages are well-formed, and one substitution over the page is many times faster than
    html.parser (or a loop over its tags) on every page of a large build."""
    parts, last = [], 0
    for start, end in _skipped_elements(html, skip_classes) if skip_classes else ():
        parts.append(html[last:start])
        last = end
    parts.append(html[last:])
    return _html.unescape(" ".join(_TAG.sub(" ", part) for part in parts))


def markdown_to_text(text: str) -> str:
    """The text a reader sees once a Markdown fragment is rendered."""
    return html_to_text(_markdown.markdown(text, extensions=MARKDOWN_EXTENSIONS))


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_ATTR = re.compile(r"\{:?[^}]*\}")
_MD_MARK = re.compile(r"(\*\*|__|\*|`)")


def plain_text(markdown_text: str) -> str:
    """A quick reading of Markdown as plain text (tags, link targets, attribute lists and
    emphasis marks dropped), good for excerpts; the fidelity test uses markdown_to_text."""
    text = _MD_LINK.sub(r"\1", markdown_text)
    text = _MD_ATTR.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = _MD_MARK.sub("", text)
    return " ".join(_html.unescape(text).split())


# A run of words in the other language's script: Arabic on an English page, Latin on an Arabic one.
_OTHER_SCRIPT = {
    "en": (re.compile(r"[\u0600-\u06FF]+(?:\s+[\u0600-\u06FF]+)*"), "ar", "rtl"),
    "ar": (re.compile(r"[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*)*"), "en", "ltr"),
}


def escape_marking_language(text: str, lang: str) -> str:
    """``text`` escaped for HTML on a page in ``lang``, each run of words in the other language's
    script in a span saying its language and direction, so that a screen reader reads it in that
    language and the browser orders it as a unit (a data file's text is plain, with no markup).
    Parentheses right around such a run go into the span, so that a line break inside the run
    leaves them on the run's own sides."""
    pattern, other, direction = _OTHER_SCRIPT[lang]
    out, last = [], 0
    for match in pattern.finditer(text):
        start, end = match.span()
        if text[start - 1:start] == "(" and text[end:end + 1] == ")":
            start, end = start - 1, end + 1
        out.append(_html.escape(text[last:start], quote=True))
        out.append(f'<span lang="{other}" dir="{direction}">{_html.escape(text[start:end], quote=True)}</span>')
        last = end
    out.append(_html.escape(text[last:], quote=True))
    return "".join(out)
