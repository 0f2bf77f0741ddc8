"""The project's checks, shared by ``scripts/tawsiyat.py check`` (and so pre-commit) and the build
(hooks/validation.py), so that the two can never disagree.

- ``data``: the data files (vocabulary, glossary, words) against the rules in data/schema.yml;
- ``schema``: every page's front matter and blocks against data/schema.yml and the vocabulary,
  twins, duplicates, placeholders left by ``new``;
- ``fidelity``: every meeting that has a source in the vocabulary: each Arabic block holds
  exactly the characters of its span in the source (tawsiyat.fidelity_check);
- ``stale``: English pages whose Arabic changed since they were stamped, or never stamped;
- ``fonts``: every character the site shows is in the subset self-hosted faces.

Each returns a list of messages (empty when all is well); none raises on bad input.
"""
from __future__ import annotations

from . import blocks, fidelity_check, source, translation
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
        problems += fidelity_check.check_session(source.load(path), mine)
    return problems


def stale(site: Site) -> list[str]:
    out = []
    for page, numbers, never in translation.stale_pages(site):
        fix = f"(translate the Arabic, then run `{translation.STAMP_COMMAND} {page.label}`)"
        if never:
            out.append(f"{page.label}: not yet translated {fix}")
        else:
            out.append(f"{page.label}: translation may be out of date for paragraph(s) "
                       f"{', '.join(map(str, numbers))} {fix.replace('translate the Arabic', 'update the English')}")
    return out


def fonts(site: Site) -> list[str]:
    """Every character the site shows is in the self-hosted faces (tawsiyat.fonts)."""
    from . import fonts as fonts_mod

    return fonts_mod.check(site.project.root)


CHECKS = {"data": data, "schema": schema, "fidelity": fidelity, "stale": stale, "fonts": fonts}
# What the build stops on (stale translations only show a notice on the page).
BUILD_CHECKS = ("data", "schema", "fidelity")


def run(site: Site, names=BUILD_CHECKS) -> list[str]:
    return [problem for name in names for problem in CHECKS[name](site)]
