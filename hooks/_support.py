"""Shared glue for the hooks: where the project is, which language is being built.

Not a hook itself (it defines no event). The hooks import it as a sibling module; it puts the
project root (the folder of mkdocs.yml, one level up) on sys.path so the pure core package
``tawsiyat`` imports, and anchors every path on the config file rather than the working directory.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import markdown as markdown_mod
from jinja2 import ChoiceLoader, DictLoader, FileSystemLoader, PrefixLoader

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from tawsiyat import site as site_mod  # noqa: E402
from tawsiyat.pages import DEFAULT_LANGUAGE  # noqa: E402
from tawsiyat.project import Project  # noqa: E402

_state: dict = {}


def note_command(command: str) -> None:
    """Called by hooks/site_address.py's on_startup, the one place the command is heard (MkDocs
    fires on_startup once per process; the hook modules, and this one, live as long)."""
    _state["serving"] = command == "serve"


def serving() -> bool:
    """True under ``mkdocs serve`` (its first build and every rebuild)."""
    return _state.get("serving", False)


def project(config) -> Project:
    return Project(Path(config.config_file_path).resolve().parent)


def i18n(config):
    return config.plugins.get("i18n")


def current_language(config) -> str:
    plugin = i18n(config)
    return (plugin.current_language if plugin else None) or DEFAULT_LANGUAGE


def final_pass(config) -> bool:
    """True once, after every language has been built (static-i18n nests the other builds)."""
    plugin = i18n(config)
    return plugin is None or not plugin.building


def language_child() -> bool:
    """True in the child process that builds the other languages (hooks/parallel_languages.py):
    it has no final pass, but it waits for the search indexes it starts."""
    return _state.get("language_child", False)


def become_language_child() -> None:
    _state["language_child"] = True


def add_templates(env, config, templates: dict[str, str]):
    """Put ``templates`` (name -> Jinja source) in front of the theme's, and the theme's own under
    the prefix ``theme/``, so that a template put in place of one of the theme's can include it."""
    theme = PrefixLoader({"theme": FileSystemLoader(config.theme.dirs)})
    env.loader = ChoiceLoader([DictLoader(templates), env.loader, theme])
    return env


def site_markdown(text: str, config) -> str:
    """``text`` rendered with the site's Markdown extensions, once per text and config: markup that
    many pages share, rendered apart from them. The hook modules outlive a config (``serve`` keeps
    them when it reloads mkdocs.yml), so a new config renders again."""
    cached = _state.get("site_markdown")
    if cached is None or cached[0] is not config:
        cached = _state["site_markdown"] = (config, {})
    rendered = cached[1]
    if text not in rendered:
        md = markdown_mod.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
        rendered[text] = md.convert(text)
    return rendered[text]


def insert_notice(pending: dict, html: str, page, config) -> str:
    """Put the notice a hook noted for ``page`` in on_page_markdown into its HTML, where the
    page's Markdown would have rendered it. ``pending``: src_uri -> (notice Markdown, whether the
    page opens with its H1, the href to put in place of notices.ARABIC_HREF or None)."""
    from tawsiyat import notices

    noted = pending.pop(page.file.src_uri, None)
    if noted is None:
        return html
    markdown, after_title, href = noted
    rendered = site_markdown(markdown, config)  # once per text: many pages share it
    if href is not None:
        rendered = rendered.replace(notices.ARABIC_HREF, href)
    return notices.insert_after_title(html, rendered, after_title)


def logger(name: str) -> logging.Logger:
    return logging.getLogger(f"mkdocs.plugins.tawsiyat.{name}")


def load_site(config) -> site_mod.Site:
    """Read and validate every page once per full build (in the first, default-language pass);
    the other language passes that static-i18n nests inside it reuse the result."""
    if current_language(config) == DEFAULT_LANGUAGE or "site" not in _state:
        _state["site"] = site_mod.load(project(config))
    return _state["site"]


def site() -> site_mod.Site:
    return _state["site"]


def _per_site(name: str) -> dict:
    """A dict kept for the site model of this build, emptied when a build loads a new one."""
    the_site = site()
    cached = _state.get(name)
    if cached is None or cached[0] is not the_site:
        cached = _state[name] = (the_site, {})
    return cached[1]


def site_indexes() -> dict:
    """The cross-indexes of every language (tawsiyat.indexes.Index), computed once per build and
    shared by the hooks that place them (indexes) and write their lists (exports)."""
    from tawsiyat import indexes
    from tawsiyat.pages import LANGUAGES

    built = _per_site("indexes")
    if not built:
        built.update({lang: indexes.Index.build(site().recommendations(lang), site().vocabulary) for lang in LANGUAGES})
    return built


def citation(source, site_url: str):
    """The citation of a recommendation page (tawsiyat.citations.citation), made once per build:
    hooks/indexes.py puts its reference under Cite, hooks/citations.py its files and meta tags."""
    from tawsiyat import citations

    made = _per_site("citations")
    key = (source.lang, source.rel, site_url)
    if key not in made:
        made[key] = citations.citation(site(), source, site_url)
    return made[key]


def page_rel(page) -> str:
    """The page's path under docs/<lang>/."""
    return page.file.src_uri.split("/", 1)[1]
