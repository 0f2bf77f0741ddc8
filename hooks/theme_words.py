"""Give the theme's own templates their words in the page's language.

Makes: ``config.extra.tw_theme``, data/words.yml's ``theme`` group in the language being built
(the dark-mode toggle's name in partials/palette.html, the footer's credit in
partials/copyright.html).
From: data/words.yml.
Priority -120 on config: static-i18n (at its own priority) sets the language of each of its
builds before this runs, as hooks/search.py relies on too.
"""
from __future__ import annotations

from _support import current_language
from mkdocs.plugins import event_priority
from tawsiyat import words


@event_priority(-120)
def on_config(config):
    config.extra["tw_theme"] = words.group("theme", current_language(config))
    return config
