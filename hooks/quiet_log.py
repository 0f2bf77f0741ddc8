"""Keep two kinds of information line out of a normal build's output: they report the build
working as designed, and read like trouble to a contributor.

- "Overriding 'en' config 'site_name' with …" (static-i18n, four per build): the per-language
  values of mkdocs.yml (`plugins.i18n.languages`) being applied, which is what they are for;
- "Template skipped: '404.html' generated empty output." (MkDocs): hooks/not_found.py returns an
  empty page from on_post_template in the English pass on purpose, to write that language's 404
  page to /en/404.html itself instead of over the Arabic one at the root.

Makes: a logging filter on those two loggers, dropping exactly these messages (anything else they
say, and every warning, still shows). At on_config, first of all (priority 100), before either
logs; installed once per process (the language child inherits it).
"""
from __future__ import annotations

import logging

from mkdocs.plugins import event_priority

EXPECTED = {
    "mkdocs.plugins.mkdocs_static_i18n.reconfigure": ("Overriding '",),
    "mkdocs.commands.build": ("Template skipped: '404.html' generated empty output",),
}


class _Expected(logging.Filter):
    def __init__(self, prefixes: tuple[str, ...]):
        super().__init__()
        self.prefixes = prefixes

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()  # static-i18n's logger puts "mkdocs_static_i18n: " first
        return not (record.levelno <= logging.INFO
                    and any(message.startswith(p) or f": {p}" in message[:40] for p in self.prefixes))


@event_priority(100)
def on_config(config):
    for name, prefixes in EXPECTED.items():
        logger = logging.getLogger(name)
        if not any(isinstance(f, _Expected) for f in logger.filters):
            logger.addFilter(_Expected(prefixes))
    return config
