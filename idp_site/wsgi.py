"""WSGI entry point: `gunicorn idp_site.wsgi` (production settings by default)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "idp_site.settings.production")

application = get_wsgi_application()
