"""The audit trail of who read or changed which help record."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class IntakeAuditEntry(models.Model):
    """Who looked at or changed which help record, and when. Never holds field values,
    so it can be kept longer than the records and read by auditors."""

    class Action(models.TextChoices):
        LIST = "list", _("Listed")
        VIEW = "view", _("Viewed")
        CHANGE = "change", _("Changed")
        EXPORT = "export", _("Exported")
        DELETE = "delete", _("Deleted")
        PURGE = "purge", _("Deleted by retention")
        DENIED = "denied", _("Refused access")
        JOINED = "joined", _("Added to the Intake group")
        LEFT = "left", _("Removed from the Intake group")

    at = models.DateTimeField(default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    username = models.CharField(max_length=150, blank=True, help_text=_("Kept if the user goes."))
    action = models.CharField(max_length=10, choices=Action.choices)
    record_kind = models.CharField(max_length=20, blank=True)
    record_id = models.UUIDField(null=True, blank=True, db_index=True)
    member = models.CharField(
        max_length=150, blank=True, help_text=_("Whose Intake group membership changed.")
    )

    class Meta:
        db_table = "pages_intakeauditentry"  # the table predates the room
        ordering = ["-at"]
        verbose_name = _("intake audit entry")
        verbose_name_plural = _("intake audit entries")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.record_id or ''}"

    @classmethod
    def record(cls, user, action, record=None, kind=""):
        return cls.objects.create(
            user=user if user is not None and user.is_authenticated else None,
            username=getattr(user, "username", "") or "",
            action=action,
            record_kind=getattr(record, "admin_kind", kind) if record is not None else kind,
            record_id=record.pk if record is not None else None,
        )
