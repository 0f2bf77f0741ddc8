"""Build the other languages in a child process while the default language builds.

Makes: the same site, sooner on a machine with two cores or more. static-i18n builds the other
languages one after the other inside its post_build (-100) of the default language's pass, so a
build lasts as long as all its languages together. Here the default language's pass forks in
on_files at 100, before every other on_files handler (the site directory has just been cleaned;
validation and the site model are loaded, and the child inherits them). The child builds the
other languages as static-i18n's own loop would (its nested ``build``, its logging filter, the
site directory left as it is), waits for the search indexes it started, and exits with the
status of those builds (a warning under --strict aborts them). The parent builds the default
language, and static-i18n's loop then finds the other languages already in hand. In the final
pass, at post_build -290 (after the exports, before the search indexes are awaited at -300), the
parent waits for the child, stops the build if it failed (its messages are already on the
terminal), and joins the two halves of the sitemap (see CHILD_SITEMAP).
Sequential, as static-i18n alone, where os.fork does not exist (Windows), under ``serve`` (a
server's threads are no process to fork) and with TAWSIYAT_PARALLEL=off.
"""
from __future__ import annotations

import gzip
import logging
import os
import signal
import sys
import traceback
from pathlib import Path

import mkdocs_static_i18n.plugin as i18n_plugin
from _support import (DEFAULT_LANGUAGE, add_templates, become_language_child, current_language, final_pass, i18n,
                      language_child, logger)
from mkdocs import utils
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs_static_i18n.utils import I18nLoggingFilter

log = logger("parallel_languages")
_state: dict = {}
# static-i18n's sitemap lists every language's pages, from the Page objects of every pass; each
# process has only its own, so the child writes its part here and the parent joins the two
CHILD_SITEMAP = "sitemap.child.xml"


def _parallel() -> bool:
    return (hasattr(os, "fork") and "serve" not in sys.argv[1:]
            and os.environ.get("TAWSIYAT_PARALLEL", "on").lower() not in ("off", "0", "false", "no"))


def _build_in_child(config, plugin, languages: list[str], build) -> None:
    """In the forked child: build ``languages`` as static-i18n's post_build does (hooks/search.py
    waits there for the indexes it starts), and exit with the builds' status."""
    code = 0
    try:
        plugin.building = True
        utils.clean_directory = lambda path: path  # as static-i18n: keep the other languages' pages
        quiet = I18nLoggingFilter()
        quiet.filtered_prefixes.update({"Documentation built in", "Building documentation to directory",
                                        "Template skipped: 'sitemap.xml'"})
        logging.getLogger("mkdocs.commands.build").addFilter(quiet)
        config.theme.static_templates.add(CHILD_SITEMAP)
        become_language_child()  # hooks/search.py waits for its indexes here
        for lang in languages:
            plugin.current_language = lang
            build(config, dirty=False)
    except BaseException as exc:  # noqa: BLE001 - anything must end the child with a status
        # MkDocs's Abort ("Aborted with 1 warnings in strict mode!") is a SystemExit with a message
        sys.stderr.write(f"building {', '.join(languages)}: {exc}\n")
        if not isinstance(exc, SystemExit):
            traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


@event_priority(100)
def on_files(files, config):
    plugin = i18n(config)
    if plugin is None or plugin.building or current_language(config) != DEFAULT_LANGUAGE or not _parallel():
        return files
    others = [lang for lang in plugin.build_languages if lang != DEFAULT_LANGUAGE]
    if not others:
        return files
    _state["build"] = i18n_plugin.build
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        _build_in_child(config, plugin, others, _state["build"])
    _state["child"] = pid
    i18n_plugin.build = lambda config, dirty=False: None  # the child builds them
    return files


def on_env(env, config, files):
    """In the child, the sitemap is written under CHILD_SITEMAP, and sitemap.xml renders empty
    (MkDocs then writes no file)."""
    if language_child():
        add_templates(env, config, {CHILD_SITEMAP: '{% include "theme/sitemap.xml" %}', "sitemap.xml": ""})
    return env


def _join_sitemaps(site: Path) -> None:
    """The default language's sitemap, then the child's entries: what static-i18n writes when the
    last language's pass holds the pages of all."""
    child = site / CHILD_SITEMAP
    ours, theirs = (site / "sitemap.xml").read_text(encoding="utf-8"), child.read_text(encoding="utf-8")
    child.unlink()
    entries = theirs[theirs.index(">", theirs.index("<urlset")) + 1:]
    joined = ours[: ours.rindex("</urlset>")] + entries.removeprefix("\n")
    (site / "sitemap.xml").write_text(joined, encoding="utf-8")
    with open(site / "sitemap.xml.gz", "wb") as out, gzip.GzipFile(
            fileobj=out, filename=str(site / "sitemap.xml.gz"), mode="wb", mtime=utils.get_build_timestamp()) as gz:
        gz.write(joined.encode("utf-8"))


def on_build_error(error):
    """The default language's build failed: stop the child, and put static-i18n back as it was."""
    if language_child():
        return
    if "child" in _state:
        os.kill(_state["child"], signal.SIGTERM)
        os.waitpid(_state.pop("child"), 0)
    if "build" in _state:
        i18n_plugin.build = _state.pop("build")


@event_priority(-290)
def on_post_build(config):
    if not final_pass(config) or "child" not in _state:
        return
    i18n_plugin.build = _state.pop("build")
    _, status = os.waitpid(_state.pop("child"), 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise PluginError("building the other languages failed (their messages are above)")
    _join_sitemaps(Path(config.site_dir))
