"""Under ``mkdocs serve``, notice a saved file when it is saved, not at the next poll.

Makes: nothing in the site. MkDocs's server polls what it watches every half second (it stats
every file of docs/, data/, hooks/, overrides/ and tawsiyat/ each time, in the thread that also
builds), so a save waited a quarter of a second on average, and up to half, before a rebuild
began. Here the server gets the operating system's own change notices instead (watchdog's native
observer: inotify on Linux, FSEvents on macOS, ReadDirectoryChangesW on Windows), for the files
written, created, deleted or moved, and not for the files merely opened or read (the build reads
them all: with those, every build would start the next). A watched file (mkdocs.yml) is watched
through its folder, not recursively, as an editor that saves by replacing the file ends a
notice on the file itself.
Where watchdog has no native observer, where it cannot watch these folders (tried first: a limit
on watches is met when serve starts, too late to poll instead), or where MkDocs's server is not as
this hook knows it (``_watched_paths``), the server keeps polling.
Event: on_serve, at the default priority: after MkDocs has watched docs/ and mkdocs.yml and
before it watches the ``watch:`` folders of mkdocs.yml (those go to the new observer directly).
"""
from __future__ import annotations

import os

from _support import logger

log = logger("serve_watch")


def _native_observer():
    from watchdog import events
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    if issubclass(Observer, PollingObserver):
        return None
    saves = [events.FileCreatedEvent, events.FileModifiedEvent, events.FileDeletedEvent, events.FileMovedEvent,
             events.FileClosedEvent, events.DirCreatedEvent, events.DirDeletedEvent, events.DirMovedEvent]

    class SavesObserver(Observer):
        def schedule(self, event_handler, path, *, recursive=False, event_filter=None):
            return super().schedule(event_handler, path, recursive=recursive, event_filter=event_filter or saves)

    return SavesObserver()


def _unavailable(paths: list[str]) -> str | None:
    """Why a native observer cannot watch ``paths`` (inotify's limit on watches, a file system
    without notices), found by trying: MkDocs would only learn it when serve starts, and stop."""
    from watchdog.events import FileSystemEventHandler

    trial = _native_observer()
    try:
        for path in paths:
            if os.path.exists(path):
                trial.schedule(FileSystemEventHandler(), path if os.path.isdir(path) else os.path.dirname(path),
                               recursive=os.path.isdir(path))
        trial.start()
    except OSError as exc:
        return str(exc)
    finally:
        if trial.is_alive():
            trial.stop()
            trial.join()
    return None


def on_serve(server, config, builder):
    watched = getattr(server, "_watched_paths", None)
    if not isinstance(watched, dict) or not hasattr(server, "observer"):
        return server
    observer = _native_observer()
    if observer is None:
        return server
    paths = dict(watched)
    problem = _unavailable([*paths, *config.watch])
    if problem:
        log.warning("the system's change notices are not available (%s): serve polls for saved files", problem)
        return server
    for path, count in paths.items():
        for _ in range(count):
            server.unwatch(path)
    server.observer = observer
    for path, count in paths.items():
        for _ in range(count):
            if os.path.isfile(path):
                server.watch(os.path.dirname(path), recursive=False)
            else:
                server.watch(path)
    log.info("watching for saved files with %s", type(observer).__mro__[1].__name__)
    return server
