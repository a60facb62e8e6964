"""Listing columns the admin's page and snippet listings share."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from wagtail.admin.ui.tables import Column


class AbsoluteDateColumn(Column):
    """A date written out ("March 12, 2016"), not "9 years ago": staff match these dates
    with printed reports, press releases and signed forms."""

    def get_value(self, instance):
        value = super().get_value(instance)
        if value is None:
            return ""
        if isinstance(value, datetime.datetime):
            return date_format(timezone.localtime(value), "DATETIME_FORMAT")
        return date_format(value, "DATE_FORMAT")
