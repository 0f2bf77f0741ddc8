"""Check every page's official Arabic text against the source it was reconstructed from."""
from __future__ import annotations

import re

from . import blocks
from .fidelity import Mismatch, compare, signature
from .htmltext import markdown_to_text
from .pages import Page
from .source import Report

_HEADING = re.compile(r"^#{1,6}[ \t]+(?P<text>.+?)(?:[ \t]+\{[^}]*\})?[ \t]*$", re.M)


def _headings(page: Page) -> list[str]:
    return [m.group("text") for m in _HEADING.finditer(page.body)]


def check_session(report: Report, pages: list[Page]) -> list[str]:
    """Problems with one session's Arabic pages, each naming the paragraph or part."""
    problems: list[str] = []
    found: dict[tuple[str, int], list[tuple[Page, blocks.Block]]] = {}
    for page in pages:
        for block in blocks.find_blocks(page.body):
            found.setdefault((block.kind, block.number), []).append((page, block))

    def check(kind: str, number: int, source_text: str, label: str) -> None:
        places = found.get((kind, number), [])
        if not places:
            problems.append(f"{label}: missing (no '::: {kind} {number}' block in any Arabic page)")
            return
        if len(places) > 1:
            where = ", ".join(p.label for p, _ in places)
            problems.append(f"{label}: written more than once ({where})")
        page, block = places[0]
        mismatch: Mismatch | None = compare(f"{label} ({page.label})", source_text, markdown_to_text(block.body))
        if mismatch:
            problems.append(str(mismatch))

    for number, part in report.paragraphs.items():
        check("paragraph", number, part.text, f"paragraph {number}")
    for part in report.of_kind("footnote"):
        check("footnote", part.number, part.text, f"footnote {part.number}")
    for index, part in enumerate(report.of_kind("annex"), start=1):
        check("annex", index, part.text, "annex")
    extra = sorted(n for kind, n in found if kind == "paragraph" and n not in report.paragraphs)
    if extra:
        problems.append(f"paragraphs not in the source: {extra}")

    heading_signatures = [signature(markdown_to_text(h)) for page in pages for h in _headings(page)]
    for part in report.of_kind("heading") + report.of_kind("title"):
        if signature(part.text) not in heading_signatures:
            what = "title" if part.kind == "title" else f"heading '{part.mark}'"
            problems.append(f"{what} (source line {part.start_line}): no Arabic heading has its exact letters")
    return problems
