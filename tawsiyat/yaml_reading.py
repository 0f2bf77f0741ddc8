"""YAML read with libyaml's parser when PyYAML has it (ten times faster than its pure-Python one,
the same safe constructors and resolvers, so the same data), and with the pure-Python parser
whenever the text is not valid YAML, so that an error reads the same on every machine: its
messages and line marks are what the checks' advice is built on."""
from __future__ import annotations

import yaml

FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    """``yaml.safe_load(text)``, sooner."""
    try:
        return yaml.load(text, Loader=FAST_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return yaml.safe_load(text)  # raises the pure-Python parser's error


def loader(text: str, fast: bool = True) -> yaml.SafeLoader:
    """A safe loader of ``text`` (for the node tree and its line marks); ``fast=False`` gives the
    pure-Python one, to raise its error again."""
    return (FAST_LOADER if fast else yaml.SafeLoader)(text)
