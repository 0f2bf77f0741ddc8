"""Pages kept open across the browser tests of one test process, one per viewport and set of
context options (tests/conftest.py's ``page_at``, test_kit.py's ``opened``).

Why: a page of its own costs a test a new Chromium renderer process, about 0.8 CPU-second to
start, against about 0.15 to load a page into one already running (measured on this project's
pages in a cpuacct cgroup), and most browser tests only look at what one page shows. The suite
is bound by the CPU (issue 29), and these starts were half of its browser tests' CPU.

A page is handed out again only as a fresh one would be:
- its context's cookies, permissions, local and session storage cleared;
- its media (screen, not print), colour scheme and viewport the ones it was opened with;
- loaded anew through a blank page, so that an address that differs from the last one only in
  its fragment is a new document (its scripts run at load), not a jump within the old one.
A page a test made different in a way a reset cannot see is closed after the test and never
handed out again: one the test listened to (``on``, ``once``), routed, exposed a function or an
init script to, gave headers or default timeouts, one whose page or context was closed, one left on another origin, and every page
of a failed test. Within one test, a second call with the same options moves the same page: a test
holds one page per set of options at a time, and asks for another with ``beside`` to hold two.
What a test does to the page's context (``page.context``: its routes, listeners, cookies it adds)
is not seen: such a test opens a context of its own (``browser.new_context``), as several do."""
from __future__ import annotations

from urllib.parse import urlsplit

# methods after which a page is not handed out again (see the module docstring)
MARKING = ("on", "once", "route", "route_from_har", "route_web_socket", "expose_function", "expose_binding",
           "add_init_script", "set_extra_http_headers", "set_default_timeout", "set_default_navigation_timeout")
BLANK = "about:blank"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class _Kept:
    def __init__(self, context, page, options: dict):
        self.context, self.page, self.options = context, page, options
        self.marked = False
        self.origin = ""
        for name in MARKING:
            self._mark_on(name)

    def _mark_on(self, name: str) -> None:
        method = getattr(self.page, name, None)
        if method is None:
            return

        def marking(*args, **kwargs):
            self.marked = True
            return method(*args, **kwargs)

        setattr(self.page, name, marking)

    def usable(self) -> bool:
        """Whether the page may be handed out to another test."""
        if self.marked or self.page.is_closed():
            return False
        try:
            return _origin(self.page.url) in (self.origin, "about://")
        except Exception:  # the context is gone
            return False

    def reset(self) -> None:
        """As a fresh page of these options would be (the module docstring)."""
        if self.page.url.startswith(("http://", "https://")):
            self.page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
        self.context.clear_cookies()
        self.context.clear_permissions()
        self.page.emulate_media(media="null", color_scheme=self.options.get("color_scheme", "light"))
        self.page.set_viewport_size(self.options["viewport"])

    def close(self) -> None:
        try:
            self.context.close()
        except Exception:
            pass


class PagePool:
    def __init__(self, browser):
        self.browser = browser
        self.kept: dict[tuple, _Kept] = {}

    @staticmethod
    def _key(options: dict) -> tuple:
        return tuple(sorted((k, tuple(sorted(v.items())) if isinstance(v, dict) else v) for k, v in options.items()))

    def open(self, url: str, width: int, height: int, slot: int = 0, **context_options):
        """The page for these options (the ``slot``-th of them), at ``url`` (loaded until its load event)."""
        options = {"viewport": {"width": width, "height": height}, **context_options}
        key = (slot, self._key(options))
        kept = self.kept.get(key)
        if kept is not None:
            kept.reset()
            kept.page.goto(BLANK)
        else:
            context = self.browser.new_context(**options)
            kept = self.kept[key] = _Kept(context, context.new_page(), options)
        kept.origin = _origin(url)
        kept.page.goto(url, wait_until="load")
        return kept.page

    def after_test(self, pages: list, failed: bool) -> None:
        """Close the pages of a test that may not be handed out again."""
        for key, kept in list(self.kept.items()):
            if kept.page in pages and (failed or not kept.usable()):
                kept.close()
                del self.kept[key]

    def close(self) -> None:
        for kept in self.kept.values():
            kept.close()
        self.kept.clear()


class PageOpener:
    """What a test calls: ``open(url, width=…, height=…, **context options)`` -> page."""

    def __init__(self, pool: PagePool, width: int, height: int):
        self.pool, self.width, self.height = pool, width, height
        self.pages: list = []

    def __call__(self, url: str, width: int | None = None, height: int | None = None, **context_options):
        return self._open(url, width, height, 0, context_options)

    def beside(self, url: str, width: int | None = None, height: int | None = None, **context_options):
        """A page beside the one ``__call__`` gives for the same options, for a test that holds both."""
        return self._open(url, width, height, 1, context_options)

    def _open(self, url, width, height, slot, context_options):
        page = self.pool.open(url, width or self.width, height or self.height, slot, **context_options)
        if page not in self.pages:
            self.pages.append(page)
        return page
