"""Read the text of marked elements out of HTML, without a browser."""
from __future__ import annotations

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


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return " ".join(parser.parts)


def markdown_to_text(text: str) -> str:
    """The text a reader sees once a Markdown fragment is rendered."""
    return html_to_text(_markdown.markdown(text, extensions=MARKDOWN_EXTENSIONS))
