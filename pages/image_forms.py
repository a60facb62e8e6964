"""The image form editors fill in the admin: Wagtail's own, with help for the text
alternative (Wagtail's `description` field), which readers of screen readers hear in
place of the picture and which Wagtail offers as every use's default alt text."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

DESCRIPTION_HELP = _(
    "The text alternative: say in a sentence what the picture shows that matters to a "
    "reader who cannot see it (for a cover, the kind of publication, its title and "
    "year). Leave out 'image of'. Written once, in English, for every language."
)


class ImageForm(BaseImageForm):
    """Wagtail's image form with help text on the description (the alt text)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].help_text = DESCRIPTION_HELP
