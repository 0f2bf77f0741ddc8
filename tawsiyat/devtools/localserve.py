"""Serve a built site on loopback, quietly, for browser tests and benchmarks.

A site is served at the path it was built for (the path of its site_url, read from its sitemap:
/tawsiyat/ for the published address), as its host serves it: the 404 pages' links, which MkDocs
bases on that path, then work as published."""
from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path
from urllib.parse import urlsplit


def mount_path(site: Path) -> str:
    """The path the site was built to be served at ("/tawsiyat/"), from the first address of its
    sitemap; "/" when it has none."""
    sitemap = site / "sitemap.xml"
    found = re.search(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8")) if sitemap.is_file() else None
    path = urlsplit(found.group(1)).path if found else "/"
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    mount = "/"

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        """An address outside the mount path names no file; inside it, the file below the site."""
        if not (path + "/").startswith(self.mount):
            return str(Path(self.directory) / ".outside-the-site")  # no such file: a 404
        return super().translate_path("/" + path[len(self.mount):])


class _NotFoundPages(_Quiet):
    """Answers a missing address with status 404 and the nearest 404.html above it (/en/x ->
    /en/404.html, /x -> /404.html), as static hosts that serve a language's own error page do
    (Cloudflare Pages); with ``nearest`` False, always the root 404.html (GitHub Pages)."""

    nearest = True

    def send_error(self, code, message=None, explain=None):
        if code != 404 or self.command not in ("GET", "HEAD"):
            return super().send_error(code, message, explain)
        root = Path(self.directory)
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        parts = path[len(self.mount):].strip("/").split("/") if path.startswith(self.mount) else [""]
        for depth in range(len(parts) - 1, -1, -1) if self.nearest else (0,):
            page = root.joinpath(*parts[:depth], "404.html")
            if page.is_file():
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command == "GET":
                    self.wfile.write(body)
                return
        return super().send_error(code, message, explain)


class _RootNotFoundPage(_NotFoundPages):
    nearest = False


def serve(site: Path, not_found_pages: str | None = None) -> http.server.ThreadingHTTPServer:
    """Start serving ``site`` on 127.0.0.1 (a free port) in a daemon thread; call shutdown()
    when done. The base URL is ``url(server)``. A missing address gets a plain 404, or with
    ``not_found_pages="nearest"`` the site's 404.html nearest to it, with ``"root"`` the root
    404.html (both with status 404)."""
    base = {None: _Quiet, "nearest": _NotFoundPages, "root": _RootNotFoundPage}[not_found_pages]
    handler = type(base.__name__, (base,), {"mount": mount_path(site)})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    server.mount = handler.mount
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def url(server: http.server.ThreadingHTTPServer) -> str:
    """The site's address, without its final slash: http://127.0.0.1:PORT/tawsiyat."""
    return f"http://127.0.0.1:{server.server_address[1]}{getattr(server, 'mount', '/').rstrip('/')}"
