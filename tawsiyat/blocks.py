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


def render_blocks(markdown: str, session: str, lang: str, found: list[Block] | None = None) -> str:
    """Replace every block of a page (``found``, or found here) with its HTML wrapper."""
    out, last = [], 0
    for block in find_blocks(markdown) if found is None else found:
        out.append(markdown[last:block.start])
        out.append(render_block(block, session, lang))
        last = block.end
    out.append(markdown[last:])
    return "".join(out)
