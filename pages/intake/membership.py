"""Who joined or left the Intake group belongs in the intake's own audit trail, beside
who read which record. The accounts app notices every change (user form, group form,
shell); this writes the Intake group's into IntakeAuditEntry."""

from idp_site.accounts.group_audit import audited_membership_changed
from pages.intake.models import IntakeAuditEntry
from pages.roles import INTAKE as INTAKE_GROUP


def record_intake_membership(sender, member, group_name, added, actor, **kwargs):
    if group_name != INTAKE_GROUP:
        return
    action = IntakeAuditEntry.Action.JOINED if added else IntakeAuditEntry.Action.LEFT
    entry = IntakeAuditEntry.record(actor, action)
    entry.member = member.get_username()
    entry.save(update_fields=["member"])


def connect():
    audited_membership_changed.connect(
        record_intake_membership, dispatch_uid="idp_intake_membership_trail"
    )
