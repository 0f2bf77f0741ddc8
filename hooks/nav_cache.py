"""Render the site navigation once per folder and language, not once per page.

Makes: in place of the theme's ``partials/nav.html``, a template (NAV, below) that includes it as
``theme/partials/nav.html`` and keeps what it rendered, and the template globals NAV calls. No
template file overrides the theme's: without this hook (plain Material) its own nav is used.
Why: Material renders the whole navigation into every page, and on a page outside it (each
recommendation, each index page: thousands at scale) nothing in it is active, so its HTML depends
only on the language and on the folder the page's relative links start from. That rendering
took about a fifth of a build. A page in the navigation (or above one of its pages) is rendered
as usual, every time.
From: the navigation of the language being built (on_nav, which static-i18n fires per language:
the cache is emptied there) and each page's URL.
Priority: default; on_env and on_nav only read what MkDocs and static-i18n made.
"""
from __future__ import annotations

import posixpath

from _support import add_templates

NAV = """
{%- set tw_key = tw_nav_key(page) -%}
{%- set tw_cached = tw_nav_cached(tw_key) -%}
{%- if tw_cached is not none -%}
  {{- tw_cached -}}
{%- else -%}
  {%- set tw_rendered -%}{% include "theme/partials/nav.html" %}{%- endset -%}
  {{- tw_nav_store(tw_key, tw_rendered) -}}
{%- endif -%}
"""

_state: dict = {"cache": {}, "nav_urls": ()}


def on_nav(nav, config, files):
    _state["cache"] = {}
    _state["nav_urls"] = tuple(page.url for page in nav.pages)
    return nav


def nav_key(page) -> str | None:
    """The folder a page's navigation links are relative to, when its navigation is the same as
    that of every other page outside the navigation in that folder; None otherwise."""
    url = getattr(page, "url", None)
    if not url or not url.endswith("/") or any(u.startswith(url) for u in _state["nav_urls"]):
        return None  # not a folder URL (404.html), or a page in the navigation or above one
    return posixpath.dirname(url.rstrip("/"))


def nav_cached(key: str | None) -> str | None:
    return None if key is None else _state["cache"].get(key)


def nav_store(key: str | None, html: str) -> str:
    if key is not None:
        _state["cache"][key] = html
    return html


def on_env(env, config, files):
    add_templates(env, config, {"partials/nav.html": NAV})
    env.globals.update(tw_nav_key=nav_key, tw_nav_cached=nav_cached, tw_nav_store=nav_store)
    return env
