"""Admin views for help records, for members of the Intake group only.

Membership is checked explicitly on every view: Wagtail permissions are not enough,
because a superuser has them all and must still be refused. Every list, view, change
and deletion writes an IntakeAuditEntry (who, when, which record, never field values);
refusals are audited too. Registered in pages/intake/wagtail_hooks.py under /admin/intake/.

There is deliberately no export: decrypted personal data in a spreadsheet escapes
encryption, retention and audit. The audit action exists for when one is added.
"""

from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods

from idp_site.submissions import notifications
from idp_site.submissions.responses import no_store as _no_store
from pages.intake.models import (
    AttorneyQuestion,
    IntakeAuditEntry,
    IntakeRequest,
    Language,
    Status,
    Urgency,
)
from pages.roles import INTAKE as INTAKE_GROUP

PER_PAGE = 50

KINDS = {
    "requests": {
        "model": IntakeRequest,
        "title": _("Legal-help requests"),
        "filters": ("status", "urgency", "language"),
        "columns": ("urgency", "language", "who_needs_help"),
    },
    "attorney": {
        "model": AttorneyQuestion,
        "title": _("Attorney questions"),
        "filters": ("status",),
        "columns": (),
    },
}


def is_intake_member(user):
    return (
        user.is_authenticated and user.is_active and user.groups.filter(name=INTAKE_GROUP).exists()
    )


def intake_member_required(view):
    """Refuse (403) anyone outside the Intake group, superusers included."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_intake_member(request.user):
            record_id = kwargs.get("pk")
            IntakeAuditEntry.objects.create(
                user=request.user if request.user.is_authenticated else None,
                username=getattr(request.user, "username", "") or "",
                action=IntakeAuditEntry.Action.DENIED,
                record_kind=kwargs.get("kind", "") if kwargs.get("kind") in KINDS else "",
                record_id=record_id,
            )
            return _no_store(render(request, "intake/admin/forbidden.html", status=403))
        if "kind" in kwargs and kwargs["kind"] not in KINDS:
            raise Http404
        return _no_store(view(request, *args, **kwargs))

    return wrapped


class FilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All"))] + Status.choices
    )
    urgency = forms.ChoiceField(
        label=_("Urgency"), required=False, choices=[("", _("All"))] + Urgency.choices
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("All"))] + Language.choices
    )

    def __init__(self, *args, filters=(), **kwargs):
        super().__init__(*args, **kwargs)
        for name in list(self.fields):
            if name not in filters:
                del self.fields[name]


class TriageForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Status.choices)
    assignee = forms.ModelChoiceField(
        label=_("Assigned to"), required=False, queryset=get_user_model().objects.none()
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = (
            get_user_model()
            .objects.filter(groups__name=INTAKE_GROUP, is_active=True)
            .order_by("username")
        )


@intake_member_required
def index(request, kind="requests"):
    config = KINDS[kind]
    model = config["model"]
    filter_form = FilterForm(request.GET or None, filters=config["filters"])
    records = model.objects.defer(*model.encrypted_fields).select_related("assignee")
    if filter_form.is_bound and filter_form.is_valid():
        for name, value in filter_form.cleaned_data.items():
            if value:
                records = records.filter(**{name: value})
    page_obj = Paginator(records, PER_PAGE).get_page(request.GET.get("page"))
    waiting = notifications.unsent_refs(notifications.ref_for(r) for r in page_obj)
    for record in page_obj:
        record.waiting_notification = notifications.ref_for(record) in waiting
    IntakeAuditEntry.record(request.user, IntakeAuditEntry.Action.LIST, kind=kind)
    overdue = notifications.overdue().filter(kind__startswith="intake.").count()
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "intake/admin/index.html",
        {
            "kind": kind,
            "kinds": KINDS,
            "config": config,
            "filter_form": filter_form,
            "page_obj": page_obj,
            "records": page_obj.object_list,
            "overdue": overdue,
            "querystring_base": query.urlencode(),
        },
    )


@intake_member_required
@sensitive_post_parameters()
@sensitive_variables()
@require_http_methods(["GET", "POST"])
def detail(request, kind, pk):
    config = KINDS[kind]
    record = get_object_or_404(config["model"].objects.select_related("assignee"), pk=pk)
    if request.method == "POST":
        form = TriageForm(request.POST)
        if form.is_valid():
            status = form.cleaned_data["status"]
            if status != record.status:
                record.status = status
                record.status_changed_at = timezone.now()
            record.assignee = form.cleaned_data["assignee"]
            record.save(update_fields=["status", "status_changed_at", "assignee"])
            IntakeAuditEntry.record(request.user, IntakeAuditEntry.Action.CHANGE, record)
            messages.success(request, _("Saved."))
            return redirect("intake:detail", kind, record.pk)
    else:
        form = TriageForm(initial={"status": record.status, "assignee": record.assignee_id})
        IntakeAuditEntry.record(request.user, IntakeAuditEntry.Action.VIEW, record)
    return render(
        request,
        "intake/admin/detail.html",
        {
            "kind": kind,
            "config": config,
            "record": record,
            "form": form,
            "waiting_notification": bool(
                notifications.unsent_refs([notifications.ref_for(record)])
            ),
        },
    )


@intake_member_required
@require_http_methods(["GET", "POST"])
def delete(request, kind, pk):
    config = KINDS[kind]
    record = get_object_or_404(
        config["model"].objects.defer(*config["model"].encrypted_fields), pk=pk
    )
    if request.method == "POST":
        IntakeAuditEntry.record(request.user, IntakeAuditEntry.Action.DELETE, record)
        record.delete()
        messages.success(request, _("The record was deleted."))
        return redirect("intake:index", kind)
    return render(
        request,
        "intake/admin/confirm_delete.html",
        {"kind": kind, "config": config, "record": record},
    )


@intake_member_required
def home(request):
    return redirect("intake:index", "requests")


AUDIT_ACTIONS = [("", _("All"))] + list(IntakeAuditEntry.Action.choices)


@intake_member_required
@require_http_methods(["GET"])
def audit(request):
    """The audit trail, read-only: who listed, opened, changed or deleted which record,
    who was refused, and who joined or left the Intake group."""
    entries = IntakeAuditEntry.objects.all()
    action = request.GET.get("action", "")
    if action not in IntakeAuditEntry.Action.values:
        action = ""
    if action:
        entries = entries.filter(action=action)
    page_obj = Paginator(entries, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "intake/admin/audit.html",
        {
            "kind": "audit",
            "kinds": KINDS,
            "actions": AUDIT_ACTIONS,
            "action": action,
            "page_obj": page_obj,
            "entries": page_obj.object_list,
            "querystring_base": f"action={action}" if action else "",
        },
    )


urlpatterns = [
    path("", home, name="home"),
    path("audit/", audit, name="audit"),
    path("<str:kind>/", index, name="index"),
    path("<str:kind>/<uuid:pk>/", detail, name="detail"),
    path("<str:kind>/<uuid:pk>/delete/", delete, name="delete"),
]
