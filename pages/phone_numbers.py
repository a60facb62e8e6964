"""Phone numbers in text: linked for phones (`tel:`), and typed copies of the hotline found.

Readers on phones tap a number to call it, so every number in body text becomes a link,
whatever language the page is in. The hotline itself must never be typed into page
text (it would stay behind when the Help line changes): `typed_hotline` finds such copies
for the admin's check and the tests."""

import re

from django.utils.html import format_html

_SEP = r"[\s.\-\u00a0]"
#: A North American number as people write it: (212) 725-6422, 212-725-6422,
#: 212.725.6422, +1 212 725 6422. Not part of a longer run of digits or a code.
PHONE = re.compile(
    r"(?<![\w+/.\-])(?:\+?1" + _SEP + r"?)?(?:\(\d{3}\)[\s\u00a0]?|\d{3}" + _SEP + r")"
    r"\d{3}" + _SEP + r"\d{4}(?![\w\-])"
)
#: A number written as a link target: tel:+12127256422, tel:212-725-6422.
TEL_TARGET = re.compile(r"tel:\s*([+\d().\-\s]{10,20})", re.IGNORECASE)
# Links (kept whole: already links) and tags (attributes are not text).
_NOT_TEXT = re.compile(r"(<a\b[^>]*>.*?</a\s*>|<[^>]*>)", re.IGNORECASE | re.DOTALL)


def national_digits(number):
    """The ten digits of a US number, without the country code."""
    digits = "".join(ch for ch in str(number or "") if ch.isdigit())
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def _tel_link(match):
    number = match.group(0)
    return str(
        format_html('<a class="tel" href="tel:+1{}">{}</a>', national_digits(number), number)
    )


def link_phone_numbers(html):
    """`html` with every phone number in its text (not already in a link) made a `tel:`
    link. `html` must already be safe HTML."""
    parts = _NOT_TEXT.split(str(html))
    for index in range(0, len(parts), 2):  # even items are text between tags
        parts[index] = PHONE.sub(_tel_link, parts[index])
    return "".join(parts)


def typed_hotline(text, hotline):
    """The typed copies of `hotline` found in `text` (plain text, stored rich text or a
    StreamField's JSON), as written there."""
    wanted = national_digits(hotline)
    if len(wanted) != 10:
        return []
    text = str(text or "")
    found = [m.group(0) for m in PHONE.finditer(text) if national_digits(m.group(0)) == wanted]
    found += [
        m.group(0) for m in TEL_TARGET.finditer(text) if national_digits(m.group(1)) == wanted
    ]
    return found
