"""What the accounts app stores: each user's session generation."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SessionGeneration(models.Model):
    """A counter per user that ends all their sessions when it moves.

    Every session remembers the generation its user had when they signed in; a request
    whose session holds an older one is signed out (`SessionGenerationMiddleware`). It
    moves when a superuser resets the user's authenticator, when the user is
    deactivated or when they leave a group. No row means generation 0."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="session_generation",
    )
    generation = models.PositiveIntegerField(
        default=0, help_text=_("Raised to sign this user out of every session.")
    )

    class Meta:
        verbose_name = _("session generation")
        verbose_name_plural = _("session generations")

    def __str__(self):
        return f"{self.user_id}: {self.generation}"
