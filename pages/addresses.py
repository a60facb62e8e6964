"""Link addresses staff type in menus and redirects: a full address elsewhere
(https://…) or an address on this site (/en/contact/)."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

ADDRESS_ERROR = _(
    "Enter a full address starting with https:// or an address on this site starting with /"
)

_full_address = URLValidator(schemes=["http", "https"])


def validate_link_address(value):
    """Accept "/en/contact/" style addresses of this site and full http(s) addresses;
    refuse the rest with a message saying which two forms are meant."""
    if value.startswith("/") and not value.startswith("//") and not any(c.isspace() for c in value):
        return
    try:
        _full_address(value)
    except ValidationError:
        raise ValidationError(ADDRESS_ERROR, code="invalid_address") from None
