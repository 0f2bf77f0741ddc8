"""Search benchmark: index size per language, bytes fetched by the first query, and the time
from the last keystroke to results in headless Chromium (median of 20 queries, and apart of five
queries of several words), for the real site and for a synthetic one; then a phone profile
(issue 14): Chromium's CPU slowed 4x and a slow network (150 ms latency, 1.6 Mbit/s down)
through the DevTools protocol, a 390 px touch viewport, and nine queries typed key by key in one
visit, the search box opened by a tap, for the real site and the synthetic one; ``--phone --runs N``
runs the phone profile alone on the real site, N visits per language, and prints the median and
worst over all of them (the issue 27 budget: median <= 200 ms, worst <= 1 s). Chromium's CPU throttling slows the page's main thread, where the search
box runs Pagefind (``noWorker``); a web worker would escape it, so a worker's numbers would flatter.
Prints numbers; asserts nothing."""
from __future__ import annotations

import gzip
import os
import statistics
import tempfile
from pathlib import Path

from . import benchmark
from .localserve import serve, url

QUERIES = {
    "ar": ["الاتجار", "الموافقة", "الدول الأطراف", "حماية الضحايا", "المجتمع المدني", "التعاون الدولي",
           "اساءة", "الطلب", "التدريب", "السريه", "ولاية قضائية", "الأطفال", "الشراكات", "العمل",
           "المنظمة", "التوعية", "الفساد", "الاستغلال", "التشريعات", "المكتب"],
    "en": ["trafficking", "consent", "States parties", "victims", "civil society", "cooperation",
           "abuse", "demand", "training", "confidentiality", "jurisdiction", "children", "partnerships",
           "labour", "organized", "awareness", "corruption", "exploitation", "legislation", "UNODC"],
}
# Queries of several words, weak words among them, some of which no page has all of: the search
# box searches each word on its own and merges (issue 22). Timed apart from QUERIES, whose median
# is the budget's and stays comparable with earlier runs.
SEVERAL_WORDS = {
    "ar": ["الاتجار بالبشر عبر الانترنت", "رسوم التوظيف للعمال المنزليين", "حماية الضحايا من الاستغلال",
           "التعاون الدولي في مصادرة العائدات", "عدم معاقبة الضحايا على الجرائم"],
    "en": ["human trafficking online", "trafficking via the internet", "recruitment fees for domestic workers",
           "protection of victims from exploitation", "international cooperation on confiscation of proceeds"],
}


def index_sizes(site: Path) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for path in site.rglob("pagefind/**/*"):  # a bundle per language: /pagefind/, /en/pagefind/
        if not path.is_file():
            continue
        name = path.name
        for lang in ("ar", "en"):
            if name.startswith(f"{lang}_") or name.startswith(f"pagefind.{lang}_") or name == f"wasm.{lang}.pagefind":
                sizes[lang] = sizes.get(lang, 0) + path.stat().st_size
    return sizes


TIME_QUERY = """async (q) => {
  const list = document.getElementById('tw-search-list');
  const input = document.getElementById('tw-search-input');
  return await new Promise(resolve => {
    const observer = new MutationObserver(() => {
      if (list.getAttribute('data-query') === q.trim()) { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(list, {attributes: true, childList: true});
    input.value = q;
    const start = performance.now();
    input.dispatchEvent(new Event('input'));
  });
}"""


def measure(site: Path, lang: str) -> dict:
    from playwright.sync_api import sync_playwright

    server = serve(site)
    base = url(server)
    start = "/recommendations/05/" if lang == "ar" else "/en/recommendations/05/"
    fetched: list[tuple[str, int, int]] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                         args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base + start, wait_until="networkidle")

            def record(response):
                if "/pagefind/" in response.url:
                    try:
                        body = response.body()
                    except Exception:  # the page went away first
                        return
                    fetched.append((response.url, len(body), len(gzip.compress(body))))

            page.on("response", record)
            first = page.evaluate(TIME_QUERY, QUERIES[lang][0])
            page.wait_for_timeout(300)
            first_raw = sum(r for _, r, _ in fetched)
            first_gzip = sum(g for _, _, g in fetched)
            first_requests = len(fetched)
            kinds: dict[str, int] = {}
            for address, raw, packed in fetched:
                kind = next((k for k in ("fragment", "index", "filter", "wasm", "pf_meta", "pagefind.js")
                             if k in address), "other")
                kinds[kind] = kinds.get(kind, 0) + min(raw, packed)
            times = [page.evaluate(TIME_QUERY, q) for q in QUERIES[lang]]
            several = [page.evaluate(TIME_QUERY, q) for q in SEVERAL_WORDS[lang]]
            page.remove_listener("response", record)
            browser.close()
    finally:
        server.shutdown()
    return {"first_query_ms": first, "first_query_bytes": first_raw, "first_query_gzip": first_gzip,
            "requests": first_requests, "kinds": kinds, "median_ms": statistics.median(times), "max_ms": max(times),
            "several_median_ms": statistics.median(several), "several_max_ms": max(several)}


PHONE_QUERIES = {
    "ar": ["الاتجار", "حماية الضحايا", "التوظيف", "الفقرة ٢٢", "المجتمع المدني", "الموافقة",
           # issue 27: a topic the report never mentions, a typo, the other language's paragraph word
           "تغير المناخ", "الضحيا", "para 33"],
    "en": ["trafficking", "protect victims", "recruitment", "paragraph 22", "civil society", "consent",
           "climate change", "trafficing", "الفقرة ٣٣"],
}
# Collects, in the page, the time of each keystroke and of each rendered result list (results, or
# the words saying there are none: an older search box found nothing for some of these queries)
PHONE_PROBE = """() => {
  window.__tw = {keys: [], shown: {}};
  const input = document.getElementById('tw-search-input');
  const list = document.getElementById('tw-search-list');
  input.addEventListener('input', () => window.__tw.keys.push([input.value, performance.now()]));
  new MutationObserver(() => {
    const q = list.getAttribute('data-query');
    if (q && !(q in window.__tw.shown)) window.__tw.shown[q] = performance.now();
  }).observe(list, {attributes: true, childList: true});
}"""


def measure_phone(site: Path, lang: str, keystroke_ms: int = 120) -> list[float]:
    """Milliseconds from the last keystroke of each query to its first result on the phone profile."""
    from playwright.sync_api import sync_playwright

    server = serve(site)
    base = url(server)
    start = "/recommendations/05/" if lang == "ar" else "/en/recommendations/05/"
    times: list[float] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                         args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                          device_scale_factor=3)
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
            cdp.send("Network.enable")
            cdp.send("Network.emulateNetworkConditions", {
                "offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8})
            page.goto(base + start, wait_until="networkidle")
            page.evaluate(PHONE_PROBE)
            page.locator(".tw-search-opener").tap()
            box = page.locator("#tw-search-input")
            box.wait_for(state="visible")
            for query in PHONE_QUERIES[lang]:
                box.fill("")
                box.press_sequentially(query, delay=keystroke_ms, timeout=180000)
                page.wait_for_function("q => q in window.__tw.shown", arg=query, timeout=180000)
                probe = page.evaluate("() => window.__tw")
                last_key = max(t for value, t in probe["keys"] if value == query)
                times.append(probe["shown"][query] - last_key)
            browser.close()
    finally:
        server.shutdown()
    return times


def report_phone(label: str, site: Path, runs: int = 1) -> None:
    """The phone profile, ``runs`` visits per language (each a fresh browser: the visit's first query
    included), each visit's times, then the median and worst over all of them, with the load average
    (other processes slow the throttled CPU further: re-measure when it is high)."""
    for lang in ("ar", "en"):
        every: list[float] = []
        for run_number in range(1, runs + 1):
            load = os.getloadavg()[0]
            times = measure_phone(site, lang)
            every += times
            print(f"{label:>10} {lang}: phone (4x CPU, 150 ms, 1.6 Mbit/s, 390 px) run {run_number}/{runs}, load {load:.2f}: "
                  f"last keystroke->first result median {statistics.median(times):.0f} ms, worst {max(times):.0f} ms, "
                  f"first query {times[0]:.0f} ms ({', '.join(f'{t:.0f}' for t in times)})", flush=True)
        if runs > 1:
            print(f"{label:>10} {lang}: phone over {runs} runs: median {statistics.median(every):.0f} ms, "
                  f"worst {max(every):.0f} ms (budget: median <= 200 ms, worst <= 1000 ms)", flush=True)


def report(label: str, site: Path) -> None:
    sizes = index_sizes(site)
    for lang in ("ar", "en"):
        m = measure(site, lang)
        print(f"{label:>10} {lang}: index {sizes.get(lang, 0) / 1024:8.1f} KiB | first query {m['first_query_bytes'] / 1024:7.1f} KiB "
              f"({m['first_query_gzip'] / 1024:.1f} KiB gzip, {m['requests']} requests, {m['first_query_ms']:.0f} ms) | "
              f"keystroke->results median {m['median_ms']:.1f} ms, max {m['max_ms']:.1f} ms | "
              f"several words median {m['several_median_ms']:.1f} ms, max {m['several_max_ms']:.1f} ms", flush=True)
        print(" " * 16 + "first query by kind (KiB, gzip): " +
              ", ".join(f"{k} {v / 1024:.1f}" for k, v in sorted(m["kinds"].items())), flush=True)


def run_phone(root: Path, runs: int) -> None:
    """The phone profile alone, on the real site, over ``runs`` visits per language."""
    with tempfile.TemporaryDirectory() as tmp:
        real = Path(tmp) / "real"
        benchmark.timed_build(root / "mkdocs.yml", real)
        report_phone("real", real, runs)


def run(root: Path, size: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        real = Path(tmp) / "real"
        benchmark.timed_build(root / "mkdocs.yml", real)
        report("real", real)
        report_phone("real", real)
        project = benchmark.copy_project(root, Path(tmp) / "project")
        benchmark.add_synthetic(project, size)
        synthetic = Path(tmp) / "synthetic"
        seconds = benchmark.timed_build(project / "mkdocs.yml", synthetic)
        print(f"(synthetic site with {size} recommendations per language built in {seconds:.0f} s)")
        report(f"{size}/lang", synthetic)
        report_phone(f"{size}/lang", synthetic)
