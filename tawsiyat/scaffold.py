"""Scaffolding for contributors: a new recommendation in both languages, and the paragraph pages
of another meeting's report cut from its raw text extraction, ready for a human to clean and tag.
"""
from __future__ import annotations

from pathlib import Path

from . import glossary, source
from .fidelity import TATWEEL

PLACEHOLDER_AR = "اكتب هنا النص العربي الرسمي للفقرة كما ورد في التقرير."
PLACEHOLDER_EN = "Write the English translation of the paragraph here."
TODO_TITLE = {"ar": "عنوان وصفي قصير", "en": "A short descriptive title"}


TODO = "TODO"


class ScaffoldError(ValueError):
    pass


def page_path(docs: Path, lang: str, session: str, paragraph: int, default_session: str) -> Path:
    folder = docs / lang / "recommendations"
    if session != default_session:
        folder = folder / session
    return folder / f"{paragraph:02d}.md"


def front_matter(paragraph: int, session: str, section: str, title: str, themes: list[str],
                 addressees: list[str], strength: str) -> str:
    return (f"---\nparagraph: {paragraph}\nsession: {session}\nsection: {section}\ntitle: {title}\n"
            f"themes: [{', '.join(themes)}]\naddressees: [{', '.join(addressees)}]\nstrength: {strength}\n---\n")


def guess_strength(arabic: str, vocab: dict) -> str | None:
    """The operative verb's strength, from the first words of an Arabic paragraph."""
    words = [glossary.fold_arabic(w) for w in arabic.split()[:3]]
    for key, entry in vocab["strengths"].items():
        verb = glossary.fold_arabic(entry["label"]["ar"])
        if any(w == verb or (w.startswith(verb) and len(w) - len(verb) <= 1) for w in words):
            return key
    return None


def new_recommendation(docs: Path, vocab: dict, paragraph: int, section: str, session: str,
                       default_session: str, themes: list[str], addressees: list[str], strength: str,
                       arabic: str | None = None, check: bool = True) -> list[Path]:
    for name, values, allowed in (("session", [session], vocab["sessions"]), ("section", [section], vocab["sections"]),
                                  ("themes", themes, vocab["themes"]), ("addressees", addressees, vocab["addressees"]),
                                  ("strength", [strength], vocab["strengths"])):
        unknown = [v for v in values if v not in allowed]
        if unknown and check:
            raise ScaffoldError(f"{name}: unknown value(s) {unknown}; allowed: {', '.join(allowed)}")
    written = []
    for lang, text in (("ar", arabic or PLACEHOLDER_AR), ("en", PLACEHOLDER_EN)):
        path = page_path(docs, lang, session, paragraph, default_session)
        if path.exists():
            raise ScaffoldError(f"{path} already exists")
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


def import_report(raw_text: str, docs: Path, vocab: dict, session: str, default_session: str,
                  paragraphs: set[int] | None = None) -> list[Path]:
    """Write one page per numbered paragraph (or those in ``paragraphs``) of a raw report."""
    if session not in vocab["sessions"]:
        raise ScaffoldError(
            f"session '{session}' is not in data/vocabulary.yml: add it under 'sessions' first "
            f"(order, start, end, report_symbol, label, description, and source: the raw file kept in source/)")
    report = source.cut(raw_text)
    if not report.paragraphs:
        raise ScaffoldError("no numbered paragraph found (markers such as -١ at the end of a first line)")
    written = []
    for number, part in report.paragraphs.items():
        if paragraphs is not None and number not in paragraphs:
            continue
        text = rough_text(part)
        strength = guess_strength(text, vocab) or "should"
        # TODO values fail validation on purpose: the build lists what is left to tag
        written += new_recommendation(docs, vocab, number, TODO, session, default_session,
                                      [TODO], [TODO], strength, arabic=text, check=False)
    return written
