"""Read the text of marked elements out of HTML, without a browser."""
from __future__ import annotations

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


def html_to_text(html: str, skip_classes: tuple[str, ...] = ()) -> str:
    """The text of an HTML fragment, leaving out elements whose class starts with one of
    ``skip_classes``. A regular-expression tokenizer: built pages are well-formed, and it is
    several times faster than html.parser on every page of a large build."""
    parts: list[str] = []
    stack: list[bool] = []
    skipping = 0
    last = 0
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
    return _html.unescape(" ".join(parts))


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
