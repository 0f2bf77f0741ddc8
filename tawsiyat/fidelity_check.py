"""Check every page's official Arabic text against the source it was reconstructed from.

Letters, diacritics, digits and punctuation are compared (see ``fidelity``) per paragraph,
footnote, heading and title, and for the annex per table row (a row starts at its document
symbol), the annex's heading and column heads compared as one more part.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import markdown as _markdown

from . import blocks, yaml_reading
from .fidelity import Mismatch, compare, misordered, signature, words_of
from .htmltext import MARKDOWN_EXTENSIONS, html_to_text, markdown_to_text
from .pages import Page
from .source import Part, Report

_HEADING = re.compile(r"^#{1,6}[ \t]+(?P<text>.+?)(?:[ \t]+\{[^}]*\})?[ \t]*$", re.M)


def _headings(page: Page) -> list[str]:
    return [m.group("text") for m in _HEADING.finditer(page.body)]


_ROW = re.compile(r"<tr\b[^>]*>.*?</tr>", re.S)
# what a build adds inside the text and is not part of it: the heading permalink ("#")
BUILD_ONLY_CLASSES = ("headerlink",)
_SYMBOL = re.compile(r"^\s*[A-Z]{2,}/\S+")


def annex_rows(html: str) -> tuple[str, dict[str, str]]:
    """The rendered annex: the text outside its document rows (heading, column heads), and
    each document row's text by the symbol that starts it. Works on a rendered Markdown fragment
    and on a built page alike (heading permalinks are left out)."""
    rows: dict[str, str] = {}
    rest: list[str] = []
    last = 0
    for match in _ROW.finditer(html):
        text = html_to_text(match.group(0), BUILD_ONLY_CLASSES)
        symbol = _SYMBOL.match(text)
        if symbol:
            rest.append(html[last:match.start()])
            last = match.end()
            rows[symbol.group(0).strip()] = text
    rest.append(html[last:])
    return html_to_text("".join(rest), BUILD_ONLY_CLASSES), rows


def compare_annex(part: Part, html: str, label: str = "annex", irregular: dict | None = None) -> list[Mismatch]:
    """The annex compared row by row: each source row (``part.children``) against the rendered
    row that starts with the same document symbol; what precedes the rows against the rest."""
    preamble, rows = annex_rows(html)
    mismatches: list[Mismatch] = []
    first = part.children[0].start_line - part.start_line if part.children else len(part.lines)
    head = compare(f"{label} (heading and column heads)", "\n".join(part.lines[:first]), preamble)
    if head:
        mismatches.append(head)
    for row in part.children:
        symbol = _SYMBOL.match(row.lines[0]).group(0).strip()
        mismatch = compare(f"{label} row {row.number} ({symbol})", row.text, rows.pop(symbol, ""),
                           tuple((irregular or {}).get(f"annex row {row.number}", ())))
        if mismatch:
            mismatches.append(mismatch)
    for symbol, text in rows.items():
        mismatches.append(compare(f"{label} row {symbol} (not in the source)", "", text))
    return mismatches


def irregular_runs(source_path: Path) -> dict[str, list[str]]:
    """The runs of a source that its extraction wrote out of reading order (fidelity.misordered),
    by part ("paragraph 12", "annex row 3", "heading ألف", "title"), from the file beside the
    source (report-2013-ar.txt: report-2013-ar.irregular.yml); none when there is no such file."""
    path = source_path.with_suffix(".irregular.yml")
    if not path.is_file():
        return {}
    return {str(k): [str(r) for r in v] for k, v in (yaml_reading.safe_load(path.read_text(encoding="utf-8")) or {}).items()}


def _heading_key(part: Part) -> str:
    """How the irregular-runs file names a heading or the title: "heading ألف", "title"."""
    return "title" if part.kind == "title" else f"heading {part.mark}"


def _listed_runs_exist(report: Report, irregular: dict[str, list[str]], name: str) -> list[str]:
    """Each listed run is a run of its part of the source: the list can exempt nothing else."""
    texts = {f"paragraph {n}": part.text for n, part in report.paragraphs.items()}
    texts.update({f"footnote {p.number}": p.text for p in report.of_kind("footnote")})
    for annex in report.of_kind("annex"):
        texts.update({f"annex row {row.number}": row.text for row in annex.children})
    texts.update({_heading_key(p): p.text for p in report.of_kind("heading") + report.of_kind("title")})
    problems = []
    for label, runs in irregular.items():
        have = words_of(texts.get(label, ""))
        for run in runs:
            if run not in have:
                problems.append(f"{name}: {label}: «{run}» is not a run of that part of the source")
    return problems


@functools.lru_cache(maxsize=8192)
def _compared(label: str, source_text: str, body: str, irregular: tuple[str, ...]) -> Mismatch | None:
    """One block against its span of the source: a pure function of these four texts, kept for the
    life of the process, so that ``mkdocs serve``, checking every block at each save, compares
    again only the blocks that changed."""
    return compare(label, source_text, markdown_to_text(body), irregular)


def check_session(report: Report, pages: list[Page], irregular: dict[str, list[str]] | None = None,
                  irregular_name: str = "irregular runs", session: str = "") -> list[str]:
    """Problems with one session's Arabic pages, each naming the paragraph or part. ``irregular``:
    irregular_runs() of its source."""
    irregular = irregular or {}
    problems: list[str] = _listed_runs_exist(report, irregular, irregular_name)
    found: dict[tuple[str, int], list[tuple[Page, blocks.Block]]] = {}
    for page in pages:
        for block in blocks.find_blocks(page.body):
            found.setdefault((block.kind, block.number), []).append((page, block))

    def check(kind: str, number: int, source_text: str, label: str) -> None:
        places = found.get((kind, number), [])
        if not places:
            whose = f" of {session} (a page with `session: {session}`)" if session else ""
            problems.append(f"{label}: missing (no '::: {kind} {number}' block in any Arabic page{whose})")
            return
        if len(places) > 1:
            where = ", ".join(p.label for p, _ in places)
            problems.append(f"{label}: written more than once ({where})")
        page, block = places[0]
        mismatch = _compared(f"{label} ({page.label})", source_text, block.body, tuple(irregular.get(label, ())))
        if mismatch:
            problems.append(str(mismatch))

    for number, part in report.paragraphs.items():
        check("paragraph", number, part.text, f"paragraph {number}")
    for part in report.of_kind("footnote"):
        check("footnote", part.number, part.text, f"footnote {part.number}")
    for index, part in enumerate(report.of_kind("annex"), start=1):
        places = found.get(("annex", index), [])
        if not places or not part.children:
            check("annex", index, part.text, "annex")
            continue
        if len(places) > 1:
            problems.append(f"annex: written more than once ({', '.join(p.label for p, _ in places)})")
        page, block = places[0]
        rendered = _markdown.markdown(block.body, extensions=MARKDOWN_EXTENSIONS)
        problems.extend(str(m) for m in compare_annex(part, rendered, f"annex ({page.label})", irregular))
    extra = sorted(n for kind, n in found if kind == "paragraph" and n not in report.paragraphs)
    if extra:
        problems.append(f"paragraphs not in the source: {extra}")

    headings = [(text, signature(text)) for text in (markdown_to_text(h) for page in pages for h in _headings(page))]
    for part in report.of_kind("heading") + report.of_kind("title"):
        what = "title" if part.kind == "title" else f"heading '{part.mark}'"
        wanted = signature(part.text)
        alike = [text for text, found_signature in headings if found_signature == wanted]
        if not alike:
            problems.append(
                f"{what} (source line {part.start_line}): no Arabic heading"
                + (f" of a page with `session: {session}`" if session else "")
                + " has its exact letters, diacritics, digits and punctuation (every heading and the "
                "title of a report are written, as Markdown headings, in its pages)"
            )
            continue
        runs = tuple(irregular.get(_heading_key(part), ()))
        orders = [misordered(part.text, h, runs) for h in alike]
        if all(orders):
            problems.append(f"{what} (source line {part.start_line}): letter order: " + "; ".join(orders[0]))
    return problems


def report_titles(report: Report, session: str, sessions: dict, irregular: dict[str, list[str]] | None = None) -> list[str]:
    """The Arabic report titles of the vocabulary (``report_title``, what citations name) against
    the source of ``session``: its own title, and each annex row that lists a meeting's report by
    its symbol (the row holds the symbol and the title, and nothing else)."""
    irregular = irregular or {}
    problems: list[str] = []
    titles = report.of_kind("title")
    own = sessions[session].get("report_title", {}).get("ar")
    if titles and own:
        mismatch = compare(f"data/vocabulary.yml: session '{session}': report_title (ar), against the title",
                           titles[0].text, own, tuple(irregular.get("title", ())))
        if mismatch:
            problems.append(str(mismatch))
    by_symbol = {meeting["report_symbol"]: (key, meeting) for key, meeting in sessions.items() if meeting.get("report_symbol")}
    for annex in report.of_kind("annex"):
        for row in annex.children:
            for symbol, (key, meeting) in by_symbol.items():
                title = meeting.get("report_title", {}).get("ar")
                if title and symbol in row.text.split():
                    label = f"data/vocabulary.yml: session '{key}': report_title (ar), against annex row {row.number}"
                    mismatch = compare(label, row.text, f"{symbol} {title}", tuple(irregular.get(f"annex row {row.number}", ())))
                    if mismatch:
                        problems.append(str(mismatch))
    return problems
