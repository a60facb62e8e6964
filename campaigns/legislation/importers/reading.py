"""Reading keys out of parsed JSON, naming the file and the key in every error."""

import json
from datetime import date

from django.utils.translation import gettext as _

from campaigns.legislation.models import OPEN_STATES_ACTION_CLASSIFICATIONS, split_print_number

from .normalized import BillImportError


class Reader:
    """Reads keys out of a parsed JSON document, naming the key in every error."""

    def __init__(self, path):
        self.path = path

    def error(self, key, message):
        return BillImportError(self.path, key, message)

    def get(self, obj, key, where, required=True, kind=None):
        full = f"{where}.{key}" if where else key
        if not isinstance(obj, dict):
            raise self.error(where or "(top level)", _("expected an object"))
        if key not in obj or obj[key] is None:
            if required:
                raise self.error(full, _("required key is missing"))
            return None
        value = obj[key]
        if kind is not None and not isinstance(value, kind):
            raise self.error(full, _("has the wrong type"))
        return value

    def items(self, obj, key, where, inner="items"):
        """A list the source may wrap (`{"items": [...]}`) or send bare; None if absent."""
        value = self.get(obj, key, where, required=False)
        if value is None:
            return None
        if isinstance(value, dict):
            value = value.get(inner) or []
        if not isinstance(value, list):
            raise self.error(f"{where}.{key}", _("has the wrong type"))
        return value

    def date(self, value, key):
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            raise self.error(key, _("is not a date (expected YYYY-MM-DD)"))

    def optional_date(self, value, key):
        return self.date(value, key) if value else None

    def print_number(self, value, key):
        split = split_print_number(str(value))
        if split is None:
            raise self.error(key, _("is not a bill number"))
        return split

    def classification(self, values, key):
        values = tuple(values or ())
        for value in values:
            if value not in OPEN_STATES_ACTION_CLASSIFICATIONS:
                raise self.error(key, _("unknown classification %(value)r") % {"value": value})
        return values


def parse_json(text, path):
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise BillImportError(
            path,
            f"(line {error.lineno}, column {error.colno})",
            _("is not valid JSON: %s") % error.msg,
        )


def load_json(path):
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        raise BillImportError(path, "(file)", _("cannot be read: %s") % error.strerror)
    return parse_json(text, path)
