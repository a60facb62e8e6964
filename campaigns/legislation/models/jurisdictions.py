"""Who makes the laws a campaign is about: jurisdictions, their sessions and legislators.

These are reference data that bills point to. They are kept in English, as the
legislature publishes them, and are not translated.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import RevisionMixin

from campaigns.legislation.stages import CHAMBER_IN_SENTENCE


class Chamber(models.TextChoices):
    """Chambers are relative names, so the same bill model fits any two-chamber legislature."""

    UPPER = "upper", _("Upper chamber")
    LOWER = "lower", _("Lower chamber")
    EXECUTIVE = "executive", _("Executive")


class Jurisdiction(RevisionMixin, models.Model):
    """A state (or other government) whose legislature passes the bills we follow,
    with the names its chambers and executive go by ("Senate", "Assembly", "Governor")."""

    name = models.CharField(max_length=100, help_text=_('e.g. "New York".'))
    code = models.SlugField(
        max_length=20,
        unique=True,
        help_text=_('A short code used in bill addresses and by importers, e.g. "ny".'),
    )
    upper_chamber_name = models.CharField(max_length=60, default="Senate")
    lower_chamber_name = models.CharField(max_length=60, default="Assembly")
    executive_name = models.CharField(
        max_length=60, default="Governor", help_text=_("Who signs or vetoes bills.")
    )
    number_style = models.CharField(
        max_length=10,
        choices=[("ny", _('"S.1825-A" (New York)')), ("spaced", _('"HB 22"'))],
        default="ny",
        help_text=_("How the legislature writes its bill numbers."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        MultiFieldPanel(
            [
                FieldPanel("upper_chamber_name"),
                FieldPanel("lower_chamber_name"),
                FieldPanel("executive_name"),
            ],
            heading=_("Names of the chambers"),
        ),
        FieldPanel("number_style"),
    ]

    class Meta:
        db_table = "campaigns_jurisdiction"  # the table predates the room
        verbose_name = _("jurisdiction")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def chamber_name(self, chamber):
        return {
            Chamber.UPPER: self.upper_chamber_name,
            Chamber.LOWER: self.lower_chamber_name,
            Chamber.EXECUTIVE: self.executive_name,
        }.get(chamber, "")


def chamber_choices(jurisdiction=None, executive=False):
    """The chambers (and, with `executive`, the executive) named as the legislature
    names them ("Senate", "Assembly", "Governor"): `jurisdiction`'s, else every
    jurisdiction's names together. Staff read these names, never "upper chamber"."""
    jurisdictions = [jurisdiction] if jurisdiction else list(Jurisdiction.objects.all())
    attributes = [
        (Chamber.UPPER, "upper_chamber_name"),
        (Chamber.LOWER, "lower_chamber_name"),
        *([(Chamber.EXECUTIVE, "executive_name")] if executive else []),
    ]
    choices = []
    for chamber, attribute in attributes:
        names = dict.fromkeys(getattr(j, attribute) for j in jurisdictions)
        choices.append((chamber.value, " / ".join(filter(None, names)) or chamber.label))
    return choices


class LegislatorForm(WagtailAdminModelForm):
    """Names the legislator's chamber as their legislature does."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "chamber" in self.fields:
            jurisdiction = self.instance.jurisdiction if self.instance.jurisdiction_id else None
            self.fields["chamber"].choices = [("", "---------"), *chamber_choices(jurisdiction)]


class LegislativeSession(RevisionMixin, models.Model):
    """A legislative session, e.g. New York's two-year "2019-2020" session. Bill
    numbers start again in each session, so a bill is known by session and number."""

    jurisdiction = models.ForeignKey(
        Jurisdiction, on_delete=models.PROTECT, related_name="sessions"
    )
    identifier = models.CharField(
        max_length=40,
        help_text=_('As the legislature and Open States write it, e.g. "2019-2020".'),
    )
    name = models.CharField(max_length=100, blank=True, help_text=_("Optional display name."))
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(
        null=True,
        blank=True,
        help_text=_("After this date, bills still pending are shown as ended with the session."),
    )

    panels = [
        FieldPanel("jurisdiction"),
        FieldPanel("identifier"),
        FieldPanel("name"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
    ]

    class Meta:
        db_table = "campaigns_legislativesession"  # the table predates the room
        verbose_name = _("legislative session")
        ordering = ["jurisdiction__name", "-identifier"]
        constraints = [
            models.UniqueConstraint(
                fields=["jurisdiction", "identifier"], name="unique_session_per_jurisdiction"
            )
        ]

    def __str__(self):
        return f"{self.jurisdiction.name} {self.name or self.identifier}"


#: "Senator" before a name, by grammatical gender: Spanish writes "senadora Jessica
#: Ramos" and "senador ..."; without a gender, the abbreviation "Sen.".
SENATOR = {
    "feminine": pgettext_lazy("feminine, before a name", "Senator"),
    "masculine": pgettext_lazy("masculine, before a name", "Senator"),
}
#: "Sponsor:" before one sponsor's name, by grammatical gender ("Patrocinadora:").
SPONSOR_LABEL = {
    "feminine": pgettext_lazy("feminine", "Sponsor:"),
    "masculine": pgettext_lazy("masculine", "Sponsor:"),
}


class Legislator(RevisionMixin, models.Model):
    """A member of a legislature who sponsors bills."""

    jurisdiction = models.ForeignKey(
        Jurisdiction, on_delete=models.PROTECT, related_name="legislators"
    )
    name = models.CharField(max_length=200, help_text=_('Full name, e.g. "Jessica Ramos".'))
    short_name = models.CharField(
        max_length=100,
        blank=True,
        help_text=_(
            'The name the legislature uses in its data, e.g. "RAMOS". Importers use it '
            "to link sponsorships to this person."
        ),
    )
    chamber = models.CharField(
        max_length=10, choices=[c for c in Chamber.choices if c[0] != Chamber.EXECUTIVE]
    )
    district = models.CharField(max_length=20, blank=True, help_text=_('e.g. "13".'))
    party = models.CharField(max_length=40, blank=True, help_text=_('e.g. "Democrat".'))
    url = models.URLField(blank=True, help_text=_("The legislator's official page."))
    grammatical_gender = models.CharField(
        max_length=10,
        blank=True,
        choices=[("feminine", _("Feminine")), ("masculine", _("Masculine"))],
        help_text=_(
            'How languages that mark gender write this person\'s title ("senadora" or '
            '"senador" in Spanish), as the legislator presents themself. Blank: the title '
            'is written without gender ("Sen."). Legislatures\' data does not say it.'
        ),
    )
    openleg_member_id = models.CharField(
        _("Open Legislation member id"),
        max_length=20,
        blank=True,
        db_index=True,
        help_text=_("Open Legislation's memberId; importers match sponsors on it."),
    )
    openstates_person_id = models.CharField(
        _("Open States person id"),
        max_length=80,
        blank=True,
        db_index=True,
        help_text=_('e.g. "ocd-person/…"; importers match sponsors on it.'),
    )

    base_form_class = LegislatorForm

    panels = [
        FieldPanel("jurisdiction"),
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("chamber"),
        FieldPanel("district"),
        FieldPanel("party"),
        FieldPanel("grammatical_gender"),
        FieldPanel("url"),
        FieldPanel("openleg_member_id"),
        FieldPanel("openstates_person_id"),
    ]

    class Meta:
        db_table = "campaigns_legislator"  # the table predates the room
        verbose_name = _("legislator")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def title(self):
        """ "Senator" or "Assembly Member" style title, from the chamber's name."""
        chamber_name = self.jurisdiction.chamber_name(self.chamber)
        if self.chamber == Chamber.UPPER:
            return SENATOR.get(self.grammatical_gender, _("Senator"))
        if chamber_name == "Assembly":
            # One word in Spanish ("asambleísta"), not "member of the Assembly".
            return _("Assembly Member")
        return _("%(chamber)s Member") % {
            "chamber": CHAMBER_IN_SENTENCE.get(chamber_name, chamber_name)
        }
