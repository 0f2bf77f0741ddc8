"""The whole site as data: every page of every language, the vocabulary and the schema,
validated once. Everything the build needs to know across pages is derived from here."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import datafiles
from . import pages as pages_mod
from . import schema as schema_mod
from .pages import Page, PageError
from .project import Project


@dataclass
class Site:
    project: Project
    pages: dict[str, list[Page]]
    schema: dict
    problems: list = field(default_factory=list)  # every problem (PageError, DataError), data files first
    data_problems: list = field(default_factory=list)  # those of the data files
    _by_rel: dict | None = field(default=None, repr=False)
    _held: list | None = field(default=None, repr=False)

    @property
    def vocabulary(self) -> dict:
        return self.project.vocabulary

    def page(self, lang: str, rel: str) -> Page | None:
        if self._by_rel is None:
            self._by_rel = {(p.lang, p.rel): p for pages in self.pages.values() for p in pages}
        return self._by_rel.get((lang, rel))

    def recommendations(self, lang: str, session: str | None = None) -> list[Page]:
        recs = [p for p in self.pages[lang] if schema_mod.is_recommendation(p)
                and (session is None or p.meta.get("session") == session)]
        return sorted(recs, key=lambda p: (self.vocabulary["sessions"].get(p.meta.get("session"), {}).get("order", 0),
                                           p.meta.get("paragraph", 0)))

    def held_sessions(self) -> list[str]:
        """The meetings whose recommendations the site holds, in the vocabulary's order."""
        if self._held is None:
            self._held = pages_mod.sessions_of(self.recommendations(pages_mod.DEFAULT_LANGUAGE))
        return self._held


def load(project: Project) -> Site:
    """Read every page and validate everything, never raising on bad input: the problems are in
    ``Site.problems``. When a data file is broken, the pages are read but not validated (their
    errors would only follow from it)."""
    problems: list[PageError] = []
    loaded = {lang: pages_mod.load_language(project.docs, lang, problems) for lang in pages_mod.LANGUAGES}
    unreadable: dict[str, set[str]] = {}
    for problem in problems:
        lang, _, rel = problem.path.removeprefix("docs/").partition("/")
        unreadable.setdefault(lang, set()).add(rel)
    schema, data_problems = datafiles.load_schema(project.root)
    if not data_problems:
        data_problems = datafiles.check_all(project.root)
    if not data_problems:
        problems += schema_mod.validate_site(loaded, schema, project.vocabulary, unreadable)
    return Site(project, loaded, schema or {}, data_problems + problems, data_problems)
