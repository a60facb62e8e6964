"""A cache whose server is down (for tests): every call raises."""

from django.core.cache.backends.base import BaseCache


class DownCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)

    def _down(self, *args, **kwargs):
        raise ConnectionError("cache server unreachable")

    add = get = set = touch = delete = incr = has_key = clear = _down
