"""Wagtail's redirects editor with "Redirect to" accepting an address on this site
(/en/contact/) as well as a full one, through Wagtail's own views and form subclassed
and registered with the `register_admin_urls` hook (ahead of Wagtail's own routes)."""

from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.redirects import views
from wagtail.contrib.redirects.forms import RedirectForm

from pages.addresses import validate_link_address


class SiteAddressRedirectForm(RedirectForm):
    """Wagtail's redirect form; "Redirect to" takes /en/contact/ or https://… (the
    redirect middleware sends readers to either), and a page chooser stays offered."""

    redirect_link = forms.CharField(
        label=_("Redirect to any URL"),
        max_length=255,
        required=False,
        validators=[validate_link_address],
        help_text=_(
            "For a page of this site, choose it above instead. Otherwise a full address "
            "(https://…) or an address on this site starting with / (such as /en/contact/)."
        ),
    )

    def _get_validation_exclusions(self):
        # The model's URLField would refuse "/en/contact/" again; this form's field has
        # already checked the address with the rule above.
        exclude = super()._get_validation_exclusions()
        exclude.add("redirect_link")
        return exclude


class CreateView(views.CreateView):
    form_class = SiteAddressRedirectForm


class EditView(views.EditView):
    form_class = SiteAddressRedirectForm


def admin_urls():
    """The add and edit routes of /admin/redirects/, in front of Wagtail's."""
    return [
        path("redirects/add/", CreateView.as_view(), name="idp_redirects_add"),
        path("redirects/<int:redirect_id>/", EditView.as_view(), name="idp_redirects_edit"),
    ]
