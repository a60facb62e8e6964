"""`manage.py bench` (`make bench`): how fast the site answers, on this machine.

It creates two separate PostgreSQL databases: `<name>_demo` with the demo content, and
`<name>`, a copy of it plus a large content set (each app's `idp_site.devtools.bench`
generators). It counts the SQL queries of each page type on both, then serves both with
gunicorn (2 workers each, production settings from idp_site.settings.bench) on 127.0.0.1
and compares the full-render latency of every page type at the two sizes (the growth
part, idp_site.devtools.bench.growth; the command fails when a page takes more than
`growth.MAX_GROWTH` times as long on the large set). Then it measures each page type on
the large set: single-client latency (median, 95th percentile) and requests per second
under a bounded load (wrk when installed, else a threaded Python client), without and
with the Redis page cache. Two ceilings come from the same run: /bench/plain/ through
the full middleware stack, and a bare Django view with no middleware
(idp_site.devtools.bench.bare). The report goes to docs/benchmark.md. Every load run is
bounded in time and count. `--only growth` runs the growth part alone.

The phases that touch the database run as subprocesses under the bench settings, so
this command never touches the database of the settings it was started with.
"""

import base64
import contextlib
import http.client
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from idp_site.devtools.bench import MODULES, growth, tracking
from idp_site.devtools.bench.visibility import TARGET_SECONDS, publish_visibility

HOST = "127.0.0.1"
# What the issue asks of the committed figures.
MAX_QUERIES = settings.PAGE_QUERY_BUDGET
# ... and for the first reader after a change, when every cached value is built again.
MAX_QUERIES_FIRST = settings.PAGE_QUERY_BUDGET_FIRST_READER
MIN_RPS_UNCACHED = {"index": 120, "detail": 250}
MIN_CACHED_SHARE_OF_PLAIN = 0.8
# Issue 14: with the page cache off, and with the cache server stopped, every page type
# still answers at least this share of the plain view's requests per second.
MIN_SHARE_OF_PLAIN = {"uncached": 0.05, "stopped": 0.03}
# Where the "stopped" mode points REDIS_URL: nothing listens there, so every cache call
# fails at once and the circuit breaker then skips the cache.
STOPPED_REDIS_URL = "redis://127.0.0.1:6399/14"
# (mode, PAGE_CACHE, FRAGMENT_CACHE, title). The targets apply to "uncached" (no whole
# page is cached; fragments the same for every reader are) and "cached"; "rendered"
# shows every page rendered in full, for information.
MODES = [
    ("uncached", "off", "on", "page cache off, fragment cache on"),
    ("rendered", "off", "off", "no cache at all: every fragment rendered, for information"),
    ("cached", "on", "on", "Redis page cache on"),
    ("stopped", "on", "on", "cache server stopped: every cache on, Redis unreachable"),
]
MODE_TITLES = {mode: title for mode, _page, _fragments, title in MODES}


def bench_modules():
    return MODULES


def page_types():
    return [row for module in bench_modules() for row in getattr(module, "URLS", [])]


class Command(BaseCommand):
    help = "Benchmark every page type on a large content set (separate database)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=1, help="Content multiplier.")
        parser.add_argument(
            "--duration",
            type=float,
            default=6.0,
            help="Seconds of load per URL (in LOAD_RUNS runs).",
        )
        parser.add_argument("--connections", type=int, default=8)
        parser.add_argument("--samples", type=int, default=60, help="Latency samples per URL.")
        parser.add_argument(
            "--database-url",
            default=os.environ.get(
                "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/idp_bench"
            ),
        )
        parser.add_argument(
            "--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
        )
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument("--output", default=str(settings.BASE_DIR / "docs" / "benchmark.md"))
        parser.add_argument(
            "--reuse-db",
            action="store_true",
            help="Keep both databases of the last run (demo size and large).",
        )
        parser.add_argument(
            "--only",
            choices=["all", "growth"],
            default="all",
            help="growth: only the growth part (no query counts, no load runs); its "
            "section of the report is replaced, the rest kept.",
        )
        # Internal phases, run in subprocesses under idp_site.settings.bench.
        parser.add_argument(
            "--phase", choices=["generate", "queries", "search-words"], help="(internal)"
        )

    def handle(self, *args, **options):
        if options["phase"] == "generate":
            return self._generate(options["scale"])
        if options["phase"] == "queries":
            return self._count_queries()
        if options["phase"] == "search-words":
            return self._search_words()
        return self._run(options)

    # Phases run under the bench settings ------------------------------------------

    def _generate(self, scale):
        from django.db import connection

        # Wagtail's own search index serves the admin's search only (readers search the
        # site's index, pages/search_index.py), and recomputes its title weights over
        # every entry for each page added: quadratic in the content. The generated pages
        # go without it, as they go without revisions.
        for params in getattr(settings, "WAGTAILSEARCH_BACKENDS", {}).values():
            params["AUTO_UPDATE"] = False
        for module in bench_modules():
            if hasattr(module, "generate"):
                module.generate(scale, self.stdout)
                self.stdout.write("\n")
        if connection.vendor == "postgresql":
            # What autovacuum would do soon after a large import: without statistics
            # the planner takes the new tables for empty ones.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def _count_queries(self):
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from idp_site.caching.version import bump as invalidate_page_cache

        # A full render: neither whole pages nor fragments come from the cache.
        settings.PAGE_CACHE_ENABLED = False
        settings.PAGE_FRAGMENT_CACHE = False
        client = Client(HTTP_HOST=HOST)
        counts = {}
        for label, url, _kind, status in page_types():
            # "first": the first reader after a change to the site, when every row kept
            # in memory or in the cache (routing, locales, menus, settings) is read
            # again; "steady": the next readers of the same URL.
            client.get(url)  # Wagtail's own per-process caches (renditions, site roots)
            counts[label] = {}
            for phase in ("first", "steady"):
                if phase == "first":
                    invalidate_page_cache()
                with CaptureQueriesContext(connection) as ctx:
                    response = client.get(url)
                if response.status_code != status:
                    raise CommandError(f"{url} answered {response.status_code}, not {status}")
                counts[label][phase] = len(ctx)
        self.stdout.write(json.dumps(counts))

    def _search_words(self):
        """{word: ids of the pages in the default language whose entry has it}, for
        every word the content modules search for."""
        from django.contrib.postgres.search import SearchQuery
        from wagtail.models import Locale

        from pages.models.search import SearchEntry
        from pages.search_index import text_search_config

        locale = Locale.get_default()
        config = text_search_config(locale.language_code)
        words = {w for module in bench_modules() for w in getattr(module, "SEARCH_WORDS", [])}
        found = {}
        for word in sorted(words):
            entries = SearchEntry.objects.filter(
                vector=SearchQuery(word, config=config), locale=locale, page__live=True
            )
            found[word] = list(entries.values_list("page_id", flat=True))
        self.stdout.write(json.dumps(found))

    # The orchestrator --------------------------------------------------------------

    def _run(self, options):
        started = time.monotonic()
        self.load_before = os.getloadavg()
        only_growth = options["only"] == "growth"
        tmp = tempfile.mkdtemp(prefix="idp-bench-")
        port = options["port"]
        env = self._env(options, tmp, port, options["database_url"])
        demo_env = self._env(options, tmp, port + 1, _demo_url(options["database_url"]))
        queries = results = bare = None
        try:
            self._prepare(options, env, demo_env)
            content = {"demo": self._content_counts(demo_env), "large": self._content_counts(env)}
            if not only_growth:
                queries = {
                    size: json.loads(self._step("queries", e, ["bench", "--phase", "queries"]))
                    for size, e in (("demo", demo_env), ("large", env))
                }
            growth_lines, failed = self._growth(options, env, demo_env, content)
            if not only_growth:
                results, bare = self._load_modes(options, env)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        output = Path(options["output"])
        if only_growth:
            report = _spliced(output, growth_lines)
        else:
            report = self._report(
                options, queries, content, growth_lines, results, bare, time.monotonic() - started
            )
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(report)
        self.stdout.write(report)
        self.stdout.write(self.style.SUCCESS(f"Written to {options['output']}"))
        if failed:
            raise CommandError(
                f"{len(failed)} page(s) take more than {growth.MAX_GROWTH:g}x as long on the "
                f"large content set: {', '.join(failed)}"
            )

    def _prepare(self, options, env, demo_env):
        """The demo-size database (demo content) and the large one, a copy of it plus the
        large content set; with --reuse-db, both as the last run left them (migrated)."""
        fresh = not options["reuse_db"]
        if fresh:
            shutil.rmtree(env["BENCH_MEDIA"], ignore_errors=True)
            self._create_database(demo_env["DATABASE_URL"])
        self._step("migrate (demo size)", demo_env, ["migrate", "--noinput", "-v0"])
        self._step("collectstatic", demo_env, ["collectstatic", "--noinput", "-v0"])
        if fresh:
            self._step("demo content", demo_env, ["load_demo_content"])
            # The large database starts as a copy of the demo one: the same demo content
            # (and the same images, in the shared media directory).
            self._create_database(env["DATABASE_URL"], template=demo_env["DATABASE_URL"])
        self._step("migrate (large)", env, ["migrate", "--noinput", "-v0"])
        if fresh:
            self._step(
                "large content",
                env,
                ["bench", "--phase", "generate", "--scale", str(options["scale"])],
            )

    def _load_modes(self, options, env):
        port = options["port"]
        results = {}
        for mode, page_cache, fragment_cache, _title in MODES:
            # Pages with a form are never cached: measuring them again would only
            # repeat the uncached figure.
            urls = [row for row in page_types() if mode != "cached" or row[2] != "form"]
            if mode == "cached":
                urls.insert(1, (tracking.LABEL, tracking.URL, "index", 200))
            mode_env = {**env, "PAGE_CACHE": page_cache, "FRAGMENT_CACHE": fragment_cache}
            if mode == "stopped":
                mode_env["REDIS_URL"] = STOPPED_REDIS_URL
            self.stdout.write(f"{mode}:")
            results[mode] = self._measure_server(
                mode_env,
                ["idp_site.wsgi"],
                port,
                urls,
                options,
                after=self._publish_check if mode == "cached" else None,
                plain=(PLAIN_LABEL, "/bench/plain/", "ceiling", 200),
            )
        bare_env = {**env, "DJANGO_SETTINGS_MODULE": "idp_site.devtools.bench.bare"}
        bare = self._measure_server(
            bare_env,
            ["django.core.wsgi:get_wsgi_application()"],
            port,
            [("bare Django view (no middleware)", "/", "ceiling", 200)],
            options,
        )
        return results, bare

    def _growth(self, options, env, demo_env, content):
        """Both sizes served at once, every row measured on both in turn (see
        idp_site.devtools.bench.growth); the report section and the failed rows."""
        started, load_before = time.monotonic(), os.getloadavg()
        word_pages = json.loads(
            self._step("search words", demo_env, ["bench", "--phase", "search-words"])
        )
        queries = growth.search_queries(
            {w: set(ids) for w, ids in word_pages.items() if ids},
            growth.WARMUP + options["samples"],
        )
        if not queries:
            raise CommandError("No pair of search words matches a demo page")
        ports = {"large": options["port"], "demo": options["port"] + 1}
        self.stdout.write("growth (full render, demo size / large):")
        with contextlib.ExitStack() as stack:
            for size, size_env in (("large", env), ("demo", demo_env)):
                stack.enter_context(
                    self._serving(
                        {**size_env, **growth.FULL_RENDER_ENV},
                        ["idp_site.wsgi"],
                        ports[size],
                        "/en/",
                    )
                )
            rows = self._growth_rows(ports, queries)
            results = {}
            for row in rows:
                results[row.label] = growth.measure(ports, row, options["samples"])
                self._growth_progress(row, results[row.label])
        meta = {
            "scale": options["scale"],
            "samples": options["samples"],
            "date": f"{datetime.now(UTC):%Y-%m-%d %H:%M}",
            "elapsed": time.monotonic() - started,
            "machine": _machine(),
            "load_before": _loadavg(load_before),
            "load_after": _loadavg(os.getloadavg()),
            "content": content,
        }
        lines, failed = growth.report_lines(rows, results, meta)
        if len(queries) < growth.WARMUP + options["samples"]:
            lines.insert(
                -1, f"Search had only {len(queries)} different queries: some were asked twice."
            )
        return lines, failed

    def _growth_rows(self, ports, queries):
        rows = [
            growth.Row(label, {"demo": url, "large": url}, status)
            for label, url, _kind, status in page_types()
        ]
        rows.append(
            growth.Row(growth.SEARCH_LABEL, {"demo": "", "large": ""}, queries=tuple(queries))
        )
        measured = {url for _label, url, _kind, _status in page_types()}
        rows += growth.sitemap_rows(
            growth.sitemap_locs(ports["demo"]), growth.sitemap_locs(ports["large"]), measured
        )
        return rows

    def _growth_progress(self, row, result):
        demo = f"{result['demo']:.1f}" if "demo" in result else "-"
        self.stdout.write(
            f"  {row.label[:60]:60} {demo:>7} / {result['large']:.1f} ms  {growth.verdict(result)}"
        )

    def _env(self, options, tmp, port, database_url):
        dropped = ("AWS_", "PAGE_CACHE", "FRAGMENT_CACHE")
        env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
        env.update(
            DJANGO_SETTINGS_MODULE="idp_site.settings.bench",
            BENCH_TMP=tmp,
            # Kept between runs, for --reuse-db: the images both databases refer to.
            BENCH_MEDIA=str(
                Path(tempfile.gettempdir()) / f"idp-bench-media-{_db_name(options['database_url'])}"
            ),
            SECRET_KEY="bench-throwaway-" + os.urandom(16).hex(),
            # A throwaway key: the bench database holds no real intake.
            INTAKE_ENCRYPTION_KEYS=base64.urlsafe_b64encode(os.urandom(32)).decode(),
            ALLOWED_HOSTS=f"{HOST},localhost",
            DATABASE_URL=database_url,
            REDIS_URL=options["redis_url"],
            WAGTAILADMIN_BASE_URL=f"http://{HOST}:{port}",
            SECURE_SSL_REDIRECT="false",
            PYTHONUNBUFFERED="1",
        )
        return env

    def _create_database(self, url, template=None):
        import psycopg2
        from psycopg2 import sql

        parts = urlsplit(url)
        name = _db_name(url)
        if not name.startswith(("idp_bench", "bench")):
            raise CommandError(f"Refusing to recreate {name!r}: its name must start with idp_bench")
        conn = psycopg2.connect(
            host=parts.hostname,
            port=parts.port or 5432,
            user=parts.username,
            password=parts.password,
            dbname="postgres",
        )
        conn.autocommit = True
        create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            create = sql.SQL("{} TEMPLATE {}").format(create, sql.Identifier(_db_name(template)))
        with conn.cursor() as cursor:
            cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            cursor.execute(create)
        conn.close()
        self.stdout.write(
            f"database {name}: created" + (f" from {_db_name(template)}" if template else "")
        )

    def _step(self, label, env, args):
        t0 = time.monotonic()
        result = subprocess.run(  # noqa: S603
            [sys.executable, str(settings.BASE_DIR / "manage.py"), *args],
            env=env,
            capture_output=True,
            text=True,
            cwd=settings.BASE_DIR,
        )
        if result.returncode != 0:
            raise CommandError(f"{label} failed:\n{result.stdout}\n{result.stderr}")
        self.stdout.write(f"{label}: {time.monotonic() - t0:.1f}s")
        return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""

    def _content_counts(self, env):
        # By class name, not app label: the commit compared against may be from before
        # bills and help pages moved to their own rooms (issue 34).
        counted = {
            "reports": "ReportPage",
            "stories": "StoryPage",
            "campaigns": "CampaignPage",
            "bills": "Bill",
            "bill actions": "BillAction",
            "signers": "Signatory",
        }
        code = (
            "import django, json; django.setup();"
            "from django.apps import apps;"
            "from wagtail.models import Page; from wagtail.images import get_image_model;"
            "counts = {'live pages': Page.objects.live().count(),"
            " 'images': get_image_model().objects.count()};"
            "by_name = {m.__name__: m for m in apps.get_models()};"
            f"models = {counted!r};"
            "counts.update((k, by_name[m].objects.count()) for k, m in models.items());"
            "print(json.dumps(counts))"
        )
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        return json.loads(result.stdout)

    # Serving and measuring ---------------------------------------------------------

    def _measure_server(self, env, app, port, urls, options, after=None, plain=None):
        """Each of `urls` measured in turn; with `plain`, the plain view too, before the
        first row and after every PLAIN_EVERY rows, and each row is compared with the
        plain runs just before and after it (see `_with_plain`)."""
        rows, plain_runs, groups = {}, [], []
        with self._serving(env, app, port, urls[0][1]):
            step = PLAIN_EVERY if plain else len(urls)
            for start in range(0, len(urls), step):
                if plain:
                    plain_runs.append(self._measure_row(env, port, plain, options))
                group = urls[start : start + step]
                groups.append([label for label, *_rest in group])
                for row in group:
                    rows[row[0]] = self._measure_row(env, port, row, options)
            if plain:
                plain_runs.append(self._measure_row(env, port, plain, options))
            if after is not None:
                after(env, port)
        if plain:
            _with_plain(rows, plain[0], plain_runs, groups)
        return rows

    def _measure_row(self, env, port, row, options):
        label, url, kind, status = row
        counts_keys = "{n}" in url
        keys_before = tracking.cache_keys(env["REDIS_URL"]) if counts_keys else None
        _warm_up(port, url)
        latency, latency_errors = _latencies(port, url, status, options["samples"])
        load = _median_load(port, url, status, options["duration"], options["connections"])
        result = {
            "url": url,
            "kind": kind,
            "median_ms": statistics.median(latency) * 1000,
            "p95_ms": _percentile(latency, 95) * 1000,
            "rps": load["rps"],
            "errors": load["errors"] + latency_errors,
            "tool": load["tool"],
        }
        if counts_keys:
            keys_after = tracking.cache_keys(env["REDIS_URL"])
            known = None not in (keys_before, keys_after)
            result["cache_keys_added"] = keys_after - keys_before if known else None
        self.stdout.write(
            f"  {label:34} {result['rps']:8.1f} req/s"
            f"  median {result['median_ms']:.1f} ms  errors {result['errors']}"
        )
        return result

    def _publish_check(self, env, port):
        """Issue 14: how soon a publish made by another process is visible here."""
        url = "/en/about/"
        seconds = publish_visibility(port, url, env, settings.BASE_DIR / "manage.py")
        self.publish_visibility = (url, seconds)
        shown = "not within 10 s" if seconds is None else f"{seconds * 1000:.0f} ms"
        self.stdout.write(f"  publish visible to this server after {shown}")

    @contextlib.contextmanager
    def _serving(self, env, app, port, first_url):
        """gunicorn (2 workers) serving `app` on `port` until the block ends."""
        server = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "gunicorn",
                *app,
                "--workers",
                "2",
                "--bind",
                f"{HOST}:{port}",
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=settings.BASE_DIR,
            start_new_session=True,
        )
        try:
            self._wait_for(port)
            # The port is open once gunicorn listens; its workers may take longer to
            # boot on a busy machine.
            _get(port, first_url, timeout=120)
            yield port
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()

    def _wait_for(self, port, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((HOST, port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.2)
        raise CommandError(f"gunicorn did not start on port {port}")

    # The report --------------------------------------------------------------------

    def _report(self, options, queries, content, growth_lines, results, bare, elapsed):
        return "\n".join(
            [
                *self._header_lines(options, content, bare, elapsed),
                *_query_lines(queries["demo"], queries["large"]),
                "",
                *growth_lines,
                *_mode_lines(results, next(iter(bare.values()))["rps"]),
                *_ceiling_lines(results, bare),
                _publish_line(getattr(self, "publish_visibility", None)),
                "",
            ]
        )

    def _header_lines(self, options, content, bare, elapsed):
        return [
            "# Benchmark",
            "",
            "Written by `make bench` (`manage.py bench`); re-run it after changing page types.",
            "",
            f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; run took {elapsed:.0f} s",
            f"- Machine: {_machine()}",
            f"- Machine load (1/5/15-minute averages, other work included): "
            f"{_loadavg(self.load_before)} before the run, {_loadavg(os.getloadavg())} after",
            f"- Software: Python {platform.python_version()}, {_versions()}",
            f"- Content: {', '.join(f'{v} {k}' for k, v in content['large'].items())} "
            f"(demo content plus `--scale {options['scale']}`); demo size: "
            f"{', '.join(f'{v} {k}' for k, v in content['demo'].items())}",
            f"- Server: gunicorn, 2 sync workers, idp_site.settings.bench (production "
            f"settings, DEBUG off, WhiteNoise), PostgreSQL, Redis cache; on {HOST}",
            f"- Load: {next(iter(bare.values()))['tool']}, {options['connections']} connections, "
            f"{options['duration']:g} s per URL in {LOAD_RUNS} runs (the median rate); "
            f"latency: {options['samples']} sequential "
            "requests from one client (server time plus loopback)",
            "",
            "## SQL queries per request (full render: no page or fragment cache)",
            "",
            "Each cell: the first reader after a change to the site, when every row kept "
            "in memory or in the cache (routing, locales, sites, settings, menus) is read "
            "again / the next readers of the same URL. The budget applies to the second "
            "figure; both must be the same on both content sets.",
            "",
        ]


PLAIN_LABEL = "plain view (full middleware)"
#: Each row's load is this many runs of a third of --duration; the median rate counts.
LOAD_RUNS = 3
#: The plain view is measured again after every this many page rows: a machine whose
#: speed drifts during a mode would otherwise move every ratio of that mode.
PLAIN_EVERY = 3


def _with_plain(rows, label, plain_runs, groups):
    """Give each row the plain view's rate measured around it (the mean of the runs just
    before and just after its group), and add the plain view's own row: its median
    rate over all runs, with each run's rate."""
    for index, group in enumerate(groups):
        around = statistics.mean(run["rps"] for run in plain_runs[index : index + 2])
        for row_label in group:
            rows[row_label]["plain_rps"] = around
    plain_row = dict(plain_runs[0])
    plain_row.update(
        rps=statistics.median(run["rps"] for run in plain_runs),
        median_ms=statistics.median(run["median_ms"] for run in plain_runs),
        p95_ms=statistics.median(run["p95_ms"] for run in plain_runs),
        errors=sum(run["errors"] for run in plain_runs),
        runs=[run["rps"] for run in plain_runs],
    )
    rows[label] = plain_row


def _db_name(url):
    return urlsplit(url).path.lstrip("/")


def _demo_url(url):
    """The demo-size database beside the large one at `url`: its name plus `_demo`."""
    parts = urlsplit(url)
    return parts._replace(path=f"/{_db_name(url)}_demo").geturl()


def _spliced(output, growth_lines):
    """The report at `output` with its growth section replaced by `growth_lines` (added
    at the end when it has none; a new report when there is none)."""
    section = "\n".join(growth_lines)
    old = output.read_text() if output.exists() else ""
    if not old:
        return f"# Benchmark\n\nWritten by `manage.py bench --only growth`.\n\n{section}"
    start = old.find("\n## Growth")
    if start == -1:
        return f"{old.rstrip()}\n\n{section}"
    end = old.find("\n## ", start + 1)
    rest = old[end + 1 :] if end != -1 else ""
    return f"{old[: start + 1]}{section}\n{rest}"


def _query_lines(demo_q, large_q):
    lines = [
        "| page type | demo content | large content | verdict |",
        "| --- | ---: | ---: | --- |",
    ]
    for label, _url, _kind, _status in page_types():
        demo, large = demo_q[label], large_q[label]
        ok = large == demo and large["steady"] <= MAX_QUERIES
        ok = ok and large["first"] <= MAX_QUERIES_FIRST
        lines.append(
            f"| {label} | {demo['first']} / {demo['steady']} | "
            f"{large['first']} / {large['steady']} | {'ok' if ok else 'FAIL'} |"
        )
    return lines


def _mode_lines(results, bare_rps):
    lines = []
    for mode, *_rest in MODES:
        rows = results[mode]
        runs = rows[PLAIN_LABEL].get("runs", [])
        lines += [
            "",
            f"## {mode.capitalize()} ({MODE_TITLES[mode]})",
            "",
            f"The plain view was measured {len(runs)} times in this mode, before the "
            f"first row and after every {PLAIN_EVERY} rows ({_rates(runs)} req/s); each "
            "row is divided by the mean of the two runs around it (÷ plain).",
            "",
            "| page type | URL | median ms | p95 ms | req/s | errors | plain req/s around "
            "| ÷ plain | ÷ bare | verdict |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        ]
        for label, row in rows.items():
            plain_rps = row.get("plain_rps", row["rps"])
            verdict = _verdict(mode, row, plain_rps)
            if label == tracking.LABEL:
                verdict = _tracking_verdict(row, rows)
            lines.append(
                f"| {label} | `{row['url']}` | {row['median_ms']:.1f} | {row['p95_ms']:.1f} | "
                f"{row['rps']:.0f} | {row['errors']} | {plain_rps:.0f} | "
                f"{row['rps'] / plain_rps:.2f} | {row['rps'] / bare_rps:.2f} | {verdict} |"
            )
    return lines


def _rates(values):
    return ", ".join(f"{value:.0f}" for value in values)


def _ceiling_lines(results, bare):
    bare_row = next(iter(bare.items()))
    return [
        "",
        "## Ceilings",
        "",
        f"- {bare_row[0]}: {bare_row[1]['rps']:.0f} req/s, "
        f"median {bare_row[1]['median_ms']:.1f} ms",
        f"- {PLAIN_LABEL}: median {results['uncached'][PLAIN_LABEL]['rps']:.0f} req/s "
        f"(uncached run), {results['cached'][PLAIN_LABEL]['rps']:.0f} req/s (cached run)",
        "",
        f"Targets: at most {MAX_QUERIES} queries for the next readers and "
        f"{MAX_QUERIES_FIRST} for the first reader after a change, the same on both "
        "content sets; "
        f"uncached, index pages {MIN_RPS_UNCACHED['index']} req/s and detail pages "
        f"{MIN_RPS_UNCACHED['detail']} req/s and {MIN_SHARE_OF_PLAIN['uncached']:.0%} of "
        f"the plain view; cached, {MIN_CACHED_SHARE_OF_PLAIN:.0%} of the plain view; "
        f"cache server stopped, {MIN_SHARE_OF_PLAIN['stopped']:.0%} of the plain view; "
        "zero errors. The not-found page and pages with a form are "
        "never cached by design (a form page is measured uncached, against the detail "
        "target). "
        "The load generator runs on the same machine and takes CPU from the server. "
        "Search and the updates feed load a result as its own page type only when it "
        "has no search description (one query per such type), so their counts do "
        "not follow the amount of content.",
        "",
    ]


def _tracking_verdict(row, rows):
    home = rows["home"]
    added = row.get("cache_keys_added")
    return (
        f"{tracking.verdict(row, home)} ({row['rps'] / home['rps']:.2f} × home; "
        f"cache entries added: {'unknown' if added is None else added})"
    )


def _publish_line(publish):
    if publish is None:
        return "- A publish seen by a second process: not measured."
    url, seconds = publish
    if seconds is None:
        return f"- A publish of `{url}` made by a second process: not visible within 10 s: FAIL"
    verdict = "ok" if seconds <= TARGET_SECONDS else "FAIL"
    return (
        f"- A publish of `{url}` made by a second process (`manage.py bench_publish`) was "
        f"served by the cached server {seconds * 1000:.0f} ms after its commit "
        f"(target {TARGET_SECONDS:g} s): {verdict}"
    )


def _verdict(mode, row, plain_rps):
    if row["errors"]:
        return "FAIL (errors)"
    kind = row["kind"]
    if kind in ("ceiling", "error") or mode == "rendered":
        return "-"
    share = row["rps"] / plain_rps
    if mode == "stopped":
        return "ok" if share >= MIN_SHARE_OF_PLAIN["stopped"] else "FAIL"
    if mode == "uncached":
        target = MIN_RPS_UNCACHED["detail" if kind == "form" else kind]
        ok = row["rps"] >= target and share >= MIN_SHARE_OF_PLAIN["uncached"]
        return "ok" if ok else "FAIL"
    return "ok" if row["rps"] >= MIN_CACHED_SHARE_OF_PLAIN * plain_rps else "FAIL"


def _loadavg(averages):
    return " / ".join(f"{value:.2f}" for value in averages)


def _get(port, url, timeout=10):
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", url)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def _warm_up(port, url):
    """Five requests first; one the server is too slow to answer (a queue the previous
    load run left) is not an error of this URL."""
    for _ in range(5):
        with contextlib.suppress(OSError):
            _get(port, tracking.expand(url), timeout=30)


def _latencies(port, url, status, samples):
    times, errors = [], 0
    for _ in range(samples):
        t0 = time.perf_counter()
        try:
            ok = _get(port, tracking.expand(url)) == status
        except OSError:
            ok = False
        times.append(time.perf_counter() - t0)
        errors += not ok
    return times, errors


def _percentile(values, pct):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def _median_load(port, url, status, duration, connections):
    """`duration` of load in LOAD_RUNS runs (whole seconds each, at least one): the
    median rate, every error. A pause of the machine during one run (another process,
    the hypervisor) moves one run, not the row."""
    runs = [_load(port, url, status, duration / LOAD_RUNS, connections) for _ in range(LOAD_RUNS)]
    return {
        "rps": statistics.median(run["rps"] for run in runs),
        "errors": sum(run["errors"] for run in runs),
        "tool": runs[0]["tool"],
    }


def _load(port, url, status, duration, connections):
    if shutil.which("wrk"):
        return _load_wrk(port, url, status, duration, connections)
    return _load_python(port, url, status, duration, connections)


def _load_wrk(port, url, status, duration, connections):
    with tempfile.TemporaryDirectory() as tmp:
        script = ["-s", tracking.wrk_script(url, tmp)] if "{n}" in url else []
        result = subprocess.run(  # noqa: S603
            [
                shutil.which("wrk"),
                "-t2",
                f"-c{connections}",
                f"-d{max(1, round(duration))}s",
                "--timeout",
                "5s",
                *script,
                f"http://{HOST}:{port}{url.replace('{n}', '0')}",
            ],
            capture_output=True,
            text=True,
            timeout=duration + 30,
        )
    out = result.stdout
    found = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if found is None:
        raise CommandError(f"wrk gave no figure:\n{out}\n{result.stderr}")
    rps = float(found.group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non_2xx and status < 400:
        errors += int(non_2xx.group(1))
    return {"rps": rps, "errors": errors, "tool": "wrk"}


def _load_python(port, url, status, duration, connections):
    """Threads, each sending requests one after the other until `duration` runs out."""
    counts, errors, lock = [0], [0], threading.Lock()
    deadline = time.monotonic() + duration

    def worker():
        while time.monotonic() < deadline:
            try:
                ok = _get(port, tracking.expand(url)) == status
            except OSError:
                ok = False
            with lock:
                counts[0] += 1
                errors[0] += not ok

    t0 = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=duration + 15)
    return {
        "rps": counts[0] / (time.monotonic() - t0),
        "errors": errors[0],
        "tool": "Python threads",
    }


def _machine():
    model = ""
    try:
        with open("/proc/cpuinfo") as fh:
            model = next(
                (ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), ""
            )
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as fh:
            kb = int(next(ln for ln in fh if ln.startswith("MemTotal")).split()[1])
            memory = f", {kb / 1024 / 1024:.1f} GB RAM"
    except (OSError, StopIteration):
        pass
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs {model}{memory}".strip()
    )


def _versions():
    import django
    import wagtail

    return f"Django {django.get_version()}, Wagtail {wagtail.__version__}"
