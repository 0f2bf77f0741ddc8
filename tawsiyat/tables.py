"""Material's scrolling wrapper around tables, written into the HTML at build time.

Material's JavaScript bundle wrapped every table without a class in
``<div class="md-typeset__scrollwrap"><div class="md-typeset__table">`` when the page loaded
(components/content/table in Material's source), which its CSS styles for sideways scrolling on
narrow screens. The site no longer loads that bundle (overrides/assets/js/theme.js), so the build
writes the same wrapper: the table looks as before, with no script and no shift while loading."""
from __future__ import annotations

import re

# a <table> start tag with no class attribute: what Material's "table:not([class])" selects
_BARE_TABLE = re.compile(r"<table(?![^>]*\sclass=)[^>]*>.*?</table>", re.S)
WRAPPER = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">{}</div></div>'


def wrap_tables(html: str) -> str:
    if "<table" not in html:
        return html
    return _BARE_TABLE.sub(lambda m: WRAPPER.format(m.group(0)), html)
