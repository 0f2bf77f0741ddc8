"""Let MkDocs see the anchors of HTML that our hooks insert after Markdown rendering.

Makes: nothing visible. MkDocs validates links to anchors (``#consent--states-parties`` in the
matrix, ``#p-5`` …) against the ids it collected while rendering the Markdown; the index lists,
matrix cells and recommendation footers are put into the page as HTML afterwards (hooks/indexes.py,
on_page_content), so MkDocs would report their ids as missing ("there is no such anchor") although
the built page has them. This hook adds every id of the final page content to the page's known
anchors, so the validation stays on (a link to an id that really is missing is still reported)
and is no longer wrong.
From: the page's HTML after every other on_page_content hook.
Priority -1000 on page_content: after indexes (0), symbols (0) and search (-50); MkDocs validates
anchors once every page is rendered, after this event.
"""
from __future__ import annotations

import re

from mkdocs.plugins import event_priority

# an id attribute: the literal first and the word boundary after it (id(?<!\wid) is \bid), so that
# the pattern is searched for as a string rather than tried at every position of the page
_ID = re.compile(r"""id(?<!\wid)\s*=\s*["']([^"']+)["']""")


@event_priority(-1000)
def on_page_content(html, page, config, files):
    if page.present_anchor_ids is not None:
        page.present_anchor_ids.update(_ID.findall(html))
    return html
