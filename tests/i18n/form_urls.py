"""A tiny form under the language prefixes, to check validation messages per language."""

from django import forms
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _


class DescriptionForm(forms.Form):
    name = forms.CharField()  # Django's own "required" message
    description = forms.CharField(required=False)

    def clean_description(self):
        value = self.cleaned_data["description"]
        if not value.strip():
            # One of the site's own messages (from pages/models/base.py).
            raise forms.ValidationError(
                _("Write a short description for search engines and link previews first.")
            )
        return value


def form_view(request):
    form = DescriptionForm(request.POST)
    form.is_valid()
    errors = [str(e) for errs in form.errors.values() for e in errs]
    return HttpResponse("\n".join(errors), content_type="text/plain; charset=utf-8")


urlpatterns = i18n_patterns(path("form/", form_view))
