"""Ending every session of a user at once: on every browser and device, whatever the
session backend.

Each session remembers its user's `SessionGeneration` from the moment they signed in;
`idp_site.accounts.middleware.SessionGenerationMiddleware` signs out a request whose
session holds an older one. The generation moves when a user's authenticator is reset
(any confirmed TOTP device deleted: the admin's reset or `create_totp_device
--replace`), when they are deactivated and when they leave a group, however that is
done (admin forms, a group's members, the shell), because these are signals on the
models, not steps of one view.

A password change needs nothing here: Django's session auth hash is made from the
password hash, so every other session of that user already ends, and the session
that changed it is kept by `update_session_auth_hash`.

Why a generation checked by middleware rather than mixing a stamp into
`get_session_auth_hash`: that method belongs to the user model. Overriding it takes a
custom user model (swapping `AUTH_USER_MODEL` on a live site with content, logs and
permissions) or an authentication backend handing out a proxy class, and then any
`login()` given a plain `User` (tests' `force_login`, third-party views) would store a
hash the next request rejects. The check here runs on the same requests Django's own
check does, reads the truth from the user's row (never from the session store), so it
holds with database, cache or signed-cookie sessions alike."""

from django.contrib.auth import get_user_model, user_logged_in
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, pre_save
from django_otp.plugins.otp_totp.models import TOTPDevice

from idp_site.accounts.models import SessionGeneration

GENERATION_SESSION_KEY = "idp_session_generation"


def current_generation(user_id):
    row = SessionGeneration.objects.filter(user_id=user_id).values_list("generation", flat=True)
    return next(iter(row), 0)


def end_sessions(user_ids):
    """Sign the users with these ids out of every session they have open."""
    user_ids = set(user_ids)
    if not user_ids:
        return
    rows = SessionGeneration.objects.filter(user_id__in=user_ids)
    rows.update(generation=F("generation") + 1)
    missing = user_ids - set(rows.values_list("user_id", flat=True))
    # A row made meanwhile by another process is already past 0: no session survives.
    SessionGeneration.objects.bulk_create(
        [SessionGeneration(user_id=pk, generation=1) for pk in missing], ignore_conflicts=True
    )


def remember_generation(sender, request, user, **kwargs):
    """`user_logged_in`: the session starts at the user's current generation."""
    if request is not None and hasattr(request, "session"):
        request.session[GENERATION_SESSION_KEY] = current_generation(user.pk)


def session_is_current(request):
    return request.session.get(GENERATION_SESSION_KEY, 0) == current_generation(request.user.pk)


def device_deleted(sender, instance, origin=None, **kwargs):
    # An unconfirmed device is a half-finished enrolment (replaced when a new one
    # starts): it never gave a session its second factor. A device deleted with its user
    # needs nothing (no session of a deleted user signs in), and a row written for that
    # user now would outlive them and break the deletion's foreign key.
    User = get_user_model()
    if isinstance(origin, User) or getattr(origin, "model", None) is User:
        return
    if instance.confirmed:
        end_sessions([instance.user_id])


def user_saving(sender, instance, update_fields=None, **kwargs):
    """Deactivation ends the sessions, so that a later reactivation revives none."""
    if instance.pk is None or instance.is_active:
        return
    if update_fields is not None and "is_active" not in update_fields:
        return
    if sender.objects.filter(pk=instance.pk, is_active=True).exists():
        end_sessions([instance.pk])


def membership_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """Leaving a group ends the member's sessions (`remove`, `set` and `clear`)."""
    if action == "post_remove" and pk_set:
        end_sessions(pk_set if reverse else [instance.pk])
    elif action == "pre_clear":
        if reverse:  # group.user_set.clear()
            end_sessions(instance.user_set.values_list("pk", flat=True))
        elif instance.groups.exists():
            end_sessions([instance.pk])


def connect():
    User = get_user_model()
    user_logged_in.connect(remember_generation, dispatch_uid="idp_session_generation")
    post_delete.connect(device_deleted, sender=TOTPDevice, dispatch_uid="idp_device_deleted")
    pre_save.connect(user_saving, sender=User, dispatch_uid="idp_user_deactivated")
    m2m_changed.connect(
        membership_changed, sender=User.groups.through, dispatch_uid="idp_group_left"
    )
