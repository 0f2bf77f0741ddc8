"""The project's checks, shared by ``scripts/tawsiyat.py check`` (and so pre-commit) and the build
(hooks/validation.py), so that the two can never disagree.

- ``data``: the data files (vocabulary, glossary, words) against the rules in data/schema.yml;
- ``schema``: every page's front matter and blocks against data/schema.yml and the vocabulary,
  twins, duplicates, placeholders left by ``new``;
- ``fidelity``: every meeting that has a source in the vocabulary: each Arabic block holds
  exactly the characters of its span in the source, the letters of each run of the source in
  their order (tawsiyat.fidelity_check); a meeting with pages and no source is named in a note
  (``NOTES``), its pages marked as not verified;
- ``stale``: English pages whose Arabic changed since they were stamped, or never stamped (where
  the Arabic no longer matches its source, it says so instead of suggesting a stamp);
- ``fonts``: every character the site shows is in the subset self-hosted faces.

Each returns a list of messages (empty when all is well); none raises on bad input.
"""
from __future__ import annotations

import re

from . import blocks, fidelity_check, notices, source, translation
from .site import Site


def data(site: Site) -> list[str]:
    return [str(p) for p in site.data_problems]


def schema(site: Site) -> list[str]:
    return [str(p) for p in site.problems if p not in site.data_problems]


def _readable(page) -> bool:
    """A page whose blocks parse (one that does not is reported by the schema check)."""
    try:
        blocks.find_blocks(page.body)
    except blocks.BlockError:
        return False
    return True


def fidelity(site: Site) -> list[str]:
    """Every meeting with a source: its Arabic pages against that source."""
    if site.data_problems:
        return []  # the vocabulary itself is broken: `data` says how
    problems: list[str] = []
    ar_pages = [p for p in site.pages[translation.ORIGINAL] if _readable(p)]
    for session in site.vocabulary.get("sessions", {}):
        path = site.project.source_file(session)
        if path is None:
            continue
        if not path.is_file():
            problems.append(f"data/vocabulary.yml: session '{session}': source file {path.relative_to(site.project.root)} is missing")
            continue
        mine = [p for p in ar_pages if p.meta.get("session") == session]
        irregular = fidelity_check.irregular_runs(path)
        name = path.with_suffix(".irregular.yml").relative_to(site.project.root).as_posix()
        text = path.read_text(encoding="utf-8")
        report = source.cut(text)
        numbering = source.numbering_problem(text, report)
        if numbering:
            problems.append(f"{session}: {path.relative_to(site.project.root).as_posix()}: {numbering}")
            continue
        problems += [f"{session}: {problem}"
                     for problem in fidelity_check.check_session(report, mine, irregular, name, session)]
        problems += fidelity_check.report_titles(report, session, site.vocabulary["sessions"], irregular)
    return problems


_PAGE_LABEL = re.compile(r"\((docs/[^)\s]+\.md)\)")


def differing_from_source(site: Site) -> set[str]:
    """The Arabic pages (docs/ar/…) whose official text differs from their source."""
    return set(_PAGE_LABEL.findall("\n".join(fidelity(site))))


def official_text_changed(page_label: str) -> str:
    """What to do about an Arabic page whose text no longer matches its source: never to stamp."""
    return (f"the official Arabic text of {page_label} differs from its source (`scripts/dev.sh check fidelity` "
            f"says where): do not stamp; restore it (`git checkout -- {page_label}` if it was committed; "
            f"for a page never committed, `scripts/dev.sh cut --session MEETING --only N` shows the span to "
            "rebuild it from), or, if the source itself is wrong, keep its text and add an editorial note "
            "(CONTRIBUTING: Edit the Arabic)")


def stale(site: Site) -> list[str]:
    out = []
    changed = differing_from_source(site)
    for page, numbers, never in translation.stale_pages(site):
        arabic = f"docs/{translation.ORIGINAL}/{page.rel}"
        if arabic in changed:
            out.append(f"{page.label}: {official_text_changed(arabic)}")
            continue
        fix = f"(translate the Arabic, then run `{translation.STAMP_COMMAND} {page.label}`)"
        if never:
            out.append(f"{page.label}: not yet translated {fix}")
        else:
            out.append(f"{page.label}: translation may be out of date for paragraph(s) "
                       f"{', '.join(map(str, numbers))} {fix.replace('translate the Arabic', 'update the English')}")
    return out


def unverified(site: Site) -> list[str]:
    """Notes, not problems: each meeting with pages but no source, whose Arabic nothing checks
    (its pages say so: hooks/verification_notice.py)."""
    if site.data_problems:  # the vocabulary itself is broken: `data` says how
        return []
    notes = []
    sessions = site.vocabulary.get("sessions", {})
    # read from the pages as they are, broken ones too (printed even when `schema` has problems)
    held = {p.meta.get("session") for p in site.pages[translation.ORIGINAL] if p.is_recommendation}
    for session in [s for s in sessions if s in held]:
        if notices.unverified_session(sessions.get(session, {})):
            count = sum(p.meta.get("session") == session for p in site.pages[translation.ORIGINAL])
            notes.append(f"not verified: {session} ({count} Arabic page(s)): it has no `source:` in "
                         "data/vocabulary.yml, so its text is compared with nothing")
    return notes


def unregistered_sources(site: Site) -> list[str]:
    """Notes: report texts under source/ that no meeting names as its `source:` (their meeting's
    pages would say its report is not on the site, and nothing compares them with it)."""
    if site.data_problems:
        return []
    named = {v.get("source") for v in site.vocabulary.get("sessions", {}).values() if isinstance(v, dict)}
    folder = site.project.root / "source"
    files = sorted(p.relative_to(site.project.root).as_posix() for p in folder.glob("*.txt")) if folder.is_dir() else []
    return [f"{name} is under source/ but no meeting of data/vocabulary.yml names it as its `source:` "
            "(add it to its meeting when its pages are in place: CONTRIBUTING, Add a meeting with its source)"
            for name in files if name not in named]


# What each check has to say besides its problems (printed by `check`, logged by the build).
NOTES = {"fidelity": lambda site: unverified(site) + unregistered_sources(site)}


def fonts(site: Site) -> list[str]:
    """Every character the site shows is in the self-hosted faces (tawsiyat.devtools.fonts)."""
    from .devtools import fonts as fonts_mod

    return fonts_mod.check(site.project.root)


CHECKS = {"data": data, "schema": schema, "fidelity": fidelity, "stale": stale, "fonts": fonts}
# What the build stops on (stale translations only show a notice on the page).
BUILD_CHECKS = ("data", "schema", "fidelity")


def run(site: Site, names=BUILD_CHECKS) -> list[str]:
    return [problem for name in names for problem in CHECKS[name](site)]
