"""`manage.py bench` only: a bare Django project with no middleware and one view, the
ceiling of any Django view on this machine. This module is both settings and URLconf;
serve it with `gunicorn 'django.core.wsgi:get_wsgi_application()'`."""

from django.http import HttpResponse
from django.urls import path

DEBUG = False
SECRET_KEY = "bench-bare-throwaway-key"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = __name__
INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {}
USE_I18N = False


def bare(request):
    return HttpResponse(b"<!DOCTYPE html><html lang=en><title>bare</title><p>bare view</p></html>")


urlpatterns = [path("", bare)]
