"""Admin wiring of the shared app."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pages.translation_report import TranslationStatusReportView


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="translation_status_report",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translations"),
        reverse("translation_status_report"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=650,
    )
