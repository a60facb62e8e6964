"""The Spanish catalog is complete, and messages are Spanish under /es/."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

CATALOG = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"


def _entries(text):
    """(flags, msgid, msgstrs) for each entry of a .po file; a plain reader, enough
    for the files makemessages writes."""
    entries = []
    for block in text.split("\n\n"):
        flags, fields, current = [], {}, None
        for line in block.strip().splitlines():
            if line.startswith("#,"):
                flags += [f.strip() for f in line[2:].split(",")]
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                fields[current] += line[1:-1]
            else:
                current, _sep, value = line.partition(" ")
                fields[current] = value[1:-1]
        if "msgid" in fields:
            strs = [v for k, v in fields.items() if k.startswith("msgstr")]
            entries.append((flags, fields["msgid"], strs))
    return entries


def test_spanish_catalog_has_no_untranslated_or_fuzzy_entries():
    entries = [e for e in _entries(CATALOG.read_text(encoding="utf-8")) if e[1]]
    assert len(entries) > 50
    fuzzy = [msgid for flags, msgid, _strs in entries if "fuzzy" in flags]
    empty = [msgid for _flags, msgid, strs in entries if not all(strs)]
    assert fuzzy == []
    assert empty == []


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext is not installed")
def test_spanish_catalog_passes_msgfmt_checks():
    result = subprocess.run(  # noqa: S603
        ["msgfmt", "--statistics", "-c", "-o", "/dev/null", str(CATALOG)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr
    assert "fuzzy" not in result.stderr


def test_compiled_catalog_is_committed_beside_the_source():
    mo = CATALOG.with_suffix(".mo")
    assert mo.exists()
    assert mo.stat().st_size > 1000


@pytest.mark.urls("tests.i18n.form_urls")
@pytest.mark.parametrize(
    ("prefix", "ours", "djangos"),
    [
        (
            "/es/",
            "Antes escriba una breve descripción para los buscadores",
            "Este campo es necesario.",
        ),
        ("/en/", "Write a short description for search engines", "This field is required."),
    ],
)
def test_form_validation_messages_follow_the_language(client, prefix, ours, djangos):
    response = client.post(f"{prefix}form/", {"name": "", "description": " "})
    text = response.content.decode()
    assert ours in text
    assert djangos in text
