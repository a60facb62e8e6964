"""Security headers: CSP on public pages and in the admin, and the production set."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def directives(header):
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def test_public_page_sends_a_strict_content_security_policy(client, home):
    response = client.get("/en/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]


@pytest.mark.parametrize("url", ["/en/", "/es/no-such-page/", "/robots.txt", "/en/search/?q=x"])
def test_every_public_response_has_no_unsafe_script_sources(client, home, url):
    header = client.get(url)["Content-Security-Policy"]
    assert "unsafe-inline" not in header
    assert "unsafe-eval" not in header


def test_admin_gets_its_own_policy_without_eval(client, home):
    policy = directives(client.get("/admin/login/")["Content-Security-Policy"])
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]


@pytest.mark.parametrize("url", ["/en/", "/admin/login/", "/robots.txt"])
def test_hardening_headers_in_every_environment(client, home, url):
    response = client.get(url)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions


def production_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="idp_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="www.example.org",
        DATABASE_URL="postgres://throwaway@127.0.0.1:5432/throwaway",
        WAGTAILADMIN_BASE_URL="https://www.example.org",
        INTAKE_ENCRYPTION_KEYS="F5sGwSd8jT4n0n1X0ZfQ0o6kq3c1k2CqS0bW2Qk3v8E=",
    )
    return env


def test_deploy_check_passes_under_production_settings():
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_fails_when_hsts_is_dropped(tmp_path):
    """The check above has teeth: production settings without HSTS do not pass."""
    (tmp_path / "weak_settings.py").write_text(
        "from idp_site.settings.production import *  # noqa\nSECURE_HSTS_SECONDS = 0\n"
    )
    env = production_env()
    env["DJANGO_SETTINGS_MODULE"] = "weak_settings"
    env["PYTHONPATH"] = f"{tmp_path}{os.pathsep}{ROOT}"
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "security.W004" in result.stdout + result.stderr


PRODUCTION_RESPONSE = """
import django
django.setup()
from django.test import Client
response = Client().get("/robots.txt", secure=True, headers={"host": "www.example.org"})
print(response.status_code)
for name in ("Strict-Transport-Security", "Content-Security-Policy", "Permissions-Policy"):
    print(f"{name}: {response.headers.get(name, '')}")
"""


def test_production_sends_hsts_for_a_year_with_subdomains():
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", PRODUCTION_RESPONSE],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "200"
    assert "Strict-Transport-Security: max-age=31536000; includeSubDomains; preload" in lines
    csp = next(line for line in lines if line.startswith("Content-Security-Policy: "))
    assert "default-src 'self'" in csp
    assert "script-src 'self';" in csp + ";"
