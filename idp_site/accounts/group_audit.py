"""Who put whom into (or took whom out of) a group that reads private records.

Membership of the groups in `IDP_AUDITED_GROUPS` (the Intake group, which reads the
legal-help requests) is recorded however it changes: the user edit form, a group's
members, the shell or any other code using the ORM. Every change goes to Wagtail's
log (Reports -> Site history, filter "Group membership"), with the person who made it
(the signed-in admin; none from the shell) and the member, and to the "idp.accounts"
logger. A superuser adding himself is recorded like anyone else.
"""

import logging
import weakref

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, get_active_log_context, log

logger = logging.getLogger("idp.accounts")

#: Sent after each recorded change, so a room that keeps its own trail (the intake's)
#: can add it there: `member`, `group_name`, `added` (bool), `actor` (or None).
audited_membership_changed = Signal()

ADDED = "idp.group_membership.add"
REMOVED = "idp.group_membership.remove"


class MembershipFormatter(LogFormatter):
    def format_message(self, log_entry):
        return self.message % {"group": log_entry.data.get("group", "")}


class AddedFormatter(MembershipFormatter):
    label = _("Group membership: added")
    message = _("Added to the %(group)s group")


class RemovedFormatter(MembershipFormatter):
    label = _("Group membership: removed")
    message = _("Removed from the %(group)s group")


def register_log_actions(actions):
    actions.register_action(ADDED)(AddedFormatter)
    actions.register_action(REMOVED)(RemovedFormatter)


def _record(member, group_name, action):
    actor = get_active_log_context().user
    log(instance=member, action=action, data={"group": group_name, "member": member.get_username()})
    logger.info(
        "Group membership: %s %s %s %s %s.",
        actor.get_username() if actor else "(no signed-in user: shell or script)",
        "added" if action == ADDED else "removed",
        member.get_username(),
        "to" if action == ADDED else "from",
        group_name,
    )
    audited_membership_changed.send(
        sender=None, member=member, group_name=group_name, added=action == ADDED, actor=actor
    )


def _pairs(instance, reverse, pk_set):
    """(member, group name) for the audited groups among the changed pairs."""
    audited = settings.IDP_AUDITED_GROUPS
    if reverse:  # group.user_set.add(...): instance is the group
        if instance.name not in audited:
            return []
        return [(user, instance.name) for user in get_user_model().objects.filter(pk__in=pk_set)]
    names = Group.objects.filter(pk__in=pk_set, name__in=audited).values_list("name", flat=True)
    return [(instance, name) for name in names]


def _members_before_clear(instance, reverse):
    if reverse:
        return list(instance.user_set.all()) if instance.name in settings.IDP_AUDITED_GROUPS else []
    return list(instance.groups.filter(name__in=settings.IDP_AUDITED_GROUPS))


#: Who was in a group (or which groups a user had) just before `clear()`, by the object
#: cleared: kept beside it, not on it, and gone with it.
_before_clear = weakref.WeakKeyDictionary()


def membership_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action == "pre_clear":
        # clear() names nobody afterwards: remember who was there.
        _before_clear[instance] = _members_before_clear(instance, reverse)
    elif action == "post_clear":
        before = _before_clear.pop(instance, [])
        pairs = (
            [(m, instance.name) for m in before]
            if reverse
            else [(instance, g.name) for g in before]
        )
        for member, group_name in pairs:
            _record(member, group_name, REMOVED)
    elif action in ("post_add", "post_remove") and pk_set:
        for member, group_name in _pairs(instance, reverse, pk_set):
            _record(member, group_name, ADDED if action == "post_add" else REMOVED)


def connect():
    m2m_changed.connect(
        membership_changed,
        sender=get_user_model().groups.through,
        dispatch_uid="idp_group_membership_audit",
    )
