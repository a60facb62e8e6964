"""The growth part of `manage.py bench`: how much slower a full render gets when the
content grows, page type by page type.

Two servers run at once, one on a database holding the demo content only and one on a
database holding the demo content plus the large content set, both with neither the page
cache nor the fragment cache (every page rendered in full). One client asks each URL of
both servers in turn (demo, large, large, demo, ...), so a change in the machine's load
during the run weighs on both sizes alike, and compares the medians.

The rows: every page type the bench measures (`URLS` of each content module); search
with a query no server has been asked before (a pair of words both content sets contain,
different for every request); and every page the sitemap index lists, each compared with
the same page of the same section at demo size or, when the demo content has fewer pages
in that section, with the section's first page.
"""

import http.client
import re
import statistics
import time
from dataclasses import dataclass
from itertools import combinations
from urllib.parse import parse_qs, quote, urlsplit

HOST = "127.0.0.1"
#: Issue 19: a full render may take at most this many times as long on the large set.
MAX_GROWTH = 1.5
#: The server settings of the growth run: no page cache, no fragment cache.
FULL_RENDER_ENV = {"PAGE_CACHE": "off", "FRAGMENT_CACHE": "off"}
SEARCH_LABEL = "search, a new query"
WARMUP = 5
SIZES = ("demo", "large")


@dataclass
class Row:
    label: str
    #: The path asked of each size, or for search the first of its queries.
    urls: dict
    status: int = 200
    note: str = ""
    #: For search: the queries, one per request (warm-up first).
    queries: tuple = ()

    def url(self, size, i):
        if self.queries:
            return f"/en/search/?q={quote(self.queries[i % len(self.queries)])}"
        return self.urls[size]


def fetch(port, url, timeout=30):
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", url)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def search_queries(word_pages, needed):
    """Queries of two words (then three) that at least one demo page contains all of,
    `needed` of them at most. `word_pages`: {word: set of demo page ids}."""
    words = sorted(word_pages)
    queries = []
    for size in (2, 3):
        for combo in combinations(words, size):
            if set.intersection(*(word_pages[w] for w in combo)):
                queries.append(" ".join(combo))
                if len(queries) == needed:
                    return queries
    return queries


def sitemap_locs(port):
    """The path and query of each page the sitemap index of the server on `port` lists."""
    status, body = fetch(port, "/sitemap.xml")
    if status != 200:
        raise RuntimeError(f"/sitemap.xml answered {status} on port {port}")
    locs = []
    for loc in re.findall(r"<loc>\s*([^<\s]+)\s*</loc>", body.decode()):
        parts = urlsplit(loc.replace("&amp;", "&"))
        locs.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return locs


def _section_and_page(loc):
    path, _sep, query = loc.partition("?")
    return path, int(parse_qs(query).get("p", ["1"])[0])


def sitemap_rows(demo_locs, large_locs, measured):
    """A row per sitemap page of the large set, paired with its demo-size counterpart;
    pages already among `measured` (paths of the page types) are left out."""
    demo = {}
    for loc in demo_locs:
        section, page = _section_and_page(loc)
        demo.setdefault(section, {})[page] = loc
    rows = []
    for loc in large_locs:
        if loc in measured:
            continue
        section, page = _section_and_page(loc)
        pages = demo.get(section)
        if not pages:
            rows.append(Row(f"sitemap page `{loc}`", {"large": loc}, note="no such section"))
            continue
        first = min(pages)
        note = "" if page in pages else f"vs page {first} at demo size (it has {len(pages)})"
        rows.append(
            Row(
                f"sitemap page `{loc}`",
                {"demo": pages.get(page, pages[first]), "large": loc},
                note=note,
            )
        )
    return rows


def measure(ports, row, samples):
    """Median and 95th percentile in ms per size, asking both servers in turn."""
    sizes = [size for size in SIZES if size in row.urls]
    times = {size: [] for size in sizes}
    errors = 0
    for i in range(WARMUP + samples):
        order = sizes if i % 2 == 0 else sizes[::-1]
        for size in order:
            t0 = time.perf_counter()
            try:
                ok = fetch(ports[size], row.url(size, i))[0] == row.status
            except OSError:
                ok = False
            elapsed = time.perf_counter() - t0
            if i >= WARMUP:
                times[size].append(elapsed)
                errors += not ok
    return {
        "errors": errors,
        **{size: statistics.median(values) * 1000 for size, values in times.items()},
        **{f"{size}_p95": _p95(values) * 1000 for size, values in times.items()},
    }


def _p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def verdict(result):
    if result["errors"]:
        return "FAIL (errors)"
    if "demo" not in result:
        return "-"
    return "ok" if result["large"] <= MAX_GROWTH * result["demo"] else "FAIL"


def report_lines(rows, results, meta):
    """The growth section of docs/benchmark.md."""
    scale = meta["scale"]
    lines = [
        "## Growth (full render at demo size and at the large size)",
        "",
        f"- Date: {meta['date']} UTC; this part took {meta['elapsed']:.0f} s",
        f"- Machine: {meta['machine']}",
        f"- Machine load (1/5/15-minute averages, other work included): {meta['load_before']} "
        f"before, {meta['load_after']} after",
        f"- Demo size: {_counts(meta['content']['demo'])}",
        f"- Large size (demo content plus `--scale {scale}`): {_counts(meta['content']['large'])}",
        "- Method: two gunicorn servers (2 sync workers each, PAGE_CACHE=off, "
        "FRAGMENT_CACHE=off: every page and fragment rendered), one per database, up "
        f"together; one client asks each URL of both in turn, {WARMUP} warm-up and "
        f"{meta['samples']} measured requests each; median latency (server time plus "
        f"loopback). Search asks a different two- or three-word query every time, each "
        "matching demo pages. Target: the large-size median at most "
        f"{MAX_GROWTH:g}× the demo-size median.",
        "",
        f"| page | URL | demo ms | ×{scale} ms | demo p95 | ×{scale} p95 | ratio | verdict "
        "| note |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for row in rows:
        result = results[row.label]
        demo = result.get("demo")
        url = "/en/search/?q=…" if row.queries else row.urls["large"]
        lines.append(
            f"| {row.label} | `{url}` | {_ms(demo)} | {_ms(result['large'])} | "
            f"{_ms(result.get('demo_p95'))} | {_ms(result['large_p95'])} | "
            f"{result['large'] / demo:.2f} | {verdict(result)} | {row.note} |"
            if demo
            else f"| {row.label} | `{url}` | - | {_ms(result['large'])} | - | "
            f"{_ms(result['large_p95'])} | - | {verdict(result)} | {row.note} |"
        )
    failed = [row.label for row in rows if verdict(results[row.label]).startswith("FAIL")]
    lines += [
        "",
        f"Verdict: {len(failed)} of {len(rows)} rows fail."
        if failed
        else f"Verdict: all {len(rows)} rows ok.",
        "",
    ]
    return lines, failed


def _ms(value):
    return "-" if value is None else f"{value:.1f}"


def _counts(counts):
    return ", ".join(f"{v} {k}" for k, v in counts.items())
