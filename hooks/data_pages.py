"""Fill the data-driven parts of hand-written pages.

Makes: the glossary table behind ``<!-- glossary -->`` (from data/glossary.yml), in the language
of the page being built.
From: the data files, read once per language build in on_config.
Priority 20 on page_markdown, beside report_assembly: both expand markers before official_text
(10) renders blocks; neither depends on the other.
"""
from __future__ import annotations

import re

from _support import current_language, project
from mkdocs.plugins import event_priority
from tawsiyat import glossary

GLOSSARY_MARKER = re.compile(r"^<!--\s*glossary\s*-->\s*$", re.M)
_state: dict = {}


@event_priority(-120)
def on_config(config):
    _state["glossary"] = glossary.load(project(config).root / "data" / "glossary.yml")
    return config


@event_priority(20)
def on_page_markdown(markdown, page, config, files):
    if GLOSSARY_MARKER.search(markdown):
        table = glossary.table_markdown(_state["glossary"], current_language(config))
        markdown = GLOSSARY_MARKER.sub(lambda m: table, markdown)
    return markdown
