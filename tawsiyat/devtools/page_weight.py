"""Page weight: bytes transferred on a first visit (gzip, as a web server would send them) for
the home page and a recommendation page, in both languages, then Lighthouse's scores for the same
pages (median of three runs, with the load average: Lighthouse's simulated throttling multiplies
the main thread's observed time, so a loaded machine lowers its scores). Prints numbers; asserts
nothing."""
from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import statistics
import tempfile
import threading
from pathlib import Path

from . import benchmark
from .localserve import serve, url

PAGES = {"home": "", "recommendation": "recommendations/12/"}
ALREADY_COMPRESSED = (".woff2", ".png", ".jpg", ".gz", ".pf_fragment", ".pf_index", ".pf_filter", ".pf_meta", ".pagefind")


def first_visit(site: Path, path: str) -> dict:
    from playwright.sync_api import sync_playwright

    server = serve(site)
    base = url(server) + "/"
    rows = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                         args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})

            def record(response):
                try:
                    body = response.body()
                except Exception:  # redirects and failed loads have no body
                    return
                plain = response.url.split("?")[0].endswith(ALREADY_COMPRESSED)
                rows.append((response.url, len(body), len(body) if plain else len(gzip.compress(body, 9))))

            page.on("response", record)
            page.goto(base + path, wait_until="networkidle")
            page.evaluate("document.fonts.ready")
            browser.close()
    finally:
        server.shutdown()
    return {"requests": len(rows), "raw": sum(r for _, r, _ in rows), "gzip": sum(g for _, _, g in rows),
            "largest": sorted(rows, key=lambda r: -r[2])[:3], "rows": rows}


class _Compressing(http.server.SimpleHTTPRequestHandler):
    """Serves text gzip-compressed when the browser accepts it, as the static hosts the site is
    published on do: without it Lighthouse would time the text uncompressed."""

    TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not (path.endswith(self.TEXT) and os.path.isfile(path) and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(Path(path).read_bytes(), 9)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve_compressed(site: Path) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Compressing, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


PRESETS = ("mobile", "desktop")  # Lighthouse's default emulation is mobile (Moto G Power, slow 4G, 4x CPU)


def lighthouse(url: str, preset: str = "mobile") -> dict | None:
    """Lighthouse performance and accessibility scores with its ``mobile`` (default) or
    ``desktop`` preset, when a lighthouse command is available (on PATH, or named by
    $LIGHTHOUSE); None otherwise. Audits scoring below 1 are listed under "failing"."""
    import json
    import shutil
    import subprocess

    command = os.environ.get("LIGHTHOUSE") or shutil.which("lighthouse")
    if not command:
        return None
    flags = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
    result = subprocess.run(
        [command, url, f"--chrome-flags={flags}", "--only-categories=performance,accessibility",
         "--output=json", "--output-path=stdout", "--quiet", *(["--preset=desktop"] if preset == "desktop" else [])],
        capture_output=True, text=True, env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"}, timeout=300)
    if result.returncode != 0:
        return {"error": (result.stderr or result.stdout)[-300:]}
    report = json.loads(result.stdout)
    scores = {name: round(100 * cat["score"]) for name, cat in report["categories"].items()}
    scored = {ref["id"] for cat in report["categories"].values() for ref in cat["auditRefs"] if ref.get("weight")}
    failing = sorted(f"{key} {audit['score']:.2f}" for key, audit in report["audits"].items()
                     if key in scored and audit.get("score") is not None and audit["score"] < 1)
    metrics = {key: report["audits"][key]["displayValue"] for key in
               ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift")
               if key in report["audits"] and report["audits"][key].get("displayValue")}
    return {**scores, "metrics": metrics, "failing": failing}


def lighthouse_median(url: str, preset: str = "mobile", runs: int = 3) -> dict | None:
    """``lighthouse`` run ``runs`` times: the median of each score, each run's scores and the
    load average before it, and the audits that failed in any run."""
    results = []
    for _ in range(runs):
        load = os.getloadavg()[0]
        result = lighthouse(url, preset)
        if result is None or "error" in result:
            return result
        results.append((load, result))
    categories = [key for key in results[0][1] if key not in ("metrics", "failing")]
    return {**{key: statistics.median(r[key] for _, r in results) for key in categories},
            "runs": [f"{' '.join(str(r[key]) for key in categories)} (load {load:.1f})" for load, r in results],
            "metrics (last run)": results[-1][1]["metrics"],
            "failing": sorted({audit.split()[0] for _, r in results for audit in r["failing"]})}


def run(root: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        benchmark.timed_build(root / "mkdocs.yml", site)
        for lang, prefix in (("ar", ""), ("en", "en/")):
            for name, path in PAGES.items():
                m = first_visit(site, prefix + path)
                largest = ", ".join(f"{u.rsplit('/', 1)[-1]} {g / 1024:.0f} KiB" for u, _, g in m["largest"])
                print(f"{name:>14} {lang}: {m['gzip'] / 1024:7.1f} KiB transferred (gzip), {m['raw'] / 1024:7.1f} KiB raw, "
                      f"{m['requests']} requests; largest: {largest}", flush=True)
        server = serve_compressed(site)
        try:
            for preset in PRESETS:
                for lang, prefix in (("ar", ""), ("en", "en/")):
                    for name, path in PAGES.items():
                        scores = lighthouse_median(f"{url(server)}/{prefix}{path}", preset)
                        if scores is None:
                            print("Lighthouse: not run (no lighthouse command; `npm install lighthouse` and set $LIGHTHOUSE)")
                            return
                        print(f"{name:>14} {lang}: Lighthouse {preset}, median of 3: {scores}", flush=True)
        finally:
            server.shutdown()
