"""Everything about the admin of the shared app."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pages import intake_admin
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


@hooks.register("register_admin_urls")
def register_intake_urls():
    return [path("intake/", include((intake_admin.urlpatterns, "intake"), namespace="intake"))]


class IntakeMenuItem(MenuItem):
    """Shown only to members of the Intake group (superusers outside it do not see it)."""

    def is_shown(self, request):
        return intake_admin.is_intake_member(request.user)


@hooks.register("register_admin_menu_item")
def register_intake_menu_item():
    return IntakeMenuItem(
        _("Legal-help intake"),
        reverse("intake:home"),
        name="intake",
        icon_name="mail",
        order=250,
    )
