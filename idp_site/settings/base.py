"""Settings shared by every environment. Environment-specific modules import from here."""

import os
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "idp_site.accounts",
    "idp_site.submissions",
    "idp_site.background",
    "pages",
    "pages.intake",
    "pages.resources",
    "pages.events",
    "pages.alerts",
    "campaigns",
    "campaigns.legislation",
    "wagtail_localize",
    "wagtail_localize.locales",
    # Not used by any page (the help forms store their own encrypted records), but kept:
    # every database has its tables, content type and permissions, and removing the app
    # would leave them orphaned in every upgraded database. Only the intake test that
    # checks nothing reaches its FormSubmission table reads it (issue 34).
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    # Purges a CDN when a page is published or unpublished; does nothing until
    # WAGTAILFRONTENDCACHE names a CDN (production.py reads it from the environment).
    "wagtail.contrib.frontend_cache",
    # The database queue of background tasks (used in production, see below).
    "django_tasks_db",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads a request body: a charset we do not decode gets the 400 page.
    "idp_site.middleware.RequestCharsetMiddleware",
    # Every CSV or XLSX file the admin exports gets formula-safe cells.
    "idp_site.submissions.exports.FormulaSafeExportMiddleware",
    # Answers anonymous readers from the page cache before the rest of the stack runs.
    # What the two below add is stored with each page (the same for every reader).
    "idp_site.caching.middleware.PageCacheMiddleware",
    "idp_site.middleware.PermissionsPolicyMiddleware",
    "idp_site.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Signs out a session ended elsewhere (authenticator reset, deactivated, left a group).
    "idp_site.accounts.middleware.SessionGenerationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "idp_site.accounts.middleware.AdminMFAMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin writes to one page wait for each other (autosave against Submit/Approve),
    # and an approval from the dashboard says what it did.
    "pages.admin_writes.ApprovalMessageMiddleware",
    "pages.admin_writes.PageWriteQueueMiddleware",
    # A story refused for missing consent becomes an admin message, not an error page.
    "pages.consent.ConsentRefusalMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A form post that meets a database outage is kept in the spool, not lost
    # (idp_site/submissions/outage.py).
    "idp_site.submissions.outage.SubmissionOutageMiddleware",
    # Last, as django-axes asks: it turns a lockout into the 429 page.
    "axes.middleware.AxesMiddleware",
]

# Axes must see every login attempt first; it then hands over to the model backend.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "idp_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "idp_site.wsgi.application"


def persistent_connection_seconds(argv=None):
    """CONN_MAX_AGE: a minute where the server reuses its threads (gunicorn's sync
    workers, the workers' loops), 0 under `runserver`, which starts a thread per browser
    connection: each kept its own database connection while the browser kept its
    connection alive, until PostgreSQL's limit was reached (issue 29)."""
    argv = sys.argv if argv is None else argv
    return 0 if argv[1:2] == ["runserver"] else 60


# One variable selects the database everywhere; SQLite is the zero-setup default.
# Connections are kept a minute and checked before reuse (CONN_HEALTH_CHECKS), so the
# first request after a database restart gets a new connection instead of a 500.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=persistent_connection_seconds(),
        conn_health_checks=True,
    )
}


def add_postgresql_setting(databases, setting):
    """Append `-c setting` to the connection options of a PostgreSQL default database."""
    if databases["default"]["ENGINE"] == "django.db.backends.postgresql":
        options = databases["default"].setdefault("OPTIONS", {})
        options["options"] = f"{options.get('options', '')} -c {setting}".strip()


def add_connect_timeout(databases, seconds=5):
    """Give up connecting to PostgreSQL after `seconds`: a database host that hangs
    (packets dropped rather than refused) would otherwise hold a request or a worker
    for the system's TCP timeout, minutes, before the 503 page or the worker's retry."""
    if databases["default"]["ENGINE"] == "django.db.backends.postgresql":
        databases["default"].setdefault("OPTIONS", {})["connect_timeout"] = seconds


add_connect_timeout(DATABASES)

# The planner's default cost of a random read (4) is meant for spinning disks; on SSDs
# or a database held in memory it made PostgreSQL walk the whole primary key rather
# than a sitemap section's own index (12 ms instead of 2 ms at 18,000 pages).
add_postgresql_setting(DATABASES, "random_page_cost=1.1")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalization. English is the default; adding a locale needs only an entry
# here and a translation catalog (see README).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/New_York"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Caches (idp_site/caching/). REDIS_URL selects Redis, shared by every app server; local
# memory otherwise. Every Redis call has short timeouts and a circuit breaker, and any
# failure is a miss: losing Redis costs speed, never a page or a form. Whole pages and
# derived values live in "pages", apart from Wagtail's and the forms' data in "default".
# "cache_version" is one row of Django's cache table: the database half of the content
# version (idp_site/caching/version.py), created by `migrate`.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
# Seconds: connecting to Redis and waiting for an answer (redis-py's socket timeouts).
CACHE_SOCKET_TIMEOUT = float(os.environ.get("CACHE_SOCKET_TIMEOUT", "0.2"))
# Seconds a failing cache server is skipped before it is tried again.
CACHE_BREAKER_SECONDS = 5.0
# Seconds between two reads of the content version's database half by one process
# while Redis answers it: the longest a change made by a process that could not reach
# Redis takes to reach one that could. While Redis does not answer a process, it reads
# that half on every request (idp_site/caching/version.py).
CACHE_VERSION_DB_INTERVAL = 1.0


def cache_settings(redis_url, prefix="idp"):
    """CACHES for a Redis server (fail-soft, short timeouts) or for local memory."""
    if redis_url:
        caches = {
            alias: {
                "BACKEND": "idp_site.caching.backend.FailSoftRedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": f"{prefix}-{alias}",
                "OPTIONS": {
                    "socket_connect_timeout": CACHE_SOCKET_TIMEOUT,
                    "socket_timeout": CACHE_SOCKET_TIMEOUT,
                },
            }
            for alias in ("default", "pages")
        }
    else:
        caches = {
            alias: {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": f"{prefix}-{alias}",
            }
            for alias in ("default", "pages")
        }
    caches["cache_version"] = {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "idp_cache_version",
        "KEY_PREFIX": prefix,
    }
    return caches


CACHES = cache_settings(REDIS_URL)

# Full-page cache for anonymous readers (idp_site/caching/middleware.py).
PAGE_CACHE_ENABLED = True
# Seconds a page stays in our cache and in shared proxies. A published change drops it at
# once (the content version); 60 s bounds what changes with the clock alone: an alert's
# banner reaching or leaving every page, an event closing registration at its start.
PAGE_CACHE_TIMEOUT = 60
PAGE_CACHE_MAX_AGE = 60  # Cache-Control max-age: browsers
PAGE_CACHE_S_MAXAGE = 60  # Cache-Control s-maxage: CDNs and shared proxies (see above)
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/django-admin/", "/documents/", "/media/", "/health"]
# The query parameters pages read. A URL with any other parameter is answered fresh
# and never stored; tracking parameters (utm_*, fbclid, gclid, mc_*...) are removed.
# A page that starts reading a new parameter must add it here to be cached.
PAGE_CACHE_QUERY_PARAMETERS = [
    "page",
    "q",
    "type",
    "topic",
    "year",
    "partner",
    "p",
    "after",
    "before",
]
# The help bar and footer, rendered once per content version and language; never for
# previews (pages/templatetags/fragment_tags.py).
PAGE_FRAGMENT_CACHE = True

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# The most SQL queries a public page may cost a returning reader, whatever the amount of
# content: the query-budget tests and `manage.py bench` both hold pages to it.
PAGE_QUERY_BUDGET = 12
# ... and the first reader after a change, when every cached value is built again. Was
# 20; 29 measured on the demo site since the caches were reduced to three (the process
# copies of routes, sites and locales are gone, so a publish makes each derived value
# cost its own queries once) and the library, events and alerts joined the shell. Issue
# #34 asks for 20 again: this budget records where we are, not where we aim.
PAGE_QUERY_BUDGET_FIRST_READER = 30

# Wagtail
WAGTAIL_SITE_NAME = "Immigrant Defense Project"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "jpeg", "gif": "gif"}
# Wagtail's image form with help on the text alternative (the description).
WAGTAILIMAGES_IMAGE_FORM_BASE = "pages.image_forms.ImageForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the admin would send every editor's browser to it.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Approving a review publishes; for the help line the approval is the only way to publish.
WAGTAIL_FINISH_WORKFLOW_ACTION = "pages.workflow_finish.publish_approved"
# A new translation starts as a draft, even of a live page: otherwise wagtail-localize
# would publish the Spanish page at once, still in English, before any review. It goes
# live when a moderator approves it, like any page.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Shown by error pages when the database cannot be read (500): the public hotline.
IDP_DEFAULT_HOTLINE = "(212) 725-6422"

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "website@immdefense.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Only the notification worker sends mail (never a reader's request): a hung mail server
# costs the worker this many seconds per round, then it tries again.
EMAIL_TIMEOUT = 10

# Anonymous readers get no cookies: language lives in the URL, sessions only for staff.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_NAME = "idp_language"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "idp": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Legal-help intake (see README "Legal-help intake").
# Fernet keys, comma-separated in the environment: the first encrypts, all decrypt, so a
# new key is added in front and old ones dropped after `manage.py rotate_intake_keys`.
# Kept apart from SECRET_KEY on purpose. dev.py and test.py set fixed keys; production
# refuses to start without them.
INTAKE_ENCRYPTION_KEYS = [
    k.strip() for k in os.environ.get("INTAKE_ENCRYPTION_KEYS", "").split(",") if k.strip()
]
# Days a record is kept after its last status change, per status; `purge_intake`
# hard-deletes older ones.
INTAKE_RETENTION_DAYS = {"new": 90, "contacted": 90, "referred": 30, "closed": 30, "spam": 7}
# Who gets the "new request" email (fixed text and a link, never the answers). Empty:
# the active members of the Intake group who have an email address.
INTAKE_NOTIFICATION_EMAILS = [
    e.strip() for e in os.environ.get("INTAKE_NOTIFICATION_EMAILS", "").split(",") if e.strip()
]
# Signatures on statements of support: "daily" queues nothing per signature and
# `manage.py send_signature_digest` (run daily) sends one summary per statement;
# "immediate" sends one email per signature.
SIGNATURE_NOTIFICATIONS = os.environ.get("SIGNATURE_NOTIFICATIONS", "daily")
# The health check answers "degraded" when a notification has waited this long.
NOTIFICATION_OVERDUE_MINUTES = 15
# Each notification's Message-ID is <outbox-{row}.{created}@this domain>: the same on a
# resend, so a mail client (or a person) sees the repeat. Delivery is at least once.
NOTIFICATION_MESSAGE_ID_DOMAIN = os.environ.get(
    "NOTIFICATION_MESSAGE_ID_DOMAIN", DEFAULT_FROM_EMAIL.rpartition("@")[2]
)

# Newsletter signups (pages/alerts/newsletter.py): waiting in an encrypted outbox row
# until the notification worker hands them to Mailchimp (double opt-in), then deleted.
# The API URL defaults to the one the key names ("...-us6" -> us6.api.mailchimp.com).
# Without a key and a list, signups wait. See docs/deploy.md, "Newsletter".
MAILCHIMP_API_KEY = os.environ.get("MAILCHIMP_API_KEY", "").strip()
MAILCHIMP_LIST_ID = os.environ.get("MAILCHIMP_LIST_ID", "").strip()
MAILCHIMP_API_URL = os.environ.get("MAILCHIMP_API_URL", "").strip()
# Seconds the worker waits for the provider before trying again next round.
NEWSLETTER_TIMEOUT = float(os.environ.get("NEWSLETTER_TIMEOUT", "10"))

# Background tasks (idp_site/background/): Wagtail's CDN purges, reference index and
# file deletions, and "Sync now" on a bill. Here they run at once, in the request;
# production.py queues them in the database for `manage.py run_tasks`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# `run_tasks` gives up on a network call (a CDN purge, a bill source) after this long.
TASKS_NETWORK_TIMEOUT = 30
# The health check answers "degraded" when a queued task has waited this long.
TASKS_OVERDUE_MINUTES = 15

# Workers (idp_site/background/workers.py): `run_tasks` ("tasks") and `send_notifications
# --loop` ("notifications") write a heartbeat row every WORKER_HEARTBEAT_SECONDS; the
# health check names a kind in WORKERS_MONITORED "down" when none of its processes has
# written for WORKER_DOWN_AFTER_SECONDS. production.py monitors both.
WORKERS_MONITORED = []
WORKER_HEARTBEAT_SECONDS = 10
WORKER_DOWN_AFTER_SECONDS = 60
# While the database is down a worker tries again after the first value, doubling up to
# the second (seconds).
WORKER_RETRY_SECONDS = (1.0, 30.0)
# Public forms (idp_site/submissions/form_protection.py): minimum fill time, how long a
# rendered form stays valid, and submissions allowed per client and period (a hashed,
# short-lived cache key; no address is stored). The client is `client_ip`, as for the
# login throttle: set TRUSTED_PROXY_COUNT behind a reverse proxy.
FORM_PROTECTION = {
    "MIN_FILL_SECONDS": 3,
    "TOKEN_MAX_AGE_SECONDS": 24 * 60 * 60,
    "RATE_LIMIT": 10,
    "RATE_PERIOD_SECONDS": 60,
    # The cache alias counting submissions; when it fails, forms go on without the
    # limit (honeypot and fill time still apply) and retry the cache after this long.
    "CACHE_ALIAS": "default",
    "CACHE_RETRY_SECONDS": 30,
}
# Help requests and signatures posted while PostgreSQL cannot be reached are kept,
# encrypted with INTAKE_ENCRYPTION_KEYS, in Redis (this URL, by default REDIS_URL) or,
# when Redis is down too, in this folder on the app server's own disk, then written to
# the database once it answers (idp_site/submissions/outage.py and spool.py). Each app
# process looks for waiting entries at most every SUBMISSION_SPOOL_REPLAY_SECONDS.
SUBMISSION_SPOOL_REDIS_URL = os.environ.get("SUBMISSION_SPOOL_REDIS_URL", REDIS_URL).strip()
SUBMISSION_SPOOL_REDIS_KEY = "idp:submission-spool"
SUBMISSION_SPOOL_DIR = os.environ.get(
    "SUBMISSION_SPOOL_DIR", str(BASE_DIR / "var" / "submission-spool")
)
SUBMISSION_SPOOL_REPLAY_SECONDS = float(os.environ.get("SUBMISSION_SPOOL_REPLAY_SECONDS", "10"))
# A refused form (missing CSRF cookie) explains what to do and shows the hotline.
CSRF_FAILURE_VIEW = "idp_site.errors.csrf_failure"

# --- Hardening (see README, "Security") -------------------------------------------------
# Headers sent in every environment; production adds HSTS and secure cookies.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Powerful browser features the site never uses, denied to it and to anything it embeds.
IDP_PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
}

# Content Security Policy (django-csp 4) for public pages: nothing inline, nothing from
# other hosts. JSON-LD blocks are data, not scripts, so script-src does not affect them.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The Wagtail admin gets its own, looser policy (see idp_site.middleware): its editors
# and widgets set inline styles and a few admin views still ship inline scripts, and the
# page preview is shown in a same-origin frame. It is reachable only after a password
# and a second factor. Still no eval, no plugins and no other hosts.
IDP_ADMIN_CSP_PREFIX = "/admin/"
IDP_ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# Staff login throttling (django-axes): a lockout applies to one username from one
# client together, so nobody can lock a colleague out from elsewhere. Only failures are
# recorded (no log of successful logins), and only for staff logins.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
AXES_CLIENT_IP_CALLABLE = "idp_site.accounts.client_address.client_ip"
AXES_USERNAME_FORM_FIELD = "username"
# Number of reverse proxies in front of the app that append to X-Forwarded-For (0: none,
# trust REMOTE_ADDR). See README, "Security".
IDP_TRUSTED_PROXY_COUNT = 0

# Groups whose membership changes are logged with who and whom, however they are made
# (idp_site/accounts/group_audit.py): the Intake group reads the help requests.
IDP_AUDITED_GROUPS = ["Intake"]

# Multi-factor login: every URL under these prefixes needs a verified TOTP device
# (idp_site.accounts.middleware.AdminMFAMiddleware). Intake staff views live under /admin/ too.
IDP_MFA_PROTECTED_PREFIXES = ["/admin/"]
OTP_TOTP_ISSUER = "IDP website"
# Enrolling an authenticator app needs the password again, and its key is shown only to a
# session that signed in or confirmed its password less than this long ago.
IDP_PASSWORD_CONFIRMATION_SECONDS = 5 * 60
# Pages restricted to signed-in users or groups need the second factor too
# (idp_site/accounts/restricted_pages.py): their readers sign in through the admin's
# two-step sign-in, and Wagtail's password-only /_util/login/ leads there.
WAGTAIL_FRONTEND_LOGIN_URL = "wagtailadmin_login"
