"""The home page with random tracking parameters, under load (issue 19: "random
tracking parameters on the home page neither lower its cached throughput nor add cache
entries").

`URL` carries `{n}`, which every request replaces with a new value: `expand` for the
bench's own clients, `wrk_script` for wrk (a Lua `request` function). `cache_keys`
counts the page-cache entries of the bench's Redis database, before and after the run.
"""

import itertools
import random
from pathlib import Path

import redis

LABEL = "home, random tracking parameters"
URL = "/en/?utm_source=bench-{n}&utm_campaign=c{n}&fbclid=reader-{n}&gclid={n}"
#: Of the cached home page's requests per second, at least this share.
MIN_SHARE_OF_HOME = 0.9

_counter = itertools.count()


def expand(url):
    """`url` with every `{n}` replaced by a value no earlier request used."""
    if "{n}" not in url:
        return url
    return url.replace("{n}", f"{next(_counter)}-{random.randrange(10**9)}")  # noqa: S311


def wrk_script(url, directory):
    """A wrk Lua script sending `url` with a new value for `{n}` in every request; its
    path. Lua patterns escape `{` and `}` with `%`."""
    path = Path(directory) / "tracking.lua"
    path.write_text(
        "local n = 0\n"
        "request = function()\n"
        "  n = n + 1\n"
        "  local value = tostring(n) .. '-' .. tostring(math.random(1, 1000000000))\n"
        f"  local path = string.gsub('{url}', '%{{n%}}', value)\n"
        "  return wrk.format('GET', path)\n"
        "end\n"
    )
    return str(path)


def cache_keys(redis_url):
    """How many page-cache entries (`page:` keys, idp_site/caching/middleware.py) the
    bench's Redis database holds; None if it cannot be asked. Other keys (fragments,
    listings) may expire during a run, which would hide an entry added."""
    try:
        client = redis.Redis.from_url(redis_url, socket_timeout=2)
        return sum(1 for _key in client.scan_iter(match="*:page:*", count=1000))
    except redis.RedisError:
        return None


def verdict(row, home_row):
    if row["errors"]:
        return "FAIL (errors)"
    added = row.get("cache_keys_added")
    share = row["rps"] / home_row["rps"] if home_row["rps"] else 0
    ok = added == 0 and share >= MIN_SHARE_OF_HOME
    return "ok" if ok else "FAIL"
