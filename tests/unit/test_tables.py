"""Material's table wrapper, written at build time."""
from __future__ import annotations

from tawsiyat.tables import wrap_tables


def test_a_table_without_a_class_is_wrapped_once():
    html = "<p>a</p><table>\n<tr><td>1</td></tr></table><p>b</p>"
    wrapped = wrap_tables(html)
    assert wrapped == ('<p>a</p><div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
                       "<table>\n<tr><td>1</td></tr></table></div></div><p>b</p>")


def test_each_of_several_tables_is_wrapped_and_tables_with_a_class_are_not():
    html = '<table><tr><td>1</td></tr></table><table class="x"><tr><td>2</td></tr></table><table id="t"></table>'
    wrapped = wrap_tables(html)
    assert wrapped.count("md-typeset__table") == 2
    assert '<div class="md-typeset__table"><table id="t"></table></div>' in wrapped
    assert '<table class="x"><tr><td>2</td></tr></table>' in wrapped.replace('<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table><tr><td>1</td></tr></table></div></div>', "")


def test_a_page_without_tables_is_unchanged():
    assert wrap_tables("<p>no table</p>") == "<p>no table</p>"
