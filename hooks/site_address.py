"""Say loudly when a build would write a loopback address into what readers keep.

Makes: a warning (which fails `mkdocs build --strict`, as `scripts/dev.sh build` and CI run it) when
site_url is a loopback address outside `mkdocs serve`: every citation URL, the url columns of the
data files, canonical links and the sitemap are built from it (tawsiyat.site_address).
From: site_url after the configuration is read, and the command on_startup names (serve puts its
own local address in site_url, where a loopback address is expected).
Events: on_config at -120, after static-i18n (-100) and validation (-110), once per build (the
default language's pass: the other languages share the same site_url).
"""
from __future__ import annotations

from _support import DEFAULT_LANGUAGE, current_language, logger, note_command, serving
from mkdocs.plugins import event_priority
from tawsiyat import site_address

log = logger("site_address")


def on_startup(command, dirty):
    note_command(command)  # for every hook: _support.serving()


@event_priority(-120)
def on_config(config):
    if not serving() and current_language(config) == DEFAULT_LANGUAGE and site_address.loopback(config.site_url):
        log.warning(site_address.warning(config.site_url))
    return config
