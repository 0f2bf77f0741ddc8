"""Markdown rendered ahead of the page, into HTML that the page's Markdown passes through untouched.

Text the build itself puts into a page (a paragraph of official text, a notice) is known to be
one paragraph of running text; rendering it here, once, spares the page's Markdown parsing it
again inside an md_in_html wrapper or an admonition, on every page of a large build. Inline
Markdown comes out the same as in the page: the site's extensions add no inline syntax.
"""
from __future__ import annotations

import html

import markdown

_markdown = markdown.Markdown()


def paragraph(text: str) -> str:
    """The HTML of one paragraph of Markdown text: ``<p>…</p>``."""
    return _markdown.reset().convert(text)


def admonition(kind: str, title: str, text: str) -> str:
    """What the admonition extension makes of ``!!! kind "title"`` followed by ``text``."""
    return (f'<div class="admonition {kind}">\n<p class="admonition-title">{html.escape(title, quote=False)}</p>\n'
            f"{paragraph(text)}\n</div>")
