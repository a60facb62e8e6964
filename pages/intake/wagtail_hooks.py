"""The Intake team's place in the admin: its URLs and a menu item only they see."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pages.intake import views


@hooks.register("register_admin_urls")
def register_intake_urls():
    return [path("intake/", include((views.urlpatterns, "intake"), namespace="intake"))]


class IntakeMenuItem(MenuItem):
    """Shown only to members of the Intake group (superusers outside it do not see it)."""

    def is_shown(self, request):
        return views.is_intake_member(request.user)


@hooks.register("register_admin_menu_item")
def register_intake_menu_item():
    return IntakeMenuItem(
        _("Legal-help intake"),
        reverse("intake:home"),
        name="intake",
        icon_name="mail",
        order=250,
    )
