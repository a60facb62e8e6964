"""Keyset pagination: a page of a listing is found from the last row of the page
before it (`?page=3&after=<id>`) rather than by counting past every row before it
(`OFFSET`), so a deep page costs what the first one costs, walking the same index.

Links stay plain links (no JavaScript). The cursor in the address is the id of a row
already shown on the public listing, never a name or any other value of the row; the
row's sort values are read back from the listing itself. `page` is kept for the label
("Page 3 of 40") and for old `?page=N` links, which continue from the last row of the
page before, found in the list of every page's last row: derived data, read in one scan
of the sort index and kept until the next change to the site (idp_site/caching/derived.py),
so a deep old link costs what a keyset page costs. While that list cannot be kept (the
cache is down) they count rows (OFFSET) instead.
"""

import hashlib
import math
from dataclasses import dataclass
from functools import reduce
from operator import or_
from urllib.parse import urlencode

from django.db.models import Q

from idp_site.caching.derived import cache_answers, cached_derived


@dataclass(frozen=True)
class KeysetPaginatorInfo:
    count: int
    num_pages: int


@dataclass(frozen=True)
class KeysetPage:
    """What includes/keyset_pagination.html reads; `object_list` is the page's rows."""

    object_list: list
    number: int
    has_previous: bool
    has_next: bool
    previous_query: str
    next_query: str
    paginator: KeysetPaginatorInfo

    @classmethod
    def numbered(cls, page_obj, base, object_list=None):
        """A page of Django's numbered `Paginator` (search results: ranked, so no
        keyset) in the same shape, for the same links; `base` is the rest of the query."""
        previous_query = next_query = ""
        if page_obj.has_previous():
            number = page_obj.previous_page_number()
            previous_query = urlencode({**base, "page": number} if number > 1 else base)
        if page_obj.has_next():
            next_query = urlencode({**base, "page": page_obj.next_page_number()})
        return cls(
            list(page_obj.object_list if object_list is None else object_list),
            page_obj.number,
            page_obj.has_previous(),
            page_obj.has_next(),
            previous_query,
            next_query,
            KeysetPaginatorInfo(page_obj.paginator.count, page_obj.paginator.num_pages),
        )

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)


def _int(value, default=None):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


def _after(order, values, backwards=False):
    """Rows after (or, `backwards`, before) the row with these sort `values`, for an
    `order` of (field, descending) pairs."""
    clauses = []
    for i, (field, descending) in enumerate(order):
        later = "lt" if descending != backwards else "gt"
        equal = {name: values[name] for name, _d in order[:i]}
        clauses.append(Q(**equal, **{f"{field}__{later}": values[field]}))
    first, descending = order[0]
    bound = "lte" if descending != backwards else "gte"
    return Q(**{f"{first}__{bound}": values[first]}) & reduce(or_, clauses)


def _ordering(order, backwards=False):
    return [f"-{f}" if d != backwards else f for f, d in order]


class KeysetPaginator:
    """Pages of `queryset` in `order` ((field, descending) pairs ending with a unique
    field, usually ("pk", ...)), `per_page` rows each. `count` may be given when it is
    already known (it saves a query), or as a function that tells it."""

    def __init__(self, queryset, order, per_page, count=None, cursor_field="pk"):
        self.queryset = queryset
        self.order = order
        self.per_page = per_page
        self._count = count
        self.cursor_field = cursor_field

    @property
    def count(self):
        if self._count is None:
            self._count = self.queryset.order_by().count()
        elif callable(self._count):
            self._count = self._count()
        return self._count

    def page(self, params, base_query=None):
        """The page the query-string `params` ask for; `base_query` ({name: value}) is
        kept in the links (filters, search words)."""
        num_pages = max(1, math.ceil(self.count / self.per_page))
        number = min(_int(params.get("page"), 1), num_pages)
        after, before = _int(params.get("after")), _int(params.get("before"))
        values = self._values_of(after or before) if (after or before) else None
        if values and after:
            rows, more = self._fetch(values, backwards=False)
            has_previous, has_next = True, more
        elif values:
            rows, more = self._fetch(values, backwards=True)
            has_previous, has_next = more, True
        elif (end := self._end_of_page(number - 1)) is not None:
            # An old `?page=N` link (or a row gone since): after the last row of page N-1.
            rows, more = self._fetch(end, backwards=False)
            has_previous, has_next = True, more
        else:
            # No cursor: the first page, or any page while the cache is down.
            offset = (number - 1) * self.per_page
            ordered = self.queryset.order_by(*_ordering(self.order))
            rows = list(ordered[offset : offset + self.per_page + 1])
            has_previous, has_next = offset > 0, len(rows) > self.per_page
            rows = rows[: self.per_page]
        return self._page(rows, number, has_previous, has_next and bool(rows), base_query or {})

    def _end_of_page(self, number):
        """The sort values of the last row of page `number`, or None: none such, or the
        list of page ends cannot be kept now."""
        if number < 1 or not cache_answers():
            return None
        ends = self._page_ends()
        end = ends[number - 1] if number - 1 < len(ends) else None
        return end if end is not None and None not in end.values() else None

    def _page_ends(self):
        """The sort values of the last row of every page, in order (module docstring)."""
        fields = [f for f, _d in self.order]
        query = f"{self.queryset.query}|{self.order}|{self.per_page}"
        key = hashlib.sha256(query.encode()).hexdigest()

        def build():
            rows = self.queryset.order_by(*_ordering(self.order)).values_list(*fields)
            ends = list(rows)[self.per_page - 1 :: self.per_page]
            return [dict(zip(fields, row, strict=True)) for row in ends]

        return cached_derived(f"keyset-ends:{key}", build)

    def _values_of(self, cursor):
        fields = [f for f, _d in self.order]
        values = self.queryset.filter(**{self.cursor_field: cursor}).values(*fields).first()
        # A row without a sort value (a page never published) cannot be compared.
        return values if values and None not in values.values() else None

    def _fetch(self, values, backwards):
        qs = self.queryset.filter(_after(self.order, values, backwards))
        rows = list(qs.order_by(*_ordering(self.order, backwards))[: self.per_page + 1])
        more = len(rows) > self.per_page
        rows = rows[: self.per_page]
        return (rows[::-1] if backwards else rows), more

    def _page(self, rows, number, has_previous, has_next, base):
        num_pages = max(1, math.ceil(self.count / self.per_page))
        previous_query = urlencode(base)
        if has_previous and number > 2:
            previous_query = urlencode({**base, "page": number - 1, "before": rows[0].pk})
        next_query = ""
        if has_next:
            page = min(number + 1, num_pages)
            next_query = urlencode({**base, "page": page, "after": rows[-1].pk})
        info = KeysetPaginatorInfo(self.count, num_pages)
        return KeysetPage(rows, number, has_previous, has_next, previous_query, next_query, info)
