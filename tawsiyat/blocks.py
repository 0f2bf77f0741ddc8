"""The block syntax that marks official text in a page, and its HTML rendering.

A page writes each paragraph of the report once, inside a fenced block::

    ::: paragraph 5
    يجب على الدول الأطراف …
    :::

``footnote N`` and ``annex N`` blocks work the same way. A line ``<!-- recommendations: A -->``
stands for the recommendations of agenda section A, and ``<!-- full-report -->`` for the whole
report; both are expanded at build time.

Rendering wraps the text, and only the text, in one element that carries ``data-paragraph`` (or
``data-footnote``/``data-annex``), ``data-session`` and an ``id`` (``p-5``) for deep links. The
paragraph number sits outside that element, as a link to it.
"""
from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from functools import lru_cache

from . import words
from .source import to_arabic_digits

BLOCK_KINDS = ("paragraph", "footnote", "annex")
_BLOCK = re.compile(
    r"^:::[ \t]*(?P<kind>[a-z-]+)[ \t]+(?P<num>\d+)[ \t]*\n(?P<body>.*?)\n:::[ \t]*$",
    re.M | re.S,
)
RECOMMENDATIONS_MARKER = re.compile(r"^<!--\s*recommendations:\s*(?P<section>[A-Za-z0-9-]+)\s*-->\s*$", re.M)
FULL_REPORT_MARKER = re.compile(r"^<!--\s*full-report\s*-->\s*$", re.M)

ID_PREFIX = {"paragraph": "p", "footnote": "fn", "annex": "annex"}


@dataclass(frozen=True)
class Block:
    kind: str
    number: int
    body: str
    start: int  # character offsets of the whole block in the page
    end: int

    @property
    def anchor(self) -> str:
        return f"{ID_PREFIX[self.kind]}-{self.number}"

    @property
    def fingerprint(self) -> str:
        """A short hash of the text, whitespace folded: what a translation records."""
        folded = " ".join(self.body.split())
        return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:12]


class BlockError(ValueError):
    pass


def find_blocks(markdown: str) -> list[Block]:
    blocks = []
    for m in _BLOCK.finditer(markdown):
        if m.group("kind") not in BLOCK_KINDS:
            raise BlockError(f"unknown block kind '{m.group('kind')}' (allowed: {', '.join(BLOCK_KINDS)})")
        blocks.append(Block(m.group("kind"), int(m.group("num")), m.group("body").strip("\n"), m.start(), m.end()))
    stray = [
        line for line in _BLOCK.sub("", markdown).splitlines() if line.strip().startswith(":::")
    ]
    if stray:
        raise BlockError(f"unclosed or malformed block line: {stray[0].strip()!r}")
    return blocks


def paragraphs(markdown: str) -> dict[int, Block]:
    return {b.number: b for b in find_blocks(markdown) if b.kind == "paragraph"}


def number_label(number: int, lang: str) -> str:
    """A paragraph number as a label: the page's digits, never grouped (it names a paragraph, as
    "¶1234" does: not words.number, which writes a quantity, "١٬٢٣٤")."""
    return to_arabic_digits(number) if lang == "ar" else str(number)


def render_block(block: Block, session: str, lang: str, base_url: str = "") -> str:
    """The HTML (with markdown inside) that replaces one block."""
    attrs = (
        f'id="{block.anchor}" data-{block.kind}="{block.number}" '
        f'data-session="{html.escape(session, quote=True)}"'
    )
    if block.kind == "paragraph":
        label = number_label(block.number, lang)
        aria = f"{words.word('indexes', 'paragraph', lang)} {label}"
        return (
            f'<div class="tw-para" markdown="block">\n'
            f'<a class="tw-para-num" href="{base_url}#{block.anchor}" aria-label="{aria}">{label}</a>\n'
            f'<div class="tw-para-text" {attrs} markdown="block">\n\n{block.body}\n\n</div>\n</div>'
        )
    return f'<div class="tw-{block.kind}" {attrs} markdown="block">\n\n{block.body}\n\n</div>'


# The build renders a block's text with the page's own Markdown, between two marker paragraphs
# (mark_blocks), and puts the wrapper around it afterwards (fill_blocks): the HTML that the site's
# Markdown makes of render_block's markup, rendered once per kind and language with placeholder
# values (template_markup, wrapper). The page is the same as through md_in_html, which parses the
# wrapper's raw HTML on every page (about a fifth of a recommendation page's Markdown).
_TEMPLATE_NUMBER = 918273645
_TEMPLATE_SESSION = "twtemplatesession"
_TEMPLATE_BODY = "twtemplatebody"
_MARKER = re.compile(r"<p>tw-block-(\d+)-open</p>\n|\n<p>tw-block-(\d+)-close</p>")


@lru_cache(maxsize=None)
def template_markup(kind: str, lang: str) -> str:
    """render_block's markup of a block of ``kind`` with placeholder number, session and text
    (asked for once per block of every page)."""
    return render_block(Block(kind, _TEMPLATE_NUMBER, _TEMPLATE_BODY, 0, 0), _TEMPLATE_SESSION, lang)


def wrapper(template_html: str, block: Block, session: str, lang: str) -> tuple[str, str]:
    """The HTML before and after ``block``'s rendered text, from ``template_html`` (what the site's
    Markdown made of template_markup for its kind and language)."""
    html_text = (template_html.replace(str(_TEMPLATE_NUMBER), str(block.number))
                 .replace(number_label(_TEMPLATE_NUMBER, lang), number_label(block.number, lang))
                 .replace(_TEMPLATE_SESSION, html.escape(session, quote=True)))
    before, _, after = html_text.partition(f"<p>{_TEMPLATE_BODY}</p>")
    return before, after


def mark_blocks(markdown: str, found: list[Block]) -> str:
    """Replace every block of a page with its text between two marker paragraphs."""
    out, last = [], 0
    for index, block in enumerate(found):
        out += [markdown[last:block.start], f"tw-block-{index}-open\n\n{block.body}\n\ntw-block-{index}-close"]
        last = block.end
    out.append(markdown[last:])
    return "".join(out)


def fill_blocks(html_text: str, wrappers: list[tuple[str, str]]) -> str:
    """Put each block's wrapper (before, after) in place of its marker paragraphs in the rendered
    page; a BlockError if a marker is not a paragraph of its own."""
    filled, count = _MARKER.subn(
        lambda m: wrappers[int(m.group(1))][0] if m.group(1) else wrappers[int(m.group(2))][1], html_text)
    if count != 2 * len(wrappers):
        raise BlockError(f"{len(wrappers)} block(s), but {count} of their {2 * len(wrappers)} marker paragraphs "
                         "rendered as paragraphs of their own")
    return filled


def render_blocks(markdown: str, session: str, lang: str, found: list[Block] | None = None) -> str:
    """Replace every block of a page (``found``, or found here) with its HTML wrapper."""
    out, last = [], 0
    for block in find_blocks(markdown) if found is None else found:
        out.append(markdown[last:block.start])
        out.append(render_block(block, session, lang))
        last = block.end
    out.append(markdown[last:])
    return "".join(out)
