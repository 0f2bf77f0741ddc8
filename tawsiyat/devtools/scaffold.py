"""Scaffolding for contributors: a new recommendation in both languages, and the paragraph pages
of another meeting's report cut from its raw text extraction, ready for a human to clean and tag.
"""
from __future__ import annotations

from pathlib import Path

from .. import blocks, glossary, pages, source
from ..fidelity import TATWEEL

# Every placeholder holds TODO: the schema check (and so the build) refuses a page that still
# holds one (tawsiyat.schema.PLACEHOLDER), so nothing written by `new` is published by mistake.
TODO = "TODO"
PLACEHOLDER_AR = "TODO: اكتب هنا النص العربي الرسمي للفقرة كما ورد في التقرير."
PLACEHOLDER_EN = "TODO: write the English translation of the paragraph here."
TODO_TITLE = {"ar": "TODO: عنوان وصفي قصير", "en": "TODO: a short descriptive title"}


class ScaffoldError(ValueError):
    pass


def page_path(docs: Path, lang: str, sessions: dict, session: str, paragraph: int) -> Path:
    """Where a meeting's recommendation is written: its folder fixed by the vocabulary
    (pages.folder_of), never by which meetings exist or have a source."""
    return docs / lang / pages.recommendation_rel(sessions, session, paragraph)


def front_matter(paragraph: int, session: str, section: str | None, title: str, themes: list[str],
                 addressees: list[str], strength: str) -> str:
    section_line = f"section: {section}\n" if section else ""
    return (f"---\nparagraph: {paragraph}\nsession: {session}\n{section_line}title: \"{title}\"\n"
            f"themes: [{', '.join(themes)}]\naddressees: [{', '.join(addressees)}]\nstrength: {strength}\n---\n")


def sections_of(vocab: dict, session: str) -> list[str]:
    """The agenda sections of one meeting (a meeting may have none)."""
    return [key for key, entry in vocab.get("sections", {}).items() if entry.get("session") == session]


def held_paragraphs(docs: Path, session: str) -> dict[int, list[str]]:
    """The pages (docs/<lang>/…) of ``session`` holding each ``::: paragraph N``, by N."""
    found: dict[int, list[str]] = {}
    for lang in pages.LANGUAGES:
        for page in pages.load_language(docs, lang, problems=[]):
            if page.meta.get("session") != session:
                continue
            try:
                numbers = [b.number for b in blocks.find_blocks(page.body) if b.kind == "paragraph"]
            except blocks.BlockError:
                continue
            for number in numbers:
                found.setdefault(number, []).append(page.label)
    return found


def where_paragraph_is(docs: Path, session: str, paragraph: int) -> list[str]:
    """The pages (docs/<lang>/…) of ``session`` that already hold ``::: paragraph N``."""
    return held_paragraphs(docs, session).get(paragraph, [])


def guess_strength(arabic: str, vocab: dict) -> str | None:
    """The strength whose operative verb the paragraph holds, wherever it stands (with or without
    its diacritics, a leading و or ف, one letter attached); None when it holds none, or the verbs
    of more than one strength (a person must tell). Each strength's Arabic label is the report's own
    verb (data/vocabulary.yml)."""
    words = [glossary.fold_arabic(w).strip("()،.:؛") for w in arabic.split()]
    found = set()
    for key, entry in vocab["strengths"].items():
        verb = glossary.fold_arabic(entry["label"]["ar"])
        for word in words:
            for form in (word, word[1:] if word[:1] in "وف" else word):
                if form == verb or (form.startswith(verb) and len(form) - len(verb) <= 1):
                    found.add(key)
    return found.pop() if len(found) == 1 else None


def new_recommendation(docs: Path, vocab: dict, paragraph: int, section: str | None, session: str,
                       themes: list[str], addressees: list[str], strength: str,
                       arabic: str | None = None, check: bool = True,
                       source_report: source.Report | None = None) -> list[Path]:
    if check:
        if session not in vocab["sessions"]:
            raise ScaffoldError(f"session: unknown value '{session}'; add it to data/vocabulary.yml first "
                                f"(known: {', '.join(vocab['sessions'])})")
        sections = sections_of(vocab, session)
        if section is None and sections:
            raise ScaffoldError(f"--section is required for {session}: one of {', '.join(sections)}")
        if section is not None and section not in sections:
            raise ScaffoldError(f"section: '{section}' is not an agenda section of {session}; "
                                + (f"choose one of {', '.join(sections)}" if sections
                                   else "that meeting has none in data/vocabulary.yml: leave --section out"))
        for name, values, allowed in (("themes", themes, vocab["themes"]), ("addressees", addressees, vocab["addressees"]),
                                      ("strength", [strength], vocab["strengths"])):
            unknown = [v for v in values if v not in allowed]
            if unknown:
                raise ScaffoldError(f"{name}: unknown value(s) {unknown}; allowed: {', '.join(allowed)}")
        taken = where_paragraph_is(docs, session, paragraph)
        if taken:
            raise ScaffoldError(f"paragraph {paragraph} of {session} already exists: {', '.join(taken)}")
        if source_report is not None and paragraph not in source_report.paragraphs:
            numbers = sorted(source_report.paragraphs)
            raise ScaffoldError(f"paragraph {paragraph} is not in the source of {session} "
                                f"(it has paragraphs {numbers[0]}–{numbers[-1]})")
    paths = {lang: page_path(docs, lang, vocab["sessions"], session, paragraph) for lang in pages.LANGUAGES}
    existing = [str(path) for path in paths.values() if path.exists()]
    if existing:  # nothing is written unless both pages can be
        raise ScaffoldError(f"{', '.join(existing)} already exist(s)")
    written = []
    for lang, text in (("ar", arabic or PLACEHOLDER_AR), ("en", PLACEHOLDER_EN)):
        path = paths[lang]
        path.parent.mkdir(parents=True, exist_ok=True)
        body = f"\n::: paragraph {paragraph}\n{text}\n:::\n"
        path.write_text(front_matter(paragraph, session, section, TODO_TITLE[lang], themes, addressees, strength) + body,
                        encoding="utf-8")
        written.append(path)
    return written


def rough_text(part: source.Part) -> str:
    """A first, unordered reading of a raw span: lines joined, tatweel removed, parentheses
    un-mirrored. Word order inside lines still needs a human: the fidelity check guides them."""
    text = " ".join(line.strip() for line in part.lines if line.strip())
    text = text.replace(TATWEEL, "")
    return text.translate(str.maketrans("()", ")("))


def import_report(raw_text: str, docs: Path, vocab: dict, session: str,
                  paragraphs: set[int] | None = None) -> list[Path]:
    """Write one page per numbered paragraph (or those in ``paragraphs``) of a raw report, or
    nothing at all: every page is checked before the first is written."""
    if session not in vocab["sessions"]:
        raise ScaffoldError(
            f"session '{session}' is not in data/vocabulary.yml: add it under 'sessions' first "
            f"(order, start, end, report_symbol, report_title, label, description, and source: the raw file kept in source/)")
    report = source.cut(raw_text)
    problem = source.numbering_problem(raw_text, report)
    if problem:
        raise ScaffoldError(problem)
    chosen = {n: part for n, part in report.paragraphs.items() if paragraphs is None or n in paragraphs}
    if paragraphs is not None and not chosen:
        numbers = sorted(report.paragraphs)
        raise ScaffoldError(f"--only: none of those paragraphs is in this source (it has {numbers[0]}–{numbers[-1]})")
    own_sections = {vocab["sections"][k].get("mark"): k for k in sections_of(vocab, session)}
    marks = source.sections_by_paragraph(report)
    refused, held = [], held_paragraphs(docs, session)
    for number in chosen:
        rel = pages.recommendation_rel(vocab["sessions"], session, number)
        taken = held.get(number, []) + [f"docs/{lang}/{rel}" for lang in pages.LANGUAGES if (docs / lang / rel).exists()]
        if taken:
            refused.append(f"paragraph {number} of {session} already exists: {', '.join(dict.fromkeys(taken))}")
    if refused:
        raise ScaffoldError("nothing written: " + "; ".join(refused)
                            + " (leave those paragraphs out with --only, e.g. a range after them)")
    written = []
    for number, part in chosen.items():
        text = rough_text(part)
        # TODO values fail validation on purpose: the build lists what is left to tag
        strength = guess_strength(text, vocab) or TODO
        section = (own_sections.get(marks.get(number)) or TODO) if own_sections else None
        written += new_recommendation(docs, vocab, number, section, session, [TODO], [TODO], strength,
                                      arabic=text, check=False)
    return written
