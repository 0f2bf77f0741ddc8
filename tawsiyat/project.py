"""Where things are in a checkout, all anchored on the project root (the folder of mkdocs.yml)."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path


# What a working copy of the project needs to build and check (tests and benchmarks copy these).
PARTS = ("mkdocs.yml", "data", "docs", "source", "hooks", "overrides", "scripts", "tawsiyat",
         "requirements.txt", "requirements-test.txt", ".pre-commit-config.yaml")


class SessionError(ValueError):
    """A command cannot tell which meeting it should act on."""


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def vocabulary_file(self) -> Path:
        return self.root / "data" / "vocabulary.yml"

    @cached_property
    def vocabulary(self) -> dict:
        """data/vocabulary.yml; a file that cannot be read raises datafiles.DataError (file:line)."""
        from .datafiles import VOCABULARY, load_yaml

        return load_yaml(self.root, VOCABULARY)[0]

    @property
    def sourced_sessions(self) -> list[str]:
        """The meetings whose report the site holds (a `source:` in the vocabulary), in time order."""
        sessions = self.vocabulary["sessions"]
        return sorted((k for k, v in sessions.items() if v.get("source")), key=lambda k: sessions[k].get("order", 0))

    def session_for(self, given: str | None) -> str:
        """The meeting a command acts on: ``given`` (--session) when there is one, else the only
        meeting with a source; with none or several, a SessionError that says to choose."""
        sessions = self.vocabulary["sessions"]
        if given is not None:
            if given not in sessions:
                raise SessionError(f"--session {given}: not a meeting of data/vocabulary.yml (known: {', '.join(sessions)})")
            return given
        sourced = self.sourced_sessions
        if len(sourced) == 1:
            return sourced[0]
        if not sourced:
            raise SessionError("no meeting has a `source:` in data/vocabulary.yml: name one with --session")
        raise SessionError(f"more than one meeting has a source ({', '.join(sourced)}): "
                           "say which with --session")

    def copy_to(self, dest: Path) -> Path:
        """A copy of the project at ``dest`` that builds on its own."""
        dest.mkdir(parents=True, exist_ok=True)
        for name in PARTS:
            src = self.root / name
            if src.is_dir():
                shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(src, dest / name)
        return dest

    def source_file(self, session: str) -> Path | None:
        name = self.vocabulary["sessions"].get(session, {}).get("source")
        return self.root / name if name else None


def find_root(start: Path | None = None) -> Path:
    here = (start or Path(__file__)).resolve()
    for folder in [here, *here.parents]:
        if (folder / "mkdocs.yml").is_file():
            return folder
    raise FileNotFoundError("no mkdocs.yml above " + str(here))
