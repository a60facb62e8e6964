"""The "Translations" admin report: each English page, and whether its translation
exists and is current (see pages/translation_status.py for the rules)."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from pages.translation_status import (
    CURRENT,
    INCOMPLETE,
    MISSING,
    OUTDATED,
    STATUS_LABELS,
    UNPUBLISHED,
    source_pages,
    target_locales,
    translation_rows,
)

ROWS_PER_PAGE = 50


class TranslationStatusReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "pages/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtailadmin.access_admin"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("translation_status_report"), "label": self.page_title}
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = target_locales()
        code = self.request.GET.get("locale")
        locale = next((loc for loc in locales if loc.language_code == code), None)
        locale = locale or (locales[0] if locales else None)
        status = self.request.GET.get("status", "")
        if status not in STATUS_LABELS:
            status = ""

        rows = translation_rows(source_pages(), locale) if locale else []
        counts = {key: sum(1 for r in rows if r.status == key) for key in STATUS_LABELS}
        if status:
            rows = [r for r in rows if r.status == status]
        page_obj = Paginator(rows, ROWS_PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(
            locales=locales,
            locale=locale,
            status=status,
            statuses=[
                (key, STATUS_LABELS[key], counts[key])
                for key in (MISSING, INCOMPLETE, OUTDATED, UNPUBLISHED, CURRENT)
            ],
            can_translate=self.request.user.has_perm("wagtail_localize.submit_translation"),
            page_obj=page_obj,
            rows=page_obj.object_list,
        )
        return context
