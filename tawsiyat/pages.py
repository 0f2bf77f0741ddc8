"""Pages of the site as data: front matter and Markdown body, per language."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import frontmatter
from frontmatter.default_handlers import YAMLHandler
import yaml

from . import blocks, yaml_reading

LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "ar"


def normalise(text: str) -> str:
    """A page saved with a BOM or Windows line endings reads like one without."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


class PageError(ValueError):
    """Bad input in a page: names the file, the field and (for YAML) the line."""

    def __init__(self, path: str, field: str | None, message: str, line: int | None = None):
        self.path, self.field, self.line = path, field, line
        where = path + (f":{line}" if line else "")
        super().__init__(f"{where}: " + (f"field '{field}': " if field else "") + message)


@dataclass
class Page:
    rel: str  # path under docs/<lang>/, with forward slashes
    lang: str
    meta: dict
    body: str

    @property
    def paragraph_blocks(self) -> dict[int, blocks.Block]:
        return blocks.paragraphs(self.body)

    @property
    def is_recommendation(self) -> bool:
        """Every page under recommendations/ (other than an index) is a recommendation."""
        return self.rel.startswith("recommendations/") and not self.rel.endswith("index.md")

    @property
    def label(self) -> str:
        return f"docs/{self.lang}/{self.rel}"


def prefix(lang: str) -> str:
    """The folder of a language under the site root: "" for the default language, "en/" …"""
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def url_of(rel: str) -> str:
    """The URL path of a page under its language root, with directory URLs (x/y.md -> x/y/)."""
    path = rel[: -len(".md")] if rel.endswith(".md") else rel
    if path == "index":
        return ""
    if path.endswith("/index"):
        return path[: -len("index")]
    return path + "/"


def href(from_rel: str, to_rel: str) -> str:
    """A relative link between two built pages of one language (directory URLs)."""
    return "../" * url_of(from_rel).count("/") + url_of(to_rel)


def _yaml_hint(text: str, line: int | None) -> str:
    """A hint for the usual mistake on that line: a value holding ": " (a colon in a title)."""
    lines = text.split("\n")
    if line is None or not 0 < line <= len(lines):
        return ""
    key, sep, value = lines[line - 1].partition(":")
    value = value.strip()
    if sep and ": " in value and not value.startswith(('"', "'")):
        return f' — a value holding ": " must be quoted: {key.strip()}: "{value}"'
    return ""


RECOMMENDATIONS = "recommendations"


def folder_of(sessions: dict, session: str) -> str:
    """Where a meeting's recommendation pages are, under docs/<lang>/: its ``folder`` in the
    vocabulary, else recommendations/<its key>. The rule reads nothing else (not ``order``, not
    which meetings have a source), so adding a meeting can never move a published address."""
    entry = sessions.get(session) if isinstance(sessions, dict) else None
    folder = entry.get("folder") if isinstance(entry, dict) else None
    if isinstance(folder, str) and folder.strip("/"):
        return folder.strip("/")
    return f"{RECOMMENDATIONS}/{session}"


def recommendation_rel(sessions: dict, session: str, paragraph: int) -> str:
    """The path under docs/<lang>/ of a meeting's recommendation: <folder>/05.md."""
    return f"{folder_of(sessions, session)}/{paragraph:02d}.md"


def sessions_of(pages) -> list[str]:
    """The meetings of ``pages`` (recommendations), each once, in the pages' order."""
    return list(dict.fromkeys(p.meta["session"] for p in pages))


def _front_matter(text: str) -> frontmatter.Post:
    """The page, its YAML front matter read through tawsiyat.yaml_reading (whose errors are the
    pure-Python parser's, which the advice in parse() is written for)."""
    handler = frontmatter.detect_format(text, frontmatter.handlers)
    return frontmatter.loads(text, handler=_FAST_YAML if isinstance(handler, YAMLHandler) else handler)


class _FastYAMLHandler(YAMLHandler):
    def load(self, fm, **kwargs):
        return yaml_reading.safe_load(fm)


_FAST_YAML = _FastYAMLHandler()


def parse(text: str, rel: str, lang: str) -> Page:
    text = normalise(text)
    label = f"docs/{lang}/{rel}"
    try:
        post = _front_matter(text)
    except yaml.YAMLError as exc:
        # python-frontmatter hands YAML the text from the end of the opening '---' line, newline
        # included, so a mark's 0-based line is the file's 0-based line: one more is the file's line.
        # Where YAML says where the construct it could not finish began (an unclosed [ or "), that
        # line is the one to fix: the problem mark is where it gave up, often the line after.
        problem, context = getattr(exc, "problem_mark", None), getattr(exc, "context_mark", None)
        unclosed = any(w in str(getattr(exc, "context", "")) for w in ("flow", "quoted"))
        mark = context if unclosed and context is not None else problem
        line = mark.line + 1 if mark is not None else None
        raise PageError(label, None, f"invalid YAML front matter: {getattr(exc, 'problem', exc)}"
                        + _yaml_hint(text, line), line=line) from None
    except TypeError:  # python-frontmatter passes keys as keyword arguments: they must be text
        raise PageError(label, None, "front matter keys must be words such as 'title' or 'themes'") from None
    if not isinstance(post.metadata, dict):
        raise PageError(label, None, "front matter must be a mapping of keys to values")
    return Page(rel, lang, dict(post.metadata), post.content)


def load_language(docs_dir: Path, lang: str, problems: list[PageError] | None = None) -> list[Page]:
    """Every page of one language. With ``problems``, a page that cannot be read is reported
    there and left out; without, its PageError is raised."""
    base = docs_dir / lang
    pages = []
    for path in sorted(base.rglob("*.md")):
        rel = path.relative_to(base).as_posix()
        try:
            pages.append(parse(path.read_text(encoding="utf-8"), rel, lang))
        except PageError as exc:
            if problems is None:
                raise
            problems.append(exc)
    return pages
