"""Cut the PDF extraction of a Working Group report into its parts.

The extraction keeps every letter but scrambles word order inside a line, so the cutter works
on whole lines: it finds the paragraph markers (``-٥`` somewhere in the first line of a
paragraph, numbered in sequence), the chapter and section headings (``-أولاً``, ``- ألف``), the
footnote under its rule, and the annex. Each part keeps its raw lines; the fidelity test compares
a reconstruction against them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_TO_ASCII = str.maketrans(ARABIC_DIGITS, "0123456789")
_TO_ARABIC = str.maketrans("0123456789", ARABIC_DIGITS)

CHAPTER_ORDINALS = ("أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً")
SECTION_LETTERS = ("ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء")
ANNEX_WORD = "المرفق"

_HEADING = re.compile(
    r"-\s*(?P<mark>" + "|".join(CHAPTER_ORDINALS + SECTION_LETTERS) + r")\s*$"
)
_MARKER = re.compile(r"(?:(?<=\s)|^)-\s?(?P<num>[٠-٩0-9]+)(?=\s|$)")
_RULE = re.compile(r"^\s*─{5,}\s*$")


def to_ascii_digits(text: str) -> str:
    return text.translate(_TO_ASCII)


def to_arabic_digits(text: str | int) -> str:
    return str(text).translate(_TO_ARABIC)


@dataclass
class Part:
    """One piece of the report: its kind, number or mark, and raw source lines."""

    kind: str  # title | heading | paragraph | footnote | annex | agenda-item
    lines: list[str]
    start_line: int  # 1-based line number in the source
    number: int | None = None
    mark: str | None = None  # heading mark (أولاً, ألف, …)
    level: int | None = None  # 1 chapter, 2 section
    children: list["Part"] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The raw text of the part, the paragraph marker removed."""
        return "\n".join(self.lines)

    def as_dict(self) -> dict:
        data = {
            "kind": self.kind,
            "start_line": self.start_line,
            "end_line": self.start_line + len(self.lines) - 1,
            "text": self.text,
        }
        for key in ("number", "mark", "level"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        if self.children:
            data["children"] = [child.as_dict() for child in self.children]
        return data


@dataclass
class Report:
    parts: list[Part]

    @property
    def paragraphs(self) -> dict[int, Part]:
        return {p.number: p for p in self.parts if p.kind == "paragraph"}

    def of_kind(self, kind: str) -> list[Part]:
        return [p for p in self.parts if p.kind == kind]


def _strip_marker(line: str, number: int) -> str | None:
    """Return the line without the marker of paragraph ``number``, or None if absent."""
    for match in _MARKER.finditer(line):
        if int(to_ascii_digits(match.group("num"))) == number:
            return line[: match.start()] + line[match.end():]
    return None


def _is_blank(line: str) -> bool:
    return not line.strip()


def cut(text: str) -> Report:
    """Cut a report's extracted text into parts, in source order."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    lines = text.split("\n")
    parts: list[Part] = []
    current: Part | None = None
    next_number = 1
    i = 0

    def close() -> None:
        nonlocal current
        if current is not None:
            while current.lines and _is_blank(current.lines[-1]):
                current.lines.pop()
            parts.append(current)
            current = None

    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        heading = _HEADING.search(line)
        if heading:
            close()
            mark = heading.group("mark")
            block, start = [line], i + 1
            # A heading runs on (over empty lines) until the next paragraph, heading or
            # page-break line (a line of spaces only).
            while (
                i + 1 < len(lines)
                and not (lines[i + 1] and _is_blank(lines[i + 1]))
                and not _HEADING.search(lines[i + 1])
                and lines[i + 1].strip() != ANNEX_WORD
                and _strip_marker(lines[i + 1], next_number) is None
            ):
                i += 1
                if lines[i]:
                    block.append(lines[i])
            level = 1 if mark in CHAPTER_ORDINALS else 2
            parts.append(Part("heading", block, start, mark=mark, level=level))
        elif stripped == ANNEX_WORD:
            close()
            parts.append(Part("heading", [line], i + 1, mark=ANNEX_WORD, level=1))
            current = Part("annex", [], i + 2)
        elif _RULE.match(line):
            close()
            current = Part("footnote", [], i + 2, number=1)
        elif current is not None and current.kind == "annex":
            current.lines.append(line)
        elif (rest := _strip_marker(line, next_number)) is not None:
            close()
            current = Part("paragraph", [rest], i + 1, number=next_number)
            next_number += 1
        elif current is None and not parts and stripped:
            current = Part("title", [line], i + 1)
        elif current is not None:
            if current.kind == "footnote" and _is_blank(line):
                close()
            elif not (_is_blank(line) and not current.lines):
                current.lines.append(line)
        i += 1
    close()
    report = Report(parts)
    _split_agenda(report)
    _split_annex(report)
    return report


_SYMBOL_LINE = re.compile(r"^\s*[A-Z]{2,}/")


def _split_annex(report: Report) -> None:
    """Cut the annex table into its rows: a row starts on the line holding a document symbol."""
    for part in report.of_kind("annex"):
        rows: list[Part] = []
        for offset, line in enumerate(part.lines):
            if _SYMBOL_LINE.match(line):
                rows.append(Part("annex-row", [line], part.start_line + offset, number=len(rows) + 1))
            elif rows and line.strip():
                rows[-1].lines.append(line)
        part.children = rows


def _split_agenda(report: Report) -> None:
    """Find the numbered agenda items (``-١`` … ) inside the paragraph that adopts the agenda."""
    for part in report.of_kind("paragraph"):
        expected = 1
        items: list[Part] = []
        for offset, line in enumerate(part.lines):
            if offset == 0:
                continue
            rest = _strip_marker(line, expected)
            if rest is not None and expected < 20:
                items.append(Part("agenda-item", [rest], part.start_line + offset, number=expected))
                expected += 1
            elif items and line.strip():
                items[-1].lines.append(line)
        if len(items) >= 3:
            part.children = items


def numbering_problem(text: str, report: Report | None = None) -> str | None:
    """Why a source yields no numbered paragraph, when it has markers all the same: the cutter
    reads them in sequence from 1 (``-١`` first), so a report cut at another number reads as
    none. None when the source's numbering is read."""
    report = report or cut(text)
    if report.paragraphs:
        return None
    for index, line in enumerate(text.lstrip("\ufeff").replace("\r\n", "\n").split("\n"), start=1):
        for match in _MARKER.finditer(line):
            number = int(to_ascii_digits(match.group("num")))
            if number != 1:
                return (f"its first paragraph marker is -{to_arabic_digits(number)} (line {index}), not -١: "
                        "paragraphs are read in sequence from 1, so the source must hold the report from its "
                        "first paragraph (keep the whole report under source/)")
    return ("no numbered paragraph found (a marker such as -١ at the end of the first line of a paragraph, "
            "numbered from 1)")


def sections_by_paragraph(report: Report) -> dict[int, str | None]:
    """The mark of the section heading (ألف, باء …) each paragraph stands under, None where no
    section heading precedes it in its chapter."""
    out: dict[int, str | None] = {}
    mark: str | None = None
    for part in report.parts:
        if part.kind == "heading":
            mark = part.mark if part.level == 2 else None
        elif part.kind == "paragraph":
            out[part.number] = mark
    return out


def load(path: Path) -> Report:
    return cut(path.read_text(encoding="utf-8"))
