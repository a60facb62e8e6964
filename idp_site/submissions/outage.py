"""Public forms through a database outage: what a reader sends is kept, never lost.

When the view answering a form post fails because PostgreSQL cannot be reached (Django's
`OperationalError` or `InterfaceError` reaches `SubmissionOutageMiddleware`), and the
post carries a valid one-time token of a registered form, the middleware validates the
form again, which needs no database, and keeps the whole validated payload, encrypted
with the intake keys, in the spool (spool.py: Redis, else this server's disk). The
reader gets a thank-you page rendered from files only, which says honestly that the
request will reach the team once the website works again. Posting the same rendered
form twice keeps one entry.

When nothing can keep it (Redis down and the spool folder not writable), or the token
does not say which page it belongs to (a form rendered before this was deployed), the
form comes back with everything typed, the hotline and a message to send it again
later or call (503, `Retry-After`). Answers with errors come back as usual (200); the
form's rate limit (in Redis) applies as it does outside an outage (429), so a flood
cannot fill the spool.

An app registers each form it wants kept (`register`, at import of its page model):
its token scope, form class, the function that writes one kept entry to the database
once it answers (`store(entry)`, through `form_protection.store_sent`, so the form
token's unique column stores each entry exactly once), and the texts of its pages.

Replay: each app process, after answering a request, looks at most every
`SUBMISSION_SPOOL_REPLAY_SECONDS` whether entries wait, and if so writes them
(`replay_waiting`, under the spool's lock); the notification worker does the same on
every round, and `manage.py replay_submissions` does it on demand (run it on every app
server: each has its own spool folder).
"""

import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template import loader
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from idp_site.errors import OUTAGE_RETRY_AFTER, is_database_outage
from idp_site.submissions import spool
from idp_site.submissions.form_protection import (
    TOKEN_FIELD,
    RateLimit,
    read_token,
    token_target,
)
from idp_site.submissions.responses import no_store

logger = logging.getLogger("idp.forms")


@dataclass(frozen=True)
class OfflineForm:
    """A public form kept through a database outage (module docstring)."""

    scope: str
    form_class: type
    store: object  # store(entry) -> True once the entry is in the database
    received: str  # the thank-you text
    submit: str = _("Send again")
    notice_template: str = ""
    urgent: str = ""  # what to do rather than wait, if anything


_registered = {}


def register(scope, form_class, store, *, received, **texts):
    """Keep posts of the form of `scope` through an outage (module docstring); `texts`:
    `submit`, `notice_template`, `urgent` (OfflineForm)."""
    _registered[scope] = OfflineForm(scope, form_class, store, received, **texts)


def registered_for(token):
    """The registered form whose scope a valid `token` was issued for, or None."""
    for offline in _registered.values():
        if read_token(token, offline.scope) is not None:
            return offline
    return None


class SubmissionOutageMiddleware:
    """Turn a form post that met a database outage into a kept submission."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not is_database_outage(exception):
            return None
        offline = registered_for(request.POST.get(TOKEN_FIELD, ""))
        if offline is None:
            return None
        # Whatever fails below, error reports must not carry what was posted.
        request.sensitive_post_parameters = "__ALL__"
        return keep_post(request, offline)


def keep_post(request, offline):
    """Validate the post without the database and keep it; the page to answer with."""
    form = offline.form_class(request.POST)
    if RateLimit(offline.scope).exceeded(request):
        # The view's own limit was never reached (routing needs the database): without
        # this, a flood would fill the spool.
        form.is_valid()  # the answers are shown again, as typed
        return _form_page(request, offline, form, problem="rate_limited")
    if not form.is_valid():
        return _form_page(request, offline, form, problem="")
    target = token_target(request.POST.get(TOKEN_FIELD, ""), offline.scope)
    where = None
    if target is not None:
        where = spool.keep(_entry(offline, form, target))
    if where is None:
        logger.error("Form %s could not be kept during a database outage.", offline.scope)
        return _form_page(request, offline, form, problem="not_kept")
    logger.warning("Form %s kept (%s) during a database outage.", offline.scope, where)
    body = loader.get_template("submissions/outage_received.html").render(
        _context(request, offline, form)
    )
    return no_store(HttpResponse(body))


def _entry(offline, form, target):
    return {
        "scope": offline.scope,
        "target": target,
        "token": form.submission_token,
        "spam": list(form.spam_reasons),
        "fields": form.record_fields(),
        "received": timezone.now().isoformat(),
        "language": get_language(),
    }


def _context(request, offline, form):
    # Rendered with no context processors: they read site settings from the database.
    hotline = settings.IDP_DEFAULT_HOTLINE
    digits = "".join(ch for ch in hotline if ch.isdigit())
    tel = "+" + ("1" + digits if len(digits) == 10 else digits)
    return {
        "request": request,
        "form": form,
        "offline": offline,
        "hotline": hotline,
        "settings": {"pages": {"SiteSettings": {"hotline": hotline, "hotline_tel": tel}}},
        "csrf_token": get_token(request),
        "notice_template": offline.notice_template,
    }


#: Why a form comes back: (status, Retry-After seconds or None).
PROBLEMS = {
    "": (200, None),  # answers to correct
    "not_kept": (503, OUTAGE_RETRY_AFTER),
    "rate_limited": (429, None),
}


def _form_page(request, offline, form, *, problem):
    """The form again, with everything typed: `problem` says why (PROBLEMS)."""
    status, retry_after = PROBLEMS[problem]
    if problem == "rate_limited":
        retry_after = settings.FORM_PROTECTION["RATE_PERIOD_SECONDS"]
    context = {**_context(request, offline, form), "problem": problem}
    body = loader.get_template("submissions/outage_form.html").render(context)
    response = HttpResponse(body, status=status)
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return no_store(response)


# ---------------------------------------------------------------------- replay

_next_look = {"at": 0.0}


def _interval():
    return getattr(settings, "SUBMISSION_SPOOL_REPLAY_SECONDS", 10)


def store_entry(entry):
    """Write one kept entry to the database through its form's registered `store`."""
    offline = _registered.get(entry.get("scope"))
    if offline is None:
        raise LookupError("no form registered for this entry's scope")
    return offline.store(entry)


def replay_waiting():
    """Write every waiting entry to the database; (stored, left), or None while the
    database (or the spool folder) still cannot be read."""
    try:
        stored, left = spool.replay(store_entry)
    except DatabaseError as exc:
        logger.warning("Submission spool: database still unavailable (%s).", type(exc).__name__)
        return None
    except OSError as exc:  # the folder: its entries wait until it can be read
        logger.error("Submission spool: folder unreadable (%s).", type(exc).__name__)
        return None
    if stored or left:
        logger.warning("Submission spool: %s stored, %s left.", stored, left)
    return stored, left


def replay_after_request(**kwargs):
    """`request_finished` receiver: the opportunistic replay of each app process, at
    most every SUBMISSION_SPOOL_REPLAY_SECONDS (0: never), after the reader has the
    response. Costs one Redis call and one folder listing when nothing waits."""
    interval = _interval()
    now = time.monotonic()
    if not interval or now < _next_look["at"]:
        return
    _next_look["at"] = now + interval
    try:
        if spool.waiting():
            replay_waiting()
    except Exception as exc:  # noqa: BLE001 - never fail the request that is ending
        logger.warning("Submission spool: replay skipped (%s).", type(exc).__name__)
