"""Shared glue for the hooks: where the project is, which language is being built.

Not a hook itself (it defines no event). The hooks import it as a sibling module; it puts the
project root (the folder of mkdocs.yml, one level up) on sys.path so the pure core package
``tawsiyat`` imports, and anchors every path on the config file rather than the working directory.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from tawsiyat.pages import DEFAULT_LANGUAGE  # noqa: E402
from tawsiyat.project import Project  # noqa: E402


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


def logger(name: str) -> logging.Logger:
    return logging.getLogger(f"mkdocs.plugins.tawsiyat.{name}")
